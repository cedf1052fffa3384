"""The window says which file a sync could not send, and why, in its sync log: through a real
Secretariat server over HTTPS on loopback."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from liaison.ui.main_window import MainWindow
from tests.secretariat.server import RunningServer
from tests.ui.test_sync_ui import WAIT, sign_in

PDF = b"%PDF-1.7\n" + b"0123456789" * 5000 + b"\n%%EOF\n"


def test_a_file_held_back_is_named_in_the_sync_log(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    services = window.services
    contact = services.contacts.create({"name": "Bakyt", "visibility": "institution"})
    source = tmp_path / "Plan 2024.pdf"
    source.write_bytes(PDF)
    record = services.attachments.attach("contact", contact["id"], source).record
    stored = services.attachments.blobs.path(record["sha256"])
    stored.write_bytes(PDF.replace(b"0123", b"0124", 1))  # damaged on the disk
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: any(e.text.startswith("Not sent") for e in sync.log), timeout=WAIT)
    (entry,) = [e for e in sync.log if e.text.startswith("Not sent")]
    assert not entry.ok
    assert "Plan 2024.pdf" in entry.text and "damaged" in entry.text
