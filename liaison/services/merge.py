"""Merging two contacts that are one person, and undoing it.

``merge(keep, other)`` in one transaction: the kept contact gets the other's e-mails, phones,
tags and languages (united, in order, without repeats) and any field it lacks (Latin name,
form of address, state, notes, photo; its own current post stays, the other's posts held move
to it); every record that named the other (participants, delegation heads, bilateral parties,
action owners, posts held, attached files) now names the kept one, except a participation the kept contact
already has in that event, which is deleted; then the other is deleted. Each step is an
ordinary edit through the services, so each is validated, indexed, and queued for sync like
any other: other computers receive the kept contact's new values, the moved references and the
deleted contact. What was done is recorded (``contact_merges``, local) so that
``unmerge(merge_id)`` restores the other contact, moves back every reference that still names
the kept one, puts back the kept contact's fields the merge changed (unless edited since) and
restores the deleted participations.

The other's delete names the kept contact (``merged_into``): the server then moves to it every
reference other computers made to the other, even offline before they received the merge, and
folds into it their edits of the other (``liaison.secretariat.redirects``); their copies follow
when they pull (``liaison.services.replica``). An unmerge travels as ordinary edits: the other's
restore (which ends the server's redirect) and the references moved back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, literal, select, update

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.protocol.constants import MERGED_INTO
from liaison.services.changes import dumps
from liaison.services.entities import ENTITIES
from liaison.services.fields import Kind
from liaison.services.records import table_of
from liaison.store.base import new_id, utcnow
from liaison.store.local import OUTBOX, ContactMerge

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from liaison.services.app import Liaison

UNITED = ("emails", "phones", "tags", "languages")
FILLED = ("latin_name", "honorific", "state_code", "notes", "photo")
ONE_PER_PARENT = {"participants": "event_id", "bilateral_parties": "bilateral_id"}
"""A contact takes part once per event (per bilateral meeting): the other's second one goes."""


class MergeError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "A contact cannot be merged with itself.")


class UnmergeError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no merge {id} to undo, or it was undone already.")


def _references() -> list[tuple[str, str]]:
    """(entity, field) of every reference to a contact, the files attached to one included
    (a polymorphic owner: ``parent`` of an entity with ``parent_kind``)."""
    return [
        (spec.name, f.name)
        for spec in ENTITIES.values()
        for f in spec.fields
        if f.kind is Kind.REF
        and (f.ref == "contacts" or (f.ref is None and spec.parent_kind and f.name == spec.parent))
    ]


def merge(app: Liaison, keep_id: str, other_id: str) -> str:
    """Merge ``other_id`` into ``keep_id``; returns the merge's id (for :func:`unmerge`)."""
    with app.store.write() as session:
        return merge_in(app, session, keep_id, other_id)


def merge_in(app: Liaison, session: Session, keep_id: str, other_id: str) -> str:
    keep = app.contacts.get_in(session, keep_id)
    other = app.contacts.get_in(session, other_id)
    if keep["id"] == other["id"]:
        raise MergeError()
    moved: list[list[str]] = []
    dropped: list[list[str]] = []
    for entity, field in _references():
        records = app.entity(entity)
        table = table_of(records.spec)
        kind = records.spec.parent_kind
        of_contacts = [table.c[kind] == "contacts"] if kind and records.spec.parent == field else []
        rows = session.execute(
            select(table).where(table.c[field] == other_id, table.c.deleted.is_(False), *of_contacts)
        ).mappings()
        for row in [dict(r) for r in rows]:
            parent = ONE_PER_PARENT.get(entity)
            if parent and field == "contact_id" and row.get(parent):
                twin = session.execute(
                    select(table.c.id).where(
                        table.c[parent] == row[parent], table.c[field] == keep_id, table.c.deleted.is_(False)
                    )
                ).first()
                if twin is not None:
                    records.delete_in(session, row["id"])
                    dropped.append([entity, row["id"]])
                    continue
            records.update_in(session, row["id"], {field: keep_id})
            moved.append([entity, row["id"], field])
    changes: dict[str, Any] = {}
    for name in UNITED:
        united = list(dict.fromkeys([*(keep.get(name) or []), *(other.get(name) or [])]))
        if united != list(keep.get(name) or []):
            changes[name] = united
    for name in FILLED:
        if not keep.get(name) and other.get(name):
            changes[name] = other[name]
    before = {name: keep.get(name) for name in changes}
    if changes:
        app.contacts.update_in(session, keep_id, changes)
    after = {name: value for name, value in app.contacts.get_in(session, keep_id).items() if name in changes}
    app.contacts.delete_in(session, other_id)
    _mark_merge(session, other_id, keep_id)
    merge_id = new_id()
    session.add(
        ContactMerge(
            id=merge_id,
            keep_id=keep_id,
            other_id=other_id,
            at=utcnow(),
            record=_jsonable({"before": before, "after": after, "moved": moved, "dropped": dropped}),
        )
    )
    return merge_id


def _mark_merge(session: Session, other_id: str, keep_id: str) -> None:
    """Name the kept contact on the other's queued delete (``merged_into``): sync sends it, and
    the server moves to the kept contact what other laptops still refer to the other with."""
    entry = session.execute(
        select(OUTBOX.c.seq, OUTBOX.c.fields)
        .where(
            OUTBOX.c.entity == "contacts",
            OUTBOX.c.record_id == other_id,
            OUTBOX.c.op == "delete",
            OUTBOX.c.batch_id.is_(None),
        )
        .order_by(OUTBOX.c.seq.desc())
        .limit(1)
    ).first()
    if entry is not None:  # none: the other was never sent, its create was cancelled instead
        fields = {**(entry.fields or {}), MERGED_INTO: keep_id}
        session.execute(
            update(OUTBOX).where(OUTBOX.c.seq == entry.seq).values(fields=literal(dumps(fields), Text()))
        )


def _jsonable(value: Any) -> Any:
    """The record as JSON holds it: a photo (bytes) as a marker, restored from the row."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return {"bytes": True}
    return value


def unmerge(app: Liaison, merge_id: str) -> dict[str, Any]:
    """Undo a merge; returns what was restored: {"keep", "other", "moved_back", "kept"}."""
    with app.store.write() as session:
        found = session.get(ContactMerge, merge_id)
        if found is None or found.undone_at is not None:
            raise UnmergeError(id=merge_id)
        record = found.record
        app.contacts.restore_in(session, found.other_id)
        moved_back, kept = 0, 0
        for entity, record_id, field in record["moved"]:
            records = app.entity(entity)
            row = records.get_in(session, record_id, include_deleted=True)
            if row[field] == found.keep_id and not row["deleted"]:
                records.update_in(session, record_id, {field: found.other_id})
                moved_back += 1
            else:
                kept += 1  # changed since the merge: left as it is now
        for entity, record_id in record["dropped"]:
            app.entity(entity).restore_in(session, record_id)
        keep = app.contacts.get_in(session, found.keep_id)
        revert = {
            name: value
            for name, value in record["before"].items()
            if name != "photo" and keep.get(name) == record["after"].get(name)
        }
        if "photo" in record["before"] and record["before"]["photo"] is None:
            revert["photo"] = None
        if revert:
            app.contacts.update_in(session, found.keep_id, revert)
        found.undone_at = utcnow()
        return {"keep": found.keep_id, "other": found.other_id, "moved_back": moved_back, "kept": kept}
