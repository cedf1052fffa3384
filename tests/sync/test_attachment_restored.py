"""A file whose record comes back — an undone removal, a record shared again after it was
withdrawn — after the Secretariat's collector removed its bytes: the laptop that brings it back
uploads the bytes again before the metadata, as it does for a new file, so a colleague who never
had the file downloads it. Through a real HTTPS server, its real collector, real data folders."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from liaison.secretariat.blob_gc import collect
from liaison.secretariat.blobs import ServerBlobs
from liaison.sync import files
from tests.secretariat.server import POSTGRES_ENV, RunningServer, database_url, running_server
from tests.sync.conftest import Laptop, Officer
from tests.sync.test_attachment_sync import attach

DAY = 86400.0


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    """The server on SQLite and, when configured, on PostgreSQL (the collector's last check
    takes the writers' lock differently on each)."""
    if request.param == "postgres" and not os.environ.get(POSTGRES_ENV):
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} (.ci/run does) to run on it too")
    with database_url(request.param, tmp_path) as url, running_server(url, tmp_path) as running:
        yield running


def collected_after_the_grace(server: RunningServer, sha256: str) -> None:
    """The collector runs 45 days later: no live record names the bytes, so they go."""
    assert server.files_dir is not None
    stored = ServerBlobs(server.files_dir)
    assert stored.has(sha256)
    done = collect(server.admin.db, stored, now=time.time() + 45 * DAY)
    assert done.files_removed == 1
    assert not stored.has(sha256)


def puts(officer: Officer) -> int:
    return len([r for r in officer.requests if r.method == "PUT" and "/blobs/" in r.url.path])


def colleague_downloads(nurlan: Officer, record_id: str, data: bytes) -> None:
    summary = nurlan.sync()
    (seen,) = [r for r in nurlan.app.attachments.for_record("contact", _owner(nurlan, record_id))]
    assert seen["id"] == record_id
    assert summary.downloaded == 1, summary
    assert nurlan.app.attachments.blobs.path(seen["sha256"]).read_bytes() == data


def _owner(officer: Officer, record_id: str) -> str:
    return str(officer.app.attachments.get(record_id, include_deleted=True)["owner_id"])


def test_an_undone_removal_uploads_the_bytes_the_collector_removed(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim = laptop("aigerim")
    data = b"%PDF-1.7\n" + os.urandom(200_000) + b"\n%%EOF\n"
    record = attach(aigerim, tmp_path, "institution", data)
    aigerim.sync()
    aigerim.app.attachments.delete(record["id"])
    assert aigerim.sync().pending == 0
    collected_after_the_grace(server, record["sha256"])

    aigerim.app.attachments.restore(record["id"])  # "Undo remove", or liaison attachment restore
    aigerim.requests.clear()
    summary = aigerim.sync()
    assert summary.pending == 0 and summary.files_held == 0
    assert puts(aigerim) >= 1  # the bytes went up again, before the metadata
    nurlan = laptop("nurlan")  # a colleague who never had the file
    colleague_downloads(nurlan, record["id"], data)


def test_a_record_shared_again_after_a_withdrawal_uploads_its_files_bytes_again(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim = laptop("aigerim")
    data = b"%PDF-1.7\n" + os.urandom(150_000) + b"\n%%EOF\n"
    record = attach(aigerim, tmp_path, "institution", data)
    aigerim.sync()
    contacts = aigerim.app.contacts
    contacts.update(record["owner_id"], {"visibility": "private"}, withdraw=True)
    aigerim.sync()  # taken back from the colleagues: a tombstone on the server
    collected_after_the_grace(server, record["sha256"])

    contacts.update(record["owner_id"], {"visibility": "institution"})  # shared again
    assert aigerim.app.attachments.get(record["id"])["visibility"] == "institution"
    aigerim.requests.clear()
    summary = aigerim.sync()
    assert summary.pending == 0 and summary.files_held == 0
    assert puts(aigerim) >= 1
    nurlan = laptop("nurlan")
    colleague_downloads(nurlan, record["id"], data)


def test_a_restored_record_brings_back_its_files_bytes(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """The usual undo: the record is deleted (its files go with it) and restored (they come
    back with it, by the cascade) after the collector took the bytes."""
    aigerim = laptop("aigerim")
    data = b"%PDF-1.7\n" + os.urandom(100_000) + b"\n%%EOF\n"
    record = attach(aigerim, tmp_path, "institution", data)
    aigerim.sync()
    aigerim.app.contacts.delete(record["owner_id"])
    aigerim.sync()
    collected_after_the_grace(server, record["sha256"])
    aigerim.app.contacts.restore(record["owner_id"])
    assert aigerim.app.attachments.get(record["id"])["deleted"] is False
    summary = aigerim.sync()
    assert summary.pending == 0 and summary.files_held == 0
    nurlan = laptop("nurlan")
    colleague_downloads(nurlan, record["id"], data)


def test_a_restored_file_the_server_still_holds_is_not_sent_again(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim = laptop("aigerim")
    record = attach(aigerim, tmp_path, "institution")
    aigerim.sync()
    aigerim.app.attachments.delete(record["id"])
    aigerim.sync()
    aigerim.app.attachments.restore(record["id"])
    aigerim.requests.clear()
    assert aigerim.sync().pending == 0
    assert puts(aigerim) == 0  # asked, told "complete": nothing sent twice


def test_a_restored_file_whose_bytes_are_nowhere_is_held_back_until_they_are_attached_again(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """Its bytes gone from the server and from this laptop: its record is held here (no colleague
    sees a file nobody can get) and goes as soon as the file is attached again."""
    aigerim = laptop("aigerim")
    data = b"%PDF-1.7\n" + os.urandom(120_000) + b"\n%%EOF\n"
    record = attach(aigerim, tmp_path, "institution", data)
    aigerim.sync()
    aigerim.app.attachments.delete(record["id"])
    aigerim.sync()
    collected_after_the_grace(server, record["sha256"])
    assert aigerim.app.attachments.blobs.discard(record["sha256"])  # gone from here too
    aigerim.app.attachments.restore(record["id"])
    summary = aigerim.sync()
    assert summary.files_held == 1 and summary.pending == 1
    nurlan = laptop("nurlan")
    nurlan.sync()
    assert nurlan.app.attachments.for_record("contact", record["owner_id"]) == []

    again = tmp_path / "found again.pdf"
    again.write_bytes(data)
    aigerim.app.attachments.attach("contact", record["owner_id"], again)  # the same bytes, stored again
    summary = aigerim.sync()
    assert summary.pending == 0 and summary.files_held == 0
    nurlan.sync()
    names = {r["id"] for r in nurlan.app.attachments.for_record("contact", record["owner_id"])}
    assert record["id"] in names
    assert nurlan.app.attachments.blobs.path(record["sha256"]).read_bytes() == data


def test_which_files_a_batch_needs_uploaded() -> None:
    """The decision alone: new files, restored ones and ones whose visibility changed (shared
    again) need their bytes on the server; a removal, a withdrawal, a rename do not."""
    a = "attachments"
    entries = [
        {"entity": a, "record_id": "new", "op": "create", "fields": {"sha256": "x"}},
        {"entity": a, "record_id": "undone", "op": "update", "fields": {"deleted": False}},
        {"entity": a, "record_id": "shared", "op": "update", "fields": {"visibility": "institution"}},
        {"entity": a, "record_id": "gone", "op": "delete", "fields": {}},
        {"entity": a, "record_id": "withdrawn", "op": "withdraw", "fields": {}},
        {"entity": a, "record_id": "renamed", "op": "update", "fields": {"name": "b.pdf"}},
        {"entity": "contacts", "record_id": "c", "op": "create", "fields": {"name": "X"}},
    ]
    assert files.needing_bytes(entries) == ["new", "undone", "shared"]
