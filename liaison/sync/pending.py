"""How many changes wait in the outbox to be sent, and how many are held back as private.

Changes of ``private`` records are queued like any other but never leave (see ``push``): they
stay in the outbox for good, so counting them as "not yet synced" would tell the officer that
something is still to go when nothing is. The rule is push's: an entry waits to be sent if a
push has claimed it, or if its record exists and is not private now; every other entry is held
here (a private record's, or one whose record is gone or of a kind the protocol does not carry).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from liaison.protocol import constants as c
from liaison.protocol.entities import ENTITY_FIELDS
from liaison.services.changes import WITHDRAW
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.store.local import OUTBOX


@dataclass(frozen=True)
class Pending:
    """The outbox as the status bar tells it."""

    to_send: int
    """Changes the next sync sends."""
    private: int
    """Changes of private records, kept on this computer (by design, not a backlog)."""


def _visibility() -> ColumnElement[str | None]:
    """The current visibility of each outbox entry's record (NULL: no such record)."""
    branches = [
        (
            OUTBOX.c.entity == name,
            select(table.c.visibility).where(table.c.id == OUTBOX.c.record_id).scalar_subquery(),
        )
        for name, spec in ENTITIES.items()
        if name in ENTITY_FIELDS
        for table in (table_of(spec),)
    ]
    return case(*branches, else_=None)


EXACT_UP_TO = 20_000
"""Outboxes up to this size are split exactly at every count (~60 ms at most). A larger one
(a big import not yet synced) looks every entry's record up, touching every page of the
records (0.8 s and 70 MB of page cache for 220,000 entries): :class:`PendingCounter` splits it
once and counts what comes after as changes to send, until the next sync or start."""


@dataclass(frozen=True)
class Shape:
    """What the outbox holds, cheaply: entries and the last sequence number."""

    entries: int
    last_seq: int


def shape_in(session: Session) -> Shape:
    entries, last = session.execute(select(func.count(), func.coalesce(func.max(OUTBOX.c.seq), 0))).one()
    return Shape(int(entries), int(last))


def pending_in(session: Session) -> Pending:
    """Count the outbox in one pass (each entry looks its record up by primary key), with a
    small page cache: the lookups read every page of the records once, and the connection's
    usual 64 MiB cache would keep them."""
    sendable = (
        (OUTBOX.c.batch_id.is_not(None))
        | (OUTBOX.c.op == WITHDRAW)  # a private record's withdrawal goes
        | (func.coalesce(_visibility(), c.PRIVATE) != c.PRIVATE)
    )
    connection = session.connection()
    (cache,) = connection.exec_driver_sql("PRAGMA cache_size").one()
    connection.exec_driver_sql("PRAGMA cache_size = -2048")
    try:
        total, to_send = session.execute(
            select(func.count(), func.coalesce(func.sum(case((sendable, 1), else_=0)), 0)).select_from(OUTBOX)
        ).one()
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    return Pending(to_send=int(to_send), private=int(total) - int(to_send))


class PendingCounter:
    """The status bar's counts, exact for an outbox of up to :data:`EXACT_UP_TO` entries; a
    larger one is split once (and again after :meth:`forget`: a sync, which empties it of what
    it sent) and what is added later counts as to send."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._split: tuple[Shape, Pending] | None = None

    def forget(self) -> None:
        with self._lock:
            self._split = None

    def count_in(self, session: Session) -> Pending:
        now = shape_in(session)
        if now.entries <= EXACT_UP_TO:
            return pending_in(session)
        with self._lock:
            split = self._split
        if split is not None:
            then, pending = split
            if now.last_seq >= then.last_seq and now.entries >= then.entries:
                return Pending(to_send=pending.to_send + now.entries - then.entries, private=pending.private)
        pending = pending_in(session)
        with self._lock:
            self._split = (now, pending)
        return pending
