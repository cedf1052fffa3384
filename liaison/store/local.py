"""Tables that belong to this machine only: the outbox, settings, and the search documents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, utcnow


class OutboxEntry(Base):
    """A local change waiting to be pushed: written in the same transaction as the change itself,
    so a change can never be saved but not queued, or queued but not saved.

    ``fields`` maps each changed field to its new value (all fields for a create); ``base_rev``
    is the server revision the change was made against, which the server merges from, and
    ``base_fields`` the values the changed fields had before this entry's first edit (wire
    form; empty for a create): what sync merges against when an edit lands while a push of the
    same record is under way. Edits to a record that has an unsent entry are folded into it
    (``batch_id`` is ``NULL`` until a push claims the entry), so typing in meeting mode does not
    grow the outbox by a row a second.
    """

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    op: Mapped[str] = mapped_column(String(8), nullable=False)  # create | update | delete
    fields: Mapped[dict[str, Any]] = mapped_column(nullable=False, default=dict)
    base_rev: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    base_fields: Mapped[dict[str, Any]] = mapped_column(nullable=False, default=dict, server_default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    batch_id: Mapped[str | None] = mapped_column(String(36), index=True)


def _outbox_table() -> Table:
    table = OutboxEntry.__table__
    assert isinstance(table, Table)
    return table


OUTBOX: Table = _outbox_table()
"""The outbox as a Core table, for the set-based statements of sync and change capture."""


class Setting(Base):
    """A local setting: this device's id, the officer's home institution, the sync cursor."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class SearchDoc(Base):
    """What a search hit shows, one row per indexed record; ``search_fts`` (FTS5, created by the
    migration) holds the folded keys under the same rowid."""

    __tablename__ = "search_docs"
    rowid: Mapped[int] = mapped_column("id", Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    subtitle: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    """For the text of an attached file: the record the hit opens (``record_id`` is then the
    attachment's id and ``kind`` the owner record's kind)."""


class ContactMerge(Base):
    """A merge of two contacts, kept so that it can be undone (``liaison contact unmerge``):
    what the kept contact looked like before, and every reference that moved. Local: the
    merge itself reaches other computers as the ordinary edits and the delete it made."""

    __tablename__ = "contact_merges"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    keep_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    other_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    record: Mapped[Any] = mapped_column(JSON, nullable=False)
    """{"before": the kept contact's changed fields before, "after": the same after,
    "moved": [[entity, id, field], ...], "dropped": [[entity, id], ...] (the other's
    participations the kept contact already had, deleted)}"""
