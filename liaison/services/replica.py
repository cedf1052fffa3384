"""Writing what the Secretariat's server sent: records, tombstones and conflicts.

Pulled records are the server's state, already merged and checked there, so they bypass the
use cases' rules (read-only agreed minutes, position history: the server holds those records
too) and are never queued in the outbox; but the search index is updated in the same
transaction, as for any write. The caller (``liaison.sync``) runs one call per page, in one
transaction, together with the cursor.

Rules (README, "Sync"):

- **Already have it**: a record whose ``rev`` is not newer than the local ``server_rev`` is
  skipped, so a page applied twice (a crash before the cursor moved) changes nothing.
- **Local changes first**: a record with a change waiting in the outbox is left exactly as it
  is here (fields *and* base revision): the change is pushed against the base it was made on,
  and the server's answer (the record merged with what was just pulled) is written then. Taking
  the pulled fields now would move the base under the waiting change, and a three-way merge
  against the wrong base duplicates text. The exception: a pulled delete of a record whose
  last waiting change is a delete too (deleted on both sides: nothing left to send, and the
  edits queued before the delete go with it).
- **References are kept as they are**, even when they name a record this machine does not
  have: pages come in server order, so a contact arrives before its institution whenever the
  institution was edited after it, and some targets never arrive (an institution-only record of
  another institution, a state code of a newer release). The caller writes pages in a
  transaction without foreign-key enforcement (``Store.write(foreign_keys=False)``): emptying
  such a reference would lose it (and writing the record again when its target arrives would
  double the cost of a first sync), while a reference to a record that is not here reads as
  "unknown" everywhere (a title lookup finds nothing; the search document leaves the name out).
  Every local write still enforces foreign keys on what it changes.
- **Deletes**: a pulled tombstone deletes the local record (a tombstone, as a local delete)
  and its live children, as the services do, queueing the children's deletes so that children
  the deleting machine never saw go on the server too. A record that only left this officer's
  sight (``hidden``) is tombstoned without touching its children, and nothing is queued. A
  contact merged into another elsewhere (``merged_into``) first has every reference to it here
  moved to the kept contact (the live records, and the changes waiting in the outbox), so its
  posts move rather than go, and its tombstone takes the server's values (what was edited here
  went to the kept contact on the server).
- **Values** arrive in their wire form and are stored as the columns want them; a value that
  cannot be read (a date that is not one) is stored empty, or as the field's default when the
  column needs one. The server keeps the value as it was sent.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from operator import itemgetter
from typing import Annotated, Any

import msgspec
from sqlalchemy import JSON, Column, Table, delete, false, func, insert, select, text, update
from sqlalchemy.orm import Session

from liaison.services import search
from liaison.services.entities import CHILDREN, ENTITIES, EntitySpec, child_clauses
from liaison.services.fields import Field, Kind, to_wire
from liaison.services.records import table_of, tombstone
from liaison.store.base import utcnow
from liaison.store.local import OUTBOX

CHUNK = 500
"""Ids per ``IN (...)``: far below SQLite's bound-parameter limit."""


_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
RecordId = Annotated[str, msgspec.Meta(pattern=_UUID_PATTERN)]
"""A record's id as the store holds it: a UUID in lower-case text form."""
EntityName = Annotated[
    str, msgspec.Meta(pattern="^(" + "|".join(re.escape(name) for name in ENTITIES) + ")$")
]
SyncedVisibility = Annotated[str, msgspec.Meta(pattern="^(institution|shared)$")]
"""Private records never travel."""


class RemoteRecord(msgspec.Struct, frozen=True, gc=False):
    """A record as the server sent it; ``fields`` in wire form (dates as ISO text, images as
    base64). ``hidden``: deleted for this officer only (it left their sight).

    A msgspec ``Struct`` so that a page of them is decoded from the answer's bytes in one call
    that also checks the shape (``liaison.sync.pull``): a first sync reads 200,000 of them.
    The fields' values are not checked one by one there: :func:`local_fields` stores each as its
    column wants it, or empty. ``gc=False``: a record holds only text, numbers and its fields'
    dict, never a reference back to itself."""

    entity: EntityName
    id: RecordId
    rev: Annotated[int, msgspec.Meta(ge=0)]
    deleted: bool
    visibility: SyncedVisibility
    owner_institution_id: RecordId | None = None
    fields: dict[str, Any] = msgspec.field(default_factory=dict)
    hidden: bool = False
    merged_into: RecordId | None = None
    """A contact's tombstone: merged into this one, where its references here move."""

    def as_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.id,
            "rev": self.rev,
            "deleted": self.deleted,
            "visibility": self.visibility,
            "owner_institution_id": self.owner_institution_id,
            "fields": dict(self.fields),
            "hidden": self.hidden,
            "merged_into": self.merged_into,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RemoteRecord:
        return cls(
            entity=data["entity"],
            id=data["id"],
            rev=int(data["rev"]),
            deleted=bool(data["deleted"]),
            visibility=data["visibility"],
            owner_institution_id=data.get("owner_institution_id"),
            fields=dict(data.get("fields") or {}),
            hidden=bool(data.get("hidden")),
            merged_into=data.get("merged_into"),
        )


@dataclass
class Applied:
    """What one call did, by record."""

    written: int = 0
    """Inserted or updated."""
    deleted: int = 0
    """Tombstoned: deleted on the server or out of this officer's sight."""
    cascaded: int = 0
    """Live children deleted with a parent deleted elsewhere (their deletes are queued)."""
    kept_local: int = 0
    """Left as they are: a local change waits to be pushed."""
    unchanged: int = 0
    """Already at this revision."""
    redirected: int = 0
    """References to a contact merged elsewhere moved to the kept contact."""

    def add(self, other: Applied) -> None:
        self.written += other.written
        self.deleted += other.deleted
        self.cascaded += other.cascaded
        self.kept_local += other.kept_local
        self.unchanged += other.unchanged
        self.redirected += other.redirected


# -- values --------------------------------------------------------------------------------------
def local_value(f: Field, value: Any) -> Any:
    """A wire value in the form the column stores; ``None`` (or ``[]``) when unreadable."""
    if value is None:
        return [] if f.is_list else None
    try:
        if f.is_list:
            return [str(item) for item in value] if isinstance(value, list) else []
        if f.kind is Kind.DATE:
            return date.fromisoformat(value) if isinstance(value, str) else None
        if f.kind is Kind.DATETIME:
            if not isinstance(value, str):
                return None
            moment = datetime.fromisoformat(value)
            return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
        if f.kind is Kind.IMAGE:
            return base64.b64decode(value, validate=True) if isinstance(value, str) else None
        if f.kind is Kind.BOOL:
            return value if isinstance(value, bool) else None
        if f.kind is Kind.INT:
            return value if isinstance(value, int) and not isinstance(value, bool) else None
        return value if isinstance(value, str) else None
    except (ValueError, binascii.Error):
        return None


def _fallback(f: Field, column: Column[Any]) -> Any:
    """What a NOT NULL column holds when the value sent cannot be read."""
    if f.default is not None:
        return f.default
    python_type = column.type.python_type
    if python_type is date:
        return date(1970, 1, 1)
    if python_type is datetime:
        return datetime(1970, 1, 1)
    return {str: "", int: 0, bool: False}.get(python_type, "")


def _editable(spec: EntitySpec) -> tuple[Field, ...]:
    return tuple(f for f in spec.fields if f.name not in ("visibility", "owner_institution_id"))


_PLAIN = frozenset(
    {Kind.TEXT, Kind.LONG_TEXT, Kind.CHOICE, Kind.REF, Kind.STATE, Kind.COUNTRY, Kind.VISIBILITY}
)
_NULLABLE = object()


_TEXT, _LIST, _OTHER = "text", "list", "other"


@cache
def _plan(entity: str) -> tuple[tuple[str, Field, str, Any], ...]:
    """Per editable field: name, field, whether a string (``_TEXT``) or a list of strings
    (``_LIST``) is stored as it comes (the common cases, checked inline), and what a NOT NULL
    column holds when the value is unreadable."""
    spec = ENTITIES[entity]
    table = table_of(spec)
    return tuple(
        (
            f.name,
            f,
            _LIST if f.is_list else _TEXT if f.kind in _PLAIN else _OTHER,
            _NULLABLE if table.c[f.name].nullable else _fallback(f, table.c[f.name]),
        )
        for f in _editable(spec)
    )


def local_fields(spec: EntitySpec, wire: Mapping[str, Any], *, complete: bool) -> dict[str, Any]:
    """``wire`` fields as stored; with ``complete``, every field (absent ones empty)."""
    out: dict[str, Any] = {}
    if not wire and not complete:
        return out
    for name, f, mode, fallback in _plan(spec.name):
        if name not in wire and not complete:
            continue
        raw = wire.get(name)
        value: Any
        if (mode is _TEXT and (raw is None or type(raw) is str)) or (
            mode is _LIST and type(raw) is list and all(type(item) is str for item in raw)
        ):
            value = raw
        else:
            value = local_value(f, raw)
        if value is None and fallback is not _NULLABLE:
            value = fallback
        out[name] = value
    return out


# -- reading the local side ----------------------------------------------------------------------
def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _existing(session: Session, table: Table, ids: Sequence[str]) -> dict[str, tuple[int, bool, bool]]:
    """``server_rev``, ``deleted`` and whether private, of those of ``ids`` held here. Plain
    SQL: compiling the expression cost more than running it (a first sync asks 200,000 ids)."""
    connection = session.connection()
    quote = connection.dialect.identifier_preparer
    columns = "id, server_rev, deleted, visibility = 'private'"
    prefix = f"SELECT {columns} FROM {quote.format_table(table)} WHERE id IN ("
    found: dict[str, tuple[int, bool, bool]] = {}
    for part in _chunks(ids):
        rows = connection.exec_driver_sql(prefix + ",".join("?" * len(part)) + ")", tuple(part))
        found.update((row[0], (row[1], bool(row[2]), bool(row[3]))) for row in rows)
    return found


def pending_ops(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """The ops waiting in the outbox (claimed or not) per (entity, record id) among ``keys``.
    An outbox smaller than ``keys`` (the usual case when pulling: a page of a thousand, a
    few edits waiting) is read whole rather than looked up key by key."""
    keys_set = set(keys)
    waiting = int(session.scalar(select(func.count()).select_from(OUTBOX)) or 0)
    found: dict[tuple[str, str], list[str]] = {}
    if not waiting or not keys_set:
        return found
    columns = select(OUTBOX.c.entity, OUTBOX.c.record_id, OUTBOX.c.op).order_by(OUTBOX.c.seq)
    if waiting <= len(keys_set):
        parts: Iterable[Any] = [session.execute(columns)]
    else:
        wanted = sorted(keys_set)
        parts = (
            session.execute(columns.where(OUTBOX.c.record_id.in_([record_id for _entity, record_id in part])))
            for part in _chunks(wanted)
        )
    for rows in parts:
        for entity, record_id, op in rows:
            if (entity, record_id) in keys_set:
                found.setdefault((entity, record_id), []).append(op)
    return found


# -- writing -------------------------------------------------------------------------------------
def _json_text(value: Any) -> str:
    """A JSON column's text, compact (msgspec: a tenth of ``json.dumps``'s time, which the
    column type would call once per list per record). Read back with ``json.loads`` as any."""
    if not value and type(value) is list:
        return "[]"  # most lists of most records
    return msgspec.json.encode(value).decode("utf-8")


class _Same:
    """A bind processor remembering its last value: every row of a page carries the same
    ``created_at``/``updated_at`` object, formatted once instead of once per row."""

    def __init__(self, processor: Any) -> None:
        self.processor = processor
        self.last: tuple[Any, Any] = (object(), None)

    def __call__(self, value: Any) -> Any:
        if value is not self.last[0]:
            self.last = (value, self.processor(value))
        return self.last[1]


def _binding(session: Session, table: Table, names: Sequence[str]) -> tuple[Any, list[tuple[int, Any]]]:
    """What turns a row into its parameters: a getter for ``names`` and, by position, the
    columns whose values need converting (JSON, dates, booleans) and how."""
    dialect = session.connection().dialect
    key = (dialect.name, table.name, tuple(names))
    found = _BINDINGS.get(key)
    if found is None:
        converters: list[tuple[int, Any]] = []
        for position, name in enumerate(names):
            column_type = table.c[name].type
            if isinstance(column_type, JSON):
                converters.append((position, _json_text))
                continue
            processor = column_type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                python_type = column_type.python_type
                converters.append((position, _Same(processor) if python_type is datetime else processor))
        found = _BINDINGS[key] = (itemgetter(*names), converters)
    return found


_BINDINGS: dict[tuple[str, str, tuple[str, ...]], tuple[Any, list[tuple[int, Any]]]] = {}


def _bind_rows(
    session: Session, table: Table, names: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> list[Any]:
    getter, converters = _binding(session, table, names)
    params = []
    for row in rows:
        values = list(getter(row))
        for position, convert in converters:
            value = values[position]
            if value is not None:
                values[position] = convert(value)
        params.append(tuple(values))
    return params


def _insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """One ``executemany`` for rows that hold every column (values through the column types'
    own bind processors, as ``Records.create_many`` writes them)."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":
        session.execute(insert(table), list(rows))
        return
    names = [c.name for c in table.c]
    quote = connection.dialect.identifier_preparer
    statement = "INSERT INTO {} ({}) VALUES ({})".format(
        quote.format_table(table),
        ", ".join(quote.format_column(table.c[name]) for name in names),
        ", ".join("?" * len(names)),
    )
    # In id order: neighbouring keys share index pages, so fewer of them are read and dirtied.
    connection.exec_driver_sql(
        statement, sorted(_bind_rows(session, table, names, rows), key=itemgetter(names.index("id")))
    )


def _update(session: Session, table: Table, names: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
    """One ``executemany`` setting ``names`` by id."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":
        for row in rows:
            session.execute(update(table).where(table.c.id == row["id"]).values({n: row[n] for n in names}))
        return
    quote = connection.dialect.identifier_preparer
    statement = "UPDATE {} SET {} WHERE {} = ?".format(
        quote.format_table(table),
        ", ".join(f"{quote.format_column(table.c[name])} = ?" for name in names),
        quote.format_column(table.c.id),
    )
    connection.exec_driver_sql(statement, _bind_rows(session, table, [*names, "id"], rows))


_UPDATED: dict[str, tuple[str, ...]] = {
    name: tuple(c.name for c in table_of(spec).c if c.name not in ("id", "created_at"))
    for name, spec in ENTITIES.items()
}
"""Columns a pulled record sets on the local row: all but its key and creation time."""


def _reindex(
    session: Session,
    inserted: Mapping[str, list[dict[str, Any]]],
    updated: Mapping[str, list[dict[str, Any]]],
) -> None:
    """Index what was written, once everything is written (a document quotes other records of
    the page: a contact its institution's name, an event its agenda). Records new here are
    indexed in bulk from their rows; the others one by one, and contained records (agenda
    items, minutes entries, ...) rebuild their parent's document once however many of them the
    page holds (unless the parent is new here, and indexed with them already). Documents that
    quote a written record's name are rebuilt, but not those written in this very call."""
    fresh: set[str] = set()
    for entity, rows in inserted.items():
        if entity in search.INDEXED and rows:
            search.index_new(session, entity, rows)
            fresh.update(row["id"] for row in rows)
    docs: dict[tuple[str, str], None] = {}
    for entity, rows in [*inserted.items(), *updated.items()]:
        for row in rows:
            if entity in search.CONTAINED:
                parent_field, parent_entity = search.CONTAINED[entity]
                if row.get(parent_field) and row[parent_field] not in fresh:
                    docs[(parent_entity, row[parent_field])] = None
            elif entity in search.INDEXED and row["id"] not in fresh:
                docs[(entity, row["id"])] = None
    for entity, record_id in docs:
        search.reindex(session, entity, record_id)
    for entity, rows in [*inserted.items(), *updated.items()]:
        if entity in search.DEPENDENTS and rows:
            search.reindex_dependents_of(session, entity, [row["id"] for row in rows], besides=fresh)


def apply_records(
    session: Session,
    records: Sequence[RemoteRecord],
    *,
    overlays: Mapping[tuple[str, str], Mapping[str, Any]] | None = None,
    rewrite: bool = False,
    refresh: bool = False,
) -> Applied:
    """Write ``records`` (see the module docstring) in the caller's transaction, which is a
    ``Store.write(foreign_keys=False)``.

    ``overlays``: records whose waiting local change the caller has rebased onto this very
    revision (a push's answer): they are written, with these wire fields (the waiting change's
    values) over the server's. ``rewrite``: write records at the revision held here too (a
    push's answers, which may undo a local change the server rejected without a new revision).
    ``refresh``: write records whatever revision is held here (reading a server restored from a
    backup again, whose revisions are numbered anew: ``liaison.sync.restore``).
    """
    if not records:
        return Applied()
    if session.execute(text("PRAGMA foreign_keys")).scalar():
        raise RuntimeError("apply_records runs in Store.write(foreign_keys=False): references may dangle")
    page = _Page(session, records, overlays or {}, rewrite)
    page.refresh = refresh
    page.sort()
    page.write()
    page.delete()
    return page.result


class _Page:
    """One call of :func:`apply_records`, step by step."""

    def __init__(
        self,
        session: Session,
        records: Sequence[RemoteRecord],
        overlays: Mapping[tuple[str, str], Mapping[str, Any]],
        rewrite: bool,
    ) -> None:
        self.session = session
        self.overlays = overlays
        self.rewrite = rewrite
        self.refresh = False
        self.now = utcnow()
        self.result = Applied()
        latest: dict[tuple[str, str], RemoteRecord] = {}
        for record in records:
            key = (record.entity, record.id)
            if key not in latest or latest[key].rev <= record.rev:
                latest[key] = record
        self.by_entity: dict[str, list[RemoteRecord]] = {}
        for record in latest.values():
            self.by_entity.setdefault(record.entity, []).append(record)
        self.existing = {
            entity: _existing(session, table_of(ENTITIES[entity]), [r.id for r in items])
            for entity, items in self.by_entity.items()
        }
        self.upserts: dict[str, list[tuple[RemoteRecord, dict[str, Any]]]] = {}
        self.deletes: list[RemoteRecord] = []
        self.stamps: list[RemoteRecord] = []
        self.agreed_deletes: list[tuple[str, str]] = []

    def sort(self) -> None:
        """Split into records to write, to delete, and to leave alone."""
        waiting = pending_ops(
            self.session, ((r.entity, r.id) for items in self.by_entity.values() for r in items)
        )
        for entity, items in self.by_entity.items():
            here = self.existing[entity]
            spec = ENTITIES[entity]
            upserts = self.upserts.setdefault(entity, [])
            for record in items:
                key = (entity, record.id)
                local = here.get(record.id)
                if (
                    key not in self.overlays
                    and local is not None
                    and not self.refresh
                    and (record.rev < local[0] or (record.rev == local[0] and not self.rewrite))
                ):
                    self.result.unchanged += 1
                    continue
                ops = waiting.get(key) if key not in self.overlays else None
                if ops:
                    if record.deleted and ops[-1] == "delete":  # deleted on both sides
                        self.agreed_deletes.append(key)
                    else:
                        self.result.kept_local += 1
                        continue
                if record.deleted:
                    if local is not None and record.hidden and local[2]:
                        # private here: the officer's own record, which the server took out of
                        # everyone's sight when it was withdrawn; it stays, at that revision
                        self.stamps.append(record)
                    elif local is not None:
                        self.deletes.append(record)
                    continue
                row = local_fields(spec, record.fields, complete=True)
                row["visibility"] = record.visibility
                overlay = self.overlays.get(key)
                if overlay:
                    row.update(local_fields(spec, overlay, complete=False))
                    row["visibility"] = overlay.get("visibility", record.visibility)
                row["owner_institution_id"] = record.owner_institution_id
                upserts.append((record, row))

    def write(self) -> None:
        """Insert and update in one ``executemany`` per table and kind, then index."""
        inserted: dict[str, list[dict[str, Any]]] = {}
        updated: dict[str, list[dict[str, Any]]] = {}
        for entity, pairs in self.upserts.items():
            table = table_of(ENTITIES[entity])
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            search.fill_sort_keys(entity, (row for _record, row in pairs))
            for record, row in pairs:
                row.update(id=record.id, server_rev=record.rev, deleted=False, deleted_at=None)
                row["updated_at"] = self.now
                if record.id in self.existing[entity]:
                    updates.append(row)
                else:
                    row["created_at"] = self.now
                    inserts.append(row)
            _insert(self.session, table, inserts)
            _update(self.session, table, _UPDATED[entity], updates)
            self.result.written += len(inserts) + len(updates)
            inserted[entity], updated[entity] = inserts, updates
        _reindex(self.session, inserted, updated)

    def delete(self) -> None:
        """Tombstone what the server deleted (or hid), and the live children of what it deleted."""
        for record in self.stamps:
            table = table_of(ENTITIES[record.entity])
            self.session.execute(update(table).where(table.c.id == record.id).values(server_rev=record.rev))
            self.result.unchanged += 1
        for entity, record_id in self.agreed_deletes:
            self.session.execute(
                delete(OUTBOX).where(
                    OUTBOX.c.entity == entity,
                    OUTBOX.c.record_id == record_id,
                    OUTBOX.c.batch_id.is_(None),  # the delete and any edits queued before it
                )
            )
        for record in self.deletes:
            table = table_of(ENTITIES[record.entity])
            was_deleted = self.existing[record.entity][record.id][1]
            values: dict[str, Any] = {"server_rev": record.rev, "deleted": True}
            if record.merged_into is not None and record.fields:
                # what was edited here went to the kept contact: the tombstone is the server's
                values.update(local_fields(ENTITIES[record.entity], record.fields, complete=True))
            if not was_deleted:
                values.update(deleted_at=self.now, updated_at=self.now)
                self.result.deleted += 1
            self.session.execute(update(table).where(table.c.id == record.id).values(values))
        for record in self.deletes:
            if record.merged_into is not None:  # before the cascade: its posts move, not go
                self.result.redirected += redirect_references(self.session, record.id, record.merged_into)
        for record in self.deletes:
            search.reindex(self.session, record.entity, record.id)
            if not record.hidden:
                self._cascade(ENTITIES[record.entity], record.id)

    def _cascade(self, spec: EntitySpec, record_id: str) -> None:
        for child in CHILDREN.get(spec.name, []):
            child_table = table_of(child)
            live = self.session.execute(
                select(child_table.c.id, child_table.c.server_rev).where(
                    *child_clauses(child, child_table, spec.name, record_id), child_table.c.deleted == false()
                )
            ).all()
            for child_id, child_rev in live:
                removed: list[tuple[str, str]] = []
                tombstone(self.session, child, child_id, child_rev, self.now, removed)
                self.result.cascaded += len(removed)


def contact_references() -> list[tuple[str, str]]:
    """(entity, field) of every reference to a contact."""
    return [
        (spec.name, f.name)
        for spec in ENTITIES.values()
        for f in spec.fields
        if f.kind is Kind.REF and f.ref == "contacts"
    ]


def redirect_references(session: Session, old_id: str, new_id: str) -> int:
    """Move this machine's references to contact ``old_id`` (merged into ``new_id`` elsewhere)
    to ``new_id``: the live records, as the server moved its copies (nothing is queued: those
    arrive too), and the changes waiting in the outbox (records not sent yet, private ones), so
    that nothing here names the merged contact. Returns how many records moved."""
    moved = 0
    refs = contact_references()
    for entity, name in refs:
        table = table_of(ENTITIES[entity])
        ids = list(
            session.execute(
                select(table.c.id).where(table.c[name] == old_id, table.c.deleted == false())
            ).scalars()
        )
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            session.execute(update(table).where(table.c.id.in_(part)).values({name: new_id}))
        for record_id in ids:
            search.reindex(session, entity, record_id)
        moved += len(ids)
    names: dict[str, list[str]] = {}
    for entity, name in refs:
        names.setdefault(entity, []).append(name)
    waiting = session.execute(
        select(OUTBOX.c.seq, OUTBOX.c.entity, OUTBOX.c.fields).where(
            OUTBOX.c.entity.in_(list(names)),
            OUTBOX.c.batch_id.is_(None),
            func.instr(OUTBOX.c.fields, old_id) > 0,
        )
    ).all()
    for seq, entity, fields in waiting:
        values = dict(fields or {})
        changed = [name for name in names[entity] if values.get(name) == old_id]
        if changed:
            values.update(dict.fromkeys(changed, new_id))
            session.execute(update(OUTBOX).where(OUTBOX.c.seq == seq).values(fields=values))
    return moved


def record_wire(spec: EntitySpec, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored record's fields in wire form (for conflict views and tests)."""
    return {f.name: to_wire(row.get(f.name)) for f in _editable(spec)}


def live_count(session: Session) -> int:
    """Live records of every syncable kind: what the mass-delete guard compares with."""
    total = 0
    for spec in ENTITIES.values():
        table = table_of(spec)
        live = select(func.count()).select_from(table).where(table.c.deleted == false())
        total += int(session.scalar(live) or 0)
    return total


def would_delete(session: Session, records: Sequence[RemoteRecord]) -> int:
    """How many live local records these pulled records would delete (tombstones of records held
    here and live), for the mass-delete guard; the pull does not write. Records that only leave
    this officer's sight (``hidden``: made institution-only or withdrawn by their institution)
    are not counted: nothing was deleted on the server, their owners decided it, and counting
    them raised the alarm when an institution withdrew many records."""
    by_entity: dict[str, list[str]] = {}
    for record in records:
        if record.deleted and not record.hidden:
            by_entity.setdefault(record.entity, []).append(record.id)
    count = 0
    for entity, ids in by_entity.items():
        here = _existing(session, table_of(ENTITIES[entity]), sorted(set(ids)))
        count += sum(1 for _rev, deleted, _private in here.values() if not deleted)
    return count


__all__ = [
    "Applied",
    "RemoteRecord",
    "apply_records",
    "live_count",
    "local_fields",
    "local_value",
    "record_wire",
    "would_delete",
]
