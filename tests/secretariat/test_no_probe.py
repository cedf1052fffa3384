"""No existence probe: an officer of another institution gets the same answer for a record or
conflict that is not theirs to see as for one that does not exist."""

from __future__ import annotations

from typing import Any

from tests.secretariat.officers import World, change, new_id


def _masked(answer: Any, *ids: str) -> Any:
    """The answer with the given ids (and every conflict's id, time and sequence number, which
    differ from one request to the next) replaced by placeholders."""
    if isinstance(answer, dict) and "kind" in answer:
        answer = {**answer, "rev": "<seq>"}
    if isinstance(answer, dict):
        return {
            key: "<varies>"
            if key in ("id", "created_at") and isinstance(value, str)
            else _masked(value, *ids)
            for key, value in answer.items()
        }
    if isinstance(answer, list):
        return [_masked(item, *ids) for item in answer]
    if isinstance(answer, str) and answer in ids:
        return "<id>"
    return answer


def test_pushes_to_a_record_out_of_sight_are_answered_as_if_it_did_not_exist(world: World) -> None:
    hidden = world.aigerim.push_one(
        change(fields={"name": "KZ only", "notes": "n"}, visibility="institution")
    )
    hidden_id, rev = hidden["record"]["id"], hidden["rev"]
    missing_id = new_id()
    for op, fields in (("update", {"name": "Leyla was here"}), ("delete", {})):
        answers = []
        for record_id in (hidden_id, missing_id):
            change_id = new_id()
            result = world.leyla.push_one(
                change(record_id, op=op, base_rev=rev, fields=fields, change_id=change_id)
            )
            answers.append(_masked(result, record_id, change_id))
        assert answers[0] == answers[1], op
    assert answers[0]["status"] == "applied"  # a delete of nothing
    # nothing was written, and the record is still whole for its institution
    record = world.nurlan.pull_all()[0][hidden_id]
    assert record["fields"]["name"] == "KZ only" and record["deleted"] is False and record["rev"] == rev
    # a create may not take its id (the one answer that differs: an id in use cannot be made again)
    taken = world.leyla.push_one(change(hidden_id, fields={"name": "Mine now"}))
    assert taken["status"] == "rejected" and taken["record"] is None
    assert world.nurlan.pull_all()[0][hidden_id]["fields"]["name"] == "KZ only"
    assert hidden_id not in world.leyla.pull_all()[0]


def test_resolving_a_conflict_out_of_sight_is_a_404_like_one_that_does_not_exist(world: World) -> None:
    made = world.aigerim.push_one(change(fields={"name": "A"}, visibility="institution"))
    record_id = made["record"]["id"]
    world.aigerim.push_one(change(record_id, op="update", base_rev=made["rev"], fields={"name": "B"}))
    clash = world.nurlan.push_one(change(record_id, op="update", base_rev=made["rev"], fields={"name": "C"}))
    assert clash["status"] == "conflict"
    conflict_id = clash["conflict"]["id"]
    answers = [world.leyla.http.post(f"/v1/conflicts/{cid}/resolve") for cid in (conflict_id, new_id())]
    assert [answer.status_code for answer in answers] == [404, 404]
    assert answers[0].json() == answers[1].json()
    assert world.aigerim.http.post(f"/v1/conflicts/{conflict_id}/resolve").status_code == 200


def test_a_change_may_not_attach_a_child_to_a_record_its_author_may_not_see(world: World) -> None:
    kz_only = world.aigerim.push_one(change(fields={"name": "KZ only"}, visibility="institution"))["record"][
        "id"
    ]
    shared = world.aigerim.push_one(change(fields={"name": "Everyone's"}))["record"]["id"]

    def position(contact_id: str) -> dict[str, Any]:
        return change(entity="contact_positions", fields={"contact_id": contact_id, "position": "Adviser"})

    refused = world.leyla.push_one(position(kz_only))
    assert refused["status"] == "rejected" and "contact_id" in refused["message"]
    assert world.leyla.push_one(position(shared))["status"] == "applied"
    assert world.leyla.push_one(position(new_id()))["status"] == "applied"  # a parent still to come
    # nor by an update of a record of their own
    mine = world.leyla.push_one(position(shared))
    moved = world.leyla.push_one(
        change(
            mine["record"]["id"],
            entity="contact_positions",
            op="update",
            base_rev=mine["rev"],
            fields={"contact_id": kz_only},
        )
    )
    assert moved["status"] == "rejected"
    # KZ's own officers attach what they like to it
    assert world.nurlan.push_one(position(kz_only))["status"] == "applied"
    children = [
        record
        for record in world.aigerim.pull_all()[0].values()
        if record["entity"] == "contact_positions" and record["fields"].get("contact_id") == kz_only
    ]
    assert len(children) == 1
