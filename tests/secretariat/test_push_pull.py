"""Push and pull over real HTTPS: exactly once, merges, conflicts, permissions, pages."""

from __future__ import annotations

import httpx

from liaison.protocol import decode_changes_response, decode_push_response
from liaison.secretariat.db import Database
from liaison.secretariat.models import AppliedChange, RecordVersion
from tests.secretariat.officers import World, change, new_id


def _count(db_url: str, table: type) -> int:
    db = Database(db_url)
    try:
        with db.read() as connection:
            return len(connection.execute(table.__table__.select()).all())  # type: ignore[attr-defined]
    finally:
        db.close()


def test_create_then_pull_from_another_officer(world: World) -> None:
    record_id = new_id()
    result = world.aigerim.push_one(
        change(record_id, fields={"name": "Кубанычбек Омуралиев", "notes": "Met in Bishkek.", "tags": ["kg"]})
    )
    assert result["status"] == "applied" and result["rev"] == 1 and result["conflict"] is None
    record = result["record"]
    assert record["owner_institution_id"] == world.kz["id"] and record["visibility"] == "shared"
    page = decode_changes_response(world.leyla.pull())
    assert [r["id"] for r in page["records"]] == [record_id]
    assert page["records"][0]["fields"] == {
        "name": "Кубанычбек Омуралиев",
        "notes": "Met in Bishkek.",
        "tags": ["kg"],
    }
    assert page["next_after"] == page["server_seq"] == 1 and not page["has_more"]


def test_the_server_decides_the_owner_whatever_the_client_says(world: World) -> None:
    item = change(fields={"name": "X"})
    item["owner_institution_id"] = world.az["id"]
    assert world.aigerim.push_one(item)["record"]["owner_institution_id"] == world.kz["id"]


def test_the_same_change_pushed_twice_is_applied_once_with_the_same_result(world: World) -> None:
    item = change(fields={"name": "Айгерім"})
    first = world.aigerim.push(item)
    second = world.aigerim.push(item)
    assert first == second
    update = change(item["record_id"], op="update", base_rev=first[0]["rev"], fields={"position": "Director"})
    third, fourth = world.aigerim.push(update), world.aigerim.push(update)
    assert third == fourth and third[0]["rev"] == 2
    assert _count(world.server.db_url, RecordVersion) == 2
    assert _count(world.server.db_url, AppliedChange) == 2
    assert world.aigerim.http.get("/v1/status").json()["server_seq"] == 2
    # the same change twice within one push: once too
    again = change(fields={"name": "Nurlan"})
    results = world.aigerim.push(again, again)
    assert results[0] == results[1] and _count(world.server.db_url, RecordVersion) == 3


def test_a_change_id_of_someone_else_is_not_replayed_to_them(world: World) -> None:
    item = change(fields={"name": "Private matter"}, visibility="institution")
    world.aigerim.push(item)
    stolen = world.leyla.push_one(item)
    assert stolen["status"] == "rejected" and stolen["record"] is None


def test_field_changed_by_each_side_merges(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Ali", "position": "Adviser", "honorific": "Mr"}))
    rev = created["rev"]
    world.nurlan.push_one(
        change(created["record"]["id"], op="update", base_rev=rev, fields={"position": "Director"})
    )
    mine = world.aigerim.push_one(
        change(created["record"]["id"], op="update", base_rev=rev, fields={"honorific": "Dr"})
    )
    assert mine["status"] == "merged" and mine["conflict"] is None
    assert mine["record"]["fields"] == {"name": "Ali", "position": "Director", "honorific": "Dr"}
    assert mine["rev"] == 3


def test_both_sides_same_value_is_not_a_conflict(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Ali", "position": "Adviser"}))
    record_id, rev = created["record"]["id"], created["rev"]
    world.nurlan.push_one(change(record_id, op="update", base_rev=rev, fields={"position": "Director"}))
    same = world.aigerim.push_one(
        change(record_id, op="update", base_rev=rev, fields={"position": "Director"})
    )
    assert same["status"] == "merged" and same["conflict"] is None and same["rev"] == 2


def test_concurrent_drafting_of_minutes_merges_three_way(world: World) -> None:
    base = "Item 1: opening.\n\nItem 2: the 2025 Diaspora Forum.\n\nItem 3: AOB.\n"
    created = world.aigerim.push_one(
        change(entity="minutes_entries", fields={"minutes_id": new_id(), "heading": "Day 1", "notes": base})
    )
    record_id, rev = created["record"]["id"], created["rev"]
    theirs = base.replace("opening.", "opening by the Secretary General.")
    mine = base.replace("AOB.", "AOB: Hungary offers to host the youth camp.")
    first = world.nurlan.push_one(
        change(record_id, entity="minutes_entries", op="update", base_rev=rev, fields={"notes": theirs})
    )
    assert first["status"] == "applied"
    second = world.aigerim.push_one(
        change(record_id, entity="minutes_entries", op="update", base_rev=rev, fields={"notes": mine})
    )
    assert second["status"] == "merged" and second["conflict"] is None
    merged = second["record"]["fields"]["notes"]
    assert "by the Secretary General" in merged and "Hungary offers to host" in merged
    # and both see the merged text
    for officer in (world.aigerim, world.nurlan):
        records, _conflicts, _cursor = officer.pull_all()
        assert records[record_id]["fields"]["notes"] == merged


def test_scalar_conflict_keeps_the_first_writer_and_reaches_everyone_who_sees_the_record(
    world: World,
) -> None:
    created = world.aigerim.push_one(
        change(
            entity="events",
            fields={"kind": "other", "title": "Forum", "start_date": "2025-05-01", "city": "Bishkek"},
        )
    )
    record_id, rev = created["record"]["id"], created["rev"]
    world.nurlan.push_one(
        change(record_id, entity="events", op="update", base_rev=rev, fields={"city": "Astana"})
    )
    late = world.aigerim.push_one(
        change(record_id, entity="events", op="update", base_rev=rev, fields={"city": "Almaty"})
    )
    assert late["status"] == "conflict"
    assert late["record"]["fields"]["city"] == "Astana"
    conflict = late["conflict"]
    assert conflict["kind"] == "field" and conflict["author"] == "aigerim" and not conflict["resolved"]
    assert conflict["fields"] == {"city": {"base": "Bishkek", "server": "Astana", "client": "Almaty"}}
    for officer in (world.aigerim, world.nurlan, world.leyla):  # shared: all three see it
        _records, conflicts, _cursor = officer.pull_all()
        assert [c["id"] for c in conflicts] == [conflict["id"]], officer.username
    # resolving it sends it again, resolved, to everyone
    _records, _conflicts, cursor = world.nurlan.pull_all()
    resolved = world.nurlan.http.post(f"/v1/conflicts/{conflict['id']}/resolve")
    assert resolved.status_code == 200 and resolved.json()["resolved"] is True
    page = world.aigerim.pull(cursor)
    assert [(c["id"], c["resolved"]) for c in page["conflicts"]] == [(conflict["id"], True)]


def test_conflicts_on_institution_records_stay_in_the_institution(world: World) -> None:
    created = world.aigerim.push_one(
        change(fields={"name": "Ali", "position": "A"}, visibility="institution")
    )
    record_id, rev = created["record"]["id"], created["rev"]
    world.nurlan.push_one(change(record_id, op="update", base_rev=rev, fields={"position": "B"}))
    late = world.aigerim.push_one(change(record_id, op="update", base_rev=rev, fields={"position": "C"}))
    assert late["status"] == "conflict"
    assert [c["id"] for c in world.nurlan.pull_all()[1]] == [late["conflict"]["id"]]
    records, conflicts, _cursor = world.leyla.pull_all()
    assert records == {} and conflicts == []
    assert world.leyla.http.post(f"/v1/conflicts/{late['conflict']['id']}/resolve").status_code == 404


def test_a_record_made_institution_only_takes_its_conflicts_out_of_other_institutions_sight(
    world: World,
) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Ali", "position": "Minister"}))
    record_id, rev = created["record"]["id"], created["rev"]
    world.aigerim.push_one(change(record_id, op="update", base_rev=rev, fields={"position": "Envoy"}))
    late = world.nurlan.push_one(change(record_id, op="update", base_rev=rev, fields={"position": "Deputy"}))
    assert late["status"] == "conflict"
    narrowed = world.aigerim.push_one(
        change(record_id, op="update", base_rev=late["record"]["rev"], visibility="institution")
    )
    assert narrowed["record"]["visibility"] == "institution"
    _records, conflicts, _cursor = world.leyla.pull_all()  # AZ, pulling from the start
    assert conflicts == []
    assert world.leyla.http.post(f"/v1/conflicts/{late['conflict']['id']}/resolve").status_code == 404
    assert [c["id"] for c in world.aigerim.pull_all()[1]] == [late["conflict"]["id"]]


def test_edit_against_a_delete_is_a_conflict_and_the_record_stays_deleted(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Ali", "notes": "old"}))
    record_id, rev = created["record"]["id"], created["rev"]
    deleted = world.nurlan.push_one(change(record_id, op="delete", base_rev=rev))
    assert deleted["status"] == "applied" and deleted["record"]["deleted"] is True
    edit = world.aigerim.push_one(change(record_id, op="update", base_rev=rev, fields={"notes": "new words"}))
    assert edit["status"] == "conflict" and edit["record"]["deleted"] is True
    assert edit["conflict"]["kind"] == "edit_delete"
    assert edit["conflict"]["fields"] == {"notes": {"base": "old", "server": "old", "client": "new words"}}
    # a restore made after seeing the delete un-deletes it
    restored = world.aigerim.push_one(
        change(record_id, op="update", base_rev=deleted["rev"], fields={"notes": "back"})
    )
    assert restored["status"] == "applied" and restored["record"]["deleted"] is False
    assert restored["record"]["fields"]["notes"] == "back"


def test_delete_against_an_edit_is_a_conflict_and_the_record_stays(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Ali", "notes": "old"}))
    record_id, rev = created["record"]["id"], created["rev"]
    world.nurlan.push_one(change(record_id, op="update", base_rev=rev, fields={"notes": "edited"}))
    delete = world.aigerim.push_one(change(record_id, op="delete", base_rev=rev))
    assert delete["status"] == "conflict" and delete["record"]["deleted"] is False
    assert delete["conflict"]["kind"] == "edit_delete"
    assert delete["conflict"]["fields"] == {"notes": {"base": "old", "server": "edited", "client": None}}
    # a delete made on the latest revision goes through; deleting again is a no-op
    latest = delete["record"]["rev"]
    gone = world.aigerim.push_one(change(record_id, op="delete", base_rev=latest))
    assert gone["status"] == "applied" and gone["record"]["deleted"] is True
    assert world.aigerim.push_one(change(record_id, op="delete", base_rev=latest))["rev"] == gone["rev"]


def test_institution_records_are_invisible_to_another_institution(world: World) -> None:
    internal = world.aigerim.push_one(change(fields={"name": "Internal"}, visibility="institution"))
    shared = world.aigerim.push_one(change(fields={"name": "Shared"}, visibility="shared"))
    records, _conflicts, cursor = world.leyla.pull_all()
    assert set(records) == {shared["record"]["id"]}
    assert cursor == 2  # the cursor passes what she may not see
    assert set(world.nurlan.pull_all()[0]) == {internal["record"]["id"], shared["record"]["id"]}


def test_another_institution_cannot_overwrite_or_delete_and_keeps_its_words(world: World) -> None:
    shared = world.aigerim.push_one(change(fields={"name": "Shared", "notes": "KZ notes"}))
    record_id, rev = shared["record"]["id"], shared["rev"]
    attempt = world.leyla.push_one(change(record_id, op="update", base_rev=rev, fields={"notes": "AZ notes"}))
    assert attempt["status"] == "rejected" and "institution" in attempt["message"]
    assert attempt["conflict"]["kind"] == "rejected"
    assert attempt["conflict"]["fields"]["notes"]["client"] == "AZ notes"
    assert world.leyla.push_one(change(record_id, op="delete", base_rev=rev))["status"] == "rejected"
    records, conflicts, _cursor = world.nurlan.pull_all()
    assert records[record_id]["fields"]["notes"] == "KZ notes" and records[record_id]["deleted"] is False
    assert len(conflicts) == 2  # the owners see what was proposed
    # an institution-only record: rejected without revealing its content
    internal = world.aigerim.push_one(
        change(fields={"name": "Secret", "notes": "KZ only"}, visibility="institution")
    )
    blind = world.leyla.push_one(
        change(internal["record"]["id"], op="update", base_rev=1, fields={"notes": "x"})
    )
    assert blind["status"] == "rejected" and blind["record"] is None
    assert blind["conflict"]["fields"] == {"notes": {"base": None, "server": None, "client": "x"}}
    assert [c["id"] for c in world.leyla.pull_all()[1] if c["record_id"] == internal["record"]["id"]] == [
        blind["conflict"]["id"]
    ]
    assert all(c["record_id"] != internal["record"]["id"] for c in world.nurlan.pull_all()[1])
    # re-creating a record of another institution under its id is refused too
    hijack = world.leyla.push_one(change(record_id, fields={"name": "Mine now"}))
    assert hijack["status"] == "rejected"
    assert world.nurlan.pull_all()[0][record_id]["fields"]["name"] == "Shared"


def test_private_records_are_refused_and_an_update_to_private_withdraws(world: World) -> None:
    result = world.aigerim.push_one(change(fields={"name": "Diary"}, visibility="private"))
    assert result["status"] == "rejected" and result["record"] is None
    assert "Private" in result["message"]
    assert world.nurlan.pull_all()[0] == {}
    shared = world.aigerim.push_one(change(fields={"name": "Public", "notes": "words"}))
    record_id = shared["record"]["id"]
    _seen, _conflicts, cursor = world.nurlan.pull_all()
    # A withdrawal (issue 12 §4): the record leaves everyone's sight, its institution's too.
    withdrawn = world.aigerim.push_one(
        change(record_id, op="update", base_rev=shared["rev"], fields={"notes": "kept"}, visibility="private")
    )
    assert withdrawn["status"] == "applied" and withdrawn["record"]["hidden"] is True
    assert withdrawn["record"]["fields"] == {} and withdrawn["record"]["owner_institution_id"] is None
    for officer in (world.leyla, world.nurlan):
        (tombstone,) = officer.pull_all()[0].values()
        assert tombstone["id"] == record_id and tombstone["deleted"] is True and tombstone["hidden"] is True
    assert [r["id"] for r in world.nurlan.pull(cursor)["records"]] == [record_id]
    # A colleague's edit made before: kept in a conflict for them alone, nothing of the record shown.
    late = world.nurlan.push_one(
        change(record_id, op="update", base_rev=shared["rev"], fields={"notes": "mine"})
    )
    assert late["status"] == "conflict" and late["record"]["hidden"] is True
    assert late["conflict"]["fields"]["notes"] == {"base": None, "server": None, "client": "mine"}
    assert [c for c in world.aigerim.pull_all()[1] if c["record_id"] == record_id] == []
    # Shared again by the withdrawing laptop (on the withdrawn revision): back, with what it sends.
    back = world.aigerim.push_one(
        change(
            record_id, op="update", base_rev=withdrawn["rev"], fields={"notes": "again"}, visibility="shared"
        )
    )
    assert back["status"] == "applied" and back["record"]["deleted"] is False
    again = world.leyla.pull_all()[0][record_id]
    assert again["fields"]["name"] == "Public" and again["fields"]["notes"] == "again"


def test_a_record_that_leaves_sight_reaches_others_as_a_hidden_tombstone(world: World) -> None:
    shared = world.aigerim.push_one(change(fields={"name": "Was public", "notes": "words"}))
    record_id = shared["record"]["id"]
    _records, _conflicts, cursor = world.leyla.pull_all()
    narrowed = world.aigerim.push_one(
        change(record_id, op="update", base_rev=shared["rev"], visibility="institution")
    )
    assert narrowed["status"] == "applied" and narrowed["record"]["visibility"] == "institution"
    page = world.leyla.pull(cursor)
    assert page["records"] == [
        {
            "entity": "contacts",
            "id": record_id,
            "rev": narrowed["rev"],
            "deleted": True,
            "visibility": "institution",
            "owner_institution_id": None,  # nothing but the id (and where it is in the sequence)
            "fields": {},
            "hidden": True,
        }
    ]
    own = world.nurlan.pull_all()[0][record_id]
    assert own["deleted"] is False and own["fields"]["notes"] == "words" and "hidden" not in own


def test_an_update_of_an_unknown_record_is_rejected_and_a_delete_is_a_no_op(world: World) -> None:
    assert (
        world.aigerim.push_one(change(op="update", base_rev=3, fields={"name": "?"}))["status"] == "rejected"
    )
    deleted = world.aigerim.push_one(change(op="delete", base_rev=3))
    assert deleted["status"] == "applied" and deleted["record"] is None


def test_pages_walk_every_change_once_in_order(world: World) -> None:
    ids = [
        r["record"]["id"] for r in world.aigerim.push(*(change(fields={"name": f"P{i}"}) for i in range(25)))
    ]
    first = world.aigerim.push_one(change(ids[0], op="update", base_rev=1, fields={"name": "P0 again"}))
    cursor, seen, pages = 0, [], 0
    while True:
        page = decode_changes_response(world.leyla.pull(cursor, limit=7))
        pages += 1
        revs = [r["rev"] for r in page["records"]]
        assert revs == sorted(revs) and all(rev > cursor for rev in revs)
        seen.extend(r["id"] for r in page["records"])
        cursor = page["next_after"]
        if not page["has_more"]:
            break
    assert pages == 4 and len(seen) == 25 and sorted(seen) == sorted(ids)
    assert seen[-1] == ids[0] and cursor == first["rev"] == 26  # the updated record comes once, last
    empty = world.leyla.pull(cursor)
    assert empty["records"] == [] and empty["next_after"] == cursor and not empty["has_more"]


def test_push_answers_validate_with_the_protocol_decoders(world: World) -> None:
    answer = world.aigerim.http.post(
        "/v1/push",
        json={"changes": [change(fields={"name": "A", "photo": "aGVsbG8=", "languages": ["kk", "ru"]})]},
    )
    response = decode_push_response(answer.json())
    assert response["results"][0]["record"] is not None


def test_bodies_travel_gzipped_both_ways(world: World) -> None:
    from liaison.protocol import compress, encode_json

    notes = "Нұр-Сұлтан. " * 500
    body = compress(encode_json({"changes": [change(fields={"name": "Long", "notes": notes})]}))
    answer = world.aigerim.http.post(
        "/v1/push", content=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-encoding"] == "gzip"  # httpx inflated it for us
    assert answer.json()["results"][0]["record"]["fields"]["notes"] == notes
    headers = httpx.Headers(world.leyla.http.headers)
    headers["Accept-Encoding"] = "identity"
    raw = httpx.get(world.server.url + "/v1/changes", headers=headers, verify=world.server.ssl_context())
    assert "content-encoding" not in raw.headers and raw.json()["records"][0]["fields"]["notes"] == notes


def test_a_withdrawal_keeps_for_its_author_what_others_wrote_since_they_last_synced(world: World) -> None:
    shared = world.aigerim.push_one(change(fields={"name": "Public", "notes": "words"}))
    record_id = shared["record"]["id"]
    colleague = world.nurlan.push_one(
        change(record_id, op="update", base_rev=shared["rev"], fields={"notes": "words; nurlan's line"})
    )
    assert colleague["status"] == "applied"
    withdrawn = world.aigerim.push_one(
        change(record_id, op="update", base_rev=shared["rev"], visibility="private")
    )
    assert withdrawn["status"] == "conflict" and withdrawn["record"]["hidden"] is True
    kept = withdrawn["conflict"]["fields"]["notes"]
    assert kept == {"base": "words", "server": "words; nurlan's line", "client": None}
    assert [c for c in world.nurlan.pull_all()[1] if c["record_id"] == record_id] == []  # the author's alone
    assert [c["id"] for c in world.aigerim.pull_all()[1] if c["record_id"] == record_id] == [
        withdrawn["conflict"]["id"]
    ]
