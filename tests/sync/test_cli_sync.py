"""``liaison login / sync / conflicts / logout`` in-process and as the real console script:
output for people and for scripts, and one clear line on stderr with exit code 1 on failure."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.cli.main import main
from liaison.services.app import Liaison
from liaison.sync import RetryPolicy, transport
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.sync.conftest import MemoryKeyring


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(folder), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def accounts(server: RunningServer) -> RunningServer:
    server.admin.add_institution("Otandastar Qory", "KZ")
    server.admin.add_user("aigerim", "Otandastar Qory")
    server.admin.add_user("nurlan", "Otandastar Qory")
    return server


def test_login_sync_conflicts_logout(
    tmp_path: Path,
    accounts: RunningServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = accounts
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    for folder, user in ((mine, "aigerim"), (theirs, "nurlan")):
        code, out, err = run(
            capsys, monkeypatch, folder, "login", "--server", server.url, "--user", user,
            "--password-stdin", "--ca-file", str(server.ca_file), stdin=DEFAULT_PASSWORD + "\n",
        )  # fmt: skip
        assert code == 0 and err == "" and f"Logged in to {server.url} as {user} (Otandastar Qory)." in out
    code, out, _ = run(
        capsys, monkeypatch, mine, "contact", "add", "--name", "Bakyt", "--visibility", "shared", "--json"
    )
    contact = json.loads(out)["id"]
    code, out, err = run(capsys, monkeypatch, mine, "sync")
    assert code == 0 and err == "" and out.startswith("Sent 2 changes")
    code, out, err = run(capsys, monkeypatch, theirs, "sync", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["pulled"] == 2 and summary["requests"] == 1

    run(capsys, monkeypatch, mine, "contact", "edit", contact, "--position", "Minister")
    run(capsys, monkeypatch, theirs, "contact", "edit", contact, "--position", "Deputy Minister")
    run(capsys, monkeypatch, mine, "sync")
    code, out, _ = run(capsys, monkeypatch, theirs, "sync")
    assert "1 new conflicts, 1 open" in out and "liaison conflicts" in out
    code, out, _ = run(capsys, monkeypatch, theirs, "conflicts")
    assert "Minister" in out and "Deputy Minister" in out and "Bakyt" in out
    code, out, _ = run(capsys, monkeypatch, theirs, "conflicts", "--json")
    (conflict,) = json.loads(out)
    assert conflict["fields"]["position"] == {"base": None, "server": "Minister", "client": "Deputy Minister"}
    code, out, _ = run(capsys, monkeypatch, theirs, "conflicts", "--resolve", conflict["id"])
    assert code == 0 and "No conflicts." in out
    code, _, err = run(capsys, monkeypatch, theirs, "conflicts", "--resolve", conflict["id"])
    assert code == 1 and err.strip() == f"liaison: error: There is no open conflict {conflict['id']}."

    code, out, err = run(capsys, monkeypatch, mine, "logout")
    assert code == 0 and "revoked" in out
    code, out, err = run(capsys, monkeypatch, mine, "sync")
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "log in again" in err


@pytest.mark.parametrize(
    ("arguments", "stdin", "expected"),
    [
        (["--server", "http://sync.example.org", "--user", "aigerim"], "x\n", "Refusing to talk to"),
        (
            ["--server", "https://127.0.0.1:1", "--user", "aigerim"],
            "pw\n",
            "Cannot reach the Secretariat server",
        ),
        (["--user", "aigerim", "--ca-file", "/nonexistent/ca.pem"], "pw\n", "cannot be used: no such file"),
        (["--user", "aigerim"], "wrong password\n", "refused the user name or the password"),
        (["--user", "aigerim"], "\n", "The password is empty."),
    ],
)
def test_login_failures_are_one_line(
    tmp_path: Path,
    accounts: RunningServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    stdin: str,
    expected: str,
) -> None:
    if "--server" not in arguments:
        arguments = ["--server", accounts.url, *arguments]
    if "--ca-file" not in arguments:
        arguments = [*arguments, "--ca-file", str(accounts.ca_file)]
    # the command line waits between tries as the product does; here the waits are zero
    monkeypatch.setattr(transport, "RetryPolicy", lambda: RetryPolicy(attempts=2, base=0, cap=0))
    code, out, err = run(
        capsys, monkeypatch, tmp_path / "data", "login", *arguments, "--password-stdin", stdin=stdin
    )
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("liaison: error: ") and expected in err


def test_the_console_script_without_a_keyring(tmp_path: Path, accounts: RunningServer) -> None:
    """No keyring here (no Secret Service): login warns that the sign-in lasts for the command;
    ``sync --password-stdin`` logs in and syncs in one process."""
    script = Path(sys.executable).with_name("liaison")
    argv = [str(script)] if script.exists() else [sys.executable, "-m", "liaison"]
    env = {k: v for k, v in os.environ.items() if k != "LIAISON_DATA_DIR"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    folder = str(tmp_path / "data")

    def console(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*argv, "--data-dir", folder, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    login = console(
        "login", "--server", accounts.url, "--user", "aigerim", "--password-stdin", "--ca-file",
        str(accounts.ca_file), stdin=DEFAULT_PASSWORD,
    )  # fmt: skip
    assert login.returncode == 0, login.stderr
    assert "no system keyring is available" in login.stderr
    later = console("sync")
    assert later.returncode == 1 and "log in again" in later.stderr
    both = console("sync", "--json", "--password-stdin", stdin=DEFAULT_PASSWORD + "\n")
    assert both.returncode == 0, both.stderr
    assert json.loads(both.stdout)["pending"] == 0
    with Liaison.open(folder) as app:
        assert app.pending_changes() == 0
