"""The training record in the window: its own window, a banner, a way back, a way to remove it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.sample import training_dir
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from liaison.ui.training import TrainingBanner

SHOTS = Path(os.environ.get("LIAISON_SCREENSHOTS", "/nonexistent"))
"""Where to save screenshots for a review (only when the variable names a folder)."""


@pytest.fixture
def own(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> MainWindow:
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_sample_opens_in_a_training_window_and_never_in_the_own_record(
    qtbot: QtBot, own: MainWindow, app: Liaison, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.buttons()[0].click()
    )  # "Open the training record"
    own.offer_sample_data()
    qtbot.waitUntil(lambda: own.training_window is not None, timeout=10000)
    training = own.training_window
    assert training is not None
    qtbot.waitUntil(lambda: training.pages["contacts"].model.rowCount() > 0, timeout=20000)
    services = training.services
    assert services is not None and services.data_dir == training_dir(app.data_dir)
    assert app.events.count() == 0 and app.contacts.count() == 0  # before: 226 records went in here
    banner = training.training_banner
    assert isinstance(banner, TrainingBanner) and banner.isVisible()
    assert (
        "Training record" in banner.label.text() and "ever synced with the Secretariat" in banner.label.text()
    )
    assert banner.back_button.isVisible() and banner.remove_button.isVisible()
    assert training.sync is None  # no sync controller: nothing is even tried
    assert not training.sync_now_action.isEnabled() and not training.sign_in_action.isEnabled()
    assert training.sync_label.text() == "Training record: never synced"
    assert own.training_banner is None and own.sync is not None
    if SHOTS.is_dir():
        training.resize(1280, 800)
        training.grab().save(str(SHOTS / "training-banner.png"))

    events = services.events.count()
    own.open_training()  # again: the same window is raised, nothing loads twice
    assert own.training_window is training
    assert services.events.count() == events

    banner.back.emit()  # "Back to my record" closes the training window
    qtbot.waitUntil(lambda: own.training_window is None)


def test_removing_the_training_record_from_its_banner(
    qtbot: QtBot, own: MainWindow, app: Liaison, monkeypatch: pytest.MonkeyPatch
) -> None:
    own.open_training()
    qtbot.waitUntil(lambda: own.training_window is not None, timeout=10000)
    training = own.training_window
    assert training is not None
    qtbot.waitUntil(
        lambda: training.services is not None and training.services.events.count() > 0, timeout=20000
    )
    training.tasks.drain()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    training.training_banner.remove.emit()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: own.training_window is None)
    assert not training_dir(app.data_dir).exists()
    assert app.events.count() == 0
