"""A loopback TCP relay that breaks connections the way a bad network does, chosen by a seed.

Each accepted connection draws one fault (or none) from the proxy's random generator:

- ``refuse``: accepted, then closed before a byte is relayed (a server that is not there);
- ``delay``: relayed after a pause (a slow link);
- ``cut_request``: the first bytes from the laptop are relayed, then both sides are closed
  (the request never arrives whole);
- ``cut_response``: the request arrives, the answer is cut after its first bytes (the server
  did the work, the laptop never heard);
- ``flip``: one byte of the answer is inverted (TLS notices and drops the connection);
- ``stall``: nothing is relayed for longer than the laptop's read timeout, then closed.

The relay sits in front of TLS, so it sees only ciphertext: what it breaks is the transport, and
what the laptops and the server must survive is a connection lost at any byte. Everything is
loopback-only and bounded: a stall lasts ``stall_seconds``, and ``close()`` ends every thread.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("refuse", "delay", "cut_request", "cut_response", "flip", "stall")


@dataclass
class FaultProxy:
    """``FaultProxy(target_port, seed=…)``: listens on 127.0.0.1, relays to the target port.

    ``rate`` is the share of connections that get a fault; set it to 0 to let everything through
    (the harness does, to let the laptops converge at the end)."""

    target_port: int
    seed: int = 0
    rate: float = 0.3
    stall_seconds: float = 1.5
    max_amount: int = 4000  # a cut or a flip lands within the first this many bytes of a direction
    faults: tuple[str, ...] = FAULTS
    counts: Counter[str] = field(default_factory=Counter)
    _random: random.Random = field(init=False)
    _listener: socket.socket = field(init=False)
    _threads: list[threading.Thread] = field(default_factory=list, init=False)
    _closing: threading.Event = field(default_factory=threading.Event, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self._spawn(self._accept_loop)

    @property
    def port(self) -> int:
        port: int = self._listener.getsockname()[1]
        return port

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True, name="fault-proxy")  # type: ignore[arg-type]
        thread.start()
        with self._lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)

    def _draw(self) -> tuple[str, int]:
        with self._lock:
            if self._random.random() >= self.rate:
                return "none", 0
            return self._random.choice(self.faults), self._random.randrange(1, self.max_amount)

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                laptop, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._spawn(self._serve, laptop)

    def _serve(self, laptop: socket.socket) -> None:
        try:
            server = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
        except OSError:
            laptop.close()
            return
        exchange = _Exchange(self)
        down = threading.Thread(target=self._pipe, args=(server, laptop, exchange, False), daemon=True)
        down.start()
        self._pipe(laptop, server, exchange, True)
        down.join(timeout=30)

    def _pipe(self, source: socket.socket, sink: socket.socket, exchange: _Exchange, upward: bool) -> None:
        """Copy ``source`` to ``sink`` until either side closes or the exchange's fault ends it.

        Keep-alive connections carry many requests: every time the laptop speaks after the server
        did, a new exchange begins and draws its own fault, so a long sync meets faults too."""
        source.settimeout(0.5)
        try:
            while not self._closing.is_set():
                try:
                    chunk = source.recv(65536)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                chunk = exchange.upward(chunk) if upward else exchange.downward(chunk)
                if chunk:
                    sink.sendall(chunk)
                if exchange.ended:
                    break
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()

    def close(self) -> None:
        self._closing.set()
        self._listener.close()
        for thread in list(self._threads):
            thread.join(timeout=5)


class _Exchange:
    """One request and its answer on a relayed connection, and the fault drawn for it."""

    def __init__(self, proxy: FaultProxy) -> None:
        self.proxy = proxy
        self.lock = threading.Lock()
        self.fault, self.amount = "none", 0
        self.sent = self.answered = 0
        self.answering = True  # so that the laptop's first bytes begin an exchange
        self.ended = False

    def upward(self, chunk: bytes) -> bytes:
        with self.lock:
            if self.answering:
                self.fault, self.amount = self.proxy._draw()
                self.proxy.counts[self.fault] += 1
                self.sent = self.answered = 0
                self.answering = False
            fault, amount, sent = self.fault, self.amount, self.sent
            self.sent += len(chunk)
        if fault == "refuse":
            self.ended = True
            return b""
        if fault == "stall":
            self.proxy._closing.wait(self.proxy.stall_seconds)
            self.ended = True
            return b""
        if fault == "delay" and sent == 0:
            time.sleep(amount / 10_000)  # up to 0.4 s
        if fault == "cut_request" and sent + len(chunk) >= amount:
            self.ended = True
            return chunk[: max(0, amount - sent)]
        return chunk

    def downward(self, chunk: bytes) -> bytes:
        with self.lock:
            self.answering = True
            fault, amount, answered = self.fault, self.amount, self.answered
            self.answered += len(chunk)
        if fault == "cut_response" and answered + len(chunk) >= amount:
            self.ended = True
            return chunk[: max(0, amount - answered)]
        if fault == "flip" and answered <= amount < answered + len(chunk):
            at = amount - answered
            return chunk[:at] + bytes([chunk[at] ^ 0xFF]) + chunk[at + 1 :]
        return chunk
