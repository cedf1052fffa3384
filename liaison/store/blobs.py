"""The content-addressed store of attached files' bytes, in the data folder's ``files/``.

Layout: ``files/<first 2 hex>/<sha256>`` (256 folders at most, so no folder grows to hundreds of
thousands of entries), and ``files/tmp/`` for files being written. A file is written streaming
into ``files/tmp/`` — hashed as it is copied, a megabyte at a time, never whole in memory —,
flushed to the disk (``fsync``; its writeback started every few megabytes as the bytes come,
:mod:`liaison.writeback`, so that it waits for the last ones only), and only then renamed
(``os.replace``, atomic) to its final name, whose folder is then synced too. So a crash, a
SIGKILL or a full disk leaves at most a file in ``files/tmp/`` (removed by
:meth:`BlobStore.clean_tmp`), never half a file under a final name; and since the name is the
hash of the bytes, the same file attached twice is stored once.

A download goes into ``files/tmp/dl-<sha256>.part`` (:meth:`BlobStore.partial`), locked while
it is written: a download cut off — the connection, or the process killed — resumes from the
bytes that part holds (hashed again on opening), and the whole is checked against the expected
SHA-256 before it is renamed; a mismatch deletes the part. Such parts are kept for
:data:`STALE_PARTIAL_SECONDS` (a week), other temporary files for an hour.

A hash always comes through :func:`check_sha256` before it becomes a path: 64 hex digits and
nothing else, so a hostile value ("../x", an absolute path) never names a file outside the store.

This module depends on the standard library and :mod:`liaison.errors` only (no database), so
the server or the sync layer can use the same code for their side of the bytes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from liaison.errors import DiskFullError, DiskIOError, KnownError, ReadOnlyStoreError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.writeback import Writeback

FILES_FOLDER = "files"
"""The store's folder, in the data directory."""
TMP_FOLDER = "tmp"
DAMAGED_FOLDER = "damaged"
"""Where bytes found damaged are set aside (``files/damaged/<sha256>-<time>``): never used
again, never removed by Liaison (what could be read of a file no one else holds)."""
CHUNK = 1 << 20
"""Bytes read and written at a time (1 MB)."""
STALE_TMP_SECONDS = 3600.0
"""A temporary file older than this is left over from a crash (another process may be writing a
younger one right now: the window and a script can share a data folder)."""
STALE_PARTIAL_SECONDS = 7 * 24 * 3600.0
"""A download's part untouched this long is given up (until then a new try resumes from it)."""
PARTIAL_PREFIX = "dl-"

_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobError(KnownError):
    """A problem with the stored bytes of an attached file."""


class BadHashError(BlobError):
    template = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a SHA-256 hash (64 hexadecimal digits).")


class HashMismatchError(BlobError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is not the one expected (its SHA-256 is {actual}, not {expected}): "
        "it was damaged or changed on the way, and nothing was stored.",
    )


class DamagedBlobError(BlobError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy of {name} on this computer is damaged (its bytes changed on the disk since it was "
        "attached), so it was not used. It was set aside in {folder}. Sync to download it again, or "
        "attach the original file again.",
    )


DAMAGED_IN_PLACE = QT_TRANSLATE_NOOP(
    "Errors",
    "The copy of {name} on this computer is damaged (its bytes changed on the disk since it was "
    "attached), so it was not used. It could not be set aside ({path} cannot be written to). "
    "Attach the original file again in a writable copy of the data folder.",
)
""":class:`DamagedBlobError`'s sentence when the store is read-only and the bytes stay."""


class BlobTooLargeError(BlobError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {name} is larger than {limit_mb} MB, the limit for a file: nothing was stored."
    )


class MissingBlobError(BlobError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {name} is not in this data folder (its bytes, {digest}, are missing)."
    )


@dataclass(frozen=True)
class BlobInfo:
    """What was stored: the bytes' SHA-256 (lowercase hex) and size."""

    sha256: str
    size: int


def check_sha256(value: object) -> str:
    """``value`` as a stored hash's name (lowercase hex), or :class:`BadHashError`.

    Anything but 64 hex digits is refused, so that a hash from the network or a file can never
    name a path outside the store."""
    if not isinstance(value, str) or not _SHA256.fullmatch(value.lower()):
        raise BadHashError(value=str(value)[:80])
    return value.lower()


def _os_error(error: OSError, path: Path) -> KnownError:
    """The officer-facing error for a failed write into the store."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path=str(path))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyStoreError(path=str(path))
    return DiskIOError(path=str(path))


def _write_all(descriptor: int, data: bytes | memoryview) -> None:
    """Write ``data`` at the descriptor's position (a short write, rare, is followed by the rest)."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]


class _Sink:
    """Bytes appended to an open file descriptor: hashed, written, their writeback started; a
    megabyte or so at a time (a batch of the pieces the network gave, joined)."""

    def __init__(self, descriptor: int, root: Path, label: str, max_size: int | None, size: int = 0) -> None:
        self.descriptor = descriptor
        self.root = root
        self.label = label
        self.max_size = max_size
        self.size = size
        self.digest: Any = hashlib.sha256()
        self.writeback = Writeback(descriptor, size)

    def add(self, pieces: Sequence[bytes | memoryview]) -> None:
        # One hash update and one write for the batch: each releases the GIL and must take it
        # back from the network thread, which may hold it up to the 5 ms switch interval; per
        # 64 KiB piece that cost more than joining the megabyte (one copy) does.
        self.hash(self.write(pieces))  # the hash releases the GIL: the network thread reads meanwhile

    def write(self, pieces: Sequence[bytes | memoryview]) -> bytes | memoryview:
        """Append ``pieces`` (joined, when several) to the file and start their writeback; the
        bytes written, for :meth:`hash`. Past ``max_size``: :class:`BlobTooLargeError`, nothing
        written."""
        count = sum(len(piece) for piece in pieces)
        if self.max_size is not None and self.size + count > self.max_size:
            raise BlobTooLargeError(name=self.label, limit_mb=self.max_size // (1024 * 1024))
        data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
        try:
            _write_all(self.descriptor, data)
        except OSError as error:
            raise _os_error(error, self.root) from error
        self.size += count
        self.writeback.wrote(count)
        return data

    def hash(self, data: bytes | memoryview) -> None:
        """Add ``data``, appended by :meth:`write`, to the hash (every batch, in the order written;
        the two may run in two threads: a download, :meth:`Partial.write`)."""
        self.digest.update(data)

    def sync(self) -> None:
        """Make the written bytes durable (short: their writeback began as they came)."""
        try:
            os.fsync(self.descriptor)
        except OSError as error:
            raise _os_error(error, self.root) from error


def _lock(descriptor: int) -> bool:
    """An exclusive lock on the open file, without waiting; whether it was taken (two
    processes sharing the data folder may download the same file at once)."""
    try:
        import fcntl
    except ImportError:  # Windows: a byte-range lock far past any file's end
        import msvcrt

        try:
            os.lseek(descriptor, 1 << 40, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        finally:
            os.lseek(descriptor, 0, os.SEEK_END)
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class BlobStore:
    """Attached files' bytes by SHA-256 under ``root`` (``DATA_DIR/files``).

    Nothing is created until the first write, so a read-only data folder opens fine."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.tmp = self.root / TMP_FOLDER

    # -- reading ----------------------------------------------------------------------------------
    def path(self, sha256: str) -> Path:
        """Where the bytes of ``sha256`` are (or would be) stored."""
        digest = check_sha256(sha256)
        return self.root / digest[:2] / digest

    def has(self, sha256: str) -> bool:
        """Whether the bytes of ``sha256`` are stored here."""
        return self.path(sha256).is_file()

    def open(self, sha256: str, *, name: str | None = None) -> BinaryIO:
        """The stored bytes, for reading; :class:`MissingBlobError` if they are not here
        (``name``, the file's name, is what the error then says)."""
        path = self.path(sha256)
        try:
            return path.open("rb")
        except FileNotFoundError:
            raise MissingBlobError(name=name or sha256, digest=sha256) from None

    def copy_checked(self, sha256: str, out: BinaryIO, *, name: str | None = None) -> int:
        """Write the stored bytes of ``sha256`` to ``out``, hashing them as they go, a megabyte at
        a time; the number of bytes. Bytes that do not hash to their name (changed on the disk)
        are set aside (:meth:`set_aside`) and :class:`DamagedBlobError` is raised: the caller
        throws away what it wrote. Errors of ``out`` are the caller's (raised as they come)."""
        label = name or sha256
        digest = hashlib.sha256()
        size = 0
        with self.open(sha256, name=label) as source:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        if digest.hexdigest() != check_sha256(sha256):
            raise self._damaged(sha256, label)
        return size

    def verify(self, sha256: str, *, name: str | None = None) -> None:
        """Check that the stored bytes of ``sha256`` still hash to it; if not, they are set aside
        and :class:`DamagedBlobError` is raised (:class:`MissingBlobError` if they are not here)."""
        label = name or sha256
        digest = hashlib.sha256()
        with self.open(sha256, name=label) as source:
            try:
                while chunk := source.read(CHUNK):
                    digest.update(chunk)
            except OSError as error:  # a failing disk: said as such, not as a bug
                raise _os_error(error, self.root) from error
        if digest.hexdigest() != check_sha256(sha256):
            raise self._damaged(sha256, label)

    def read_checked(self, sha256: str, *, name: str | None = None) -> bytes:
        """The stored bytes of ``sha256``, whole (for small files: a contact's photo), checked
        against it: bytes that no longer match are set aside and :class:`DamagedBlobError` is
        raised, as :meth:`verify` does (:class:`MissingBlobError` if they are not here)."""
        label = name or sha256
        with self.open(sha256, name=label) as source:
            try:
                data = source.read()
            except OSError as error:
                raise _os_error(error, self.root) from error
        if hashlib.sha256(data).hexdigest() != check_sha256(sha256):
            raise self._damaged(sha256, label)
        return data

    def _damaged(self, sha256: str, name: str) -> DamagedBlobError:
        """Set the damaged bytes aside; the error that says so (or that they could not be)."""
        try:
            return DamagedBlobError(name=name, folder=str(self.set_aside(sha256).parent))
        except KnownError:  # a read-only store: the bytes stay, refused at every use
            return DamagedBlobError(DAMAGED_IN_PLACE, name=name, path=str(self.root))

    def set_aside(self, sha256: str) -> Path:
        """Move damaged bytes out of the store into ``files/damaged/`` (kept, never used): the
        hash is free again for a download or the original attached again. Where they went."""
        source = self.path(sha256)
        target = self.root / DAMAGED_FOLDER / f"{source.name}-{time.strftime('%Y%m%d-%H%M%S')}"
        try:
            target.parent.mkdir(exist_ok=True)
            os.replace(source, target)
        except FileNotFoundError:
            return target  # set aside meanwhile (another process found it too)
        except OSError as error:  # a read-only store: the bytes stay, still refused at every use
            raise _os_error(error, self.root) from error
        return target

    def was_set_aside(self, sha256: str) -> bool:
        """Whether bytes of ``sha256`` were once found damaged here and set aside
        (:meth:`set_aside`): a file that is not here for that reason, not for never having come."""
        pattern = f"{check_sha256(sha256)}-*"
        try:
            return any((self.root / DAMAGED_FOLDER).glob(pattern))
        except OSError:
            return False

    def _matches(self, path: Path, sha256: str) -> bool:
        digest = hashlib.sha256()
        with path.open("rb") as source:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def stored(self) -> Iterator[str]:
        """The hashes of every stored file (for finding orphans)."""
        if not self.root.is_dir():
            return
        for folder in sorted(self.root.iterdir()):
            if len(folder.name) != 2 or not folder.is_dir():
                continue
            for entry in sorted(folder.iterdir()):
                if _SHA256.fullmatch(entry.name) and entry.name.startswith(folder.name):
                    yield entry.name

    # -- writing ----------------------------------------------------------------------------------
    def add_file(self, path: Path, *, max_size: int | None = None) -> BlobInfo:
        """Store the file at ``path`` (read a megabyte at a time)."""
        with Path(path).open("rb") as source:
            return self.add_stream(
                iter(lambda: source.read(CHUNK), b""), max_size=max_size, name=Path(path).name
            )

    def add_stream(
        self,
        chunks: Iterable[bytes],
        expected_sha256: str | None = None,
        *,
        max_size: int | None = None,
        name: str | None = None,
    ) -> BlobInfo:
        """Store the bytes ``chunks`` yield, hashing them as they are written.

        With ``expected_sha256`` the bytes must hash to it, else :class:`HashMismatchError` and
        nothing is stored; past ``max_size`` bytes, :class:`BlobTooLargeError` and nothing is
        stored. A failure of the disk raises the store's own errors (full, read-only, I/O).
        ``name`` is what errors call the file. The same bytes already stored are kept as they
        are (stored once)."""
        expected = check_sha256(expected_sha256) if expected_sha256 is not None else None
        label = name or expected or "?"
        try:
            self.tmp.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix="blob-", suffix=".part", dir=self.tmp)
        except OSError as error:
            raise _os_error(error, self.root) from error
        part = Path(temporary)
        try:
            try:
                sink = _Sink(handle, self.root, label, max_size)
                for chunk in chunks:  # a failing source raises its own error, not the store's
                    sink.add((chunk,))
                sink.sync()
            finally:
                os.close(handle)
            actual = str(sink.digest.hexdigest())
            if expected is not None and actual != expected:
                raise HashMismatchError(name=label, actual=actual, expected=expected)
            self._put(part, actual, sink.size)
            return BlobInfo(actual, sink.size)
        finally:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()

    @contextlib.contextmanager
    def partial(
        self, sha256: str, *, name: str | None = None, max_size: int | None = None
    ) -> Iterator[Partial]:
        """The download of ``sha256`` in progress: ``files/tmp/dl-<sha256>.part``, opened to
        append and locked, its bytes so far hashed (:attr:`Partial.offset` of them). Leaving the
        block without :meth:`Partial.finish` keeps the part for the next try; another process
        downloading the same file right now leaves this one a private temporary file instead
        (from the start, not resumable)."""
        digest = check_sha256(sha256)
        label = name or digest
        try:
            self.tmp.mkdir(parents=True, exist_ok=True)
            path = self.tmp / f"{PARTIAL_PREFIX}{digest}.part"
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
            if not _lock(descriptor):
                os.close(descriptor)
                descriptor, temporary = tempfile.mkstemp(prefix="blob-", suffix=".part", dir=self.tmp)
                path = Path(temporary)
        except OSError as error:
            raise _os_error(error, self.root) from error
        download: Partial | None = None
        try:
            download = Partial(self, path, descriptor, digest, label, max_size)
            yield download
        finally:
            if download is not None:
                download.close()
            else:
                os.close(descriptor)
            if not path.name.startswith(PARTIAL_PREFIX):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()

    def _put(self, part: Path, digest: str, size: int) -> None:
        """Rename the written, synced ``part`` to its final name (atomic), unless those bytes
        are already stored."""
        final = self.path(digest)
        try:
            if final.is_file() and final.stat().st_size == size and self._matches(final, digest):
                part.unlink()  # stored once; fresh again, so no orphan sweep takes it now
                os.utime(final)
                return
            # not there, or damaged bytes under its name: the good ones just written replace them
            final.parent.mkdir(exist_ok=True)
            os.replace(part, final)
            _fsync_folder(final.parent)
        except OSError as error:
            raise _os_error(error, self.root) from error

    def discard(self, sha256: str) -> bool:
        """Remove the bytes of ``sha256``; whether there were any. The caller makes sure no
        live attachment still names them."""
        try:
            self.path(sha256).unlink()
        except FileNotFoundError:
            return False
        return True

    def clean_tmp(self, *, older_than: float = STALE_TMP_SECONDS) -> int:
        """Remove what crashed writes left in ``files/tmp/`` (files older than ``older_than``
        seconds: a younger one may be another process's write in progress), and downloads'
        parts older than :data:`STALE_PARTIAL_SECONDS` (until then a download resumes from
        them); how many."""
        if not self.tmp.is_dir():
            return 0
        removed = 0
        now = time.time()
        for entry in self.tmp.iterdir():
            partial = entry.name.startswith(PARTIAL_PREFIX)
            age = max(older_than, STALE_PARTIAL_SECONDS) if partial else older_than
            try:
                if entry.is_file() and entry.stat().st_mtime <= now - age:
                    entry.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        return removed


class Partial:
    """A download being written (see :meth:`BlobStore.partial`)."""

    def __init__(
        self, store: BlobStore, path: Path, descriptor: int, sha256: str, label: str, max_size: int | None
    ) -> None:
        self.store = store
        self.path = path
        self.sha256 = sha256
        self.label = label
        self.sink = _Sink(descriptor, store.root, label, max_size)
        self.closed = False
        try:
            self._hash_held(descriptor, max_size)
        except OSError as error:
            raise _os_error(error, store.root) from error

    def _hash_held(self, descriptor: int, max_size: int | None) -> None:
        held = os.fstat(descriptor).st_size
        if max_size is not None and held > max_size:
            self.restart()
            return
        os.lseek(descriptor, 0, os.SEEK_SET)
        while chunk := os.read(descriptor, CHUNK):
            self.sink.digest.update(chunk)
            self.sink.size += len(chunk)
        self.sink.writeback.started = self.sink.writeback.written = self.sink.size

    @property
    def offset(self) -> int:
        """Bytes held (the next to fetch starts here)."""
        return self.sink.size

    @property
    def resumed(self) -> bool:
        return self.path.name.startswith(PARTIAL_PREFIX) and self.sink.size > 0

    def restart(self) -> None:
        """Drop what is held (it cannot be what is expected) and start from the first byte."""
        try:
            os.ftruncate(self.sink.descriptor, 0)
            os.lseek(self.sink.descriptor, 0, os.SEEK_SET)
        except OSError as error:
            raise _os_error(error, self.store.root) from error
        self.sink = _Sink(self.sink.descriptor, self.store.root, self.label, self.sink.max_size)

    def add(self, pieces: Sequence[bytes | memoryview]) -> None:
        """Append ``pieces`` (written, hashed; past the size limit :class:`BlobTooLargeError`,
        on a full disk :class:`~liaison.errors.DiskFullError`, and the part is dropped)."""
        self.hash(self.write(pieces))

    def write(self, pieces: Sequence[bytes | memoryview]) -> bytes | memoryview:
        """Append ``pieces`` to the part, not hashed yet (errors as :meth:`add`); the bytes to
        give :meth:`hash`, which must see every batch written, in order, before :meth:`finish`.
        A download writes in one thread and hashes in another, a batch or more behind: the page
        cache's copy (whose wait for memory shows on a virtual machine) and the hash run side
        by side."""
        try:
            return self.sink.write(pieces)
        except (BlobTooLargeError, DiskFullError):
            # a full disk: the part would hold the last free space the record itself needs
            # (the next save, the next sync's pull); resuming is for cuts and kills, not this
            self.discard()
            raise

    def hash(self, data: bytes | memoryview) -> None:
        """Hash bytes :meth:`write` appended (releases the GIL)."""
        self.sink.hash(data)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            os.ftruncate(self.sink.descriptor, 0)
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def close(self) -> None:
        """Close the part (releasing its lock); done once."""
        if not self.closed:
            self.closed = True
            os.close(self.sink.descriptor)

    def finish(self) -> BlobInfo:
        """Flush the part to the disk, check the whole against the expected SHA-256 and rename
        it to its final name; a mismatch deletes the part (the next try starts from the first
        byte) and raises :class:`HashMismatchError`."""
        try:
            self.sink.sync()
        except DiskFullError:
            self.discard()
            raise
        actual = str(self.sink.digest.hexdigest())
        if actual != self.sha256:
            self.discard()
            raise HashMismatchError(name=self.label, actual=actual, expected=self.sha256)
        if os.name == "nt":
            self.close()  # Windows renames no open file; elsewhere the lock is held through the rename
        self.store._put(self.path, actual, self.sink.size)
        return BlobInfo(actual, self.sink.size)


__all__ = [
    "CHUNK",
    "DAMAGED_FOLDER",
    "FILES_FOLDER",
    "STALE_PARTIAL_SECONDS",
    "STALE_TMP_SECONDS",
    "BadHashError",
    "BlobError",
    "BlobInfo",
    "BlobStore",
    "BlobTooLargeError",
    "DamagedBlobError",
    "HashMismatchError",
    "MissingBlobError",
    "Partial",
    "check_sha256",
]
