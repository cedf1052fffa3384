"""Switching the language of the open window, without a restart: real widgets, real translators.

The strongest check compares the window after a switch with a window built in that language from the
start: any text a widget does not set again in ``retranslate`` shows up as a difference.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from liaison import i18n
from liaison.services.app import Liaison
from liaison.ui.i18n import format_date
from liaison.ui.language import current_language, install_language, startup_language
from liaison.ui.main_window import MainWindow
from liaison.ui.meeting import MeetingMode
from liaison.ui.settings_dialog import SettingsDialog
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text

LANGUAGES = ("tr", "az", "kk", "ky", "uz", "hu", "ru")


def texts(root: QWidget) -> set[str]:
    """Every text a person or a screen reader meets in ``root``'s widgets and actions."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget.parentWidget(), QTabBar):
            continue  # Qt's own scroll arrows: QTabBar names them once, at construction
        found.update((widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()))
        if widget.isWindow():
            found.add(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            found.update(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found.update(header.text(i) for i in range(header.columnCount()))
        if isinstance(widget, QMenu):
            found.add(widget.title())
        model = getattr(widget, "model", None)
        if callable(model) and hasattr(widget, "horizontalHeader"):
            columns = model().columnCount()
            found.update(str(model().headerData(c, Qt.Orientation.Horizontal)) for c in range(columns))
            for row in range(min(model().rowCount(), 5)):
                found.update(str(model().index(row, c).data()) for c in range(columns))
    for action in root.findChildren(QAction):
        found.update((action.text(), action.toolTip()))
    found.discard("")
    return found


def build_all_pages(window: MainWindow, qtbot: QtBot) -> None:
    for entity in list(window.pages):
        page = window.show_entity(entity)
        if entity == "today":
            qtbot.waitUntil(lambda page=page: page.loads > 0)
            continue
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
    window.show_entity("contacts")


def discard_edits(window: MainWindow) -> None:
    """Closing asks whether to save unsaved edits (a modal box): a test answers beforehand."""
    for page in window.pages.built.values():
        if page.editor.dirty:
            page.editor.revert()


@pytest.fixture
def window(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> Iterator[MainWindow]:
    main = MainWindow(sample_app, tasks)
    qtbot.addWidget(main, before_close_func=discard_edits)
    main.show()
    yield main


@pytest.fixture
def bishkek(sample_app: Liaison) -> str:
    [event] = [e for e in sample_app.events.list() if e["title"].startswith("5th Meeting")]
    return str(event["id"])


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")
    i18n.set_command_line_language(None)


def test_switching_language_retranslates_the_open_window_and_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, tasks: TaskManager, bishkek: str, english_afterwards: None
) -> None:
    build_all_pages(window, qtbot)
    contacts = window.pages["contacts"]
    contacts.view.selectRow(0)
    qtbot.waitUntil(lambda: contacts.editor.record is not None)
    notes = contacts.editor.widgets["notes"]
    notes.setFocus()
    type_text(notes.edit, "Met at the forum; follow up on the Qazalem portal.")
    assert contacts.editor.dirty
    typed = notes.value()
    mode = MeetingMode.open_window(window.services, tasks, bishkek, window)  # closed below
    mode.go_to(1)
    meeting_notes, item = mode.notes_edit.toPlainText(), mode.current
    name_label = contacts.editor.labels["name"]
    assert (window.nav.item(1).text(), name_label.text()) == ("Contacts", "Name *")

    install_language("kk")
    QCoreApplication.processEvents()

    assert current_language() == "kk"
    assert window.windowTitle() == "Liaison"
    assert [window.nav.item(i).text() for i in range(4)] == [
        "Бүгін",
        "Контактілер",
        "Мекемелер",
        "Іс-шаралар",
    ]
    assert [action.text() for action in window.menuBar().actions()] == [
        "&Файл",
        "&Өту",
        "&Синхрондау",
        "&Анықтама",
    ]
    assert window.quit_action.text() == "&Шығу"
    assert name_label.text() == "Аты *"  # an editor's field labels
    assert contacts.editor.save_button.text() == "&Сақтау"
    assert contacts.filter.placeholderText() == "Сүзгі: контактілер…"
    assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "Аты"
    assert window.sync_label.text() == "Оқу жазбасы: синхрондалмайды"  # the sample: a training record
    assert mode.agree_button.text() == "Хаттаманы &келісу…"
    assert mode.agenda.notes_label.text() == "&Жазбалар"
    assert mode.windowTitle().startswith("Отырыс режимі — ")
    # Nothing typed was lost or saved behind the officer's back, and relabelling is no edit.
    assert contacts.editor.dirty and notes.value() == typed
    assert [e for e, page in window.pages.built.items() if page.editor.dirty] == ["contacts"]
    assert (mode.notes_edit.toPlainText(), mode.current) == (meeting_notes, item)
    # Dates in the lists follow the language (month names).
    events = window.pages["events"]
    first_day = events.model.record(0)["start_date"]
    assert events.model.index(0, 0).data() == QLocale("kk_KZ").toString(first_day, "d MMM yyyy")

    # The switched window says exactly what a window built in Kazakh says.
    fresh = MainWindow(window.services, tasks)
    qtbot.addWidget(fresh, before_close_func=discard_edits)
    fresh.show()
    build_all_pages(fresh, qtbot)
    fresh.pages["contacts"].view.selectRow(0)
    qtbot.waitUntil(lambda: fresh.pages["contacts"].editor.record is not None)
    fresh_mode = MeetingMode.open_window(window.services, tasks, bishkek, fresh)
    fresh_mode.go_to(1)
    QCoreApplication.processEvents()
    assert texts(mode) ^ texts(fresh_mode) == set()
    switched, built = texts(window) - texts(mode), texts(fresh) - texts(fresh_mode)
    assert switched ^ built <= {typed}  # the unsaved notes exist in the switched window only
    fresh_mode.close()

    install_language("en")
    QCoreApplication.processEvents()
    assert (window.nav.item(1).text(), name_label.text(), window.quit_action.text()) == (
        "Contacts",
        "Name *",
        "&Quit",
    )
    mode.close()
    tasks.drain()


def test_every_language_loads_and_its_menus_keep_distinct_accelerators(
    qtbot: QtBot, window: MainWindow, english_afterwards: None
) -> None:
    def accelerators(texts: list[str]) -> list[str]:
        letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
        assert len(letters) == len([t for t in texts if "&" in t])
        return letters

    for language in LANGUAGES:
        assert install_language(language) == language
        QCoreApplication.processEvents()
        assert window.nav.item(1).text() != "Contacts", language
        bar = [action.text() for action in window.menuBar().actions()]
        assert len(set(accelerators(bar))) == 4, (language, bar)  # File, Go, Sync, Help
        for menu in (action.menu() for action in window.menuBar().actions()):
            items = [action.text() for action in menu.actions() if not action.isSeparator()]
            letters = accelerators(items)
            assert len(letters) == len(set(letters)), (language, items)


def test_a_service_error_is_shown_in_the_chosen_language_and_follows_a_switch(
    qtbot: QtBot, window: MainWindow, tasks: TaskManager, english_afterwards: None
) -> None:
    install_language("ru")
    page = window.show_entity("contacts")
    page.new_record()
    page.editor.widgets["latin_name"].set_value("Anonymous")
    page.editor.save()
    error = page.editor.errors["name"]
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Поле «Имя» обязательно."
    install_language("uz")
    QCoreApplication.processEvents()
    assert error.text() == "“Nomi” majburiy."
    tasks.drain()


def test_qt_s_own_dialog_buttons_speak_the_language_too(qtbot: QtBot, english_afterwards: None) -> None:
    expected = {
        "ru": "&Да",
        "kk": "&Иә",
        "az": "&Bəli",
        "ky": "&Ооба",
        "uz": "&Ha",
        "tr": "&Evet",
        "hu": "&Igen",
    }
    for language, yes in expected.items():
        install_language(language)
        box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Yes).text() == yes, language
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel", language


def test_turkish_key_names_are_those_on_the_keyboard(english_afterwards: None) -> None:
    from liaison.ui.meeting import shortcut_text

    install_language("tr")
    assert shortcut_text("Alt+Down", "Ctrl+PgDown") == "Alt+Aşağı, Ctrl+PgDown"  # not Qt's "Seçenek"


def test_dates_follow_the_language(english_afterwards: None) -> None:
    day = date(2023, 11, 22)
    install_language("en")
    assert " ".join(format_date(day).split()) == "22 Nov 2023"  # CLDR chooses the kind of space
    install_language("hu")
    assert " ".join(format_date(day).split()) == "22 nov. 2023"
    install_language("ru")
    assert "нояб" in format_date(day)
    grouped = QLocale().toString(1234567)
    assert grouped.split() == ["1", "234", "567"] and grouped[1].isspace()


def test_settings_choose_the_language_which_switches_at_once_and_is_kept(
    qtbot: QtBot, window: MainWindow, tasks: TaskManager, english_afterwards: None
) -> None:
    dialog = SettingsDialog(window.services, tasks, window)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() is None  # nothing chosen yet: the system's
    assert dialog.language.itemText(0) == "Same as the system (English)"
    dialog.language.setCurrentIndex(dialog.language.findData("hu"))
    dialog.accept()
    QCoreApplication.processEvents()
    assert current_language() == "hu"
    assert window.file_menu.title() == "&Fájl"
    tasks.drain()
    assert window.services.settings.language() == "hu"
    assert startup_language(window.services.settings.language()) == "hu"  # the next start

    again = SettingsDialog(window.services, tasks, window)
    qtbot.addWidget(again)
    assert again.windowTitle() == "Beállítások" and again.language.currentData() == "hu"
    again.language.setCurrentIndex(0)
    again.accept()
    tasks.drain()
    assert window.services.settings.language() is None
    assert current_language() == "en"  # LIAISON_LANGUAGE stands in for the system here


@pytest.mark.parametrize(
    ("language", "offline", "log_headers", "log_label", "save_status"),
    [
        ("kk", "Желіден тыс", ["Қашан", "Әрекет", "Кім", "Себебі"], "Жу&рнал", "Сақтау күйі"),
        ("tr", "Çevrimdışı", ["Ne zaman", "İşlem", "Kim", "Gerekçe"], "G&ünlük", "Kayıt durumu"),
    ],
)
def test_strings_moved_out_of_a_split_class_are_still_translated(
    qtbot: QtBot,
    tasks: TaskManager,
    sample_app: Liaison,
    bishkek: str,
    language: str,
    offline: str,
    log_headers: list[str],
    log_label: str,
    save_status: str,
    english_afterwards: None,
) -> None:
    """A string moved to another class changes its translation context (the class's name): the
    window's sync status (now SyncView), the minutes' log (now MinutesDetailView) and meeting
    mode's save indicator (now SaveStatus) still speak the officer's language."""
    from liaison.ui.minutes_detail import MinutesDetailView

    install_language(language)
    window = MainWindow(None, tasks)
    qtbot.addWidget(window)
    assert window.sync_label.text() == offline
    detail = MinutesDetailView()
    qtbot.addWidget(detail)
    header = detail.log.headerItem()
    assert [header.text(i) for i in range(header.columnCount())] == log_headers
    assert detail.log_label.text() == log_label
    mode = MeetingMode.open_window(sample_app, tasks, bishkek, None)
    try:
        assert mode.save_label.accessibleName() == save_status
    finally:
        mode.close()
        tasks.drain()
