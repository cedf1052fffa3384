"""``liaison-secretariat``: the admin commands in their exact forms, and clear one-line errors."""

from __future__ import annotations

import io
import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import trustme

from liaison.secretariat.cli import main
from tests.secretariat.server import HEADERS, POSTGRES_ENV


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse
        code = int(exit_.code or 0)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


def test_the_admin_commands_in_their_documented_forms(capsys: pytest.CaptureFixture[str], url: str) -> None:
    assert run(capsys, "--db", url, "init")[0] == 0
    code, out, _err = run(capsys, "--db", url, "init")
    assert code == 0 and "already initialised" in out
    code, out, _err = run(capsys, "--db", url, "add-institution", "Otandastar Qory", "--state", "KZ")
    assert code == 0 and "Otandastar Qory (KZ)" in out
    code, out, err = run(
        capsys,
        "--db",
        url,
        "add-user",
        "aigerim",
        "--institution",
        "Otandastar Qory",
        "--password-stdin",
        stdin="a long secret\n",
    )
    assert (code, err) == (0, "") and "aigerim" in out
    code, out, _err = run(capsys, "--db", url, "revoke", "aigerim")
    assert code == 0 and "revoked" in out


@pytest.mark.parametrize(
    ("argv", "stdin", "code", "message"),
    [
        (("add-institution", "X", "--state", "XX"), None, 2, "State: “XX” is not one of TR, AZ, KZ"),
        (("add-institution", "Otandastar Qory", "--state", "KZ"), None, 1, "already exists"),
        (("add-institution", "  ", "--state", "KZ"), None, 2, "must not be empty"),
        (
            ("add-user", "bob", "--institution", "Nowhere", "--password-stdin"),
            "a long secret\n",
            1,
            "no institution named “Nowhere”",
        ),
        (
            ("add-user", "aigerim", "--institution", "Otandastar Qory", "--password-stdin"),
            "a long secret\n",
            1,
            "already exists",
        ),
        (
            ("add-user", "has space", "--institution", "Otandastar Qory", "--password-stdin"),
            "a long secret\n",
            2,
            "no spaces",
        ),
        (
            ("add-user", "bob", "--institution", "Otandastar Qory", "--password-stdin"),
            "short\n",
            2,
            "at least 8",
        ),
        (("add-user", "bob", "--institution", "Otandastar Qory", "--password-stdin"), "", 2, "at least 8"),
        (("add-user", "bob", "--institution", "Otandastar Qory"), None, 2, "--password-stdin"),
        (("revoke", "nobody"), None, 1, "no user named “nobody”"),
        (("frobnicate",), None, 2, "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    capsys: pytest.CaptureFixture[str],
    url: str,
    argv: tuple[str, ...],
    stdin: str | None,
    code: int,
    message: str,
) -> None:
    run(capsys, "--db", url, "init")
    run(capsys, "--db", url, "add-institution", "Otandastar Qory", "--state", "KZ")
    run(
        capsys,
        "--db",
        url,
        "add-user",
        "aigerim",
        "--institution",
        "Otandastar Qory",
        "--password-stdin",
        stdin="a long secret\n",
    )
    got, out, err = run(capsys, "--db", url, *argv, stdin=stdin)
    assert got == code, (out, err)
    assert message in err and "Traceback" not in err
    assert err.startswith("liaison-secretariat") and err.count("\n") <= 1


def test_database_problems_are_exit_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    code, _out, err = run(capsys, "--db", fresh, "add-institution", "X", "--state", "KZ")
    assert code == 3 and "run 'init' first" in err
    code, _out, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'missing' / 'x.sqlite3'}", "init")
    assert code == 3 and "does not exist" in err
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("hello, this is not a database" * 100)
    code, _out, err = run(capsys, "--db", str(not_a_db), "init")
    assert code == 3 and "Cannot use the database" in err
    code, _out, err = run(capsys, "--db", "postgresql://nobody:hunter2pw@127.0.0.1:1/none", "init")
    assert code == 3 and "Cannot use the database" in err and "hunter2pw" not in err
    code, _out, err = run(capsys, "--db", "mysql://x/y", "init")
    assert code == 2 and "Unsupported database URL" in err
    code, _out, err = run(capsys, "init")
    assert code == 2 and "--db URL is required" in err


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"PostgreSQL not configured ({POSTGRES_ENV})")
def test_a_wrong_postgres_password_is_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    base = os.environ[POSTGRES_ENV]
    wrong = base.replace("://liaison:liaison@", "://liaison:wrong@")
    code, _out, err = run(capsys, "--db", wrong, "init")
    assert code == 3 and "password authentication failed" in err


def test_serve_refuses_bad_certificates_and_uninitialised_databases(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    missing = ("--cert", str(tmp_path / "none.pem"), "--key", str(tmp_path / "none.pem"))
    run(capsys, "--db", url, "init")
    code, _out, err = run(capsys, "--db", url, "serve", "--host", "127.0.0.1", "--port", "0", *missing)
    assert code == 2 and "no such file" in err
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    code, _out, err = run(
        capsys, "--db", url, "serve", "--port", "8443", "--cert", str(garbage), "--key", str(garbage)
    )
    assert code == 2 and "Cannot use the certificate" in err
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    tls = ("--cert", str(tmp_path / "cert.pem"), "--key", str(tmp_path / "key.pem"))
    code, _out, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'empty.sqlite3'}", "serve", *tls)
    assert code == 3 and "run 'init' first" in err
    code, _out, err = run(capsys, "--db", url, "serve", "--port", "70000", *tls)
    assert code == 1 and "between 0 and 65535" in err


def test_without_the_server_extra_the_message_says_what_to_install(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desktop install (no 'server' extra) has the admin script but not uvicorn or psycopg."""
    run(capsys, "--db", url, "init")
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # importing it now raises ModuleNotFoundError
    monkeypatch.setitem(sys.modules, "psycopg", None)
    pem = ("--cert", str(tmp_path / "cert.pem"), "--key", str(tmp_path / "key.pem"))
    code, _out, err = run(capsys, "--db", url, "serve", *pem)
    assert code == 2 and "pip install 'liaison[server]'" in err and "uvicorn" in err
    code, _out, err = run(capsys, "--db", "postgresql://liaison:x@127.0.0.1:1/none", "init")
    assert code == 2 and "pip install 'liaison[server]'" in err and "psycopg" in err


@pytest.mark.slow
def test_serve_runs_the_https_server_until_stopped(tmp_path: Path) -> None:
    """The real console script in its own process: serves, answers, stops on SIGTERM."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    script = str(Path(sys.executable).with_name("liaison-secretariat"))
    subprocess.run([script, "--db", url, "init"], check=True, capture_output=True, timeout=60)
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert.cert_chain_pems[0].write_to_path(str(tmp_path / "cert.pem"))
    cert.private_key_pem.write_to_path(str(tmp_path / "key.pem"))
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            script,
            "--db",
            url,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--cert",
            str(tmp_path / "cert.pem"),
            "--key",
            str(tmp_path / "key.pem"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(
                    f"https://localhost:{port}/v1/status",
                    headers=HEADERS,
                    verify=ssl.create_default_context(cafile=str(tmp_path / "ca.pem")),
                )
                break
            except httpx.ConnectError:
                assert process.poll() is None, process.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert answer.status_code == 401 and answer.json()["error"] == "unauthorized"
        # the port is taken now: a second server says so in one line
        second = subprocess.run(
            [
                script,
                "--db",
                url,
                "serve",
                "--port",
                str(port),
                "--cert",
                str(tmp_path / "cert.pem"),
                "--key",
                str(tmp_path / "key.pem"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (
            second.returncode == 1
            and "Cannot serve on 127.0.0.1" in second.stderr
            and "Traceback" not in second.stderr
        )
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    # uvicorn shuts down gracefully, then re-raises the signal it caught
    assert process.returncode in (0, -signal.SIGTERM), err
    assert "Finished server process" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "encoding",
    ["utf-8:surrogateescape", "utf-8:strict"],  # as a C.UTF-8 locale reads stdin; as en_US.UTF-8 does
)
def test_a_password_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path, encoding: str) -> None:
    db = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    command = [sys.executable, "-m", "liaison.secretariat.cli", "--db", db]
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for argv in (["init"], ["add-institution", "Otandastar Qory", "--state", "KZ"]):
        subprocess.run([*command, *argv], check=True, capture_output=True, env=env, timeout=60)
    done = subprocess.run(
        [*command, "add-user", "aigerim", "--institution", "Otandastar Qory", "--password-stdin"],
        input=b"p\xe4ssword-in-latin-1\n",
        check=False,
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.decode() == "liaison-secretariat: error: Password: is not UTF-8 text\n"
