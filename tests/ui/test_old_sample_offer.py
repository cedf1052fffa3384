"""The window offers once to remove the sample an older version loaded into the own record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.old_sample import OFFERED
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from tests.services.test_old_sample import load_the_old_way


def open_window(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> MainWindow:
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_offer_removes_the_untouched_sample_and_is_made_once(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    load_the_old_way(app)
    edited = app.contacts.list()[0]
    app.contacts.update(edited["id"], {"notes": "Called about the forum."})
    window = open_window(qtbot, app, tasks)
    window.offer_old_sample_removal()
    qtbot.waitUntil(
        lambda: window.old_sample_box is not None and window.old_sample_box.isVisible(), timeout=15000
    )
    box = window.old_sample_box
    assert box is not None
    assert "earlier version" in box.text() and edited["name"] in box.informativeText()
    box.grab().save(str(tmp_path / "old-sample.png"))
    [remove] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    remove.click()
    qtbot.waitUntil(lambda: app.events.count() == 0, timeout=15000)
    assert [c["id"] for c in app.contacts.list()] == [edited["id"]]
    tasks.drain()
    assert app.settings.get(OFFERED)
    window.offer_old_sample_removal()  # once: never asked again
    tasks.drain()
    qtbot.wait(50)
    assert window.old_sample_box is None


def test_keep_them_keeps_everything_and_is_not_asked_again(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    load_the_old_way(app)
    events = app.events.count()
    window = open_window(qtbot, app, tasks)
    window.offer_old_sample_removal()
    qtbot.waitUntil(
        lambda: window.old_sample_box is not None and window.old_sample_box.isVisible(), timeout=15000
    )
    box = window.old_sample_box
    assert box is not None
    [keep] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    keep.click()
    qtbot.waitUntil(lambda: bool(app.settings.get(OFFERED)))
    assert app.events.count() == events


def test_a_record_without_the_sample_is_not_asked(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    app.contacts.create({"name": "Aliya Nurlanovna"})
    window = open_window(qtbot, app, tasks)
    window.offer_old_sample_removal()
    qtbot.waitUntil(lambda: bool(app.settings.get(OFFERED)))
    assert window.old_sample_box is None
