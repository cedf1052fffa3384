"""Change capture: every write records, in the same transaction, what changed for the outbox.

The sync issue pushes these entries; here we only guarantee that they exist exactly when the
change does (one transaction) and that they say enough for a three-way merge on the server:
which fields changed, their new values, and the server revision the change was based on.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from liaison.services.fields import to_wire
from liaison.store.base import new_id, utcnow
from liaison.store.local import OutboxEntry


def capture(
    session: Session,
    entity: str,
    record_id: str,
    op: str,
    fields: Mapping[str, Any],
    base_rev: int,
) -> None:
    """Queue a change, folding it into this record's unsent entry when there is one.

    Folding keeps meeting mode (a save a second) from flooding the outbox and is safe because an
    unsent entry has not been seen by anyone: the fold is what the officer would have sent had
    the sync happened only now. A delete of a record the server never saw cancels its create.
    """
    wire = {name: to_wire(value) for name, value in fields.items()}
    pending = session.scalars(
        select(OutboxEntry)
        .where(
            OutboxEntry.entity == entity,
            OutboxEntry.record_id == record_id,
            OutboxEntry.batch_id.is_(None),
        )
        .order_by(OutboxEntry.seq.desc())
        .limit(1)
    ).first()
    if pending is not None and pending.base_rev == base_rev:
        if op == "delete" and pending.op == "create":
            session.execute(delete(OutboxEntry).where(OutboxEntry.seq == pending.seq))
            return
        if op == "delete":
            pending.op = "delete"  # its fields stay: a restore before the push brings them back
        elif pending.op == "delete":  # restored before the delete was sent
            pending.op = "update"
            pending.fields = {**pending.fields, **wire}
        else:
            pending.fields = {**pending.fields, **wire}
        pending.created_at = utcnow()
        return
    session.add(
        OutboxEntry(
            change_id=new_id(),
            entity=entity,
            record_id=record_id,
            op=op,
            fields=wire,
            base_rev=base_rev,
        )
    )


def capture_creates(session: Session, entity: str, rows: list[dict[str, Any]]) -> None:
    """Queue creates for freshly inserted records in one statement (bulk import path)."""
    if not rows:
        return
    now = utcnow()
    session.execute(
        insert(OutboxEntry),
        [
            {
                "change_id": new_id(),
                "entity": entity,
                "record_id": row["id"],
                "op": "create",
                "fields": {name: to_wire(value) for name, value in row.items() if name != "id"},
                "base_rev": 0,
                "created_at": now,
                "batch_id": None,
            }
            for row in rows
        ],
    )


def pending_count(session: Session) -> int:
    """How many changes wait to be sent (the status bar's "pending changes")."""
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
