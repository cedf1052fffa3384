"""The Files tab with the keyboard alone and as a screen reader hears it, with screenshots of
its three faces: a file here, a file only on the Secretariat, an error said."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.store.blobs import BlobInfo
from liaison.ui.tasks import TaskManager
from tests.services.test_attachments import from_another_laptop
from tests.ui.accessibility import assert_all_named
from tests.ui.test_attachments_ui import PDF, files_page, make_event


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LIAISON_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def tab_chain(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    chain = []
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def test_the_files_tab_works_with_the_keyboard_alone(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tab into the list, and Enter opens the file at once (the current row is the selected
    one: before, tabbing in made a row current but selected none, so Enter and Delete did
    nothing and Open, Save a copy… and Remove stayed greyed out, off the Tab chain)."""
    event = make_event(app)
    for name in ("Agenda.pdf", "Plan 2024.pdf"):
        path = tmp_path / name
        path.write_bytes(PDF + name.encode())
        app.attachments.attach("event", event["id"], path)
    page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    page.activateWindow()
    chain = tab_chain(qtbot, page.tabs.tabBar(), 5)
    assert chain == [
        panel.view,
        panel.attach_button,
        panel.open_button,
        panel.save_button,
        panel.remove_button,
    ]
    opened: list[Path] = []
    panel.opener = lambda path: opened.append(path) or True  # type: ignore[method-assign]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter opens the current file
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].name == "Agenda.pdf"
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1].name == "Plan 2024.pdf"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # Delete removes the current file
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert [r["name"] for r in app.attachments.for_record("event", event["id"])] == ["Agenda.pdf"]
    assert panel.undo_button.isEnabled()
    chain = tab_chain(qtbot, panel.view, 5)
    assert panel.undo_button in chain  # Undo remove is on the Tab chain once there is something to undo
    panel.undo_button.setFocus()
    qtbot.keyClick(panel.undo_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert_all_named(page)


def test_screenshots_of_a_file_here_one_on_the_secretariat_and_an_error(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event(app)
    here = tmp_path / "Joint Activity Plan 2024.pdf"
    here.write_bytes(PDF)
    app.attachments.attach("event", event["id"], here)
    info = BlobInfo(hashlib.sha256(b"only on the Secretariat").hexdigest(), 3_355_443)
    from_another_laptop(app, "events", event["id"], "Note verbale (Baku).pdf", info)
    page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    folder = shots(tmp_path)
    panel.view.selectRow(0)
    page.grab().save(str(folder / "files_here.png"))
    panel.view.selectRow(1)
    assert panel.model.index(1, 1).data() == "on the Secretariat, 3.2 MB — download"
    page.grab().save(str(folder / "files_on_the_secretariat.png"))

    said: list[str] = []

    def grab_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.grab().save(str(folder / "files_error.png"))
            box.accept()
        else:
            QTimer.singleShot(50, grab_the_box)

    QTimer.singleShot(50, grab_the_box)
    panel.open_button.click()  # no sync here: it is only on the Secretariat, and says so
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "Note verbale (Baku).pdf (3.2 MB) is only on the Secretariat" in said[0]
    for name in ("files_here.png", "files_on_the_secretariat.png", "files_error.png"):
        assert (folder / name).stat().st_size > 0


def test_a_damaged_file_is_refused_on_open_and_the_list_says_what_it_is_now(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event(app)
    source = tmp_path / "Scan.pdf"
    source.write_bytes(PDF + b"0123456789" * 100)
    record = app.attachments.attach("event", event["id"], source).record
    stored = app.attachments.blobs.path(record["sha256"])
    stored.write_bytes(stored.read_bytes().replace(b"0123", b"0124", 1))
    _page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 1).data() == "1 KB"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    opened: list[Path] = []
    panel.opener = lambda path: opened.append(path) or True  # type: ignore[method-assign]
    panel.view.selectRow(0)
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(warnings))
    assert "Scan.pdf" in warnings[0] and "damaged" in warnings[0] and opened == []
    qtbot.waitUntil(
        lambda: panel.model.index(0, 1).data() == "missing from this computer, 1 KB — attach it again"
    )
    shot = shots(tmp_path) / "files_missing.png"
    _page.grab().save(str(shot))
