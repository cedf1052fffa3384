"""The main window: navigation, search everywhere, status bar, first run, closing safely."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text


@pytest.fixture
def window(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> MainWindow:
    main = MainWindow(sample_app, tasks)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    return main


def test_every_section_is_reachable_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    for number, entity in enumerate(window.pages, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is window.pages[entity]
        if entity != "today":
            qtbot.waitUntil(lambda: window.current_page().model.rowCount() > 0)


def test_search_everywhere_opens_the_5th_meeting_in_bishkek(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    type_text(window.search, "5th meeting bishkek")
    assert window.search.wait_for_results()  # the search runs off the GUI thread
    assert window.search.hits and window.search.hits[0].kind == "event"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    page = window.current_page()
    assert page is window.pages["events"]
    assert page.editor.record is not None
    assert page.editor.record["title"].startswith("5th Meeting")
    assert page.editor.record["city"] == "Bishkek"


def test_search_finds_cyrillic_names_by_latin_typing(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.search, "omuraliev")
    assert window.search.wait_for_results()
    assert any(hit.kind == "contact" and "Омуралиев" in hit.title for hit in window.search.hits)
    hit = next(h for h in window.search.hits if h.kind == "contact")
    window.open_hit(hit.kind, hit.id)
    assert window.current_page() is window.pages["contacts"]
    assert window.current_page().editor.record is not None
    assert window.current_page().editor.record["id"] == hit.id


def test_status_bar_shows_what_is_shown_and_pending_changes(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    for number in range(3):  # the officer's own record (the sample is a training record: no sync)
        app.contacts.create({"name": f"Contact {number}", "visibility": "shared"})
    for number in range(2):
        app.contacts.create({"name": f"Kept here {number}", "visibility": "private"})
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    window.show()
    window.show_entity("contacts")
    window.update_status()
    assert window.shown_label.text().startswith("Contacts: ")
    services = window.services
    private = 0  # private records: their changes never leave, so are not counted
    for spec in ENTITIES.values():
        with services.store.read() as session:
            private += session.scalar(
                text(
                    f"SELECT count(*) FROM outbox JOIN {table_of(spec).name} AS r ON r.id = outbox.record_id"
                    " WHERE r.visibility = 'private'"
                )
            )
    pending = services.pending_changes() - private
    assert pending > 0 and private > 0
    # Counted on the worker (a large outbox takes longer than the GUI thread may spend).
    qtbot.waitUntil(lambda: window.pending_label.text() == f"{pending} changes not yet synced")
    assert window.pending_label.toolTip().startswith(f"{private} changes of private records")
    qtbot.waitUntil(lambda: window.sync_label.text() == "Not signed in")  # sync is not set up here


def test_closing_with_unsaved_edits_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.pages["contacts"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.view.selectRow(0)
    page.editor.widgets["position"].set_value("Adviser")
    page.editor.widgets["position"].edited.emit()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    record_id = page.editor.record["id"] if page.editor.record else ""
    assert window.close()
    assert window.services.contacts.get(record_id)["position"] == "Adviser"


def test_contact_profile_and_minutes_panel_follow_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    hits = window.services.search("omuraliev", kinds=["contact"])
    window.open_hit("contact", hits[0].id)
    page = window.pages["contacts"]
    page.tabs.setCurrentWidget(window.profile)
    qtbot.waitUntil(lambda: "Омуралиев" in window.profile.browser.toPlainText())  # type: ignore[attr-defined]
    minutes = window.services.search("qazalem", kinds=["minutes"])
    window.open_hit("minutes", minutes[0].id)
    events = window.pages["events"]
    assert events.tabs.currentWidget() is window.minutes_panel
    assert window.minutes_panel.selected_id() == minutes[0].id  # type: ignore[attr-defined]


def test_f9_opens_meeting_mode_for_the_selected_event_and_closing_saves(
    qtbot: QtBot, window: MainWindow
) -> None:
    hits = window.services.search("diaspora contact group 2026", kinds=["event"])
    window.open_hit("event", hits[0].id)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert len(window.meetings) == 1
    mode = window.meetings[0]
    assert mode.event_id == hits[0].id
    qtbot.keyClick(window, Qt.Key.Key_F9)  # again: the same window comes forward, no second one
    assert len(window.meetings) == 1
    assert window.close()
    assert window.meetings == []
