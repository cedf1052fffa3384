"""Files on the record on a bad day: a full disk, damaged bytes in the store, bytes removed by
hand, a file that changes or vanishes between its check and its copy. Each is one typed error
naming the file, nothing half-written (no row without bytes, no temporary file), and the next
try works once the cause is gone. Real files, a real SQLite file, a real small disk."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from liaison.errors import DiskFullError
from liaison.services.app import Liaison
from liaison.services.attachments import AttachmentRecords, NotWhatItSaysError, UnreadableFileError
from liaison.store.blobs import DamagedBlobError, MissingBlobError
from tests.disk import small_disk
from tests.services.test_attachments import PDF, make_event, outbox, write

BIG_PDF = PDF + os.urandom(3 * 1024 * 1024) + b"\n%%EOF\n"


def damage(app: Liaison, sha256: str) -> None:
    path = app.attachments.blobs.path(sha256)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def rows(app: Liaison, event_id: str) -> list[dict[str, Any]]:
    return app.attachments.for_record("event", event_id)


def test_damaged_bytes_are_refused_by_save_open_and_read_and_the_original_repairs_them(
    app: Liaison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "Plan 2024.pdf", BIG_PDF)).record
    damage(app, record["sha256"])
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DamagedBlobError) as raised:
        app.attachments.save_copy(record["id"], out / "copy.pdf")
    assert "Plan 2024.pdf" in raised.value.message()
    assert list(out.iterdir()) == []  # neither the copy nor its temporary file
    # the damaged bytes were set aside: the file is "not here" now, never handed over
    (listed,) = rows(app, event["id"])
    assert listed["local"] is False
    assert list((app.data_dir / "files" / "damaged").iterdir())

    # Open: the viewer's copy is refused the same way, and no temporary folder stays behind
    app.attachments.attach("event", event["id"], write(tmp_path, "again.pdf", BIG_PDF))
    damage(app, record["sha256"])
    viewing = tmp_path / "viewing"
    viewing.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(viewing))
    with pytest.raises(DamagedBlobError):
        app.attachments.viewing_copy(app.attachments.get(record["id"]))
    assert list(viewing.iterdir()) == []
    app.attachments.attach("event", event["id"], write(tmp_path, "third.pdf", BIG_PDF))
    damage(app, record["sha256"])
    with pytest.raises(DamagedBlobError):
        app.attachments.open_bytes(record["id"])

    # the cause gone (the original attached again): everything works, with the right bytes
    app.attachments.attach("event", event["id"], write(tmp_path, "found.pdf", BIG_PDF))
    app.attachments.save_copy(record["id"], out / "copy.pdf")
    assert (out / "copy.pdf").read_bytes() == BIG_PDF
    shown = app.attachments.viewing_copy(app.attachments.get(record["id"]))
    assert shown.name == "Plan 2024.pdf" and shown.read_bytes() == BIG_PDF
    with app.attachments.open_bytes(record["id"]) as stream:
        assert stream.read() == BIG_PDF


def test_damaged_bytes_are_fetched_again_when_the_secretariat_can_send_them(
    app: Liaison, tmp_path: Path
) -> None:
    """With the sync layer's downloader (here one that stores the Secretariat's bytes, checked
    against the hash like the real one), a damaged copy is set aside and downloaded again."""
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "agenda.pdf", BIG_PDF)).record
    table = app.attachments.table
    with app.store.write() as session:  # synced: its bytes are on the Secretariat too
        session.execute(table.update().where(table.c.id == record["id"]).values(server_rev=1))
    damage(app, record["sha256"])
    fetched: list[str] = []

    def download(wanted: dict[str, Any]) -> None:
        fetched.append(wanted["id"])
        app.attachments.blobs.add_stream([BIG_PDF], expected_sha256=wanted["sha256"])

    app.attachments.downloader = download
    try:
        app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
    finally:
        app.attachments.downloader = None
    assert fetched == [record["id"]]
    assert (tmp_path / "copy.pdf").read_bytes() == BIG_PDF


def test_attaching_on_a_full_disk_stores_nothing_and_works_once_space_returns(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "4m") as disk:
        app = Liaison.open(tmp_path / "disk" / "data")
        try:
            event = make_event(app)
            source = write(tmp_path, "Plan 2024.pdf", PDF + os.urandom(2000))  # a small file: buffered
            disk.fill()
            with pytest.raises(DiskFullError) as raised:
                app.attachments.attach("event", event["id"], source)
            assert "full" in raised.value.message()
            assert rows(app, event["id"]) == [] and outbox(app) == []
            assert list(app.attachments.blobs.stored()) == []
            assert list(app.attachments.blobs.tmp.iterdir()) == []
            disk.free()
            record = app.attachments.attach("event", event["id"], source).record
            assert app.attachments.blobs.path(record["sha256"]).read_bytes() == source.read_bytes()
        finally:
            app.close()


def test_a_copy_onto_a_full_disk_is_said_and_leaves_nothing(app: Liaison, tmp_path: Path) -> None:
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "plan.pdf", BIG_PDF)).record
    with small_disk(tmp_path / "stick", "8m") as disk:
        disk.fill()
        target = tmp_path / "stick" / "plan.pdf"
        with pytest.raises(DiskFullError) as raised:
            app.attachments.save_copy(record["id"], target)
        assert "full" in raised.value.message() and str(target) in raised.value.message()
        assert sorted(p.name for p in (tmp_path / "stick").iterdir()) == ["filler.bin"]
        disk.free()
        app.attachments.save_copy(record["id"], target)
        assert target.read_bytes() == BIG_PDF


def test_a_file_changed_between_its_check_and_its_copy_is_refused(
    app: Liaison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chosen as a PDF, replaced by an HTML page while the dialog was still open (the race made
    certain: the file is swapped right after it was checked)."""
    event = make_event(app)
    source = write(tmp_path, "plan.pdf", PDF)
    check = AttachmentRecords._check_file

    def then_swapped(self: AttachmentRecords, path: Path, name: str) -> bytes:
        head = check(self, path, name)
        path.write_bytes(b"<html>502 Bad Gateway</html>")
        return head

    monkeypatch.setattr(AttachmentRecords, "_check_file", then_swapped)
    with pytest.raises(NotWhatItSaysError):
        app.attachments.attach("event", event["id"], source)
    assert rows(app, event["id"]) == [] and outbox(app) == []


def test_a_file_that_vanishes_or_cannot_be_read_after_its_check_is_one_error(
    app: Liaison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event(app)
    source = write(tmp_path, "plan.pdf", PDF)
    check = AttachmentRecords._check_file
    swap: dict[str, Any] = {}

    def then_changed(self: AttachmentRecords, path: Path, name: str) -> bytes:
        head = check(self, path, name)
        swap["do"](path)
        return head

    monkeypatch.setattr(AttachmentRecords, "_check_file", then_changed)
    swap["do"] = Path.unlink
    with pytest.raises(UnreadableFileError) as raised:
        app.attachments.attach("event", event["id"], source)
    assert "plan.pdf" in raised.value.message() and "no longer there" in raised.value.message()

    def into_a_folder(path: Path) -> None:  # reading it fails with EISDIR, not ENOENT
        path.unlink(missing_ok=True)
        path.mkdir()

    swap["do"] = into_a_folder
    write(tmp_path, "plan.pdf", PDF)
    with pytest.raises(UnreadableFileError) as raised:
        app.attachments.attach("event", event["id"], source)
    assert "it is a folder" in raised.value.message()
    assert rows(app, event["id"]) == [] and outbox(app) == []
    assert list(app.attachments.blobs.stored()) == []


def test_bytes_removed_by_hand_from_a_file_never_synced_are_missing_not_on_the_secretariat(
    app: Liaison, tmp_path: Path
) -> None:
    """Attached here and not synced yet: with its bytes gone it is nowhere else, so it is not
    offered as a download (which could only fail) but said to be missing, naming the file."""
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "Scan.pdf", PDF)).record
    app.attachments.blobs.path(record["sha256"]).unlink()
    fetched: list[str] = []
    app.attachments.downloader = lambda wanted: fetched.append(wanted["id"])
    try:
        with pytest.raises(MissingBlobError) as raised:
            app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
    finally:
        app.attachments.downloader = None
    assert fetched == [] and "Scan.pdf" in raised.value.message()
    assert not (tmp_path / "copy.pdf").exists()
    app.attachments.attach("event", event["id"], write(tmp_path, "Scan again.pdf", PDF))  # the cause gone
    app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == PDF


def test_damaged_bytes_in_a_read_only_data_folder_are_refused_and_stay(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        folder = tmp_path / "disk" / "data"
        app = Liaison.open(folder)
        try:
            event = make_event(app)
            record = app.attachments.attach("event", event["id"], write(tmp_path, "plan.pdf", BIG_PDF)).record
            damage(app, record["sha256"])
        finally:
            app.close()
        disk.read_only()
        app = Liaison.open(folder)
        try:
            with pytest.raises(DamagedBlobError) as raised:
                app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
            message = raised.value.message()
            assert "plan.pdf" in message and "could not be set aside" in message
            assert not (tmp_path / "copy.pdf").exists()
        finally:
            app.close()
            disk.writable()


def test_the_viewers_old_copies_do_not_linger_in_the_temporary_folder(
    app: Liaison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open leaves a copy for the viewer (it holds the file while open); a day later the next
    Open removes it, so a confidential document does not stay in the temporary folder for good."""
    viewing = tmp_path / "viewing"
    viewing.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(viewing))
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "Note verbale.pdf", PDF)).record
    first = app.attachments.viewing_copy(record)
    second = app.attachments.viewing_copy(record)
    assert first.exists() and second.exists()  # a viewer may still have it open
    old = time.time() - 2 * 86400
    os.utime(first.parent, (old, old))
    unrelated = viewing / "someone-else"
    unrelated.mkdir()
    os.utime(unrelated, (old, old))
    third = app.attachments.viewing_copy(record)
    assert not first.parent.exists() and second.exists() and third.exists() and unrelated.exists()


@pytest.mark.parametrize(
    "hostile", ["../../escaped.pdf", "/tmp/escaped.pdf", "..", "a\x00b.pdf", "..\\x.pdf"]
)
def test_a_synced_name_never_writes_outside_the_viewers_folder(
    app: Liaison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hostile: str
) -> None:
    """A name arrives by sync unchecked by this laptop (a tampered push): Open's copy is written
    in its own folder whatever the name says (before: "../../x" or "/abs/x" wrote elsewhere)."""
    viewing = tmp_path / "viewing"
    viewing.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(viewing))
    event = make_event(app)
    record = app.attachments.attach("event", event["id"], write(tmp_path, "plan.pdf", PDF)).record
    table = app.attachments.table
    with app.store.write() as session:  # as a pull writes what the server sent
        session.execute(table.update().where(table.c.id == record["id"]).values(name=hostile))
    shown = app.attachments.viewing_copy(app.attachments.get(record["id"]))
    assert shown.parent.parent == viewing and shown.read_bytes() == PDF
    assert "/" not in shown.name and "\\" not in shown.name and shown.name not in ("", ".", "..")
    assert not (tmp_path / "escaped.pdf").exists() and not Path("/tmp/escaped.pdf").exists()
