"""Files on the record: attach, list, read back, remove (undoably).

The use cases of the front ends (the window, the command line) and of the sync:

- :meth:`AttachmentRecords.attach` — check a file (name, size, kind), store its bytes in the
  data folder's content-addressed store (:mod:`liaison.store.blobs`), then write the metadata
  row in one committed transaction with its outbox entry. Bytes first, row second: a crash in
  between leaves bytes no row names — never counted as attached, removed by
  :meth:`AttachmentRecords.clean_orphans` — and never a row without its bytes on this machine.
- :meth:`AttachmentRecords.for_record` — a record's files, each with ``local`` (bytes here).
- :meth:`AttachmentRecords.save_copy` / :meth:`AttachmentRecords.open_bytes` — the bytes back;
  when they are not here (attached on another laptop), :meth:`AttachmentRecords.ensure_local`
  asks :attr:`AttachmentRecords.downloader` (set by the sync layer) or raises
  :class:`OnlyOnSecretariatError`.
- ``remove`` is :meth:`Records.delete` (a tombstone that syncs); ``restore`` undoes it.
- :meth:`AttachmentRecords.index_attachment_text` — read the text of bytes that just arrived
  (the sync calls it after a download) and index every attachment of them, so search finds
  inside the file; :meth:`AttachmentRecords.index_pending` does it for all files not read yet.
  :meth:`attach` reads the text itself, before its transaction (:mod:`liaison.services.file_text`).
- A contact's photo (an attachment of role "photo") and where its bytes are:
  :mod:`liaison.services.contact_photos`, a mixin.

An attachment's visibility and owner institution are its owner record's: copied when attached
(whatever the caller passes) and changed with the owner's (``liaison.services.records``
``follow_owner``). It goes with its owner (the owner's delete tombstones it; the owner's restore
brings it back) through the generic cascades, which know polymorphic owners (``parent_kind``).
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import logging
import mimetypes
import os
import shutil
import stat
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.errors import DamagedDatabaseError, DiskFullError, KnownError, ReadOnlyStoreError
from liaison.i18n import QT_TRANSLATE_NOOP, format_number, translate
from liaison.protocol.file_names import file_name_problem, is_control
from liaison.services import file_text
from liaison.services.attachment_texts import AttachmentTextIndex
from liaison.services.contact_photos import ContactPhotos
from liaison.services.entities import ATTACHMENT_OWNERS, BY_KEY, ENTITIES
from liaison.services.errors import NotFoundError
from liaison.services.records import Record, Records, table_of
from liaison.store.blobs import (
    FILES_FOLDER,
    STALE_TMP_SECONDS,
    BlobInfo,
    BlobStore,
    DamagedBlobError,
    MissingBlobError,
)

log = logging.getLogger(__name__)

MAX_FILE_MB = 50
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
"""The limit for one attached file (the issue's 50 MB): a 300-page scanned PDF fits."""

HEAD_BYTES = 8192
"""How much of a file is read to check that it is what its name says."""

# Extension → (media type, what its first bytes must be (any of them), or None for text).
_ZIP = (b"PK\x03\x04",)
KNOWN_TYPES: dict[str, tuple[str, tuple[bytes, ...] | None]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _ZIP),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _ZIP),
    ".odt": ("application/vnd.oasis.opendocument.text", _ZIP),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    ".webp": ("image/webp", (b"RIFF",)),
    ".tif": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".tiff": ("image/tiff", (b"II*\x00", b"MM\x00*")),
    ".txt": ("text/plain", None),
}
"""The kinds of file attached without a warning: PDF, DOCX, XLSX, ODT, images, plain text."""

_MIME = mimetypes.MimeTypes()
"""Python's own table of media types only (not the machine's /etc/mime.types): the same type
for the same name on every machine, as a record that syncs must have."""

_KIND_NAMES = {
    ".pdf": "PDF",
    ".docx": "DOCX",
    ".xlsx": "XLSX",
    ".odt": "ODT",
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".gif": "GIF",
    ".webp": "WebP",
    ".tif": "TIFF",
    ".tiff": "TIFF",
    ".txt": QT_TRANSLATE_NOOP("Errors", "plain text"),
}


# -- errors -----------------------------------------------------------------------------------------
class AttachmentError(KnownError):
    """A file cannot be attached, or an attachment cannot be read; nothing was stored."""


class EmptyFileError(AttachmentError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {name} is empty (0 bytes): nothing was attached.")


class FileTooLargeError(AttachmentError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is {size_mb} MB, more than the {limit_mb} MB a file may have: nothing was "
        "attached. Attach a smaller copy (a PDF printed at a lower resolution, say).",
    )


class NotWhatItSaysError(AttachmentError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is named as a {kind} file but is not one (its content does not start as a "
        "{kind} file does): nothing was attached. Save it again as {kind}, or rename it.",
    )


class BadFileNameError(AttachmentError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file name “{name}” cannot be used: a name may not be empty, contain / or \\ or control "
        "characters, or be longer than 255 characters. Nothing was attached.",
    )


class UnreadableFileError(AttachmentError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read: {reason}. Nothing was attached.")


class CannotAttachToError(AttachmentError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Files cannot be attached to “{kind}”: only to events, bilateral meetings, documents, minutes, "
        "plans, action items and contacts.",
    )


class OnlyOnSecretariatError(AttachmentError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} ({size}) is only on the Secretariat: it has not been downloaded to this "
        "computer yet. Sync to download it.",
    )


class CannotWriteCopyError(AttachmentError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The copy {path} cannot be written: {reason}. Nothing was written."
    )


_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "it is no longer there (moved, renamed or deleted)"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "this account may not read or write it"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "this account may not read or write it"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the disk could not be read (a damaged or removed disk)"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
}
NOT_A_FILE = QT_TRANSLATE_NOOP("Errors", "it is not a regular file")


def reason_text(error: OSError) -> str:
    """Why a file cannot be read or written, in the language in use (the system's own words,
    English on most machines, only for the rare causes not listed)."""
    reason = _REASONS.get(error.errno or 0)
    return translate("Errors", reason) if reason else (error.strerror or str(error))


VIEWING_PREFIX = "liaison-open-"
VIEWING_COPY_SECONDS = 24 * 3600.0
"""How long a copy made for the viewer stays in the temporary folder: the viewer holds it while
open (a day covers a working session), and a document must not linger there for good."""


def sweep_viewing_copies(*, older_than: float = VIEWING_COPY_SECONDS) -> int:
    """Remove the viewer's copies (:meth:`AttachmentRecords.viewing_copy`) made more than
    ``older_than`` seconds ago; how many folders went. Quietly skips what cannot be removed."""
    limit = time.time() - older_than
    uid = getattr(os, "getuid", lambda: None)()  # Windows: the temporary folder is the user's own
    removed = 0
    try:
        folders = list(Path(tempfile.gettempdir()).glob(VIEWING_PREFIX + "*"))
    except OSError:
        return 0
    for folder in folders:
        try:
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_mtime > limit:
                continue
            if uid is not None and folder.stat().st_uid != uid:
                continue  # another account's
        except OSError:
            continue
        for entry in folder.iterdir():
            with contextlib.suppress(OSError):
                entry.chmod(stat.S_IRUSR | stat.S_IWUSR)
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed


def copy_error(error: OSError, target: Path) -> KnownError:
    """The officer's sentence for a copy that cannot be written: a full disk in its own
    translated words, anything else with the system's reason."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path=str(target))
    return CannotWriteCopyError(path=str(target), reason=reason_text(error))


UNUSUAL_TYPE = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} is not a PDF, DOCX, XLSX, ODT, image or plain text file: it was attached, but the others "
    "may not be able to open it.",
)
"""The warning for a file of another kind (it is attached nonetheless)."""


# -- checks -----------------------------------------------------------------------------------------
MEGABYTES = QT_TRANSLATE_NOOP("Units", "{n} MB")
KILOBYTES = QT_TRANSLATE_NOOP("Units", "{n} KB")
BYTES = QT_TRANSLATE_NOOP("Units", "{n} bytes")


def size_text(size: int) -> str:
    """A size as the officer reads it, in the language in use: "3.2 MB" ("3,2 МБ" in
    Russian), "870 KB", "12 bytes"."""
    if size >= 1024 * 1024:
        number, unit = format_number(round(size / (1024 * 1024), 1)), MEGABYTES
    elif size >= 1024:
        number, unit = format_number(max(1, round(size / 1024))), KILOBYTES
    else:
        number, unit = format_number(size), BYTES
    return translate("Units", unit).replace("{n}", number)


def clean_name(name: str) -> str:
    """The file name as stored (NFC), or :class:`BadFileNameError`: no path separators, no
    control characters, not empty, not "." or "..", at most 255 characters."""
    if file_name_problem(name) is not None:  # the rule the server applies to a push too
        shown = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in str(name))[:120]
        raise BadFileNameError(name=shown)
    return unicodedata.normalize("NFC", name).strip()


def safe_file_name(name: object) -> str:
    """A name that is safe as the last part of a path, for a file written under an
    attachment's name (the viewer's copy, Save a copy…'s suggestion). A name that arrived by sync
    was checked by the laptop that attached it, not by this one: one with a path separator, a
    control character, or ".." (a tampered push) must never name a file outside the folder it
    is written in. Such characters become "_"; an empty result becomes "file"."""
    text = unicodedata.normalize("NFC", name) if isinstance(name, str) else ""
    separators = "/\\:" if os.name == "nt" else "/\\"  # "C:x" is a path on another drive there
    text = "".join("_" if c in separators or is_control(c) else c for c in text).strip()
    text = text.lstrip(".") if set(text) <= {"."} else text
    return text[:255] or "file"


def media_type_of(name: str) -> str:
    """The file's media type, from its extension."""
    suffix = Path(name).suffix.lower()
    if suffix in KNOWN_TYPES:
        return KNOWN_TYPES[suffix][0]
    guessed, _encoding = _MIME.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def is_usual_type(name: str) -> bool:
    """Whether the file is of a kind attached without a warning."""
    return Path(name).suffix.lower() in KNOWN_TYPES


def check_content(name: str, head: bytes) -> None:
    """A file named as a known kind must start as that kind does (a "PDF" that is an HTML
    error page, a renamed .exe): :class:`NotWhatItSaysError`. Plain text must hold no NUL."""
    suffix = Path(name).suffix.lower()
    if suffix not in KNOWN_TYPES:
        return
    magic = KNOWN_TYPES[suffix][1]
    if magic is None:
        fits = b"\x00" not in head
    elif suffix == ".pdf":  # readers accept the header anywhere in the first kilobyte
        fits = b"%PDF-" in head[:1024]
    else:
        fits = head.startswith(magic)
    if not fits:
        raise NotWhatItSaysError(name=name, kind=_KIND_NAMES[suffix])


@dataclass(frozen=True)
class Attached:
    """What :meth:`AttachmentRecords.attach` made: the record, and a warning for an unusual
    kind of file (English, marked for translation under "Errors"; ``None`` when usual)."""

    record: Record
    warning: str | None = None


Downloader = Callable[[Record], None]
"""Fetches an attachment's bytes into the local store (given by the sync layer)."""


class AttachmentRecords(ContactPhotos, AttachmentTextIndex, Records):
    """The attachments service (``Liaison.attachments``)."""

    downloader: Downloader | None = None
    """Set by the sync layer: called by :meth:`ensure_local` for bytes not stored here; it
    stores them (``blobs.add_stream`` with the expected hash) or raises a KnownError."""

    def __init__(self, store: Any, spec: Any, services: Any = None) -> None:
        super().__init__(store, spec, services)
        self.blobs = BlobStore(store.data_dir / FILES_FOLDER)
        self._damage = threading.local()  # the lists of noting_damage() blocks, per thread

    # -- rules --------------------------------------------------------------------------------------
    def before_write(self, session: Session, old: Record | None, new: Record) -> None:
        """A new attachment's owner must be a live record of a kind that takes files; it takes
        the owner's visibility and owner institution (again when it moves to another owner: a
        merged contact's files go to the contact kept)."""
        moved = old is not None and (
            old["owner_entity"] != new["owner_entity"] or old["owner_id"] != new["owner_id"]
        )
        if old is not None and not moved:
            return
        owner = self.owner_in(session, str(new["owner_entity"]), str(new["owner_id"]))
        new["visibility"] = owner["visibility"]
        new["owner_institution_id"] = owner["owner_institution_id"]

    def owner_in(self, session: Session, entity: str, owner_id: str) -> Record:
        """The live owner record, or a typed error."""
        if entity not in ATTACHMENT_OWNERS:
            raise CannotAttachToError(kind=entity)
        spec = ENTITIES[entity]
        table = table_of(spec)
        row = session.execute(select(table).where(table.c.id == owner_id)).mappings().first()
        if row is None or row["deleted"]:
            raise NotFoundError(spec.label, owner_id)
        return dict(row)

    @staticmethod
    def owner_entity(kind: str) -> str:
        """The owner's table from a kind as the command line writes it ("event", "bilateral",
        "plan", …) or its table name; :class:`CannotAttachToError` for any other."""
        spec = BY_KEY.get(kind) or ENTITIES.get(kind)
        if spec is None or spec.name not in ATTACHMENT_OWNERS:
            raise CannotAttachToError(kind=kind)
        return spec.name

    # -- attaching ----------------------------------------------------------------------------------
    def attach(
        self, owner_entity: str, owner_id: str, path: Path, *, name: str | None = None, role: str = "file"
    ) -> Attached:
        """Attach the file at ``path`` to a record (``owner_entity`` its table or kind) under
        ``name`` (default: the file's own name). Checks name, size and kind first; stores the
        bytes, then writes the row (with its outbox entry) in one transaction. Nothing is
        written when a check fails."""
        entity = self.owner_entity(owner_entity)
        path = Path(path)
        shown = clean_name(name if name is not None else path.name)
        head = self._check_file(path, shown)
        check_content(shown, head)
        if self.store.damaged:  # refused before a byte is copied: no orphan for nothing
            raise DamagedDatabaseError(path=str(self.store.path))
        if self.store.read_only:
            raise ReadOnlyStoreError(path=str(self.store.path))
        with self.read() as session:  # fail before copying 50 MB when the owner is gone
            self.owner_in(session, entity, owner_id)
        try:
            info = self.blobs.add_file(path, max_size=MAX_FILE_BYTES)
        except OSError as error:  # the store's own failures are typed: this is the source's
            raise UnreadableFileError(name=shown, reason=reason_text(error)) from error
        self._check_stored(info, shown)
        extracted = self.read_text(info.sha256, shown)  # before the transaction: seconds for a long PDF
        record = self.create_from_blob(entity, owner_id, shown, info, role=role, extracted=extracted)
        warning = None if is_usual_type(shown) else UNUSUAL_TYPE
        return Attached(record, warning)

    def create_from_blob(
        self,
        owner_entity: str,
        owner_id: str,
        name: str,
        info: BlobInfo,
        *,
        role: str = "file",
        extracted: file_text.Extracted | None = None,
    ) -> Record:
        """Write the row of bytes already in the store (one transaction, with its outbox entry,
        the text read from the bytes if given (:meth:`read_text`), and the search document).
        Also what a migration of photos or an import calls after ``blobs.add_*``."""
        values = {
            "owner_entity": owner_entity,
            "owner_id": owner_id,
            "name": clean_name(name),
            "media_type": media_type_of(name),
            "size": info.size,
            "sha256": info.sha256,
            "role": role,
        }
        with self.write() as session:
            if extracted is not None:
                self.store_text_in(session, info.sha256, extracted)
            return self.create_in(session, values)

    def _check_stored(self, info: BlobInfo, name: str) -> None:
        """Check again what was copied: the file may have changed between its check and its
        copy (emptied, or replaced by another kind of file while the dialog was open). Bytes
        refused here are named by no row: the orphan sweep removes them."""
        if info.size == 0:
            raise EmptyFileError(name=name)
        with self.blobs.open(info.sha256, name=name) as stored:
            check_content(name, stored.read(HEAD_BYTES))

    def _check_file(self, path: Path, name: str) -> bytes:
        """The file's first bytes, after checking it is a readable, non-empty file within the
        limit."""
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise UnreadableFileError(name=name, reason=translate("Errors", NOT_A_FILE))
            with path.open("rb") as source:
                head = source.read(HEAD_BYTES)
        except OSError as error:
            raise UnreadableFileError(name=name, reason=reason_text(error)) from error
        if size == 0:
            raise EmptyFileError(name=name)
        if size > MAX_FILE_BYTES:
            raise FileTooLargeError(name=name, size_mb=f"{size / (1024 * 1024):.1f}", limit_mb=MAX_FILE_MB)
        return head

    # -- reading ------------------------------------------------------------------------------------
    def for_record(self, owner_entity: str, owner_id: str) -> builtins.list[Record]:
        """The live files of a record, oldest first, each with ``local``: whether its bytes are
        on this computer."""
        entity = self.owner_entity(owner_entity)
        rows = self.list({"owner_entity": entity, "owner_id": owner_id}, order_by=("created_at",))
        for row in rows:
            row["local"] = self.blobs.has(row["sha256"])
        return rows

    def is_local(self, record: Mapping[str, Any]) -> bool:
        return self.blobs.has(str(record["sha256"]))

    @staticmethod
    def may_be_on_the_secretariat(record: Mapping[str, Any]) -> bool:
        """Whether bytes not here can be downloaded: the record reached the Secretariat (its
        bytes went first). A file attached here and not synced yet whose bytes went missing
        (removed from ``files/`` by hand, or set aside as damaged) is nowhere else: it is
        "missing", never "on the Secretariat — download"."""
        return int(record.get("server_rev") or 0) > 0

    def ensure_local(self, record: Record) -> Path:
        """The path of the attachment's bytes in the store, downloading them first when they are
        not here (:attr:`downloader`); without one, :class:`OnlyOnSecretariatError`.

        The one place where a missing file is fetched: the window's Open, Save a copy… and
        ``liaison attachment get`` all come through here."""
        if not self.blobs.has(record["sha256"]):
            if not self.may_be_on_the_secretariat(record):
                raise MissingBlobError(name=record["name"], digest=record["sha256"])
            if self.downloader is None:
                raise OnlyOnSecretariatError(name=record["name"], size=size_text(int(record["size"])))
            self.downloader(record)
            if not self.blobs.has(record["sha256"]):
                raise OnlyOnSecretariatError(name=record["name"], size=size_text(int(record["size"])))
        return self.blobs.path(record["sha256"])

    def open_bytes(self, attachment_id: str) -> BinaryIO:
        """The attachment's bytes for reading (downloaded first if need be), checked against
        their hash first (:class:`DamagedBlobError`: never damaged bytes)."""
        record = self.get(attachment_id)
        self.ensure_local(record)
        self.blobs.verify(record["sha256"], name=record["name"])
        return self.blobs.open(record["sha256"], name=record["name"])

    def _write_checked(self, record: Record, out: BinaryIO) -> None:
        """Write the attachment's bytes to ``out`` (a file, from its start), downloaded first if
        need be and checked against their hash as they are copied. Bytes damaged here are set
        aside (``files/damaged/``) and, when the sync layer can download, fetched again once;
        else :class:`DamagedBlobError` says so. Never hands over bytes that are not the file."""
        self.ensure_local(record)
        try:
            self.blobs.copy_checked(record["sha256"], out, name=record["name"])
            return
        except DamagedBlobError as damaged:
            if self.downloader is None:
                raise
            out.seek(0)
            out.truncate()
            try:
                self.ensure_local(record)
            except KnownError:
                raise damaged from None
        self.blobs.copy_checked(record["sha256"], out, name=record["name"])

    def save_copy(self, attachment_id: str, target: Path) -> Record:
        """Write the attachment's bytes to ``target`` (downloaded first if need be, checked
        against their hash), through a temporary file beside it renamed into place: a failure
        leaves ``target`` as it was, and no temporary file."""
        record = self.get(attachment_id)
        self.ensure_local(record)  # a download's failure is told before anything is created
        target = Path(target)
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        except OSError as error:
            raise copy_error(error, target) from error
        part = Path(temporary)
        try:
            with os.fdopen(handle, "wb") as out:
                self._write_checked(record, out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, target)
        except OSError as error:
            raise copy_error(error, target) from error
        finally:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
        return record

    def viewing_copy(self, record: Record) -> Path:
        """A read-only copy of the attachment under its own name in a fresh temporary folder
        (what the window's Open hands to the system's viewer: its title shows the file's name,
        and an edit there cannot pass for a change to the record), checked against its hash
        like :meth:`save_copy`. A failure (a full disk, damaged bytes) leaves no folder behind."""
        self.ensure_local(record)
        sweep_viewing_copies()
        try:
            folder = Path(tempfile.mkdtemp(prefix=VIEWING_PREFIX))
        except OSError as error:
            raise copy_error(error, Path(tempfile.gettempdir())) from error
        target = folder / safe_file_name(record["name"])
        try:
            with target.open("wb") as out:
                self._write_checked(record, out)
            target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        except BaseException as error:
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(error, OSError):
                raise copy_error(error, target) from error
            raise
        return target

    # -- files found damaged ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def noting_damage(self) -> Iterator[list[DamagedBlobError]]:
        """Within the block, on this thread, every file found damaged where it is read without
        stopping the work (a contact's photo, a briefing pack's paper) is added to the list
        given: the front end then tells the officer which were set aside. Nested blocks each
        see what was found within them."""
        found: list[DamagedBlobError] = []
        stack: list[list[DamagedBlobError]] = self._damage.__dict__.setdefault("stack", [])
        stack.append(found)
        try:
            yield found
        finally:
            stack.remove(found)

    def note_damage(self, error: DamagedBlobError) -> None:
        """A file found damaged (and set aside) where the work goes on without it."""
        log.warning("%s", error.message(english=True))
        for found in self._damage.__dict__.get("stack", []):
            found.append(error)

    # -- housekeeping -------------------------------------------------------------------------------
    def referenced_hashes(self) -> set[str]:
        """Every hash an attachment row names, removed ones included (an undo needs the bytes)."""
        with self.read() as session:
            return set(session.scalars(select(self.table.c.sha256)))

    def clean_orphans(self, *, older_than: float = STALE_TMP_SECONDS) -> int:
        """Remove bytes no attachment names (left by a crash between storing the bytes and
        writing the row) and stale temporary files; how many files went. Bytes younger than
        ``older_than`` seconds stay: another process may be about to write their row."""
        removed = self.blobs.clean_tmp(older_than=older_than)
        referenced = self.referenced_hashes()
        limit = time.time() - older_than
        for digest in self._stored_unreferenced(referenced):
            path = self.blobs.path(digest)
            try:
                if path.stat().st_mtime > limit:
                    continue
            except FileNotFoundError:
                continue
            if self.blobs.discard(digest):
                removed += 1
        self._forget_texts(referenced)
        return removed

    def tidy(self) -> None:
        """What opening the data folder does: :meth:`clean_orphans`, when there is a store and
        the record may be written; a failure here never stops the record from opening."""
        if self.store.read_only or not self.blobs.root.is_dir():
            return
        with contextlib.suppress(OSError, KnownError):
            self.clean_orphans()

    def _stored_unreferenced(self, referenced: set[str]) -> Iterator[str]:
        return (digest for digest in self.blobs.stored() if digest not in referenced)


__all__ = [
    "KNOWN_TYPES",
    "MAX_FILE_BYTES",
    "MAX_FILE_MB",
    "UNUSUAL_TYPE",
    "Attached",
    "AttachmentError",
    "AttachmentRecords",
    "BadFileNameError",
    "CannotAttachToError",
    "CannotWriteCopyError",
    "EmptyFileError",
    "FileTooLargeError",
    "NotWhatItSaysError",
    "OnlyOnSecretariatError",
    "UnreadableFileError",
    "check_content",
    "clean_name",
    "is_usual_type",
    "media_type_of",
    "safe_file_name",
    "size_text",
]
