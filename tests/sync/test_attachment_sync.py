"""Attached files sync out of band through a real HTTPS server on loopback, between real data
folders: bytes go up before their metadata, come down in the background within the officer's
budget or on demand, and reach exactly those who may see their record."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from liaison import i18n
from liaison.cli.main import main
from liaison.protocol.constants import BLOB_CHUNK_BYTES
from liaison.services.attachments import OnlyOnSecretariatError
from liaison.store.blobs import HashMismatchError
from liaison.sync import files
from liaison.sync.errors import FileNotOnServerError, OfflineError
from liaison.sync.transport import Transport
from tests.secretariat.server import RunningServer
from tests.sync.conftest import Laptop, Officer

PDF = b"%PDF-1.7\n" + os.urandom(700_000) + b"\n%%EOF\n"


def attach(officer: Officer, tmp_path: Path, visibility: str, data: bytes = PDF) -> dict[str, Any]:
    contact = officer.app.contacts.create({"name": f"Contact {visibility}", "visibility": visibility})
    source = tmp_path / f"plan-{visibility}-{officer.name}.pdf"
    source.write_bytes(data)
    return officer.app.attachments.attach("contact", contact["id"], source).record


def listed(officer: Officer, record_id: str) -> dict[str, Any] | None:
    table = officer.app.attachments.table
    with officer.app.store.read() as session:
        row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    return dict(row) if row is not None else None


def server_files(server: RunningServer) -> set[str]:
    assert server.files_dir is not None
    return {path.name for path in server.files_dir.glob("??/*")}


def raw_get(server: RunningServer, username: str, digest: str) -> httpx.Response:
    token = server.login(username)
    with server.client(token) as http:
        return http.get(f"/v1/blobs/{digest}")


@pytest.fixture(params=["pieces", "direct"])
def read_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[int] | None:
    """Downloads read as httpx's pieces (``None``), or straight from the socket (every body long
    enough: :data:`files.DIRECT_BYTES` is 32 MiB, more than these tests' files): the list of the
    bodies' lengths read so."""
    if request.param == "direct":
        direct: list[int] = []
        monkeypatch.setattr(files, "DIRECT_BYTES", 1)
        monkeypatch.setattr(files, "LAST_DIRECT_BYTES", 1)
        read_direct = files._read_direct

        def counted(*args: Any) -> Any:
            direct.append(args[1])
            return read_direct(*args)

        monkeypatch.setattr(files, "_read_direct", counted)
        return direct
    monkeypatch.setattr(files, "DIRECT_BYTES", 1 << 40)
    monkeypatch.setattr(files, "LAST_DIRECT_BYTES", 1 << 40)
    return None


def test_a_colleague_gets_the_file_another_institution_neither_sees_nor_downloads_it(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    leyla = laptop("leyla", "State Committee on Diaspora Affairs", "AZ")
    record = attach(aigerim, tmp_path, "institution")
    digest = hashlib.sha256(PDF).hexdigest()
    assert record["sha256"] == digest
    aigerim.sync()
    assert digest in server_files(server)  # the bytes went up with (before) the metadata
    summary = nurlan.sync()
    assert summary.downloaded == 1 and summary.files_waiting == 0
    assert nurlan.app.attachments.blobs.path(digest).read_bytes() == PDF
    (seen,) = nurlan.app.attachments.for_record("contact", record["owner_id"])
    assert seen["local"] is True and seen["name"] == record["name"]
    copy = tmp_path / "copy.pdf"
    nurlan.app.attachments.save_copy(record["id"], copy)
    assert copy.read_bytes() == PDF
    # another institution: no metadata, no bytes, not even knowing the hash
    leyla.sync()
    assert listed(leyla, record["id"]) is None
    assert not leyla.app.attachments.blobs.has(digest)
    refused = raw_get(server, "leyla", digest)
    guessed = raw_get(server, "leyla", hashlib.sha256(b"guess").hexdigest())
    assert refused.status_code == guessed.status_code == 404 and refused.json() == guessed.json()
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        fetcher = files.Files(leyla.app, transport, server.login("leyla"))
        with pytest.raises(FileNotOnServerError):
            fetcher.download(record)
    assert not leyla.app.attachments.blobs.has(digest)


def test_a_shared_record_s_file_reaches_another_institution(laptop: Laptop, tmp_path: Path) -> None:
    aigerim = laptop("aigerim")
    leyla = laptop("leyla", "State Committee on Diaspora Affairs", "AZ")
    record = attach(aigerim, tmp_path, "shared")
    aigerim.sync()
    assert leyla.sync().downloaded == 1
    assert leyla.app.attachments.blobs.path(record["sha256"]).read_bytes() == PDF


def test_a_private_record_s_file_never_leaves(laptop: Laptop, tmp_path: Path, server: RunningServer) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "private")
    summary = aigerim.sync()
    assert summary.held_private >= 2  # the contact and its file
    assert record["sha256"] not in server_files(server)
    uploads = [r for r in aigerim.requests if "/v1/blobs/" in str(r.url)]
    assert uploads == []  # not even asked about
    nurlan.sync()
    assert listed(nurlan, record["id"]) is None
    assert raw_get(server, "aigerim", record["sha256"]).status_code == 404


def test_beyond_the_budget_a_file_waits_and_downloads_when_opened(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    aigerim.sync()
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0.5)  # the file is 0.7 MB
    summary = nurlan.sync()
    assert summary.downloaded == 0 and summary.files_waiting == 1
    (seen,) = nurlan.app.attachments.for_record("contact", record["owner_id"])
    assert seen["local"] is False
    with pytest.raises(OnlyOnSecretariatError):  # no downloader: the message says to sync
        nurlan.app.attachments.save_copy(record["id"], tmp_path / "nope.pdf")
    # the command line downloads first (the data folder's saved sign-in), then copies
    target = tmp_path / "got.pdf"
    folder = str(nurlan.app.data_dir)
    code = main(["--data-dir", folder, "attachment", "get", record["id"], "-o", str(target)])
    assert code == 0, capsys.readouterr().err
    assert target.read_bytes() == PDF
    assert nurlan.app.attachments.is_local(record)


def test_a_download_whose_bytes_do_not_match_stores_nothing(
    laptop: Laptop, tmp_path: Path, server: RunningServer, read_path: list[int] | None
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    aigerim.sync()
    nurlan.sync()
    # the server's copy is damaged on its disk (a bit flipped)
    assert server.files_dir is not None
    stored = server.files_dir / record["sha256"][:2] / record["sha256"]
    damaged = bytearray(stored.read_bytes())
    damaged[100] ^= 1
    stored.write_bytes(bytes(damaged))
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        fetcher = files.Files(nurlan.app, transport, server.login("nurlan"))
        with pytest.raises(HashMismatchError) as raised:
            fetcher.download(listed(nurlan, record["id"]) or {})
    assert record["sha256"] in raised.value.message(english=True)
    assert read_path is None or len(read_path) == 1
    blobs = nurlan.app.attachments.blobs
    assert not blobs.has(record["sha256"])
    assert not list(blobs.tmp.glob("*")) if blobs.tmp.is_dir() else True


def test_a_download_cut_off_for_good_resumes_on_the_next_try_from_the_bytes_held(
    laptop: Laptop, tmp_path: Path, server: RunningServer, read_path: list[int] | None
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    data = b"%PDF-1.7\n" + os.urandom(6_000_000)
    record = attach(aigerim, tmp_path, "institution", data)
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    aigerim.sync()
    nurlan.sync()
    row = listed(nurlan, record["id"]) or {}
    cut_at = 1_200_000
    server.cut_downloads(files.RESUMES + 1, after=cut_at)  # every try of this download is cut
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        fetcher = files.Files(nurlan.app, transport, server.login("nurlan"))
        with pytest.raises(OfflineError):
            fetcher.download(row)
        blobs = nurlan.app.attachments.blobs
        assert not blobs.has(record["sha256"])
        (part,) = blobs.tmp.glob("*.part")
        held = part.stat().st_size
        assert cut_at <= held < len(data)  # the first try's bytes and the resumes' (in megabyte batches)
        sent_before = server.blob_bytes_sent
        fetcher.download(row)  # the next try (the next sync, the officer's Open)
    assert server.blob_ranges[-1] == f"bytes={held}-"
    assert server.blob_bytes_sent - sent_before == len(data) - held
    assert blobs.path(record["sha256"]).read_bytes() == data
    assert not list(blobs.tmp.glob("*"))
    assert read_path is None or len(read_path) == files.RESUMES + 2  # every try from the socket


def test_a_long_download_read_from_the_socket_resumes_after_cuts_and_the_connection_serves_on(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    data = b"%PDF-1.7\n" + os.urandom(5_000_000)
    record = attach(aigerim, tmp_path, "institution", data)
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    aigerim.sync()
    nurlan.sync()
    monkeypatch.setattr(files, "DIRECT_BYTES", 1 << 20)  # bodies of a megabyte or more
    direct: list[int] = []
    read_direct = files._read_direct
    monkeypatch.setattr(files, "_read_direct", lambda *args: direct.append(args[1]) or read_direct(*args))
    cut_at = 1_500_000
    server.cut_downloads(2, after=cut_at)  # the first two tries are cut, the third completes
    token = server.login("nurlan")
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        files.Files(nurlan.app, transport, token).download(listed(nurlan, record["id"]) or {})
        assert transport.call("GET", "/v1/status", token=token)["user"] == "nurlan"  # a new connection
    blobs = nurlan.app.attachments.blobs
    assert blobs.path(record["sha256"]).read_bytes() == data
    assert not list(blobs.tmp.glob("*"))
    # every body from the socket; what arrived before each cut was kept: nothing asked twice
    assert server.blob_ranges[-3:] == [None, f"bytes={cut_at}-", f"bytes={2 * cut_at}-"]
    assert len(direct) == 3 and server.blob_bytes_sent == len(data)


def test_an_opened_file_is_read_from_the_socket_a_background_one_of_that_size_is_not(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An Open's download is its connection's last request: a body of a megabyte or more is read
    from the socket. A sync's background download of the same size keeps the pooled connection
    for the requests after it (a new one costs a TLS handshake): read as httpx's pieces."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    data, other = (b"%PDF-1.7\n" + os.urandom(2_000_000) for _ in range(2))
    opened, background = (
        attach(aigerim, tmp_path, "institution", data),
        attach(aigerim, tmp_path, "shared", other),
    )
    aigerim.sync()
    direct: list[int] = []
    read_direct = files._read_direct
    monkeypatch.setattr(files, "_read_direct", lambda *args: direct.append(args[1]) or read_direct(*args))
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    nurlan.sync()
    nurlan.app.attachments.downloader = files.downloader(nurlan.app, nurlan.client.tokens)
    nurlan.app.attachments.save_copy(opened["id"], tmp_path / "opened.pdf")
    assert (tmp_path / "opened.pdf").read_bytes() == data
    assert len(direct) == 1
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 50)
    assert nurlan.sync().downloaded == 1  # the other file, as long, in the background
    assert nurlan.app.attachments.blobs.path(background["sha256"]).read_bytes() == other
    assert len(direct) == 1


def test_a_resumed_download_whose_whole_does_not_match_drops_its_part(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    aigerim.sync()
    nurlan.sync()
    blobs = nurlan.app.attachments.blobs
    blobs.tmp.mkdir(parents=True, exist_ok=True)
    part = blobs.tmp / f"dl-{record['sha256']}.part"
    part.write_bytes(b"%PDF-1.7\n" + b"\0" * 1000)  # a part the disk lost bytes of, say
    row = listed(nurlan, record["id"]) or {}
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        fetcher = files.Files(nurlan.app, transport, server.login("nurlan"))
        with pytest.raises(HashMismatchError) as raised:
            fetcher.download(row)
        assert "nothing was stored" in raised.value.message(english=True)
        assert not blobs.has(record["sha256"]) and not part.exists()
        assert server.blob_ranges[-1] == "bytes=1009-"
        fetcher.download(row)  # the next try starts from the first byte
    assert server.blob_ranges[-1] is None
    assert blobs.path(record["sha256"]).read_bytes() == PDF


def test_a_part_longer_than_the_server_s_file_is_dropped_and_the_file_fetched_whole(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    aigerim.sync()
    nurlan.sync()
    blobs = nurlan.app.attachments.blobs
    blobs.tmp.mkdir(parents=True, exist_ok=True)
    (blobs.tmp / f"dl-{record['sha256']}.part").write_bytes(b"x" * (len(PDF) + 10))
    row = {key: value for key, value in (listed(nurlan, record["id"]) or {}).items() if key != "size"}
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        files.Files(nurlan.app, transport, server.login("nurlan")).download(row)  # 416, then whole
    assert server.blob_ranges[-2:] == [f"bytes={len(PDF) + 10}-", None]
    assert blobs.path(record["sha256"]).read_bytes() == PDF


def test_a_cut_upload_resumes_from_the_server_s_offset_without_sending_twice(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """The whole file goes in one request; its connection drops after ``cut_at`` bytes reached
    the server, which keeps them: the retry sends exactly the rest."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    data = b"%PDF-1.7\n" + os.urandom(3 * BLOB_CHUNK_BYTES - 1000)
    record = attach(aigerim, tmp_path, "institution", data)
    cut_at = BLOB_CHUNK_BYTES // 2 + 123
    server.cut_uploads(1, after=cut_at)
    summary = aigerim.sync()
    assert summary.pending == 0
    assert server.blob_bytes == len(data)  # what arrived of the cut request was kept, not sent again
    puts = [int(r.headers["content-length"]) for r in aigerim.requests if r.method == "PUT"]
    assert puts == [len(data), len(data) - cut_at]  # the whole, cut; then the rest only
    assert nurlan.sync().downloaded == 1
    assert nurlan.app.attachments.blobs.path(record["sha256"]).read_bytes() == data


def test_an_upload_refused_as_damaged_holds_the_file_and_sends_the_rest(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    stored = aigerim.app.attachments.blobs.path(record["sha256"])
    good = stored.read_bytes()
    stored.write_bytes(good[:-1] + b"X")  # the laptop's copy went bad on its disk
    summary = aigerim.sync()  # the rest goes; the file waits, its row in the outbox
    assert summary.files_held == 1 and summary.pending == 1
    nurlan.sync()
    assert listed(nurlan, record["id"]) is None  # no metadata without its bytes
    assert nurlan.app.contacts.get(record["owner_id"])["name"]  # its record came, though
    stored.write_bytes(good)
    assert aigerim.sync().files_held == 0
    assert nurlan.sync().downloaded == 1


def test_a_private_record_made_institution_only_sends_its_file_then(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "private")
    aigerim.sync()
    assert record["sha256"] not in server_files(server)
    aigerim.app.contacts.update(record["owner_id"], {"visibility": "institution"})
    assert aigerim.app.attachments.get(record["id"])["visibility"] == "institution"  # it follows
    aigerim.sync()
    assert record["sha256"] in server_files(server)
    assert nurlan.sync().downloaded == 1
    assert nurlan.app.attachments.blobs.path(record["sha256"]).read_bytes() == PDF


def test_a_file_whose_bytes_left_the_data_folder_is_held_and_the_rest_syncs(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    aigerim.app.attachments.blobs.discard(record["sha256"])  # removed by hand, say
    summary = aigerim.sync()
    assert summary.files_held == 1 and summary.pending == 1
    assert record["sha256"] not in server_files(server)
    nurlan.sync()
    assert listed(nurlan, record["id"]) is None
    assert nurlan.app.contacts.get(record["owner_id"])["visibility"] == "institution"


def test_a_downloaded_file_is_found_by_its_words_on_the_colleagues_laptop(
    laptop: Laptop, tmp_path: Path
) -> None:
    """Search inside files on the laptop the file came to: the background download indexes its
    text (before, only the laptop that attached a file could find it by what it says)."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    contact = aigerim.app.contacts.create({"name": "Qazaləm's contact", "visibility": "institution"})
    source = tmp_path / "working group.txt"
    source.write_text("Bekova will chair the youth forum's working group, says Qazaləm.\n", encoding="utf-8")
    record = aigerim.app.attachments.attach("contact", contact["id"], source).record
    aigerim.sync()
    nurlan.sync()
    hits = [hit for hit in nurlan.app.search("Bekova") if hit.attachment == record["id"]]
    assert hits and hits[0].kind == "contact" and hits[0].id == contact["id"]


def test_the_window_opens_a_file_only_on_the_secretariat(
    laptop: Laptop, tmp_path: Path, qapp: object
) -> None:
    """The sync controller gives the window its download: Open and Save a copy fetch a file that
    a zero download budget left on the Secretariat (before: "only on the Secretariat")."""
    from liaison.ui.sync_controller import SyncController

    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution")
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
    aigerim.sync()
    nurlan.sync()
    assert not nurlan.app.attachments.is_local(nurlan.app.attachments.get(record["id"]))
    controller = SyncController(nurlan.app, client=nurlan.client)
    try:
        nurlan.app.attachments.save_copy(record["id"], tmp_path / "copy.pdf")
    finally:
        controller.deleteLater()
    assert (tmp_path / "copy.pdf").read_bytes() == PDF


def test_liaison_sync_says_what_it_did_with_files(
    laptop: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text of ``liaison sync`` (not --json) has a line per thing done with files: downloaded,
    left on the Secretariat by the budget, not sent; none when there is nothing to say."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    small = attach(aigerim, tmp_path, "institution", b"%PDF-1.7\n" + os.urandom(100_000) + b"\n%%EOF\n")
    attach(aigerim, tmp_path, "shared")  # 0.7 MB, beyond a budget of 0.5 MB once the small one is in
    held = attach(aigerim, tmp_path, "institution", b"%PDF-1.7\nheld\n%%EOF\n")
    aigerim.app.attachments.blobs.discard(held["sha256"])
    capsys.readouterr()
    assert main(["--data-dir", str(aigerim.app.data_dir), "sync"]) == 0
    said = capsys.readouterr().out
    assert "1 attached file not sent: missing from this data folder" in said
    assert "Downloaded" not in said
    nurlan.app.settings.set(files.DOWNLOAD_BUDGET_MB, 0.5)
    assert main(["--data-dir", str(nurlan.app.data_dir), "sync"]) == 0
    said = capsys.readouterr().out
    assert "Downloaded 1 attached file." in said
    assert "1 attached file left on the Secretariat (beyond the download budget" in said
    assert "not sent" not in said
    assert nurlan.app.attachments.blobs.has(small["sha256"])
    try:
        assert main(["--data-dir", str(nurlan.app.data_dir), "--language", "ru", "sync"]) == 0
    finally:  # the command line installs its language process-wide: leave English behind
        i18n.set_command_line_language(None)
        i18n.install_translator(None)
    said = capsys.readouterr().out  # the big file still waits (the budget is per sync), in Russian
    assert "Downloaded" not in said and "Secretariat" not in said and "1 вложенный файл" in said
