"""Who may resolve a conflict, over real HTTPS: its author and officers of the institution that
owns its record. Others who see it (a shared record's conflict reaches everyone) get a 403."""

from __future__ import annotations

from typing import Any

from tests.secretariat.officers import Officer, World, change


def _field_conflict(world: World) -> dict[str, Any]:
    """A field conflict authored by aigerim (KZ) on a shared KZ record: leyla (AZ) sees it."""
    created = world.aigerim.push_one(
        change(entity="events", fields={"kind": "other", "title": "Forum", "city": "Bishkek"})
    )
    record_id, rev = created["record"]["id"], created["rev"]
    world.nurlan.push_one(
        change(record_id, entity="events", op="update", base_rev=rev, fields={"city": "Astana"})
    )
    late = world.aigerim.push_one(
        change(record_id, entity="events", op="update", base_rev=rev, fields={"city": "Almaty"})
    )
    assert late["status"] == "conflict"
    conflict: dict[str, Any] = late["conflict"]
    return conflict


def _resolve(officer: Officer, conflict_id: str) -> Any:
    return officer.http.post(f"/v1/conflicts/{conflict_id}/resolve")


def test_an_officer_of_another_institution_who_sees_a_conflict_may_not_resolve_it(world: World) -> None:
    conflict = _field_conflict(world)
    _records, seen, cursor = world.leyla.pull_all()
    assert [c["id"] for c in seen] == [conflict["id"]]  # she sees it (the record is shared)
    refused = _resolve(world.leyla, conflict["id"])
    assert refused.status_code == 403
    assert refused.json() == {
        "error": "forbidden",
        "message": "Only the conflict's author (aigerim) and officers of the institution that owns the "
        "record (Otandastar Qory) may resolve this conflict.",
    }
    # nothing changed: the conflict is open, and nobody is sent anything new
    assert world.leyla.pull(cursor)["conflicts"] == []
    (still,) = world.nurlan.pull_all()[1]
    assert still["id"] == conflict["id"] and not still["resolved"]
    # a colleague of the author (the record's institution) may
    resolved = _resolve(world.nurlan, conflict["id"])
    assert resolved.status_code == 200 and resolved.json()["resolved"] is True
    assert [(c["id"], c["resolved"]) for c in world.leyla.pull(cursor)["conflicts"]] == [
        (conflict["id"], True)
    ]
    # once resolved, asking again changes nothing and is not refused
    again = _resolve(world.leyla, conflict["id"])
    assert again.status_code == 200 and again.json()["rev"] == resolved.json()["rev"]


def test_the_author_of_a_refused_change_and_the_records_owners_may_resolve_it(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Ali", "notes": "KZ words"}))
    record_id, rev = created["record"]["id"], created["rev"]
    refused = world.leyla.push_one(change(record_id, op="update", base_rev=rev, fields={"notes": "AZ words"}))
    assert refused["status"] == "rejected"
    conflict_id = refused["conflict"]["id"]
    world.server.admin.add_user("rauf", "State Committee on Diaspora Affairs")
    with world.server.client(world.server.login("rauf")) as http:  # leyla's colleague, not the author
        rauf = Officer("rauf", world.az["id"], http)
        assert [c["id"] for c in rauf.pull_all()[1]] == [conflict_id]
        assert _resolve(rauf, conflict_id).status_code == 403
    assert _resolve(world.leyla, conflict_id).status_code == 200  # the author

    second = world.leyla.push_one(change(record_id, op="update", base_rev=rev, fields={"notes": "more"}))
    assert _resolve(world.nurlan, second["conflict"]["id"]).status_code == 200  # the owner institution
