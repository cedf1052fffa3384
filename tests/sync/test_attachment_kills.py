"""SIGKILL of ``liaison sync`` while it uploads a file and while it downloads one: afterwards
the record and the store agree (the server never holds an attachment without its whole bytes;
a laptop never holds bytes that are not what their name says), and the next sync completes,
sending only what the server lacks."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text

from liaison.protocol.constants import BLOB_CHUNK_BYTES
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.sync.conftest import Laptop, Officer

ROOT = Path(__file__).resolve().parents[2]
SIZE = 45 * 1024 * 1024


def big_pdf(tmp_path: Path) -> Path:
    source = tmp_path / "plan.pdf"
    with source.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        for _ in range(SIZE // (1 << 20)):
            out.write(os.urandom(1 << 20))
    return source


def sync_and_kill(officer: Officer, started: Callable[[], bool]) -> bool:
    """Run ``liaison sync`` on the officer's folder in a process; SIGKILL it as soon as
    ``started()``. Whether the kill landed before the process finished."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "liaison",
            "--data-dir",
            str(officer.app.data_dir),
            "sync",
            "--password-stdin",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdin is not None
    process.stdin.write(f"{DEFAULT_PASSWORD}\n".encode())
    process.stdin.close()
    deadline = time.monotonic() + 60
    while process.poll() is None and not started() and time.monotonic() < deadline:
        time.sleep(0.005)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return killed


def digest_of(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(1 << 20):
            hasher.update(chunk)
    return hasher.hexdigest()


def server_attachments(server: RunningServer) -> set[str]:
    engine = create_engine(server.db_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id FROM records WHERE entity = 'attachments'")).all()
    finally:
        engine.dispose()
    return {row[0] for row in rows}


def test_sigkill_during_upload_then_the_next_sync_sends_only_the_rest(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    contact = aigerim.app.contacts.create({"name": "Delegate", "visibility": "institution"})
    record = aigerim.app.attachments.attach("contact", contact["id"], big_pdf(tmp_path)).record
    digest = record["sha256"]
    assert server.files_dir is not None
    parts = server.files_dir / "tmp"

    def uploading() -> bool:
        return (
            any(part.stat().st_size > 0 for part in parts.glob(f"*{digest}.part"))
            if parts.is_dir()
            else False
        )

    killed = sync_and_kill(aigerim, uploading)
    final = server.files_dir / digest[:2] / digest
    # the server never holds the metadata without the whole, right bytes
    if record["id"] in server_attachments(server):
        assert final.is_file() and digest_of(final) == digest
    if final.is_file():
        assert digest_of(final) == digest
    held = sum(part.stat().st_size for part in parts.glob(f"*{digest}.part")) if parts.is_dir() else 0
    assert killed and held > 0, "the kill should land mid-upload"

    aigerim.login()  # the killed process signed in as a new device of this folder
    aigerim.requests.clear()
    summary = aigerim.sync()
    assert summary.pending == 0
    sent = sum(int(r.headers["content-length"]) for r in aigerim.requests if r.method == "PUT")
    assert sent <= final.stat().st_size - held + BLOB_CHUNK_BYTES  # the rest, not again
    assert digest_of(final) == digest and record["id"] in server_attachments(server)
    assert nurlan.sync().downloaded == 1
    assert digest_of(nurlan.app.attachments.blobs.path(digest)) == digest


def test_sigkill_during_download_then_the_next_sync_fetches_only_the_rest(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    contact = aigerim.app.contacts.create({"name": "Delegate", "visibility": "institution"})
    record = aigerim.app.attachments.attach("contact", contact["id"], big_pdf(tmp_path)).record
    digest = record["sha256"]
    aigerim.sync()
    blobs = nurlan.app.attachments.blobs

    def downloading() -> bool:
        return (
            any(part.stat().st_size > 0 for part in blobs.tmp.glob("*.part")) if blobs.tmp.is_dir() else False
        )

    killed = sync_and_kill(nurlan, downloading)
    assert killed, "the kill should land mid-download"
    # the metadata arrived (its page was applied before the download began); the bytes did not
    (listed,) = nurlan.app.attachments.for_record("contact", contact["id"])
    assert listed["id"] == record["id"]
    assert listed["local"] is False and not blobs.has(digest)
    assert list(blobs.stored()) == []  # nothing half-written under a final name
    (part,) = blobs.tmp.glob(f"*{digest}.part")
    held = part.stat().st_size
    assert 0 < held < record["size"]

    nurlan.login()
    sent_before = server.blob_bytes_sent
    summary = nurlan.sync()
    assert summary.downloaded == 1 and summary.pending == 0
    assert digest_of(blobs.path(digest)) == digest
    # the rest only: a Range from what the killed process had written
    assert server.blob_ranges[-1] == f"bytes={held}-"
    assert server.blob_bytes_sent - sent_before == record["size"] - held
    nurlan.app.attachments.clean_orphans(older_than=0)  # the killed download's temporary file
    assert not any(blobs.tmp.glob("*")) and blobs.has(digest)
