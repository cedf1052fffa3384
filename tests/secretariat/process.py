"""The Secretariat server as its own process (``liaison-secretariat serve``), for tests that
measure it from outside: its memory (``/proc/PID/status``), or that it survives what it is sent.

    with served(tmp_path) as server:
        server.admin.add_institution("Otandastar", "KZ")
        server.admin.add_user("aigerim", "Otandastar")
        server.peak_mb(), server.rss_mb()
"""

from __future__ import annotations

import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import trustme

from tests.secretariat.server import HEADERS, Admin, _init


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    url: str
    ca_file: Path
    admin: Admin

    def _status(self, name: str) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) / 1024  # kB → MiB
        raise AssertionError(f"{name} not in /proc/{self.process.pid}/status")

    def rss_mb(self) -> float:
        return self._status("VmRSS")

    def peak_mb(self) -> float:
        """The process's peak resident memory since it started (VmHWM)."""
        return self._status("VmHWM")

    def alive(self) -> bool:
        return self.process.poll() is None

    def client(self, token: str | None = None, **kwargs: object) -> httpx.Client:
        headers = dict(HEADERS)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        context = ssl.create_default_context(cafile=str(self.ca_file))
        return httpx.Client(base_url=self.url, verify=context, headers=headers, timeout=60, **kwargs)  # type: ignore[arg-type]

    def login(self, username: str, password: str, device: str = "test device") -> str:
        with self.client() as http:
            answer = http.post(
                "/v1/login", json={"username": username, "password": password, "device_name": device}
            )
            answer.raise_for_status()
            return str(answer.json()["token"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def served(tmp_path: Path) -> Iterator[ServerProcess]:
    """``liaison-secretariat serve`` on a fresh SQLite database and a free loopback port,
    stopped (SIGINT, then SIGKILL) afterwards; its standard error goes to ``server.log``."""
    folder = tmp_path / f"served-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    url = f"sqlite:///{folder / 'secretariat.sqlite3'}"
    _init(url)
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    cert.private_key_pem.write_to_path(str(key_file))
    cert_file.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    port = _free_port()
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "liaison.secretariat.cli",
            "--db",
            url,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--cert",
            str(cert_file),
            "--key",
            str(key_file),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    admin = Admin(url)
    server = ServerProcess(process, f"https://127.0.0.1:{port}", ca_file, admin)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError("the server exited: " + (folder / "server.log").read_text()[-2000:])
            try:
                with server.client() as http:
                    http.get("/openapi.json")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.1)
        yield server
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        admin.close()
        log.close()
