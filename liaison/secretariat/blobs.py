"""The server's store of attached files' bytes: a folder on disk, content-addressed by SHA-256.

Layout under the files folder (``serve --files-dir``, ``$LIAISON_SECRETARIAT_FILES``; beside a
SQLite database by default):

- ``<first 2 hex>/<sha256>`` — complete files, whose bytes were hashed on arrival and matched;
- ``tmp/<institution id>-<sha256>.part`` — an upload in progress, one per institution and hash
  (so that neither the progress nor the existence of another institution's upload shows);
  chunks are appended at the offset the client names, which must be the part's current size;
- ``holders/<institution id>/<sha256>`` — empty marks: this institution uploaded these bytes
  (so its laptops are told "complete" and send nothing again, before any record names them).

An upload is completed when its last byte arrives: the part is flushed to the disk, hashed,
and only if the hash is the one named renamed (atomically) to its final name; a mismatch
deletes the part (nothing is kept) and the client starts again. So a crash, a cut connection or
a SIGKILL of a worker leaves a part to resume, never a wrong file under a final name.

Writers of one part are serialised by an exclusive ``flock`` (several worker processes on the
host); a second writer is told to come back (409). Several hosts need one shared folder (NFS
with working locks) — or, at that scale, an S3-compatible store (see the README).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from liaison.protocol import ProtocolError
from liaison.writeback import Writeback

READ_CHUNK = 1 << 20
MAX_REMEMBERED = 256
"""Running hashes of uploads in progress kept per process (the oldest goes first)."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_sha256(value: str) -> str:
    """``value`` if it is a SHA-256 in lower-case hex, else a 400 naming the field."""
    if not _SHA256.fullmatch(value):
        raise ProtocolError("must be a SHA-256: 64 lower-case hexadecimal digits", field="sha256")
    return value


class OffsetMismatch(Exception):
    """The chunk does not start where the part ends (``offset`` is where it does)."""

    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


class UploadBusy(Exception):
    """Another request is writing this part right now."""


class DigestMismatch(Exception):
    """The bytes received do not hash to the name they were sent under; nothing was kept."""

    def __init__(self, actual: str) -> None:
        super().__init__(actual)
        self.actual = actual


def _stamp(status: os.stat_result) -> tuple[int, int, int]:
    """A part's length, modification time and inode: what tells that nobody else wrote it."""
    return (status.st_size, status.st_mtime_ns, status.st_ino)


WRITEV_PIECES = 64
"""Pieces written by one ``writev`` at most (far below the system's ``IOV_MAX``); a batch of more
(a body that arrived in small pieces) is joined first."""


def _writev_all(descriptor: int, pieces: Sequence[bytes]) -> int:
    """Write ``pieces`` at the end of the file in order, as they are (one ``writev``: not joined
    into a copy, which would hold the GIL the event loop needs); how many bytes."""
    views = [memoryview(piece) for piece in pieces if piece]
    total = sum(len(view) for view in views)
    while views:
        written = os.writev(descriptor, views)
        while views and written >= len(views[0]):
            written -= len(views.pop(0))
        if views and written:
            views[0] = views[0][written:]
    return total


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class Upload:
    """One chunk being written into a part, under the part's lock (see :meth:`ServerBlobs.begin`)."""

    def __init__(
        self,
        blobs: ServerBlobs,
        sha256: str,
        institution: str,
        handle: BinaryIO,
        offset: int,
        hasher: Any = None,
    ) -> None:
        self.blobs = blobs
        self.sha256 = sha256
        self.institution = institution
        self.handle = handle
        self.start = offset
        self.offset = offset
        self.hasher = hasher
        """The hash of the part's bytes so far, when this process saw them all arrive (else
        ``None``: completion reads the part again)."""
        self.writeback = Writeback(handle.fileno(), offset)
        """The disk starts writing the part as it grows, so the ``fsync`` of :meth:`finish`
        waits for the last megabytes only."""

    def write(self, chunk: bytes) -> None:
        self.write_pieces((chunk,))

    def write_pieces(self, pieces: Sequence[bytes]) -> None:
        """Append ``pieces`` (as the network gave them: 256 KiB each when the bytes come fast),
        in the writing thread: one ``writev`` for them all and a hash update for each, every
        call releasing the GIL (a join into one megabyte first would copy it holding the GIL,
        on which the event loop waits). Many small pieces (a slow network) are joined."""
        if len(pieces) > WRITEV_PIECES:
            pieces = (b"".join(pieces),)
        self.handle.flush()  # nothing is buffered there; the part's end is its descriptor's
        count = _writev_all(self.handle.fileno(), pieces)
        self.offset += count
        self.writeback.wrote(count)
        if self.hasher is not None:
            for piece in pieces:
                self.hasher.update(piece)  # releases the GIL: the event loop receives meanwhile

    def undo(self) -> None:
        """Drop this chunk's bytes (it was refused): the part ends where it did."""
        self.handle.flush()
        self.handle.truncate(self.start)
        self.offset = self.start
        self.hasher = None

    def close(self) -> None:
        """Release the lock; what arrived stays in the part (a cut connection resumes from it)."""
        stamp: tuple[int, int, int] | None = None
        with contextlib.suppress(OSError):
            self.handle.flush()
            self.writeback.flush()  # this chunk's tail goes to the disk while the next one comes
            stamp = _stamp(os.fstat(self.handle.fileno()))
        self.blobs.remember(self, stamp)
        self.handle.close()  # closing releases the flock

    def finish(self) -> None:
        """The last byte arrived: flush, hash and, if the hash is right, move the part to its
        final name (or drop it when those bytes are stored already); else drop it and raise
        :class:`DigestMismatch`. Marks the institution as holding the bytes."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        part = self.blobs.part(self.sha256, self.institution)
        digest = self.hasher
        self.hasher = None  # done with: never remembered for a next upload
        if digest is None:
            digest = hashlib.sha256()
            with part.open("rb") as source:
                while chunk := source.read(READ_CHUNK):
                    digest.update(chunk)
        actual = str(digest.hexdigest())
        if actual != self.sha256:
            part.unlink(missing_ok=True)
            raise DigestMismatch(actual)
        # The institution is marked as holding the bytes before the part goes: a status asked
        # in between (the folder's fsync may take a while) would otherwise find neither the part
        # nor the mark and answer "offset 0", and the institution's other laptop would send the
        # whole file again. A mark without the file (a stop right here) claims nothing:
        # :meth:`ServerBlobs.holds` needs both, and these bytes were checked.
        self.blobs.mark_holder(self.sha256, self.institution)
        final = self.blobs.path(self.sha256)
        if final.is_file():
            part.unlink(missing_ok=True)
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, final)
            _fsync_folder(final.parent)


class ServerBlobs:
    """Files' bytes under ``root``; created on first use."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.tmp = self.root / "tmp"
        self.holders = self.root / "holders"
        self._hashes: dict[Path, tuple[tuple[int, int, int], Any]] = {}
        """Part → (its length, the hash of its bytes), for parts whose every byte this process
        received: completion then needs no second read of the file. Another worker, a restart
        or a dropped chunk falls back to reading the part."""
        self._hashes_lock = threading.Lock()

    def remember(self, upload: Upload, stamp: tuple[int, int, int] | None) -> None:
        """Keep the running hash of a part this process just wrote, with the part's length,
        modification time and inode: any write by another process changes them."""
        part = self.part(upload.sha256, upload.institution)
        with self._hashes_lock:
            self._hashes.pop(part, None)
            if upload.hasher is not None and stamp is not None and stamp[0] == upload.offset:
                if len(self._hashes) >= MAX_REMEMBERED:
                    self._hashes.pop(next(iter(self._hashes)))
                self._hashes[part] = (stamp, upload.hasher)

    def _hasher(self, part: Path, stamp: tuple[int, int, int]) -> Any:
        with self._hashes_lock:
            found = self._hashes.pop(part, None)
        if found is not None and found[0] == stamp:
            return found[1]
        return hashlib.sha256() if stamp[0] == 0 else None

    def path(self, sha256: str) -> Path:
        digest = check_sha256(sha256)
        return self.root / digest[:2] / digest

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def part(self, sha256: str, institution: str) -> Path:
        if not _UUID.fullmatch(institution):
            raise ValueError("an institution id is a UUID")
        return self.tmp / f"{institution}-{check_sha256(sha256)}.part"

    def holds(self, sha256: str, institution: str) -> bool:
        """Whether ``institution`` uploaded these bytes and they are stored."""
        return (self.holders / institution / check_sha256(sha256)).is_file() and self.has(sha256)

    def mark_holder(self, sha256: str, institution: str) -> None:
        folder = self.holders / institution
        folder.mkdir(parents=True, exist_ok=True)
        (folder / check_sha256(sha256)).touch()

    def received(self, sha256: str, institution: str) -> int:
        """Bytes of ``institution``'s upload of ``sha256`` held so far (0: none)."""
        try:
            return self.part(sha256, institution).stat().st_size
        except FileNotFoundError:
            return 0

    def begin(self, sha256: str, institution: str, offset: int, size: int) -> Upload:
        """Open the part to append at ``offset``, locked; :class:`UploadBusy` when another
        request holds it, :class:`OffsetMismatch` when the part does not end at ``offset``. A part
        longer than ``size`` (another size was claimed before) is started again."""
        self.tmp.mkdir(parents=True, exist_ok=True)
        part = self.part(sha256, institution)
        handle = part.open("ab+")
        try:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UploadBusy() from None
            current = os.fstat(handle.fileno()).st_size
            if current > size:
                handle.truncate(0)
                current = 0
            if current != offset:
                raise OffsetMismatch(current)
        except BaseException:
            handle.close()
            raise
        hasher = self._hasher(part, _stamp(os.fstat(handle.fileno())))
        return Upload(self, sha256, institution, handle, offset, hasher)
