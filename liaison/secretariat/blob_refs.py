"""Which records name which file's bytes: the indexed column ``records.blob_sha256`` and the
release times in ``blob_releases`` (schema version 3).

- **The column** holds an attachment's ``fields["sha256"]`` when it is a SHA-256 (64 lower-case
  hex digits; anything else could never name a stored file), ``NULL`` for every other row. It is
  written with the row by every write of a record (:func:`liaison.secretariat.batch.flush`, the
  one place records are written: creates, edits, tombstones, withdrawals, restores, merges), so
  it cannot drift from the fields. A partial index (``WHERE blob_sha256 IS NOT NULL``) holds the
  attachments' rows only. The download's visibility check
  (:func:`liaison.secretariat.blob_routes.may_see`) and the garbage collector
  (:mod:`.blob_gc`) look a hash up through it instead of reading every attachment's JSON.
- **A release** is the time a live record stopped naming a hash: its tombstone, its withdrawal
  (a record made private is stored deleted), or an edit naming other bytes. The collector
  counts its grace period from the latest of that time and the file's own (see :mod:`.blob_gc`),
  so bytes removed from a record a minute ago are kept as long as bytes never named at all.
- **Decision — a column, not a table of references**: an attachment names one file, so one
  column on the row it belongs to is the whole mapping; a separate ``blob_refs`` table would
  need its own inserts and deletes kept in step with every kind of write, where the column is
  part of the row and cannot disagree with it.
- **Upgrading** (:func:`upgrade_to_3`, run by ``liaison-secretariat init`` in one transaction
  with the version bump): the column and index are added and filled from the stored fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, inspect, select, text, update

from liaison.secretariat.models import BlobRelease, SyncRecord, utcnow

if TYPE_CHECKING:
    from liaison.secretariat.batch import State

ATTACHMENTS = "attachments"
INDEX = "ix_records_blob_sha256"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 500


def blob_of(entity: str, fields: Mapping[str, Any]) -> str | None:
    """The hash of the bytes a record of ``entity`` with ``fields`` names, if any."""
    if entity != ATTACHMENTS:
        return None
    value = fields.get("sha256")
    return value if isinstance(value, str) and _SHA256.fullmatch(value) else None


def note_releases(connection: Connection, written: Iterable[State]) -> None:
    """Before a push's records are written: record the release of every hash a live row named
    and its new state does not (tombstoned, withdrawn, or naming other bytes)."""
    states = [state for state in written if state.entity == ATTACHMENTS]
    if not states:
        return
    released: set[str] = set()
    stored = {state.id: state for state in states if state.stored}
    ids = sorted(stored)
    for start in range(0, len(ids), _CHUNK):
        rows = connection.execute(
            select(SyncRecord.id, SyncRecord.blob_sha256).where(
                SyncRecord.entity == ATTACHMENTS,
                SyncRecord.id.in_(ids[start : start + _CHUNK]),
                SyncRecord.deleted.is_(False),
                SyncRecord.blob_sha256.is_not(None),
            )
        ).all()
        for record_id, before in rows:
            state = stored[str(record_id)]
            if state.deleted or blob_of(state.entity, state.fields) != before:
                released.add(str(before))
    released.update(
        digest
        for state in states
        if not state.stored and state.deleted and (digest := blob_of(state.entity, state.fields))
    )
    mark_released(connection, released, utcnow())


def mark_released(connection: Connection, hashes: Iterable[str], when: datetime) -> None:
    """Set the release time of ``hashes`` to ``when`` (inside the writers' lock: no race)."""
    ordered = sorted(set(hashes))
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        connection.execute(delete(BlobRelease).where(BlobRelease.sha256.in_(chunk)))
        connection.execute(insert(BlobRelease), [{"sha256": digest, "released_at": when} for digest in chunk])


def named(connection: Connection, hashes: Iterable[str]) -> set[str]:
    """Those of ``hashes`` that a live record names (through the index)."""
    ordered = sorted(set(hashes))
    found: set[str] = set()
    for start in range(0, len(ordered), _CHUNK):
        found.update(
            str(digest)
            for (digest,) in connection.execute(
                select(SyncRecord.blob_sha256)
                .where(
                    SyncRecord.blob_sha256.in_(ordered[start : start + _CHUNK]),
                    SyncRecord.deleted.is_(False),
                )
                .distinct()
            )
        )
    return found


def released_at(connection: Connection, hashes: Iterable[str]) -> dict[str, datetime]:
    """The release times known for ``hashes``."""
    ordered = sorted(set(hashes))
    found: dict[str, datetime] = {}
    for start in range(0, len(ordered), _CHUNK):
        found.update(
            (str(digest), when)
            for digest, when in connection.execute(
                select(BlobRelease.sha256, BlobRelease.released_at).where(
                    BlobRelease.sha256.in_(ordered[start : start + _CHUNK])
                )
            )
        )
    return found


def upgrade_to_3(connection: Connection) -> None:
    """Add ``records.blob_sha256`` and its index to a version 2 database and fill it from the
    attachments' stored fields (``blob_releases`` is made by ``create_all``). Idempotent."""
    columns = {column["name"] for column in inspect(connection).get_columns("records")}
    if "blob_sha256" not in columns:
        connection.execute(text("ALTER TABLE records ADD COLUMN blob_sha256 VARCHAR(64)"))
    table = SyncRecord.__table__
    assert isinstance(table, Table)
    next(index for index in table.indexes if index.name == INDEX).create(connection, checkfirst=True)
    rows = connection.execute(
        select(SyncRecord.id, SyncRecord.fields["sha256"].as_string()).where(SyncRecord.entity == ATTACHMENTS)
    ).all()
    filled = [
        {"k_id": str(record_id), "v_blob": digest}
        for record_id, value in rows
        if (digest := blob_of(ATTACHMENTS, {"sha256": value})) is not None
    ]
    statement = (
        update(SyncRecord)
        .where(SyncRecord.entity == ATTACHMENTS, SyncRecord.id == bindparam("k_id"))
        .values(blob_sha256=bindparam("v_blob"))
    )
    for start in range(0, len(filled), _CHUNK * 10):
        connection.execute(statement, filled[start : start + _CHUNK * 10])
