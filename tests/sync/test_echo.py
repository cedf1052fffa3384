"""A sync's pull does not bring back what its own pushes were told (``liaison.sync.echo``,
``liaison.secretariat.echo``), through a real server on loopback: counted in what the pull
received. What the answers did not tell — the references a merge moved on the server, a
conflict's outcome, another laptop's edit made between the push and the pull — is pulled; a
second laptop gets everything; an answer lost on the way converges; older clients get all."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from liaison.protocol import CHANGES_PATH, PUSH_PATH
from liaison.protocol.constants import ECHO_HEADER, ECHO_PARAMETER
from liaison.protocol.messages import decode_push_response
from liaison.secretariat.db import Database
from liaison.secretariat.models import SyncRecord
from liaison.sync import OfflineError, RetryPolicy
from liaison.sync import client as sync_client
from liaison.sync import pull as sync_pull
from liaison.sync.answers import decode_answer
from liaison.sync.echo import Echo
from tests.secretariat.server import POSTGRES_ENV, RunningServer, database_url, running_server
from tests.sync.conftest import Laptop, Officer
from tests.sync.test_end_to_end import outbox, snapshot

SHARED = {"visibility": "shared"}
FORUM = {"title": "Forum", "kind": "diaspora_forum", "start_date": date(2024, 5, 1), **SHARED}


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RunningServer]:
    if request.param == "postgres" and not os.environ.get(POSTGRES_ENV):
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} (.ci/run does) to run on it too")
    with database_url(request.param, tmp_path) as url, running_server(url, tmp_path) as running:
        yield running


@dataclass
class Received:
    """What the pulls received, page by page (records by key, conflicts by id)."""

    records: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.records.clear()
        self.conflicts.clear()


@pytest.fixture
def received(monkeypatch: pytest.MonkeyPatch) -> Received:
    seen = Received()
    decode = sync_pull.decode_page

    def counting(data: bytes) -> sync_pull.Page:
        page = decode(data)
        seen.records.extend((record.entity, record.id) for record in page.records)
        seen.conflicts.extend(conflict["id"] for conflict in page.checked_conflicts)
        return page

    monkeypatch.setattr(sync_pull, "decode_page", counting)
    return seen


def _pulls(officer: Officer) -> list[httpx.Request]:
    return [request for request in officer.requests if request.url.path == CHANGES_PATH]


def _marks(server: RunningServer) -> dict[str, str | None]:
    database = Database(server.db_url)
    try:
        with database.read() as connection:
            return dict(connection.execute(select(SyncRecord.id, SyncRecord.echo)).all())
    finally:
        database.close()


def test_a_sync_does_not_pull_back_its_own_accepted_pushes(laptop: Laptop, received: Received) -> None:
    a, b = laptop("aigerim"), laptop("nurlan")
    a.sync(), a.sync()  # the institution's record (pushed after the first sync's pull)
    made = [a.app.contacts.create({"name": f"Contact {n}", **SHARED})["id"] for n in range(40)]
    event = a.app.events.create(FORUM)["id"]
    for contact in made[:10]:
        a.app.participants.create({"event_id": event, "contact_id": contact, **SHARED})
    received.clear()
    a.requests.clear()
    summary = a.sync()
    assert summary.pushed == 51 and summary.pending == 0
    assert received.records == []  # nothing of its own came back
    pulls = _pulls(a)
    assert pulls and all(ECHO_PARAMETER in request.url.params for request in pulls)
    pushes = [request for request in a.requests if request.url.path == PUSH_PATH]
    assert {request.headers[ECHO_HEADER] for request in pushes} == {pulls[0].url.params[ECHO_PARAMETER]}
    # the laptop holds each record at the revision the server gave it, as the pull would have left it
    marks = _marks(a.server)
    assert {marks[contact] for contact in made} == {pulls[0].url.params[ECHO_PARAMETER]}
    before = snapshot(a)
    assert a.sync().pulled == 0 and snapshot(a) == before
    # another laptop gets everything, and the two agree
    received.clear()
    b.sync()
    assert {record_id for entity, record_id in received.records if entity == "contacts"} >= set(made)
    assert snapshot(b) == snapshot(a)


def test_a_conflict_and_its_record_come_back_to_the_pusher(laptop: Laptop, received: Received) -> None:
    a, b = laptop("aigerim"), laptop("nurlan")
    contact = a.app.contacts.create({"name": "Bakyt Omuraliev", **SHARED})["id"]
    a.sync(), b.sync()
    a.app.contacts.update(contact, {"position": "Minister"})
    b.app.contacts.update(contact, {"position": "Deputy Minister"})
    a.sync()
    received.clear()
    b.requests.clear()
    result = b.sync()
    assert result.conflicts == 1
    assert ("contacts", contact) in received.records  # a conflict's outcome is never left out
    assert len(received.conflicts) == 1
    assert b.get("contacts", contact)["position"] == "Minister"
    # the pull asked to leave out what B was told, and the record was not among it (A's mark)
    (pull,) = _pulls(b)
    assert _marks(b.server)[contact] not in (None, pull.url.params[ECHO_PARAMETER])
    (view,) = b.client.conflicts()
    assert view.fields["position"]["client"] == "Deputy Minister"
    a.sync()
    assert snapshot(a) == snapshot(b)


def test_references_a_merge_moved_on_the_server_are_pulled_by_the_merging_laptop(
    laptop: Laptop, received: Received
) -> None:
    a, c = laptop("aigerim"), laptop("dana")
    keep = a.app.contacts.create({"name": "Кубанычбек Омуралиев", **SHARED})["id"]
    other = a.app.contacts.create({"name": "Kubanychbek Omuraliev", **SHARED})["id"]
    forum = a.app.events.create(FORUM)["id"]
    a.sync(), c.sync()
    # C's reference reaches the server before the merge; A merges without having pulled it
    moved = c.app.participants.create({"event_id": forum, "contact_id": other, **SHARED})["id"]
    c.sync()
    a.app.merge_contacts(keep, other)
    received.clear()
    a.sync()
    assert ("participants", moved) in received.records
    assert a.get("participants", moved)["contact_id"] == keep
    assert ("contacts", keep) not in received.records  # its own edit of the kept contact was told
    c.sync()
    assert snapshot(a) == snapshot(c)


def test_another_laptop_s_edit_between_the_push_and_the_pull_is_pulled(
    laptop: Laptop, received: Received, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("aigerim"), laptop("nurlan")
    a.sync(), b.sync()
    contact = a.app.contacts.create({"name": "Gulnara Batyrova", **SHARED})["id"]
    untouched = a.app.contacts.create({"name": "Dana Seitkali", **SHARED})["id"]
    send = sync_client.send_resolutions
    done: list[bool] = []

    def meanwhile(run: Any) -> None:  # between A's push and A's pull
        send(run)
        if run.username == "aigerim" and not done:
            done.append(True)
            b.sync()
            b.app.contacts.update(contact, {"position": "Consul"})
            b.sync()
            received.clear()  # what B pulled; A's pull comes next

    monkeypatch.setattr(sync_client, "send_resolutions", meanwhile)
    received.clear()
    a.sync()
    assert done
    assert ("contacts", contact) in received.records and ("contacts", untouched) not in received.records
    assert a.get("contacts", contact)["position"] == "Consul"
    assert snapshot(a) == snapshot(b)


def test_an_answer_lost_on_the_way_is_resent_and_converges(laptop: Laptop, received: Received) -> None:
    a = laptop("aigerim", retry=None)
    b = laptop("nurlan")
    a.sync()
    made = [a.app.contacts.create({"name": f"Contact {n}", "notes": "x", **SHARED})["id"] for n in range(3)]
    a.client._transport_options["retry"] = RetryPolicy(attempts=1)
    a.server.cut_push_answers(1)  # committed on the server, the answer never arrives
    with pytest.raises(OfflineError):
        a.sync()
    claimed = outbox(a)
    assert len(claimed) == 3 and all(entry["batch_id"] for entry in claimed)
    marked = _marks(a.server)
    assert all(marked[contact] is not None for contact in made)  # marked for the lost sync
    received.clear()
    result = a.sync()  # sent again with the same change ids: answered from the server's record
    assert result.pushed == 3 and result.pending == 0 and result.conflicts == 0
    # marked for the sync whose answer was lost, not this one: pulled again (harmlessly)
    assert {record_id for _entity, record_id in received.records} >= set(made)
    b.sync()
    assert snapshot(a) == snapshot(b)
    assert sorted(row["name"] for row in b.app.contacts.list()) == ["Contact 0", "Contact 1", "Contact 2"]


def test_a_client_that_sends_no_echo_id_gets_everything(laptop: Laptop, received: Received) -> None:
    a = laptop("aigerim")
    a.sync()
    made = [a.app.contacts.create({"name": f"Contact {n}", **SHARED})["id"] for n in range(5)]
    original = sync_client.Run.call

    def as_before(run: Any, method: str, path: str, **kwargs: Any) -> Any:  # an earlier release
        kwargs.pop("headers", None)
        if run.epoch is not None and path in (PUSH_PATH, CHANGES_PATH):
            kwargs["headers"] = {"Liaison-Epoch": run.epoch}
        return run.transport.call(method, path, token=run.token, **kwargs)

    sync_client.Run.call = as_before  # type: ignore[method-assign]
    try:
        received.clear()
        a.sync()
    finally:
        sync_client.Run.call = original  # type: ignore[method-assign]
    assert {record_id for _entity, record_id in received.records} >= set(made)
    assert all(_marks(a.server)[contact] is None for contact in made)


def test_the_upgrade_adds_the_column_to_a_version_3_database(server: RunningServer) -> None:
    from sqlalchemy import inspect, text, update

    from liaison.secretariat.errors import SchemaMismatchError
    from liaison.secretariat.models import SCHEMA_VERSION, Meta

    database = Database(server.db_url)
    try:
        with database.write() as connection:  # as version 3 left it
            connection.execute(text("ALTER TABLE records DROP COLUMN echo"))
            connection.execute(update(Meta).values(schema_version=3))
        with pytest.raises(SchemaMismatchError):
            database.check()
        assert database.init() is False
        database.check()
        with database.read() as connection:
            assert connection.scalar(select(Meta.schema_version)) == SCHEMA_VERSION == 4
        assert "echo" in {column["name"] for column in inspect(database.engine).get_columns("records")}
        assert database.init() is False  # again: nothing to do
    finally:
        database.close()


def test_the_pull_asks_to_skip_only_when_told_and_exact() -> None:
    echo = Echo()
    assert echo.pull_params(refresh=False) == {}  # no answer said the server marks anything
    echo.answered({"results": [], "server_seq": 3})  # a server of an earlier release
    assert echo.pull_params(refresh=False) == {}
    echo.answered(decode_answer(b'{"results": [], "server_seq": 4, "echo": "%s"}' % echo.id.encode()))
    echo.confirmed(0)
    assert echo.pull_params(refresh=False) == {ECHO_PARAMETER: echo.id}
    assert echo.pull_params(refresh=True) == {}  # reading a restored server again: everything
    echo.confirmed(1)  # a record left behind its answer (a change of it waiting): everything
    assert echo.pull_params(refresh=False) == {}
    old = echo.id
    echo.restart()
    assert echo.id != old and echo.pull_params(refresh=False) == {}
    assert decode_push_response({"results": [], "server_seq": 1, "echo": old})["echo"] == old
