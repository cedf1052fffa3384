"""The keyboard path through the window (issue 14, item 3): Tab leaves a list for its filter and
the editor (it moved from cell to cell, changing the selected record, so the editor was out of
reach); arrows move within the list; Help → Keyboard shortcuts lists every shortcut there is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.main_window import MainWindow
from liaison.ui.sections import SECTIONS
from liaison.ui.tasks import TaskManager


@pytest.fixture
def sample_window(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> Iterator[MainWindow]:
    main = MainWindow(sample_app, tasks)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.waitUntil(lambda: main.services is not None, timeout=20_000)
    yield main
    assert main.close()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_leaves_every_list_for_its_filter_and_editor(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    for row, section in enumerate(SECTIONS):
        if section.entity == "today":
            continue  # not a list: the Today view (tests/ui/test_today.py)
        window.nav.setCurrentRow(row)
        page = window.pages[section.entity]
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 1, timeout=10_000)
        page.view.selectRow(0)
        page.view.setFocus()
        qtbot.waitUntil(lambda page=page: page.view.hasFocus())
        chosen = page.current()
        # Arrows move within the list.
        QTest.keyClick(page.view, Qt.Key.Key_Down)
        moved = page.current()
        assert moved is not None and moved["id"] != chosen["id"], section.entity
        # Shift+Tab goes to the filter, Tab back to the list, Tab again towards the editor.
        QTest.keyClick(page.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focus() is page.filter, f"{section.entity}: Shift+Tab went to {focus()!r}"
        QTest.keyClick(page.filter, Qt.Key.Key_Tab)
        steps = 0
        while not page.tabs.isAncestorOf(focus()) and steps < 8:
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
            steps += 1
        assert page.tabs.isAncestorOf(focus()), f"{section.entity}: Tab never reached the editor"
        assert page.current()["id"] == moved["id"], f"{section.entity}: Tab changed the selected record"
        # and on, into the editor's fields.
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        assert page.editor.isAncestorOf(focus()) or page.tabs.isAncestorOf(focus())


def test_no_table_moves_between_cells_with_tab(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    for row in range(len(SECTIONS)):
        window.nav.setCurrentRow(row)
    tables = window.findChildren(QTableView)
    assert len(tables) >= len(SECTIONS)
    assert [t for t in tables if t.tabKeyNavigation()] == []


def test_help_lists_every_shortcut_of_the_window_and_meeting_mode(
    qtbot: QtBot, sample_window: MainWindow
) -> None:
    from liaison.ui.meeting import MeetingMode

    window = sample_window
    window.help_menu.aboutToShow.emit()
    assert window.shortcuts_action in window.help_menu.actions()
    assert not window.shortcuts_action.shortcut().isEmpty()  # F1
    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitExposed(dialog)
    listed = dialog.listed()  # (what, key text) pairs
    keys = {key for _what, key in listed}
    # Every shortcut of every action of the window and of its pages is there…
    expected = set()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            expected.add(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    services = window.services
    assert services is not None
    event = services.events.list(limit=1)[0]
    mode = MeetingMode(services, window.tasks, event["id"])
    qtbot.addWidget(mode)
    for action in mode.actions():
        for sequence in action.shortcuts():
            expected.add(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    mode.close()
    assert expected - keys == set()
    assert {"Ctrl+N", "Ctrl+K", "F9", "Alt+Down", "Ctrl+Shift+A"} <= keys
    # …named as the officer reads it, in the window's language.
    assert all(what and "&" not in what.replace("&&", "") for what, _key in listed)
    dialog.close()
    assert isinstance(window.pages[SECTIONS[1].entity].view, QAbstractItemView)
