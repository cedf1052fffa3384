"""The access log: one line per request, for the operator, never holding a secret.

    2026-12-06T21:14:31.123Z 203.0.113.7 POST /v1/push 200 12.3ms aigerim

Time (UTC), the client's address (the real one behind a trusted reverse proxy: ``serve
--forwarded-allow-ips`` lets uvicorn rewrite it from ``X-Forwarded-For`` before this middleware
sees it), method, path, status, duration, and the user once a route has authenticated one (``-``
otherwise). What it leaves out is the point: no query string (nothing secret travels there in
this protocol, but a query is the client's text and the path is enough), no headers (the bearer
token), no body (the password of a login). A failed login's username is not logged either: a
password typed into the username field is a classic way secrets reach logs. The path is
re-quoted, so a request cannot write a line break or a forged line into the log.
It replaces uvicorn's own access log, which prints the query string and cannot name the user.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import quote

LOGGER = "liaison.secretariat.access"
log = logging.getLogger(LOGGER)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

T = TypeVar("T")
_USER_KEY = "liaison_user"
_MAX_PATH = 200


def noted(state: Any, username: str, value: T) -> T:
    """``value``, after naming the request's user in its access-log line (``state`` is
    ``request.state``)."""
    setattr(state, _USER_KEY, username)
    return value


def _safe(text: str, limit: int) -> str:
    return quote(text[:limit], safe="/-._~:@!$&'()*+,;=%")


class AccessLog:
    """Pure ASGI middleware (outermost): times the request and logs its line when it ends."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # A state of this request's own that every inner copy of the scope shares, so that a
        # route's note_user() reaches the line written here.
        state: dict[str, Any] = dict(scope.get("state") or {})
        scope = dict(scope)
        scope["state"] = state
        started = time.perf_counter()
        status = 0

        async def watch(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except BaseException:
            status = status or 500
            raise
        finally:
            log.info(line(scope, status, time.perf_counter() - started, state.get(_USER_KEY)))


def line(scope: Scope, status: int, seconds: float, user: str | None) -> str:
    client = scope.get("client")
    address = str(client[0]) if client else "-"
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    method = _safe(str(scope.get("method", "-")), 16)
    path = _safe(str(scope.get("path", "")), _MAX_PATH)
    who = _safe(user, 200) if user else "-"
    return f"{now} {_safe(address, 64)} {method} {path} {status or '-'} {seconds * 1000:.1f}ms {who}"
