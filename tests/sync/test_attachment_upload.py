"""How a file's bytes go up, through a real HTTPS server on loopback: in one streamed request
when the server says it takes it, read once on the laptop; in the old chunks for a server that
does not say so (an older one) and after a bigger request was refused or cut with nothing
arriving (a reverse proxy that limits or buffers bodies); a stranger's request is refused before
a byte of it is read. (The cut-and-resume test is in test_attachment_sync.py, the SIGKILL one in
test_attachment_kills.py, the damaged-bytes ones in test_attachment_bad_bytes.py.)"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from liaison.protocol.constants import BLOB_CHUNK_BYTES, BLOB_MAX_CHUNK_FIELD, MAX_BLOB_REQUEST_BYTES
from liaison.secretariat import blobs as server_blobs
from liaison.sync import files
from liaison.sync.transport import Transport
from tests.secretariat.server import RunningServer
from tests.sync.conftest import Laptop, Officer
from tests.sync.test_attachment_sync import attach, server_files

BIG = b"%PDF-1.7\n" + os.urandom(2 * BLOB_CHUNK_BYTES + 1_000_000)
"""Two old chunks and a bit: three requests the old way, one now."""


def puts(officer: Officer) -> list[int]:
    """The declared length of each file request the officer's laptop sent."""
    return [
        int(r.headers["content-length"])
        for r in officer.requests
        if r.method == "PUT" and r.url.path.startswith("/v1/blobs/")
    ]


def colleague_gets(colleague: Officer, record: dict[str, Any], data: bytes) -> None:
    assert colleague.sync().downloaded == 1
    assert colleague.app.attachments.blobs.path(record["sha256"]).read_bytes() == data


def put_directly(server: RunningServer, token: str, sha256: str, content: Any, size: int, length: int) -> Any:
    """One upload request from offset 0 outside the sync, as another laptop sends it: ``length``
    bytes of ``content`` (bytes, or pieces as they come) for a file of ``size``."""
    with server.client(token) as http:
        return put_on(http, sha256, content, size, length)


def put_on(http: httpx.Client, sha256: str, content: Any, size: int, length: int) -> httpx.Response:
    """:func:`put_directly` on a client of the test's own (its connection kept between requests)."""
    return http.put(
        f"/v1/blobs/{sha256}",
        params={"offset": 0, "size": size},
        content=content,
        headers={"Content-Type": "application/octet-stream", "Content-Length": str(length)},
    )


def whole_part_left(server: RunningServer, username: str, record: dict[str, Any], data: bytes) -> Path:
    """The part a server that stopped between a file's last byte and its check leaves, holding
    ``data``: a first request from the officer's laptop starts it, ``data`` is then all it holds."""
    token = server.login(username, device="the same laptop, before")
    answer = put_directly(server, token, record["sha256"], BIG[:1000], len(BIG), 1000)
    assert answer.status_code == 200 and answer.json()["offset"] == 1000
    assert server.files_dir is not None
    (part,) = (server.files_dir / "tmp").glob("*.part")
    part.write_bytes(data)
    return part


def begun(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the server starts (or goes on with) a part of from now on."""
    started: list[str] = []
    begin = server_blobs.ServerBlobs.begin

    def counted(self: server_blobs.ServerBlobs, sha256: str, *args: Any) -> server_blobs.Upload:
        started.append(sha256)
        return begin(self, sha256, *args)

    monkeypatch.setattr(server_blobs.ServerBlobs, "begin", counted)
    return started


def client_port(answer: httpx.Response) -> int:
    """The laptop's end of the connection an answer came on."""
    port: int = answer.extensions["network_stream"].get_extra_info("client_addr")[1]
    return port


def test_a_file_goes_up_in_one_request_and_is_read_once(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution", BIG)
    checks: list[str] = []
    blobs = aigerim.app.attachments.blobs
    verify = blobs.verify

    def counted(sha256: str, **options: Any) -> None:
        checks.append(sha256)
        verify(sha256, **options)

    monkeypatch.setattr(blobs, "verify", counted)
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        status = files.Files(aigerim.app, transport, server.login("aigerim")).status(record["sha256"])
    assert status[BLOB_MAX_CHUNK_FIELD] == MAX_BLOB_REQUEST_BYTES  # the server says it takes a whole file
    aigerim.requests.clear()
    assert aigerim.sync().pending == 0
    assert puts(aigerim) == [len(BIG)]  # one request
    assert checks == []  # not read a second time to check it: the server hashed it on arrival
    assert server.blob_bytes == len(BIG) and record["sha256"] in server_files(server)
    colleague_gets(nurlan, record, BIG)


def test_an_older_server_is_sent_the_chunks_it_takes(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """A server of before the whole-file upload says nothing of ``max_chunk`` and refuses
    requests past the old chunk: it gets the old chunks, and the file still arrives whole."""
    server.act_as_an_older_server()
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        status = files.Files(aigerim.app, transport, server.login("aigerim")).status("0" * 64)
    assert BLOB_MAX_CHUNK_FIELD not in status
    record = attach(aigerim, tmp_path, "institution", BIG)
    assert aigerim.sync().pending == 0
    assert puts(aigerim) == [BLOB_CHUNK_BYTES, BLOB_CHUNK_BYTES, len(BIG) - 2 * BLOB_CHUNK_BYTES]
    assert server.blob_bytes == len(BIG)
    colleague_gets(nurlan, record, BIG)


def test_a_proxy_that_refuses_big_bodies_gets_chunks(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """A reverse proxy left at 16 MiB (``client_max_body_size``) answers 413 with a page of its
    own: the laptop goes on in the old chunks, and sends chunks for the rest of the sync."""
    server.behind_a_proxy_limiting_bodies_to(16 * 1024 * 1024)
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution", BIG)
    other = attach(aigerim, tmp_path, "shared", BIG[:-1] + b"!")
    summary = aigerim.sync()
    assert summary.pending == 0 and summary.files_held == 0
    sent = puts(aigerim)
    assert sent[0] == len(BIG) and all(length <= BLOB_CHUNK_BYTES for length in sent[1:])
    assert len(sent) == 1 + 3 + 3  # refused once, then chunks for both files
    assert server.blob_bytes == 2 * len(BIG)  # nothing of the refused request reached the server
    assert nurlan.sync().downloaded == 2
    assert nurlan.app.attachments.blobs.path(record["sha256"]).read_bytes() == BIG
    assert nurlan.app.attachments.blobs.path(other["sha256"]).read_bytes() == BIG[:-1] + b"!"


def test_a_request_cut_before_a_byte_arrived_goes_on_in_chunks(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """Nothing of a whole-file request reached the server (a proxy that buffers bodies, cut
    before it passed anything on): the rest goes in chunks, so a second cut costs a chunk."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution", BIG)
    server.cut_uploads(1, after=0)
    assert aigerim.sync().pending == 0
    assert puts(aigerim) == [len(BIG), BLOB_CHUNK_BYTES, BLOB_CHUNK_BYTES, len(BIG) - 2 * BLOB_CHUNK_BYTES]
    assert server.blob_bytes == len(BIG)
    colleague_gets(nurlan, record, BIG)


def test_a_whole_file_from_a_stranger_is_refused_before_a_byte_is_read(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """No token, a wrong one, a revoked one: 401 for a 17 MB request as for a small one, and
    the server reads nothing of it and keeps nothing."""
    digest = "ab" * 32
    laptop("aigerim")
    token = server.login("aigerim")
    server.admin.revoke("aigerim")
    with (
        server.client() as anonymous,
        server.client("not-a-token") as wrong,
        server.client(token) as revoked,
    ):
        for http in (anonymous, wrong, revoked):
            refused = http.put(
                f"/v1/blobs/{digest}",
                params={"offset": 0, "size": len(BIG)},
                content=BIG,
                headers={"Content-Type": "application/octet-stream"},
            )
            assert refused.status_code == 401
    assert server.blob_bytes == 0
    assert server.files_dir is not None
    assert not (server.files_dir / "tmp").is_dir() or not list((server.files_dir / "tmp").iterdir())


def test_a_body_past_the_server_s_limit_is_refused_and_what_was_held_stays(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """A server started with a smaller ``--upload-chunk-mb`` says so, and refuses a request past
    it (413), declared or streamed without a length, keeping the part as it was."""
    server.stop()
    server.upload_request_bytes = 1024 * 1024
    server.start()
    laptop("aigerim")
    digest = "cd" * 32
    with server.client(server.login("aigerim")) as http:
        status = http.get(f"/v1/blobs/{digest}/upload").json()
        assert status[BLOB_MAX_CHUNK_FIELD] == 1024 * 1024
        first = http.put(f"/v1/blobs/{digest}", params={"offset": 0, "size": 3_000_000}, content=b"x" * 1000)
        assert first.status_code == 200 and first.json()["offset"] == 1000
        declared = http.put(
            f"/v1/blobs/{digest}", params={"offset": 1000, "size": 3_000_000}, content=b"x" * 1_100_000
        )
        assert declared.status_code == 413

        def pieces() -> Any:
            for _ in range(20):
                yield b"y" * 65536  # 1.25 MiB in all, no Content-Length

        try:
            streamed = http.put(
                f"/v1/blobs/{digest}", params={"offset": 1000, "size": 3_000_000}, content=pieces()
            )
            assert streamed.status_code == 413
        except httpx.TransportError:
            pass  # the server may close the connection while the body still comes: refused either way
        assert http.get(f"/v1/blobs/{digest}/upload").json()["offset"] == 1000


def test_a_colleague_s_slow_upload_of_the_same_file_is_waited_for_while_it_goes_on(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's laptop sends the same file in one slow request (holding it at the server):
    this laptop waits as long as the server's copy grows, however long that takes (here the
    patience is two turns without progress: the colleague's copy grows ~5 MiB a turn, and the
    server's check of its last bytes may take a turn on a busy machine), and sends nothing
    once the colleague's is complete (not even while the server checks the colleague's last
    bytes: a copy of every byte, not yet complete, is never started again from 0)."""
    monkeypatch.setattr(files, "_TURNS", 2)
    nurlan = laptop("nurlan")
    record = attach(nurlan, tmp_path, "institution", BIG)
    token = server.login("nurlan", device="the colleague's laptop")

    def slowly() -> Any:
        for start in range(0, len(BIG), 1 << 20):
            yield BIG[start : start + (1 << 20)]
            time.sleep(0.2)

    def colleague() -> None:
        answer = put_directly(server, token, record["sha256"], slowly(), len(BIG), len(BIG))
        assert answer.status_code == 200 and answer.json()["complete"] is True

    sending = threading.Thread(target=colleague)
    sending.start()
    assert server.files_dir is not None
    deadline = time.monotonic() + 10
    while not list((server.files_dir / "tmp").glob("*.part")) and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        summary = nurlan.sync()
    finally:
        sending.join(30)
    assert summary.pending == 0 and summary.files_held == 0
    assert record["sha256"] in server_files(server)
    assert server.blob_bytes < 2 * len(BIG)  # no second copy went up beside the colleague's
    assert len(puts(nurlan)) > 1  # it asked again and again while the colleague's went on


def test_a_part_whose_every_byte_arrived_but_was_never_checked_is_completed_not_sent_again(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """The server stopped between a file's last byte and its check (the part is whole, nobody
    holds it): the laptop's empty request at the end has the server check it now; nothing is sent
    again, and colleagues get the file."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = attach(aigerim, tmp_path, "institution", BIG)
    part = whole_part_left(server, "aigerim", record, BIG)  # every byte, never checked
    summary = aigerim.sync()
    assert summary.pending == 0 and summary.files_held == 0
    assert puts(aigerim) == [0]
    assert server.blob_bytes == 1000 and not part.exists()
    colleague_gets(nurlan, record, BIG)


def test_an_empty_request_at_the_end_of_a_damaged_whole_part_is_refused_and_it_starts_again(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    """The whole part the server never checked is damaged (a disk's fault): the check refuses
    it (422, nothing kept), and the laptop's next sync sends the file from the start."""
    aigerim = laptop("aigerim")
    record = attach(aigerim, tmp_path, "institution", BIG)
    part = whole_part_left(server, "aigerim", record, BIG[:-1] + b"?")
    first = aigerim.sync()
    assert first.files_held == 1 and not part.exists()
    assert puts(aigerim) == [0]
    aigerim.requests.clear()
    assert aigerim.sync().pending == 0
    assert puts(aigerim) == [len(BIG)] and record["sha256"] in server_files(server)


def test_a_status_asked_while_the_server_files_a_colleague_s_upload_sends_nothing(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server has checked a colleague's upload of the same file and is filing it (the rename,
    the folder's fsync: slow on a busy disk, here a second and a half): this laptop, asking
    then, is told the file is complete, never "offset 0" (the part gone, the file not yet
    marked as the institution's), which would have it send the whole file again."""
    filing = threading.Event()
    fsync_folder = server_blobs._fsync_folder

    def slowly(folder: Path) -> None:
        filing.set()
        time.sleep(1.5)
        fsync_folder(folder)

    monkeypatch.setattr(server_blobs, "_fsync_folder", slowly)
    nurlan = laptop("nurlan")
    record = attach(nurlan, tmp_path, "institution", BIG)
    token = server.login("nurlan", device="the colleague's laptop")

    def colleague() -> None:
        answer = put_directly(server, token, record["sha256"], BIG, len(BIG), len(BIG))
        assert answer.status_code == 200 and answer.json()["complete"] is True

    sending = threading.Thread(target=colleague)
    sending.start()
    try:
        assert filing.wait(30)
        summary = nurlan.sync()
    finally:
        sending.join(30)
    assert summary.pending == 0 and summary.files_held == 0
    assert puts(nurlan) == [] and server.blob_bytes == len(BIG)


def test_a_request_for_bytes_the_institution_holds_already_is_answered_complete_unwritten(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request that arrives after the institution's other laptop finished the same file (it
    asked while that one was still under way) is answered "complete" and its body dropped:
    no second copy goes into the server's folder."""
    aigerim = laptop("aigerim")
    data = b"%PDF-1.7\n" + os.urandom(300_000)
    record = attach(aigerim, tmp_path, "institution", data)
    assert aigerim.sync().pending == 0
    started = begun(monkeypatch)
    token = server.login("aigerim", device="the colleague's laptop")
    answer = put_directly(server, token, record["sha256"], data, len(data), len(data))
    assert answer.status_code == 200
    assert answer.json()["complete"] is True and answer.json()["offset"] == len(data)
    assert started == []
    assert server.files_dir is not None and not list((server.files_dir / "tmp").glob("*.part"))


def test_a_big_request_for_bytes_held_already_keeps_nothing_and_leaves_the_connection_as_any_other(
    laptop: Laptop, tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """17 MB streamed for bytes the institution holds: answered complete, no part begun, the
    stored file untouched; the connection carries the next request, and once idle past the
    server's keep-alive the server closes it, as after any request (uvicorn discards a body
    the app left unread, but then never closes the connection, however long it stays idle)."""
    server.stop()
    server.keep_alive_seconds = 1
    server.start()
    aigerim = laptop("aigerim")
    record = attach(aigerim, tmp_path, "institution", BIG)
    assert aigerim.sync().pending == 0
    assert server.files_dir is not None
    stored = server.files_dir / record["sha256"][:2] / record["sha256"]
    before = stored.stat()
    started = begun(monkeypatch)
    token = server.login("aigerim", device="the colleague's laptop")

    def again(http: httpx.Client) -> int:
        """The held file's 17 MB streamed again: the port the answer came on."""
        pieces = (BIG[start : start + (1 << 20)] for start in range(0, len(BIG), 1 << 20))
        answer = put_on(http, record["sha256"], pieces, len(BIG), len(BIG))
        assert answer.status_code == 200
        assert answer.json()["complete"] is True and answer.json()["offset"] == len(BIG)
        return client_port(answer)

    with server.client(token, limits=httpx.Limits(keepalive_expiry=60)) as http:
        port = again(http)
        assert again(http) == port  # the connection carries the next request
        time.sleep(2)
        assert again(http) != port  # and was closed once idle
    assert started == [] and not list((server.files_dir / "tmp").glob("*.part"))
    assert stored.read_bytes() == BIG and stored.stat().st_ino == before.st_ino
