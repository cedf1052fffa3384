"""A merge of two contacts reaches the server and every laptop, through a real HTTPS server on
loopback and real data folders: the merged contact is gone everywhere, every reference to it
(including those another laptop made offline before it heard of the merge) names the kept one,
that laptop's offline edits of the merged contact land on the kept one (or in the inbox), and
nothing is lost or doubled. An unmerge travels too."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select

from liaison.protocol import PUSH_PATH
from liaison.protocol.constants import MAX_MERGES_PER_PUSH, MERGED_INTO
from liaison.protocol.entities import CONTACT_REFS
from liaison.secretariat.db import Database
from liaison.secretariat.models import Redirect, SyncRecord
from liaison.services.replica import contact_references
from liaison.sync import conflicts
from tests.secretariat.server import POSTGRES_ENV, RunningServer, database_url, running_server
from tests.sync.conftest import Laptop, Officer
from tests.sync.test_end_to_end import outbox, snapshot

SHARED = {"visibility": "shared"}


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    """The server on SQLite, and on PostgreSQL when configured (its JSON paths differ)."""
    if request.param == "postgres" and not os.environ.get(POSTGRES_ENV):
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} (.ci/run does) to run on it too")
    with database_url(request.param, tmp_path) as url, running_server(url, tmp_path) as running:
        yield running


def _world(a: Officer) -> dict[str, Any]:
    keep = a.app.contacts.create(
        {"name": "Кубанычбек Омуралиев", "emails": ["k@example.kg"], "position": "Director", **SHARED}
    )["id"]
    other = a.app.contacts.create(
        {"name": "Kubanychbek Omuraliev", "emails": ["ko@example.kg"], "tags": ["media"],
         "notes": "Met at the Forum in Bishkek.\n", **SHARED}
    )["id"]  # fmt: skip
    forum = a.app.events.create(
        {"title": "Forum", "kind": "diaspora_forum", "start_date": date(2024, 5, 1), **SHARED}
    )["id"]
    summit = a.app.events.create(
        {"title": "Summit", "kind": "summit", "start_date": date(2024, 6, 1), **SHARED}
    )["id"]
    action = a.app.actions.create({"title": "Send the list", "assignee_contact_id": other, **SHARED})["id"]
    return {"keep": keep, "other": other, "forum": forum, "summit": summit, "action": action}


def _live_refs_to(officer: Officer, contact_id: str) -> list[tuple[str, str]]:
    found = []
    for entity, field in contact_references():
        for row in officer.app.entity(entity).list({field: contact_id}):
            found.append((entity, row["id"]))
    return found


@contextlib.contextmanager
def _db(server: Any) -> Iterator[Connection]:
    database = Database(server.db_url)
    try:
        with database.read() as connection:
            yield connection
    finally:
        database.close()


def _server_live_refs_to(server: Any, contact_id: str) -> list[tuple[str, str]]:
    with _db(server) as connection:
        rows = connection.execute(
            select(SyncRecord.entity, SyncRecord.id, SyncRecord.fields).where(SyncRecord.deleted.is_(False))
        ).all()
    return [
        (entity, record_id)
        for entity, record_id, fields in rows
        for ref_entity, name in CONTACT_REFS
        if entity == ref_entity and fields.get(name) == contact_id
    ]


def test_the_protocol_lists_every_reference_to_a_contact() -> None:
    assert sorted(CONTACT_REFS) == sorted(contact_references())


def test_a_merge_reaches_two_laptops_including_one_that_edited_the_old_contact_offline(
    laptop: Laptop,
) -> None:
    a, b, c = laptop("aigerim"), laptop("nurlan"), laptop("dana")
    w = _world(a)
    for officer in (a, b, c, a):
        officer.sync()
    # C, offline: edits the old contact, adds a participation and a bilateral party naming it
    c.app.contacts.update(
        w["other"],
        {
            "notes": "Met at the Forum in Bishkek.\nPrefers Russian.\n",
            "emails": ["ko@example.kg", "kb@mail.kg"],
        },
    )
    joined = c.app.participants.create({"event_id": w["summit"], "contact_id": w["other"], **SHARED})["id"]
    talks = c.app.bilaterals.create({"title": "Talks", "date": date(2024, 6, 2), **SHARED})["id"]
    party = c.app.bilateral_parties.create({"bilateral_id": talks, "contact_id": w["other"], **SHARED})["id"]

    a.app.merge_contacts(w["keep"], w["other"])
    a.sync()
    b.sync()  # B receives the merge
    assert b.get("contacts", w["other"], include_deleted=True)["deleted"]
    assert b.get("action_items", w["action"])["assignee_contact_id"] == w["keep"]

    summary = c.sync()  # C comes back online after the merge reached the server
    assert summary.pending == 0
    for officer in (a, b, c, a, b):
        officer.sync()
    views = [snapshot(officer) for officer in (a, b, c)]
    for view in views[1:]:
        assert {k: (v, view.get(k)) for k, v in views[0].items() if view.get(k) != v} == {}
    kept = views[0][("contacts", w["keep"])]
    # C's offline edit of the old contact is on the kept one: nothing lost
    assert "Met at the Forum in Bishkek." in kept["notes"] and "Prefers Russian." in kept["notes"]
    assert kept["notes"].count("Prefers Russian.") == 1
    assert set(kept["emails"]) == {"k@example.kg", "ko@example.kg", "kb@mail.kg"}
    assert len(kept["emails"]) == 3
    assert views[0][("contacts", w["other"])]["deleted"] is True
    # C's offline references name the kept contact, once
    assert views[0][("participants", joined)]["contact_id"] == w["keep"]
    assert views[0][("participants", joined)]["deleted"] is False
    assert views[0][("bilateral_parties", party)]["contact_id"] == w["keep"]
    assert len(c.app.participants.list({"event_id": w["summit"]})) == 1
    for officer in (a, b, c):
        assert _live_refs_to(officer, w["other"]) == []
        assert outbox(officer) == []
        assert conflicts.list_conflicts(officer.app) == []
    assert _server_live_refs_to(a.server, w["other"]) == []
    assert [hit.id for hit in c.app.search("Omuraliev", kinds=["contact"])] == [w["keep"]]


def test_an_offline_edit_that_clashes_with_the_kept_contact_is_a_conflict_on_it(laptop: Laptop) -> None:
    a, c = laptop("aigerim"), laptop("dana")
    w = _world(a)
    a.app.contacts.update(w["other"], {"honorific": "Mr"})
    a.app.contacts.update(w["keep"], {"honorific": "Dr"})
    a.sync(), c.sync()
    c.app.contacts.update(w["other"], {"honorific": "Prof", "tags": ["media", "youth"]})
    a.app.merge_contacts(w["keep"], w["other"])
    a.sync(), c.sync(), a.sync()
    kept = a.get("contacts", w["keep"])
    assert kept["honorific"] == "Dr" and kept["tags"] == ["media", "youth"]
    for officer in (a, c):
        found = conflicts.list_conflicts(officer.app)
        assert len(found) == 1 and found[0].record_id == w["keep"]
        assert found[0].fields["honorific"]["client"] == "Prof"  # kept in the inbox, not lost
    assert snapshot(a) == snapshot(c)


def test_references_pushed_before_the_merge_move_on_the_server(laptop: Laptop) -> None:
    a, b, c = laptop("aigerim"), laptop("nurlan"), laptop("dana")
    w = _world(a)
    a.app.participants.create({"event_id": w["forum"], "contact_id": w["keep"], **SHARED})
    for officer in (a, b, c):
        officer.sync()
    # C's references reach the server before the merge, but A merges without having pulled them
    in_forum = c.app.participants.create({"event_id": w["forum"], "contact_id": w["other"], **SHARED})["id"]
    in_summit = c.app.participants.create({"event_id": w["summit"], "contact_id": w["other"], **SHARED})["id"]
    c.sync()
    a.app.merge_contacts(w["keep"], w["other"])
    for officer in (a, b, c, a):
        officer.sync()
    views = [snapshot(officer) for officer in (a, b, c)]
    live = [{key: value for key, value in view.items() if not value["deleted"]} for view in views]
    assert live[0] == live[1] == live[2]  # A and B never had the forum participation it deleted
    assert views[0][("participants", in_summit)]["contact_id"] == w["keep"]
    # the kept contact already took part in the forum: the moved participation goes (the merge's rule)
    assert views[2][("participants", in_forum)]["deleted"] is True
    assert len(b.app.participants.list({"event_id": w["forum"]})) == 1
    assert _server_live_refs_to(a.server, w["other"]) == []
    with _db(a.server) as connection:
        assert (
            connection.execute(select(Redirect.keep_id).where(Redirect.merged_id == w["other"])).scalar()
            == (w["keep"])
        )


def test_an_unmerge_travels_and_ends_the_redirect(laptop: Laptop) -> None:
    a, b = laptop("aigerim"), laptop("nurlan")
    w = _world(a)
    a.sync(), b.sync()
    merge_id = a.app.merge_contacts(w["keep"], w["other"])
    a.sync(), b.sync()
    assert b.get("action_items", w["action"])["assignee_contact_id"] == w["keep"]
    a.app.unmerge_contacts(merge_id)
    a.sync(), b.sync()
    assert not b.get("contacts", w["other"])["deleted"]
    assert b.get("action_items", w["action"])["assignee_contact_id"] == w["other"]
    # a reference made after the unmerge stays on the restored contact
    joined = b.app.participants.create({"event_id": w["summit"], "contact_id": w["other"], **SHARED})["id"]
    b.sync(), a.sync()
    assert a.get("participants", joined)["contact_id"] == w["other"]
    assert snapshot(a) == snapshot(b)
    with _db(a.server) as connection:
        assert connection.execute(select(Redirect).where(Redirect.merged_id == w["other"])).first() is None


def test_many_merges_go_in_batches_the_server_takes(laptop: Laptop) -> None:
    a, b = laptop("aigerim"), laptop("nurlan")
    count = MAX_MERGES_PER_PUSH + 5
    ids = a.app.contacts.create_many(
        [{"name": f"Contact {n}", "visibility": "shared"} for n in range(2 * count)]
    )
    a.sync(), b.sync()
    a.requests.clear()
    for keep, other in zip(ids[:count], ids[count:], strict=True):
        a.app.merge_contacts(keep, other)
    a.sync()
    sent = [
        json.loads(gzip.decompress(r.content) if r.headers.get("content-encoding") == "gzip" else r.content)
        for r in a.requests
        if r.url.path == PUSH_PATH
    ]
    per_push = [sum(1 for change in body["changes"] if change.get(MERGED_INTO)) for body in sent]
    assert sum(per_push) == count and max(per_push) <= MAX_MERGES_PER_PUSH
    b.sync()
    assert all(b.get("contacts", other, include_deleted=True)["deleted"] for other in ids[count:])
    assert conflicts.list_conflicts(a.app) == []
