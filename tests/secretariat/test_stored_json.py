"""Pages splice each record's stored fields verbatim, so the server stores them as compact UTF-8
JSON on both databases, whichever way the record was written; rows stored the old way (spaces,
ASCII escapes) still read and pull."""

from __future__ import annotations

import json

from sqlalchemy import text, update

from liaison.protocol import decode_changes_response
from liaison.secretariat.db import Database
from liaison.secretariat.models import RecordVersion, SyncRecord
from tests.secretariat.officers import World, change

FIELDS = {"name": "Кубанычбек Омуралиев", "notes": "Встреча в Бишкеке.\nБакы — Астана", "tags": ["kg", "ə"]}


def _page_bytes(world: World) -> bytes:
    answer = world.leyla.http.get("/v1/changes", params={"after": 0, "limit": 1000})
    assert answer.status_code == 200
    return answer.content


def _stored(db_url: str, record_id: str) -> list[str]:
    db = Database(db_url)
    try:
        with db.read() as connection:
            fields = connection.execute(
                text("SELECT CAST(fields AS TEXT) FROM records WHERE id = :id"), {"id": record_id}
            ).scalar_one()
            versions = connection.execute(
                text("SELECT CAST(fields AS TEXT) FROM record_versions WHERE record_id = :id ORDER BY rev"),
                {"id": record_id},
            ).scalars()
            return [fields, *versions]
    finally:
        db.close()


def test_created_and_updated_fields_are_stored_and_pulled_compact(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Кубанычбек", "tags": ["kg"]}))
    record_id = created["record"]["id"]
    updated = world.aigerim.push_one(
        change(record_id, op="update", base_rev=created["rev"], fields=dict(FIELDS))
    )
    assert updated["status"] == "applied" and updated["record"]["fields"] == FIELDS
    compact = json.dumps(updated["record"]["fields"], ensure_ascii=False, separators=(",", ":"))
    stored = _stored(world.server.db_url, record_id)
    assert stored[0] == compact and stored[-1] == compact  # the record and its newest version
    page = _page_bytes(world)
    assert b'"fields":' + compact.encode("utf-8") in page
    assert b"\\u04" not in page and b'": ' not in page


def test_fields_stored_the_old_way_still_read_merge_and_pull(world: World) -> None:
    created = world.aigerim.push_one(change(fields={"name": "Кубанычбек", "notes": "Бишкек."}))
    record_id, rev = created["record"]["id"], created["rev"]
    old_style = json.dumps({"name": "Кубанычбек", "notes": "Бишкек."})  # spaces, \u escapes
    db = Database(world.server.db_url)
    try:
        value = text(":old" if db.is_sqlite else "CAST(:old AS json)").bindparams(old=old_style)
        with db.write() as connection:
            for table, key in ((SyncRecord, SyncRecord.id), (RecordVersion, RecordVersion.record_id)):
                connection.execute(update(table).where(key == record_id).values(fields=value))
    finally:
        db.close()
    assert _stored(world.server.db_url, record_id)[0] == old_style
    (record,) = decode_changes_response(json.loads(_page_bytes(world)))["records"]
    assert record["fields"] == {"name": "Кубанычбек", "notes": "Бишкек."}
    merged = world.nurlan.push_one(
        change(record_id, op="update", base_rev=rev, fields={"notes": "Бишкек. Ош."})
    )
    assert merged["status"] == "applied" and merged["record"]["fields"]["notes"] == "Бишкек. Ош."
    assert _stored(world.server.db_url, record_id)[0] == '{"name":"Кубанычбек","notes":"Бишкек. Ош."}'
