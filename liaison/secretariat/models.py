"""The server's own tables: who may sync, and every version of every record they synced.

Separate from the desktop's store on purpose: the server keeps records as opaque field maps
(JSON) keyed by entity and id, with every version kept (``record_versions``) so that a push based
on any earlier revision finds its merge base. Types are portable, so the same code runs on SQLite
and PostgreSQL; ids are UUID text as on the wire.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA_VERSION = 4
"""Bumped with every change to these tables; ``serve`` refuses a database of another version
(``init`` upgrades one of version 1, which lacked :class:`Redirect`, one of version 2, which
lacked ``records.blob_sha256`` and :class:`BlobRelease`: :mod:`.blob_refs`, and one of version
3, which lacked ``records.echo``: :mod:`.echo`)."""

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC: informative timestamps only (sequence numbers order things, never clocks)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Meta(Base):
    """One row: the schema version and the global sequence. Writers lock this row
    (``SELECT ... FOR UPDATE``; ``BEGIN IMMEDIATE`` on SQLite) so that sequence numbers are handed
    out, and changes applied, one writer at a time."""

    __tablename__ = "server_meta"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schema_version: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)


class ServerEpoch(Base):
    """One row: the server's identity in time. ``epoch`` is a random id that changes whenever the
    database stops being the continuation of what the laptops last saw: ``backup`` writes a new
    one into every copy it makes (restoring that copy is a new epoch), and ``restored`` draws a
    new one for a database restored any other way (``pg_restore``, a file copy). ``since_seq``
    is the sequence number the database held when the epoch began: every version a laptop holds
    above it was written in a timeline the server no longer has (see :mod:`liaison.sync.restore`).
    A table of its own rather than columns of ``server_meta``, so that a database made by an
    earlier release gains it at the next start without a schema version change."""

    __tablename__ = "server_epoch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(36), nullable=False)
    since_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class Institution(Base):
    """An institution whose officers sync (a ministry, a diaspora committee, the Secretariat)."""

    __tablename__ = "institutions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    state: Mapped[str] = mapped_column(String(8), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class User(Base):
    """An officer. ``password_hash`` is ``scrypt$n$r$p$salt$hash`` (see :mod:`.security`)."""

    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    institution_id: Mapped[str] = mapped_column(String(36), ForeignKey("institutions.id"), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(300), nullable=False)
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class Device(Base):
    """A logged-in installation: only the SHA-256 of its bearer token is kept."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class SyncRecord(Base):
    """The current state of a record. ``rev`` is the sequence number of its last write (the
    pull walks the ``rev`` index); ``was_shared`` remembers that it was once visible to everyone,
    so that users who lose sight of it are told to drop their copy."""

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_rev", "rev"),
        Index(
            "ix_records_blob_sha256",
            "blob_sha256",
            sqlite_where=text("blob_sha256 IS NOT NULL"),
            postgresql_where=text("blob_sha256 IS NOT NULL"),
        ),
    )
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(BigInteger, nullable=False)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    visibility: Mapped[str] = mapped_column(String(16), nullable=False)
    owner_institution_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("institutions.id"), nullable=False, index=True
    )
    was_shared: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    fields: Mapped[dict[str, Any]] = mapped_column(nullable=False)
    blob_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    """An attachment's ``fields["sha256"]`` (when it is a SHA-256), copied at every write: the
    indexed way from a file's bytes to the records naming them (:mod:`.blob_refs`)."""
    echo: Mapped[str | None] = mapped_column(String(36), nullable=True)
    """The sync (a client's ``Liaison-Echo`` id) whose push answer told everything of this
    revision of the record; ``NULL`` after any other write. A pull of that same sync skips the
    row (:mod:`.echo`)."""


class RecordVersion(Base):
    """Every state a record has had, by ``rev``: the merge base of a push is the newest version
    at or before its ``base_rev``."""

    __tablename__ = "record_versions"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False)
    visibility: Mapped[str] = mapped_column(String(16), nullable=False)
    fields: Mapped[dict[str, Any]] = mapped_column(nullable=False)
    change_id: Mapped[str] = mapped_column(String(36), nullable=False)


class AppliedChange(Base):
    """A change applied once, with the result its pusher was given; a retry gets it again."""

    __tablename__ = "applied_changes"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"), nullable=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    result: Mapped[dict[str, Any]] = mapped_column(nullable=False)
    applied_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class SyncConflict(Base):
    """A value that could not be applied, kept so that nothing is lost. ``rev`` is the sequence
    number at which it was recorded (or last resolved), so it travels through the pull.
    ``visibility``/``owner_institution_id`` copy its record's at that time; ``author_only`` marks
    a rejected change on a record its author may not see, which reaches only the author."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_rev", "rev"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rev: Mapped[int] = mapped_column(BigInteger, nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    record_id: Mapped[str] = mapped_column(String(36), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    fields: Mapped[dict[str, Any]] = mapped_column(nullable=False)
    change_id: Mapped[str] = mapped_column(String(36), nullable=False)
    author_user_id: Mapped[str] = mapped_column(String(36), ForeignKey("users.id"), nullable=False)
    author: Mapped[str] = mapped_column(String(200), nullable=False)
    visibility: Mapped[str] = mapped_column(String(16), nullable=False)
    owner_institution_id: Mapped[str | None] = mapped_column(String(36))
    author_only: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class Redirect(Base):
    """A contact merged into another (a delete pushed with ``merged_into``): references to
    ``merged_id`` pushed later, by laptops that had not seen the merge, are moved to ``keep_id``,
    and an edit of the merged contact is folded into the kept one (:mod:`.redirects`). Chains
    are kept flat (merging the kept contact in turn moves its redirects on); restoring the merged
    contact (an unmerge) ends its redirect."""

    __tablename__ = "redirects"
    __table_args__ = (Index("ix_redirects_keep_id", "keep_id"),)
    merged_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    keep_id: Mapped[str] = mapped_column(String(36), nullable=False)
    rev: Mapped[int] = mapped_column(BigInteger, nullable=False)
    change_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class BlobRelease(Base):
    """When a record last stopped naming a file's bytes (tombstoned, withdrawn, or naming other
    bytes): with the file's own times, where the garbage collector's grace period starts
    (:mod:`.blob_gc`). Rows older than the grace period say nothing more and are dropped."""

    __tablename__ = "blob_releases"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    released_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
