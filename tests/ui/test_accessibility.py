"""Every window and dialog through a screen reader's ears (issue 14, item 5): every interactive
widget has an accessible name, drop-downs announce their label (the value is read beside it),
icon-only buttons are named. See tests/ui/accessibility.py to check a new dialog."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.main_window import MainWindow
from liaison.ui.sections import SECTIONS
from liaison.ui.tasks import TaskManager
from tests.ui.accessibility import unnamed


@pytest.fixture
def sample_window(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> Iterator[MainWindow]:
    main = MainWindow(sample_app, tasks)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.services is not None, timeout=20_000)
    yield main
    assert main.close()


def test_every_section_of_the_main_window_is_named(qtbot: QtBot, sample_window: MainWindow) -> None:
    window = sample_window
    problems: list[str] = []
    for row, section in enumerate(SECTIONS):
        window.nav.setCurrentRow(row)
        page = window.pages.built.get(section.entity) if hasattr(section, "entity") else None
        qtbot.wait(50)
        if page is not None and hasattr(page, "view"):
            page.view.selectRow(0)
            qtbot.wait(50)
        problems += [f"[{row}] {p}" for p in unnamed(window)]
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_every_dialog_is_named(qtbot: QtBot, sample_window: MainWindow, tasks: TaskManager) -> None:
    from liaison.briefing.request import Subject
    from liaison.ui.briefing_dialog import BriefingDialog
    from liaison.ui.duplicates_dialog import DuplicatesDialog
    from liaison.ui.meeting import MeetingMode
    from liaison.ui.meeting.reason_dialog import ReasonDialog
    from liaison.ui.settings_dialog import SettingsDialog
    from liaison.ui.shortcuts_dialog import ShortcutsDialog
    from liaison.ui.sync_dialogs import ConflictInbox, LoginDialog, SyncLogDialog

    window = sample_window
    services = window.services
    assert services is not None
    event = services.events.list(limit=1)[0]
    problems: list[str] = []

    def check(widget: Any) -> None:
        widget.show()
        qtbot.waitExposed(widget)
        problems.extend(f"{type(widget).__name__}: {p}" for p in unnamed(widget))

    # The sample is a training record, which never syncs: its window has no sync controller.
    from liaison.ui.sync_controller import SyncController

    controller = window.sync or SyncController(services, window)
    for dialog in (
        LoginDialog(controller, window),
        ConflictInbox(controller, window),
        SyncLogDialog(controller, window),
        SettingsDialog(services, tasks, window),
        ShortcutsDialog(window),
        BriefingDialog(services, tasks, window, subjects=(Subject("event", event["id"]),), language="en"),
        DuplicatesDialog(services, tasks, window),
    ):
        check(dialog)
        dialog.reject()
    mode = MeetingMode(services, tasks, event["id"])
    qtbot.addWidget(mode)
    check(mode)
    mode.add_action_item()
    check(mode.action_dialog)
    mode.add_bilateral()
    check(mode.bilateral_dialog)
    check(ReasonDialog(mode))
    mode.close()
    assert not problems, "\n".join(problems)
