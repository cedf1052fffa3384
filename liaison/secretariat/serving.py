"""``serve``: the server over HTTPS, in one process or several, behind a reverse proxy or not.

Decisions:
- **TLS always.** The certificate and key come from files (``--cert``/``--key``, or the
  environment file of the systemd unit); the server never speaks clear text, even behind a
  proxy on the same host, so that a wrong firewall rule or proxy setting cannot put passwords
  and tokens on the wire in clear. A proxy re-encrypts to it (see the README).
- **Several processes** (``--workers N``) on PostgreSQL: this process binds the socket once and
  starts N workers (``spawn``: no thread or connection of the parent is inherited), each with
  its own app and connection pool, accepting on the shared socket. They need nothing from one
  another: every writer takes the lock on the ``server_meta`` row in the database
  (:func:`liaison.secretariat.db.lock_sequence`), so sequence numbers are handed out and changes
  applied one writer at a time whichever process, or host, serves the push. SQLite is refused
  (:class:`~liaison.secretariat.errors.WorkersNeedPostgresError`): its writers take turns on one
  file, so more processes would only queue for the lock, and a Secretariat's load is far below
  what one process serves.
- **Supervision is minimal on purpose.** If a worker dies, the others are stopped and ``serve``
  exits non-zero, for systemd (``Restart=on-failure``) to start the whole service again: a
  half-running server that a balancer still thinks healthy is worse than a restart. SIGTERM,
  SIGINT or SIGHUP stop the workers gracefully (pushes in flight finish). The workers run in a
  session of their own, so Ctrl+C in a terminal reaches them once, through this process; the
  systemd unit uses ``KillMode=mixed`` for the same reason.
- **Behind a proxy** ``--forwarded-allow-ips`` names the proxies whose ``X-Forwarded-For`` and
  ``X-Forwarded-Proto`` are believed (uvicorn's proxy-headers middleware): the access log then
  shows the officer's address. Without it the headers are ignored (anyone could send them).
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import ssl
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from liaison.protocol.constants import MAX_BLOB_REQUEST_BYTES
from liaison.secretariat import access_log
from liaison.secretariat.db import Database
from liaison.secretariat.errors import (
    CertificateError,
    SecretariatError,
    ServeError,
    ServerExtraMissingError,
    WorkersNeedPostgresError,
)

_PR_SET_PDEATHSIG = 1
"""prctl(2): the signal this process gets when its parent dies."""

GRACEFUL_SECONDS = 10
"""Time given to requests in flight when the server is asked to stop."""


@dataclass(frozen=True)
class ServeOptions:
    db_url: str
    host: str
    port: int
    cert: Path
    key: Path
    workers: int = 1
    forwarded_allow_ips: str | None = None
    files_dir: Path | None = None
    """Attached files' bytes (see :mod:`liaison.secretariat.blobs`); ``None``: the default."""
    upload_request_bytes: int = MAX_BLOB_REQUEST_BYTES
    """The most one request of a file's upload carries (``--upload-chunk-mb``)."""
    stall_seconds: float | None = None
    """How long a client may leave the server waiting (``None``: 60 s, see
    :mod:`liaison.secretariat.connections`)."""


def serve(db: Database, options: ServeOptions) -> int:
    """Check everything an administrator can get wrong, bind, and serve until stopped."""
    try:  # the web server's libraries come with the 'server' extra; the admin commands need none
        import uvicorn  # noqa: F401

        from liaison.secretariat.app import create_app
    except ModuleNotFoundError as error:
        raise ServerExtraMissingError(module=error.name or "uvicorn") from error
    _check_certificate(options.cert, options.key)
    if not 0 <= options.port < 65536:
        raise ServeError(host=options.host, port=options.port, reason="the port must be between 0 and 65535")
    if options.workers > 1 and db.is_sqlite:
        raise WorkersNeedPostgresError(workers=options.workers)
    # checks the database either way
    app = (
        create_app(db, files_dir=options.files_dir, upload_request_bytes=options.upload_request_bytes)
        if options.workers == 1
        else None
    )
    if app is None:
        db.check()
        db.close()  # each worker opens its own pool
    sock = _listen(options.host, options.port)
    port = sock.getsockname()[1]
    workers = f" ({options.workers} workers)" if options.workers > 1 else ""
    print(f"serving {db.shown_url} on https://{options.host}:{port}{workers}", file=sys.stderr, flush=True)
    if app is not None:
        _server(app, options).run(sockets=[sock])
        return 0
    return _supervise(options, sock)


def _check_certificate(cert: Path, key: Path) -> None:
    for path in (cert, key):
        if not path.is_file():
            raise CertificateError(path=str(path), reason="no such file")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(cert, key)
    except (ssl.SSLError, OSError) as problem:
        raise CertificateError(path=str(cert), reason=str(problem)) from problem


def _listen(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.create_server((host, port), family=family, backlog=2048)
        # Accepted connections inherit it: without it Nagle and the client's delayed ACK add
        # ~40 ms to every answer (asyncio sets it only on sockets made with proto=IPPROTO_TCP).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError as problem:
        raise ServeError(host=host, port=port, reason=problem.strerror or str(problem)) from problem
    return sock


def log_config() -> dict[str, Any]:
    """uvicorn's logging, plus the access log's plain lines and the server's own warnings, on
    standard error (the journal, under systemd)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["formatters"]["access_line"] = {"format": "%(message)s"}
    config["handlers"]["access_line"] = {
        "class": "logging.StreamHandler",
        "formatter": "access_line",
        "stream": "ext://sys.stderr",
    }
    config["loggers"][access_log.LOGGER] = {"handlers": ["access_line"], "level": "INFO", "propagate": False}
    config["loggers"]["liaison"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    return config


def _server(app: Any, options: ServeOptions) -> Any:
    import uvicorn

    from liaison.secretariat import connections

    config = uvicorn.Config(
        app,
        ssl_certfile=str(options.cert),
        ssl_keyfile=str(options.key),
        log_config=log_config(),
        log_level="info",
        access_log=False,  # ours (liaison.secretariat.access_log) names the user and no query
        proxy_headers=options.forwarded_allow_ips is not None,
        forwarded_allow_ips=options.forwarded_allow_ips,
        server_header=False,
        timeout_graceful_shutdown=GRACEFUL_SECONDS,  # finish pushes in flight, then go
        http=connections.protocol(  # h11, bounding connections by address, cutting stalls
            options.stall_seconds or connections.STALL_SECONDS, proxies=options.forwarded_allow_ips
        ),
    )
    return uvicorn.Server(config)


def _worker(options: ServeOptions, sock: socket.socket, supervisor: int) -> None:
    """One worker process of ``supervisor`` (its pid): its own app and pool on the shared socket."""
    os.setsid()  # Ctrl+C in a terminal reaches the supervisor only, which passes it on once
    _stop_with(supervisor)
    from liaison.secretariat.app import create_app

    try:
        app = create_app(
            options.db_url, files_dir=options.files_dir, upload_request_bytes=options.upload_request_bytes
        )
    except SecretariatError as problem:
        print(f"liaison-secretariat: error: {problem.message(english=True)}", file=sys.stderr, flush=True)
        sys.exit(problem.exit_code)
    _server(app, options).run(sockets=[sock])


def _stop_with(parent: int) -> None:
    """Shut this worker down gracefully if the supervisor ``parent`` disappears (killed with
    SIGKILL, say), rather than serve on as an orphan in a session of its own: on Linux the
    kernel sends SIGTERM the moment it dies (``PR_SET_PDEATHSIG``), and everywhere a thread
    notices within half a second that this process has another parent.

    The supervisor's pid is given by the supervisor, not read here with ``os.getppid()``: a
    worker takes a second or more to start (a fresh interpreter, ``spawn``), more on a busy
    machine, and a supervisor killed meanwhile left it reading the pid of its new parent (init,
    or a subreaper), so that it watched that one and served on for good."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, daemon=True, name="supervisor watch").start()


def _supervise(options: ServeOptions, sock: socket.socket) -> int:
    context = multiprocessing.get_context("spawn")
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    stopping = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
    previous = {number: signal.signal(number, on_signal) for number in stopping}
    workers = [
        context.Process(
            target=_worker, args=(options, sock, os.getpid()), name=f"liaison-secretariat worker {n + 1}"
        )
        for n in range(options.workers)
    ]
    code = 0
    try:
        for worker in workers:
            worker.start()
        while not stop.is_set():
            ready = multiprocessing.connection.wait([worker.sentinel for worker in workers], timeout=0.5)
            if ready:
                ended = next(worker for worker in workers if worker.sentinel == ready[0])
                ended.join(GRACEFUL_SECONDS)  # its sentinel closes a moment before it can be reaped
                print(
                    f"liaison-secretariat: a worker stopped (exit code {ended.exitcode}); "
                    "stopping the others",
                    file=sys.stderr,
                    flush=True,
                )
                code = ended.exitcode if ended.exitcode and ended.exitcode > 0 else 1
                break
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()  # SIGTERM: uvicorn's graceful shutdown
        for worker in workers:
            worker.join(GRACEFUL_SECONDS + 5)
            if worker.is_alive():
                worker.kill()
                worker.join()
        for number, handler in previous.items():
            signal.signal(number, handler)
        sock.close()
    return code
