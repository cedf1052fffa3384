"""The window on a record it may not change: a read-only disk (the banner says so, editing is
off, no sync) and a damaged file (the banner and a dialog offering the check and recovery)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from liaison.services.app import Liaison
from liaison.store.engine import DB_FILENAME
from liaison.ui import app as ui_app
from liaison.ui import recovery_dialog
from liaison.ui.record_banner import RecordBanner
from liaison.ui.recovery_dialog import RecoveryDialog
from tests.disk import damage_one_page, malformed, small_disk


def _seed(folder: Path, contacts: int = 1) -> None:
    with Liaison.open(folder) as app:
        app.contacts.create({"name": "Kubanychbek Omuraliev"})
        for number in range(contacts - 1):
            app.contacts.create({"name": f"Contact {number}", "notes": "x" * 200})


def test_a_read_only_disk_opens_for_reading_with_a_banner_and_no_editing(tmp_path: Path, qtbot: Any) -> None:
    with small_disk(tmp_path / "disk") as disk:
        folder = disk.root / "data"
        _seed(folder)
        disk.read_only()
        startup = ui_app.start(folder, offer_sample=False)
        window = startup.window
        qtbot.addWidget(window)
        try:
            qtbot.waitUntil(lambda: startup.opened, timeout=30_000)
            assert startup.banner is not None
            qtbot.waitUntil(startup.banner.isVisible, timeout=5_000)
            assert "read-only" in startup.banner.label.text()
            assert not startup.banner.recover_action.isVisible()
            assert window.sync is None  # nothing to write what a sync brings
            page = window.show_entity("contacts")  # the Today view comes first
            qtbot.waitUntil(lambda: page.model.loaded() == 1, timeout=10_000)
            page.view.selectRow(0)
            qtbot.waitUntil(lambda: page.editor.record is not None, timeout=5000)
            name = page.editor.widgets["name"].findChild(QLineEdit)
            assert name is not None and name.isReadOnly() and name.text() == "Kubanychbek Omuraliev"
            assert not page.new_action.isEnabled() and not page.delete_action.isEnabled()
            assert not page.editor.buttons.isVisible()
        finally:
            window.close()
            startup.close()


def test_a_damaged_record_offers_the_check_and_recovery(
    data_dir: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(data_dir, contacts=300)
    damage_one_page(data_dir / DB_FILENAME)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        recovery_dialog.QProcess,
        "startDetached",
        lambda program, arguments: started.append((program, list(arguments))) or True,
    )
    startup = ui_app.start(data_dir, offer_sample=False)
    window = startup.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: startup.opened, timeout=30_000)
        assert startup.banner is not None and "damaged" in startup.banner.label.text()
        assert startup.banner.recover_action.isVisible()
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog) and w.isVisible()
        ]
        assert len(dialogs) == 1
        dialog = dialogs[0]
        dialog.check_button.click()
        qtbot.waitUntil(dialog.check_button.isEnabled, timeout=30_000)
        assert dialog.report.isVisible() and dialog.report.toPlainText() not in ("", "No damage found.")
        dialog.recover_button.click()
        assert started and started[0][1][-4:] == ["recover", "--wait", "60", "--open"]
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        window.close()
        startup.close()
    # What the dialog started, without reopening the window: the record is recovered.
    program, arguments = started[0]
    result = subprocess.run(
        [program, *arguments[:-1]], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert not malformed(data_dir / DB_FILENAME)
    with Liaison.open(data_dir) as app:
        assert not app.store.read_only and app.contacts.count() > 250


def test_damage_in_a_big_file_is_found_after_opening_and_the_banner_goes_up(
    data_dir: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.store import probe

    _seed(data_dir, contacts=300)
    with Liaison.open(data_dir) as app:
        assert app.rebuild_search_index() >= 300
    damage_one_page(data_dir / DB_FILENAME, table="search_docs")  # not read when the window opens
    monkeypatch.setattr(probe, "QUICK_CHECK_MAX_BYTES", 0)  # as if the file were too big to check at open
    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "open", lambda self: None)
    startup = ui_app.start(data_dir, offer_sample=False)
    window = startup.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: startup.opened, timeout=30_000)
        assert startup.banner is None  # opened writable: the check at open was skipped
        qtbot.waitUntil(
            lambda: startup.services is not None and startup.services.store.damaged, timeout=30_000
        )
        qtbot.waitUntil(
            lambda: any(bar.isVisible() for bar in window.findChildren(RecordBanner)), timeout=5000
        )
        assert probe.damage_mark(data_dir / DB_FILENAME).exists()
    finally:
        window.close()
        startup.close()
