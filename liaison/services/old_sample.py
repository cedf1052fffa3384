"""The sample records an older Liaison loaded into the officer's own record, found and removed.

Before the training record (``DATA_DIR/training``), ``liaison demo`` and File → Load sample data
wrote the sample into the officer's real record, with ids made at load time. Those records are
found again by what they hold: the sample is replayed into a scratch folder by today's loader
(the same services clean the same values the same way), and each of its records is looked for
in the real record by its title and its links (a sample delegation is the one of a sample event,
heading to a sample institution...). A record found that way is

- **removable** when it still holds exactly what the sample gave it (every field; a date the
  load filled in with its own day, such as an action's completion, is not compared) and
  nothing of the officer's refers to it (their own participant of a sample event, their home
  institution being a sample institution, a record they own);
- **kept** otherwise: changed since (``changed``) or linked to the officer's own records
  (``linked``). What a kept record needs stays with it (the records it refers to, and its
  children: an edited sample event keeps its agenda), counted as ``with_kept``.

A sample record whose title or links were changed is no longer recognised as the sample's and
stays untouched. Removal tombstones the removable records in one transaction, as a delete
typed by the officer would (so the deletes also reach the Secretariat, which received the
sample from that older version at the first sign-in); it finds them again inside that
transaction, so an edit made meanwhile is respected.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from liaison.services.entities import ENTITIES, EntitySpec
from liaison.services.fields import Kind
from liaison.services.records import table_of, tombstone
from liaison.services.sample import AGREE, LOAD_ORDER
from liaison.services.settings import HOME_INSTITUTION, TRAINING
from liaison.store.base import utcnow

if TYPE_CHECKING:
    from liaison.services.app import Liaison

OFFERED = "old_sample_offered"
"""Setting: the window has offered once to remove an older version's sample records."""

OWNER = "owner_institution_id"
Key = tuple[str, str]  # (entity table name, record id)

ATTACHMENTS = "attachments"
ORDER: tuple[str, ...] = tuple(
    "minutes_log" if section == AGREE else section for section in LOAD_ORDER if section != ATTACHMENTS
)
"""Tables in an order where every record comes after those it refers to: the sample's own load
order (its agreement step writes the minutes' log), without the files (found by their owners)."""


@dataclass
class OldSample:
    """What an older version's sample left in this record."""

    removable: list[Key] = field(default_factory=list)
    kept: list[tuple[str, str, str, str]] = field(default_factory=list)
    """(entity, id, title, why: ``changed`` or ``linked``)."""
    with_kept: int = 0
    """Unchanged sample records kept because a kept one needs them."""
    removed: int = 0
    """Records tombstoned by :func:`remove_old_sample` (children included)."""

    @property
    def found(self) -> bool:
        return bool(self.removable or self.kept)

    def as_json(self) -> dict[str, Any]:
        return {
            "removable": len(self.removable),
            "removed": self.removed,
            "kept": [{"entity": e, "id": i, "title": t, "why": w} for e, i, t, w in self.kept],
            "kept_with_them": self.with_kept,
        }


def _replay() -> dict[str, list[dict[str, Any]]]:
    """Every record the sample makes today, per table, in creation order."""
    from liaison.services.app import Liaison
    from liaison.services.sample import load_sample_data

    with tempfile.TemporaryDirectory(prefix="liaison-sample-") as folder:
        scratch = Liaison.open(folder)
        try:
            load_sample_data(scratch)
            with scratch.store.read() as session:
                return {
                    name: [
                        dict(row)
                        for row in session.execute(
                            select(table_of(spec)).order_by(table_of(spec).c.created_at)
                        ).mappings()
                    ]
                    for name, spec in ENTITIES.items()
                }
        finally:
            scratch.close()


def _refs(spec: EntitySpec) -> list[str]:
    return [f.name for f in spec.fields if f.kind is Kind.REF and f.name != OWNER]


def _compared(spec: EntitySpec, sample: Mapping[str, Any], loaded_on: date) -> list[str]:
    """The fields whose value says whether the officer changed the record."""
    names = []
    for f in spec.fields:
        if f.kind is Kind.REF:
            continue  # refs are part of the identity, checked when finding
        if f.kind is Kind.DATE and sample.get(f.name) == loaded_on:
            continue  # the load's own day (a completion date): the older load had its own
        names.append(f.name)
    return names


def _same(a: Any, b: Any) -> bool:
    return (a if a not in ("", []) else None) == (b if b not in ("", []) else None)


def _candidates(
    session: Session, spec: EntitySpec, samples: list[dict[str, Any]], copies: Mapping[str, set[str]]
) -> list[dict[str, Any]]:
    """Live rows of ``spec`` that could be copies of ``samples``: the children of copies of their
    parents, and the rows carrying one of their names."""
    table = table_of(spec)
    found: dict[str, dict[str, Any]] = {}
    clauses = []
    if spec.parent:
        parents = {i for s in samples for i in copies.get(s.get(spec.parent) or "", ())}
        if parents:
            clauses.append(table.c[spec.parent].in_(sorted(parents)))
    if spec.lookup:
        names = {s.get(spec.lookup[0]) for s in samples} - {None}
        if names:
            clauses.append(table.c[spec.lookup[0]].in_(sorted(names)))
    if not spec.parent and not spec.lookup:
        clauses.append(table.c.id.isnot(None))
    for clause in clauses:
        for row in session.execute(select(table).where(clause, table.c.deleted == false())).mappings():
            found[row["id"]] = dict(row)
    return list(found.values())


def _find_in(session: Session, app: Liaison, replay: Mapping[str, list[dict[str, Any]]]) -> OldSample:
    loaded_on = date.today()
    copies: dict[str, set[str]] = {}  # sample id -> ids of its copies here
    sample_of: dict[Key, dict[str, Any]] = {}  # a copy here -> the sample record it copies
    here: dict[Key, dict[str, Any]] = {}  # a copy here -> its row
    changed: set[Key] = set()
    for name in ORDER:
        spec = ENTITIES[name]
        samples = replay.get(name, [])
        if not samples:
            continue
        refs = _refs(spec)
        taken: set[str] = set()
        # Institutions refer to institutions (their parent): copies of earlier ones are known first.
        for sample in samples:
            rows = _candidates(session, spec, [sample], copies)
            title = spec.title(sample)
            for row in rows:
                if row["id"] in taken or spec.title(row) != title:
                    continue
                if not all(
                    (row.get(r) is None) if sample.get(r) is None else row.get(r) in copies.get(sample[r], ())
                    for r in refs
                ):
                    continue
                taken.add(row["id"])
                copies.setdefault(sample["id"], set()).add(row["id"])
                sample_of[(name, row["id"])] = sample
                here[(name, row["id"])] = row
                if not all(_same(row.get(f), sample.get(f)) for f in _compared(spec, sample, loaded_on)):
                    changed.add((name, row["id"]))
    _find_attachments(session, replay.get(ATTACHMENTS, []), copies, sample_of, here)
    every = set(sample_of)
    linked = _linked(session, app, every)
    kept = _needed(here, changed | linked)
    result = OldSample()
    for key in sorted(every - kept, key=lambda k: (_rank(k[0]), k[1])):
        result.removable.append(key)
    for key in sorted(changed | linked, key=lambda k: (_rank(k[0]), k[1])):
        spec = ENTITIES[key[0]]
        title = spec.title(sample_of[key])
        result.kept.append((key[0], key[1], title, "changed" if key in changed else "linked"))
    result.with_kept = len(kept - changed - linked)
    return result


def _rank(name: str) -> int:
    """Sort order of a table's copies: ``ORDER``'s, attachments last."""
    return ORDER.index(name) if name in ORDER else len(ORDER)


def _find_attachments(
    session: Session,
    samples: list[dict[str, Any]],
    copies: Mapping[str, set[str]],
    sample_of: dict[Key, dict[str, Any]],
    here: dict[Key, dict[str, Any]],
) -> None:
    """The sample's files on copies of the sample's records: the same name and bytes on a copy
    of their owner (an attachment's owner may be of any kind, so it is not in ``ORDER``)."""
    spec = ENTITIES[ATTACHMENTS]
    table = table_of(spec)
    for sample in samples:
        owners = sorted(copies.get(sample.get("owner_id") or "", ()))
        if not owners:
            continue
        rows = session.execute(
            select(table).where(
                table.c.owner_id.in_(owners),
                table.c.name == sample.get("name"),
                table.c.sha256 == sample.get("sha256"),
                table.c.deleted == false(),
            )
        ).mappings()
        for row in rows:
            sample_of[(ATTACHMENTS, row["id"])] = sample
            here[(ATTACHMENTS, row["id"])] = dict(row)


def _linked(session: Session, app: Liaison, every: set[Key]) -> set[Key]:
    """Copies that a record of the officer's own (not a sample copy) refers to."""
    by_table: dict[str, set[str]] = {}
    for table_name, record_id in every:
        by_table.setdefault(table_name, set()).add(record_id)
    linked: set[Key] = set()
    home = app.settings.get_in(session, HOME_INSTITUTION)
    if home and home in by_table.get("institutions", ()):
        linked.add(("institutions", home))
    for name, spec in ENTITIES.items():
        table = table_of(spec)
        for f in spec.fields:
            if f.kind is not Kind.REF or not f.ref or not by_table.get(f.ref):
                continue
            targets = sorted(by_table[f.ref])
            for start in range(0, len(targets), 500):
                rows = session.execute(
                    select(table.c.id, table.c[f.name]).where(
                        table.c[f.name].in_(targets[start : start + 500]), table.c.deleted == false()
                    )
                ).all()
                for row_id, target in rows:
                    if (name, row_id) not in every:
                        linked.add((f.ref, target))
    return linked


def _needed(here: Mapping[Key, Mapping[str, Any]], kept: set[Key]) -> set[Key]:
    """``kept`` and every copy a kept record needs: those it refers to, and its children."""
    result = set(kept)
    todo = list(kept)
    children_of: dict[Key, list[Key]] = {}
    for key in here:
        spec = ENTITIES[key[0]]
        if spec.parent:
            parent = _copy_of_ref(key, spec.parent, spec.field(spec.parent).ref or "", here)
            if parent is not None:
                children_of.setdefault(parent, []).append(key)
    while todo:
        key = todo.pop()
        spec = ENTITIES[key[0]]
        linked_to = [
            _copy_of_ref(key, f.name, f.ref or "", here)
            for f in spec.fields
            if f.kind is Kind.REF and f.name != OWNER
        ]
        for other in [*linked_to, *children_of.get(key, [])]:
            if other is not None and other not in result:
                result.add(other)
                todo.append(other)
    return result


def _copy_of_ref(key: Key, field_name: str, target: str, here: Mapping[Key, Mapping[str, Any]]) -> Key | None:
    """The copy here that the copy ``key`` refers to through ``field_name``."""
    value = here[key].get(field_name)
    if value is None:
        return None
    ref = (target, str(value))
    return ref if ref in here else None


def _might_hold_sample(app: Liaison) -> bool:
    """A quick look before the replay: does any live institution or event carry a sample's name?"""
    from liaison.services.sample import sample_data

    data = sample_data()
    with app.store.read() as session:
        for name, column in (("institutions", "name"), ("events", "title")):
            table = table_of(ENTITIES[name])
            names = sorted({item[column] for item in data.get(name, []) if item.get(column)})
            hit = session.execute(
                select(table.c.id).where(table.c[column].in_(names), table.c.deleted == false()).limit(1)
            ).first()
            if hit is not None:
                return True
    return False


def find_old_sample(app: Liaison) -> OldSample:
    """What an older version's sample left here (nothing in a training record)."""
    if app.settings.get(TRAINING) or not _might_hold_sample(app):
        return OldSample()
    replay = _replay()
    with app.store.read() as session:
        return _find_in(session, app, replay)


def remove_old_sample(app: Liaison) -> OldSample:
    """Remove the removable sample records (found again in the same transaction); returns what
    was found, with ``removed`` the number of records tombstoned."""
    if app.settings.get(TRAINING) or not _might_hold_sample(app):
        app.settings.set(OFFERED, True)
        return OldSample()
    replay = _replay()
    with app.store.write() as session:
        result = _find_in(session, app, replay)
        removable = set(result.removable)
        removed: list[Key] = []
        done: set[Key] = set()
        when = utcnow()
        for key in result.removable:
            if key in done:
                continue  # went with its parent
            spec = ENTITIES[key[0]]
            table = table_of(spec)
            rev = session.execute(select(table.c.server_rev).where(table.c.id == key[1])).scalar_one()
            before = len(removed)
            tombstone(session, spec, key[1], rev, when, removed)
            went = set(removed[before:])
            if not went <= removable:  # a child not the sample's: its parent would have been kept
                raise RuntimeError("removing the old sample would take other records with it")
            done |= went
        app.settings.set_in(session, OFFERED, True)
        result.removed = len(removed)
    return result
