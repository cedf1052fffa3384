"""``liaison sync`` shows its progress on a terminal (one line on stderr, rewritten in place
and cleared before the summary), and nothing of it when stderr is not a terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from liaison.cli.main import main
from liaison.cli.progress import TerminalProgress
from liaison.services.app import Liaison
from liaison.sync import SyncProgress
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.sync.conftest import MemoryKeyring


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_is_rewritten_shows_the_last_count_and_is_cleared() -> None:
    screen = Terminal()
    now = [100.0]
    progress = TerminalProgress(screen, clock=lambda: now[0])
    progress(SyncProgress("push", 0, 1200))
    now[0] += 0.1
    progress(SyncProgress("push", 500, 1200))  # within 0.2 s of the first: skipped
    now[0] += 0.05
    progress(SyncProgress("push", 1200, 1200))  # the last is always shown
    progress.close()
    text = screen.getvalue()
    assert text.startswith("\rSending changes: 0 of 1,200")
    assert "500 of" not in text and "\rSending changes: 1,200 of 1,200" in text
    assert text.endswith("\r" + " " * len("Sending changes: 1,200 of 1,200") + "\r")


def test_nothing_is_written_when_stderr_is_not_a_terminal() -> None:
    log = io.StringIO()
    progress = TerminalProgress(log)
    progress(SyncProgress("pull", 1000, None))
    progress.close()
    assert log.getvalue() == ""


def test_liaison_sync_prints_progress_on_a_terminal(
    tmp_path: Path,
    server: RunningServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.admin.add_institution("Otandastar Qory", "KZ")
    server.admin.add_user("aigerim", "Otandastar Qory")
    folder = tmp_path / "mine"
    with Liaison.open(folder) as app:
        app.contacts.create_many([{"name": f"Contact {n}", "visibility": "shared"} for n in range(1200)])
    monkeypatch.setattr(sys, "stdin", io.StringIO(DEFAULT_PASSWORD + "\n"))
    login = ["login", "--server", server.url, "--user", "aigerim", "--password-stdin"]
    assert main(["--data-dir", str(folder), *login, "--ca-file", str(server.ca_file)]) == 0
    capsys.readouterr()
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    assert main(["--data-dir", str(folder), "sync"]) == 0
    shown = screen.getvalue()
    assert "\rSending changes: 0 of 1,200" in shown and "\rSending changes: 1,200 of 1,200" in shown
    assert shown.endswith("\r")  # cleared: the summary starts on a clean line
    assert "Sent 1201 changes" in capsys.readouterr().out  # and the officer's institution
