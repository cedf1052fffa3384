"""Looking at the data file before anything writes to it, and naming what SQLite says went wrong.

Decisions (README, "When things go wrong"):

- **Nothing is written before the file is known to be ours.** ``PRAGMA journal_mode = WAL``
  writes the file's header, so the file is first read through a separate read-only connection
  (``mode=ro``): a zero-byte file (an interrupted copy) and another program's SQLite file are
  refused untouched, and a new record is created under a temporary name and renamed into place,
  so that Liaison itself never leaves a zero-byte record behind.
- **A read-only record opens for reading.** When the file, its ``-wal``/``-shm`` or its folder
  cannot be written (``os.access``, which also answers for root on a read-only mount), the
  record is opened ``mode=ro`` (``immutable=1`` when SQLite cannot make its ``-shm`` in a
  read-only folder and there is no journal to read), every read works and every write is
  refused with one sentence.
- **Health at open.** The schema is read on every open (that is where a damaged first page or
  schema shows); ``PRAGMA quick_check`` runs at open on files up to :data:`QUICK_CHECK_MAX_BYTES`
  (measured: 2.8 s for a 506 MB file with a warm cache, ~5.6 ms a MB, so 32 MB costs ~0.2 s;
  a full ``integrity_check`` took 22 s). Bigger files are checked by the window on a thread of
  its own after it opened them (``liaison.services.care.check_health``). Any damage SQLite
  meets later (``SQLITE_CORRUPT``) leaves a mark file beside the record, so the next open, by
  any program, knows without a check; only ``liaison doctor`` finding the file sound,
  ``liaison recover`` or ``liaison restore`` clear it.
- **A damaged record is never written into**: it opens read-only, marked damaged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from liaison.errors import (
    CannotOpenError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DataDirectoryError,
    DiskFullError,
    DiskIOError,
    EmptyDatabaseFileError,
    NotADatabaseError,
    ReadOnlyStoreError,
    StoreError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
DAMAGE_MARK_SUFFIX = ".damaged"
FULL_BELOW_BYTES = 1024 * 1024
"""An I/O error with less free space than this is called a full disk."""

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


@dataclass(frozen=True)
class FileState:
    """What the read-only look at the data file found."""

    exists: bool
    writable: bool
    damaged: bool
    immutable: bool = False
    """Read with ``immutable=1``: a WAL file in a read-only folder that has no ``-shm``."""


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error`` (a sqlite3 or a SQLAlchemy error)."""
    original = getattr(error, "orig", None) or error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def known_error(path: Path, error: BaseException) -> StoreError | None:
    """The officer-facing error for a SQLite failure that is about the file or the disk, or
    ``None`` for any other failure (a bug). Never the SQL or the values: only the file."""
    code = sqlite_code(error)
    text = str(getattr(error, "orig", None) or error).lower()
    name = str(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text or "table is locked" in text:
        return DatabaseLockedError(path=name)
    if code == SQLITE_READONLY or "readonly database" in text:
        return ReadOnlyStoreError(path=name)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError(path=name)
    if code == SQLITE_CORRUPT or "disk image is malformed" in text:
        return DamagedDatabaseError(path=name)
    if code == SQLITE_NOTADB or "file is not a database" in text:
        return NotADatabaseError(path=name)
    if code == SQLITE_IOERR or "disk i/o error" in text:
        # A full disk often shows as an I/O error: growing the -shm (SQLITE_IOERR_SHMSIZE) or
        # the WAL fails before SQLite would say SQLITE_FULL.
        return DiskFullError(path=name) if disk_is_full(path.parent) else DiskIOError(path=name)
    if code == SQLITE_CANTOPEN or "unable to open database file" in text:
        return CannotOpenError(path=name)
    return None


def disk_is_full(directory: Path) -> bool:
    """Less than :data:`FULL_BELOW_BYTES` free where ``directory`` is (unknown: no)."""
    try:
        return shutil.disk_usage(directory).free < FULL_BELOW_BYTES
    except OSError:
        return False


def damage_mark(path: Path) -> Path:
    return path.with_name(path.name + DAMAGE_MARK_SUFFIX)


def mark_damaged(path: Path) -> None:
    """Remember that SQLite met damage in ``path`` (best effort: the folder may be read-only)."""
    with contextlib.suppress(OSError):
        damage_mark(path).touch()


def clear_damage_mark(path: Path) -> None:
    """Forget the damage (the file was found sound, recovered or restored)."""
    mark = damage_mark(path)
    if mark.exists():
        mark.unlink()


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    return f"file:{urllib.parse.quote(str(path.absolute()))}?mode=ro" + ("&immutable=1" if immutable else "")


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _can_write(path: Path) -> bool:
    if not os.access(path.parent, os.W_OK):
        return False
    return all(
        not p.exists() or os.access(p, os.W_OK) for p in (path, _side(path, "-wal"), _side(path, "-shm"))
    )


def _reason(directory: Path) -> str:
    read_only_fs = False
    with contextlib.suppress(OSError):
        read_only_fs = bool(os.statvfs(directory).f_flag & os.ST_RDONLY)
    return os.strerror(errno.EROFS if read_only_fs else errno.EACCES)


def connect_read_only(path: Path, *, immutable: bool = False, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection that cannot write ``path`` (``check_same_thread=False``: pooled)."""
    return sqlite3.connect(
        read_only_uri(path, immutable=immutable), uri=True, timeout=timeout, check_same_thread=False
    )


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A read-only connection that has read the schema: ``mode=ro``, else (a WAL file in a
    read-only folder without its ``-shm``, and no journal to miss) ``immutable=1``."""
    connection = connect_read_only(path)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return connection
    except sqlite3.OperationalError as error:
        connection.close()
        wal = _side(path, "-wal")
        if sqlite_code(error) not in (SQLITE_CANTOPEN, SQLITE_READONLY) or _can_write(path):
            raise
        if wal.exists() and wal.stat().st_size > 0:
            raise
    connection = connect_read_only(path, immutable=True)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    return connection


def inspect(path: Path, *, quick_check: bool = True) -> FileState:
    """Look at ``path`` without writing anything; raise the officer's error if it cannot be used.

    Refuses a folder, a zero-byte file, a file that is not SQLite, another program's SQLite
    file; reports whether it can be written and whether it is damaged."""
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DataDirectoryError(path=str(path.parent), reason=_reason(path.parent))
        return FileState(exists=False, writable=True, damaged=False)
    if path.is_dir():
        raise NotADatabaseError(path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise CannotOpenError(path=str(path)) from error
    if size == 0:
        raise EmptyDatabaseFileError(path=str(path))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(path=str(path))
    writable = _can_write(path)
    damaged = damage_mark(path).exists()
    immutable = False
    try:
        connection = connect_read_only(path)
        try:
            names = _table_names(connection)
        except sqlite3.OperationalError as error:
            wal = _side(path, "-wal")
            if writable or sqlite_code(error) not in (SQLITE_CANTOPEN, SQLITE_READONLY):
                raise
            if wal.exists() and wal.stat().st_size > 0:
                raise
            connection.close()
            immutable = True  # a WAL file in a read-only folder without its -shm: nothing to miss
            connection = connect_read_only(path, immutable=True)
            names = _table_names(connection)
        try:
            if names and "alembic_version" not in names:
                raise NotADatabaseError(path=str(path))  # another program's file: never touched
            if quick_check and not damaged and size <= QUICK_CHECK_MAX_BYTES:
                damaged = not is_sound(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            damaged = True  # the header is SQLite's, the rest is not readable
        else:
            known = known_error(path, error)
            if known is None:
                raise
            raise known from error
    return FileState(exists=True, writable=writable, damaged=damaged, immutable=immutable)


def _table_names(connection: sqlite3.Connection) -> set[str]:
    return {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def is_sound(connection: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check``: O(size of the file), without the index-content cross-check."""
    try:
        return connection.execute("PRAGMA quick_check(1)").fetchall() == [("ok",)]
    except sqlite3.DatabaseError as error:
        if sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return False
        raise


def sound_file(path: Path) -> bool:
    """:func:`is_sound` on a read-only connection of its own (any thread)."""
    try:
        connection = open_for_reading(path)
    except sqlite3.DatabaseError as error:
        if sqlite_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return False
        raise
    try:
        return is_sound(connection)
    finally:
        connection.close()
