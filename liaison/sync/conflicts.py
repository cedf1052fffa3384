"""The conflict inbox on this machine: what the server recorded, and what only we know.

A conflict is kept so that no words are lost: one value was applied, the other is here. The
officer compares, picks or combines by editing the record as usual (that edit travels as a
normal change), then marks the conflict resolved; the server is told at the next sync, and the
conflict closes on every machine that holds it.

Only the conflict's author and officers of the record's owner institution may resolve one the
server recorded (a shared record's conflicts reach everyone, but nobody else may edit the
record). :func:`refusal` says so before anything is written when this machine knows the record's
owner; otherwise the server refuses at the sync and :func:`reopen` puts it back in the inbox.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, false, func, select, true, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.fields import Kind
from liaison.store.base import new_id, utcnow
from liaison.store.sync_state import Conflict
from liaison.sync.errors import ConflictNotYoursError

SERVER = "server"
LOCAL = "local"


def _table() -> Table:
    table = Conflict.__table__
    assert isinstance(table, Table)
    return table


_CONFLICTS = _table()


@dataclass(frozen=True)
class ConflictView:
    """One entry of the inbox. ``fields`` maps each field to ``{"base", "server", "client"}``
    (wire form: dates as ISO text); ``title`` names the record as the lists do."""

    id: str
    entity: str
    record_id: str
    kind: str
    fields: dict[str, dict[str, Any]]
    author: str | None
    created_at: datetime
    origin: str
    resolved: bool
    message: str | None
    title: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "entity": self.entity,
            "record_id": self.record_id,
            "title": self.title,
            "kind": self.kind,
            "fields": self.fields,
            "author": self.author,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "origin": self.origin,
            "resolved": self.resolved,
            "message": self.message,
        }


def _parse_time(text: str | None) -> datetime:
    if text:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return utcnow()
        if moment.tzinfo is not None:
            from datetime import UTC

            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment
    return utcnow()


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip()).replace(tzinfo=None)
        except ValueError:
            return None
    return None


def same_value(entity: str, name: str, left: Any, right: Any) -> bool:
    """Whether two values of a field say the same thing: equal, or the same text in another
    Unicode form, the same day written as a date and as a midnight, the same number. Such a pair
    is no conflict ("6 Dec 2026" against "6 Dec 2026")."""
    if left == right:
        return True
    if (
        isinstance(left, str)
        and isinstance(right, str)
        and unicodedata.normalize("NFC", left) == unicodedata.normalize("NFC", right)
    ):
        return True
    spec = ENTITIES.get(entity)
    field = spec.by_name.get(name) if spec is not None else None
    if field is not None and field.kind in (Kind.DATE, Kind.DATETIME):
        a, b = _moment(left), _moment(right)
        if a is not None and b is not None:
            return a.date() == b.date() if field.kind is Kind.DATE else a == b
    numbers = (int, float)
    if (
        field is not None
        and field.kind is Kind.INT
        and isinstance(left, str | int)
        and isinstance(right, str | int)
    ):
        try:
            return int(str(left).strip()) == int(str(right).strip())
        except ValueError:
            return False
    return (
        isinstance(left, numbers)
        and isinstance(right, numbers)
        and not isinstance(left, bool)
        and left == right
    )


def differing(entity: str, fields: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The fields of a conflict whose two sides differ (see :func:`same_value`)."""
    return {
        name: dict(sides)
        for name, sides in fields.items()
        if not same_value(entity, name, sides.get("server"), sides.get("client"))
    }


def store_server_conflict(session: Session, conflict: Mapping[str, Any], message: str | None = None) -> bool:
    """Insert or refresh a conflict the server recorded; returns whether it is new here. A
    conflict resolved here but not yet told to the server stays resolved. A field conflict
    whose sides all say the same thing is no conflict: it is not kept (nor shown, nor counted).
    ``message`` is the server's reason, when it answered this machine's own change with it (a
    refused change: the inbox says why)."""
    if conflict["kind"] == "field" and not differing(conflict["entity"], conflict["fields"]):
        return False
    existing = session.execute(
        select(_CONFLICTS.c.resolved, _CONFLICTS.c.resolve_pending).where(_CONFLICTS.c.id == conflict["id"])
    ).first()
    values = {
        "entity": conflict["entity"],
        "record_id": conflict["record_id"],
        "kind": conflict["kind"],
        "fields": dict(conflict["fields"]),
        "change_id": conflict.get("change_id"),
        "author": conflict.get("author"),
        "rev": int(conflict.get("rev") or 0),
        "origin": SERVER,
    }
    if existing is None:
        resolved = bool(conflict.get("resolved"))
        session.execute(
            sqlite_insert(_CONFLICTS).values(
                id=conflict["id"],
                created_at=_parse_time(conflict.get("created_at")),
                resolved=resolved,
                resolved_at=utcnow() if resolved else None,
                resolve_pending=False,
                message=message,
                **values,
            )
        )
        return True
    if conflict.get("resolved") and not existing.resolved:
        values.update(resolved=True, resolved_at=utcnow())
    if message is not None:
        values["message"] = message
    session.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == conflict["id"]).values(values))
    return False


def store_local_conflict(
    session: Session,
    *,
    entity: str,
    record_id: str,
    kind: str,
    fields: Mapping[str, Mapping[str, Any]],
    change_id: str | None,
    author: str | None,
    message: str | None,
    conflict_id: str | None = None,
) -> str:
    """Keep a conflict only this machine knows (its own change the server rejected, or an edit
    that could not be rebased); ``conflict_id`` makes a retried store a no-op. A field conflict
    whose sides all say the same thing is not kept."""
    ident = conflict_id or new_id()
    if kind == "field":
        fields = differing(entity, fields)
        if not fields:
            return ident
    statement = (
        sqlite_insert(_CONFLICTS)
        .values(
            id=ident,
            entity=entity,
            record_id=record_id,
            kind=kind,
            fields={name: dict(sides) for name, sides in fields.items()},
            change_id=change_id,
            author=author,
            rev=0,
            message=message,
            origin=LOCAL,
            created_at=utcnow(),
            resolved=False,
            resolved_at=None,
            resolve_pending=False,
        )
        .on_conflict_do_nothing(index_elements=["id"])
    )
    session.execute(statement)
    return ident


def open_count(app: Liaison) -> int:
    """Unresolved conflicts (the status bar's count)."""
    with app.store.read() as session:
        return open_count_in(session)


def open_count_in(session: Session, username: str | None = None, institution_id: str | None = None) -> int:
    """Open conflicts; given the officer, those they may resolve (what the red button counts:
    a shared record's conflicts reach officers of every institution, but only its author and
    its owner's officers can act on one, and the others' would stay in their count for good)."""
    query = select(func.count()).select_from(_CONFLICTS).where(_CONFLICTS.c.resolved == false())
    total = int(session.scalar(query) or 0)
    if not total or username is None or institution_id is None:
        return total
    others = session.execute(
        select(_CONFLICTS.c.entity, _CONFLICTS.c.record_id).where(
            _CONFLICTS.c.resolved == false(), _CONFLICTS.c.origin == SERVER, _CONFLICTS.c.author != username
        )
    ).all()
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in others:
        by_entity.setdefault(entity, []).append(record_id)
    not_mine = 0
    for entity, ids in by_entity.items():
        spec = ENTITIES.get(entity)
        if spec is None:
            continue
        table = spec.model.__table__  # type: ignore[attr-defined]
        rows = session.execute(
            select(table.c.id, table.c.owner_institution_id).where(table.c.id.in_(set(ids)))
        )
        owners: dict[str, str | None] = {row[0]: row[1] for row in rows}
        not_mine += len(
            [record_id for record_id in ids if owners.get(record_id) not in (None, institution_id)]
        )
    return total - not_mine


def list_conflicts(app: Liaison, *, include_resolved: bool = False) -> list[ConflictView]:
    """The inbox, oldest first."""
    with app.store.read() as session:
        query = select(_CONFLICTS).order_by(_CONFLICTS.c.created_at, _CONFLICTS.c.id)
        if not include_resolved:
            query = query.where(_CONFLICTS.c.resolved == false())
        rows = [dict(row) for row in session.execute(query).mappings()]
        views = [_view(session, row) for row in rows]
        return [view for view in views if view.kind != "field" or view.fields]


def _view(session: Session, row: Mapping[str, Any]) -> ConflictView:
    spec = ENTITIES.get(row["entity"])
    title = row["record_id"]
    if spec is not None:
        table = spec.model.__table__  # type: ignore[attr-defined]
        record = session.execute(select(table).where(table.c.id == row["record_id"])).mappings().first()
        if record is not None:
            title = spec.title(dict(record)) or title
    return ConflictView(
        id=row["id"],
        entity=row["entity"],
        record_id=row["record_id"],
        kind=row["kind"],
        fields=differing(row["entity"], row["fields"] or {})
        if row["kind"] == "field"
        else row["fields"] or {},
        author=row["author"],
        created_at=row["created_at"],
        origin=row["origin"],
        resolved=bool(row["resolved"]),
        message=row["message"],
        title=str(title),
    )


def refusal(
    session: Session, conflict_id: str, username: str | None, institution_id: str | None
) -> ConflictNotYoursError | None:
    """Why the officer ``username`` of ``institution_id`` may not resolve this conflict, or
    ``None`` when they may, or when this machine cannot tell (the server decides then): one
    only this machine knows is always theirs to resolve."""
    row = session.execute(
        select(_CONFLICTS.c.origin, _CONFLICTS.c.author, _CONFLICTS.c.entity, _CONFLICTS.c.record_id).where(
            _CONFLICTS.c.id == conflict_id
        )
    ).first()
    if row is None or row.origin != SERVER or username is None or row.author == username:
        return None
    spec = ENTITIES.get(row.entity)
    if spec is None or institution_id is None:
        return None
    table = spec.model.__table__  # type: ignore[attr-defined]
    record = session.execute(select(table).where(table.c.id == row.record_id)).mappings().first()
    if record is None or record["owner_institution_id"] in (None, institution_id):
        return None
    return not_yours(row.author, spec.title(dict(record)) or row.record_id)


def not_yours(author: str | None, title: str) -> ConflictNotYoursError:
    return ConflictNotYoursError(author=author or "?", title=title)


def resolve(
    app: Liaison, conflict_id: str, *, username: str | None = None, institution_id: str | None = None
) -> bool:
    """Mark a conflict resolved here (the server is told at the next sync); returns whether
    there was an open conflict of that id. Raises :class:`ConflictNotYoursError`, changing
    nothing, when :func:`refusal` says the officer may not resolve it."""
    with app.store.write() as session:
        origin = session.execute(
            select(_CONFLICTS.c.origin).where(
                _CONFLICTS.c.id == conflict_id, _CONFLICTS.c.resolved == false()
            )
        ).scalar()
        if origin is None:
            return False
        refused = refusal(session, conflict_id, username, institution_id)
        if refused is not None:
            raise refused
        session.execute(
            update(_CONFLICTS)
            .where(_CONFLICTS.c.id == conflict_id)
            .values(resolved=True, resolved_at=utcnow(), resolve_pending=origin == SERVER)
        )
        return True


def reopen(session: Session, conflict_id: str) -> ConflictView | None:
    """Put back in the inbox a conflict whose resolution the server refused; returns it."""
    session.execute(
        update(_CONFLICTS)
        .where(_CONFLICTS.c.id == conflict_id)
        .values(resolved=False, resolved_at=None, resolve_pending=False)
    )
    row = session.execute(select(_CONFLICTS).where(_CONFLICTS.c.id == conflict_id)).mappings().first()
    return None if row is None else _view(session, dict(row))


def pending_resolutions(session: Session) -> list[str]:
    query = select(_CONFLICTS.c.id).where(_CONFLICTS.c.resolve_pending == true()).order_by(_CONFLICTS.c.id)
    return list(session.execute(query).scalars())


def resolution_sent(session: Session, conflict_id: str) -> None:
    session.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == conflict_id).values(resolve_pending=False))
