"""Connections that leave the server waiting are closed (liaison/secretariat/connections.py); those
the server is busy with, or that move however slowly, are not.

Raw TLS sockets to the real test server (``serve``'s protocol) with ``stall_seconds`` at 1: each
stalled connection must be closed within a few seconds. On plain uvicorn (h11), the idle,
half-headers and answered-before-the-body cases stay open for good."""

from __future__ import annotations

import os
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from liaison.secretariat.blobs import ServerBlobs
from liaison.secretariat.connections import PER_ADDRESS, STALL_SECONDS, GuardedH11
from liaison.secretariat.serving import ServeOptions, _server
from tests.secretariat.server import HEADERS, RunningServer
from tests.sync.conftest import Laptop
from tests.sync.test_attachment_sync import attach

SHA = "a" * 64
CLOSED_WITHIN = 4.0
"""Seconds a stalled connection may take to go (checks every second: 1–2 s, and a busy machine)."""


def restarted(server: RunningServer, **settings: Any) -> RunningServer:
    """``server`` started again with other connection ``settings`` (its fields)."""
    server.stop()
    for name, value in settings.items():
        setattr(server, name, value)
    server.start()
    return server


@pytest.fixture
def quick(server: RunningServer) -> RunningServer:
    """The server, checking its connections every second."""
    return restarted(server, stall_seconds=1)


@pytest.fixture
def tls(quick: RunningServer) -> Iterator[list[ssl.SSLSocket]]:
    """Opened TLS connections to the server, closed after the test."""
    opened: list[ssl.SSLSocket] = []
    yield opened
    for sock in opened:
        sock.close()


def connect(
    server: RunningServer, opened: list[ssl.SSLSocket], *, receive_buffer: int | None = None
) -> ssl.SSLSocket:
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if receive_buffer is not None:
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    raw.connect(("127.0.0.1", server.port))
    sock = server.ssl_context().wrap_socket(raw, server_hostname="127.0.0.1")
    opened.append(sock)
    return sock


def head(method: str, path: str, length: int | None = None, token: str | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", *(f"{k}: {v}" for k, v in HEADERS.items())]
    if length is not None:
        lines += ["Content-Type: application/octet-stream", f"Content-Length: {length}"]
    if token is not None:
        lines.append(f"Authorization: Bearer {token}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def closed_by_server(sock: ssl.SSLSocket, within: float = CLOSED_WITHIN) -> tuple[bool, bytes]:
    """Whether the server closed the connection within ``within`` seconds (reading what it
    sends meanwhile), and what it sent."""
    received = b""
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            data = sock.recv(65536)
        except TimeoutError:
            return False, received
        except (ssl.SSLError, ConnectionError):
            return True, received
        if not data:
            return True, received
        received += data
    return False, received


def test_serve_uses_the_guarded_protocol_and_does_not_count_its_proxies() -> None:
    options = ServeOptions("sqlite://", "127.0.0.1", 0, Path("cert"), Path("key"))
    protocol = _server(object(), options).config.http
    assert issubclass(protocol, GuardedH11) and protocol.stall_seconds == STALL_SECONDS
    assert protocol.per_address == PER_ADDRESS and not protocol.proxies
    behind = _server(object(), replace(options, forwarded_allow_ips="10.0.0.5, 10.0.0.6")).config.http
    assert behind.proxies == {"10.0.0.5", "10.0.0.6"}
    assert behind.open_by_address is not protocol.open_by_address  # each server counts its own


def answers(sock: ssl.SSLSocket) -> bool:
    """Whether a health check on ``sock`` is answered 200."""
    try:
        sock.sendall(head("GET", "/healthz"))
        sock.settimeout(5)
        return sock.recv(65536).startswith(b"HTTP/1.1 200")
    except (ssl.SSLError, ConnectionError, TimeoutError):
        return False


@pytest.fixture
def three(server: RunningServer) -> RunningServer:
    """The server, three connections at most from one address."""
    return restarted(server, per_address=3)


def test_one_address_holds_a_bounded_number_of_connections(three: RunningServer) -> None:
    opened: list[ssl.SSLSocket] = []
    try:
        held = [connect(three, opened) for _ in range(3)]
        assert all(answers(sock) for sock in held)
        fourth = connect(three, opened)
        assert closed_by_server(fourth, within=2)[0]
        held[0].close()
        time.sleep(0.3)  # the server sees it go
        assert answers(connect(three, opened))
        assert not any(closed_by_server(sock, within=0.3)[0] for sock in held[1:])
    finally:
        for sock in opened:
            sock.close()


def test_the_proxies_connections_are_not_counted(three: RunningServer) -> None:
    restarted(three, proxies="127.0.0.1")
    opened: list[ssl.SSLSocket] = []
    try:
        assert all(answers(connect(three, opened)) for _ in range(6))
    finally:
        for sock in opened:
            sock.close()


def test_a_connection_that_sends_nothing_is_closed(quick: RunningServer, tls: list[ssl.SSLSocket]) -> None:
    assert closed_by_server(connect(quick, tls))[0]


def test_half_a_request_s_headers_then_nothing_is_closed(
    quick: RunningServer, tls: list[ssl.SSLSocket]
) -> None:
    sock = connect(quick, tls)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    assert closed_by_server(sock)[0]


def test_a_request_refused_before_its_body_ends_is_closed_once_the_body_is_in(
    quick: RunningServer, tls: list[ssl.SSLSocket]
) -> None:
    """An anonymous upload: refused (401) at once; the body's bytes come after the answer, and
    then nothing. uvicorn alone never closes such a connection."""
    sock = connect(quick, tls)
    size = 300_000
    sock.sendall(head("PUT", f"/v1/blobs/{SHA}?offset=0&size={size}", size))
    answered, first = closed_by_server(sock, within=0.5)
    assert not answered and first.startswith(b"HTTP/1.1 401")
    sock.sendall(b"x" * size)
    assert closed_by_server(sock)[0]


def test_a_body_that_stops_halfway_is_closed_and_what_came_is_kept(
    laptop: Laptop, quick: RunningServer, tls: list[ssl.SSLSocket]
) -> None:
    laptop("aigerim", login=False)
    token = quick.login("aigerim")
    sock = connect(quick, tls)
    sock.sendall(head("PUT", f"/v1/blobs/{SHA}?offset=0&size=1000000", 1_000_000, token) + b"y" * 400_000)
    assert closed_by_server(sock)[0]
    assert quick.files_dir is not None
    (part,) = (quick.files_dir / "tmp").glob("*.part")
    deadline = time.monotonic() + 10  # the request ends as a cut one does: what came is written
    while part.stat().st_size < 400_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert part.stat().st_size == 400_000  # resumable from there


def test_a_download_the_client_stops_reading_is_cut(
    laptop: Laptop, quick: RunningServer, tls: list[ssl.SSLSocket], tmp_path: Path
) -> None:
    aigerim = laptop("aigerim")
    data = b"%PDF-1.7\n" + os.urandom(24_000_000)
    record = attach(aigerim, tmp_path, "institution", data)
    assert aigerim.sync().pending == 0
    sock = connect(quick, tls, receive_buffer=4096)
    sock.sendall(head("GET", f"/v1/blobs/{record['sha256']}", token=quick.login("aigerim", device="other")))
    time.sleep(CLOSED_WITHIN)  # reads nothing: the server's writes stall
    closed, received = closed_by_server(sock, within=20)
    assert closed and len(received) < len(data)


def test_a_request_the_server_works_on_is_not_cut(
    laptop: Laptop, quick: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing on the wire for 3 s while the server works (a large push being merged): answered."""
    laptop("aigerim", login=False)
    token = quick.login("aigerim")
    received = ServerBlobs.received

    def slow(self: ServerBlobs, sha256: str, institution: str) -> int:
        time.sleep(3)
        return received(self, sha256, institution)

    monkeypatch.setattr(ServerBlobs, "received", slow)
    with quick.client(token) as http:
        answer = http.get(f"/v1/blobs/{SHA}/upload")
    assert answer.status_code == 200 and answer.json()["offset"] == 0


def test_a_slow_body_that_keeps_coming_is_not_cut(laptop: Laptop, quick: RunningServer) -> None:
    """A piece every 0.6 s for 3.6 s, with the server's check every second: it moves, it stays."""
    laptop("aigerim", login=False)
    token = quick.login("aigerim")
    pieces = [b"z" * 1000] * 6

    def slowly() -> Iterator[bytes]:
        for piece in pieces:
            time.sleep(0.6)
            yield piece

    with quick.client(token) as http:
        answer = http.put(
            f"/v1/blobs/{SHA}",
            params={"offset": 0, "size": 6000},
            content=slowly(),
            headers={"Content-Type": "application/octet-stream", "Content-Length": "6000"},
        )
    assert answer.status_code == 422  # every byte arrived and was checked (not "a" * 64's bytes)
