"""Bytes gone bad on a laptop, through a real HTTPS server: a file damaged on the disk is never
stored by the server nor seen by a colleague (the server hashes what arrives and refuses it;
the laptop then finds its copy damaged and sets it aside) and a file removed from the store by
hand is not sent; each is held back with its record, the sync says which file and what to do,
the rest of the sync goes on, and once the original is attached again the next sync sends it.
A colleague's damaged copy is set aside and downloaded again when opened."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from liaison.errors import DiskFullError
from liaison.sync import files
from tests.disk import small_disk
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.sync.conftest import Laptop, MemoryKeyring, Officer
from tests.sync.test_attachment_sync import attach, server_files
from tests.sync.test_cli_sync import run

DATA = b"%PDF-1.7\n" + os.urandom(300_000) + b"\n%%EOF\n"


def damage(officer: Officer, sha256: str) -> None:
    path = officer.app.attachments.blobs.path(sha256)
    data = bytearray(path.read_bytes())
    data[1000] ^= 0x20
    path.write_bytes(bytes(data))


def blob_puts(officer: Officer) -> int:
    return len([r for r in officer.requests if r.method == "PUT" and "/blobs/" in r.url.path])


def test_a_file_damaged_on_the_disk_is_never_sent_and_the_sync_says_so(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution", DATA)
    other = aigerim.app.contacts.create({"name": "Another contact", "visibility": "institution"})
    damage(aigerim, record["sha256"])
    summary = aigerim.sync()
    assert blob_puts(aigerim) == 1  # read once, as it was sent; the server refused it (422)
    assert summary.files_held == 1
    (problem,) = summary.files_problems
    assert record["name"] in problem and "damaged" in problem and "set aside" in problem
    assert record["sha256"] not in server_files(server)
    assert server.files_dir is not None and not list((server.files_dir / "tmp").glob("*.part"))
    assert not aigerim.app.attachments.blobs.has(record["sha256"])  # set aside, never used again
    assert list((aigerim.app.data_dir / "files" / "damaged").iterdir())
    nurlan.sync()  # the rest of the sync went on; the file's record was held back
    assert nurlan.get("contact", other["id"])["name"] == "Another contact"
    assert nurlan.app.attachments.for_record("contact", record["owner_id"]) == []

    source = tmp_path / "the original.pdf"
    source.write_bytes(DATA)
    aigerim.app.attachments.attach("contact", record["owner_id"], source)
    summary = aigerim.sync()
    assert summary.files_held == 0 and summary.files_problems == () and summary.pending == 0
    nurlan.sync()
    assert nurlan.app.attachments.blobs.path(record["sha256"]).read_bytes() == DATA


def test_a_file_removed_from_the_store_by_hand_is_held_and_said(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim = laptop("aigerim")
    record = attach(aigerim, tmp_path, "institution", DATA)
    aigerim.app.attachments.blobs.path(record["sha256"]).unlink()
    summary = aigerim.sync()
    assert summary.files_held == 1
    (problem,) = summary.files_problems
    assert record["name"] in problem and "missing" in problem
    summary = aigerim.sync()  # said again at every sync while it lasts
    assert len(summary.files_problems) == 1
    aigerim.app.attachments.delete(record["id"])  # the officer's other way out: remove the file
    summary = aigerim.sync()
    assert summary.files_problems == () and summary.files_held == 0 and summary.pending == 0


def test_a_colleagues_damaged_copy_is_downloaded_again_on_open(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution", DATA)
    aigerim.sync()
    assert nurlan.sync().downloaded == 1
    damage(nurlan, record["sha256"])
    nurlan.app.attachments.downloader = files.downloader(nurlan.app, nurlan.client.tokens)
    copy = tmp_path / "copy.pdf"
    nurlan.app.attachments.save_copy(record["id"], copy)
    assert copy.read_bytes() == DATA
    assert list((nurlan.app.data_dir / "files" / "damaged").iterdir())  # kept aside, never used


def test_the_command_line_sync_names_the_file_held_back(
    tmp_path: Path,
    server: RunningServer,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.admin.add_institution("Otandastar Qory", "KZ")
    server.admin.add_user("aigerim", "Otandastar Qory")
    folder = tmp_path / "mine"
    code, _out, err = run(
        capsys, monkeypatch, folder, "login", "--server", server.url, "--user", "aigerim",
        "--password-stdin", "--ca-file", str(server.ca_file), stdin=DEFAULT_PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, folder, "contact", "add", "--name", "Bakyt", "--json")
    contact = json.loads(out)
    source = tmp_path / "Plan 2024.pdf"
    source.write_bytes(DATA)
    code, out, err = run(
        capsys, monkeypatch, folder, "attach", "contact", contact["id"], str(source), "--json"
    )
    sha256 = json.loads(out)["sha256"]
    path = folder / "files" / sha256[:2] / sha256
    path.write_bytes(path.read_bytes()[:-1] + b"?")
    code, out, err = run(capsys, monkeypatch, folder, "sync")
    assert code == 0
    (line,) = err.splitlines()
    assert line.startswith("Not sent (the next sync tries again): ") and "Plan 2024.pdf" in line
    assert "damaged" in line and "Traceback" not in err


@pytest.mark.parametrize("direct_bytes", [1 << 40, 1 << 20], ids=["pieces", "socket"])
def test_a_full_data_folder_stops_the_downloads_but_not_the_sync_and_get_says_so(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch, direct_bytes: int
) -> None:
    """A colleague's laptop whose disk is full: its sync still pushes and pulls (the records are
    saved), says the files were not downloaded and why; ``get`` says the disk is full, leaves no
    temporary file; once space is freed, the file downloads. The body read as httpx's pieces,
    or straight from the socket (a file over ``direct_bytes``)."""
    monkeypatch.setattr(files, "DIRECT_BYTES", direct_bytes)
    monkeypatch.setattr(files, "LAST_DIRECT_BYTES", direct_bytes)
    aigerim = laptop("aigerim")
    big = b"%PDF-1.7\n" + os.urandom(3 * 1024 * 1024) + b"\n%%EOF\n"
    record = attach(aigerim, tmp_path, "institution", big)
    aigerim.sync()
    server.admin.add_user("nurlan", "Otandastar Qory")
    with small_disk(tmp_path / "disk", "6m") as disk:
        nurlan = laptop("nurlan", folder="disk/data")
        nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
        nurlan.sync()  # the record's metadata arrives while there is room; its bytes wait
        nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 50)
        mine = nurlan.app.contacts.create(
            {"name": "Written before the disk filled", "visibility": "institution"}
        )
        disk.fill()
        disk.filler.write_bytes(disk.filler.read_bytes()[: -1024 * 1024])  # room for the record, not the file
        summary = nurlan.sync()
        assert summary.downloaded == 0 and summary.files_waiting == 1
        (problem,) = summary.files_problems
        assert problem.startswith("Files were not downloaded") and "full" in problem
        assert aigerim.sync().pulled >= 1  # what it pushed reached the colleagues
        assert aigerim.get("contact", mine["id"])["name"] == "Written before the disk filled"
        nurlan.app.attachments.downloader = files.downloader(nurlan.app, nurlan.client.tokens)
        with pytest.raises(DiskFullError):
            nurlan.app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
        assert list(nurlan.app.attachments.blobs.tmp.iterdir()) == []
        assert not (tmp_path / "copy.pdf").exists()
        disk.free()
        nurlan.app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
        assert (tmp_path / "copy.pdf").read_bytes() == big
        nurlan.client.close()
        nurlan.app.close()
