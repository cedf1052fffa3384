"""What monitoring and the operator see: /healthz, the access log, and serve's process options."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore, WrongCredentialsError
from tests.secretariat.processes import SCRIPT, TlsFiles, serving
from tests.secretariat.server import HEADERS, POSTGRES_ENV, Admin, RunningServer, database_url
from tests.secretariat.test_cli import run
from tests.sync.conftest import NO_WAIT, MemoryKeyring

LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (?P<client>\S+) (?P<method>[A-Z]+) (?P<path>\S+) "
    r"(?P<status>\d{3}) \d+\.\dms (?P<user>\S+)$"
)


def access_lines(log: str) -> list[dict[str, str]]:
    return [match.groupdict() for line in log.splitlines() if (match := LINE.match(line))]


def test_healthz_touches_the_database(server: RunningServer) -> None:
    with server.client(headers={"Liaison-Protocol": ""}) as http:  # no protocol headers needed
        answer = http.get("/healthz")
        assert answer.status_code == 200 and answer.json() == {"status": "ok", "database": "ok", "schema": 4}
        with server.admin.db.engine.begin() as connection:
            connection.exec_driver_sql("ALTER TABLE server_meta RENAME TO server_meta_away")
        try:
            answer = http.get("/healthz")
            assert answer.status_code == 503 and answer.json()["status"] == "unavailable"
            assert "server_meta" not in answer.text  # the reason is for the log, not the caller
        finally:
            with server.admin.db.engine.begin() as connection:
                connection.exec_driver_sql("ALTER TABLE server_meta_away RENAME TO server_meta")
        assert http.get("/healthz").status_code == 200


@pytest.mark.slow
def test_the_access_log_names_users_and_never_holds_a_token_or_password(tmp_path: Path) -> None:
    """The real serve: a laptop logs in and syncs; every request is one line, and the captured
    standard error holds neither the password nor the device token."""
    password = "Sécret pass 4 the log"
    tls = TlsFiles.make(tmp_path)
    with database_url("sqlite", tmp_path) as url, serving(url, tls, tmp_path / "serve.log") as server:
        admin = Admin(url)
        admin.add_institution("Otandastar Qory", "KZ")
        admin.add_user("aigerim", "Otandastar Qory", password)
        admin.close()
        keyring = MemoryKeyring()
        with (
            Liaison.open(tmp_path / "laptop") as app,
            SyncClient(app, tokens=TokenStore(keyring), retry=NO_WAIT) as client,
        ):
            client.login(server.url, "aigerim", password, ca_file=str(tls.ca_file))
            app.contacts.create({"name": "Gulnara Batyrova", "visibility": "shared"})
            assert client.sync().pushed >= 1
            bad = server.get("/v1/status", headers={**HEADERS, "Authorization": "Bearer not-a-token-xyz"})
            assert bad.status_code == 401
            failed_login = SyncClient(app, tokens=TokenStore(MemoryKeyring()), retry=NO_WAIT)
            with pytest.raises(WrongCredentialsError):
                failed_login.login(server.url, "aigerim", "wrong password typed", ca_file=str(tls.ca_file))
            failed_login.close()
        [token] = keyring.passwords.values()
    log = server.log_text()
    for secret in (password, token, "not-a-token-xyz", "wrong password typed", "Bearer"):
        assert secret not in log
    lines = access_lines(log)
    requests = [(line["method"], line["path"], line["status"], line["user"]) for line in lines]
    assert ("POST", "/v1/login", "200", "aigerim") in requests
    assert ("POST", "/v1/push", "200", "aigerim") in requests
    assert ("GET", "/v1/changes", "200", "aigerim") in requests
    assert ("GET", "/v1/status", "401", "-") in requests
    assert ("POST", "/v1/login", "401", "-") in requests
    assert "after=" not in log  # no query strings
    assert {line["client"] for line in lines} == {"127.0.0.1"}


@pytest.mark.slow
def test_behind_a_trusted_proxy_the_log_shows_the_officers_address(tmp_path: Path) -> None:
    tls = TlsFiles.make(tmp_path)
    forwarded = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
    with database_url("sqlite", tmp_path) as url:
        with serving(url, tls, tmp_path / "trusting.log", "--forwarded-allow-ips", "127.0.0.1") as server:
            assert server.get("/healthz", headers=forwarded).status_code == 200
        assert [line["client"] for line in access_lines(server.log_text())][-1] == "203.0.113.7"
        with serving(url, tls, tmp_path / "direct.log") as server:  # anyone may send the header
            assert server.get("/healthz", headers=forwarded).status_code == 200
        assert {line["client"] for line in access_lines(server.log_text())} == {"127.0.0.1"}


def test_a_request_cannot_forge_a_log_line(tmp_path: Path) -> None:
    from liaison.secretariat.access_log import line

    scope = {
        "client": ("127.0.0.1", 1),
        "method": "GET",
        "path": "/x\n2026-01-01T00:00:00.000Z 1.2.3.4 GET / 200",
    }
    written = line(scope, 404, 0.001, None)
    assert "\n" not in written and LINE.match(written) and " 404 " in written


def test_workers_need_postgresql(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    tls = TlsFiles.make(tmp_path)
    with database_url("sqlite", tmp_path) as url:
        pem = ("--cert", str(tls.cert_file), "--key", str(tls.key_file))
        code, _out, err = run(capsys, "--db", url, "serve", "--workers", "2", *pem)
        assert code == 2 and "PostgreSQL" in err and err.count("\n") == 1
        code, _out, err = run(capsys, "--db", url, "serve", "--workers", "0", *pem)
        assert code == 2 and "1 to 64" in err


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs PostgreSQL: set {POSTGRES_ENV}")
def test_workers_stop_together(tmp_path: Path) -> None:
    """A worker that dies takes the service down (non-zero, for systemd to restart it whole); a
    supervisor killed outright leaves no worker serving on as an orphan."""
    tls = TlsFiles.make(tmp_path)
    with database_url("postgres", tmp_path) as url:
        with serving(url, tls, tmp_path / "one.log", "--workers", "2") as server:
            first, second = server.worker_pids()
            os.kill(first, signal.SIGKILL)
            assert server.process.wait(30) == 1
            assert "a worker stopped" in server.log_text()
            _wait_gone(second)
        with serving(url, tls, tmp_path / "two.log", "--workers", "2") as server:
            workers = server.worker_pids()
            server.process.kill()
            server.process.wait(30)
            for pid in workers:
                _wait_gone(pid)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs PostgreSQL: set {POSTGRES_ENV}")
def test_workers_of_a_supervisor_killed_while_they_start_stop_too(tmp_path: Path) -> None:
    """The supervisor killed before its workers have finished starting (a busy machine takes
    seconds to start one): they still notice and stop. Before, a worker that read its parent's
    pid after the supervisor's death watched its new parent (init) and served on for good."""
    tls = TlsFiles.make(tmp_path)
    with database_url("postgres", tmp_path) as url, open(tmp_path / "serve.log", "wb") as log:
        command = [SCRIPT, "--db", url, "serve", "--port", "0", "--cert", str(tls.cert_file)]
        process = subprocess.Popen(
            [*command, "--key", str(tls.key_file), "--workers", "2"], stdout=log, stderr=log
        )
        try:
            workers: list[int] = []
            deadline = time.monotonic() + 60
            while len(workers) < 2:  # spawned: their interpreters are starting, not yet serving
                assert time.monotonic() < deadline and process.poll() is None
                children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
                workers = [int(pid) for pid in children if b"spawn_main" in _cmdline(int(pid))]
                time.sleep(0.01)
        finally:
            process.kill()
            process.wait(30)
        for pid in workers:
            _wait_gone(pid)


def _wait_gone(pid: int) -> None:
    deadline = time.monotonic() + 30
    while Path(f"/proc/{pid}").exists() and b"spawn_main" in _cmdline(pid):
        assert time.monotonic() < deadline, f"worker {pid} still running"
        time.sleep(0.1)


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""
