"""Rationed work: logins (throttled, a few scrypt hashes at once) and pushes (a few read,
parsed and merged at once), so that the server's memory stays bounded whatever arrives."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from starlette.requests import Request

from liaison.protocol import LoginResponse, PushResponse
from liaison.secretariat import accounts
from liaison.secretariat import push as pushing
from liaison.secretariat.accounts import Principal
from liaison.secretariat.bodies import BodyLimit, decode_login, decode_push, read_body
from liaison.secretariat.db import Database
from liaison.secretariat.gates import Refusal, limit_of, render_json, render_json_into
from liaison.secretariat.throttle import LoginThrottle

log = logging.getLogger(__name__)

SCRYPT_SLOTS = 2
"""Password hashes computed at once (each scrypt takes 16 MiB and a core for ~50 ms)."""
LOGIN_QUEUE = 32
"""Logins that may wait for a hashing slot; more are answered 503 with ``Retry-After``."""
PUSH_SLOTS = 2
"""Pushes read, parsed and merged at once; the others wait for a slot before their body is read
(a full push of :data:`~liaison.protocol.MAX_PUSH_BODY_BYTES` costs about four times that).
One officer holds at most one of them: their other pushes wait their turn, so that one officer
(a hostile one, or a laptop gone wrong) cannot keep every slot and starve the others."""


LARGE_PUSH_BYTES = 2 * 1024 * 1024
"""A push whose (inflated) body is larger than this is decoded, merged and answered only while
no other large push is: what a push costs the server's memory is a few times its body (its
values decoded, the records' JSON written, the answer), so two full 16 MiB pushes at once cost
twice one. They run on one thread kept for them (``Rations.large_thread``): run on any of the
thread pool's threads, each left its memory in that thread's malloc arena, and the server's
footprint grew with every thread a large push had visited. Honest pushes are far below it
(2,000 new contacts: about 1 MiB), except a record with a very long text or an old laptop's
photo, which then waits its turn."""


def _push(
    database: Database,
    who: Principal,
    body: list[bytearray],
    epoch: str | None,
    echo: str | None,
    large: bool,
) -> bytes | memoryview:
    """Decode, merge and answer a push, on a worker thread. ``body`` holds the only reference to
    the request's bytes, dropped once decoded; the answer is rendered here, while the values it
    repeats are alive anyway, and they go when this returns. A large one is rendered into a
    buffer sized for it at once (the answer repeats the records: about the body's size): grown
    step by step, an encoder's buffer held up to twice the answer while it was copied."""
    size = len(body[0])
    changes = decode_push(body.pop())["changes"]
    answer: PushResponse = pushing.push(database, who, changes, epoch, echo, lean=large)
    if not large:
        return render_json(answer)
    out = bytearray(size + 512 * (len(changes) + 1))
    del changes
    return render_json_into(answer, out)


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
        self.large_push = asyncio.Lock()
        self.large_thread = ThreadPoolExecutor(1, thread_name_prefix="liaison-large-push")
        self.waiting_logins = 0
        self.officer_turns: dict[str, tuple[asyncio.Lock, int]] = {}

    async def body(self, request: Request) -> bytearray:
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
    ) -> bytes | memoryview:
        """A push of an authenticated officer, answered as JSON bytes: its body read, parsed,
        merged and answered in one of :data:`PUSH_SLOTS`, after the officer's own earlier
        pushes, and a large one (over :data:`LARGE_PUSH_BYTES`) only while no other large one is;
        made in ``epoch`` by the sync ``echo`` (see :func:`liaison.secretariat.push.push`)."""
        turn, users = self.officer_turns.get(who.user_id, (asyncio.Lock(), 0))
        self.officer_turns[who.user_id] = (turn, users + 1)
        try:
            async with turn, self.push_slots:
                body = [await self.body(request)]  # handed over: the thread drops it once decoded
                large = len(body[0]) > LARGE_PUSH_BYTES
                if large:
                    async with self.large_push:  # on its own thread: see LARGE_PUSH_BYTES
                        loop = asyncio.get_running_loop()
                        return await loop.run_in_executor(
                            self.large_thread, _push, self.database, who, body, epoch, echo, True
                        )
                answer: bytes | memoryview = await threaded(
                    _push, self.database, who, body, epoch, echo, False
                )
                return answer
        finally:
            turn, users = self.officer_turns[who.user_id]
            if users <= 1:
                del self.officer_turns[who.user_id]  # the table holds only officers pushing now
            else:
                self.officer_turns[who.user_id] = (turn, users - 1)
