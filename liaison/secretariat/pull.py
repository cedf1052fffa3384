"""What a user is sent: the records and conflicts changed after their cursor that they may see.

Both tables carry the global sequence number of their last write (``rev``), so a page is the
first ``limit`` of them after the cursor, in sequence order. The page is bounded by the
``server_seq`` read first: writers are serialised and commit in sequence order, so nothing
numbered at or below it can appear later, and an empty remainder lets the cursor jump to it
(past the changes this user may not see) — gaps are fine.
"""

from __future__ import annotations

from typing import Any

import msgspec
from sqlalchemy import Connection, Text, and_, cast, func, or_, select, update

from liaison.protocol import INSTITUTION, PRIVATE, SHARED, Conflict
from liaison.protocol.constants import MERGEABLE, MERGED_INTO
from liaison.secretariat.accounts import Principal
from liaison.secretariat.db import (
    Database,
    Epoch,
    check_epoch,
    current_sequence,
    lock_sequence,
    read_epoch,
    store_sequence,
)
from liaison.secretariat.echo import not_echoed
from liaison.secretariat.errors import ResolveForbiddenError
from liaison.secretariat.models import Institution, Redirect, SyncConflict, SyncRecord


def changes_json(
    db: Database,
    principal: Principal,
    after: int,
    limit: int,
    epoch: str | None = None,
    echo: str | None = None,
) -> bytes:
    """The page as JSON bytes, in one msgspec call: record fields are spliced in as the
    database holds them (``msgspec.Raw``), never parsed and re-encoded (a first sync pulls
    200,000 records, and per-record encoding was most of the server's work). A client of
    another ``epoch`` is refused (its cursor belongs to a timeline this database lacks). The
    records the sync ``echo``'s own push answers told in full are left out (:mod:`.echo`);
    conflicts never are."""
    with db.read() as connection:
        current = check_epoch(connection, epoch)
        server_seq = current_sequence(connection)
        records = _records(connection, principal, after, server_seq, limit + 1, echo)
        conflicts = _conflicts(connection, principal, after, server_seq, limit + 1)
    items: list[tuple[int, dict[str, Any] | None, Conflict | None]] = sorted(
        [(int(record["rev"]), record, None) for record in records]
        + [(conflict["rev"], None, conflict) for conflict in conflicts],
        key=lambda item: item[0],
    )
    has_more = len(items) > limit
    page = items[:limit]
    next_after = page[-1][0] if has_more else max(server_seq, after)
    return msgspec.json.encode(
        {
            "records": [record for _rev, record, _conflict in page if record is not None],
            "conflicts": [conflict for _rev, _record, conflict in page if conflict is not None],
            "next_after": next_after,
            "has_more": has_more,
            "server_seq": server_seq,
            **({"epoch": current.epoch} if current is not None else {}),
        }
    )


def _records(
    connection: Connection, principal: Principal, after: int, upto: int, limit: int, echo: str | None = None
) -> list[dict[str, Any]]:
    """Records in wire form, ``fields`` as the stored JSON text (``msgspec.Raw``)."""
    mine = SyncRecord.owner_institution_id == principal.institution_id
    skip = not_echoed(echo)
    rows = connection.execute(
        select(
            SyncRecord.entity,
            SyncRecord.id,
            SyncRecord.rev,
            SyncRecord.deleted,
            SyncRecord.visibility,
            SyncRecord.owner_institution_id,
            cast(SyncRecord.fields, Text),
        )
        .where(
            SyncRecord.rev > after,
            SyncRecord.rev <= upto,
            or_(SyncRecord.visibility == SHARED, mine, SyncRecord.was_shared.is_(True)),
            *([] if skip is None else [skip]),
        )
        .order_by(SyncRecord.rev)
        .limit(limit)
    )
    out: list[dict[str, Any]] = []
    institution = principal.institution_id
    for entity, record_id, rev, deleted, visibility, owner, stored in rows.all():
        record = {
            "entity": entity,
            "id": record_id,
            "rev": rev,
            "deleted": deleted,
            "visibility": visibility,
            "owner_institution_id": owner,
            "fields": _EMPTY,
        }
        if visibility == PRIVATE or (visibility != SHARED and owner != institution):
            # it was shared once and left this user's sight (made institution-only, or withdrawn
            # by its institution: private): tell them to drop their copy, and nothing else (not
            # its owner: the tombstone of every hidden record looks the same)
            record["deleted"], record["hidden"] = True, True
            record["visibility"], record["owner_institution_id"] = INSTITUTION, None
        else:
            record["fields"] = msgspec.Raw(stored)
        out.append(record)
    _mark_merged(
        connection, [r for r in out if r["deleted"] and r["entity"] in MERGEABLE and "hidden" not in r]
    )
    return out


def _mark_merged(connection: Connection, tombstones: list[dict[str, Any]]) -> None:
    """A merged contact's tombstone names the contact it was merged into (``merged_into``), so
    that laptops move their own references to it (``liaison.secretariat.redirects``)."""
    by_id = {record["id"]: record for record in tombstones}
    ids = sorted(by_id)
    for start in range(0, len(ids), 500):
        rows = connection.execute(
            select(Redirect.merged_id, Redirect.keep_id).where(
                Redirect.merged_id.in_(ids[start : start + 500])
            )
        )
        for merged_id, keep_id in rows:
            by_id[merged_id][MERGED_INTO] = keep_id


_EMPTY = msgspec.Raw(b"{}")


def _visible_conflicts(principal: Principal) -> Any:
    """Who sees a conflict: its author, and (unless it is the author's alone) whoever may see its
    record *now* (the record's current visibility and owner, from the join in
    :func:`_with_records`; the conflict's own copy only for a record the server does not hold):
    a record made institution-only later takes its conflicts out of other institutions' sight."""
    visibility = func.coalesce(SyncRecord.visibility, SyncConflict.visibility)
    owner = _owner()
    return or_(
        SyncConflict.author_user_id == principal.user_id,
        and_(
            SyncConflict.author_only.is_(False),
            or_(visibility == SHARED, owner == principal.institution_id),
        ),
    )


def _owner() -> Any:
    """The owner institution of a conflict's record (from the join in :func:`_with_records`)."""
    return func.coalesce(SyncRecord.owner_institution_id, SyncConflict.owner_institution_id)


def _with_records() -> Any:
    """Conflicts joined to their record's current state (on the records' primary key)."""
    return SyncConflict.__table__.outerjoin(
        SyncRecord.__table__,
        and_(SyncRecord.entity == SyncConflict.entity, SyncRecord.id == SyncConflict.record_id),
    )


_CONFLICT_COLUMNS = (
    SyncConflict.id,
    SyncConflict.entity,
    SyncConflict.record_id,
    SyncConflict.rev,
    SyncConflict.kind,
    SyncConflict.fields,
    SyncConflict.change_id,
    SyncConflict.author,
    SyncConflict.created_at,
    SyncConflict.resolved,
)


def _conflict(row: Any) -> Conflict:
    conflict_id, entity, record_id, rev, kind, fields, change_id, author, created_at, resolved = row
    return {
        "id": conflict_id,
        "entity": entity,
        "record_id": record_id,
        "rev": int(rev),
        "kind": kind,
        "fields": fields,
        "change_id": change_id,
        "author": author,
        "created_at": created_at.isoformat(timespec="seconds") + "Z",
        "resolved": resolved,
    }


def _conflicts(
    connection: Connection, principal: Principal, after: int, upto: int, limit: int
) -> list[Conflict]:
    rows = connection.execute(
        select(*_CONFLICT_COLUMNS)
        .select_from(_with_records())
        .where(SyncConflict.rev > after, SyncConflict.rev <= upto, _visible_conflicts(principal))
        .order_by(SyncConflict.rev)
        .limit(limit)
    )
    return [_conflict(row) for row in rows]


def resolve(db: Database, principal: Principal, conflict_id: str) -> Conflict | None:
    """Mark a conflict resolved; it travels again with a new sequence number so that every client
    drops it from its inbox. ``None``: no such conflict for this user (they may not see it).

    Only its author and officers of its record's owner institution may resolve it (they are the
    ones who can act on it: nobody else may edit the record); anyone else who sees it gets
    :class:`~liaison.secretariat.errors.ResolveForbiddenError`. A conflict already resolved is
    returned as it is, to anyone who sees it (nothing changes)."""
    with db.write() as connection:
        seq = lock_sequence(connection)
        visible = and_(SyncConflict.id == conflict_id, _visible_conflicts(principal))
        owner = _owner()
        row = connection.execute(
            select(*_CONFLICT_COLUMNS, SyncConflict.author_user_id, owner, Institution.name)
            .select_from(_with_records().outerjoin(Institution.__table__, Institution.id == owner))
            .where(visible)
        ).first()
        if row is None:
            return None
        conflict = _conflict(row[: len(_CONFLICT_COLUMNS)])
        author_user_id, owner_id, owner_name = row[len(_CONFLICT_COLUMNS) :]
        if conflict["resolved"]:
            return conflict
        if principal.user_id != author_user_id and owner_id != principal.institution_id:
            raise ResolveForbiddenError(author=conflict["author"], institution=owner_name or "none")
        seq += 1
        connection.execute(
            update(SyncConflict).where(SyncConflict.id == conflict_id).values(resolved=True, rev=seq)
        )
        store_sequence(connection, seq)
        conflict["resolved"], conflict["rev"] = True, seq
        return conflict


def status_seq(db: Database) -> int:
    with db.read() as connection:
        return current_sequence(connection)


def status(db: Database) -> tuple[int, Epoch | None]:
    """The sequence number and the epoch, read together."""
    with db.read() as connection:
        return current_sequence(connection), read_epoch(connection)


__all__ = ["changes_json", "resolve", "status", "status_seq"]
