"""``pip install 'liaison[server]'`` from the wheel, in a fresh virtual environment: no Qt comes
with it, and the Secretariat's server installs, initialises and serves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.secretariat.processes import TlsFiles, serving

ROOT = Path(__file__).resolve().parents[2]
QT = {"pyside6", "pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6"}


def _run(*command: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command], check=False, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


@pytest.mark.slow
def test_a_server_install_from_the_wheel_pulls_no_qt_and_serves(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", wheels, ROOT)
    [wheel] = wheels.glob("liaison-*.whl")
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    bin_ = venv / "bin"
    _run(bin_ / "pip", "install", "-q", "-c", ROOT / "packaging" / "constraints.txt", f"{wheel}[server]")

    installed = {
        row["name"].lower() for row in json.loads(_run(bin_ / "pip", "list", "--format=json").stdout)
    }
    assert {"liaison", "fastapi", "uvicorn", "psycopg"} <= installed
    assert not installed & QT, installed & QT
    no_qt = subprocess.run([bin_ / "python", "-c", "import PySide6"], check=False, capture_output=True)
    assert no_qt.returncode == 1

    script = str(bin_ / "liaison-secretariat")
    help_text = _run(script, "--help").stdout
    for command in ("init", "serve", "list-users", "reset-password", "disable-user", "backup"):
        assert command in help_text
    url = f"sqlite:///{tmp_path / 'secretariat.sqlite3'}"
    assert "initialised" in _run(script, "--db", url, "init").stdout
    tls = TlsFiles.make(tmp_path)
    with serving(url, tls, tmp_path / "serve.log", script=script) as server:
        answer = server.get("/healthz")
        assert answer.status_code == 200 and answer.json()["status"] == "ok"
    # the desktop's command line comes too, without Qt; the window says it is not there
    assert _run(bin_ / "liaison", "--help").returncode == 0
    window = subprocess.run(
        [bin_ / "liaison"], check=False, capture_output=True, text=True, timeout=120, env=_english()
    )
    assert window.returncode == 2 and "window is not installed" in window.stderr
    assert "Traceback" not in window.stderr


def _english() -> dict[str, str]:
    return {**os.environ, "LIAISON_LANGUAGE": "en", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
