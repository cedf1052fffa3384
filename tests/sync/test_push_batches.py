"""A push batch is cut by the length of its text as well as by its count, so that it stays
within the server's body limit (:data:`~liaison.protocol.MAX_PUSH_BODY_BYTES`), and its count
grows past the 500 every server takes only once the server says it takes more."""

from __future__ import annotations

import gzip
import json
import uuid

import httpx
from sqlalchemy import update

from liaison.protocol import MAX_PUSH_BODY_BYTES, MAX_PUSH_CHANGES, PUSH_BATCH_CHARS, PUSH_PATH
from liaison.protocol.constants import BASE_PUSH_CHANGES
from liaison.store.local import OUTBOX
from liaison.sync.answers import decode_answer
from tests.sync.conftest import Laptop


def test_long_notes_go_in_batches_the_server_accepts(laptop: Laptop) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    notes = "Диаспора форумында сөйленген сөз. " * 2900  # ~100,000 characters, 2 bytes each
    ids = [
        aigerim.app.contacts.create({"name": f"Контакт {n}", "notes": notes, "visibility": "shared"})["id"]
        for n in range(40)
    ]
    assert len(notes) * 40 > PUSH_BATCH_CHARS and len(notes.encode()) * 40 < MAX_PUSH_BODY_BYTES * 2
    summary = aigerim.sync()
    assert summary.pushed >= 40 and summary.pending == 0
    pushes = [request for request in aigerim.requests if request.url.path == PUSH_PATH]
    assert len(pushes) >= 2  # one batch of 500 would be 8 MB of text: cut at 3 million characters
    assert all(len(request.content) < MAX_PUSH_BODY_BYTES for request in pushes)
    nurlan.sync()
    assert {nurlan.get("contacts", record_id)["notes"] for record_id in ids} == {notes}


def test_batches_grow_to_what_the_server_says_it_takes(laptop: Laptop) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    count = 2 * BASE_PUSH_CHANGES + MAX_PUSH_CHANGES // 2
    made = aigerim.app.contacts.create_many(
        [{"name": f"Контакт {n}", "visibility": "shared"} for n in range(count)]
    )
    summary = aigerim.sync()
    assert summary.pushed >= count and summary.pending == 0  # and the institution's record
    sizes = [
        len(json.loads(_body(request))["changes"])
        for request in aigerim.requests
        if request.url.path == PUSH_PATH
    ]
    # The first two are claimed before any answer says more: no more than every server takes.
    assert sizes[:2] == [BASE_PUSH_CHANGES, BASE_PUSH_CHANGES]
    assert sizes[2] > BASE_PUSH_CHANGES and max(sizes) <= MAX_PUSH_CHANGES
    assert sum(sizes) == summary.pushed
    nurlan.sync()
    assert {nurlan.get("contacts", str(record_id))["name"] for record_id in made} == {
        f"Контакт {n}" for n in range(count)
    }


def test_an_answer_that_names_no_limit_keeps_batches_at_the_base() -> None:
    answer = decode_answer(b'{"results": [], "server_seq": 3}')
    assert "max_changes" not in answer and answer["server_seq"] == 3
    assert decode_answer(b'{"results": [], "server_seq": 3, "max_changes": 2000}')["max_changes"] == 2000


def _body(request: httpx.Request) -> bytes:
    gzipped = request.headers.get("content-encoding") == "gzip"
    return gzip.decompress(request.content) if gzipped else request.content


def test_a_batch_left_claimed_goes_again_cut_to_what_every_server_takes(laptop: Laptop) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    count = BASE_PUSH_CHANGES + 200
    made = aigerim.app.contacts.create_many(
        [{"name": f"Kontakt {n}", "visibility": "shared"} for n in range(count)]
    )
    with aigerim.app.store.write() as session:  # claimed by a sync that was cut off (a larger batch)
        session.execute(update(OUTBOX).values(batch_id=str(uuid.uuid4())))
    summary = aigerim.sync()
    assert summary.pushed >= count and summary.pending == 0
    sizes = [
        len(json.loads(_body(request))["changes"])
        for request in aigerim.requests
        if request.url.path == PUSH_PATH
    ]
    assert sizes[0] == BASE_PUSH_CHANGES and sum(sizes) == summary.pushed
    nurlan.sync()
    assert len({nurlan.get("contacts", str(record_id))["id"] for record_id in made}) == count
