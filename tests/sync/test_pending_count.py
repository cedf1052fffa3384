"""The status bar's count of changes waiting to be sent: exact for a usual outbox, bounded in
time and memory for a huge one (a big import not yet synced)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from liaison.services.app import Liaison
from liaison.sync import pending
from liaison.sync.pending import Pending, PendingCounter, pending_in


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Liaison]:
    opened = Liaison.open(tmp_path / "folder")
    yield opened
    opened.close()


def test_private_changes_are_split_off_exactly(app: Liaison) -> None:
    app.contacts.create({"name": "Shared", "visibility": "shared"})
    app.contacts.create({"name": "Mine alone", "visibility": "private"})
    with app.store.read() as session:
        assert PendingCounter().count_in(session) == pending_in(session) == Pending(to_send=1, private=1)


def test_the_count_leaves_the_page_cache_as_it_was(app: Liaison) -> None:
    with app.store.read() as session:
        before = session.execute(text("PRAGMA cache_size")).scalar()
        pending_in(session)
        assert session.execute(text("PRAGMA cache_size")).scalar() == before == -65536


def test_a_huge_outbox_is_split_once_until_the_next_sync(
    app: Liaison, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pending, "EXACT_UP_TO", 2)
    app.contacts.create_many([{"name": f"Private {n}", "visibility": "private"} for n in range(3)])
    counter = PendingCounter()
    calls: list[int] = []
    exact = pending.pending_in

    def counting(session: object) -> Pending:
        calls.append(1)
        return exact(session)  # type: ignore[arg-type]

    monkeypatch.setattr(pending, "pending_in", counting)
    with app.store.read() as session:
        assert counter.count_in(session) == Pending(to_send=0, private=3)
    app.contacts.create({"name": "Shared", "visibility": "shared"})
    with app.store.read() as session:
        assert counter.count_in(session) == Pending(to_send=1, private=3)  # the new entry, not recounted
    assert len(calls) == 1
    app.contacts.create({"name": "Also private", "visibility": "private"})
    with app.store.read() as session:
        assert counter.count_in(session).to_send == 2  # counted as to send until the next split
    counter.forget()  # what a sync does
    with app.store.read() as session:
        assert counter.count_in(session) == Pending(to_send=1, private=4)
    assert len(calls) == 2


def test_the_status_reads_without_the_write_lock(app: Liaison) -> None:
    """The status bar's read must not queue behind (and time out on) a long write elsewhere,
    such as a pulled group in another program: the device id, once made, is only read."""
    import sqlite3
    import time

    first = app.settings.device_id()
    other = sqlite3.connect(app.store.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        start = time.monotonic()
        assert app.settings.device_id() == first
        assert time.monotonic() - start < 1.0
    finally:
        other.execute("ROLLBACK")
        other.close()
