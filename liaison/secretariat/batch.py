"""What one push writes, gathered in memory and flushed with one statement per table.

A :class:`Batch` holds the records the push has loaded or written (:class:`State`), each new
version, the conflicts and the stored results; :func:`write` gives a record its next sequence
number, :func:`flush` writes everything at the end of the push's transaction. Shared by
:mod:`.push` (the changes) and :mod:`.redirects` (merged contacts).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Dialect, Table, and_, bindparam, delete, insert, select, update

from liaison.protocol import (
    PRIVATE,
    SHARED,
    VISIBILITY_FIELD,
    Change,
    Conflict,
    FieldConflict,
    Record,
    Result,
)
from liaison.protocol.textmerge import deadline_in
from liaison.secretariat.accounts import Principal
from liaison.secretariat.blob_refs import blob_of, note_releases
from liaison.secretariat.merge import PUSH_MERGE_BUDGET_S
from liaison.secretariat.models import (
    AppliedChange,
    RecordVersion,
    Redirect,
    SyncConflict,
    SyncRecord,
    utcnow,
)

Key = tuple[str, str]


@dataclass
class State:
    """A record as the push sees it: loaded from the database or written earlier in this push."""

    entity: str
    id: str
    rev: int
    deleted: bool
    visibility: str
    owner_institution_id: str
    was_shared: bool
    fields: dict[str, Any]
    stored: bool  # already a row in ``records`` (else inserted at the end of the push)
    echo: str | None = None
    """The sync whose push answer told this revision in full (:mod:`.echo`); cleared by a write."""

    def visible_to(self, principal: Principal) -> bool:
        return self.visibility == SHARED or self.owner_institution_id == principal.institution_id

    def wire(self) -> Record:
        return {
            "entity": self.entity,
            "id": self.id,
            "rev": self.rev,
            "deleted": self.deleted,
            "visibility": self.visibility,
            "owner_institution_id": self.owner_institution_id,
            "fields": dict(self.fields),
        }

    def mergeable(self) -> dict[str, Any]:
        return {**self.fields, VISIBILITY_FIELD: self.visibility}


@dataclass(frozen=True)
class Version:
    rev: int
    deleted: bool
    visibility: str
    fields: dict[str, Any]

    def mergeable(self) -> dict[str, Any]:
        return {**self.fields, VISIBILITY_FIELD: self.visibility}


@dataclass
class Batch:
    """Everything one push writes, flushed with one statement per table at the end."""

    connection: Connection
    principal: Principal
    seq: int
    records: dict[Key, State] = field(default_factory=dict)
    versions: list[dict[str, Any]] = field(default_factory=list)
    new_versions: dict[Key, list[Version]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)
    dirty: set[Key] = field(default_factory=set)
    hidden_refs: set[str] = field(default_factory=set)
    """Records the changes refer to that the pusher may not see (:mod:`.refs`)."""
    merge_deadline: float = field(default_factory=lambda: deadline_in(PUSH_MERGE_BUDGET_S))
    """Long-text merges past it are conflicts: the writers' lock is held while they run."""
    redirects: dict[str, str] = field(default_factory=dict)
    """Merged contact id → kept contact id, of the contacts this push names (:mod:`.redirects`)."""
    new_redirects: dict[str, dict[str, Any]] = field(default_factory=dict)
    ended_redirects: set[str] = field(default_factory=set)
    merges: int = 0
    """Merges applied in this push (at most :data:`~liaison.protocol.constants.MAX_MERGES_PER_PUSH`)."""
    retargeted: dict[str, str] = field(default_factory=dict)
    """Redirects to a contact merged in this push move on to its kept one: old keep → new keep."""
    echo: str | None = None
    """The pushing sync's id (``Liaison-Echo``): rows its answers tell in full are marked with it."""

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


STATE_COLUMNS = (
    SyncRecord.entity,
    SyncRecord.id,
    SyncRecord.rev,
    SyncRecord.deleted,
    SyncRecord.visibility,
    SyncRecord.owner_institution_id,
    SyncRecord.was_shared,
    SyncRecord.fields,
)
"""What a :class:`State` is read from, in its order (every lookup of a record by a push)."""


def state_of(row: Any) -> State:
    """A :class:`State` from a row of :data:`STATE_COLUMNS`."""
    entity, record_id, rev, deleted, visibility, owner, was_shared, fields = row
    return State(entity, record_id, int(rev), deleted, visibility, owner, was_shared, dict(fields), True)


def load_state(batch: Batch, entity: str, record_id: str) -> State | None:
    """The record as this push sees it, loaded from the database if the push has not yet."""
    key = (entity, record_id)
    if key not in batch.records:
        row = batch.connection.execute(
            select(*STATE_COLUMNS).where(SyncRecord.entity == entity, SyncRecord.id == record_id)
        ).first()
        if row is None:
            return None
        batch.records[key] = state_of(row)
    return batch.records[key]


def base_version(batch: Batch, state: State, base_rev: int) -> Version | None:
    """The newest version of ``state``'s record at or before ``base_rev``."""
    if base_rev >= state.rev:
        return Version(state.rev, state.deleted, state.visibility, state.fields)
    key = (state.entity, state.id)
    pending = [version for version in batch.new_versions.get(key, []) if version.rev <= base_rev]
    if pending:
        return pending[-1]
    row = batch.connection.execute(
        select(RecordVersion.rev, RecordVersion.deleted, RecordVersion.visibility, RecordVersion.fields)
        .where(
            RecordVersion.entity == state.entity,
            RecordVersion.record_id == state.id,
            RecordVersion.rev <= base_rev,
        )
        .order_by(RecordVersion.rev.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return Version(int(row[0]), row[1], row[2], dict(row[3]))


# ---------------------------------------------------------------------------------------------
# Writing


def write(batch: Batch, state: State, change_id: str) -> None:
    state.rev = batch.next_seq()
    state.echo = None  # whatever answer told the revision before, it did not tell this one
    key = (state.entity, state.id)
    batch.dirty.add(key)
    version = Version(state.rev, state.deleted, state.visibility, dict(state.fields))
    batch.new_versions.setdefault(key, []).append(version)
    batch.versions.append(
        {
            "entity": state.entity,
            "record_id": state.id,
            "rev": state.rev,
            "deleted": state.deleted,
            "visibility": state.visibility,
            "fields": version.fields,
            "change_id": change_id,
        }
    )


def conflict(
    batch: Batch,
    change: Change,
    state: State | None,
    kind: str,
    sides: dict[str, FieldConflict],
    *,
    author_only: bool,
) -> Conflict:
    created = utcnow()
    conflict: Conflict = {
        "id": str(uuid.uuid4()),
        "entity": change["entity"],
        "record_id": change["record_id"],
        "rev": batch.next_seq(),
        "kind": kind,
        "fields": sides,
        "change_id": change["change_id"],
        "author": batch.principal.username,
        "created_at": created.isoformat(timespec="seconds") + "Z",
        "resolved": False,
    }
    batch.conflicts.append(
        {
            **{name: value for name, value in conflict.items() if name not in ("created_at",)},
            "author_user_id": batch.principal.user_id,
            "visibility": state.visibility if state is not None else PRIVATE,
            "owner_institution_id": state.owner_institution_id if state is not None else None,
            "author_only": author_only or state is None,
            "created_at": created,
        }
    )
    return conflict


def result(
    change: Change,
    status: str,
    rev: int,
    record: Record | None,
    conflict: Conflict | None = None,
    message: str | None = None,
) -> Result:
    return {
        "change_id": change["change_id"],
        "status": status,
        "rev": rev,
        "record": record,
        "conflict": conflict,
        "message": message,
    }


def flush(batch: Batch) -> None:
    connection = batch.connection
    new = [batch.records[key] for key in batch.dirty if not batch.records[key].stored]
    old = [batch.records[key] for key in batch.dirty if batch.records[key].stored]
    note_releases(connection, [*new, *old])  # before the rows change: what they named until now
    _insert_many(
        connection,
        _table(SyncRecord),
        [
            {
                "entity": state.entity,
                "id": state.id,
                "rev": state.rev,
                "deleted": state.deleted,
                "visibility": state.visibility,
                "owner_institution_id": state.owner_institution_id,
                "was_shared": state.was_shared,
                "fields": state.fields,
                "blob_sha256": blob_of(state.entity, state.fields),
                "echo": state.echo,
            }
            for state in new
        ],
    )
    if old:
        connection.execute(
            update(SyncRecord)
            .where(and_(SyncRecord.entity == bindparam("k_entity"), SyncRecord.id == bindparam("k_id")))
            .values(
                rev=bindparam("v_rev"),
                deleted=bindparam("v_deleted"),
                visibility=bindparam("v_visibility"),
                was_shared=bindparam("v_was_shared"),
                fields=bindparam("v_fields", type_=_table(SyncRecord).c.fields.type),
                blob_sha256=bindparam("v_blob_sha256"),
                echo=bindparam("v_echo"),
            ),
            [
                {
                    "k_entity": state.entity,
                    "k_id": state.id,
                    "v_rev": state.rev,
                    "v_deleted": state.deleted,
                    "v_visibility": state.visibility,
                    "v_was_shared": state.was_shared,
                    "v_fields": state.fields,
                    "v_blob_sha256": blob_of(state.entity, state.fields),
                    "v_echo": state.echo,
                }
                for state in old
            ],
        )
    _insert_many(connection, _table(RecordVersion), batch.versions)
    _flush_redirects(batch)
    _insert_many(connection, _table(SyncConflict), batch.conflicts)
    _insert_many(connection, _table(AppliedChange), batch.applied)


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _insert_many(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """One ``executemany`` of the driver's own, with the statement compiled once per table and
    column set and only the columns whose type converts (JSON through the engine's compact
    serializer, dates, booleans on SQLite) converted: SQLAlchemy's executemany builds every
    row's parameters through its compiler, which was a third of a first push's server time
    (three rows a change)."""
    if not rows:
        return
    dialect = connection.dialect
    plan = _insert_plan(dialect, table, tuple(rows[0]))
    order, converters = plan.order, plan.converters
    convert_named = [(name, convert) for name, convert in zip(order, converters, strict=True)
                     if convert is not None]  # fmt: skip
    params: list[Any] = []
    size = 0
    for row in rows:
        if plan.positional:
            values: Any = tuple(
                row[name] if convert is None else convert(row[name])
                for name, convert in zip(order, converters, strict=True)
            )
        else:
            values = dict(row)
            for name, convert in convert_named:
                values[name] = convert(row[name])
        params.append(values)
        for name, _convert in convert_named:
            value = row[name]
            if isinstance(value, dict):  # the JSON columns: their size, without serialising again
                size += sum(len(item) for item in value.values() if isinstance(item, str))
        if size >= _INSERT_CHUNK_BYTES:
            connection.exec_driver_sql(plan.sql, params)
            params, size = [], 0
    if params:
        connection.exec_driver_sql(plan.sql, params)


_INSERT_CHUNK_BYTES = 1 << 20
"""An ``executemany`` takes rows until their converted values (the fields' JSON) reach this
size: a push of 2,000 records of 8 KB each had all of its JSON, twice (records and versions),
in one list of parameters, 16 MiB more at the push's peak; a first push's small records still
go 2,000 at a time."""


@dataclass(frozen=True)
class _InsertPlan:
    sql: str
    positional: bool
    order: tuple[str, ...]
    converters: tuple[Callable[[Any], Any] | None, ...]


_PLANS: dict[tuple[str, str, tuple[str, ...]], _InsertPlan] = {}


def _insert_plan(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> _InsertPlan:
    key = (dialect.name, table.name, columns)
    plan = _PLANS.get(key)
    if plan is None:
        compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
        order = tuple(compiled.positiontup or ()) if compiled.positional else columns
        if set(order) != set(columns):
            raise AssertionError(f"insert into {table.name}: binds {order} for columns {columns}")
        converters = tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in order)
        plan = _PLANS[key] = _InsertPlan(str(compiled), bool(compiled.positional), order, converters)
    return plan


def _flush_redirects(batch: Batch) -> None:
    connection = batch.connection
    gone = sorted(batch.ended_redirects | set(batch.new_redirects))
    if gone:
        connection.execute(delete(Redirect).where(Redirect.merged_id.in_(gone)))
    for old, new in batch.retargeted.items():
        connection.execute(update(Redirect).where(Redirect.keep_id == old).values(keep_id=new))
    _insert_many(connection, _table(Redirect), list(batch.new_redirects.values()))
