"""Fixtures for the desktop tests: real widgets on Qt's offscreen platform, real SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from liaison.services.app import Liaison
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from tests.secretariat.server import RunningServer, database_url, running_server
from tests.sync.conftest import MemoryKeyring


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """The window's English as ``make_application`` installs it (plural forms included), and
    English again after a test that switched languages."""
    from liaison.ui.language import install_language

    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def tasks(qapp: object) -> Iterator[TaskManager]:
    """The serialized database worker, drained and stopped after the test."""
    manager = TaskManager()
    try:
        yield manager
    finally:
        manager.drain()
        manager.shutdown()


@pytest.fixture
def sample_app(app: Liaison) -> Liaison:
    """An open data directory holding the sample record."""
    from liaison.services.sample import load_sample_data

    load_sample_data(app)
    return app


def hold_widget(qtbot: QtBot, widget: QWidget) -> None:
    """``qtbot.addWidget``, holding the widget until the test's teardown closes it and deletes it
    on the GUI thread.

    A widget without a parent is owned by its Python wrapper. Dialogs hold reference cycles (a
    lambda that names ``self``), so once the test drops them the cyclic garbage collector frees
    them, on whatever thread happens to run it: the database worker, still finishing the
    dialog's reads, deleted a briefing dialog's C++ widgets under the GUI thread's painting
    (a segmentation fault in the tests; in the window every dialog has a parent that owns it)."""
    qtbot.addWidget(widget, before_close_func=lambda _widget, held=widget: None)


def type_text(widget: object, text: str) -> None:
    """Type ``text`` into ``widget`` as key events, one character at a time.

    ``QTest.keyClicks`` only knows ASCII (it asserts on "ı" or "Ω"); officers type Turkish,
    Azerbaijani and Cyrillic, so the tests send the characters the way a keyboard layout does.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


# -- sync: a real Secretariat server over HTTPS on loopback, and a window on an empty record --
@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with database_url("sqlite", tmp_path) as url, running_server(url, tmp_path) as running:
            running.admin.add_institution("Otandastar Qory", "KZ")
            running.admin.add_institution("State Committee on Diaspora Affairs", "AZ")
            for name in ("aigerim", "abzal"):
                running.admin.add_user(name, "Otandastar Qory")
            running.admin.add_user("leyla", "State Committee on Diaspora Affairs")  # another institution
            yield running
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> Iterator[MainWindow]:
    main = MainWindow(app, tasks)
    qtbot.addWidget(main)
    main.show()
    yield main
    assert main.close()
