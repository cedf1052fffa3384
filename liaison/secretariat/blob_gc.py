"""Removing from the files folder what nothing needs any more (``liaison-secretariat gc``).

What goes:

- **a file's bytes that no live record names** (:func:`liaison.secretariat.blob_refs.named`: no
  attachment that is not a tombstone — a withdrawn record is stored as one), once that has been
  so for the grace period (:data:`GRACE`, 30 days), counted from the latest of: the file's
  modification time (when its bytes arrived, or were last promised to a laptop: see
  :func:`vouch`), the holders' marks of it (an institution's upload that found the bytes
  stored already touches its mark), and the last time a record stopped naming it
  (:class:`~liaison.secretariat.models.BlobRelease`). Its holders' marks go with it.
- **an upload abandoned half-way** (``tmp/*.part``) whose last chunk was written more than
  :data:`PART_GRACE` (24 hours) ago: the modification time moves with every chunk, so a slow
  upload that keeps going is never cut, whatever its total length; one idle for a day starts
  again from its first byte (at most 50 MB sent twice).
- holders' marks whose bytes are gone, and release times older than the grace period (they can
  no longer keep anything).

Why 30 days: the bytes arrive before their metadata (a laptop uploads, then pushes the record),
so an uploaded file is named by nothing until that push: a laptop cut off between the two — a
SIGKILL, a flight, a mission without network — must find its bytes still there when it comes
back weeks later. Thirty days also covers the ordinary life of a server's backups: a database
restored from a copy up to a month old names files removed from records after the copy was
made, and finds them still there (see the README, "Attached files' bytes"). Bytes older than
that are not lost either: the laptop that attached a file keeps it, and a laptop that asks
(``GET /v1/blobs/SHA/upload``) is told the truth and uploads again.

The races, and why none loses a file a record is about to name:

- **Told "complete", then collected.** A laptop asks whether the server holds a file; "complete"
  means it pushes the metadata without sending the bytes. :func:`vouch` takes a shared lock on
  the file, refreshes its modification time and checks it still has a name before that answer
  is given; the collector takes the exclusive lock, reads the time again and unlinks under it.
  So either the answer comes first (the file is fresh again: kept for another grace period) or
  the removal does (the answer is "offset 0" and the laptop uploads again).
- **A push naming a file being collected.** The last check that no live record names a file
  is made holding the writers' lock (``SELECT … FOR UPDATE`` on ``server_meta``; ``BEGIN
  IMMEDIATE`` on SQLite) and the file is unlinked before it is released: a push committed
  before is seen, one that comes after finds the bytes gone only if it names bytes nobody
  uploaded or was promised for the whole grace period (its laptop asked first, and was told
  to upload).
- **An upload of the same bytes in progress** (another institution's part in ``tmp/``): the
  bytes are kept while any part of them exists.
- **A part being written**: a writer holds an exclusive ``flock`` on it; the collector removes a
  part only when it gets that lock itself and the part is still the one it measured.

Not periodic inside the server: every worker and every host would run it, it walks a folder
that may hold hundreds of thousands of files, and its writes take the writers' lock in short
turns; an administrator runs it from a timer (``packaging/secretariat/`` has a daily systemd
timer), safely while ``serve`` runs.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete

from liaison.secretariat import blob_refs
from liaison.secretariat.blobs import ServerBlobs
from liaison.secretariat.db import Database, lock_sequence
from liaison.secretariat.models import BlobRelease

GRACE = timedelta(days=30)
"""How long bytes that no live record names are kept (see the module's docstring)."""
PART_GRACE = timedelta(hours=24)
"""How long an upload in progress may go without a chunk before its part is removed."""
CHUNK = 200
"""Files decided on per turn of the writers' lock (pushes wait for a turn, never for a walk)."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_PART = re.compile(r"[0-9a-f-]{36}-([0-9a-f]{64})\.part")


@dataclass
class Collected:
    """What a collection did (or, with ``dry_run``, would do)."""

    files_removed: int = 0
    bytes_removed: int = 0
    files_named: int = 0
    """Kept: a live record names them."""
    files_in_grace: int = 0
    """Kept: named by nothing, but for less than the grace period (or being uploaded again)."""
    parts_removed: int = 0
    part_bytes_removed: int = 0
    parts_kept: int = 0
    marks_removed: int = 0
    releases_dropped: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def vouch(files: ServerBlobs, sha256: str) -> bool:
    """Whether the bytes of ``sha256`` are stored, refreshing their time so that the collector
    keeps them for another grace period: called before the server tells a laptop it need not
    send them. Waits while the collector is deciding on this very file (an instant)."""
    try:
        descriptor = os.open(files.path(sha256), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH)
        if os.fstat(descriptor).st_nlink == 0:
            return False  # collected while we waited
        with contextlib.suppress(OSError):
            os.utime(descriptor)
        return True
    finally:
        os.close(descriptor)  # releases the lock


def collect(
    database: Database,
    files: ServerBlobs,
    *,
    grace: timedelta = GRACE,
    part_grace: timedelta = PART_GRACE,
    now: float | None = None,
    dry_run: bool = False,
) -> Collected:
    """Remove what nothing needs (see the module's docstring); ``now`` in seconds since the
    epoch (tests move it forward instead of waiting a month)."""
    clock = time.time() if now is None else now
    done = Collected()
    uploading = _parts(files, clock - part_grace.total_seconds(), done, dry_run)
    cutoff = clock - grace.total_seconds()
    institutions = _holder_folders(files)
    stored = list(_stored(files))
    for start in range(0, len(stored), CHUNK):
        _decide(
            database, files, stored[start : start + CHUNK], institutions, uploading, cutoff, done, dry_run
        )
    _stale_marks(files, institutions, done, dry_run)
    if not dry_run:
        with database.write() as connection:
            lock_sequence(connection)
            old = datetime.fromtimestamp(cutoff, UTC).replace(tzinfo=None)
            dropped = connection.execute(delete(BlobRelease).where(BlobRelease.released_at < old))
            done.releases_dropped += max(0, dropped.rowcount or 0)
    return done


def _decide(
    database: Database,
    files: ServerBlobs,
    hashes: list[str],
    institutions: list[Path],
    uploading: set[str],
    cutoff: float,
    done: Collected,
    dry_run: bool,
) -> None:
    with database.read() as connection:
        named = blob_refs.named(connection, hashes)
        released = blob_refs.released_at(connection, hashes)
    done.files_named += len(named)
    expired = []
    for digest in hashes:
        if digest in named:
            continue
        if digest in uploading or _last_touched(files, digest, institutions, released.get(digest)) >= cutoff:
            done.files_in_grace += 1
        else:
            expired.append(digest)
    if not expired:
        return
    if dry_run:
        for digest in expired:
            with contextlib.suppress(OSError):
                done.bytes_removed += files.path(digest).stat().st_size
                done.files_removed += 1
        return
    with database.write() as connection:
        lock_sequence(connection)  # no push commits while the last check is made and acted on
        named_now = blob_refs.named(connection, expired)
        released = blob_refs.released_at(connection, expired)
        removed = []
        for digest in expired:
            if digest in named_now:
                done.files_named += 1
                continue
            size = _remove(files, digest, institutions, released.get(digest), cutoff)
            if size is None:
                done.files_in_grace += 1
            else:
                removed.append(digest)
                done.files_removed += 1
                done.bytes_removed += size
        if removed:
            connection.execute(delete(BlobRelease).where(BlobRelease.sha256.in_(removed)))


def _remove(
    files: ServerBlobs, digest: str, institutions: list[Path], released: datetime | None, cutoff: float
) -> int | None:
    """Unlink the bytes (and their holders' marks) under their exclusive lock if they are still
    past the grace period; their size, or ``None`` when they were kept."""
    path = files.path(digest)
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None  # a laptop is being told it is here: kept
        status = os.fstat(descriptor)
        if max(status.st_mtime, _marks_time(digest, institutions), _seconds(released)) >= cutoff:
            return None
        if os.stat(path).st_ino != status.st_ino:
            return None
        for folder in institutions:
            (folder / digest).unlink(missing_ok=True)
        path.unlink()
        return status.st_size
    except OSError:
        return None
    finally:
        os.close(descriptor)


def _last_touched(
    files: ServerBlobs, digest: str, institutions: list[Path], released: datetime | None
) -> float:
    try:
        arrived = files.path(digest).stat().st_mtime
    except OSError:
        return float("inf")  # gone already: nothing to do
    return max(arrived, _marks_time(digest, institutions), _seconds(released))


def _marks_time(digest: str, institutions: list[Path]) -> float:
    newest = 0.0
    for folder in institutions:
        with contextlib.suppress(OSError):
            newest = max(newest, (folder / digest).stat().st_mtime)
    return newest


def _seconds(when: datetime | None) -> float:
    return 0.0 if when is None else when.replace(tzinfo=UTC).timestamp()


def _holder_folders(files: ServerBlobs) -> list[Path]:
    try:
        return sorted(entry for entry in files.holders.iterdir() if entry.is_dir())
    except OSError:
        return []


def _stored(files: ServerBlobs) -> Iterator[str]:
    """The hashes of the complete files (``<first 2 hex>/<sha256>``), nothing else."""
    try:
        folders = sorted(files.root.iterdir())
    except OSError:
        return
    for folder in folders:
        if len(folder.name) != 2 or not folder.is_dir():
            continue
        for entry in sorted(os.scandir(folder), key=lambda item: item.name):
            if _SHA256.fullmatch(entry.name) and entry.name[:2] == folder.name and entry.is_file():
                yield entry.name


def _parts(files: ServerBlobs, cutoff: float, done: Collected, dry_run: bool) -> set[str]:
    """Remove the parts idle since before ``cutoff``; the hashes of those kept."""
    kept: set[str] = set()
    try:
        entries = sorted(files.tmp.iterdir())
    except OSError:
        return kept
    for part in entries:
        matched = _PART.fullmatch(part.name)
        if matched is None:
            continue
        size = _remove_part(part, cutoff, dry_run)
        if size is None:
            kept.add(matched.group(1))
            done.parts_kept += 1
        else:
            done.parts_removed += 1
            done.part_bytes_removed += size
    return kept


def _remove_part(part: Path, cutoff: float, dry_run: bool) -> int | None:
    try:
        descriptor = os.open(part, os.O_RDONLY)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if status.st_mtime >= cutoff:
            return None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None  # a chunk is being written right now
        status = os.fstat(descriptor)
        if status.st_mtime >= cutoff or os.stat(part).st_ino != status.st_ino:
            return None
        if not dry_run:
            part.unlink()
        return status.st_size
    except OSError:
        return None
    finally:
        os.close(descriptor)


def _stale_marks(files: ServerBlobs, institutions: list[Path], done: Collected, dry_run: bool) -> None:
    """Holders' marks whose bytes are gone (a collection interrupted between the two)."""
    for folder in institutions:
        for entry in os.scandir(folder):
            if _SHA256.fullmatch(entry.name) and not files.has(entry.name):
                if not dry_run:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                done.marks_removed += 1
