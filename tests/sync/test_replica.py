"""Writing pulled records (liaison.services.replica) on a real data folder, without a server:
references that arrive late or never, tombstones and their children, local changes first,
values in wire form, and pages applied twice."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from liaison.services.app import Liaison
from liaison.services.errors import ValidationError
from liaison.services.replica import Applied, RemoteRecord, apply_records, would_delete
from liaison.store.base import new_id
from liaison.store.local import OutboxEntry


def rec(
    entity: str, record_id: str, rev: int, *, deleted: bool = False, hidden: bool = False, **fields: Any
) -> RemoteRecord:
    return RemoteRecord(
        entity=entity,
        id=record_id,
        rev=rev,
        deleted=deleted,
        visibility="shared",
        owner_institution_id=None,
        fields=fields,
        hidden=hidden,
    )


def apply(app: Liaison, *records: RemoteRecord) -> Applied:
    with app.store.write(foreign_keys=False) as session:
        return apply_records(session, list(records))


def outbox(app: Liaison) -> list[dict[str, Any]]:
    with app.store.read() as session:
        return [dict(row) for row in session.execute(select(OutboxEntry.__table__)).mappings()]


def test_pulled_records_are_written_indexed_and_not_queued(app: Liaison) -> None:
    institution, contact = new_id(), new_id()
    result = apply(
        app,
        rec(
            "contacts",
            contact,
            7,
            name="Омуралиев Бакыт",
            institution_id=institution,
            emails=["b@example.kg"],
            photo=None,
            notes="Met in Bishkek",
        ),
        rec("institutions", institution, 3, name="Otandastar Qory", state_code="KZ"),
    )
    assert result.written == 2
    row = app.contacts.get(contact)
    assert (
        row["institution_id"] == institution and row["server_rev"] == 7 and row["emails"] == ["b@example.kg"]
    )
    assert [hit.id for hit in app.search("omuraliev")] == [contact]
    # the contact's document quotes its institution's name, though the institution came after
    # it in the page: indexing waits until the whole page is written
    assert {hit.id for hit in app.search("otandastar")} == {institution, contact}
    assert outbox(app) == []
    # the same page again changes nothing
    again = apply(app, rec("institutions", institution, 3, name="Otandastar Qory", state_code="KZ"))
    assert (again.written, again.unchanged) == (0, 1)


def test_a_document_follows_records_that_arrive_later_or_alongside(app: Liaison) -> None:
    institution, contact, event, item = new_id(), new_id(), new_id(), new_id()
    apply(app, rec("contacts", contact, 7, name="Aigerim Saparova", institution_id=institution))
    assert app.search("otandastar") == []
    # the institution comes in a later page: the contact's document now quotes its name
    apply(app, rec("institutions", institution, 9, name="Otandastar Qory", state_code="KZ"))
    assert {hit.id for hit in app.search("otandastar")} == {institution, contact}
    # an event and its agenda item new in one page: the event's document holds the item
    apply(
        app,
        rec("agenda_items", item, 11, event_id=event, title="Youth exchange programme", position=1),
        rec("events", event, 12, kind="diaspora_forum", title="6th Diaspora Forum", start_date="2025-05-30"),
    )
    assert [hit.id for hit in app.search("youth exchange")] == [event]


def test_values_arrive_in_wire_form(app: Liaison) -> None:
    event, log, minutes, contact = new_id(), new_id(), new_id(), new_id()
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    apply(
        app,
        rec("events", event, 1, kind="diaspora_forum", title="Forum", start_date="2024-05-30", number=5),
        rec("minutes", minutes, 2, event_id=event, status="agreed", agreed_on="2024-05-31"),
        rec("minutes_log", log, 3, minutes_id=minutes, action="agreed", at="2024-05-31T09:30:00+05:00"),
        rec("contacts", contact, 4, name="Photo", photo=png, state_code="XX"),
    )
    assert str(app.events.get(event)["start_date"]) == "2024-05-30"
    assert str(app.minutes_log.get(log)["at"]) == "2024-05-31 04:30:00"  # UTC, as stored
    assert app.minutes.get(minutes)["status"] == "agreed"  # the server's state, workflow or not
    row = app.contacts.get(contact)
    assert row["photo"].startswith(b"\x89PNG") and row["state_code"] == "XX"  # a newer release's state: kept


def test_references_to_records_not_here_are_kept(app: Liaison) -> None:
    institution, contact, event, participant, hidden = new_id(), new_id(), new_id(), new_id(), new_id()
    first = apply(
        app,
        rec("contacts", contact, 5, name="Early", institution_id=institution),
        rec("participants", participant, 6, event_id=event, contact_id=contact),
        rec("contacts", new_id(), 7, name="Of an institution out of sight", institution_id=hidden),
    )
    assert first.written == 3
    assert app.contacts.get(contact)["institution_id"] == institution  # not here yet: kept
    assert app.participants.get(participant)["event_id"] == event
    assert [hit.id for hit in app.search("early")] == [contact]
    # the records they name arrive a page later: nothing to redo
    second = apply(
        app,
        rec("institutions", institution, 8, name="Late institution"),
        rec("events", event, 9, kind="training", title="Training", start_date="2024-01-01"),
    )
    assert second.written == 2
    # local writes still enforce references on what they change, and work on such records
    app.contacts.update(contact, {"notes": "edited here"})
    with pytest.raises(ValidationError):
        app.contacts.update(contact, {"institution_id": new_id()})


def test_pulled_records_need_a_transaction_without_reference_checks(app: Liaison) -> None:
    with pytest.raises(RuntimeError, match="foreign_keys=False"), app.store.write() as session:
        apply_records(session, [rec("contacts", new_id(), 1, name="x")])


def test_a_pulled_delete_takes_the_live_children_and_queues_their_deletes(app: Liaison) -> None:
    event, _ours, theirs = new_id(), new_id(), new_id()
    apply(
        app,
        rec("events", event, 1, kind="training", title="Training", start_date="2024-01-01"),
        rec("agenda_items", theirs, 2, event_id=event, title="Known to the server"),
    )
    mine = app.agenda.create({"event_id": event, "title": "Added here, never sent"})
    synced_child = app.agenda.create({"event_id": event, "title": "Added here, sent"})
    with app.store.write() as session:  # as if pushed: its create confirmed at rev 3
        session.execute(
            OutboxEntry.__table__.delete().where(OutboxEntry.__table__.c.record_id == synced_child["id"])
        )
        session.execute(
            app.agenda.table.update().where(app.agenda.table.c.id == synced_child["id"]).values(server_rev=3)
        )
    result = apply(
        app,
        rec("events", event, 10, deleted=True, kind="training", title="Training", start_date="2024-01-01"),
        rec("agenda_items", theirs, 11, deleted=True, event_id=event, title="Known to the server"),
    )
    assert result.deleted == 2 and result.cascaded == 2
    assert all(row["deleted"] for row in app.agenda.list({"event_id": event}, include_deleted=True))
    queued = {(entry["record_id"], entry["op"]) for entry in outbox(app)}
    assert queued == {(synced_child["id"], "delete")}  # the unsent one's create was cancelled
    assert mine["id"] not in {entry["record_id"] for entry in outbox(app)}
    assert app.search("training") == []


def test_a_record_out_of_sight_is_removed_without_touching_anything_else(app: Liaison) -> None:
    event, child = new_id(), new_id()
    apply(
        app,
        rec("events", event, 1, kind="training", title="Training", start_date="2024-01-01"),
        rec("agenda_items", child, 2, event_id=event, title="Item"),
    )
    result = apply(app, rec("events", event, 5, deleted=True, hidden=True))
    assert result.deleted == 1 and result.cascaded == 0
    assert app.events.get(event, include_deleted=True)["deleted"]
    assert not app.agenda.get(child)["deleted"] and outbox(app) == []


def test_a_record_with_a_waiting_local_change_is_left_as_it_is(app: Liaison) -> None:
    contact = new_id()
    apply(app, rec("contacts", contact, 1, name="Original", notes="base"))
    app.contacts.update(contact, {"notes": "base and my words"})
    result = apply(app, rec("contacts", contact, 4, name="Renamed elsewhere", notes="base and theirs"))
    assert result.kept_local == 1
    row = app.contacts.get(contact)
    assert (row["name"], row["notes"], row["server_rev"]) == ("Original", "base and my words", 1)
    (entry,) = outbox(app)
    assert entry["base_rev"] == 1 and entry["base_fields"] == {"notes": "base"}
    # later edits fold into the entry; the base stays what the field held before the first one
    app.contacts.update(contact, {"notes": "base and more of my words", "honorific": "Dr"})
    (entry,) = outbox(app)
    assert entry["fields"] == {"notes": "base and more of my words", "honorific": "Dr"}
    assert entry["base_fields"] == {"notes": "base", "honorific": None}
    # a delete elsewhere of a record deleted here too: nothing left to send
    app.contacts.delete(contact)
    agreed = apply(app, rec("contacts", contact, 6, deleted=True, name="Renamed elsewhere"))
    assert agreed.kept_local == 0 and outbox(app) == []
    assert app.contacts.get(contact, include_deleted=True)["server_rev"] == 6


def test_would_delete_counts_live_local_records_only(app: Liaison) -> None:
    kept, gone = new_id(), new_id()
    apply(app, rec("contacts", kept, 1, name="A"), rec("contacts", gone, 2, name="B"))
    apply(app, rec("contacts", gone, 3, deleted=True))
    with app.store.read() as session:
        assert (
            would_delete(
                session,
                [
                    rec("contacts", kept, 9, deleted=True),
                    rec("contacts", gone, 9, deleted=True),
                    rec("contacts", new_id(), 9, deleted=True),
                ],
            )
            == 1
        )


def test_foreign_keys_are_enforced_again_after_a_pulled_page(app: Liaison) -> None:
    from sqlalchemy import exc, insert

    apply(app, rec("contacts", new_id(), 1, name="Pulled"))
    with pytest.raises(exc.IntegrityError, match="FOREIGN KEY"), app.store.write() as session:
        session.execute(insert(app.positions.table).values(id=new_id(), contact_id=new_id()))
