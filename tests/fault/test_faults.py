"""The fault harness in the suite (a short, seeded version; ``python -m tests.fault --soak`` is the
long one): laptops converge through a broken network with nothing lost, duplicated or leaked; a
sync killed mid-flight loses nothing; and the relay and the checks can each fail."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.fault.harness import Laptop, Made, Trial
from tests.fault.kills import kill_trial
from tests.fault.proxy import FaultProxy
from tests.sync.conftest import MemoryKeyring


@pytest.fixture
def echo_port() -> Iterator[int]:
    """A plain TCP server on loopback that answers every chunk with 100 bytes."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                while conn.recv(1024):
                    conn.sendall(b"x" * 100)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    listener.close()


def ask(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(b"ping")
        received = b""
        while len(received) < 100:
            chunk = conn.recv(1024)
            if not chunk:
                break
            received += chunk
        return received


def test_the_relay_passes_whole_answers_and_cuts_them_when_told(echo_port: int) -> None:
    proxy = FaultProxy(echo_port, seed=3, rate=0.0, max_amount=90)
    try:
        assert ask(proxy.port) == b"x" * 100
        proxy.rate, proxy.faults = 1.0, ("cut_response",)
        cut = ask(proxy.port)
        assert len(cut) < 100
        proxy.faults = ("flip",)
        flipped = ask(proxy.port)
        assert len(flipped) == 100 and flipped != b"x" * 100
        assert proxy.counts["cut_response"] == 1 and proxy.counts["flip"] == 1
    finally:
        proxy.close()


@pytest.mark.slow
def test_laptops_converge_through_a_broken_network(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    figures = Trial(tmp_path, seed=7, steps=90, rate=0.35).run()
    broken = sum(n for fault, n in figures.connections.items() if fault != "none")
    assert broken >= 10, figures.summary()  # the network really was broken
    assert figures.markers > 20 and figures.syncs > 10
    assert figures.lost == [] and figures.duplicated == [] and figures.leaked == [] and figures.diverged == []


@pytest.mark.slow
def test_the_checks_see_a_lost_line_and_a_leak(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    def tamper(laptops: list[Laptop]) -> None:
        aigerim, _, elvin = laptops
        with aigerim.app.store.write() as session:  # words vanish without a change
            session.execute(text("UPDATE contacts SET notes = '' WHERE notes <> ''"))
        secret = aigerim.app.contacts.create({"name": "Private note", "visibility": "private"})
        trial.made[secret["id"]] = Made("aigerim", aigerim.institution, "private", ever_left=False)
        trial.lines[secret["id"]] = []
        # and the private record turns up on another institution's laptop
        elvin_copy = elvin.app.contacts.create({"name": "Private note", "visibility": "private"})
        with elvin.app.store.write() as session:
            session.execute(
                text("UPDATE contacts SET id = :new WHERE id = :old"),
                {"new": secret["id"], "old": elvin_copy["id"]},
            )

    trial = Trial(tmp_path, seed=11, steps=25, rate=0.0)
    figures = trial.run(tamper)
    assert figures.lost, figures.summary()
    assert any("private" in leak for leak in figures.leaked), figures.leaked


@pytest.mark.slow
@pytest.mark.parametrize("seed", [0, 2])
def test_a_sync_killed_mid_flight_loses_nothing(
    tmp_path: Path, memory_keyring: MemoryKeyring, seed: int
) -> None:
    figures = kill_trial(tmp_path, seed)
    assert figures.lost == [] and figures.duplicated == [] and figures.diverged == [], figures.summary()
    assert sum(figures.connections.values()) == 1
