"""Declarative base and the columns every syncable record carries.

Sync-ready from the first revision (see README, "Sync"): a record is keyed by a UUID so that
machines can create records offline without clashing; ``server_rev`` is the revision the server
gave the version we hold (0 = never synced); a delete is a tombstone so that it can travel; the
visibility says who may ever see it, and the owner institution whose officers those are.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

VISIBILITIES = ("private", "institution", "shared")
"""``private`` never leaves this machine; ``institution`` reaches only officers of the owner
institution; ``shared`` reaches every officer."""


def new_id() -> str:
    """A fresh record key: a random UUID, text form, so keys read the same in SQLite and JSON."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC, the form SQLite stores; local clocks inform, they never decide sync."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Synced:
    """Columns shared by every record that can sync."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    server_rev: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    visibility: Mapped[str] = mapped_column(String(16), default="institution", nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)

    @declared_attr
    def owner_institution_id(cls) -> Mapped[str | None]:  # noqa: N805 - declared_attr takes the class
        return mapped_column(String(36), ForeignKey("institutions.id"), default=None)


SYNC_COLUMNS = ("id", "server_rev", "deleted", "deleted_at", "created_at", "updated_at")
"""Bookkeeping columns the services set themselves; an officer never edits them directly.
(``visibility`` and ``owner_institution_id`` are editable fields.)"""
