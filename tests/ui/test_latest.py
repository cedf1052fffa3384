"""``Latest``: reads on the real worker for one widget, of which only the latest is shown
(the briefing dialog's counterparts and papers)."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from liaison.ui.tasks import Latest, TaskManager


def test_an_answer_overtaken_by_a_later_read_is_dropped(qtbot: QtBot, tasks: TaskManager) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[str] = []
    first_may_end = threading.Event()
    latest = Latest(tasks, owner)
    latest.run(lambda: first_may_end.wait(10) and "first", shown.append)
    latest.run(lambda: "second", shown.append)
    first_may_end.set()
    assert tasks.drain()
    assert shown == ["second"]
    latest.run(lambda: "third", shown.append)
    assert tasks.drain()
    assert shown == ["second", "third"]


def test_an_answer_for_a_widget_that_is_gone_is_dropped(tasks: TaskManager) -> None:
    owner = QWidget()
    shown: list[str] = []
    may_end = threading.Event()
    Latest(tasks, owner).run(lambda: may_end.wait(10) and "late", shown.append)
    shiboken6.delete(owner)  # the dialog closed while its read was on its way
    may_end.set()
    assert tasks.drain()
    assert shown == []
