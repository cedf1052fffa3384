"""The table only sync writes: the conflict inbox.

It belongs to this machine and never travels itself (a conflict reaches other machines through
the server, which keeps its own copy).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, utcnow


class Conflict(Base):
    """A disagreement kept so that no words are lost: the server applied one value and the other
    is here, for the officer to compare and pick or combine (the conflict inbox).

    ``origin`` is ``server`` for a conflict recorded by the server (it reaches every machine that
    may see the record, with the server's id) and ``local`` for one only this machine knows: its
    own change the server rejected, or an edit made while a push of the same record was under
    way that could not be merged here. ``fields`` maps each field to ``{"base", "server",
    "client"}`` values in their wire form. ``resolve_pending`` marks an inbox entry resolved here
    whose resolution the server has not been told yet.
    """

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_open", "resolved", "created_at", "id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)  # field | edit_delete | rejected
    fields: Mapped[dict[str, Any]] = mapped_column(nullable=False, default=dict)
    change_id: Mapped[str | None] = mapped_column(String(36))
    author: Mapped[str | None] = mapped_column(String(200))
    rev: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(8), nullable=False, default="server")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolve_pending: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class SentField(Base):
    """What this machine's own pushes changed, by field, with the server revision they made:
    the journal a restored server is repaired from (``liaison.sync.restore``). When the
    Secretariat's database goes back to a backup, every change of this officer that the server
    confirmed after the backup is gone from it; this says which (``rev`` above the backup's
    sequence number) so that they are sent again from the record as it is here.

    One row per record and field (``*`` for the record's creation, ``deleted`` for a delete or a
    restore), holding the newest revision: the table never holds more than the records this
    machine wrote and the fields it changed, however long it syncs."""

    __tablename__ = "sync_sent"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(80), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
