"""Editors and pages with real widgets: inline errors, unsaved edits, delete and undo, filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.editor import RecordEditor
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text

CONTACTS = next(config for config in PAGES if config.entity == "contacts")


def make_editor(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> RecordEditor:
    editor = RecordEditor(app, tasks, "contacts")
    qtbot.addWidget(editor)
    editor.load(None)
    return editor


def test_invalid_input_shows_the_services_message_next_to_the_field(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    editor = make_editor(qtbot, app, tasks)
    editor.show()
    type_text(editor.widgets["name"].focusProxy(), "Işık Yılmaz")
    type_text(editor.widgets["emails"].focusProxy(), "isik@")
    assert editor.dirty and editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(editor.errors["emails"].isVisible)
    assert editor.errors["emails"].text() == "E-mail: “isik@” is not a valid e-mail address."
    assert not editor.errors["name"].isVisible()
    assert app.contacts.count() == 0 and editor.dirty  # nothing written, nothing lost

    editor.widgets["emails"].set_value("isik@ytb.gov.tr")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.save()
    record = saved.args[0]
    assert record["name"] == "Işık Yılmaz" and record["emails"] == ["isik@ytb.gov.tr"]
    assert not editor.dirty and not editor.errors["emails"].isVisible()
    assert app.contacts.get(record["id"])["name"] == "Işık Yılmaz"


def test_editing_an_existing_record_sends_only_the_changed_fields(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    contact = app.contacts.create(
        {"name": "Gulnara Batyrova", "emails": ["g@example.kg"], "state_code": "KG"}
    )
    editor = make_editor(qtbot, app, tasks)
    editor.load(app.contacts.get(contact["id"]))
    assert editor.values() == {}
    editor.widgets["position"].set_value("Minister")
    editor.widgets["position"].edited.emit()
    assert editor.values() == {"position": "Minister"}
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert app.contacts.get(contact["id"])["position"] == "Minister"


@pytest.mark.parametrize(
    ("answer", "expected_name", "stays"),
    [
        (QMessageBox.StandardButton.Save, "Edited", True),
        (QMessageBox.StandardButton.Discard, "Original", True),
        (QMessageBox.StandardButton.Cancel, "Original", False),
    ],
)
def test_leaving_unsaved_edits_asks_first(
    qtbot: QtBot,
    app: Liaison,
    tasks: TaskManager,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    expected_name: str,
    stays: bool,
) -> None:
    contact = app.contacts.create({"name": "Original"})
    editor = make_editor(qtbot, app, tasks)
    editor.load(app.contacts.get(contact["id"]))
    editor.widgets["name"].set_value("Edited")
    editor.widgets["name"].edited.emit()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append("asked") or answer)
    assert editor.confirm_leave() is stays
    assert asked == ["asked"]
    assert app.contacts.get(contact["id"])["name"] == expected_name


def test_page_delete_then_undo_restores(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact = app.contacts.create({"name": "Кубанычбек Омуралиев", "latin_name": "Kubanychbek Omuraliev"})
    page = EntityPage(app, tasks, CONTACTS)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    assert page.editor.record is not None and page.editor.record["id"] == contact["id"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.undo_action.isEnabled()
    page.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert app.contacts.get(contact["id"])["deleted"] is False


def test_page_filter_uses_the_search_key(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    app.contacts.create({"name": "Кубанычбек Омуралиев"})
    app.contacts.create({"name": "Məmmədov Əli"})
    page = EntityPage(app, tasks, CONTACTS)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.filter.setText("omuraliev")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.record(0)["name"] == "Кубанычбек Омуралиев"
    page.filter.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)


def test_new_record_from_the_page(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    page = EntityPage(app, tasks, CONTACTS)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.new_action.trigger()
    name = page.editor.widgets["name"].focusProxy()
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(page.editor.widgets["name"].focusProxy(), "Abzal Saparbekuly")
    qtbot.keyClick(
        page.editor.widgets["name"].focusProxy(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0)["name"] == "Abzal Saparbekuly"


def test_actions_page_has_an_overdue_view(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    late = app.actions.create({"title": "Send the concept note", "due_date": "2020-01-31"})
    app.actions.create({"title": "Book the venue", "due_date": "2999-01-01"})
    done = app.actions.create({"title": "Done long ago", "due_date": "2020-01-01"})
    app.actions.update(done["id"], {"status": "done"})
    config = next(c for c in PAGES if c.entity == "action_items")
    page = EntityPage(app, tasks, config)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.view_choice is not None
    page.view_choice.setCurrentIndex(2)  # Overdue
    assert [page.model.record(r)["id"] for r in range(page.model.rowCount())] == [late["id"]]
    page.view_choice.setCurrentIndex(1)  # Open
    assert page.model.rowCount() == 2


def test_a_child_deleted_in_its_list_can_be_restored_until_another_parent_is_shown(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.ui.children import ChildList

    first = app.events.create(
        {"kind": "diaspora_forum", "title": "Diaspora Forum", "start_date": "2026-05-12"}
    )
    other = app.events.create({"kind": "youth_forum", "title": "Youth Forum", "start_date": "2026-06-02"})
    item = app.agenda.create({"event_id": first["id"], "position": 1, "title": "Opening"})
    agenda = ChildList(app, tasks, "agenda_items", "event_id", ("position", "title"))
    qtbot.addWidget(agenda)
    agenda.set_parent(first["id"])
    assert agenda.model.rowCount() == 1 and not agenda.undo_button.isEnabled()
    agenda.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    agenda.delete_selected()
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 0)
    assert agenda.undo_button.isEnabled()
    agenda.undo_button.click()
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 1)
    assert app.agenda.get(item["id"])["deleted"] is False

    agenda.view.selectRow(0)
    agenda.delete_selected()
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 0)
    agenda.set_parent(other["id"])  # the undo does not follow to another event's agenda
    assert not agenda.undo_button.isEnabled()


# -- the same thing reads the same everywhere (issue 14, item 9) -----------------------------------
def test_agenda_items_are_numbered_from_one_as_in_meeting_mode(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    event = app.events.create({"kind": "diaspora_forum", "title": "Forum", "start_date": "2026-03-10"})
    for position, title in enumerate(("Opening", "Youth", "Closing")):  # stored from 0, as the sample
        app.agenda.create({"event_id": event["id"], "position": position, "title": title})
    page = EntityPage(app, tasks, next(config for config in PAGES if config.entity == "events"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    agenda = next(child for child in page.children if child.entity == "agenda_items")
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 3)
    model = agenda.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(3)]
    assert rows == [["1", "Opening"], ["2", "Youth"], ["3", "Closing"]]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "No."


def test_phones_read_internationally_and_languages_by_name(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    from liaison.services.entities import ENTITIES
    from liaison.ui.i18n import display

    contact = app.contacts.create(
        {"name": "Elif Işık", "state_code": "TR", "phones": ["0312 218 40 62"], "languages": ["tr", "de"]}
    )
    assert contact["phones"] == ["+903122184062"]  # stored in E.164
    spec = ENTITIES["contacts"]
    assert display("contacts", spec.field("phones"), contact["phones"]) == "+90 312 218 40 62"
    assert display("contacts", spec.field("languages"), contact["languages"]) == "Turkish, German"
    editor = make_editor(qtbot, app, tasks)
    editor.load(app.contacts.get(contact["id"]))
    assert editor.widgets["phones"].edit.text() == "+90 312 218 40 62"
    editor.widgets["phones"].edit.setText("+90 312 218 40 62; +90 532 614 27 83")
    editor.widgets["phones"].edited.emit()
    editor.save()
    qtbot.waitUntil(lambda: len(app.contacts.get(contact["id"])["phones"]) == 2)
    assert app.contacts.get(contact["id"])["phones"] == ["+903122184062", "+905326142783"]
