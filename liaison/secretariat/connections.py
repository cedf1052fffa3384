"""The server's connections: each client address holds a bounded number, and a connection that
leaves the server waiting is cut. Both guard against one anonymous client, not a crowd (that is
a proxy's or a firewall's work, see the README).

**Too many from one address.** Each TLS connection costs the server about 275 KiB while it is
open (asyncio's TLS layer reads into a 256 KiB buffer per connection): 2,000 idle ones took
``serve`` from 71 to 619 MiB. A client address may hold :data:`PER_ADDRESS` connections at once
in a worker; more are aborted as they open, with one INFO line a minute per address. A laptop
keeps one connection, and an office behind one address (a NAT) has far fewer than 64 laptops
syncing at the same instant. The proxies named by ``serve --forwarded-allow-ips`` are not
counted: every officer's connection comes from them, and they bound their own clients (nginx's
``limit_conn``).

**Stalls.** uvicorn closes a connection idle *between* requests (``timeout_keep_alive``, 5 s),
and nothing else. Measured against 0.55 (``tests/sync/test_connection_guards.py``), these
stayed open for good: a TLS connection that sends nothing after the handshake; one that sends
half its headers; and one whose request was answered before its body ended (a refusal: 400,
401, 413, 426...), because the body's bytes arriving after the answer cancel the keep-alive
timer and nothing sets it again. :class:`GuardedH11` adds one timer per connection, as nginx's
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
from typing import Any, ClassVar, cast

from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger(__name__)

STALL_SECONDS = 60.0
"""How long a client may leave the server waiting without a byte moving (nginx's default for
each of its three timeouts)."""
PER_ADDRESS = 64
"""Connections one client address may hold at once in a worker (proxies not counted)."""
TOLD_EVERY = 60.0
"""Seconds between two log lines about the same address's refused connections."""


class GuardedH11(H11Protocol):
    """uvicorn's h11 protocol, closing a connection that leaves the server waiting for
    :attr:`stall_seconds` without a byte moving (see the module's docstring)."""

    stall_seconds: float = STALL_SECONDS
    per_address: int = PER_ADDRESS
    proxies: frozenset[str] = frozenset()
    """Addresses not counted (``--forwarded-allow-ips``); ``"*"`` among them: none counted."""
    open_by_address: ClassVar[dict[str, int]] = {}
    """This server's open connections by client address (one event loop: no lock); each
    server's class has its own (:func:`protocol`)."""
    told: ClassVar[dict[str, float]] = {}
    """When each address's refusal was last logged."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._address: str | None = None
        self._watch: asyncio.TimerHandle | None = None
        self._refused = not self._admit()
        if self._refused:
            return
        self._moves = 0
        self._moves_seen = 0
        self._watch = self.loop.call_later(self.stall_seconds, self._check)

    def _admit(self) -> bool:
        """Count this connection against its address, or abort it when the address holds
        :attr:`per_address` already."""
        address = self.client[0] if self.client else None
        if address is None or address in self.proxies or "*" in self.proxies:
            return True
        held = self.open_by_address.get(address, 0)
        if held >= self.per_address:
            now = self.loop.time()
            if now - self.told.get(address, -TOLD_EVERY) >= TOLD_EVERY:
                self.told[address] = now
                log.info("refused connections from %s: it holds %d already", address, held)
            self.transport.abort()
            return False
        self.open_by_address[address] = held + 1
        self._address = address
        return True

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # aborted already
        self._moves += 1
        super().data_received(data)

    def resume_writing(self) -> None:
        self._moves = getattr(self, "_moves", 0) + 1
        super().resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        watch, self._watch = getattr(self, "_watch", None), None
        if watch is not None:
            watch.cancel()
        address, self._address = getattr(self, "_address", None), None
        if address is not None:
            left = self.open_by_address.get(address, 1) - 1
            if left > 0:
                self.open_by_address[address] = left
            else:
                self.open_by_address.pop(address, None)
                self.told.pop(address, None)
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


def protocol(
    stall_seconds: float = STALL_SECONDS, per_address: int = PER_ADDRESS, proxies: str | None = None
) -> type[GuardedH11]:
    """The protocol class for one server's ``uvicorn.Config(http=...)``: its own count of
    connections by address, its limits, and its proxies (``--forwarded-allow-ips``, comma
    separated, as uvicorn takes them)."""
    attributes: dict[str, Any] = {
        "stall_seconds": float(stall_seconds),
        "per_address": per_address,
        "proxies": frozenset(part.strip() for part in (proxies or "").split(",") if part.strip()),
        "open_by_address": {},
        "told": {},
    }
    return cast("type[GuardedH11]", type("GuardedH11", (GuardedH11,), attributes))


__all__ = ["PER_ADDRESS", "STALL_SECONDS", "GuardedH11", "protocol"]
