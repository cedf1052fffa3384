"""The indexed way from a file's bytes to the records naming them (``records.blob_sha256``,
schema version 3): kept right through every kind of write, answering the download's
visibility check exactly as the scan of the attachments' JSON did, and filled by ``init`` when
it upgrades a version 2 database."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import pytest
from sqlalchemy import inspect, select, text, update

from liaison.secretariat.blob_refs import named, released_at
from liaison.secretariat.db import Database
from liaison.secretariat.errors import SchemaMismatchError
from liaison.secretariat.models import SCHEMA_VERSION, BlobRelease, Meta, SyncRecord
from tests.secretariat.officers import Officer, World, change, new_id
from tests.secretariat.test_blobs import DATA, DIGEST, attach, status, upload

OTHER = hashlib.sha256(b"another file").hexdigest()


def column(world: World, record_id: str) -> tuple[str | None, bool]:
    with world.server.admin.db.read() as connection:
        row = connection.execute(
            select(SyncRecord.blob_sha256, SyncRecord.deleted).where(SyncRecord.id == record_id)
        ).one()
    return row[0], bool(row[1])


def releases(world: World) -> set[str]:
    with world.server.admin.db.read() as connection:
        return set(released_at(connection, [DIGEST, OTHER]))


def live(world: World) -> set[str]:
    with world.server.admin.db.read() as connection:
        return named(connection, [DIGEST, OTHER])


def rev_of(officer: Officer, record_id: str) -> int:
    rev: int = officer.pull_all()[0][record_id]["rev"]
    return rev


def can_get(officer: Officer, digest: str = DIGEST) -> bool:
    answer = officer.http.get(f"/v1/blobs/{digest}")
    assert answer.status_code in (200, 404), answer.text
    return answer.status_code == 200


def test_the_column_follows_edits_tombstones_restores_and_withdrawals(world: World) -> None:
    upload(world.aigerim)
    record_id = attach(world.aigerim, visibility="shared")
    assert column(world, record_id) == (DIGEST, False) and live(world) == {DIGEST}
    assert releases(world) == set()
    assert can_get(world.leyla)
    # an edit that names other bytes releases the first ones
    edited = world.aigerim.push_one(
        change(
            record_id,
            entity="attachments",
            op="update",
            base_rev=rev_of(world.aigerim, record_id),
            fields={"sha256": OTHER},
        )
    )
    assert edited["status"] == "applied", edited
    assert column(world, record_id) == (OTHER, False) and live(world) == {OTHER}
    assert releases(world) == {DIGEST}
    assert not can_get(world.leyla) and not can_get(world.aigerim)
    back = world.aigerim.push_one(
        change(
            record_id,
            entity="attachments",
            op="update",
            base_rev=rev_of(world.aigerim, record_id),
            fields={"sha256": DIGEST},
        )
    )
    assert back["status"] == "applied" and live(world) == {DIGEST}
    assert can_get(world.leyla)
    # a tombstone keeps the hash on the row, but it no longer names the bytes for anyone
    deleted = world.aigerim.push_one(
        change(record_id, entity="attachments", op="delete", base_rev=rev_of(world.aigerim, record_id))
    )
    assert deleted["status"] == "applied"
    assert column(world, record_id) == (DIGEST, True) and live(world) == set()
    assert not can_get(world.aigerim) and not can_get(world.leyla)
    # restored (the undo of a removal): seen again
    restored = world.aigerim.push_one(
        change(
            record_id,
            entity="attachments",
            op="update",
            base_rev=deleted["rev"],
            fields={},
            visibility="shared",
        )
    )
    assert restored["status"] == "applied", restored
    assert live(world) == {DIGEST} and can_get(world.leyla)
    # withdrawn to private: stored deleted, out of everyone's sight, the owner institution's too
    withdrawn = world.aigerim.push_one(
        change(record_id, entity="attachments", op="update", base_rev=restored["rev"], visibility="private")
    )
    assert withdrawn["status"] == "applied", withdrawn
    assert column(world, record_id) == (DIGEST, True) and live(world) == set()
    for officer in (world.aigerim, world.nurlan, world.leyla):
        assert not can_get(officer)


def test_the_authorization_answers_are_those_of_the_json_scan(world: World) -> None:
    """The indexed check against the old query (kept here as the reference) on a mix of
    records: every officer, every hash, the same answer."""
    upload(world.aigerim)
    upload(world.leyla, DATA[:1000])
    small = hashlib.sha256(DATA[:1000]).hexdigest()
    attach(world.aigerim, visibility="institution")
    attach(world.leyla, small, visibility="institution", size=1000)
    shared = attach(world.leyla, OTHER, visibility="shared")
    world.leyla.push_one(
        change(shared, entity="attachments", op="delete", base_rev=rev_of(world.leyla, shared))
    )
    guessed = hashlib.sha256(b"guessed").hexdigest()
    db = world.server.admin.db
    for officer in (world.aigerim, world.nurlan, world.leyla):
        for digest in (DIGEST, small, OTHER, guessed):
            with db.read() as connection:
                visible = (SyncRecord.visibility == "shared") | (
                    SyncRecord.owner_institution_id == officer.institution_id
                )
                scan = connection.execute(
                    select(SyncRecord.id).where(
                        SyncRecord.entity == "attachments",
                        SyncRecord.deleted.is_(False),
                        SyncRecord.fields["sha256"].as_string() == digest,
                        visible,
                    )
                ).first()
            assert can_get(officer, digest) == (scan is not None), (officer.username, digest)
    assert can_get(world.aigerim) and not can_get(world.leyla)
    assert can_get(world.leyla, small) and not can_get(world.aigerim, small)
    hidden = world.leyla.http.get(f"/v1/blobs/{DIGEST}")
    unknown = world.leyla.http.get(f"/v1/blobs/{guessed}")
    assert hidden.status_code == unknown.status_code == 404 and hidden.json() == unknown.json()
    # upload status: another institution's file is not "complete" for leyla (no probe)
    assert status(world.leyla, DIGEST)["complete"] is False
    world.server.admin.revoke("nurlan")
    assert world.nurlan.http.get(f"/v1/blobs/{DIGEST}").status_code == 401


def test_a_merged_contact_s_files_stay_named(world: World) -> None:
    """Merging moves the merged contact's attachments to the kept one: still live, still seen."""
    upload(world.aigerim)
    keep = world.aigerim.push_one(change(fields={"name": "Kept"}, visibility="institution"))
    gone = world.aigerim.push_one(change(fields={"name": "Merged"}, visibility="institution"))
    record_id = new_id()
    world.aigerim.push_one(
        change(
            record_id,
            entity="attachments",
            visibility="institution",
            fields={
                "owner_entity": "contacts",
                "owner_id": gone["record"]["id"],
                "name": "photo.jpg",
                "media_type": "image/jpeg",
                "size": len(DATA),
                "sha256": DIGEST,
                "role": "photo",
            },
        )
    )
    merged = world.aigerim.push_one(
        {
            **change(gone["record"]["id"], op="delete", base_rev=gone["rev"]),
            "merged_into": keep["record"]["id"],
        }
    )
    assert merged["status"] == "applied", merged
    assert column(world, record_id) == (DIGEST, False)
    assert can_get(world.nurlan) and not can_get(world.leyla)


def _as_version_2(database: Database) -> None:
    """What a version 2 database looked like: no column, no index, no release table."""
    with database.write() as connection:
        connection.execute(text("DROP INDEX ix_records_blob_sha256"))
        connection.execute(text("ALTER TABLE records DROP COLUMN blob_sha256"))
        connection.execute(text("DROP TABLE blob_releases"))
        connection.execute(update(Meta).values(schema_version=2))


def test_init_upgrades_a_version_2_database_and_fills_the_column(db_url: str) -> None:
    database = Database(db_url)
    try:
        institution = str(uuid.uuid4())
        rows: list[dict[str, Any]] = []
        expected: dict[str, str | None] = {}
        for n in range(1200):  # more than one chunk of the backfill
            digest = hashlib.sha256(str(n).encode()).hexdigest()
            value: Any = digest if n % 7 else ("not a hash" if n % 2 else None)
            fields: dict[str, Any] = {"name": f"file {n}.pdf", "sha256": value}
            rows.append(
                {
                    "entity": "attachments",
                    "id": str(uuid.uuid4()),
                    "rev": n + 1,
                    "deleted": n % 5 == 0,
                    "visibility": "shared",
                    "owner_institution_id": institution,
                    "was_shared": True,
                    "fields": fields,
                }
            )
            expected[rows[-1]["id"]] = digest if n % 7 else None
        contact: dict[str, Any] = {
            "entity": "contacts",
            "id": str(uuid.uuid4()),
            "rev": 5000,
            "deleted": False,
            "visibility": "shared",
            "owner_institution_id": institution,
            "was_shared": True,
            "fields": {"name": "Has a sha256 field", "sha256": DIGEST},
        }
        expected[contact["id"]] = None
        _as_version_2(database)
        with database.write() as connection:
            connection.execute(
                text("INSERT INTO institutions (id, name, state, created_at) VALUES (:id, 'KZ', 'KZ', :now)"),
                {"id": institution, "now": "2026-01-01 00:00:00"},
            )
            for row in [*rows, contact]:
                connection.execute(
                    text(
                        "INSERT INTO records (entity, id, rev, deleted, visibility, owner_institution_id,"
                        " was_shared, fields) VALUES (:entity, :id, :rev, :deleted, :visibility,"
                        " :owner_institution_id, :was_shared, :fields)"
                    ),
                    {**row, "fields": json.dumps(row["fields"])},
                )
        with pytest.raises(SchemaMismatchError):
            database.check()
        assert database.init() is False  # upgraded in place, not re-created
        database.check()
        with database.read() as connection:
            assert connection.scalar(select(Meta.schema_version)) == SCHEMA_VERSION == 4
            found = dict(connection.execute(select(SyncRecord.id, SyncRecord.blob_sha256)).all())
            assert connection.execute(select(BlobRelease)).first() is None
        assert found == expected
        indexes = inspect(database.engine).get_indexes("records")
        assert "ix_records_blob_sha256" in {index["name"] for index in indexes}
        assert database.init() is False  # again: nothing to do
    finally:
        database.close()
