"""Writes through the services: one transaction each for record, outbox and search index."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from liaison.services import search
from liaison.services.app import Liaison
from liaison.services.errors import ReadOnlyError, ValidationError, WorkflowError
from liaison.store.local import OutboxEntry


def outbox(app: Liaison) -> list[OutboxEntry]:
    with app.store.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def count(app: Liaison, table: str) -> int:
    with app.store.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def make_event(app: Liaison, **extra: Any) -> dict[str, Any]:
    return app.events.create(
        {
            "kind": "ministerial_meeting",
            "title": "5th Meeting of the Ministers and Heads of Diaspora Institutions",
            "number": 5,
            "start_date": "2023-11-22",
            "city": "Bishkek",
            "country": "kg",
            **extra,
        }
    )


def test_create_records_the_change_with_all_fields_and_base_revision_zero(app: Liaison) -> None:
    contact = app.contacts.create({"name": "Gulnara Batyrova", "emails": ["G.Batyrova@MLSP.gov.KG"]})
    assert contact["server_rev"] == 0 and not contact["deleted"]
    assert contact["emails"] == ["G.Batyrova@mlsp.gov.kg"]  # the domain is case-insensitive
    entries = [e for e in outbox(app) if e.entity == "contacts"]
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.op, entry.record_id, entry.base_rev) == ("create", contact["id"], 0)
    assert entry.fields["name"] == "Gulnara Batyrova"
    assert entry.fields["visibility"] == "institution"
    assert app.contacts.get(contact["id"])["name"] == "Gulnara Batyrova"


def test_updates_fold_into_the_unsent_change(app: Liaison) -> None:
    event = make_event(app)
    for n in range(20):  # meeting mode saves continuously
        app.events.update(event["id"], {"description": "Opening remarks" + "." * n})
    entries = [e for e in outbox(app) if e.record_id == event["id"]]
    assert len(entries) == 1
    assert entries[0].op == "create"
    assert entries[0].fields["description"] == "Opening remarks" + "." * 19


def test_update_of_a_synced_record_records_only_changed_fields_against_its_revision(app: Liaison) -> None:
    event = make_event(app)
    with app.store.write() as session:  # as if a sync had confirmed revision 7
        session.execute(text("DELETE FROM outbox"))
        session.execute(text("UPDATE events SET server_rev = 7 WHERE id = :id"), {"id": event["id"]})
    app.events.update(event["id"], {"venue": "Ala-Too Hall", "city": "Bishkek"})  # city unchanged
    [entry] = outbox(app)
    assert (entry.op, entry.base_rev, entry.fields) == ("update", 7, {"venue": "Ala-Too Hall"})


def test_an_unchanged_update_queues_nothing(app: Liaison) -> None:
    event = make_event(app)
    with app.store.write() as session:
        session.execute(text("DELETE FROM outbox"))
    app.events.update(event["id"], {"city": "  Bishkek "})
    assert outbox(app) == []


def test_validation_error_names_every_wrong_field_and_writes_nothing(app: Liaison) -> None:
    before = (count(app, "contacts"), count(app, "outbox"), count(app, "search_docs"))
    with pytest.raises(ValidationError) as caught:
        app.contacts.create(
            {
                "name": "  ",
                "emails": ["not-an-address"],
                "phones": ["12"],
                "state_code": "XX",
                "colour": "red",
            }
        )
    fields = {error.field for error in caught.value.errors}
    assert fields == {"name", "emails", "phones", "state_code", "colour"}
    message = caught.value.message()
    assert "Name is required." in message
    assert "E-mail: “not-an-address” is not a valid e-mail address." in message
    assert (count(app, "contacts"), count(app, "outbox"), count(app, "search_docs")) == before


def test_a_failure_after_the_insert_rolls_everything_back(
    app: Liaison, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_index(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full while indexing")

    monkeypatch.setattr(search, "reindex", broken_index)
    with pytest.raises(RuntimeError):
        app.contacts.create({"name": "Abdulla Saparbekuly"})
    assert (count(app, "contacts"), count(app, "outbox")) == (0, 0)


def test_unknown_reference_is_a_field_error(app: Liaison) -> None:
    with pytest.raises(ValidationError) as caught:
        app.contacts.create({"name": "X", "institution_id": "00000000-0000-0000-0000-000000000000"})
    assert [e.field for e in caught.value.errors] == ["institution_id"]
    assert caught.value.message().startswith("Institution: no record matches")


def test_delete_is_a_tombstone_with_children_and_restore_brings_them_back(app: Liaison) -> None:
    event = make_event(app)
    item = app.agenda.create({"event_id": event["id"], "position": 1, "title": "Diaspora youth forum"})
    minutes = app.minutes.create({"event_id": event["id"]})
    entry = app.minutes_entries.create(
        {"minutes_id": minutes["id"], "agenda_item_id": item["id"], "notes": "x"}
    )
    removed = app.events.delete(event["id"])
    assert set(removed) == {
        ("events", event["id"]),
        ("agenda_items", item["id"]),
        ("minutes", minutes["id"]),
        ("minutes_entries", entry["id"]),
    }
    assert app.events.list() == [] and app.agenda.list() == []
    assert count(app, "events") == 1  # the row is kept as a tombstone
    assert app.search("bishkek") == []
    app.events.restore(event["id"])
    assert [r["id"] for r in app.agenda.list()] == [item["id"]]
    assert [r["id"] for r in app.minutes_entries.list()] == [entry["id"]]
    assert [hit.id for hit in app.search("bishkek")] == [event["id"]]


def test_delete_of_a_record_never_sent_cancels_its_create(app: Liaison) -> None:
    contact = app.contacts.create({"name": "Temporary"})
    app.contacts.delete(contact["id"])
    assert [e for e in outbox(app) if e.record_id == contact["id"]] == []
    app.contacts.restore(contact["id"])
    [entry] = [e for e in outbox(app) if e.record_id == contact["id"]]
    assert entry.op == "create" and entry.fields["name"] == "Temporary"


def test_changing_post_keeps_the_position_history(app: Liaison) -> None:
    ministry = app.institutions.create(
        {"name": "Ministry of Labour, Social Security and Migration", "state_code": "KG"}
    )
    contact = app.contacts.create(
        {"name": "Гульнара Батырова", "position": "Minister", "institution_id": ministry["id"]}
    )
    app.contacts.update(contact["id"], {"position": "Adviser"})
    history = app.positions.list({"contact_id": contact["id"]}, order_by=["created_at"])
    assert [(p["position"], p["end_date"] is not None) for p in history] == [
        ("Minister", True),
        ("Adviser", False),
    ]


def test_agreed_minutes_are_read_only_until_reopened_and_both_steps_are_logged(app: Liaison) -> None:
    event = make_event(app)
    minutes = app.minutes.create({"event_id": event["id"], "summary": "Draft"})
    entry = app.minutes_entries.create({"minutes_id": minutes["id"], "notes": "Parties adopted the plan."})
    app.minutes.agree(minutes["id"], by_name="A. Officer")
    with pytest.raises(ReadOnlyError):
        app.minutes.update(minutes["id"], {"summary": "Changed"})
    with pytest.raises(ReadOnlyError):
        app.minutes_entries.update(entry["id"], {"notes": "Changed"})
    with pytest.raises(ReadOnlyError):
        app.minutes_entries.create({"minutes_id": minutes["id"], "notes": "More"})
    with pytest.raises(WorkflowError):
        app.minutes.agree(minutes["id"])
    app.minutes.reopen(minutes["id"], reason="Typo in item 2", by_name="A. Officer")
    app.minutes_entries.update(entry["id"], {"notes": "Parties adopted the 2024 plan."})
    log = app.minutes_log.list({"minutes_id": minutes["id"]}, order_by=["at", "created_at"])
    assert [(r["action"], r["reason"]) for r in log] == [("agreed", None), ("reopened", "Typo in item 2")]
    assert app.minutes.get(minutes["id"])["status"] == "draft"


def test_setting_status_agreed_directly_does_not_bypass_the_workflow(app: Liaison) -> None:
    event = make_event(app)
    minutes = app.minutes.create({"event_id": event["id"], "status": "agreed"})
    assert minutes["status"] == "draft"


def test_action_completion_date_follows_status(app: Liaison) -> None:
    action = app.actions.create({"title": "Send the youth forum concept note", "due_date": "2020-01-31"})
    assert [a["id"] for a in app.actions.overdue(date(2024, 1, 1))] == [action["id"]]
    done = app.actions.update(action["id"], {"status": "done"})
    assert done["completed_on"] == date.today()
    assert app.actions.overdue(date(2024, 1, 1)) == []


def test_end_before_start_is_refused(app: Liaison) -> None:
    with pytest.raises(ValidationError) as caught:
        make_event(app, end_date="2023-11-21")
    assert [e.field for e in caught.value.errors] == ["end_date"]
    assert caught.value.message() == "End date (2023-11-21) is before the start (2023-11-22)."


def test_bulk_create_is_all_or_nothing_and_names_the_row(app: Liaison) -> None:
    rows = [{"name": f"Delegate {n}", "emails": [f"d{n}@example.org"]} for n in range(10)]
    rows[7]["emails"] = ["broken@"]
    with pytest.raises(ValidationError) as caught:
        app.contacts.create_many(rows)
    assert caught.value.message().startswith("Row 8: E-mail:")
    assert count(app, "contacts") == 0 and count(app, "outbox") == 0
    del rows[7]
    ids = app.contacts.create_many(rows)
    assert len(ids) == 9 == count(app, "outbox") == count(app, "search_docs")
    assert [hit.title for hit in app.search("delegate 3")] == ["Delegate 3"]


def test_home_institution_owns_new_records(app: Liaison) -> None:
    home = app.institutions.create({"name": "NJSC Otandastar Qory", "state_code": "KZ"})
    app.settings.set("home_institution_id", home["id"])
    contact = app.contacts.create({"name": "Officer"})
    assert contact["owner_institution_id"] == home["id"]


def test_resolve_by_folded_name(app: Liaison) -> None:
    qory = app.institutions.create({"name": "NJSC Otandastar Qory", "short_name": "OQ"})
    app.institutions.create({"name": "Otandastar Foundation"})
    assert app.institutions.resolve("njsc otandastar qory") == qory["id"]
    assert app.institutions.resolve("oq") == qory["id"]
    with pytest.raises(Exception, match="no record matches"):
        app.institutions.resolve("Nobody")


def test_the_database_survives_reopening(data_dir: Path) -> None:
    with Liaison.open(data_dir) as app:
        contact = app.contacts.create({"name": "Məmmədov Əli"})
    with Liaison.open(data_dir) as app:
        assert app.contacts.get(contact["id"])["name"] == "Məmmədov Əli"
        assert [hit.id for hit in app.search("mammadov")] == [contact["id"]]
