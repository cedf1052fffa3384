"""How many changes wait in the outbox to be sent, and how many are held back as private.

Changes of ``private`` records are queued like any other but never leave (see ``push``): they
stay in the outbox for good, so counting them as "not yet synced" would tell the officer that
something is still to go when nothing is. The rule is push's: an entry waits to be sent if a
push has claimed it, or if its record exists and is not private now; every other entry is held
here (a private record's, or one whose record is gone or of a kind the protocol does not carry).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, case, func, select
from sqlalchemy.orm import Session

from liaison.protocol import constants as c
from liaison.protocol.entities import ENTITY_FIELDS
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.store.local import OutboxEntry


def _outbox() -> Table:
    table = OutboxEntry.__table__
    assert isinstance(table, Table)
    return table


_OUTBOX = _outbox()


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
            _OUTBOX.c.entity == name,
            select(table.c.visibility).where(table.c.id == _OUTBOX.c.record_id).scalar_subquery(),
        )
        for name, spec in ENTITIES.items()
        if name in ENTITY_FIELDS
        for table in (table_of(spec),)
    ]
    return case(*branches, else_=None)


def pending_in(session: Session) -> Pending:
    """Count the outbox in one pass (each entry looks its record up by primary key)."""
    sendable = (_OUTBOX.c.batch_id.is_not(None)) | (func.coalesce(_visibility(), c.PRIVATE) != c.PRIVATE)
    total, to_send = session.execute(
        select(func.count(), func.coalesce(func.sum(case((sendable, 1), else_=0)), 0)).select_from(_OUTBOX)
    ).one()
    return Pending(to_send=int(to_send), private=int(total) - int(to_send))
