"""The generic use cases every kind of record shares: create, update, delete, restore, read.

Every write is one SQLite transaction that validates, writes the record, queues the change in
the outbox and updates the search index, or does none of these. Validation collects every
field's error before failing, so an editor can mark all wrong fields at once.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import false, func, insert, select, update
from sqlalchemy.orm import Session

from liaison.services import changes, search
from liaison.services.bulk_insert import RowError, check_references_many, insert_many
from liaison.services.cleaning import Cleaner
from liaison.services.entities import CHILDREN, EntitySpec, child_clauses
from liaison.services.errors import FieldMessages as M
from liaison.services.errors import NotFoundError, ValidationError
from liaison.services.fields import Field
from liaison.services.settings import DEFAULT_VISIBILITY
from liaison.services.tables import Record, table_of
from liaison.services.withdrawal import SYNCED_VISIBILITIES, children_follow, going_private
from liaison.store.base import SYNC_COLUMNS, VISIBILITIES, new_id, utcnow
from liaison.text import search_key

if TYPE_CHECKING:
    from liaison.store.engine import Store

__all__ = ["Before", "Record", "Records", "RowError", "follow_owner", "table_of", "tombstone", "untombstone"]


@dataclass(frozen=True)
class Before:
    """A ``where`` value meaning "less than": ``{"due_date": Before(today)}``."""

    value: Any


READ_ONLY_COLUMNS = frozenset(SYNC_COLUMNS)


def tombstone(
    session: Session,
    spec: EntitySpec,
    record_id: str,
    base_rev: int,
    when: datetime,
    removed: builtins.list[tuple[str, str]],
) -> None:
    """Tombstone a record and, recursively, its live children, queueing a delete for each and
    updating the search index; ``removed`` collects (entity, id) of each. Also what sync does
    to the children of a record deleted on another machine (``liaison.services.replica``)."""
    table = table_of(spec)
    session.execute(
        update(table).where(table.c.id == record_id).values(deleted=True, deleted_at=when, updated_at=when)
    )
    changes.capture(session, spec.name, record_id, "delete", {}, base_rev)
    removed.append((spec.name, record_id))
    for child in CHILDREN.get(spec.name, []):
        child_table = table_of(child)
        rows = session.execute(
            select(child_table.c.id, child_table.c.server_rev).where(
                *child_clauses(child, child_table, spec.name, record_id), child_table.c.deleted == false()
            )
        ).all()
        for child_id, child_rev in rows:
            tombstone(session, child, child_id, child_rev, when, removed)
    search.reindex(session, spec.name, record_id)


def untombstone(session: Session, spec: EntitySpec, row: Mapping[str, Any], when: datetime) -> None:
    """Bring back a tombstoned record and the children deleted with it (at ``when``), queueing
    each change and updating the search index: what :func:`tombstone` did, undone."""
    table = table_of(spec)
    now = utcnow()
    session.execute(
        update(table).where(table.c.id == row["id"]).values(deleted=False, deleted_at=None, updated_at=now)
    )
    if row["server_rev"] == 0:  # the server never saw it: send it whole
        fields = {f.name: row[f.name] for f in spec.fields}
        changes.capture(session, spec.name, row["id"], "create", fields, 0)
    else:
        changes.capture(
            session,
            spec.name,
            row["id"],
            "update",
            {"deleted": False},
            row["server_rev"],
            {"deleted": True},
        )
    for child in CHILDREN.get(spec.name, []):
        child_table = table_of(child)
        children = session.execute(
            select(child_table).where(
                *child_clauses(child, child_table, spec.name, row["id"]),
                child_table.c.deleted.is_(True),
                child_table.c.deleted_at == when,
            )
        ).mappings()
        for child_row in [dict(r) for r in children]:
            untombstone(session, child, child_row, when)
    search.reindex(session, spec.name, row["id"])


FOLLOWED = frozenset({"visibility", "owner_institution_id"})
"""What an attachment takes from its owner record."""


def follow_owner(session: Session, spec: EntitySpec, owner: Mapping[str, Any]) -> None:
    """Give the live records attached to ``owner`` (those of a polymorphic child entity:
    attachments) the owner's visibility and owner institution, queueing each change, so a file
    is seen by exactly those who see its record (a private record's files never leave)."""
    wanted = {name: owner.get(name) for name in FOLLOWED}
    for child in CHILDREN.get(spec.name, []):
        if not child.parent_kind:
            continue
        table = table_of(child)
        rows = session.execute(
            select(table.c.id, table.c.server_rev, *(table.c[name] for name in sorted(FOLLOWED))).where(
                *child_clauses(child, table, spec.name, owner["id"]), table.c.deleted == false()
            )
        ).mappings()
        now = utcnow()
        for row in builtins.list(rows):
            changed = {name: value for name, value in wanted.items() if row[name] != value}
            if not changed:
                continue
            session.execute(update(table).where(table.c.id == row["id"]).values(**changed, updated_at=now))
            base = {name: row[name] for name in changed}
            changes.capture(session, child.name, row["id"], "update", changed, row["server_rev"], base)


class Records:
    """Use cases for one entity. Subclasses add the entity's own rules through the hooks."""

    def __init__(self, store: Store, spec: EntitySpec, services: Any = None) -> None:
        self.store = store
        self.spec = spec
        self.table = table_of(spec)
        self.services = services
        self._list_columns = [c for c in self.table.c if c.type.python_type is not bytes]
        self.cleaner = Cleaner(spec)

    # -- transactions ------------------------------------------------------------------------
    def write(self) -> AbstractContextManager[Session]:
        return self.store.write()

    def read(self) -> AbstractContextManager[Session]:
        return self.store.read()

    # -- reading -----------------------------------------------------------------------------
    def get(self, record_id: str, *, include_deleted: bool = False) -> Record:
        with self.read() as session:
            return self.get_in(session, record_id, include_deleted=include_deleted)

    def get_in(self, session: Session, record_id: str, *, include_deleted: bool = False) -> Record:
        row = session.execute(select(self.table).where(self.table.c.id == record_id)).mappings().first()
        if row is None or (row["deleted"] and not include_deleted):
            raise NotFoundError(self.spec.label, record_id)
        return dict(row)

    def _filtered(self, where: Mapping[str, Any] | None, include_deleted: bool) -> builtins.list[Any]:
        clauses = []
        if not include_deleted:
            clauses.append(self.table.c.deleted == false())
        for name, value in (where or {}).items():
            column = self.table.c[name]
            if value is None:
                clauses.append(column.is_(None))
            elif isinstance(value, Before):
                clauses.append(column < value.value)
            elif isinstance(value, (list, tuple, set, frozenset)):
                clauses.append(column.in_(list(value)))
            else:
                clauses.append(column == value)
        return clauses

    def list(
        self,
        where: Mapping[str, Any] | None = None,
        *,
        order_by: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> builtins.list[Record]:
        """Records matching ``where`` (field == value; a list or set of values means any of
        them), without photos, in ``order_by`` order
        (a leading ``-`` sorts descending; the id breaks ties so paging is stable)."""
        with self.read() as session:
            return self.list_in(
                session, where, order_by=order_by, limit=limit, offset=offset, include_deleted=include_deleted
            )

    def list_in(
        self,
        session: Session,
        where: Mapping[str, Any] | None = None,
        *,
        order_by: Sequence[str] | None = None,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> builtins.list[Record]:
        query = select(*self._list_columns).where(*self._filtered(where, include_deleted))
        for name in [*(order_by or self.spec.order_by), "id"]:
            field = name.lstrip("-")
            if field == "name" and search.SORT_COLUMN in self.table.c:
                field = search.SORT_COLUMN  # the officers' alphabet, not the bytes (indexed)
            column = self.table.c[field]
            query = query.order_by(column.desc() if name.startswith("-") else column)
        if limit is not None or offset:
            query = query.limit(-1 if limit is None else limit).offset(offset)
        return [dict(row) for row in session.execute(query).mappings()]

    def count(self, where: Mapping[str, Any] | None = None, *, include_deleted: bool = False) -> int:
        with self.read() as session:
            query = (
                select(func.count()).select_from(self.table).where(*self._filtered(where, include_deleted))
            )
            return int(session.scalar(query) or 0)

    def resolve(self, text: str, *, field: Field | None = None) -> str:
        """The id of the one record that ``text`` names: an id, or an exact name (folded, so
        "otandastar qory" names "Otandastar Qory"). Raises a field error naming ``field``."""
        with self.read() as session:
            return self.resolve_in(session, text, field=field)

    def resolve_in(self, session: Session, text: str, *, field: Field | None = None) -> str:
        label_field = field or Field(self.spec.key, self.spec.label)
        wanted = text.strip()
        live = self.table.c.deleted == false()
        if session.execute(select(self.table.c.id).where(self.table.c.id == wanted, live)).first():
            return wanted
        lookup = [self.table.c[name] for name in self.spec.lookup]
        if not lookup or not wanted:
            raise label_field.error(M.UNKNOWN_REFERENCE, value=text)
        key = search_key(wanted)
        kind = search.INDEXED.get(self.spec.name, (None,))[0]
        if kind is not None and kind != search.FILE_KIND:  # a file's hits name its owner
            candidates = [hit.id for hit in search.search(session, wanted, limit=200, kinds=[kind])]
            query = select(self.table.c.id, *lookup).where(self.table.c.id.in_(candidates), live)
        else:
            query = select(self.table.c.id, *lookup).where(live)
        rows = list(session.execute(query))
        matches = [row[0] for row in rows if any(v and search_key(v) == key for v in row[1:])]
        if not matches:  # "Otandastar" names "NJSC Otandastar Qory" when no other record fits
            words = key.split()
            matches = [row[0] for row in rows if any(v and _has_words(search_key(v), words) for v in row[1:])]
        if len(matches) == 1:
            return str(matches[0])
        if not matches:
            raise label_field.error(M.UNKNOWN_REFERENCE, value=text)
        raise label_field.error(M.AMBIGUOUS_REFERENCE, value=text, candidates=", ".join(matches[:5]))

    # -- validation --------------------------------------------------------------------------
    def _clean(self, values: Mapping[str, Any], base: Mapping[str, Any], *, creating: bool) -> Record:
        """Clean ``values`` (all fields when creating, the given ones when updating)."""
        return self.cleaner.clean(values, base, creating=creating)

    # -- hooks for subclasses ----------------------------------------------------------------
    def before_write(self, session: Session, old: Record | None, new: Record) -> None:
        """Entity rules that need the database (read-only minutes, ...). ``new`` may be
        amended in place (e.g. a completion date set when an action is done)."""

    def after_write(self, session: Session, old: Record | None, new: Record) -> None:
        """Follow-up writes in the same transaction (position history, ...)."""

    # -- writing -----------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> Record:
        with self.write() as session:
            return self.create_in(session, values)

    def create_in(
        self, session: Session, values: Mapping[str, Any], *, record_id: str | None = None
    ) -> Record:
        cleaned = self._clean(values, {}, creating=True)
        self._apply_defaults(session, cleaned, values)
        self.cleaner.check_references(session, cleaned)
        self.before_write(session, None, cleaned)
        now = utcnow()
        record = {
            **cleaned,
            "id": record_id or new_id(),
            "server_rev": 0,
            "deleted": False,
            "deleted_at": None,
            "created_at": now,
            "updated_at": now,
        }
        session.execute(insert(self.table).values(record))
        changes.capture(session, self.spec.name, record["id"], "create", cleaned, 0)
        search.reindex(session, self.spec.name, record["id"])
        self.after_write(session, None, record)
        return record

    def _apply_defaults(self, session: Session, cleaned: Record, given: Mapping[str, Any]) -> None:
        if cleaned.get("owner_institution_id") is None and self.services is not None:
            cleaned["owner_institution_id"] = self.services.settings.home_institution_in(session)
        if "visibility" not in given and self.services is not None:  # Settings: default visibility
            chosen = self.services.settings.get_in(session, DEFAULT_VISIBILITY)
            if chosen in VISIBILITIES:
                cleaned["visibility"] = chosen

    def update(self, record_id: str, values: Mapping[str, Any], *, withdraw: bool = False) -> Record:
        with self.write() as session:
            return self.update_in(session, record_id, values, withdraw=withdraw)

    def update_in(
        self, session: Session, record_id: str, values: Mapping[str, Any], *, withdraw: bool = False
    ) -> Record:
        """Change a record. ``withdraw``: if this makes a record others have (it reached the
        server) private, take it back from them too (:func:`going_private`); without it, their
        copies stay as they last saw them."""
        old = self.get_in(session, record_id)
        cleaned = self._clean(values, old, creating=False)
        changed = {name: value for name, value in cleaned.items() if old.get(name) != value}
        if not changed:
            return old
        self.cleaner.check_references(session, changed, {**old, **changed})
        new = {**old, **changed}
        self.before_write(session, old, new)
        changed = {name: new[name] for name in self.spec.by_name if new.get(name) != old.get(name)}
        if not changed:
            return old
        new["updated_at"] = utcnow()
        session.execute(
            update(self.table)
            .where(self.table.c.id == record_id)
            .values(**changed, updated_at=new["updated_at"])
        )
        base = {name: old.get(name) for name in changed}
        changes.capture(session, self.spec.name, record_id, "update", changed, old["server_rev"], base)
        if withdraw and going_private(old, new):
            changes.capture_withdrawal(session, self.spec.name, record_id, old["server_rev"])
            children_follow(session, self.spec, record_id, "private", new["updated_at"])
        elif old.get("visibility") == "private" and new.get("visibility") in SYNCED_VISIBILITIES:
            changes.cancel_withdrawal(session, self.spec.name, record_id)  # shared again before it went
            children_follow(session, self.spec, record_id, new["visibility"], new["updated_at"])
        search.reindex(session, self.spec.name, record_id)
        search.reindex_dependents(session, self.spec.name, record_id)
        if FOLLOWED.intersection(changed):
            follow_owner(session, self.spec, new)
        self.after_write(session, old, new)
        return new

    def delete(self, record_id: str) -> builtins.list[tuple[str, str]]:
        """Tombstone the record and everything it owns; returns (entity, id) of each."""
        with self.write() as session:
            return self.delete_in(session, record_id)

    def delete_in(self, session: Session, record_id: str) -> builtins.list[tuple[str, str]]:
        old = self.get_in(session, record_id)
        self.before_delete(session, old)
        when = utcnow()
        removed: builtins.list[tuple[str, str]] = []
        self._tombstone(session, self.spec, record_id, old["server_rev"], when, removed)
        return removed

    def before_delete(self, session: Session, old: Record) -> None:
        """Refuse a delete the entity's rules forbid."""

    def _tombstone(
        self,
        session: Session,
        spec: EntitySpec,
        record_id: str,
        base_rev: int,
        when: datetime,
        removed: builtins.list[tuple[str, str]],
    ) -> None:
        tombstone(session, spec, record_id, base_rev, when, removed)

    def restore(self, record_id: str) -> Record:
        """Undo a delete: the record and the children deleted with it come back."""
        with self.write() as session:
            return self.restore_in(session, record_id)

    def restore_in(self, session: Session, record_id: str) -> Record:
        old = self.get_in(session, record_id, include_deleted=True)
        if not old["deleted"]:
            return old
        untombstone(session, self.spec, old, old["deleted_at"])
        return self.get_in(session, record_id)

    def create_many(self, rows: Sequence[Mapping[str, Any]], *, chunk: int = 5000) -> builtins.list[str]:
        """Create many records in one transaction (imports): all are valid, or none is written.

        Errors name the row: "Row 12: E-mail: …". Records are inserted with one statement per
        table and chunk rather than one per record, which is what makes 100,000 contacts take
        seconds, not minutes.
        """
        with self.write() as session:
            return self.create_many_in(session, rows, chunk=chunk)

    def create_many_in(
        self, session: Session, rows: Sequence[Mapping[str, Any]], *, chunk: int = 5000, cleaned: bool = False
    ) -> builtins.list[str]:
        """``cleaned``: every row is already what ``_clean`` made of it, all fields present (an
        import cleans each row first to list every invalid one; cleaning twice cost a third)."""
        ids: builtins.list[str] = []
        if not self._bulk_safe():
            # The entity has rules of its own (read-only minutes, completion dates): every row
            # goes through them, still in this one transaction.
            for number, values in enumerate(rows, start=1):
                try:
                    ids.append(self.create_in(session, values, record_id=values.get("id"))["id"])
                except ValidationError as error:
                    raise RowError(number, error) from error
            return ids
        for start in range(0, len(rows), chunk):
            created = self._create_chunk(session, rows[start : start + chunk], start, cleaned=cleaned)
            ids.extend(created)
        return ids

    def _bulk_safe(self) -> bool:
        """Whether the bulk path keeps the entity's rules: it never calls ``before_write``, and
        calls ``after_create_many`` instead of ``after_write``."""
        cls = type(self)
        if cls.before_write is not Records.before_write:
            return False
        bulk_follow_up = cls.after_create_many is not Records.after_create_many
        return cls.after_write is Records.after_write or bulk_follow_up

    def after_create_many(self, session: Session, records: Sequence[Record]) -> None:
        """What ``after_write`` does for a creation, for many fresh records at once."""

    def _create_chunk(
        self, session: Session, rows: Sequence[Mapping[str, Any]], offset: int, *, cleaned: bool = False
    ) -> builtins.list[str]:
        if not rows:
            return []
        cleaned_rows: builtins.list[Record] = []
        owner = self.services.settings.home_institution_in(session) if self.services is not None else None
        names = [f.name for f in self.spec.fields]
        for number, values in enumerate(rows, start=offset + 1):
            if cleaned:
                clean = {name: values.get(name) for name in names}
            else:
                try:  # an id given by the caller (an import that refers to its new records) is kept
                    clean = self._clean({k: v for k, v in values.items() if k != "id"}, {}, creating=True)
                except ValidationError as error:
                    raise RowError(number, error) from error
            if clean.get("owner_institution_id") is None:
                clean["owner_institution_id"] = owner
            cleaned_rows.append({"id": values.get("id") or new_id(), **clean})
        check_references_many(session, self.spec, cleaned_rows, offset)
        now = utcnow()
        sync = {"server_rev": 0, "deleted": False, "deleted_at": None, "created_at": now, "updated_at": now}
        records = [{**cleaned, **sync} for cleaned in cleaned_rows]
        search.fill_sort_keys(self.spec.name, records)
        insert_many(session, self.table, records, sync)
        changes.capture_creates(session, self.spec.name, cleaned_rows)
        if self.spec.name in search.INDEXED:
            search.index_new(session, self.spec.name, records)
        else:
            for record in records:
                search.reindex(session, self.spec.name, record["id"])
        self.after_create_many(session, records)
        return [r["id"] for r in records]


def _has_words(key: str, words: builtins.list[str]) -> bool:
    tokens = key.split()
    return all(any(token.startswith(word) for token in tokens) for word in words)
