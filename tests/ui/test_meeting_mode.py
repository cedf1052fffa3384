"""Meeting mode: drafting minutes during a meeting with real widgets and a real database.

The widget is embedded in a plain host window (as the main window will show it full-window);
one test opens it as its own window. Waits are on what the database says, through the
services, never on sleeps: what is asserted is behaviour, with generous margins for timing.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTabWidget, QWidget

from liaison.services.app import Liaison
from liaison.ui import autosave
from liaison.ui.meeting import MeetingMode
from liaison.ui.tasks import TaskManager

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

Opener = Callable[..., MeetingMode]


# -- fixtures and helpers ----------------------------------------------------------------------------
@pytest.fixture
def open_mode(qtbot: Any, tasks: TaskManager) -> Iterator[Opener]:
    """Open meeting mode embedded in a shown, active host window; closed (flushed) before the
    worker stops."""
    opened: list[tuple[QWidget, MeetingMode]] = []

    def open_(services: Liaison, event_id: str) -> MeetingMode:
        host = QWidget()  # no layout: a top-level layout warns on the offscreen platform
        host.resize(1280, 800)
        mode = MeetingMode(services, tasks, event_id, parent=host)
        mode.resize(1280, 800)
        host.show()
        qtbot.waitExposed(host)
        host.activateWindow()
        qtbot.waitUntil(host.isActiveWindow)
        opened.append((host, mode))
        return mode

    yield open_
    for host, mode in opened:
        mode.close()
        host.close()
        host.deleteLater()


def make_event(
    app: Liaison, titles: tuple[str, ...] = ("Opening", "Youth Forum 2027", "Next meeting")
) -> str:
    event = app.events.create(
        {
            "kind": "contact_group_meeting",
            "title": "Diaspora Contact Group meeting",
            "start_date": "2026-03-10",
            "end_date": "2026-03-11",
            "city": "Astana",
            "country": "KZ",
        }
    )
    for position, title in enumerate(titles):
        app.agenda.create({"event_id": event["id"], "position": position, "title": title})
    return str(event["id"])


def agenda_ids(app: Liaison, event_id: str) -> list[str]:
    return [item["id"] for item in app.agenda.list({"event_id": event_id})]


def entries(app: Liaison, event_id: str) -> list[dict[str, Any]]:
    minutes = app.minutes.list({"event_id": event_id})
    if not minutes:
        return []
    return app.minutes_entries.list({"minutes_id": minutes[0]["id"]})


def stored(app: Liaison, event_id: str, agenda_item_id: str | None, field: str) -> str | None:
    for entry in entries(app, event_id):
        if entry["agenda_item_id"] == agenda_item_id:
            return entry[field]  # type: ignore[no-any-return]
    return None


def type_unicode(widget: QWidget, text: str) -> None:
    """Type text QTest.keyClicks cannot (it is Latin-1 only): Cyrillic, Turkish ş, ı, ğ."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


# -- drafting, end to end ------------------------------------------------------------------------------
def test_drafting_a_meeting_end_to_end(app: Liaison, open_mode: Opener, qtbot: Any) -> None:
    event_id = make_event(app)
    items = agenda_ids(app, event_id)
    kz = app.institutions.create({"name": "Otandastar Qory", "state_code": "KZ"})
    delegate = app.contacts.create(
        {"name": "Айгерім Жақсылықова", "latin_name": "Aigerim Zhaksylykova", "institution_id": kz["id"]}
    )
    app.delegations.create({"event_id": event_id, "state_code": "KZ", "institution_id": kz["id"]})
    participant = app.participants.create({"event_id": event_id, "contact_id": delegate["id"]})
    walk_in = app.contacts.create({"name": "Elif Işık", "state_code": "TR"})

    mode = open_mode(app, event_id)
    changes: list[tuple[str, str]] = []
    mode.record_changed.connect(lambda entity, record_id: changes.append((entity, record_id)))
    assert app.minutes.count({"event_id": event_id}) == 0, "opening meeting mode writes nothing"
    assert mode.current == 0 and mode.save_label.text()

    # Notes on the first item: saved without any Save, exactly as typed.
    notes = "Kazakhstan proposed a Turkic Week in Almaty. "
    qtbot.keyClicks(mode.notes_edit, notes)
    type_unicode(mode.notes_edit, "Омуралиев")
    notes += "Омуралиев"
    qtbot.waitUntil(lambda: stored(app, event_id, items[0], "notes") == notes, timeout=5000)
    qtbot.waitUntil(lambda: mode.save_label.text() == "Saved")  # reported back on the GUI thread
    [minutes] = app.minutes.list({"event_id": event_id})
    assert minutes["status"] == "draft"

    # Next item with the keyboard; decisions there.
    qtbot.keyClick(mode.notes_edit, Qt.Key.Key_Down, ALT)
    assert mode.current == 1
    assert mode.notes_edit.toPlainText() == ""
    decisions = "Agreed to hold the Youth Forum in Baku in July 2027."
    qtbot.keyClicks(mode.decisions_edit, decisions)
    qtbot.waitUntil(lambda: stored(app, event_id, items[1], "decisions") == decisions, timeout=5000)
    qtbot.keyClick(mode.decisions_edit, Qt.Key.Key_PageDown, CTRL)
    assert mode.current == 2
    qtbot.keyClick(mode.decisions_edit, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(mode.decisions_edit, Qt.Key.Key_Up, ALT)
    assert mode.current == 0
    assert mode.notes_edit.toPlainText() == notes  # each item keeps its own text

    rows = entries(app, event_id)
    assert app.minutes.count({"event_id": event_id}) == 1
    assert [(r["agenda_item_id"], r["notes"], r["decisions"]) for r in rows] == [
        (items[0], notes, None),
        (items[1], None, decisions),
    ]
    assert [r["heading"] for r in rows] == ["Opening", "Youth Forum 2027"]

    # Check in the registered delegate (Space on the list), then a walk-in by name.
    view = mode.participants_view
    assert view.topLevelItemCount() == 1
    view.setCurrentItem(view.topLevelItem(0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: app.participants.get(participant["id"])["attended"], timeout=5000)
    qtbot.keyClicks(mode.check_in.edit, "Elif")
    qtbot.keyClick(mode.check_in.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.participants.count({"event_id": event_id}) == 2, timeout=5000)
    [added] = app.participants.list({"event_id": event_id, "contact_id": walk_in["id"]})
    assert added["attended"] and added["role"] == "guest"
    qtbot.waitUntil(lambda: view.topLevelItemCount() == 2)  # the list reloads on the GUI thread
    assert "2 of 2 present" in mode.attendance_count.text()

    # Ctrl+Shift+A: an action item from these minutes.
    qtbot.keyClick(mode.notes_edit, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = mode.action_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Circulate the concept note of the Turkic Week")
    qtbot.keyClicks(dialog.institution.edit, "Otandastar Qory")
    dialog.due.set_value(date(2026, 4, 30))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.actions.count({"event_id": event_id}) == 1, timeout=5000)
    [action] = app.actions.list({"event_id": event_id})
    assert action["minutes_id"] == minutes["id"]
    assert action["assignee_institution_id"] == kz["id"]
    assert action["due_date"] == date(2026, 4, 30) and action["status"] == "open"
    qtbot.waitUntil(lambda: mode.action_dialog is None)

    # Ctrl+Shift+B: a bilateral on the margins, dated the event's date, named after its parties.
    qtbot.keyClick(mode.notes_edit, Qt.Key.Key_B, CTRL | SHIFT)
    bilateral_dialog = mode.bilateral_dialog
    assert bilateral_dialog is not None
    assert bilateral_dialog.date.value() == date(2026, 3, 10)
    bilateral_dialog.parties.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(bilateral_dialog.contact.edit, "Elif")
    qtbot.mouseClick(bilateral_dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.bilaterals.count({"event_id": event_id}) == 1, timeout=5000)
    qtbot.waitUntil(lambda: mode.bilateral_dialog is None)  # closed once stored and reported
    [bilateral] = app.bilaterals.list({"event_id": event_id})
    assert bilateral["date"] == date(2026, 3, 10) and bilateral["city"] == "Astana"
    assert bilateral["title"] == "Otandastar Qory – Elif"
    parties = app.bilateral_parties.list({"bilateral_id": bilateral["id"]})
    assert {(p["state_code"], p["institution_id"], p["contact_id"]) for p in parties} == {
        ("KZ", kz["id"], None),
        (None, None, walk_in["id"]),
    }

    # The side panel shows what was added in this meeting.
    shown = [mode.actions_list.item(i).text() for i in range(mode.actions_list.count())]
    assert any("Circulate the concept note" in text for text in shown)
    assert "Otandastar Qory – Elif" in mode.bilaterals_list.item(0).text()
    assert mode.side_tabs.currentIndex() == 1  # the follow-up tab came forward

    # The end-to-end requirement: search finds the typed minutes and the action item.
    hits = app.search("turkic week almaty")
    assert ("minutes", minutes["id"]) in [(h.kind, h.id) for h in hits]
    assert ("minutes", minutes["id"]) in [(h.kind, h.id) for h in app.search("omuraliev")]
    assert ("minutes", minutes["id"]) in [(h.kind, h.id) for h in app.search("youth forum baku")]
    assert ("action", action["id"]) in [(h.kind, h.id) for h in app.search("concept note turkic")]

    # Ctrl+W closes, after everything is saved; the main window hears of every record.
    with qtbot.waitSignal(mode.closed, timeout=5000):
        qtbot.keyClick(mode.notes_edit, Qt.Key.Key_W, CTRL)
    kinds = {entity for entity, _id in changes}
    assert {"minutes", "minutes_entries", "participants", "action_items", "bilaterals"} <= kinds
    assert ("minutes", minutes["id"]) in changes


def test_any_other_business_is_an_entry_without_agenda_item(
    app: Liaison, open_mode: Opener, qtbot: Any
) -> None:
    event_id = make_event(app)
    mode = open_mode(app, event_id)
    assert mode.agenda_list.count() == 4  # three items and "any other business"
    mode.go_to(3)
    assert mode.item_title.text() == "Any other business"
    qtbot.keyClicks(mode.notes_edit, "Hungary offered to host the next training.")
    qtbot.keyClicks(mode.summary_edit, "A constructive meeting.")
    qtbot.waitUntil(
        lambda: stored(app, event_id, None, "notes") == "Hungary offered to host the next training.",
        timeout=5000,
    )
    qtbot.waitUntil(
        lambda: app.minutes.list({"event_id": event_id})[0]["summary"] == "A constructive meeting.",
        timeout=5000,
    )
    [entry] = entries(app, event_id)
    assert entry["heading"] == "Any other business" and entry["position"] == 3

    # Reopened later, the entry is found again, not duplicated.
    mode.close()
    again = open_mode(app, event_id)
    assert again.agenda_list.count() == 4
    again.go_to(3)
    assert again.notes_edit.toPlainText() == "Hungary offered to host the next training."
    qtbot.keyClicks(again.notes_edit, " Accepted.")
    again.close()
    [entry] = entries(app, event_id)
    assert entry["notes"] == "Hungary offered to host the next training. Accepted."


def test_closing_flushes_what_was_just_typed(app: Liaison, open_mode: Opener, qtbot: Any) -> None:
    event_id = make_event(app)
    items = agenda_ids(app, event_id)
    mode = open_mode(app, event_id)
    qtbot.keyClicks(mode.notes_edit, "Last words before Esc")
    assert stored(app, event_id, items[0], "notes") is None  # not yet due
    with qtbot.waitSignal(mode.closed, timeout=5000):
        qtbot.keyClick(mode.notes_edit, Qt.Key.Key_Escape)
    assert stored(app, event_id, items[0], "notes") == "Last words before Esc"  # saved on close


def test_switching_items_saves_first(app: Liaison, open_mode: Opener, qtbot: Any) -> None:
    event_id = make_event(app)
    items = agenda_ids(app, event_id)
    mode = open_mode(app, event_id)
    qtbot.keyClicks(mode.notes_edit, "Typed just before moving on")
    mode.next_item()
    assert stored(app, event_id, items[0], "notes") == "Typed just before moving on"


# -- the save timing --------------------------------------------------------------------------------
def test_continuous_typing_saves_at_least_every_second(app: Liaison, open_mode: Opener, qtbot: Any) -> None:
    event_id = make_event(app)
    items = agenda_ids(app, event_id)
    mode = open_mode(app, event_id)
    saves: list[tuple[float, int]] = []  # (when, characters on disk)
    mode.autosaver.saved.connect(
        lambda _result: saves.append((time.monotonic(), len(stored(app, event_id, items[0], "notes") or "")))
    )
    typed: list[float] = []
    timer = QTimer()
    timer.setInterval(100)

    def keystroke() -> None:
        if len(typed) >= 30:  # 3 s of typing
            timer.stop()
            return
        QTest.keyClick(mode.notes_edit, "x")
        typed.append(time.monotonic())

    timer.timeout.connect(keystroke)
    timer.start()
    qtbot.waitUntil(lambda: len(typed) == 30, timeout=10_000)
    qtbot.waitUntil(lambda: bool(saves) and saves[-1][1] == 30, timeout=3000)
    end = typed[-1]
    during = [(when, count) for when, count in saves if when <= end]

    # The debounce alone would not save while the officer types on: the 1 s bound does.
    assert len(during) >= 2, saves
    assert during[0][0] - typed[0] < 1.6, "the first keystroke waited too long"
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(during)]
    assert max(gaps, default=0) < 1.7, gaps
    assert all(b[1] > a[1] for a, b in itertools.pairwise(during)), "each save brought new text"
    # Coalesced: a few saves, not one a keystroke.
    assert len(saves) <= 10, len(saves)
    # Once typing stops the debounce saves the rest promptly.
    assert saves[-1][0] - end < 1.5


def test_a_save_queued_but_not_started_takes_the_newest_value(qtbot: Any, tasks: TaskManager) -> None:
    written: list[dict[Any, Any]] = []
    release = threading.Event()
    started = threading.Event()

    def slow_writer(values: Any) -> None:
        started.set()
        release.wait(5)
        written.append(dict(values))

    saver = autosave.Autosaver(tasks, slow_writer)
    text = {"value": "a"}
    saver.changed("notes", lambda: text["value"])
    saver.flush()  # job 1 starts and blocks in the writer
    assert started.wait(5)
    for value in ("ab", "abc", "abcd"):  # three flushes while job 1 runs: ONE job 2 is queued
        text["value"] = value
        saver.changed("notes", lambda: text["value"])
        saver.flush()
    assert saver.state == autosave.SAVING
    release.set()
    assert saver.flush_and_wait()
    assert written == [{"notes": "a"}, {"notes": "abcd"}]
    assert saver.saves == 2 and saver.state == autosave.SAVED


# -- agreed minutes ------------------------------------------------------------------------------------
def agreed_event(app: Liaison) -> tuple[str, str]:
    event_id = make_event(app)
    items = agenda_ids(app, event_id)
    minutes = app.minutes.create({"event_id": event_id, "title": "Minutes", "summary": "Agreed text."})
    app.minutes_entries.create(
        {"minutes_id": minutes["id"], "agenda_item_id": items[0], "notes": "The agenda was adopted."}
    )
    app.minutes.agree(minutes["id"], by_name="OTS Secretariat", on=date(2026, 3, 11))
    return event_id, str(minutes["id"])


def test_agreed_minutes_are_read_only_and_reopen_asks_why_and_logs(
    app: Liaison, open_mode: Opener, qtbot: Any
) -> None:
    event_id, minutes_id = agreed_event(app)
    mode = open_mode(app, event_id)
    assert mode.read_only
    assert (
        mode.notes_edit.isReadOnly() and mode.decisions_edit.isReadOnly() and mode.summary_edit.isReadOnly()
    )
    assert mode.notes_edit.toPlainText() == "The agenda was adopted."
    assert mode.banner.isVisible() and mode.reopen_button.isVisible()
    assert not mode.agree_button.isVisible()
    qtbot.keyClicks(mode.notes_edit, "tampering")
    assert mode.notes_edit.toPlainText() == "The agenda was adopted."
    assert mode.autosaver.state == autosave.IDLE

    # Reopen: a reason is required, and it is logged.
    qtbot.mouseClick(mode.reopen_button, Qt.MouseButton.LeftButton)
    dialog = mode.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Comments of the Uzbek delegation on item 1")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.minutes.get(minutes_id)["status"] == "draft", timeout=5000)
    qtbot.waitUntil(lambda: not mode.read_only)
    log = app.minutes_log.list({"minutes_id": minutes_id})
    assert [(e["action"], e["reason"]) for e in log] == [
        ("agreed", None),
        ("reopened", "Comments of the Uzbek delegation on item 1"),
    ]
    assert not mode.notes_edit.isReadOnly() and not mode.banner.isVisible()

    # Now editable: the edit lands in the same entry.
    mode.notes_edit.moveCursor(mode.notes_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(mode.notes_edit, " Amended.")
    qtbot.waitUntil(
        lambda: (
            stored(app, event_id, agenda_ids(app, event_id)[0], "notes") == "The agenda was adopted. Amended."
        ),
        timeout=5000,
    )

    # Agree again from meeting mode, after a confirmation.
    qtbot.mouseClick(mode.agree_button, Qt.MouseButton.LeftButton)
    box = mode.agree_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.minutes.get(minutes_id)["status"] == "agreed", timeout=5000)
    qtbot.waitUntil(lambda: mode.read_only)
    assert mode.notes_edit.isReadOnly()
    assert [e["action"] for e in app.minutes_log.list({"minutes_id": minutes_id})] == [
        "agreed",
        "reopened",
        "agreed",
    ]


def test_sample_meetings_open_as_recorded(sample_app: Liaison, open_mode: Opener) -> None:
    events = {e["title"]: e["id"] for e in sample_app.events.list()}
    bishkek = next(eid for title, eid in events.items() if title.startswith("5th Meeting"))
    contact_group = next(eid for title, eid in events.items() if title.startswith("Diaspora Contact Group"))

    agreed = open_mode(sample_app, bishkek)
    assert agreed.read_only and agreed.agenda_list.count() == 10  # nine items, any other business
    assert agreed.participants_view.topLevelItemCount() == sample_app.participants.count(
        {"event_id": bishkek}
    )
    assert "Opening" not in agreed.notes_edit.toPlainText()
    assert "opened the meeting" in agreed.notes_edit.toPlainText()

    draft = open_mode(sample_app, contact_group)
    assert not draft.read_only and draft.minutes_id is not None
    draft.go_to(1)
    assert "Uzbek delegation" in draft.notes_edit.toPlainText()
    assert draft.decisions_edit.toPlainText().startswith("DRAFT:")


# -- a locked database -------------------------------------------------------------------------------
def test_a_locked_database_keeps_the_text_and_saves_it_once_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_mode: Opener, qtbot: Any
) -> None:
    from liaison.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    services = Liaison.open(tmp_path / "locked")
    try:
        event_id = make_event(services)
        items = agenda_ids(services, event_id)
        mode = open_mode(services, event_id)
        qtbot.keyClicks(mode.notes_edit, "Before the lock.")
        qtbot.waitUntil(
            lambda: stored(services, event_id, items[0], "notes") == "Before the lock.", timeout=5000
        )

        other = sqlite3.connect(services.store.path, isolation_level=None, timeout=5)
        try:
            other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
            locked_at = time.monotonic()
            qtbot.keyClicks(mode.notes_edit, " During the lock.")
            qtbot.waitUntil(lambda: mode.autosaver.state == autosave.FAILED, timeout=5000)
            assert mode.save_label.text() == "Not saved" and mode.save_banner.isVisible()
            assert mode.save_error_label.text().startswith("Not saved: ")
            assert "locked by another program" in mode.save_error_label.text()
            assert mode.save_label.accessibleDescription() == mode.save_error_label.text()
            assert mode.notes_edit.toPlainText() == "Before the lock. During the lock."
            assert stored(services, event_id, items[0], "notes") == "Before the lock."
            qtbot.wait(max(0, int((2.0 - (time.monotonic() - locked_at)) * 1000)))
            assert mode.notes_edit.toPlainText() == "Before the lock. During the lock."
        finally:
            other.execute("ROLLBACK")
            other.close()

        # Released: the retry saves it without another keystroke.
        qtbot.waitUntil(
            lambda: stored(services, event_id, items[0], "notes") == "Before the lock. During the lock.",
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: mode.autosaver.state == autosave.SAVED, timeout=2000)
        assert mode.save_label.text() == "Saved" and not mode.save_banner.isVisible()
        mode.close()
    finally:
        services.close()


def test_closing_while_the_database_is_locked_asks_and_keeps_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_mode: Opener, qtbot: Any
) -> None:
    """Closing with text not yet saved (another program holds the lock): the officer is asked,
    and "Keep open" keeps the window and the text; once the lock goes, closing saves it."""
    from liaison.store import engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(autosave.Autosaver, "flush_and_wait", _short_wait(autosave.Autosaver.flush_and_wait))
    services = Liaison.open(tmp_path / "locked-close")
    try:
        event_id = make_event(services)
        items = agenda_ids(services, event_id)
        mode = open_mode(services, event_id)
        other = sqlite3.connect(services.store.path, isolation_level=None, timeout=5)
        other.execute("BEGIN EXCLUSIVE")
        try:
            qtbot.keyClicks(mode.notes_edit, "Typed while locked.")
            answers: list[str] = []

            def answer(button: QMessageBox.StandardButton) -> None:
                box = QApplication.activeModalWidget()
                assert isinstance(box, QMessageBox)
                answers.append(box.text())
                box.button(button).click()

            QTimer.singleShot(300, lambda: answer(QMessageBox.StandardButton.Cancel))  # Keep open
            assert mode._finish() is False
            assert answers and answers[0].startswith("Some of your text could not be saved")
            assert mode.notes_edit.toPlainText() == "Typed while locked."
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert mode._finish() is True  # released: saved, nothing asked
        assert stored(services, event_id, items[0], "notes") == "Typed while locked."
        mode.close()
    finally:
        services.close()


def _short_wait(flush_and_wait: Any) -> Any:
    """The real flush, with a short wait: a save behind another program's lock fails fast."""

    def flush(self: Any, timeout: float = 30.0) -> bool:
        return bool(flush_and_wait(self, timeout=min(timeout, 1.0)))

    return flush


# -- as a window ----------------------------------------------------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen platform only
def test_as_its_own_window(app: Liaison, tasks: TaskManager, qtbot: Any) -> None:
    event_id = make_event(app)
    items = agenda_ids(app, event_id)
    mode = MeetingMode.open_window(app, tasks, event_id)
    qtbot.waitExposed(mode)
    qtbot.waitUntil(mode.isActiveWindow)
    assert mode.isWindow() and "Diaspora Contact Group meeting" in mode.windowTitle()
    assert QApplication.focusWidget() is mode.notes_edit  # ready to type
    qtbot.keyClicks(mode.notes_edit, "Typed in the window")
    with qtbot.waitSignal(mode.closed, timeout=5000):
        qtbot.keyClick(mode.notes_edit, Qt.Key.Key_W, CTRL)
    assert stored(app, event_id, items[0], "notes") == "Typed in the window"


def test_a_sync_that_merged_someone_elses_text_is_merged_into_the_screen(
    app: Liaison, open_mode: Opener, qtbot: Any
) -> None:
    """After a sync, the record may hold another delegate's paragraph (merged by the server):
    meeting mode merges it into the text on screen, with what was typed since, and the next
    autosave stores both; nothing typed on either side is lost."""
    event_id = make_event(app)
    first = agenda_ids(app, event_id)[0]
    mode = open_mode(app, event_id)
    mode.notes_edit.setFocus()
    QTest.keyClicks(mode.notes_edit, "Our paragraph.")
    qtbot.waitUntil(lambda: stored(app, event_id, first, "notes") == "Our paragraph.", timeout=10000)
    qtbot.waitUntil(lambda: mode.autosaver.all_saved, timeout=10000)

    # What a pull writes when the server merged a colleague's opening paragraph into the entry.
    entry = next(e for e in entries(app, event_id) if e["agenda_item_id"] == first)
    app.minutes_entries.update(entry["id"], {"notes": "Their opening.\n\nOur paragraph."})
    QTest.keyClicks(mode.notes_edit, " Typed since.")  # not saved yet when the sync ends
    mode.merge_synced()
    expected = "Their opening.\n\nOur paragraph. Typed since."
    qtbot.waitUntil(lambda: mode.notes_edit.toPlainText() == expected, timeout=10000)
    qtbot.waitUntil(lambda: stored(app, event_id, first, "notes") == expected, timeout=10000)
    assert mode.notes_edit.textCursor().position() == len(expected)  # the cursor stays at the end


def test_an_autosave_after_a_sync_keeps_the_colleagues_words(
    app: Liaison, open_mode: Opener, qtbot: Any
) -> None:
    """The autosave can come before the window hears of the sync: the save itself merges, in
    its transaction, what a sync wrote since the last save with what was typed since."""
    event_id = make_event(app)
    first = agenda_ids(app, event_id)[0]
    mode = open_mode(app, event_id)
    mode.notes_edit.setFocus()
    QTest.keyClicks(mode.notes_edit, "Our paragraph.")
    qtbot.waitUntil(lambda: stored(app, event_id, first, "notes") == "Our paragraph.", timeout=10000)
    qtbot.waitUntil(lambda: mode.autosaver.all_saved, timeout=10000)
    entry = next(e for e in entries(app, event_id) if e["agenda_item_id"] == first)
    app.minutes_entries.update(entry["id"], {"notes": "Their opening.\n\nOur paragraph."})  # a pull
    QTest.keyClicks(mode.notes_edit, " Typed since.")  # saved before any merge_synced()
    expected = "Their opening.\n\nOur paragraph. Typed since."
    qtbot.waitUntil(lambda: stored(app, event_id, first, "notes") == expected, timeout=10000)
    qtbot.waitUntil(lambda: mode.notes_edit.toPlainText() == expected, timeout=10000)


# -- the keyboard: every mnemonic lands in its field (issue 14, item 4: Alt+I, "Check in someone
# else", left the focus in the Decisions, where the name typed next was autosaved) -------------------


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def lands_in(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def buddies(root: QWidget) -> list[tuple[str, QWidget]]:
    found = []
    for label in root.findChildren(QLabel):
        key = mnemonic(label.text())
        if key and label.buddy() is not None and label.isVisibleTo(root):
            found.append((key, label.buddy()))
    return found


def test_every_mnemonic_of_meeting_mode_lands_in_its_field(
    app: Liaison, open_mode: Opener, qtbot: Any
) -> None:
    event_id = make_event(app)
    mode = open_mode(app, event_id)
    labels = buddies(mode)
    keys = [key for key, _ in labels]
    assert {"A", "N", "D", "M", "I"} <= set(keys), keys
    assert len(keys) == len(set(keys)), f"a letter serves two fields: {keys}"
    for key, buddy in labels:
        mode.decisions_edit.setFocus()
        if key == "D":
            mode.notes_edit.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key(ord(key)), ALT)
        assert lands_in(buddy), f"Alt+{key} left the focus in {QApplication.focusWidget()!r}"
    # Alt+I, then typing: the name goes into the check-in field, not into the Decisions.
    mode.decisions_edit.setFocus()
    QTest.keyClick(mode.decisions_edit, Qt.Key.Key_I, ALT)
    QTest.keyClicks(QApplication.focusWidget(), "Elif")
    assert mode.check_in.edit.text() == "Elif"
    assert mode.decisions_edit.toPlainText() == ""
    # The tabs' mnemonics show their page.
    tabs: QTabWidget = mode.side_tabs
    for index in range(tabs.count()):
        key = mnemonic(tabs.tabText(index))
        assert key, tabs.tabText(index)
        QTest.keyClick(mode.notes_edit, Qt.Key(ord(key)), ALT)
        assert tabs.currentIndex() == index


def test_every_mnemonic_of_the_forms_lands_in_its_field(app: Liaison, open_mode: Opener, qtbot: Any) -> None:
    event_id = make_event(app)
    app.delegations.create({"event_id": event_id, "state_code": "KZ"})
    mode = open_mode(app, event_id)
    for open_form, attribute in (
        (mode.add_action_item, "action_dialog"),
        (mode.add_bilateral, "bilateral_dialog"),
    ):
        open_form()
        dialog = getattr(mode, attribute)
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        labels = buddies(dialog)
        keys = [key for key, _ in labels]
        assert len(keys) >= 3 and len(keys) == len(set(keys)), keys
        for key, buddy in labels:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key(ord(key)), ALT)
            assert lands_in(buddy), f"{attribute}: Alt+{key} left the focus in {QApplication.focusWidget()!r}"
        dialog.reject()
        qtbot.waitUntil(lambda attribute=attribute: getattr(mode, attribute) is None)
