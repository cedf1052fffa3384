"""The endpoints of attached files' bytes (out of band: never inside the JSON pages).

- ``GET /v1/blobs/{sha256}/upload`` → ``{"sha256", "offset", "complete", "max_chunk"}``: how
  much of this officer's institution's upload the server holds, and the most one ``PUT`` may
  carry here (``serve --upload-chunk-mb``; by default a whole file). ``complete`` only for bytes
  stored *and* uploaded by this institution or named by a live attachment it may see: whether
  another institution holds a file never shows (it is told "offset 0", uploads, and the hash
  check finds the same bytes).
- ``PUT /v1/blobs/{sha256}?offset=N&size=T`` with raw bytes (at most ``max_chunk``; clients
  that were not told send :data:`~liaison.protocol.constants.MAX_BLOB_CHUNK_BYTES`, which every
  server takes): a chunk appended at ``N``, which must be what the server holds (else 409 with
  ``Liaison-Blob-Offset``); what arrives of a request cut short is kept, so a retry sends only
  the rest. The chunk that reaches ``T`` completes the upload: the bytes are hashed, and a
  mismatch keeps nothing (422).
  Any authenticated officer may upload (they hold the bytes); the bytes are served only to
  those who may see them.
- ``GET /v1/blobs/{sha256}`` → the bytes, streamed (``Range`` honoured, for a resumed
  download), only to an officer who may see a live attachment naming them (shared, or
  institution-only of their own institution). A hidden file and a guessed hash are the same
  404, so nothing can be probed.

The bearer token is checked before anything else, a body is read only after it, streamed to
the disk as it arrives (memory stays at one network chunk whatever the size), and at most
:data:`BLOB_SLOTS` uploads are written at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import and_, or_, select
from starlette.requests import ClientDisconnect
from starlette.responses import FileResponse, Response

from liaison.protocol import GZIP, SHARED, ProtocolError
from liaison.protocol.constants import (
    BLOB_MAX_CHUNK_FIELD,
    BLOB_PATH,
    BLOB_UPLOAD_PATH,
    MAX_BLOB_BYTES,
    MAX_BLOB_REQUEST_BYTES,
)
from liaison.secretariat import openapi as spec
from liaison.secretariat.accounts import Principal
from liaison.secretariat.blob_gc import vouch
from liaison.secretariat.blobs import (
    DigestMismatch,
    OffsetMismatch,
    ServerBlobs,
    Upload,
    UploadBusy,
    check_sha256,
)
from liaison.secretariat.bodies import TooLarge
from liaison.secretariat.db import Database
from liaison.secretariat.gates import JSONBody, Refusal
from liaison.secretariat.models import SyncRecord
from liaison.secretariat.rations import threaded

OFFSET_HEADER = "Liaison-Blob-Offset"
WRITE_BYTES = 1 << 20
"""Received bytes handed to the writing thread at a time."""
BLOB_SLOTS = 16
"""Uploads received at once (each holds at most two of :data:`WRITE_BYTES` in memory and a file
handle: 32 MiB in all). A whole file comes in one request, so an officer on a slow network holds
a slot for as long as the file takes; more wait for a slot, reading nothing."""
ATTACHMENTS = "attachments"
NOT_FOUND = "There is no such file, or it is not one this officer may see."
NO_FILES = "This server keeps no files: its administrator starts it with --files-dir."


class _BlobResponse(FileResponse):
    """A file's bytes, read and sent a megabyte at a time (the default, 64 KiB, costs a read
    and a turn of the event loop per 64 KiB: see tests/benchmarks/bench_attachments.py)."""

    chunk_size = 1 << 20


def may_see(db: Database, who: Principal, sha256: str) -> bool:
    """Whether a live attachment names ``sha256`` that ``who`` may see (shared, or of their
    institution), looked up through the index on ``records.blob_sha256`` (:mod:`.blob_refs`)."""
    visible = or_(SyncRecord.visibility == SHARED, SyncRecord.owner_institution_id == who.institution_id)
    with db.read() as connection:
        found = connection.execute(
            select(SyncRecord.id)
            .where(
                and_(
                    SyncRecord.blob_sha256 == sha256,
                    SyncRecord.deleted.is_(False),
                    visible,
                )
            )
            .limit(1)
        ).first()
    return found is not None


def _number(request: Request, name: str, low: int, high: int) -> int:
    text = request.query_params.get(name)
    if text is None:
        raise ProtocolError("is missing", field=name)
    if not (text.isascii() and text.isdigit() and len(text) <= 12) or not low <= int(text) <= high:
        raise ProtocolError(f"must be a whole number from {low} to {high}", field=name)
    return int(text)


def install(
    app: FastAPI,
    database: Database,
    blobs: ServerBlobs | None,
    principal: Callable[[Request], Principal],
    upload_request_bytes: int = MAX_BLOB_REQUEST_BYTES,
) -> None:
    """Add the three blob routes to ``app``; one upload request carries at most
    ``upload_request_bytes`` (announced in the upload status)."""
    slots = asyncio.Semaphore(BLOB_SLOTS)
    announced = {BLOB_MAX_CHUNK_FIELD: upload_request_bytes}

    def store() -> ServerBlobs:
        if blobs is None:
            raise Refusal(503, NO_FILES)
        return blobs

    def status_of(who: Principal, sha256: str) -> dict[str, Any]:
        files = store()
        stored = _complete_size(files, sha256, who.institution_id, lambda: may_see(database, who, sha256))
        held = stored if stored is not None else files.received(sha256, who.institution_id)
        return {"sha256": sha256, "offset": held, "complete": stored is not None} | announced

    @app.get(
        BLOB_UPLOAD_PATH,
        openapi_extra=spec.operation(response=spec.BLOB_STATUS, parameters=spec.SHA256_PARAMETER),
    )
    def upload_status(request: Request) -> JSONBody:
        who = principal(request)
        sha256 = check_sha256(str(request.path_params["sha256"]))
        return JSONBody(status_of(who, sha256))

    @app.put(
        BLOB_PATH,
        openapi_extra=spec.blob_upload_operation(),
    )
    async def upload(request: Request) -> Response:
        who: Principal = await threaded(principal, request)  # a stranger's bytes are never read
        sha256 = check_sha256(str(request.path_params["sha256"]))
        size = _number(request, "size", 1, MAX_BLOB_BYTES)
        offset = _number(request, "offset", 0, MAX_BLOB_BYTES)
        if request.headers.get("content-encoding", "").strip().lower() == GZIP:
            raise Refusal(
                415, "A file's bytes are sent as they are (Content-Encoding identity), not gzipped."
            )
        async with slots:
            return await _receive(request, store(), who, sha256, offset, size, announced)

    @app.get(
        BLOB_PATH,
        openapi_extra=spec.blob_download_operation(),
    )
    def download(request: Request) -> Response:
        who = principal(request)
        sha256 = check_sha256(str(request.path_params["sha256"]))
        files = store()
        if not may_see(database, who, sha256):
            raise Refusal(404, NOT_FOUND)
        path = files.path(sha256)
        if not path.is_file():
            raise Refusal(
                404,
                "The Secretariat does not have this file's bytes yet: the laptop that attached it "
                "has not uploaded them.",
            )
        return _BlobResponse(path, media_type="application/octet-stream")


async def _receive(
    request: Request,
    files: ServerBlobs,
    who: Principal,
    sha256: str,
    offset: int,
    size: int,
    announced: dict[str, int],
) -> Response:
    """Append the body (at most the ``max_chunk`` ``announced``) at ``offset`` as it arrives;
    complete the upload at ``size``. An empty request at ``offset == size`` completes a part
    whose every byte arrived but that was never checked (the server stopped between its last
    byte and the check): nobody sends those bytes again. Bytes the institution already holds
    (its other laptop's upload finished while this request was on its way) are dropped as they
    arrive, nothing written: the answer says they are complete."""
    held_already = await threaded(_complete_size, files, sha256, who.institution_id)
    if held_already is not None:
        try:
            await _drop(request, announced[BLOB_MAX_CHUNK_FIELD])
        except ClientDisconnect:
            return Response(status_code=400)  # nobody reads it
        return JSONBody({"sha256": sha256, "offset": held_already, "complete": True} | announced)
    if offset > size or (offset == size and request.headers.get("content-length") != "0"):
        held = await threaded(files.received, sha256, who.institution_id)
        raise Refusal(
            409, f"The offset is past the size; the server holds {held} bytes.", {OFFSET_HEADER: str(held)}
        )
    try:
        writing: Upload = await threaded(files.begin, sha256, who.institution_id, offset, size)
    except UploadBusy:
        busy = "Another upload of this file is in progress; try again shortly."
        raise Refusal(409, busy, {"Retry-After": "2"}) from None
    except OffsetMismatch as problem:
        raise Refusal(
            409,
            f"The server holds {problem.offset} bytes of this file; send from there.",
            {OFFSET_HEADER: str(problem.offset)},
        ) from None
    try:
        try:
            await _append(request, writing, offset, size, announced[BLOB_MAX_CHUNK_FIELD])
        except ClientDisconnect:
            return Response(status_code=400)  # nobody reads it; what arrived is kept
        if writing.offset == size:
            try:
                await threaded(writing.finish)
            except DigestMismatch as problem:
                raise Refusal(
                    422,
                    f"The bytes received hash to {problem.actual}, not {sha256}: nothing was kept; "
                    "upload the file again from the start.",
                ) from None
    finally:
        await threaded(writing.close)
    held = {"sha256": sha256, "offset": writing.offset, "complete": writing.offset == size}
    return JSONBody(held | announced)


def _complete_size(
    files: ServerBlobs, sha256: str, institution: str, seen: Callable[[], bool] | None = None
) -> int | None:
    """The size of the stored bytes when they are complete for ``institution``: it uploaded
    them, or ``seen()`` (a live attachment it may see names them: the upload status; an
    upload takes only the institution's own). "Complete" keeps the bytes from the collector a
    while (:func:`vouch`), so the answer stays true; ``None`` otherwise."""
    known = files.holds(sha256, institution) or (seen is not None and files.has(sha256) and seen())
    if known and vouch(files, sha256):
        return files.path(sha256).stat().st_size
    return None


async def _drop(request: Request, most: int) -> None:
    """Read the body to its end (at most ``most`` bytes), keeping nothing. Answered unread, the
    request would leave its connection open for good: uvicorn reads and drops the rest itself,
    but then never arms the idle timeout (``timeout_keep_alive``) the connection has after any
    other request."""
    received = 0
    while True:
        message = await request.receive()
        if message["type"] != "http.request":
            raise ClientDisconnect()
        received += len(message.get("body", b""))
        if received > most:
            raise TooLarge(most, " (a chunk of a file)")
        if not message.get("more_body", False):
            return


async def _append(request: Request, writing: Upload, offset: int, size: int, most: int) -> None:
    """Write the body as it arrives, a megabyte at a time in a worker thread (hashing and
    writing one megabyte while the next is received: the two cores work together), within the
    request's limits (``most`` bytes, ending at ``size``). The pieces the network gave are
    handed over as a list and written as they are (:meth:`Upload.write_pieces`: nothing is
    copied on the event loop nor under the GIL). A refused request leaves the part as it was; a
    cut one keeps what arrived."""
    received = offset
    pieces: list[bytes] = []
    held = 0
    pending: asyncio.Future[None] | None = None
    loop = asyncio.get_running_loop()

    async def settle() -> None:
        nonlocal pending
        if pending is not None:
            waiting, pending = pending, None
            await waiting

    receive = request.receive  # the server's messages as they come (Request.stream adds a
    more = True  # generator's step and checks to each of the ~200 pieces of a 50 MB file)
    try:
        while more:
            message = await receive()
            if message["type"] != "http.request":
                raise ClientDisconnect()  # cut: what arrived is kept (below)
            chunk: bytes = message.get("body", b"")
            more = bool(message.get("more_body", False))
            if received + len(chunk) - offset > most or received + len(chunk) > size:
                await settle()
                writing.undo()
                pieces, held = [], 0  # nothing of a refused chunk is kept
                if received + len(chunk) - offset > most:
                    raise TooLarge(most, " (a chunk of a file)")
                raise Refusal(
                    409,
                    f"The chunk goes past the size declared ({size} bytes); nothing of it was kept.",
                    {OFFSET_HEADER: str(offset)},
                )
            if not chunk:
                continue
            received += len(chunk)
            pieces.append(chunk)
            held += len(chunk)
            if held >= WRITE_BYTES:
                await settle()
                pending = loop.run_in_executor(None, writing.write_pieces, pieces)
                pieces, held = [], 0
    finally:
        await settle()
        if pieces and writing.offset == received - held:
            writing.write_pieces(pieces)  # what arrived before a cut is kept
