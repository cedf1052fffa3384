"""The training record in the window: its own window, a banner, a way back, a way to remove it."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.sample import training_dir
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from liaison.ui.training import TrainingBanner
from liaison.ui.welcome import WelcomeDialog

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
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: dialog.training.click() or dialog.result())
    own.offer_sample_data()  # the first-run welcome: "Open the training record"
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


def test_the_welcome_asks_who_the_officer_is_and_settings_keep_it(
    qtbot: QtBot, own: MainWindow, app: Liaison, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.services.settings import DEFAULT_VISIBILITY, HOME_INSTITUTION, OFFICER_NAME
    from liaison.ui.settings_dialog import SettingsDialog

    def fill(dialog: WelcomeDialog) -> int:
        dialog.name.setText("Aigerim Zhaksylykova")
        dialog.institution.setEditText("Otandastar Qory")  # typed: made, with its state
        dialog.state.setCurrentIndex(dialog.state.findData("KZ"))
        dialog.start.click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fill)
    own.offer_sample_data()
    tasks.drain()
    qtbot.waitUntil(lambda: app.settings.get(OFFICER_NAME) == "Aigerim Zhaksylykova")
    [home] = app.institutions.list()
    assert (home["name"], home["state_code"]) == ("Otandastar Qory", "KZ")
    assert app.settings.get(HOME_INSTITUTION) == home["id"]
    assert own.training_window is None

    dialog = SettingsDialog(app, tasks, own)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Aigerim Zhaksylykova"
    assert dialog.institution.currentData() == home["id"]
    dialog.visibility.setCurrentIndex(dialog.visibility.findData("shared"))
    dialog.name.setText("A. Zhaksylykova")
    dialog.accept()
    tasks.drain()
    assert (
        app.settings.get(DEFAULT_VISIBILITY) == "shared"
        and app.settings.get(OFFICER_NAME) == "A. Zhaksylykova"
    )
    assert app.contacts.create({"name": "New contact"})["visibility"] == "shared"  # the default chosen

    # Agreeing minutes from the window records who (before: "By" was empty)
    event = app.events.create({"kind": "summit", "title": "Summit", "start_date": date(2024, 11, 6)})
    minutes = app.minutes.create({"event_id": event["id"]})
    app.minutes.agree(minutes["id"])  # what the window's Agree does when no name is passed
    [entry] = app.minutes_log.list({"minutes_id": minutes["id"]})
    assert entry["by_name"] == "A. Zhaksylykova"
