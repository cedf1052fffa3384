"""Files on the record through the services: real files, a real SQLite file, read back."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from liaison.errors import ReadOnlyStoreError
from liaison.services.app import Liaison
from liaison.services.attachments import (
    MAX_FILE_BYTES,
    UNUSUAL_TYPE,
    BadFileNameError,
    CannotAttachToError,
    EmptyFileError,
    FileTooLargeError,
    NotWhatItSaysError,
    OnlyOnSecretariatError,
    clean_name,
    size_text,
)
from liaison.services.errors import NotFoundError
from liaison.store.blobs import BlobInfo
from liaison.store.local import OutboxEntry

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def make_event(app: Liaison, **extra: Any) -> dict[str, Any]:
    return app.events.create(
        {"kind": "diaspora_forum", "title": "Diaspora Forum", "start_date": "2024-05-30", **extra}
    )


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def from_another_laptop(app: Liaison, owner_entity: str, owner_id: str, name: str, info: BlobInfo) -> Any:
    """An attachment as a pull writes it: its metadata (it reached the Secretariat, so it has a
    server revision), its bytes not here."""
    record = app.attachments.create_from_blob(owner_entity, owner_id, name, info)
    table = app.attachments.table
    with app.store.write() as session:
        session.execute(table.update().where(table.c.id == record["id"]).values(server_rev=1))
    return app.attachments.get(record["id"])


def outbox(app: Liaison, entity: str = "attachments") -> list[OutboxEntry]:
    with app.store.read() as session:
        rows = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == entity).order_by(OutboxEntry.seq)
        )
        return list(rows)


def test_attach_stores_the_bytes_and_queues_the_metadata(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    source = write(tmp_path, "Joint Activity Plan 2024.pdf", PDF)
    attached = app.attachments.attach("event", event["id"], source)
    record = attached.record
    assert attached.warning is None
    assert record["name"] == "Joint Activity Plan 2024.pdf"
    assert record["media_type"] == "application/pdf"
    assert record["size"] == len(PDF) and record["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert record["owner_entity"] == "events" and record["role"] == "file"
    stored = app.data_dir / "files" / record["sha256"][:2] / record["sha256"]
    assert stored.read_bytes() == PDF
    (entry,) = outbox(app)
    assert entry.op == "create" and entry.record_id == record["id"]
    assert entry.fields["sha256"] == record["sha256"] and entry.fields["size"] == len(PDF)
    (listed,) = app.attachments.for_record("event", event["id"])
    assert listed["id"] == record["id"] and listed["local"] is True
    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    app.attachments.save_copy(record["id"], copy)
    assert copy.read_bytes() == PDF


def test_several_files_per_record_the_same_bytes_stored_once(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    a = app.attachments.attach("event", event["id"], write(tmp_path, "agenda.pdf", PDF)).record
    b = app.attachments.attach("events", event["id"], write(tmp_path, "agenda (copy).pdf", PDF)).record
    c = app.attachments.attach("event", event["id"], write(tmp_path, "notes.txt", b"Qazalem\n")).record
    assert [r["id"] for r in app.attachments.for_record("event", event["id"])] == [a["id"], b["id"], c["id"]]
    assert a["sha256"] == b["sha256"]
    assert sorted(app.attachments.blobs.stored()) == sorted({a["sha256"], c["sha256"]})


@pytest.mark.parametrize(
    ("kind", "entity"),
    [
        ("event", "events"),
        ("bilateral", "bilaterals"),
        ("document", "documents"),
        ("minutes", "minutes"),
        ("plan", "joint_action_plans"),
        ("action", "action_items"),
        ("contact", "contacts"),
    ],
)
def test_every_kind_of_owner_takes_files(app: Liaison, tmp_path: Path, kind: str, entity: str) -> None:
    event = make_event(app)
    owners = {
        "events": lambda: event,
        "bilaterals": lambda: app.bilaterals.create({"title": "TR-KZ", "date": "2024-05-30"}),
        "documents": lambda: app.documents.create({"title": "Declaration", "event_id": event["id"]}),
        "minutes": lambda: app.minutes.create({"event_id": event["id"], "title": "Minutes"}),
        "joint_action_plans": lambda: app.plans.create({"year": 2024, "title": "Plan 2024"}),
        "action_items": lambda: app.actions.create({"title": "Send the list"}),
        "contacts": lambda: app.contacts.create({"name": "Aigerim Nurlanovna"}),
    }
    owner = owners[entity]()
    record = app.attachments.attach(kind, owner["id"], write(tmp_path, "paper.pdf", PDF)).record
    assert record["owner_entity"] == entity
    assert [r["id"] for r in app.attachments.for_record(entity, owner["id"])] == [record["id"]]


def test_bad_files_are_refused_naming_the_file_and_nothing_is_stored(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    cases: list[tuple[Path, str | None, type[Exception]]] = [
        (write(tmp_path, "plan.pdf", b"<html>Not found</html>"), None, NotWhatItSaysError),
        (write(tmp_path, "report.docx", b"%PDF-1.4 not a docx"), None, NotWhatItSaysError),
        (write(tmp_path, "photo.jpg", b"GIF89a..."), None, NotWhatItSaysError),
        (write(tmp_path, "notes.txt", b"text\x00binary"), None, NotWhatItSaysError),
        (write(tmp_path, "empty.pdf", b""), None, EmptyFileError),
        (write(tmp_path, "fine.pdf", PDF), "../../etc/passwd", BadFileNameError),
        (write(tmp_path, "fine2.pdf", PDF), "a\\b.pdf", BadFileNameError),
        (write(tmp_path, "fine3.pdf", PDF), "line\nbreak.pdf", BadFileNameError),
        (write(tmp_path, "fine4.pdf", PDF), "", BadFileNameError),
    ]
    for path, name, error in cases:
        with pytest.raises(error) as raised:
            app.attachments.attach("event", event["id"], path, name=name)
        shown = name if name is not None else path.name
        if error is not BadFileNameError:
            assert shown in raised.value.message(), raised.value.message()
    assert app.attachments.count() == 0 and outbox(app) == []
    assert not (app.data_dir / "files").exists() or list(app.attachments.blobs.stored()) == []


def test_too_large_a_file_is_refused_before_copying(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as out:
        out.write(PDF)
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written to the test disk
    with pytest.raises(FileTooLargeError) as raised:
        app.attachments.attach("event", event["id"], big)
    assert "scan.pdf" in raised.value.message() and "50 MB" in raised.value.message()
    assert app.attachments.count() == 0


def test_an_unusual_type_is_attached_with_a_warning(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    attached = app.attachments.attach("event", event["id"], write(tmp_path, "slides.key", b"\x00keynote"))
    assert attached.warning == UNUSUAL_TYPE
    assert attached.record["media_type"] == "application/octet-stream"


def test_only_the_kinds_that_take_files(app: Liaison, tmp_path: Path) -> None:
    institution = app.institutions.create({"name": "Otandastar Qory"})
    with pytest.raises(CannotAttachToError):
        app.attachments.attach("institution", institution["id"], write(tmp_path, "a.pdf", PDF))
    with pytest.raises(NotFoundError):
        app.attachments.attach("event", "no-such-event", write(tmp_path, "b.pdf", PDF))
    assert list(app.attachments.blobs.stored()) == []


def test_files_follow_the_owner_visibility_delete_and_undo(app: Liaison, tmp_path: Path) -> None:
    home = app.institutions.create({"name": "Diaspora Committee"})
    event = make_event(app, visibility="shared", owner_institution_id=home["id"])
    record = app.attachments.attach("event", event["id"], write(tmp_path, "a.pdf", PDF)).record
    assert record["visibility"] == "shared" and record["owner_institution_id"] == home["id"]
    app.events.update(event["id"], {"visibility": "private"})
    assert app.attachments.get(record["id"])["visibility"] == "private"
    update = [e for e in outbox(app) if e.record_id == record["id"]]
    assert update[-1].fields.get("visibility") == "private"  # folded into the unsent create
    removed = app.events.delete(event["id"])
    assert ("attachments", record["id"]) in removed
    assert app.attachments.for_record("event", event["id"]) == []
    app.events.restore(event["id"])
    assert [r["id"] for r in app.attachments.for_record("event", event["id"])] == [record["id"]]


def test_remove_is_a_tombstone_and_restore_undoes_it(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "a.pdf", PDF)).record
    app.attachments.delete(record["id"])
    assert app.attachments.for_record("event", event["id"]) == []
    assert app.attachments.get(record["id"], include_deleted=True)["deleted"]
    assert app.attachments.blobs.has(record["sha256"])  # kept: the undo needs it
    app.attachments.restore(record["id"])
    assert app.attachments.for_record("event", event["id"])[0]["local"] is True


def test_bytes_not_here_are_only_on_the_secretariat(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    info = BlobInfo(hashlib.sha256(b"elsewhere").hexdigest(), 3_355_443)
    record = from_another_laptop(app, "events", event["id"], "signed.pdf", info)
    (listed,) = app.attachments.for_record("event", event["id"])
    assert listed["local"] is False
    with pytest.raises(OnlyOnSecretariatError) as raised:
        app.attachments.save_copy(record["id"], tmp_path / "x.pdf")
    assert "signed.pdf" in raised.value.message() and "3.2 MB" in raised.value.message()
    assert not (tmp_path / "x.pdf").exists()

    def download(wanted: dict[str, Any]) -> None:
        app.attachments.blobs.add_stream([b"elsewhere"], expected_sha256=wanted["sha256"])

    app.attachments.downloader = download
    app.attachments.save_copy(record["id"], tmp_path / "x.pdf")
    assert (tmp_path / "x.pdf").read_bytes() == b"elsewhere"


def test_orphan_bytes_are_never_counted_and_are_cleaned(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    kept = app.attachments.attach("event", event["id"], write(tmp_path, "a.pdf", PDF)).record
    orphan = app.attachments.blobs.add_file(write(tmp_path, "b.pdf", PDF + b"orphan"))  # a crash here
    young = app.attachments.blobs.add_stream([b"being attached by another process"])
    old = time.time() - 7200
    os.utime(app.attachments.blobs.path(orphan.sha256), (old, old))
    os.utime(app.attachments.blobs.path(kept["sha256"]), (old, old))
    assert [r["sha256"] for r in app.attachments.for_record("event", event["id"])] == [kept["sha256"]]
    assert app.attachments.clean_orphans() == 1
    assert not app.attachments.blobs.has(orphan.sha256)
    assert app.attachments.blobs.has(kept["sha256"]) and app.attachments.blobs.has(young.sha256)


def test_a_read_only_record_copies_no_bytes(data_dir: Path, tmp_path: Path) -> None:
    with Liaison.open(data_dir) as app:
        event = make_event(app)
    source = write(tmp_path, "a.pdf", PDF)
    from liaison.store.engine import open_store

    store = open_store(data_dir)
    store.read_only = True
    app = Liaison(store)
    try:
        with pytest.raises(ReadOnlyStoreError):
            app.attachments.attach("event", event["id"], source)
        assert not (data_dir / "files").exists()
    finally:
        app.close()


def test_names_and_sizes() -> None:
    assert clean_name("  Gündem — Bakü.pdf ") == "Gündem — Bakü.pdf"
    for bad in ("a/b", "a\\b", "tab\there", "\u202eevil.pdf", ".", ".."):
        with pytest.raises(BadFileNameError):
            clean_name(bad)
    assert size_text(3_355_443) == "3.2 MB" and size_text(12) == "12 bytes" and size_text(2048) == "2 KB"


def test_a_merged_contacts_files_go_to_the_contact_kept_and_come_back(app: Liaison, tmp_path: Path) -> None:
    keep = app.contacts.create({"name": "Aigerim Nurlanovna", "visibility": "shared"})
    other = app.contacts.create({"name": "Aigerim Nurlanova", "visibility": "institution"})
    photo = app.attachments.attach(
        "contact", other["id"], write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n1")
    ).record
    event = make_event(app)
    paper = app.attachments.attach("event", event["id"], write(tmp_path, "paper.pdf", PDF)).record
    merge_id = app.merge_contacts(keep["id"], other["id"])
    moved = app.attachments.get(photo["id"])
    assert moved["owner_id"] == keep["id"] and moved["visibility"] == "shared"  # the kept one's
    assert app.attachments.get(paper["id"])["owner_id"] == event["id"]  # an event's file stays
    app.unmerge_contacts(merge_id)
    back = app.attachments.get(photo["id"])
    assert back["owner_id"] == other["id"] and back["visibility"] == "institution"
