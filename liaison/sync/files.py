"""Attached files' bytes to and from the Secretariat, out of band (never in the JSON pages).

- **Upload before the metadata** (:func:`upload_for_batch`, called by the push for each batch
  before it is sent): every attachment whose change in the batch shows it to colleagues who did
  not see it (created, restored, shared again: :func:`needing_bytes`) has its bytes uploaded
  first, unless the server says it holds them, so that no other laptop ever sees an attachment
  whose bytes are missing. The upload asks the server how much it holds
  (``GET /v1/blobs/{sha256}/upload``) and sends the rest streamed from the store's file (never
  the whole file in memory): in one request when the server announces that it takes it
  (``max_chunk``), else in chunks of :data:`~liaison.protocol.constants.BLOB_CHUNK_BYTES`
  (an older server; and after a larger request was refused or made no progress: a proxy that
  limits or buffers bodies). After a cut connection the next try (or the next sync, or the next
  process after a SIGKILL) starts from the server's offset (it keeps what arrived): only what was
  in flight is sent again. The bytes are read once: the server hashes them as they arrive, and
  only when it refuses them as damaged (422) is the laptop's copy checked, to tell damage on
  its disk (set aside, said as such) from damage on the way. Private records' files never
  leave: their rows are never in a batch (the push holds them).
- **Download on demand** (:func:`downloader`, for ``AttachmentRecords.downloader``: the window's
  Open and ``liaison attachment get``) and **in the background after a pull**
  (:func:`download_within_budget`): streamed into the store's part for that hash
  (``BlobStore.partial``) and hashed as it comes (a long body read straight from the
  connection's socket, :func:`_direct_socket`); a connection cut mid-file is resumed with a
  ``Range`` from the bytes received, and so is a download cut off for good (the process killed,
  the laptop shut, every resume failed): the next try asks for the bytes after those its part
  holds. The whole is checked against the expected SHA-256 at the end: a mismatch deletes the
  part, stores nothing and says so (the next try starts from the first byte).
  The background budget is a setting (:data:`DOWNLOAD_BUDGET_MB`, default
  :data:`DEFAULT_DOWNLOAD_BUDGET_MB` per sync): newest files first, those that do not fit wait
  for the officer to open them.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from queue import Full, Queue
from typing import Any, BinaryIO, TypeVar

import httpx
from sqlalchemy import select

from liaison.errors import KnownError, StoreError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.protocol import constants as c
from liaison.services.app import Liaison
from liaison.services.attachments import Downloader
from liaison.services.entities import ATTACHMENTS
from liaison.services.records import table_of
from liaison.store.blobs import CHUNK, BlobError, BlobStore, DamagedBlobError, MissingBlobError, Partial
from liaison.sync import state
from liaison.sync.credentials import TokenStore, account_name
from liaison.sync.errors import (
    FileDamagedOnTheWayError,
    FileNotOnServerError,
    LoginRequiredError,
    NotLoggedInError,
    OfflineError,
    ServerError,
    ServerRefusedError,
    SyncError,
)
from liaison.sync.transport import Transport

Call = Callable[..., Any]
T = TypeVar("T")

DOWNLOAD_BUDGET_MB = "sync.download_budget_mb"
"""Setting: megabytes of files a sync downloads in the background (0: none; open to download)."""
DEFAULT_DOWNLOAD_BUDGET_MB = 50
OFFSET_HEADER = "Liaison-Blob-Offset"
PIECE = 1 << 20
"""Bytes of an upload read from the file and handed to the connection at a time (a megabyte, as
the floor of ``tests/benchmarks/bench_attachments.py`` reads: a quarter of it cost more calls
through httpx for nothing; memory grows by one piece)."""
RESUMES = 3
"""Times a download cut mid-file is resumed (from the bytes received) before it fails."""
AHEAD = 3
"""Batches of a download (a megabyte each) waiting between two of its threads (read → written →
hashed): at most 2 × AHEAD + 3 megabytes in memory (:func:`_read_direct`)."""
DIRECT_BYTES = 32 << 20
"""A download body this long or longer is read straight from the connection's socket
(:func:`_direct_socket`) when more requests follow on the connection (a sync's background
downloads): what that saves (~1.2 ms of the reading thread's CPU a megabyte, ~38 ms at 32 MiB)
must pass what the new connection it leaves for the next request costs: a TLS handshake
through the transport's trust store — ~45-50 ms on this Linux machine when truststore loaded
the system's CA certificates at every handshake, ~7 ms since the transport loads them once
(:func:`~liaison.sync.transport.ssl_context`); on Windows and macOS truststore asks the
system's verifier, whose cost was not measured here, so the threshold stays where it was."""
LAST_DIRECT_BYTES = 1 << 20
"""The same for a download that is the connection's last request (an Open, ``liaison
attachment get``: :func:`downloader` closes its transport after it): nothing pays for the
connection closed, so any body of a megabyte or more."""
_TURNS = 20
"""Requests (and waits of a second for another laptop's upload of the same file) in a row that
bring the server's copy no further before an upload gives up; any progress starts the count
again (another laptop's whole-file request may hold the file for minutes on a slow network)."""
_MOST_TURNS = 10_000
HELD = QT_TRANSLATE_NOOP("Errors", "Not sent (the next sync tries again): {problem}")
"""A sync's line for a file held back from the push (its reason, naming the file, follows)."""
NOT_DOWNLOADED = QT_TRANSLATE_NOOP(
    "Errors", "Files were not downloaded (they download when opened, or at the next sync): {problem}"
)
"""A sync's line for a background download stopped by the data folder (full, read-only)."""


class Files:
    """Bytes to and from one server, through ``transport`` with ``token``."""

    def __init__(self, app: Liaison, transport: Transport, token: str) -> None:
        self.app = app
        self.transport = transport
        self.token = token
        self.blobs: BlobStore = app.attachments.blobs
        self.uploaded_bytes = 0
        """Bytes handed to the connection (cut and refused requests included, a piece of
        :data:`PIECE` at a time): what the tests of resuming count."""
        self.chunk_bytes: int | None = None
        """The most one upload request carries from now on, once a larger one failed (a proxy
        between us that refuses or buffers big bodies); ``None``: what the server announces."""
        self.direct_bytes = DIRECT_BYTES
        """Download bodies this long or longer are read from the socket (:func:`_direct_socket`)."""
        self.problems: list[KnownError] = []
        """What the sync's summary says about files: each one held back from the push
        (:func:`upload_for_batch`), named with why, and a background download stopped by the
        data folder (:func:`download_within_budget`); whole sentences."""

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.transport.call(method, path, token=self.token, **kwargs)

    # -- upload -----------------------------------------------------------------------------------
    def status(self, sha256: str) -> Mapping[str, Any]:
        answer = self._call("GET", c.BLOB_UPLOAD_PATH.format(sha256=sha256))
        if not isinstance(answer, dict) or not isinstance(answer.get("offset"), int):
            raise OfflineError(url=self.transport.url, reason="the server's answer about a file is malformed")
        return answer

    def upload(self, sha256: str, name: str, *, status: Mapping[str, Any] | None = None) -> bool:
        """Make sure the server holds the bytes of ``sha256``; whether any were sent.
        ``status``: the server's answer about the file when the caller has just asked (not
        asked again; if it is stale by now, the server's 409 says where to go on from).
        The rest of the file goes in as few requests as the server takes (:meth:`_chunk_for`);
        the bytes are not hashed here (the server does, and refuses a mismatch:
        :class:`FileDamagedOnTheWayError`)."""
        answer = self.status(sha256) if status is None else status
        if answer.get("complete") is True:
            return False
        path = self.blobs.path(sha256)
        try:
            source = path.open("rb")
        except FileNotFoundError:
            raise MissingBlobError(name=name, digest=sha256) from None
        with source:
            size = os.fstat(source.fileno()).st_size
            offset = int(answer["offset"])
            chunk = self._chunk_for(answer)
            cuts = stalled = 0
            for _turn in range(_MOST_TURNS):
                if stalled > _TURNS:
                    break
                before = offset
                if offset > size:
                    offset = 0  # the server holds more than this file: it started again
                # every byte there but not complete: the server is checking a colleague's last
                # bytes (busy: asked again below), or stopped before it checked them (an empty
                # request has it check them now); never sent again from 0 (a race with the check)
                length = min(chunk, size - offset)
                try:
                    answer = self._call(
                        "PUT",
                        c.BLOB_PATH.format(sha256=sha256),
                        params={"offset": offset, "size": size},
                        content=self._pieces(source, offset, length) if length else b"",
                        content_length=length,
                        retry=False,
                    )
                except OfflineError:
                    cuts += 1
                    if cuts > RESUMES:
                        raise
                    answer = self.status(sha256)  # what arrived of the cut request is kept there
                    if length > c.BLOB_CHUNK_BYTES and int(answer["offset"]) == offset:
                        chunk = self._smaller()  # nothing arrived: a proxy that buffers bodies?
                except ServerRefusedError as error:
                    if error.status == 422:
                        raise FileDamagedOnTheWayError(name=name) from error
                    if error.status == 413 and length > c.BLOB_CHUNK_BYTES:
                        chunk = self._smaller()  # a proxy's limit, lower than the server's
                    elif error.status != 409:
                        raise
                    answer = self.status(sha256)  # elsewhere than we thought: go on from there
                    if (
                        error.status == 409
                        and int(answer["offset"]) == offset
                        and answer.get("complete") is not True
                    ):
                        self.transport.sleep(1.0)  # another laptop of ours is sending it now
                if answer.get("complete") is True:
                    return True
                offset = int(answer["offset"])
                if offset > before:  # the server's copy grew (ours, or a colleague's upload)
                    stalled = cuts = 0
                else:
                    stalled += 1
        raise OfflineError(url=self.transport.url, reason=f"the upload of {name} makes no progress")

    def _chunk_for(self, answer: Mapping[str, Any]) -> int:
        """Bytes one request carries: what the server announces it takes (a whole file, from a
        current server), :data:`~liaison.protocol.constants.BLOB_CHUNK_BYTES` from a server that
        announces nothing (an older one, which takes no more), and never more than a request
        that failed on the way (:attr:`chunk_bytes`)."""
        announced = answer.get(c.BLOB_MAX_CHUNK_FIELD)
        most = c.BLOB_CHUNK_BYTES
        if isinstance(announced, int) and not isinstance(announced, bool) and announced > 0:
            most = min(announced, c.MAX_BLOB_BYTES)
        return most if self.chunk_bytes is None else min(most, self.chunk_bytes)

    def _smaller(self) -> int:
        """After a request larger than a chunk was refused as too large or cut with nothing
        arriving: chunks every server and proxy takes, for the rest of this sync."""
        self.chunk_bytes = c.BLOB_CHUNK_BYTES
        return self.chunk_bytes

    def _pieces(self, source: BinaryIO, offset: int, length: int) -> Iterator[bytes]:
        """``length`` bytes of ``source`` from ``offset``, a piece at a time (a request's body is
        streamed from the file as it is sent, never read whole); counted as they are handed over."""
        for piece in _pieces(source, offset, length):
            self.uploaded_bytes += len(piece)
            yield piece

    # -- download ---------------------------------------------------------------------------------
    def download(self, record: Mapping[str, Any]) -> None:
        """Fetch the bytes of the attachment ``record`` into the store, from what an earlier,
        cut-off try left (a ``Range``), checked against its hash (a mismatch stores nothing and
        drops what was held: :class:`~liaison.store.blobs.HashMismatchError`)."""
        sha256 = str(record["sha256"])
        name = str(record["name"])
        if self.blobs.has(sha256):
            return
        size = record.get("size")
        try:
            with self.blobs.partial(sha256, name=name, max_size=c.MAX_BLOB_BYTES) as part:
                if isinstance(size, int) and part.offset > size:
                    part.restart()  # more than the file: not a part of it
                if not (isinstance(size, int) and part.offset == size):
                    try:
                        self._fetch(part, sha256)
                    except (ServerError, ServerRefusedError) as error:
                        # the range was not served (a proxy that drops Range: 200; a part longer
                        # than the server's file: 416): once more, from the first byte
                        status = (
                            error.status
                            if isinstance(error, ServerRefusedError)
                            else error.params.get("status")
                        )
                        if part.offset == 0 or status not in (200, 416):
                            raise
                        part.restart()
                        self._fetch(part, sha256)
                part.finish()
        except ServerRefusedError as error:
            if error.status == 404:
                raise FileNotOnServerError(name=name) from error
            raise

    def _fetch(self, part: Partial, sha256: str) -> None:
        """The bytes from the part's end, in a pipeline of three threads: one reads the network,
        one writes to the part, this one hashes (each waits in C, GIL released, for most of
        its time: OpenSSL, the page cache, SHA-256). Hashing and writing one after the other
        here made this thread the slowest of the download; side by side they take about as long
        as the hashing alone."""
        with (
            _prefetched(self._chunks(sha256, part.offset), depth=AHEAD) as batches,
            _prefetched((part.write(batch) for batch in batches), depth=AHEAD) as written,
        ):
            for data in written:
                part.hash(data)

    def _chunks(self, sha256: str, start: int = 0) -> Iterator[Sequence[bytes | memoryview]]:
        """The file's bytes from ``start``, as batches of about :data:`~liaison.store.blobs.CHUNK`
        bytes: a long body read straight from the connection (:func:`_read_direct`), a short one
        as lists of the pieces httpx gave (no piece copied into a bigger one)."""
        received = start
        resumes = 0
        path = c.BLOB_PATH.format(sha256=sha256)
        while True:
            try:
                with self.transport.stream(path, token=self.token, start=received) as response:
                    for batch in _body(response, self.transport.url, self.direct_bytes):
                        received += sum(len(piece) for piece in batch)
                        yield batch
                return
            except (OfflineError, httpx.TransportError) as error:
                resumes += 1
                if resumes > RESUMES:
                    if isinstance(error, OfflineError):
                        raise
                    raise OfflineError(url=self.transport.url, reason=str(error)[:300]) from error


def _body(response: httpx.Response, url: str, direct_bytes: int) -> Iterator[Sequence[bytes | memoryview]]:
    """A download's body as batches of about a megabyte: read from the connection's socket into
    reused buffers when it is ``direct_bytes`` long or more (:func:`_direct_socket`), else the
    pieces httpx gives, listed.
    A cut connection raises (:class:`OfflineError` or httpx's error) after the bytes that
    arrived before it were handed on, so that a resume asks for the rest only."""
    pieces = response.iter_raw()
    sock = _direct_socket(response, direct_bytes)
    if sock is not None:
        length = int(response.headers["content-length"])
        # What httpcore holds of the body already (read with the headers, or one read): h11
        # hands over a Content-Length body's buffered bytes whole, so the rest is the socket's.
        first = next(pieces, b"")
        if first:
            yield (first,)
        yield from _read_direct(sock, length - len(first), url)
        return
    batch: list[bytes] = []
    held = 0
    for piece in pieces:
        batch.append(piece)
        held += len(piece)
        if held >= CHUNK:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _direct_socket(response: httpx.Response, at_least: int) -> socket.socket | None:
    """The socket a long body can be read from directly: an HTTP/1.1 body of a declared length
    of ``at_least`` bytes or more, sent as it is (no chunking, no encoding), on a connection
    straight to the server (the transport uses no proxy). Else ``None``.

    Why: httpx hands a body over as the TLS records come, 16 KiB each, through four layers of
    Python (httpcore, h11, httpx); for 50 MB that costs the reading thread about 0.06 s of CPU
    more than filling a megabyte buffer with ``recv_into`` (0.10 s against 0.04 s, measured
    against the benchmark's floor server), CPU the writing and hashing threads need on a
    two-core laptop. The price: httpcore closes the connection after such a body (it did not
    see it end), so the next request opens a new one (:data:`DIRECT_BYTES`)."""
    headers = response.headers
    length = headers.get("content-length", "")
    if (
        response.http_version != "HTTP/1.1"
        or not (length.isascii() and length.isdigit())
        or int(length) < at_least
        or "transfer-encoding" in headers
        or headers.get("content-encoding", "identity").strip().lower() != "identity"
    ):
        return None
    stream = response.extensions.get("network_stream")
    get_extra_info = getattr(stream, "get_extra_info", None)
    sock = get_extra_info("socket") if callable(get_extra_info) else None
    return sock if isinstance(sock, socket.socket) else None


def _read_direct(sock: socket.socket, length: int, url: str) -> Iterator[Sequence[bytes | memoryview]]:
    """``length`` bytes from ``sock``, a megabyte buffer at a time, each a view of one of
    2 × :data:`AHEAD` + 3 buffers used in turn. A buffer is never refilled before the store is
    done with it: in :meth:`Files._fetch`'s pipeline at most :data:`AHEAD` batches wait in each
    of its two queues, and each of its three threads holds one (being filled, written, hashed).
    ``recv_into`` releases the GIL while OpenSSL decrypts, so the other threads run meanwhile. A
    connection closed or failing before the end hands on what arrived, then raises
    :class:`OfflineError`."""
    ring = [bytearray(CHUNK) for _ in range(2 * AHEAD + 3)]
    turn = 0
    while length > 0:
        view = memoryview(ring[turn % len(ring)])
        turn += 1
        want = min(CHUNK, length)
        filled = 0
        problem: str | None = None
        try:
            while filled < want:
                count = sock.recv_into(view[filled:want])
                if count == 0:
                    problem = "the connection closed before the end of the file"
                    break
                filled += count
        except OSError as error:  # a timeout, a reset, a TLS error
            problem = str(error)[:300] or type(error).__name__
        if filled:
            length -= filled
            yield (view[:filled],)
        if problem is not None:
            raise OfflineError(url=url, reason=problem)


@contextmanager
def _prefetched(source: Iterator[T], depth: int = 4) -> Iterator[Iterator[T]]:
    """``source`` read by a thread, at most ``depth`` items ahead: the network is read while
    the store hashes and writes the chunk before (both release the GIL: the two cores work
    together). The source's errors come out of the iterator; leaving early stops the thread."""
    queue: Queue[tuple[T | None, BaseException | None]] = Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: tuple[T | None, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                queue.put(item, timeout=0.1)
                return True
            except Full:
                continue
        return False

    def produce() -> None:
        try:
            for chunk in source:
                if not put((chunk, None)):
                    return
            put((None, None))
        except BaseException as error:
            put((None, error))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    def consume() -> Iterator[T]:
        while True:
            chunk, error = queue.get()
            if error is not None:
                raise error
            if chunk is None:
                return
            yield chunk

    thread = threading.Thread(target=produce, name="liaison-download", daemon=True)
    thread.start()
    try:
        yield consume()
    finally:
        stop.set()
        thread.join()


def _pieces(source: BinaryIO, offset: int, length: int) -> Iterator[bytes]:
    """``length`` bytes of ``source`` from ``offset``, a piece at a time (a chunk is streamed
    from the file as it is sent, never read whole)."""
    source.seek(offset)
    left = length
    while left > 0:
        piece = source.read(min(PIECE, left))
        if not piece:
            raise OSError("the file became shorter while it was being sent")
        left -= len(piece)
        yield piece


# -- the push's side ----------------------------------------------------------------------------------
def needing_bytes(entries: Sequence[Mapping[str, Any]]) -> list[str]:
    """The ids of the attachments in ``entries`` (outbox entries about to be pushed) whose bytes
    the server must hold before the batch goes: each change after which colleagues may see a
    file they did not see before — a new file, a removal undone (``deleted: false``), a change of
    visibility (a record shared again after a withdrawal, or shared more widely). The server's
    collector removes the bytes no live record has named for a while (``liaison-secretariat
    gc``), so a file coming back may find them gone; asking costs one request, and a server
    that still holds them answers "complete" (nothing is sent). A removal, a withdrawal or a
    rename shows nobody a new file."""
    wanted: list[str] = []
    for entry in entries:
        if entry["entity"] != ATTACHMENTS.name:
            continue
        fields = entry.get("fields") or {}
        if entry["op"] == c.OP_CREATE or (
            entry["op"] == c.OP_UPDATE and (fields.get("deleted") is False or "visibility" in fields)
        ):
            wanted.append(str(entry["record_id"]))
    return wanted


def upload_for_batch(app: Liaison, call_files: Files, entries: Sequence[Mapping[str, Any]]) -> set[str]:
    """Upload the bytes of the attachments in ``entries`` (a batch about to be pushed) that
    :func:`needing_bytes` names, unless the server holds them.
    Returns the ids of those whose bytes cannot be sent from here (missing from the data folder,
    or found damaged by the server): the push holds their rows back (the next sync tries again)
    and sends the rest, so one bad file never stops a sync. Being offline or signed out raises.

    Each file is read once, as it is sent: the server hashes what arrives and refuses bytes
    that do not match their name (nothing is kept there). Only then is the copy here checked:
    damaged on this disk, it is set aside and said so (:class:`DamagedBlobError`), else it was
    damaged on the way. A copy whose size is not the record's is checked before it is sent."""
    wanted = needing_bytes(entries)
    if not wanted:
        return set()
    table = table_of(app.attachments.spec)
    with app.store.read() as session:
        rows = session.execute(
            select(table.c.id, table.c.sha256, table.c.name, table.c.size).where(
                table.c.id.in_(sorted(set(wanted))), table.c.deleted.is_(False)
            )
        ).all()
    by_hash: dict[str, list[tuple[str, str, Any]]] = {}
    for record_id, sha256, name, size in rows:
        by_hash.setdefault(str(sha256), []).append((str(record_id), str(name), size))
    held: set[str] = set()
    for sha256, named in sorted(by_hash.items()):
        _record_id, name, size = named[0]
        try:
            # asked before the bytes are touched, so a file the server holds is never read here
            status = call_files.status(sha256)
            if status.get("complete") is not True:
                _upload_checked(call_files, sha256, name, size, status)
        except (MissingBlobError, DamagedBlobError, FileDamagedOnTheWayError) as error:
            held.update(record_id for record_id, _name, _size in named)
            call_files.problems.append(KnownError(HELD, problem=error.message()))
    return held


def _upload_checked(call_files: Files, sha256: str, name: str, size: Any, status: Mapping[str, Any]) -> None:
    """Upload one file; its bytes checked here only when they cannot be right (another size
    than the record says, which the server would take for another file) or the server refused
    them (:class:`DamagedBlobError` when this copy is damaged, set aside)."""
    blobs = call_files.blobs
    try:
        stored = blobs.path(sha256).stat().st_size
    except FileNotFoundError:
        raise MissingBlobError(name=name, digest=sha256) from None
    if isinstance(size, int) and stored != size:
        blobs.verify(sha256, name=name)  # damaged (set aside), unless the record's size is wrong
    try:
        call_files.upload(sha256, name, status=status)
    except FileDamagedOnTheWayError:
        blobs.verify(sha256, name=name)  # this copy went bad on the disk: set aside, said so
        raise


# -- downloads ------------------------------------------------------------------------------------------
def budget_bytes(app: Liaison) -> int:
    value = app.settings.get(DOWNLOAD_BUDGET_MB, DEFAULT_DOWNLOAD_BUDGET_MB)
    try:
        return max(0, int(float(value) * 1024 * 1024))
    except (TypeError, ValueError):
        return DEFAULT_DOWNLOAD_BUDGET_MB * 1024 * 1024


def missing(app: Liaison) -> list[dict[str, Any]]:
    """Live attachments whose bytes are not here, newest first."""
    table = table_of(app.attachments.spec)
    with app.store.read() as session:
        rows = session.execute(
            select(table).where(table.c.deleted.is_(False)).order_by(table.c.created_at.desc())
        ).mappings()
        found = [dict(row) for row in rows]
    blobs = app.attachments.blobs
    return [row for row in found if not blobs.has(str(row["sha256"]))]


def download_within_budget(files: Files, *, budget: int | None = None) -> tuple[int, int]:
    """After a pull: download files not here, newest first, while they fit in the budget (the
    setting :data:`DOWNLOAD_BUDGET_MB`). Returns (files downloaded, files left waiting). A file
    that fails (not on the server yet, damaged on the way) waits for the next sync or for the
    officer to open it; being offline or signed out stops the round. A data folder that takes no
    more (full, read-only) stops it too, and is said (:attr:`Files.problems`), but fails no sync:
    the records it pushed and pulled are saved."""
    left = budget_bytes(files.app) if budget is None else budget
    downloaded = waiting = 0
    seen: set[str] = set()
    for row in missing(files.app):
        sha256 = str(row["sha256"])
        if sha256 in seen:
            continue
        seen.add(sha256)
        size = int(row["size"] or 0)
        if size > left:
            waiting += 1
            continue
        try:
            files.download(row)
        except (OfflineError, LoginRequiredError):
            raise
        except (SyncError, BlobError):
            waiting += 1
            continue
        except StoreError as error:  # a full or read-only data folder: no other file fits either
            files.problems.append(KnownError(NOT_DOWNLOADED, problem=error.message()))
            waiting += 1 + sum(1 for other in missing(files.app) if str(other["sha256"]) not in seen)
            break
        left -= size
        downloaded += 1
        files.app.attachments.index_attachment_text(sha256)  # search finds inside it from now on
    return downloaded, waiting


def downloader(app: Liaison, tokens: TokenStore | None = None) -> Downloader:
    """The on-demand download for ``app.attachments.downloader``: signs in with the data
    folder's saved device token and fetches one attachment's bytes."""

    def fetch(record: Mapping[str, Any]) -> None:
        connection = state.connection(app)
        if connection is None:
            raise NotLoggedInError()
        store = tokens or TokenStore()
        token = store.get(account_name(connection.server_url, connection.username, app.settings.device_id()))
        if token is None or connection.device_id is None:
            raise LoginRequiredError(url=connection.server_url, reason="no saved sign-in on this computer")
        with Transport(connection.server_url, ca_file=connection.ca_file) as transport:
            fetcher = Files(app, transport, token)
            fetcher.direct_bytes = LAST_DIRECT_BYTES  # nothing follows on this connection
            fetcher.download(record)
        app.attachments.index_attachment_text(str(record["sha256"]))  # searchable from now on

    return fetch
