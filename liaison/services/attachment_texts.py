"""The text of attached files, for search: read on the worker, kept per file, indexed per attachment.

A mixin of :class:`liaison.services.attachments.AttachmentRecords` (``Liaison.attachments``):
the reading and indexing of files' text is one concern with its own table
(:class:`~liaison.store.attachments.AttachmentText`, one row per stored file, so the same file
attached twice is read once), kept apart from attaching and reading bytes back.
"""

from __future__ import annotations

import builtins
import threading
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from liaison.services import file_text, search
from liaison.store.attachments import AttachmentText
from liaison.store.base import utcnow
from liaison.store.blobs import BlobStore
from liaison.text import KEY_VERSION


def table_of_model(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


class AttachmentTextIndex:
    """Reading attached files' text and keeping search in step with it."""

    table: Table
    blobs: BlobStore

    if TYPE_CHECKING:

        def read(self) -> AbstractContextManager[Session]: ...

        def write(self) -> AbstractContextManager[Session]: ...

    def read_text(
        self, sha256: str, name: str, media_type: str | None = None, *, cancel: threading.Event | None = None
    ) -> file_text.Extracted | None:
        """The text of the stored bytes ``sha256`` (named ``name``), or None: not a kind that is
        read, bytes not here, or read already (by the current extractor: the same file attached
        twice is read once). Reads no database row in a write transaction: call it before one.
        Never raises for a damaged file (its status says "failed"); ``cancel`` set while a PDF
        is read raises :class:`~liaison.services.file_text.ReadingCancelled` (nothing kept)."""
        if file_text.kind_of(name, media_type) is None or not self.blobs.has(sha256):
            return None
        if self.text_is_current(sha256):
            return None
        return file_text.extract_text(self.blobs.path(sha256), name, media_type, cancel=cancel)

    def text_is_current(self, sha256: str) -> bool:
        with self.read() as session:
            return self._text_is_current_in(session, sha256)

    @staticmethod
    def _text_is_current_in(session: Session, sha256: str) -> bool:
        row = session.get(AttachmentText, sha256)
        return row is not None and row.extractor == file_text.EXTRACTOR_VERSION

    @staticmethod
    def store_text_in(session: Session, sha256: str, extracted: file_text.Extracted) -> None:
        """Keep the text read from the bytes ``sha256`` (replacing an older reading)."""
        session.merge(
            AttachmentText(
                sha256=sha256,
                status=extracted.status,
                text=extracted.text,
                key=extracted.key,
                key_version=KEY_VERSION,
                pages=extracted.pages,
                truncated=extracted.truncated,
                extractor=file_text.EXTRACTOR_VERSION,
                read_at=utcnow(),
            )
        )
        session.flush()

    def index_attachment_text(self, sha256: str, *, cancel: threading.Event | None = None) -> int:
        """Read the text of the bytes ``sha256`` now here (if not read yet) and rebuild the
        search document of every attachment of them; the number of live attachments indexed.

        What the sync calls after downloading an attachment's bytes (on its worker: a long PDF
        takes seconds), and :meth:`index_pending` for each file not read yet. Quietly nothing
        when the bytes are not here or are not a kind that is read."""
        table = self.table
        with self.read() as session:
            rows = session.execute(
                select(table.c.id, table.c.name, table.c.media_type, table.c.deleted).where(
                    table.c.sha256 == sha256
                )
            ).all()
        if not rows:
            return 0
        _id, name, media_type, _deleted = rows[0]
        extracted = self.read_text(sha256, name, media_type, cancel=cancel)
        with self.write() as session:
            if extracted is not None:
                self.store_text_in(session, sha256, extracted)
            for attachment_id, *_rest in rows:
                search.reindex(session, "attachments", attachment_id)
        return sum(1 for row in rows if not row[3])

    def pending_texts(self) -> builtins.list[str]:
        """The SHA-256 of every file whose text search lacks: a live attachment's bytes are
        here, of a kind that is read, and no text was kept for them by the current extractor
        (attached before this version, or a reading interrupted); oldest attached first."""
        table = self.table
        texts = table_of_model(AttachmentText)
        with self.read() as session:
            current = select(texts.c.sha256).where(texts.c.extractor == file_text.EXTRACTOR_VERSION)
            rows = session.execute(
                select(table.c.sha256, table.c.name, table.c.media_type)
                .where(table.c.deleted.is_(False), table.c.sha256.not_in(current))
                .order_by(table.c.created_at, table.c.id)
            ).all()
        pending = {
            digest: None
            for digest, name, media_type in rows
            if file_text.kind_of(name, media_type) is not None and self.blobs.has(digest)
        }
        return builtins.list(pending)

    def index_pending(self, *, cancel: threading.Event | None = None) -> int:
        """:meth:`index_attachment_text` for each of :meth:`pending_texts`, one committed
        transaction a file (so an interrupted run resumes with the files not done); the number of
        files read. ``cancel`` stops it between files, or inside a PDF (that file is read again
        next time)."""
        done = 0
        for digest in self.pending_texts():
            if cancel is not None and cancel.is_set():
                break
            try:
                self.index_attachment_text(digest, cancel=cancel)
            except file_text.ReadingCancelled:
                break
            done += 1
        return done

    def _forget_texts(self, referenced: set[str]) -> None:
        """Drop the texts of bytes no attachment names any more."""
        texts = table_of_model(AttachmentText)
        with self.read() as session:
            stale = [d for d in session.scalars(select(texts.c.sha256)) if d not in referenced]
        if stale:
            with self.write() as session:
                session.execute(texts.delete().where(texts.c.sha256.in_(stale)))
