"""A push batch is cut by the length of its text as well as by its count, so that it stays
within the server's body limit (:data:`~liaison.protocol.MAX_PUSH_BODY_BYTES`)."""

from __future__ import annotations

from liaison.protocol import MAX_PUSH_BODY_BYTES, PUSH_BATCH_CHARS, PUSH_PATH
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
