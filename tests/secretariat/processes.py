"""The real ``liaison-secretariat serve`` in processes of its own, as an operator runs it.

    tls = TlsFiles.make(tmp_path)
    with serving(db_url, tls, tmp_path / "a.log", "--workers", "2") as server:
        server.url          # https://127.0.0.1:PORT (``--port 0``: the port it printed)
        server.log_text()   # everything it wrote to standard error: uvicorn's lines, the access log

A :class:`SwitchProxy` sits in front of servers like a TCP load balancer (TLS passes through it
untouched, so the laptops' certificate check is against the server's own certificate): the test
sets ``proxy.target`` to send the next connections to another server.
"""

from __future__ import annotations

import select
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import trustme

SCRIPT = str(Path(sys.executable).with_name("liaison-secretariat"))


@dataclass(frozen=True)
class TlsFiles:
    ca_file: Path
    cert_file: Path
    key_file: Path

    @classmethod
    def make(cls, tmp_path: Path) -> TlsFiles:
        folder = tmp_path / f"tls-{uuid.uuid4().hex[:8]}"
        folder.mkdir()
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        files = cls(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
        ca.cert_pem.write_to_path(str(files.ca_file))
        cert.private_key_pem.write_to_path(str(files.key_file))
        files.cert_file.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
        return files


@dataclass
class ServerProcess:
    process: subprocess.Popen[bytes]
    log_file: Path
    tls: TlsFiles
    port: int = 0

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        verify = ssl.create_default_context(cafile=str(self.tls.ca_file))
        return httpx.get(self.url + path, verify=verify, timeout=30, **kwargs)  # type: ignore[arg-type]

    def worker_pids(self) -> list[int]:
        """The processes this server started (its workers, with ``--workers``)."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        pids = [int(pid) for pid in children.read_text().split()]
        return [pid for pid in pids if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]

    def stop(self, timeout: float = 30) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)


def start(db_url: str, tls: TlsFiles, log_file: Path, *args: str, script: str = SCRIPT) -> ServerProcess:
    """``serve --port 0`` started, its port read from its first line, and ready (``/healthz``)."""
    command = [script, "--db", db_url, "serve", "--port", "0", "--cert", str(tls.cert_file)]
    command += ["--key", str(tls.key_file), *args]
    with open(log_file, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=log)
    server = ServerProcess(process, log_file, tls)
    deadline = time.monotonic() + 60
    while server.port == 0:
        for line in server.log_text().splitlines():
            if line.startswith("serving ") and " on https://" in line:
                server.port = int(line.split(" on https://")[1].split()[0].rsplit(":", 1)[1])
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"serve did not start: {server.log_text()}")
        time.sleep(0.05)
    while True:
        try:
            if server.get("/healthz").status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"serve did not become healthy: {server.log_text()}")
        time.sleep(0.1)


@contextmanager
def serving(
    db_url: str, tls: TlsFiles, log_file: Path, *args: str, script: str = SCRIPT
) -> Iterator[ServerProcess]:
    server = start(db_url, tls, log_file, *args, script=script)
    try:
        yield server
    finally:
        if server.process.poll() is None:
            server.process.send_signal(signal.SIGTERM)
            try:
                server.process.wait(30)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()


class SwitchProxy:
    """A TCP relay on loopback: each new connection goes to ``target`` (a port) at that moment."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True, name="switch-proxy")
        self._thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            upstream = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=_relay, args=(client, upstream), daemon=True).start()

    def close(self) -> None:
        self._closing = True
        self.listener.close()


def _relay(one: socket.socket, other: socket.socket) -> None:
    peers = {one: other, other: one}
    try:
        while True:
            readable, _, _ = select.select(list(peers), [], [], 60)
            if not readable:
                return
            for sock in readable:
                data = sock.recv(65536)
                if not data:
                    return
                peers[sock].sendall(data)
    except OSError:
        return
    finally:
        one.close()
        other.close()
