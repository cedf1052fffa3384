"""Change capture: every write records, in the same transaction, what changed for the outbox.

The sync issue pushes these entries; here we only guarantee that they exist exactly when the
change does (one transaction) and that they say enough for a three-way merge on the server:
which fields changed, their new values, and the server revision the change was based on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Text, delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from liaison.services.fields import to_wire
from liaison.store.base import new_id, utcnow
from liaison.store.local import OUTBOX


def _wire(value: Any) -> Any:
    """What the JSON encoder cannot write itself, in its wire form (dates, images)."""
    wired = to_wire(value)
    if wired is value:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return wired


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_wire).encode
_ESCAPED = json.JSONEncoder(separators=(",", ":"), default=_wire).encode


def dumps(fields: Mapping[str, Any]) -> str:
    """The stored text of an entry's ``fields``, values in their wire form
    (:func:`~liaison.services.fields.to_wire`): compact JSON with non-ASCII text as it is
    (Cyrillic takes half the bytes of its escapes). The ``fields`` column's JSON type reads it."""
    text: str = _COMPACT(fields)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: SQLite could not store it unescaped
            text = _ESCAPED(fields)
    return text


def _as_stored(text: str) -> Any:
    """Bind already serialised JSON ``text`` as it is (not through the JSON type again)."""
    return literal(text, Text())


def capture(
    session: Session,
    entity: str,
    record_id: str,
    op: str,
    fields: Mapping[str, Any],
    base_rev: int,
    base_fields: Mapping[str, Any] | None = None,
) -> None:
    """Queue a change, folding it into this record's unsent entry when there is one.

    ``base_fields`` are the changed fields' values before this change; a fold keeps the oldest
    (the entry's values before its first edit), which is what sync merges against when the
    record was pushed while this entry was being written.

    Folding keeps meeting mode (a save a second) from flooding the outbox and is safe because an
    unsent entry has not been seen by anyone: the fold is what the officer would have sent had
    the sync happened only now. A delete of a record the server never saw cancels its create.
    A delete after unsent edits is queued behind them, not folded in: a delete carries no
    fields, so folded edits never reached the server, and a restore after the sync, or a
    colleague's edit that refused the delete, brought the record back without them (found by
    the fault harness, tests/fault). The sync sends one change per record per batch, so the
    delete goes on the record as the edits left it.
    """
    pending = session.execute(
        select(OUTBOX.c.seq, OUTBOX.c.op, OUTBOX.c.fields, OUTBOX.c.base_rev, OUTBOX.c.base_fields)
        .where(
            OUTBOX.c.entity == entity,
            OUTBOX.c.record_id == record_id,
            OUTBOX.c.batch_id.is_(None),
        )
        .order_by(OUTBOX.c.seq.desc())
        .limit(1)
    ).first()
    if pending is not None and pending.op == WITHDRAW:
        pending = None  # a withdrawal goes as it is: what follows it is queued behind it
    if pending is not None and pending.base_rev == base_rev:
        if op == "delete" and pending.op == "create":
            session.execute(delete(OUTBOX).where(OUTBOX.c.seq == pending.seq))
            return
        if op == "delete" and pending.op != "delete" and pending.fields:
            pending = None  # edits then a delete: both are sent (see below)
    if pending is not None and pending.base_rev == base_rev:
        folded: dict[str, Any] = {"created_at": utcnow()}
        if op == "delete":
            folded["op"] = "delete"
        else:
            if pending.op == "delete":  # restored before the delete was sent
                folded["op"] = "update"
            folded["fields"] = _as_stored(dumps({**pending.fields, **fields}))
            if base_fields and pending.op != "create":
                folded["base_fields"] = _as_stored(dumps({**base_fields, **(pending.base_fields or {})}))
        session.execute(update(OUTBOX).where(OUTBOX.c.seq == pending.seq).values(folded))
        return
    _enqueue(
        session,
        entity,
        record_id,
        op,
        dumps(fields),
        base_rev,
        dumps(base_fields or {}) if op != "create" else "{}",
    )


WITHDRAW = "withdraw"
"""The outbox's op for taking a record that was shared back from everyone else (it was made
private, and the officer chose to withdraw it): sent as an update whose visibility is
``private``, which the Secretariat answers by removing it from every other officer's view."""


def capture_withdrawal(session: Session, entity: str, record_id: str, base_rev: int) -> None:
    """Queue the withdrawal of a record just made private (after the change that made it so).
    A withdrawal still waiting for the same record is enough."""
    waiting = session.execute(
        select(OUTBOX.c.seq).where(
            OUTBOX.c.entity == entity,
            OUTBOX.c.record_id == record_id,
            OUTBOX.c.op == WITHDRAW,
            OUTBOX.c.batch_id.is_(None),
        )
    ).first()
    if waiting is not None:
        return
    _enqueue(session, entity, record_id, WITHDRAW, "{}", base_rev, "{}")


def _enqueue(
    session: Session, entity: str, record_id: str, op: str, fields: str, base_rev: int, base_fields: str
) -> None:
    """A new, unclaimed outbox entry (``fields`` and ``base_fields`` as JSON text)."""
    session.execute(
        insert(OUTBOX).values(
            change_id=new_id(),
            entity=entity,
            record_id=record_id,
            op=op,
            fields=_as_stored(fields),
            base_rev=base_rev,
            base_fields=_as_stored(base_fields),
            created_at=utcnow(),
            batch_id=None,
        )
    )


def cancel_withdrawal(session: Session, entity: str, record_id: str) -> None:
    """A record shared again before its withdrawal was sent: the withdrawal does not go."""
    session.execute(
        delete(OUTBOX).where(
            OUTBOX.c.entity == entity,
            OUTBOX.c.record_id == record_id,
            OUTBOX.c.op == WITHDRAW,
            OUTBOX.c.batch_id.is_(None),
        )
    )


def capture_creates(session: Session, entity: str, rows: list[dict[str, Any]]) -> None:
    """Queue creates for freshly inserted records in one statement (bulk import path): the
    same entries :func:`capture` makes, written with one ``executemany`` of tuples."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle != "qmark":
        for row in rows:
            capture(session, entity, row["id"], "create", {k: v for k, v in row.items() if k != "id"}, 0)
        return
    processor = OUTBOX.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    now = utcnow()
    created = now if processor is None else processor(now)
    quote = dialect.identifier_preparer
    names = ("change_id", "entity", "record_id", "op", "fields", "base_rev", "created_at", "batch_id")
    statement = "INSERT INTO {} ({}) VALUES (?, ?, ?, 'create', ?, 0, ?, NULL)".format(
        quote.format_table(OUTBOX), ", ".join(quote.format_column(OUTBOX.c[name]) for name in names)
    )
    connection.exec_driver_sql(
        statement,
        [
            (
                new_id(),
                entity,
                row["id"],
                dumps(_without_id(row)),
                created,
            )
            for row in rows
        ],
    )


def _without_id(row: Mapping[str, Any]) -> dict[str, Any]:
    fields = dict(row)
    del fields["id"]
    return fields


def pending_count(session: Session) -> int:
    """How many changes wait to be sent (the status bar's "pending changes")."""
    return int(session.scalar(select(func.count()).select_from(OUTBOX)) or 0)
