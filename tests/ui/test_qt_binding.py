"""The Qt binding we run on must not corrupt the interpreter.

PySide6 6.12.0 takes a reference off ``None`` on every Qt call that returns nothing; on Python
3.11 ``None``'s count reaches zero after a few thousand calls and the interpreter aborts. The
pin in pyproject.toml keeps that release out; this test keeps any later one out too.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_leave_none_refcount_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Омуралиев")
        label.setEnabled(True)
    assert sys.getrefcount(None) - before > -50
