"""Rationed work: logins (throttled, a few scrypt hashes at once) and pushes (a few read,
parsed and merged at once), so that the server's memory stays bounded whatever arrives."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from typing import Any

from starlette.requests import Request

from liaison.protocol import LoginResponse, PushResponse
from liaison.secretariat import accounts
from liaison.secretariat import push as pushing
from liaison.secretariat.accounts import Principal
from liaison.secretariat.bodies import BodyLimit, decode_login, decode_push, read_body
from liaison.secretariat.db import Database
from liaison.secretariat.gates import Refusal, limit_of
from liaison.secretariat.throttle import LoginThrottle

log = logging.getLogger(__name__)

SCRYPT_SLOTS = 2
"""Password hashes computed at once (each scrypt takes 16 MiB and a core for ~50 ms)."""
LOGIN_QUEUE = 32
"""Logins that may wait for a hashing slot; more are answered 503 with ``Retry-After``."""
PUSH_SLOTS = 2
"""Pushes read, parsed and merged at once; the others wait for a slot before their body is read
(a push of :data:`~liaison.protocol.MAX_PUSH_BODY_BYTES` parses into about three times that).
One officer holds at most one of them: their other pushes wait their turn, so that one officer
(a hostile one, or a laptop gone wrong) cannot keep every slot and starve the others."""


async def threaded(function: Callable[..., Any], *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


class Rations:
    """The server's rationed work. Made in the app's factory, used on its event loop only."""

    def __init__(self, database: Database, limits: dict[str, BodyLimit], throttle: LoginThrottle) -> None:
        self.database = database
        self.limits = limits
        self.throttle = throttle
        self.scrypt_slots = asyncio.Semaphore(SCRYPT_SLOTS)
        self.push_slots = asyncio.Semaphore(PUSH_SLOTS)
        self.waiting_logins = 0
        self.officer_turns: dict[str, tuple[asyncio.Lock, int]] = {}

    async def body(self, request: Request) -> bytes:
        """The body within the endpoint's limits (413 past them, 400 for damaged gzip)."""
        encoding = request.headers.get("content-encoding", "").strip().lower()
        return await read_body(request.stream(), encoding, limit_of(self.limits, request.url.path))

    async def login(self, request: Request) -> LoginResponse:
        """A login: refused at once (429) while its user or address is throttled, else checked
        by scrypt in one of :data:`SCRYPT_SLOTS` (503 when :data:`LOGIN_QUEUE` already wait)."""
        credentials = decode_login(await self.body(request))  # at most 16 KiB: decoded on the loop
        username = credentials["username"]
        address = request.client.host if request.client is not None else "unknown"
        wait = self.throttle.retry_after(username, address)
        if wait > 0:
            seconds = math.ceil(wait)
            raise Refusal(
                429,
                f"Too many failed logins for this user or from this address; try again in {seconds} s.",
                {"Retry-After": str(seconds)},
            )
        if self.waiting_logins >= LOGIN_QUEUE:
            log.warning("login refused (server busy) for user %r from %s", username[:80], address)
            raise Refusal(503, "The server is busy; try again shortly.", {"Retry-After": "2"})
        self.waiting_logins += 1
        try:
            async with self.scrypt_slots:
                answer: LoginResponse | None = await threaded(
                    accounts.login,
                    self.database,
                    username,
                    credentials["password"],
                    credentials["device_name"],
                )
        finally:
            self.waiting_logins -= 1
        if answer is None:
            self.throttle.failed(username, address)
            raise Refusal(401, "Wrong username or password, or the account is revoked.")
        self.throttle.succeeded(username, address)
        return answer

    async def push(
        self, request: Request, who: Principal, epoch: str | None = None, echo: str | None = None
    ) -> PushResponse:
        """A push of an authenticated officer: its body read, parsed and merged in one of
        :data:`PUSH_SLOTS`, after the officer's own earlier pushes; made in ``epoch`` by the
        sync ``echo`` (see :func:`liaison.secretariat.push.push`)."""
        turn, users = self.officer_turns.get(who.user_id, (asyncio.Lock(), 0))
        self.officer_turns[who.user_id] = (turn, users + 1)
        try:
            async with turn, self.push_slots:
                data = await self.body(request)
                changes = (await threaded(decode_push, data))["changes"]
                del data
                answer: PushResponse = await threaded(pushing.push, self.database, who, changes, epoch, echo)
                return answer
        finally:
            turn, users = self.officer_turns[who.user_id]
            if users <= 1:
                del self.officer_turns[who.user_id]  # the table holds only officers pushing now
            else:
                self.officer_turns[who.user_id] = (turn, users - 1)
