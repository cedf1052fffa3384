"""The contact editor's languages: shown and typed by name in the window's language, stored as
codes; chosen from suggestions with the keyboard; named for screen readers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.editor import RecordEditor
from liaison.ui.language import install_language
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text


def editor_on(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, object] | None
) -> RecordEditor:
    editor = RecordEditor(app, tasks, "contacts")
    qtbot.addWidget(editor)
    editor.load(record)  # type: ignore[arg-type]
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def languages_edit(editor: RecordEditor) -> QLineEdit:
    edit = editor.widgets["languages"].focusProxy()
    assert isinstance(edit, QLineEdit)
    return edit


def test_languages_show_by_name_and_are_stored_as_codes(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    contact = app.contacts.create({"name": "Aigerim Zhaksylykova", "languages": ["kk", "ru"]})
    editor = editor_on(qtbot, app, tasks, contact)
    edit = languages_edit(editor)
    assert edit.text() == "Kazakh, Russian"  # before: "kk; ru"
    assert edit.accessibleName() == "Languages"

    edit.setFocus()
    edit.end(False)
    type_text(edit, ", English")
    editor.save()
    qtbot.waitUntil(lambda: app.contacts.get(contact["id"])["languages"] == ["kk", "ru", "en"])
    assert edit.text() == "Kazakh, Russian, English"


def test_a_language_is_chosen_from_the_suggestions_with_the_keyboard(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    editor = editor_on(qtbot, app, tasks, None)
    type_text(editor.widgets["name"].focusProxy(), "Elif Işık")
    edit = languages_edit(editor)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    widget = editor.widgets["languages"]
    type_text(edit, "Turk")
    popup = widget.completer.popup()  # type: ignore[attr-defined]
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "Turkish" in shown and "Turkmen" in shown
    assert popup.accessibleName()
    row = shown.index("Turkish")
    for _ in range(row + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "Turkish, "
    type_text(edit, "germ")
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text().startswith("Turkish, German")
    editor.save()
    qtbot.waitUntil(lambda: app.contacts.count() == 1)
    assert app.contacts.list()[0]["languages"][:2] == ["tr", "de"]


def test_in_kazakh_the_names_are_kazakh_and_typing_a_kazakh_name_works(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    contact = app.contacts.create({"name": "Aigerim Zhaksylykova", "languages": ["kk", "ru"]})
    editor = editor_on(qtbot, app, tasks, contact)
    edit = languages_edit(editor)
    install_language("kk")
    qtbot.waitUntil(lambda: edit.text() == "қазақ тілі, орыс тілі")
    assert not editor.dirty  # named anew, not edited
    edit.end(False)
    type_text(edit, ", түрік тілі")
    editor.save()
    qtbot.waitUntil(lambda: app.contacts.get(contact["id"])["languages"] == ["kk", "ru", "tr"])


def test_an_unknown_language_is_refused_naming_what_was_typed(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    contact = app.contacts.create({"name": "Aigerim Zhaksylykova", "languages": ["kk"]})
    editor = editor_on(qtbot, app, tasks, contact)
    edit = languages_edit(editor)
    edit.end(False)
    type_text(edit, ", Klingonese")
    editor.save()
    qtbot.waitUntil(editor.errors["languages"].isVisible)
    assert "Klingonese" in editor.errors["languages"].text()
    assert app.contacts.get(contact["id"])["languages"] == ["kk"]
