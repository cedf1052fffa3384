"""Connections that stall the server: closed when the client leaves it waiting too long.

uvicorn closes a connection idle *between* requests (``timeout_keep_alive``, 5 s), and nothing
else. Measured against 0.55 (``tests/secretariat/test_stalls.py``), these stayed open for good:
a TLS connection that sends nothing after the handshake; one that sends half its headers; and
one whose request was answered before its body ended (a refusal: 400, 401, 413, 426...),
because the body's bytes arriving after the answer cancel the keep-alive timer and nothing sets
it again. Each costs a descriptor and the TLS state (tens of kilobytes) until the process ends,
so one anonymous client opening thousands of them takes the server down for everyone.

:class:`GuardedH11` is uvicorn's own h11 protocol plus one timer per connection, as nginx's
``client_header_timeout``/``client_body_timeout``/``send_timeout``: every :data:`STALL_SECONDS`
it asks whether the connection moved (a read from the client, or its reading of what the
server wrote) and, if it did not, whether the server is waiting on the client:

- no request under way (before the first, its headers half sent, or a body still arriving after
  the answer) — uvicorn's keep-alive closes the ordinary idle connection much sooner;
- the app waits for more of the body, and reading is not paused (a paused read is the app's
  own pace, not the client's);
- the server's writes are paused because the client does not read them.

A stalled connection therefore goes 60 to 120 s after its last byte. It is aborted, not
closed: a TLS close would wait up to 30 s for the client's reply (and behind any answer it does
not read), and an app waiting for the body hears the disconnect at once, so an upload keeps what
came. A request the app is working on (a large push being merged, nothing on the wire for a
while) is never cut. One INFO line says so. The laptop never stalls a request of its own: it
streams an upload from its disk, reads a download as it comes, and is cut by the keep-alive
between syncs.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, cast

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

STALL_SECONDS = 60.0
"""How long a client may leave the server waiting without a byte moving (nginx's default for
each of its three timeouts)."""


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol, closing a connection that leaves the server waiting for
    :attr:`stall_seconds` without a byte moving (see the module's docstring)."""

    stall_seconds: float = STALL_SECONDS

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._moves = 0
        self._moves_seen = 0
        self._watch: asyncio.TimerHandle | None = self.loop.call_later(self.stall_seconds, self._check)

    def data_received(self, data: bytes) -> None:
        self._moves += 1
        super().data_received(data)

    def resume_writing(self) -> None:
        self._moves += 1
        super().resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        watch, self._watch = getattr(self, "_watch", None), None
        if watch is not None:
            watch.cancel()
        super().connection_lost(exc)

    def waiting_on_client(self) -> bool:
        """Whether the server waits for the client: nothing under way, the app waiting for more
        of the body, or the client not reading the answer."""
        if self.flow.write_paused:
            return True
        cycle = self.cycle
        if cycle is None or cycle.response_complete:
            return True
        return bool(cycle.more_body) and not self.flow.read_paused

    def _check(self) -> None:
        self._watch = None
        if self.transport.is_closing():
            return
        if self._moves == self._moves_seen and self.waiting_on_client():
            client = f"{self.client[0]}:{self.client[1]}" if self.client else "a client"
            log.info("cut the connection of %s: it left the server waiting %g s", client, self.stall_seconds)
            self.transport.abort()  # now: a TLS close would wait up to 30 s for the client's reply
            return
        self._moves_seen = self._moves
        self._watch = self.loop.call_later(self.stall_seconds, self._check)


def protocol(stall_seconds: float = STALL_SECONDS) -> type[GuardedH11]:
    """The protocol class for ``uvicorn.Config(http=...)``, with its own ``stall_seconds``."""
    if stall_seconds == STALL_SECONDS:
        return GuardedH11
    attributes: dict[str, Any] = {"stall_seconds": float(stall_seconds)}
    return cast("type[GuardedH11]", type("GuardedH11", (GuardedH11,), attributes))


__all__ = ["STALL_SECONDS", "GuardedH11", "protocol"]
