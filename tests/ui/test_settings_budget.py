"""File → Settings: the background download budget (``sync.download_budget_mb``), a spin box in
megabytes stored through the settings service on the worker, read by the sync's background
download (:func:`liaison.sync.files.budget_bytes`)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.sync.files import DOWNLOAD_BUDGET_MB, budget_bytes
from liaison.ui.language import install_language
from liaison.ui.settings_dialog import MAX_BUDGET_MB, SettingsDialog
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import hold_widget


def open_settings(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> SettingsDialog:
    dialog = SettingsDialog(app, tasks)
    hold_widget(qtbot, dialog)
    dialog.show()
    return dialog


def test_the_budget_is_shown_changed_and_kept(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    dialog = open_settings(qtbot, app, tasks)
    budget = dialog.budget
    assert budget.value() == 50 and budget.text() == "50 MB"  # the default, in megabytes
    assert budget.minimum() == 0 and budget.maximum() == MAX_BUDGET_MB
    assert budget.accessibleName() == "Download in the background, up to (MB per sync)"
    assert "0: never in the background" in budget.toolTip()
    assert dialog.budget_label.buddy() is budget
    shot = os.environ.get("LIAISON_SCREENSHOTS")
    if shot:
        dialog.grab().save(str(Path(shot) / "settings-budget.png"))
    budget.setValue(200)
    dialog.accept()
    tasks.drain()
    assert budget_bytes(app) == 200 * 1024 * 1024  # what the next sync downloads by itself

    again = open_settings(qtbot, app, tasks)
    assert again.budget.value() == 200
    again.budget.setValue(0)
    assert again.budget.text() == "Never (each file downloads when opened)"
    again.accept()
    tasks.drain()
    assert budget_bytes(app) == 0


def test_a_fraction_stored_elsewhere_is_kept_unless_changed(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    app.settings.set(DOWNLOAD_BUDGET_MB, 0.5)  # liaison settings set sync.download_budget_mb 0.5
    dialog = open_settings(qtbot, app, tasks)
    assert dialog.budget.value() == 0  # shown rounded
    dialog.name.setText("A. Officer")
    dialog.accept()
    tasks.drain()
    assert app.settings.get(DOWNLOAD_BUDGET_MB) == 0.5


def test_the_budget_speaks_the_window_s_language(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    dialog = open_settings(qtbot, app, tasks)
    install_language("kk")
    QCoreApplication.processEvents()  # the LanguageChange event
    try:
        assert dialog.budget.text() == "50 МБ"
        assert dialog.budget.accessibleName() != "Download in the background, up to (MB per sync)"
        assert "МБ" in dialog.budget.toolTip() or "мегабайт" in dialog.budget.toolTip()
    finally:
        install_language("en")
