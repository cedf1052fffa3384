"""Meeting mode and the minutes' owner: another institution's minutes are read, not written.

The rule follows the minutes record's own owner institution, not the event's: a Kazakh officer
writes their own minutes of a Turkish event, and reads (never types into) Türkiye's minutes of
their own event."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from liaison.services.app import Liaison
from liaison.services.settings import HOME_INSTITUTION
from liaison.ui import autosave
from liaison.ui.meeting import MeetingMode
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text

YTB = "Presidency for Turks Abroad and Related Communities"
OTANDASTAR = "Otandastar Qory"


def institutions(app: Liaison) -> tuple[str, str]:
    turkey = app.institutions.create({"name": YTB, "country": "TR"})["id"]
    kazakhstan = app.institutions.create({"name": OTANDASTAR, "country": "KZ"})["id"]
    app.settings.set(HOME_INSTITUTION, kazakhstan)  # the officer is Kazakhstan's
    return turkey, kazakhstan


def event_with_minutes(app: Liaison, event_owner: str, minutes_owner: str) -> tuple[str, str, str]:
    event = app.events.create(
        {
            "kind": "contact_group_meeting",
            "title": "Diaspora Contact Group meeting",
            "start_date": "2026-03-10",
            "owner_institution_id": event_owner,
        }
    )
    item = app.agenda.create({"event_id": event["id"], "position": 0, "title": "Opening"})
    minutes = app.minutes.create(
        {
            "event_id": event["id"],
            "title": "Minutes",
            "summary": "Draft summary.",
            "owner_institution_id": minutes_owner,
        }
    )
    app.minutes_entries.create(
        {
            "minutes_id": minutes["id"],
            "agenda_item_id": item["id"],
            "notes": "The agenda was adopted.",
            "owner_institution_id": minutes_owner,
        }
    )
    return event["id"], minutes["id"], item["id"]


HOSTS: list[QWidget] = []


def open_mode(qtbot: Any, app: Liaison, tasks: TaskManager, event_id: str) -> MeetingMode:
    host = QWidget()  # kept alive by the list, closed by qtbot after the test
    HOSTS[:] = [host]
    host.resize(1280, 800)
    qtbot.addWidget(host)
    mode = MeetingMode(app, tasks, event_id, parent=host)
    mode.resize(1280, 800)
    host.show()
    qtbot.waitExposed(host)
    return mode


def test_another_institutions_minutes_are_read_only_with_the_reason(
    qtbot: Any, app: Liaison, tasks: TaskManager
) -> None:
    turkey, kazakhstan = institutions(app)
    # Kazakhstan's own event, but Türkiye's minutes of it: the minutes' owner decides.
    event_id, minutes_id, _ = event_with_minutes(app, kazakhstan, turkey)
    mode = open_mode(qtbot, app, tasks, event_id)
    try:
        assert mode.read_only
        assert mode.notes_edit.toPlainText() == "The agenda was adopted."  # still read
        assert mode.summary_edit.toPlainText() == "Draft summary."
        for edit in (mode.notes_edit, mode.decisions_edit, mode.summary_edit):
            assert edit.isReadOnly()
        assert mode.banner.isVisible()
        reason = mode.header.banner_label.text()
        assert YTB in reason and "Read-only" in reason
        assert not mode.reopen_button.isVisible() and not mode.agree_button.isVisible()
        mode.reopen_minutes()  # the keyboard's way in does nothing either
        assert mode.reason_dialog is None
        type_text(mode.notes_edit, "tampering")
        assert mode.notes_edit.toPlainText() == "The agenda was adopted."
        assert mode.autosaver.state == autosave.IDLE
        qtbot.wait(1300)  # longer than the autosave's longest wait: nothing was written
        [entry] = app.minutes_entries.list({"minutes_id": minutes_id})
        assert entry["notes"] == "The agenda was adopted."
        assert len(app.minutes.list({"event_id": event_id})) == 1
    finally:
        mode.close()


def test_the_reason_is_translated(qtbot: Any, app: Liaison, tasks: TaskManager) -> None:
    from liaison.ui.language import install_language

    turkey, kazakhstan = institutions(app)
    event_id, _, _ = event_with_minutes(app, kazakhstan, turkey)
    mode = open_mode(qtbot, app, tasks, event_id)
    try:
        english = mode.header.banner_label.text()
        install_language("ru")
        qtbot.waitUntil(lambda: mode.header.banner_label.text() != english)
        assert YTB in mode.header.banner_label.text()
    finally:
        mode.close()


def test_own_minutes_of_another_institutions_event_stay_editable(
    qtbot: Any, app: Liaison, tasks: TaskManager
) -> None:
    turkey, kazakhstan = institutions(app)
    # Türkiye's event, Kazakhstan's minutes of it: the officer's own, to write.
    event_id, minutes_id, _ = event_with_minutes(app, turkey, kazakhstan)
    mode = open_mode(qtbot, app, tasks, event_id)
    try:
        assert not mode.read_only and not mode.banner.isVisible()
        assert not mode.notes_edit.isReadOnly()
        mode.notes_edit.moveCursor(mode.notes_edit.textCursor().MoveOperation.End)
        type_text(mode.notes_edit, " Amended.")
        qtbot.waitUntil(
            lambda: (
                app.minutes_entries.list({"minutes_id": minutes_id})[0]["notes"]
                == "The agenda was adopted. Amended."
            ),
            timeout=5000,
        )
    finally:
        mode.close()


def test_own_draft_is_chosen_over_another_institutions(qtbot: Any, app: Liaison, tasks: TaskManager) -> None:
    turkey, kazakhstan = institutions(app)
    event_id, _, _ = event_with_minutes(app, turkey, turkey)
    ours = app.minutes.create(
        {"event_id": event_id, "title": "Our minutes", "summary": "Ours.", "owner_institution_id": kazakhstan}
    )
    mode = open_mode(qtbot, app, tasks, event_id)
    try:
        assert mode.minutes_id == ours["id"]
        assert not mode.read_only and mode.summary_edit.toPlainText() == "Ours."
    finally:
        mode.close()


def test_the_minutes_panel_leaves_another_institutions_minutes_alone(
    qtbot: Any, app: Liaison, tasks: TaskManager
) -> None:
    from liaison.ui.minutes_panel import MinutesPanel

    turkey, kazakhstan = institutions(app)
    event_id, theirs, _ = event_with_minutes(app, kazakhstan, turkey)
    panel = MinutesPanel(app, tasks)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_event(event_id)
    qtbot.waitUntil(lambda: panel.selected_id() == theirs and not panel.loading, timeout=10_000)
    for button in (panel.edit_button, panel.agree_button, panel.delete_button, panel.reopen_button):
        assert not button.isEnabled()
    assert YTB in panel.agree_button.toolTip()
    panel.agree_selected()  # the keyboard's way in does nothing either: no question, no write
    assert panel.new_button.isEnabled() and panel.meeting_button.isEnabled()  # their own minutes: yes
    ours = app.minutes.create(
        {"event_id": event_id, "title": "Our minutes", "owner_institution_id": kazakhstan}
    )
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.select_minutes(ours["id"])
    qtbot.waitUntil(lambda: panel.selected_id() == ours["id"])
    assert panel.agree_button.isEnabled() and YTB not in panel.agree_button.toolTip()


def test_the_officer_can_write_their_own_minutes_beside_another_institutions(
    qtbot: Any, app: Liaison, tasks: TaskManager
) -> None:
    turkey, kazakhstan = institutions(app)
    event_id, theirs, item_id = event_with_minutes(app, turkey, turkey)
    mode = open_mode(qtbot, app, tasks, event_id)
    try:
        assert mode.read_only and mode.own_button.isVisible()
        mode.own_button.click()
        assert not mode.read_only and not mode.banner.isVisible()
        assert mode.notes_edit.toPlainText() == "" and not mode.notes_edit.isReadOnly()
        assert mode.agenda_list.count() == 2  # the agenda's one item, and any other business
        type_text(mode.notes_edit, "Our notes.")
        qtbot.waitUntil(lambda: len(app.minutes.list({"event_id": event_id})) == 2, timeout=5000)
        ours = next(m for m in app.minutes.list({"event_id": event_id}) if m["id"] != theirs)
        assert ours["owner_institution_id"] == kazakhstan
        qtbot.waitUntil(
            lambda: (
                [e["notes"] for e in app.minutes_entries.list({"minutes_id": ours["id"]})] == ["Our notes."]
            ),
            timeout=5000,
        )
        [entry] = app.minutes_entries.list({"minutes_id": ours["id"]})
        assert entry["agenda_item_id"] == item_id
        assert [e["notes"] for e in app.minutes_entries.list({"minutes_id": theirs})] == [
            "The agenda was adopted."
        ]  # theirs untouched
        assert app.minutes.get(theirs)["summary"] == "Draft summary."
    finally:
        mode.close()
    again = open_mode(qtbot, app, tasks, event_id)  # next time: their own minutes, to write
    try:
        assert not again.read_only and again.notes_edit.toPlainText() == "Our notes."
    finally:
        again.close()
