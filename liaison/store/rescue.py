"""Looking after the data file: a health report, recovery from damage, snapshots and restore.

Decisions (README, "When things go wrong"):

- ``doctor`` runs ``PRAGMA integrity_check`` through a read-only connection: the full check
  (22 s on 500 MB), since the officer asked for it. A sound file loses its damage mark.
- ``recover`` copies every table's readable rows, in rowid order, through a read-only
  connection of Python's ``sqlite3`` module into a new file with the same schema; past an
  unreadable page the scan starts again further on. SQLite's own ``.recover`` (the ``sqlite3``
  shell) was tried and rejected: Debian's 3.40 shell fails on Liaison's schema ("SQL logic
  error") even on a sound file, and it would be one more program to install. The copy must
  pass ``quick_check`` before it takes the record's place; the damaged file (with its
  ``-wal``) is kept in ``backups/``; the search index is rebuilt from the records.
- **Snapshots** are SQLite online backups in ``backups/`` (consistent even while another
  program writes). The window takes one a day; ``liaison backup`` one at any time. The
  newest :data:`SNAPSHOT_KEEP` are kept, and older ones are dropped while all of them take more
  than :data:`SNAPSHOT_MAX_BYTES` (the newest always stays). A snapshot is not taken when it
  would leave less than :data:`FREE_RESERVE_BYTES` free on the disk: a backup must never be
  the thing that fills the disk.
- **Restore** and **recover** replace the file, so they refuse while any other program
  (the window, a sync) has the record open: every open record holds a shared lock on
  ``liaison.lock`` in the data folder (``fcntl.flock``, where the system has it), and these two
  need it exclusively. Restore copies the current file into ``backups/`` first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from liaison.errors import DamagedDatabaseError, KnownError, NotADatabaseError, ReadOnlyStoreError, StoreError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.store import probe

LOCK_FILENAME = "liaison.lock"
BACKUP_FOLDER = "backups"
SNAPSHOT_PREFIX = "liaison-snapshot-"
SNAPSHOT_KEEP = 7
SNAPSHOT_MAX_BYTES = 2 * 1024**3
FREE_RESERVE_BYTES = 256 * 1024**2
SNAPSHOT_EVERY = timedelta(days=1)
DOCTOR_MAX_PROBLEMS = 20


class RecordInUseError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is open in another program (perhaps the Liaison window or a sync). "
        "Close it, then try again; nothing was changed.",
    )


class NotEnoughSpaceError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Not enough free space beside {path} for a copy ({needed} MB needed, keeping {reserve} MB free): "
        "nothing was copied. Free some space and try again.",
    )


class NoSnapshotError(StoreError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no snapshot in {path} to restore.")


class RecoveryFailedError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing could be recovered from {path}: the copy was not sound. The file was left as it is; "
        "restore a snapshot (liaison restore) or ask for help.",
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp() -> str:
    return _now().strftime("%Y%m%dT%H%M%S%f")


# -- the lock that tells whether another program holds the record -------------------------------
@contextlib.contextmanager
def _locked(directory: Path, *, exclusive: bool) -> Iterator[IO[bytes] | None]:
    try:
        import fcntl
    except ImportError:  # Windows: the file itself is locked while open, os.replace fails there
        yield None
        return
    try:
        handle = (directory / LOCK_FILENAME).open("a+b")
    except OSError:  # a read-only folder: nothing here can be replaced anyway
        yield None
        return
    try:
        try:
            fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise RecordInUseError(path=str(directory / "liaison.sqlite3")) from error
        yield handle
    finally:
        handle.close()


def hold_shared(directory: Path) -> IO[bytes] | None:
    """Take the shared lock an open record holds until :func:`release` (``None``: no lock)."""
    context = _locked(directory, exclusive=False)
    try:
        handle = context.__enter__()
    except RecordInUseError:
        return None  # a restore is running this instant: it will fail on us, not we on it
    if handle is None:
        return None
    handle.liaison_context = context  # type: ignore[attr-defined]
    return handle


def release(handle: IO[bytes] | None) -> None:
    if handle is not None:
        handle.liaison_context.__exit__(None, None, None)  # type: ignore[attr-defined]


# -- doctor -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    path: Path
    sound: bool
    problems: list[str]


def doctor(path: Path) -> Report:
    """``PRAGMA integrity_check`` read-only; a sound file loses its damage mark."""
    _require_file(path)
    problems: list[str]
    try:
        connection = probe.open_for_reading(path)
        try:
            rows = connection.execute(f"PRAGMA integrity_check({DOCTOR_MAX_PROBLEMS})").fetchall()
        finally:
            connection.close()
        problems = [str(row[0]) for row in rows if row[0] != "ok"]
    except sqlite3.DatabaseError as error:
        if probe.sqlite_code(error) not in (probe.SQLITE_CORRUPT, probe.SQLITE_NOTADB):
            known = probe.known_error(path, error)
            if known is None:
                raise
            raise known from error
        problems = [str(error)]
    if not problems:
        probe.clear_damage_mark(path)
    return Report(path, not problems, problems)


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise NotADatabaseError(path=str(path))


# -- recover ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Recovery:
    recovered: Path
    damaged_copy: Path


def _copy_rows(reader: sqlite3.Connection, writer: sqlite3.Connection, quoted: str) -> None:
    """Rows in rowid order; past an unreadable page, the scan starts again further on (a
    b-tree search lands on the next leaf that still reads), jumping ever further."""
    last = -(2**63)
    jump = 1
    while True:
        try:
            cursor = reader.execute(f"SELECT rowid, * FROM {quoted} WHERE rowid > ? ORDER BY rowid", (last,))
            marks = ",".join("?" * (len(cursor.description) - 1))
            for row in cursor:
                writer.execute(f"INSERT OR IGNORE INTO {quoted} VALUES ({marks})", row[1:])
                last, jump = row[0], 1
            return
        except sqlite3.DatabaseError:
            if jump > 2**40 or last == -(2**63):
                return
            last += jump
            jump *= 4


def _recover_by_copy(source: Path, target: Path) -> None:
    """Every table's readable rows, through a read-only connection, into a new file with the
    same schema; the search index (an FTS5 table, derived) is left empty, to be rebuilt."""
    reader = probe.open_for_reading(source)
    writer = sqlite3.connect(target)
    try:
        schema = reader.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY type = 'table' DESC, rowid"
        ).fetchall()
        virtual = {
            name for kind, name, sql in schema if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")
        }
        tables = []
        for kind, name, sql in schema:
            if any(name.startswith(f"{table}_") for table in virtual):
                continue  # an FTS index's own tables: made by its CREATE VIRTUAL TABLE
            with contextlib.suppress(sqlite3.DatabaseError):
                writer.execute(sql)
                if kind == "table" and name not in virtual and not name.startswith("sqlite_"):
                    tables.append(name)
        for name in tables:
            _copy_rows(reader, writer, '"' + name.replace('"', '""') + '"')
        writer.commit()
    finally:
        writer.close()
        reader.close()


def recover(path: Path) -> Recovery:
    """Copy what can be read from the damaged ``path`` into a new file, check it, keep the
    damaged file in ``backups/`` and put the copy in its place. The search index is to be
    rebuilt by the caller (it is derived from the records)."""
    _require_file(path)
    folder = path.parent / BACKUP_FOLDER
    with _locked(path.parent, exclusive=True):
        folder.mkdir(exist_ok=True)
        stamp = _stamp()
        target = path.with_name(f"liaison-recovered-{stamp}.sqlite3")
        try:
            _recover_by_copy(path, target)
            if not _sound(target):
                raise RecoveryFailedError(path=str(path))
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        damaged_copy = folder / f"liaison-damaged-{stamp}.sqlite3"
        _move_with_journal(path, damaged_copy)
        os.replace(target, path)
        probe.clear_damage_mark(path)
    return Recovery(path, damaged_copy)


def _sound(path: Path) -> bool:
    try:
        connection = sqlite3.connect(path)
        try:
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            return "alembic_version" in names and probe.is_sound(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _move_with_journal(path: Path, target: Path) -> None:
    """Move the file and its ``-wal`` (committed changes not yet in the file) together; the
    ``-shm`` is only an index of the WAL, rebuilt by SQLite, and is removed."""
    for suffix in ("-wal",):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    os.replace(path, target)


# -- snapshots ----------------------------------------------------------------------------------
def snapshots(directory: Path) -> list[Path]:
    """The snapshots in ``directory/backups``, newest first."""
    folder = directory / BACKUP_FOLDER
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{SNAPSHOT_PREFIX}*.sqlite3"), key=lambda p: p.name, reverse=True)


def _check_space(path: Path, folder: Path) -> None:
    needed = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        needed += wal.stat().st_size
    free = shutil.disk_usage(folder if folder.exists() else path.parent).free
    if free - needed < FREE_RESERVE_BYTES:
        raise NotEnoughSpaceError(
            path=str(path), needed=max(1, needed // 1024**2), reserve=FREE_RESERVE_BYTES // 1024**2
        )


def online_copy(path: Path, target: Path) -> None:
    """SQLite's online backup of ``path`` into ``target``, written under a temporary name."""
    temporary = target.with_name(target.name + ".part")
    try:
        source = probe.open_for_reading(path)
        try:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        os.replace(temporary, target)
    except sqlite3.Error as error:
        temporary.unlink(missing_ok=True)
        known = probe.known_error(target, error)
        if known is None:
            raise
        raise known from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def take_snapshot(path: Path) -> Path:
    """A snapshot of the record now, then the rotation; returns the snapshot."""
    _require_file(path)
    folder = path.parent / BACKUP_FOLDER
    writable = os.access(folder if folder.exists() else path.parent, os.W_OK)
    if not writable:
        raise ReadOnlyStoreError(path=str(folder))
    _check_space(path, folder)
    folder.mkdir(exist_ok=True)
    target = folder / f"{SNAPSHOT_PREFIX}{_stamp()}.sqlite3"
    if probe.damage_mark(path).exists():
        raise DamagedDatabaseError(path=str(path))
    online_copy(path, target)
    if not _sound(target):  # a damaged record must not push sound snapshots out of the rotation
        target.unlink(missing_ok=True)
        probe.mark_damaged(path)
        raise DamagedDatabaseError(path=str(path))
    rotate(path.parent)
    return target


def snapshot_due(directory: Path) -> bool:
    newest = snapshots(directory)
    if not newest:
        return True
    taken = datetime.fromtimestamp(newest[0].stat().st_mtime, UTC)
    return _now() - taken >= SNAPSHOT_EVERY


def rotate(directory: Path) -> list[Path]:
    """Drop old snapshots beyond :data:`SNAPSHOT_KEEP` or :data:`SNAPSHOT_MAX_BYTES`; returns
    the dropped ones."""
    kept, dropped, total = 0, [], 0
    for snapshot in snapshots(directory):
        size = snapshot.stat().st_size
        if kept and (kept >= SNAPSHOT_KEEP or total + size > SNAPSHOT_MAX_BYTES):
            snapshot.unlink(missing_ok=True)
            dropped.append(snapshot)
            continue
        kept += 1
        total += size
    return dropped


def restore(path: Path, snapshot: Path | None = None) -> tuple[Path, Path]:
    """Put ``snapshot`` (default: the newest) in the record's place, after copying the current
    file into ``backups/``. Returns (the snapshot restored, the copy of the file it replaced)."""
    directory = path.parent
    if snapshot is None:
        found = snapshots(directory)
        if not found:
            raise NoSnapshotError(path=str(directory / BACKUP_FOLDER))
        snapshot = found[0]
    if not _sound(snapshot):
        raise NotADatabaseError(path=str(snapshot))
    with _locked(directory, exclusive=True):
        folder = directory / BACKUP_FOLDER
        folder.mkdir(exist_ok=True)
        before = folder / f"liaison-before-restore-{_stamp()}.sqlite3"
        if path.exists() and path.stat().st_size == 0:  # an interrupted copy: kept as it is
            _move_with_journal(path, before)
        elif path.exists():
            _check_space(path, folder)
            try:
                online_copy(path, before)
            except KnownError:  # a damaged file: keep it as it is, journal and all
                _move_with_journal(path, before)
        incoming = path.with_name(path.name + ".restoring")
        shutil.copyfile(snapshot, incoming)
        for suffix in ("-wal", "-shm"):  # the replaced file's journal must not be applied to this one
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, path)
        probe.clear_damage_mark(path)
    return snapshot, before
