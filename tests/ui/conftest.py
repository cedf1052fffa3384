"""Fixtures for the desktop tests: real widgets on Qt's offscreen platform, real SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from liaison.services.app import Liaison
from liaison.ui.tasks import TaskManager


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
