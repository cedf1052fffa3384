"""Files attached to records: the metadata row; the bytes live in :mod:`liaison.store.blobs`.

An attachment belongs to one record of one of several kinds (an event, a bilateral meeting, a
document, minutes, a plan, an action item, a contact): ``owner_entity`` names the owner's table,
``owner_id`` its id. There is no foreign key on ``owner_id`` (it points into several tables);
the services check it when attaching. ``sha256`` names the bytes in the content-addressed store
under the data folder (``files/<first 2 hex>/<sha256>``): the database stays small and the same
file attached twice is stored once.

Visibility and owner institution are the owner record's: set when the file is attached, and
changed with the owner's (``liaison.services.records``), so a file is seen exactly by those who
see its record; a private record's files never leave the machine.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced

ROLES = ("file", "photo")
"""``file``: a paper on the record; ``photo``: a contact's photo."""


class Attachment(Synced, Base):
    """One file attached to one record."""

    __tablename__ = "attachments"
    __table_args__ = (
        Index("ix_attachments_owner", "owner_entity", "owner_id"),
        Index("ix_attachments_sha256", "sha256"),
    )
    owner_entity: Mapped[str] = mapped_column(String(40), nullable=False)
    owner_id: Mapped[str] = mapped_column(String(36), nullable=False)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False, default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False, default="file")


class AttachmentText(Base):
    """The text read from a file's bytes, for search: one row per SHA-256 (the same file
    attached twice is read once). Local and derived (never synced): another laptop reads its
    own copy once the bytes are there. ``status``: "text", "none" (no text in it) or "failed"
    (damaged, encrypted); the text and its search key (folded once: a long PDF's key takes a
    second to fold, and its owner's every rename rebuilds its document); ``extractor`` the
    version of ``liaison.services.file_text`` that read it."""

    __tablename__ = "attachment_texts"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    key: Mapped[str] = mapped_column(Text, nullable=False, default="")
    """The text's search key (folded once, when read), valid for ``key_version``."""
    key_version: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    pages: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    truncated: Mapped[bool] = mapped_column(nullable=False, default=False)
    extractor: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    read_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
