"""The endpoints of attached files' bytes: upload by hash in chunks at an offset, checked on
completion; download streamed (with ranges) only to officers who may see a live attachment
naming the bytes; no existence probe; the hostile-request limits."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from liaison.protocol.constants import BLOB_MAX_CHUNK_FIELD, MAX_BLOB_REQUEST_BYTES
from liaison.secretariat.blobs import DigestMismatch, ServerBlobs
from tests.secretariat.officers import Officer, World, change, new_id

DATA = os.urandom(300_000)
DIGEST = hashlib.sha256(DATA).hexdigest()
ANNOUNCED = {BLOB_MAX_CHUNK_FIELD: MAX_BLOB_REQUEST_BYTES}
"""What every upload status and chunk's answer adds: the most one request may carry (a whole file)."""


def put(officer: Officer, digest: str, data: bytes, offset: int, size: int) -> httpx.Response:
    return officer.http.put(
        f"/v1/blobs/{digest}",
        params={"offset": offset, "size": size},
        content=data,
        headers={"Content-Type": "application/octet-stream"},
    )


def upload(officer: Officer, data: bytes = DATA, chunk: int = 100_000) -> dict[str, Any]:
    digest = hashlib.sha256(data).hexdigest()
    answer: dict[str, Any] = {}
    for start in range(0, len(data), chunk):
        response = put(officer, digest, data[start : start + chunk], start, len(data))
        assert response.status_code == 200, response.text
        answer = response.json()
    return answer


def status(officer: Officer, digest: str) -> dict[str, Any]:
    response = officer.http.get(f"/v1/blobs/{digest}/upload")
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def attach(
    officer: Officer, digest: str = DIGEST, visibility: str = "institution", size: int = len(DATA)
) -> str:
    owner = officer.push_one(change(fields={"name": "With a file"}, visibility=visibility))
    record_id = new_id()
    result = officer.push_one(
        change(
            record_id,
            entity="attachments",
            visibility=visibility,
            fields={
                "owner_entity": "contacts",
                "owner_id": owner["record"]["id"],
                "name": "plan.pdf",
                "media_type": "application/pdf",
                "size": size,
                "sha256": digest,
                "role": "file",
            },
        )
    )
    assert result["status"] == "applied", result
    return record_id


def test_chunks_at_offsets_complete_an_upload_and_the_bytes_come_back(world: World) -> None:
    assert status(world.aigerim, DIGEST) == {"sha256": DIGEST, "offset": 0, "complete": False} | ANNOUNCED
    first = put(world.aigerim, DIGEST, DATA[:100_000], 0, len(DATA))
    assert first.json() == {"sha256": DIGEST, "offset": 100_000, "complete": False} | ANNOUNCED
    assert status(world.aigerim, DIGEST)["offset"] == 100_000
    # a colleague's laptop sees the institution's upload as its own
    assert status(world.nurlan, DIGEST)["offset"] == 100_000
    # another institution sees nothing of it
    assert status(world.leyla, DIGEST) == {"sha256": DIGEST, "offset": 0, "complete": False} | ANNOUNCED
    # a chunk not at the offset is refused and says where to go on
    wrong = put(world.aigerim, DIGEST, DATA[50_000:150_000], 50_000, len(DATA))
    assert wrong.status_code == 409 and wrong.headers["Liaison-Blob-Offset"] == "100000"
    assert wrong.json()["error"] == "upload_conflict"
    rest = put(world.aigerim, DIGEST, DATA[100_000:], 100_000, len(DATA))
    assert rest.json() == {"sha256": DIGEST, "offset": len(DATA), "complete": True} | ANNOUNCED
    assert status(world.aigerim, DIGEST)["complete"] is True
    # stored, but nobody may download bytes no attachment names
    assert world.aigerim.http.get(f"/v1/blobs/{DIGEST}").status_code == 404
    attach(world.aigerim)
    for officer in (world.aigerim, world.nurlan):
        got = officer.http.get(f"/v1/blobs/{DIGEST}")
        assert got.status_code == 200 and got.content == DATA
        assert got.headers["content-type"] == "application/octet-stream"
        assert "content-encoding" not in got.headers  # never gzipped: Range means what it says
    part = world.nurlan.http.get(f"/v1/blobs/{DIGEST}", headers={"Range": "bytes=1000-"})
    assert part.status_code == 206 and part.content == DATA[1000:]


def test_another_institution_can_never_download_an_institution_only_file(world: World) -> None:
    upload(world.aigerim)
    attach(world.aigerim, visibility="institution")
    hidden = world.leyla.http.get(f"/v1/blobs/{DIGEST}")
    guessed = world.leyla.http.get(f"/v1/blobs/{hashlib.sha256(b'never stored').hexdigest()}")
    assert hidden.status_code == guessed.status_code == 404
    assert hidden.json() == guessed.json()  # no existence probe
    assert world.leyla.http.get(f"/v1/blobs/{DIGEST}", headers={"Range": "bytes=0-10"}).status_code == 404
    # even having uploaded the same bytes itself: holding them is not seeing the record
    assert status(world.leyla, DIGEST)["complete"] is False
    assert upload(world.leyla)["complete"] is True
    assert world.leyla.http.get(f"/v1/blobs/{DIGEST}").status_code == 404


def test_a_shared_record_s_file_reaches_every_institution_and_a_deleted_one_none(world: World) -> None:
    upload(world.aigerim)
    record_id = attach(world.aigerim, visibility="shared")
    got = world.leyla.http.get(f"/v1/blobs/{DIGEST}")
    assert got.status_code == 200 and got.content == DATA
    assert status(world.leyla, DIGEST)["complete"] is True  # it may see it: nothing to send again
    rev = world.aigerim.pull_all()[0][record_id]["rev"]
    deleted = world.aigerim.push_one(change(record_id, entity="attachments", op="delete", base_rev=rev))
    assert deleted["status"] == "applied"
    assert world.leyla.http.get(f"/v1/blobs/{DIGEST}").status_code == 404
    assert world.aigerim.http.get(f"/v1/blobs/{DIGEST}").status_code == 404


def test_a_hash_mismatch_keeps_nothing(world: World) -> None:
    wrong = hashlib.sha256(b"something else").hexdigest()
    first = put(world.aigerim, wrong, DATA[:200_000], 0, len(DATA))
    assert first.status_code == 200
    last = put(world.aigerim, wrong, DATA[200_000:], 200_000, len(DATA))
    assert last.status_code == 422 and last.json()["error"] == "hash_mismatch"
    assert DIGEST in last.json()["message"]
    assert status(world.aigerim, wrong) == {"sha256": wrong, "offset": 0, "complete": False} | ANNOUNCED
    attach(world.aigerim, wrong)
    assert world.aigerim.http.get(f"/v1/blobs/{wrong}").status_code == 404  # never stored
    files = world.server.files_dir
    assert files is not None
    assert not any(path.is_file() and wrong in path.name for path in files.rglob("*"))


def test_bad_input_is_refused_with_its_field(world: World) -> None:
    for bad in ("abc", "G" * 64, DIGEST.upper(), DIGEST + "0"):
        response = world.aigerim.http.get(f"/v1/blobs/{bad}")
        assert response.status_code == 400 and response.json()["field"] == "sha256", bad
        assert put(world.aigerim, bad, b"x", 0, 1).status_code == 400
        assert world.aigerim.http.get(f"/v1/blobs/{bad}/upload").status_code == 400
    traversal = world.aigerim.http.get("/v1/blobs/..%2F..%2Fetc%2Fpasswd")
    assert traversal.status_code in (400, 404)
    for params in (
        {"offset": 0},
        {"size": 10},
        {"offset": -1, "size": 10},
        {"offset": 0, "size": 60 * 1024 * 1024},
        {"offset": "x", "size": 3},
    ):
        response = world.aigerim.http.put(f"/v1/blobs/{DIGEST}", params=params, content=b"abc")
        assert response.status_code == 400, (params, response.text)
    # a chunk longer than it may be: 413, and what was held stays as it was
    assert put(world.aigerim, DIGEST, DATA[:1000], 0, len(DATA)).status_code == 200
    over = put(world.aigerim, DIGEST, DATA[1000:3000], 1000, 2000)  # past the size it claims
    assert over.status_code == 409 and over.headers["Liaison-Blob-Offset"] == "1000"
    beyond = put(world.aigerim, DIGEST, b"x", 10, 10)  # an offset at or past the size
    assert beyond.status_code == 409
    assert status(world.aigerim, DIGEST)["offset"] == 1000
    huge = world.aigerim.http.put(
        f"/v1/blobs/{DIGEST}",
        params={"offset": 0, "size": 50 * 1024 * 1024},
        content=b"\0" * (MAX_BLOB_REQUEST_BYTES + 1),
    )
    assert huge.status_code == 413
    gzipped = world.aigerim.http.put(
        f"/v1/blobs/{DIGEST}",
        params={"offset": 0, "size": 3},
        content=b"abc",
        headers={"Content-Encoding": "gzip"},
    )
    assert gzipped.status_code == 415


def test_no_token_a_revoked_token_or_a_wrong_one_is_refused_on_every_blob_endpoint(world: World) -> None:
    upload(world.aigerim)
    attach(world.aigerim, visibility="shared")
    world.server.admin.revoke("nurlan")
    with world.server.client() as anonymous, world.server.client("not-a-token") as wrong:
        for http in (anonymous, wrong, world.nurlan.http):
            assert http.get(f"/v1/blobs/{DIGEST}").status_code == 401
            assert http.get(f"/v1/blobs/{DIGEST}/upload").status_code == 401
            refused = http.put(f"/v1/blobs/{DIGEST}", params={"offset": 0, "size": 3}, content=b"abc")
            assert refused.status_code == 401


def test_a_private_record_s_file_is_refused_with_its_record(world: World) -> None:
    upload(world.aigerim)
    refused = world.aigerim.push_one(
        change(
            entity="attachments",
            visibility="private",
            fields={
                "owner_entity": "contacts",
                "owner_id": new_id(),
                "name": "private.pdf",
                "media_type": "application/pdf",
                "size": len(DATA),
                "sha256": DIGEST,
                "role": "file",
            },
        )
    )
    assert refused["status"] == "rejected"
    for officer in (world.aigerim, world.nurlan, world.leyla):
        assert officer.http.get(f"/v1/blobs/{DIGEST}").status_code == 404


def test_a_part_written_by_another_process_is_hashed_again_on_completion(tmp_path: Path) -> None:
    """The running hash a worker keeps is used only for a part nobody else wrote since."""
    blobs = ServerBlobs(tmp_path / "files")
    institution = new_id()
    first = blobs.begin(DIGEST, institution, 0, len(DATA))
    first.write(DATA[:1000])
    first.close()
    part = blobs.part(DIGEST, institution)
    time.sleep(0.01)
    with part.open("r+b") as other:  # another worker rewrote it: same length, other bytes
        other.write(b"\0" * 1000)
    rest = blobs.begin(DIGEST, institution, 1000, len(DATA))
    assert rest.hasher is None  # not trusted: the part is read again at the end
    rest.write(DATA[1000:])
    with pytest.raises(DigestMismatch):
        rest.finish()
    rest.close()
    assert not blobs.has(DIGEST) and not part.exists()
    # the same upload by one process completes from its running hash, without a second read
    again = blobs.begin(DIGEST, institution, 0, len(DATA))
    again.write(DATA[:1000])
    again.close()
    last = blobs.begin(DIGEST, institution, 1000, len(DATA))
    assert last.hasher is not None
    last.write(DATA[1000:])
    last.finish()
    last.close()
    assert blobs.path(DIGEST).read_bytes() == DATA


def test_pieces_as_the_network_gave_them_are_written_in_order_and_hashed(tmp_path: Path) -> None:
    """A request's pieces go to the part as they came, in one ``writev`` (a few big ones) or
    joined first (many small ones: a slow network); the bytes and the hash are the file's."""
    blobs = ServerBlobs(tmp_path / "files")
    institution = new_id()
    big = [DATA[start : min(start + 65536, 200_000)] for start in range(0, 200_000, 65536)]  # 4 pieces
    small = [DATA[start : start + 1000] for start in range(200_000, 300_000, 1000)]  # 100 pieces
    writing = blobs.begin(DIGEST, institution, 0, len(DATA))
    writing.write_pieces(big)
    writing.write_pieces([b"", *small[:1]])  # an empty piece is nothing
    writing.write_pieces(small[1:])
    assert writing.offset == len(DATA)
    writing.finish()
    writing.close()
    assert blobs.path(DIGEST).read_bytes() == DATA
