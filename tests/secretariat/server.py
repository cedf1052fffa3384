"""A real Secretariat server on loopback for tests: trustme certificates, uvicorn in a thread.

Reusable by any test (the sync client's end-to-end tests import it)::

    from tests.secretariat.server import database_url, running_server

    with database_url("sqlite", tmp_path) as db_url, running_server(db_url, tmp_path) as server:
        kz = server.admin.add_institution("Otandastar", "KZ")
        server.admin.add_user("aigerim", "Otandastar", "correct horse")
        server.url       # "https://127.0.0.1:PORT" (the certificate names 127.0.0.1 and localhost)
        server.ca_file   # the test CA (PEM) to pass as --ca-file / verify=
        with server.client() as http: ...            # an httpx.Client trusting the CA, protocol headers set
        token = server.login("aigerim", "correct horse")   # a device token
        server.cut_push_answers(1)   # the next push is committed, then its connection dropped unanswered
        server.stop(); server.start()                  # a restart on the same port and database

``database_url(kind, tmp_path)`` gives a fresh database: ``"sqlite"`` a new file, ``"postgres"`` a new
schema in ``$LIAISON_TEST_POSTGRES_URL`` (dropped afterwards); tests/secretariat/conftest.py's
``db_url`` fixture runs a test on both, skipping PostgreSQL when the variable is unset.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import trustme
import uvicorn

from liaison.protocol import (
    MAX_BODY_BYTES,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PUSH_PATH,
    SCHEMA_HEADER,
    InstitutionInfo,
)
from liaison.protocol.constants import BLOB_MAX_CHUNK_FIELD, MAX_BLOB_CHUNK_BYTES, MAX_BLOB_REQUEST_BYTES
from liaison.secretariat import accounts, connections
from liaison.secretariat.app import create_app
from liaison.secretariat.connections import PER_ADDRESS, STALL_SECONDS
from liaison.secretariat.db import Database
from liaison.secretariat.throttle import LoginThrottle

POSTGRES_ENV = "LIAISON_TEST_POSTGRES_URL"
DEFAULT_PASSWORD = "correct horse battery"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), SCHEMA_HEADER: "0001"}


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, initialised server database of ``kind`` ("sqlite" or "postgres")."""
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / f'secretariat-{uuid.uuid4().hex[:8]}.sqlite3'}"
        _init(url)
        yield url
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        raise RuntimeError(f"{POSTGRES_ENV} is not set")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    url = f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    try:
        _init(url)
        yield url
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _init(url: str) -> None:
    db = Database(url)
    try:
        db.init()
    finally:
        db.close()


class Admin:
    """The administrator's commands, run in-process on the server's database."""

    def __init__(self, db_url: str) -> None:
        self.db = Database(db_url)

    def add_institution(self, name: str, state: str = "KZ") -> InstitutionInfo:
        return accounts.add_institution(self.db, name, state)

    def add_user(self, username: str, institution: str, password: str = DEFAULT_PASSWORD) -> str:
        # a cheaper scrypt cost keeps logins fast in tests (the cost is stored in each hash)
        return accounts.add_user(self.db, username, institution, password, scrypt_n=2**10)

    def revoke(self, username: str) -> int:
        return accounts.revoke_user(self.db, username)

    def close(self) -> None:
        self.db.close()


class _Faults:
    """Wraps the app: the next ``cut`` pushes run to their commit, then the connection is cut
    before the answer (as if the server died or the network dropped right after the commit)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.cut = 0
        self.lock = threading.Lock()
        self.cut_uploads = 0
        self.cut_after = 0
        self.blob_bytes = 0
        """Bytes of file chunks (``PUT /v1/blobs/...``) that reached the app."""
        self.cut_downloads = 0
        self.cut_downloads_after = 0
        self.blob_bytes_sent = 0
        """Bytes of files (``GET /v1/blobs/SHA256``) the app sent."""
        self.blob_ranges: list[str | None] = []
        """The ``Range`` header of each file download (``None``: the whole file asked for)."""
        self.hide_max_chunk = False
        """Answers about uploads lose their ``max_chunk`` (as an older server's never had it)."""
        self.proxy_body_limit: int | None = None
        """File chunks declaring more bytes are refused 413 unread, as nginx's
        ``client_max_body_size`` does (an HTML page, not the protocol's error body)."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/blobs/"):
            if self.hide_max_chunk and (scope["method"] == "PUT" or scope["path"].endswith("/upload")):
                send = _without_max_chunk(send)
            limit = self.proxy_body_limit
            declared = dict(scope["headers"]).get(b"content-length", b"0")
            if scope["method"] == "PUT" and limit is not None and int(declared) > limit:
                page = b"<html><body><h1>413 Request Entity Too Large</h1></body></html>"
                headers = [(b"content-type", b"text/html"), (b"content-length", str(len(page)).encode())]
                await send({"type": "http.response.start", "status": 413, "headers": headers})
                await send({"type": "http.response.body", "body": page})
                return
        if scope["type"] == "http" and scope["method"] == "PUT" and scope["path"].startswith("/v1/blobs/"):
            await self._blob_chunk(scope, receive, send)
            return
        if (
            scope["type"] == "http"
            and scope["method"] == "GET"
            and scope["path"].startswith("/v1/blobs/")
            and not scope["path"].endswith("/upload")
        ):
            await self._blob_download(scope, receive, send)
            return
        if scope["type"] == "http" and scope["path"] == PUSH_PATH and self._take():

            async def swallow(_message: Any) -> None:
                return None

            await self.app(scope, receive, swallow)
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]}
            )
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            raise ConnectionAbortedError("answer cut by the test after the push was committed")
        await self.app(scope, receive, send)

    async def _blob_chunk(self, scope: Any, receive: Any, send: Any) -> None:
        """Count the chunk's bytes; when an upload cut is due, deliver ``cut_after`` bytes of it,
        then the connection drops (the app sees a disconnect, the client no answer)."""
        with self.lock:
            cutting = self.cut_uploads > 0
            if cutting:
                self.cut_uploads -= 1
        delivered = 0

        async def counted() -> Any:
            nonlocal delivered
            if cutting and delivered >= self.cut_after:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                body = message.get("body", b"")
                if cutting and delivered + len(body) >= self.cut_after:
                    body = body[: self.cut_after - delivered]
                    message = {**message, "body": body, "more_body": True}
                delivered += len(body)
                with self.lock:
                    self.blob_bytes += len(body)
            return message

        if not cutting:
            await self.app(scope, counted, send)
            return

        async def swallow(_message: Any) -> None:
            return None

        await self.app(scope, counted, swallow)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise ConnectionAbortedError("upload cut by the test mid-chunk")

    async def _blob_download(self, scope: Any, receive: Any, send: Any) -> None:
        """Count the bytes of a file sent and note its ``Range``; when a download cut is due,
        the connection drops after ``cut_downloads_after`` bytes of it."""
        headers = dict(scope["headers"])
        with self.lock:
            self.blob_ranges.append(headers[b"range"].decode() if b"range" in headers else None)
            cutting = self.cut_downloads > 0
            if cutting:
                self.cut_downloads -= 1
        sent = 0

        async def counted(message: Any) -> None:
            nonlocal sent
            if message["type"] == "http.response.body":
                body = message.get("body", b"")
                if cutting and sent + len(body) >= self.cut_downloads_after:
                    body = body[: self.cut_downloads_after - sent]
                    await send({**message, "body": body, "more_body": True})
                    with self.lock:
                        self.blob_bytes_sent += len(body)
                    raise ConnectionAbortedError("download cut by the test mid-file")
                sent += len(body)
                with self.lock:
                    self.blob_bytes_sent += len(body)
            await send(message)

        await self.app(scope, receive, counted)

    def _take(self) -> bool:
        with self.lock:
            if self.cut <= 0:
                return False
            self.cut -= 1
            return True


def _without_max_chunk(send: Any) -> Any:
    """``send`` for an answer whose JSON object loses its ``max_chunk`` key (and its
    ``Content-Length`` follows)."""
    started: dict[str, Any] = {}

    async def sending(message: Any) -> None:
        if message["type"] == "http.response.start":
            started.update(message)
            return
        if message["type"] == "http.response.body" and started:
            body = message.get("body", b"")
            try:
                answer = json.loads(body)
            except ValueError:
                answer = None
            if isinstance(answer, dict):
                answer.pop(BLOB_MAX_CHUNK_FIELD, None)
                body = json.dumps(answer).encode()
            headers = [(k, v) for k, v in started["headers"] if k.lower() != b"content-length"]
            await send({**started, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            started.clear()
            await send({**message, "body": body})
            return
        await send(message)

    return sending


@dataclass
class RunningServer:
    db_url: str
    ca: trustme.CA
    ca_file: Path
    cert_file: Path
    key_file: Path
    host: str = "127.0.0.1"
    port: int = 0
    max_body_bytes: int = MAX_BODY_BYTES
    throttle: LoginThrottle | None = None
    files_dir: Path | None = None
    """Attached files' bytes (the server's default beside a SQLite database when None)."""
    upload_request_bytes: int = MAX_BLOB_REQUEST_BYTES
    """The most one request of a file's upload carries (``serve --upload-chunk-mb``)."""
    keep_alive_seconds: int = 5
    """How long an idle connection stays open (uvicorn's ``timeout_keep_alive``; 5 as ``serve``'s)."""
    stall_seconds: float = STALL_SECONDS
    """How long a client may leave the server waiting (``serve``'s protocol, its default)."""
    per_address: int = PER_ADDRESS
    """Connections one client address may hold (``serve``'s protocol, its default)."""
    proxies: str | None = None
    """Addresses not counted, as ``serve --forwarded-allow-ips``."""
    admin: Admin = field(init=False)
    _server: uvicorn.Server | None = field(default=None, init=False)
    _thread: threading.Thread | None = field(default=None, init=False)
    _faults: _Faults | None = field(default=None, init=False)
    _loop: asyncio.AbstractEventLoop | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.admin = Admin(self.db_url)

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    def start(self) -> None:
        """Serve (again) on the same port and database."""
        if self._server is not None:
            raise RuntimeError("already running")
        self._faults = _Faults(
            create_app(
                self.db_url,
                max_body_bytes=self.max_body_bytes,
                throttle=self.throttle,
                files_dir=self.files_dir,
                upload_request_bytes=self.upload_request_bytes,
            )
        )
        sock = socket.create_server((self.host, self.port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as `serve` does: no Nagle delay
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._faults,
            ssl_certfile=str(self.cert_file),
            ssl_keyfile=str(self.key_file),
            log_level="critical",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            timeout_keep_alive=self.keep_alive_seconds,
            http=connections.protocol(self.stall_seconds, self.per_address, self.proxies),  # as `serve`
        )
        server = uvicorn.Server(config)
        loop = asyncio.new_event_loop()
        thread = threading.Thread(
            target=loop.run_until_complete,
            args=(server.serve(sockets=[sock]),),
            daemon=True,
            name="secretariat",
        )
        thread.start()
        deadline = time.monotonic() + 15
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        self._server, self._thread, self._loop = server, thread, loop

    def stop(self) -> None:
        """Shut the server down, dropping open connections (as a dying server would)."""
        if self._server is None or self._thread is None or self._loop is None:
            return
        server = self._server

        def drop_connections() -> None:
            for connection in list(server.server_state.connections):
                transport = getattr(connection, "transport", None)
                if transport is not None:
                    transport.abort()
            server.should_exit = True

        self._loop.call_soon_threadsafe(drop_connections)
        self._thread.join(timeout=15)
        if not self._thread.is_alive():
            self._loop.close()
        app = self._faults.app if self._faults is not None else None
        if app is not None:
            app.state.db.close()
        self._server = self._thread = self._faults = self._loop = None

    def cut_push_answers(self, count: int = 1) -> None:
        """The next ``count`` pushes are committed, then their connection drops unanswered."""
        assert self._faults is not None, "server not running"
        with self._faults.lock:
            self._faults.cut = count

    def cut_uploads(self, count: int = 1, *, after: int = 0) -> None:
        """The next ``count`` file chunks are cut after ``after`` bytes reached the server."""
        assert self._faults is not None
        self._faults.cut_uploads = count
        self._faults.cut_after = after

    def act_as_an_older_server(self) -> None:
        """From now on, as a server of before the whole-file upload: it no longer says how much
        one request may carry, and takes at most the old chunk (a restart on the same port)."""
        self.stop()
        self.upload_request_bytes = MAX_BLOB_CHUNK_BYTES
        self.start()
        assert self._faults is not None
        self._faults.hide_max_chunk = True

    def behind_a_proxy_limiting_bodies_to(self, limit: int) -> None:
        """File chunks declaring more than ``limit`` bytes are refused 413 before the server
        sees them, as by a reverse proxy's ``client_max_body_size``."""
        assert self._faults is not None
        self._faults.proxy_body_limit = limit

    def cut_downloads(self, count: int = 1, *, after: int = 0) -> None:
        """The next ``count`` file downloads are cut after ``after`` bytes of the file were sent."""
        assert self._faults is not None
        self._faults.cut_downloads = count
        self._faults.cut_downloads_after = after

    @property
    def blob_bytes_sent(self) -> int:
        """Bytes of files the server sent since it started (ranges and cut downloads counted as sent)."""
        return self._faults.blob_bytes_sent if self._faults is not None else 0

    @property
    def blob_ranges(self) -> list[str | None]:
        """The ``Range`` header of each file download since the server started."""
        return list(self._faults.blob_ranges) if self._faults is not None else []

    @property
    def blob_bytes(self) -> int:
        """Bytes of file chunks the server received since it started."""
        return self._faults.blob_bytes if self._faults is not None else 0

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx client for the server: trusts the test CA, sends the protocol headers."""
        headers = dict(HEADERS)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        headers.update(kwargs.pop("headers", {}))
        return httpx.Client(
            base_url=self.url, verify=self.ssl_context(), headers=headers, timeout=30, **kwargs
        )

    def login(self, username: str, password: str = DEFAULT_PASSWORD, device: str = "test device") -> str:
        with self.client() as http:
            answer = http.post(
                "/v1/login", json={"username": username, "password": password, "device_name": device}
            )
            answer.raise_for_status()
            token: str = answer.json()["token"]
            return token


@contextmanager
def running_server(
    db_url: str,
    tmp_path: Path,
    *,
    hostnames: tuple[str, ...] = ("127.0.0.1", "localhost"),
    max_body_bytes: int = MAX_BODY_BYTES,
    throttle: LoginThrottle | None = None,
) -> Iterator[RunningServer]:
    """A started server on a free loopback port with a certificate for ``hostnames`` issued by
        a fresh test CA (e.g. ``("other.example",)`` for a wrong-host-name test), failed logins
    rationed by ``throttle`` (one with a test clock: see test_hostile.py); stopped (and its
        database handles closed) afterwards."""
    folder = tmp_path / f"tls-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    ca = trustme.CA()
    cert = ca.issue_cert(*hostnames)
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    cert.private_key_pem.write_to_path(str(key_file))
    cert_file.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    server = RunningServer(
        db_url,
        ca,
        ca_file,
        cert_file,
        key_file,
        max_body_bytes=max_body_bytes,
        throttle=throttle,
        files_dir=folder / "files",
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.admin.close()
