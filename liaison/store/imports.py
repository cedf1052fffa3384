"""Local tables of the imports: one row per import (a batch) and one per record it touched.

They never sync: a batch is this machine's memory of what an import did, so that it can be
undone, and of which source record (a vCard UID, a row of a file) became which contact, so that
importing the same file again updates instead of duplicating.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, utcnow


class ImportBatch(Base):
    """One import: the file, when, and what it did (``summary``: created, updated, ...)."""

    __tablename__ = "import_batches"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_name: Mapped[str] = mapped_column(Text, nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportItem(Base):
    """A record an import created (``action`` "create") or filled ("update"; ``changes`` maps
    each field to ``[before, after]``), and the source key of the row it came from."""

    __tablename__ = "import_items"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("import_batches.id", ondelete="CASCADE"), nullable=False, index=True
    )
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(8), nullable=False)
    source_key: Mapped[str | None] = mapped_column(String(120), index=True)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
