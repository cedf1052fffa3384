"""The operator's commands on a live server: list, reset a password, disable and enable, back up."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.secretariat.test_cli import run


def status(server: RunningServer, token: str) -> int:
    with server.client(token) as http:
        return http.get("/v1/status").status_code


def login_status(server: RunningServer, username: str, password: str) -> int:
    with server.client() as http:
        answer = http.post("/v1/login", json={"username": username, "password": password, "device_name": "x"})
        return answer.status_code


@pytest.fixture
def accounts(server: RunningServer) -> RunningServer:
    server.admin.add_institution("Otandastar Qory", "KZ")
    server.admin.add_institution("Diaspora Committee", "AZ")
    server.admin.add_user("aigerim", "Otandastar Qory")
    server.admin.add_user("nurlan", "Otandastar Qory")
    server.admin.add_user("leyla", "Diaspora Committee")
    return server


def test_lists_of_institutions_and_users(capsys: pytest.CaptureFixture[str], accounts: RunningServer) -> None:
    accounts.login("aigerim")
    accounts.login("aigerim", device="second laptop")
    accounts.admin.revoke("nurlan")
    db = ("--db", accounts.db_url)
    code, out, err = run(capsys, *db, "list-users", "--json")
    assert (code, err) == (0, "")
    users = {user["username"]: user for user in json.loads(out)}
    assert list(users) == ["aigerim", "leyla", "nurlan"]
    assert users["aigerim"] | {"created_at": ""} == {
        "username": "aigerim",
        "institution": "Otandastar Qory",
        "disabled": False,
        "devices": 2,
        "created_at": "",
    }
    assert users["nurlan"]["disabled"] is True and users["leyla"]["devices"] == 0
    code, out, _err = run(capsys, *db, "list-institutions", "--json")
    assert code == 0
    assert [(i["name"], i["state"], i["active_users"]) for i in json.loads(out)] == [
        ("Diaspora Committee", "AZ", 1),
        ("Otandastar Qory", "KZ", 1),
    ]
    code, out, _err = run(capsys, *db, "list-users")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["username", "institution", "disabled", "devices", "created_at"]
    assert lines[1].startswith("aigerim") and "Otandastar Qory" in lines[1] and len(lines) == 4


def test_reset_password_ends_every_token_and_takes_the_new_password(
    capsys: pytest.CaptureFixture[str], accounts: RunningServer
) -> None:
    token = accounts.login("aigerim")
    other = accounts.login("leyla")
    code, out, err = run(
        capsys,
        "--db",
        accounts.db_url,
        "reset-password",
        "aigerim",
        "--password-stdin",
        stdin="new secret here\n",
    )
    assert (code, err) == (0, "") and "1 device token(s) ended" in out
    assert status(accounts, token) == 401  # whoever signed in with the old password is out
    assert status(accounts, other) == 200  # nobody else is
    assert login_status(accounts, "aigerim", DEFAULT_PASSWORD) == 401
    assert login_status(accounts, "aigerim", "new secret here") == 200
    code, _out, err = run(
        capsys, "--db", accounts.db_url, "reset-password", "aigerim", "--password-stdin", stdin="short\n"
    )
    assert code == 2 and "at least 8" in err
    assert login_status(accounts, "aigerim", "new secret here") == 200  # a refused reset changes nothing
    code, _out, err = run(
        capsys, "--db", accounts.db_url, "reset-password", "nobody", "--password-stdin", stdin="long enough\n"
    )
    assert code == 1 and "no user named “nobody”" in err


def test_disable_stops_a_user_at_once_and_enable_lets_the_same_laptops_sync_again(
    capsys: pytest.CaptureFixture[str], accounts: RunningServer
) -> None:
    token = accounts.login("aigerim")
    db = ("--db", accounts.db_url)
    code, out, _err = run(capsys, *db, "disable-user", "aigerim")
    assert code == 0 and "disabled" in out
    assert status(accounts, token) == 401
    assert login_status(accounts, "aigerim", DEFAULT_PASSWORD) == 401
    code, out, _err = run(capsys, *db, "disable-user", "aigerim")
    assert code == 0 and "already disabled" in out
    code, out, _err = run(capsys, *db, "enable-user", "aigerim")
    assert code == 0 and "enabled" in out and "already" not in out
    assert status(accounts, token) == 200  # no new sign-in needed
    # revoke ends the tokens too: enabling afterwards needs a new sign-in
    accounts.admin.revoke("aigerim")
    run(capsys, *db, "enable-user", "aigerim")
    assert status(accounts, token) == 401
    assert login_status(accounts, "aigerim", DEFAULT_PASSWORD) == 200
    code, _out, err = run(capsys, *db, "disable-user", "nobody")
    assert code == 1 and "no user named “nobody”" in err


def test_backup_copies_a_live_sqlite_database_whole(
    capsys: pytest.CaptureFixture[str], db_url: str, accounts: RunningServer, tmp_path: Path
) -> None:
    target = tmp_path / "backups" / "secretariat-2026-12-06.sqlite3"
    if not db_url.startswith("sqlite"):
        code, _out, err = run(capsys, "--db", db_url, "backup", str(target))
        assert code == 1 and "pg_dump" in err and err.count("\n") == 1
        assert not target.parent.exists()
        return
    accounts.login("aigerim")  # the server is running and has written
    code, _out, err = run(capsys, "--db", db_url, "backup", str(target))
    assert code == 2 and "does not exist" in err
    target.parent.mkdir()
    code, out, err = run(capsys, "--db", db_url, "backup", str(target))
    assert (code, err) == (0, "") and "backed up" in out
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
        names = [row[0] for row in copy.execute("SELECT username FROM users ORDER BY username")]
        assert names == ["aigerim", "leyla", "nurlan"]
        assert copy.execute("SELECT count(*) FROM devices").fetchone() == (1,)
    finally:
        copy.close()
    # the copy is a Secretariat database: a server can run on it
    code, out, _err = run(capsys, "--db", f"sqlite:///{target}", "list-institutions", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    code, _out, err = run(capsys, "--db", db_url, "backup", str(target))
    assert code == 1 and "already exists" in err and "--force" in err
    code, _out, _err = run(capsys, "--db", db_url, "backup", str(target), "--force")
    assert code == 0
    assert sorted(path.name for path in target.parent.iterdir()) == [target.name]  # no partial file left
    code, _out, err = run(capsys, "--db", db_url, "backup", str(target.parent), "--force")
    assert code == 2 and "folder" in err


def test_backup_of_an_uninitialised_database_is_exit_3(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = run(capsys, "--db", str(tmp_path / "empty.sqlite3"), "backup", str(tmp_path / "copy"))
    assert code == 3 and "run 'init' first" in err
    assert not (tmp_path / "copy").exists()


def test_a_backup_copy_and_a_declared_restore_are_new_epochs(
    capsys: pytest.CaptureFixture[str], db_url: str, accounts: RunningServer, tmp_path: Path
) -> None:
    """Issue 12 §3: serving a backup copy, or a database declared ``restored`` (after pg_restore),
    is a new epoch that starts at the database's sequence number, and the running server refuses
    (409) a push or pull made in the epoch before."""
    token = accounts.login("aigerim")
    with accounts.client(token) as http:
        before = http.get("/v1/status").json()
    if db_url.startswith("sqlite"):
        target = tmp_path / "copy.sqlite3"
        assert run(capsys, "--db", db_url, "backup", str(target))[0] == 0
        copy = sqlite3.connect(target)
        try:
            epoch, since = copy.execute("SELECT epoch, since_seq FROM server_epoch").fetchone()
        finally:
            copy.close()
        assert epoch != before["epoch"] and since == before["server_seq"]
    code, out, err = run(capsys, "--db", db_url, "restored")
    assert (code, err) == (0, "") and "new epoch" in out
    with accounts.client(token) as http:
        after = http.get("/v1/status").json()
        refused = http.get("/v1/changes", params={"after": 0}, headers={"Liaison-Epoch": before["epoch"]})
    assert after["epoch"] != before["epoch"] and after["epoch_seq"] == after["server_seq"]
    assert refused.status_code == 409 and refused.json()["error"] == "server_restored"
