"""Merged contacts: a merge made on one laptop reaches every record on the server, including
what other laptops push later without having seen it.

A merge arrives as the merged contact's delete carrying ``merged_into`` (the kept contact),
after the merging laptop's own edits (its references moved, the kept contact's united fields).
Then the server

- folds into the kept contact whatever others changed in the merged one since the merging
  officer last saw it (the same rule as for an offline edit, below), instead of refusing the
  delete as an edit against a delete;
- deletes the merged contact and keeps a redirect (:class:`~.models.Redirect`), moving any
  redirect that pointed at it on to the kept contact (chains stay one step);
- moves every live reference to it still on the server (laptops the merging one had not heard
  from) to the kept contact, each a new version that every laptop pulls; a participation that
  would give the kept contact a second one in the same event (bilateral meeting) is deleted
  instead, as the desktop's merge does.

Later pushes are redirected:

- a create or update naming the merged contact in a contact reference names the kept one (the
  answer is ``merged`` and carries the moved value, so the laptop rewrites its copy);
- an edit of the merged contact made without seeing the merge is **folded into the kept
  contact**, field by field against the merged contact's version it was made on: a field the
  kept contact still has as the merged one had it takes the edit; long text merges three-way;
  e-mails, phones, tags and languages take the additions and removals; anything else that
  differs is a conflict on the kept contact, in every inbox that sees it. Nothing is dropped.
  The answer is the merged contact's tombstone with ``merged_into``;
- a restore of the merged contact (an unmerge, made after seeing the merge) ends its redirect.
  References the server moved stay on the kept contact: the unmerging laptop moves back the
  ones its merge moved, as ordinary edits.

A merge whose kept contact is not a live contact the officer may edit is an ordinary delete.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from liaison.protocol import (
    APPLIED,
    CONFLICT,
    ENTITY_FIELDS,
    KIND_FIELD,
    LONG_TEXT_FIELDS,
    MERGED,
    OP_DELETE,
    VISIBILITY_FIELD,
    Change,
    Record,
    Result,
)
from liaison.protocol.constants import MERGEABLE, MERGED_INTO
from liaison.protocol.entities import CONTACT_REFS, ONE_PER_PARENT
from liaison.secretariat.batch import Batch, State, Version, conflict, load_state, result, write
from liaison.secretariat.merge import Merge, changed_fields, merge_fields
from liaison.secretariat.models import Redirect, SyncRecord, utcnow

_CHUNK = 500
_REFS: dict[str, tuple[str, ...]] = {}
for _entity, _name in CONTACT_REFS:
    _REFS.setdefault(_entity, ())
    _REFS[_entity] = (*_REFS[_entity], _name)


def load(batch: Batch, changes: list[Change]) -> None:
    """Read the redirects of every contact ``changes`` name (edited or referred to)."""
    ids: set[str] = set()
    for change in changes:
        if change["entity"] in MERGEABLE:
            ids.add(change["record_id"])
        if change["op"] != OP_DELETE:
            for name in _REFS.get(change["entity"], ()):
                value = change["fields"].get(name)
                if isinstance(value, str):
                    ids.add(value)
    wanted = sorted(ids)
    for start in range(0, len(wanted), _CHUNK):
        rows = batch.connection.execute(
            select(Redirect.merged_id, Redirect.keep_id).where(
                Redirect.merged_id.in_(wanted[start : start + _CHUNK])
            )
        )
        batch.redirects.update({str(merged): str(keep) for merged, keep in rows})


def redirect_refs(batch: Batch, change: Change) -> Change:
    """``change`` with its contact references to merged contacts moved to the kept ones (the
    same change when none moves)."""
    if change["op"] == OP_DELETE or not batch.redirects:
        return change
    moved = {
        name: batch.redirects[value]
        for name in _REFS.get(change["entity"], ())
        if isinstance(value := change["fields"].get(name), str) and value in batch.redirects
    }
    if not moved:
        return change
    redirected: Change = {**change, "fields": {**change["fields"], **moved}}
    return redirected


def after_redirect(batch: Batch, change: Change, answer: Result) -> Result:
    """The answer to a redirected change: ``merged`` (its values moved), and a participation
    that now doubles one of the kept contact's is deleted (the merge's rule)."""
    record = answer["record"]
    if record is None or answer["status"] not in (APPLIED, MERGED):
        return answer
    state = batch.records.get((record["entity"], record["id"]))
    if state is not None and not state.deleted and _doubles(batch, state):
        state.deleted = True
        write(batch, state, change["change_id"])
        return {**answer, "status": MERGED, "rev": state.rev, "record": state.wire()}
    return {**answer, "status": MERGED}


def fold_edit(batch: Batch, change: Change, merged: State, base: Version | None) -> Result | None:
    """An edit of a merged contact made without seeing the merge, folded into the kept
    contact; ``None`` when ``merged`` has no redirect (or its kept contact cannot take it)."""
    keep = _kept(batch, merged)
    if keep is None:
        return None
    folded = _fold(batch, None if base is None else base.fields, keep, dict(change["fields"]))
    return _folded_answer(batch, change, merged, keep, folded)


def merge_delete(batch: Batch, change: Change, merged: State, base: Version | None) -> Result | None:
    """Apply a delete that is a merge (see the module docstring); ``None``: an ordinary delete."""
    target = change.get(MERGED_INTO)
    if not target or merged.entity not in MERGEABLE:
        return None
    target = batch.redirects.get(target, target)
    keep = load_state(batch, merged.entity, target)
    if keep is None or not _editable(batch, keep) or keep.id == merged.id:
        return None
    folded: Merge | None = None
    if not merged.deleted:
        since = changed_fields(None if base is None else base.mergeable(), merged.mergeable())
        since.pop(VISIBILITY_FIELD, None)
        if since and base is not None:
            edits = {name: merged.fields.get(name) for name in since}
            folded = _fold(batch, base.fields, keep, edits)
        merged.deleted = True
        write(batch, merged, change["change_id"])
    batch.merges += 1
    _redirect(batch, change, merged, keep)
    if folded is not None and (folded.changed or folded.conflicts):
        answer = _folded_answer(batch, change, merged, keep, folded)
        return {**answer, "status": CONFLICT if folded.conflicts else APPLIED}
    return result(change, APPLIED, merged.rev, _tombstone(merged, keep.id))


def end(batch: Batch, state: State) -> None:
    """A merged contact restored (an unmerge that reached the server): its redirect ends."""
    if state.id in batch.redirects:
        del batch.redirects[state.id]
        batch.new_redirects.pop(state.id, None)
        batch.ended_redirects.add(state.id)


def kept_id(batch: Batch, state: State) -> str | None:
    return batch.redirects.get(state.id) if state.entity in MERGEABLE else None


def tombstone(batch: Batch, state: State) -> Record:
    keep = kept_id(batch, state)
    return _tombstone(state, keep) if keep and state.deleted else state.wire()


# ---------------------------------------------------------------------------------------------


def _kept(batch: Batch, merged: State) -> State | None:
    target = kept_id(batch, merged)
    if target is None:
        return None
    keep = load_state(batch, merged.entity, target)
    if keep is None or not _editable(batch, keep):
        return None
    return keep


def _editable(batch: Batch, state: State) -> bool:
    return not state.deleted and state.owner_institution_id == batch.principal.institution_id


def _tombstone(state: State, keep_id: str | None) -> Record:
    record = state.wire()
    if keep_id is not None:
        record[MERGED_INTO] = keep_id
    return record


def _fold(batch: Batch, base: Mapping[str, Any] | None, keep: State, edits: dict[str, Any]) -> Merge:
    """Merge ``edits`` (made on the merged contact's ``base``) into ``keep``'s fields: lists take
    the additions and removals, the rest merges as a push does, ``base`` as the ancestor."""
    base = base or {}
    kinds = ENTITY_FIELDS[keep.entity]
    lists: dict[str, Any] = {}
    for name in [n for n in edits if kinds.get(n) == "list"]:
        mine = list(edits.pop(name) or [])
        origin = list(base.get(name) or [])
        theirs = list(keep.fields.get(name) or [])
        removed = {v for v in origin if v not in mine}
        united = [v for v in theirs if v not in removed] + [
            v for v in mine if v not in origin and v not in theirs
        ]
        if united != theirs:
            lists[name] = united
    merge = merge_fields(
        base, keep.fields, edits, long_text=LONG_TEXT_FIELDS[keep.entity], deadline=batch.merge_deadline
    )
    if lists:
        merge.values.update(lists)
        merge.changed = True
    return merge


def _folded_answer(batch: Batch, change: Change, merged: State, keep: State, folded: Merge) -> Result:
    if folded.changed:
        keep.fields = dict(folded.values)
        write(batch, keep, change["change_id"])
    tombstone = _tombstone(merged, keep.id)
    if folded.conflicts:
        on_keep: Change = {**change, "record_id": keep.id}  # the inbox shows it on the kept contact
        found = conflict(batch, on_keep, keep, KIND_FIELD, folded.conflicts, author_only=False)
        return result(
            change, CONFLICT, merged.rev, tombstone, found, "Merged into another contact meanwhile."
        )
    return result(change, MERGED, merged.rev, tombstone, None, "Merged into another contact meanwhile.")


def _redirect(batch: Batch, change: Change, merged: State, keep: State) -> None:
    """Record ``merged`` → ``keep`` and move every live reference to ``merged`` to ``keep``."""
    for old, new in list(batch.redirects.items()):
        if new == merged.id:
            batch.redirects[old] = keep.id
    for row in batch.new_redirects.values():
        if row["keep_id"] == merged.id:
            row["keep_id"] = keep.id
    batch.retargeted[merged.id] = keep.id
    batch.redirects[merged.id] = keep.id
    batch.ended_redirects.discard(merged.id)
    batch.new_redirects[merged.id] = {
        "merged_id": merged.id,
        "entity": merged.entity,
        "keep_id": keep.id,
        "rev": merged.rev,
        "change_id": change["change_id"],
        "created_at": utcnow(),
    }
    for state in _referrers(batch, merged.id):
        for name in _REFS[state.entity]:
            if state.fields.get(name) == merged.id:
                state.fields[name] = keep.id
        if _doubles(batch, state):
            state.deleted = True
        write(batch, state, change["change_id"])


def _referrers(batch: Batch, contact_id: str) -> list[State]:
    """Live records whose contact references name ``contact_id``: in the database (a scan of
    the field in each referring kind: merges are rare) and among this push's own writes."""
    found: dict[tuple[str, str], State] = {}
    for entity, names in _REFS.items():
        for name in names:
            rows = batch.connection.execute(
                select(SyncRecord.id).where(
                    SyncRecord.entity == entity,
                    SyncRecord.deleted.is_(False),
                    SyncRecord.fields[name].as_string() == contact_id,
                )
            )
            for (record_id,) in rows:
                state = load_state(batch, entity, str(record_id))
                if state is not None:
                    found[entity, state.id] = state
    for key, state in batch.records.items():
        names = _REFS.get(state.entity, ())
        if any(state.fields.get(name) == contact_id for name in names):
            found[key] = state
    return [state for state in found.values() if not state.deleted]


def _doubles(batch: Batch, state: State) -> bool:
    """Whether ``state`` (a participation) gives its contact a second one in the same parent."""
    parent = ONE_PER_PARENT.get(state.entity)
    if parent is None or not state.fields.get(parent) or not state.fields.get("contact_id"):
        return False
    parent_id, contact_id = state.fields[parent], state.fields["contact_id"]
    rows = batch.connection.execute(
        select(SyncRecord.id).where(
            SyncRecord.entity == state.entity,
            SyncRecord.deleted.is_(False),
            SyncRecord.id != state.id,
            SyncRecord.fields[parent].as_string() == parent_id,
            SyncRecord.fields["contact_id"].as_string() == contact_id,
        )
    )
    for (other_id,) in rows:
        other = batch.records.get((state.entity, str(other_id)))
        if other is None or (not other.deleted and other.fields.get("contact_id") == contact_id):
            return True
    return any(
        other is not state
        and other.entity == state.entity
        and not other.deleted
        and other.fields.get(parent) == parent_id
        and other.fields.get("contact_id") == contact_id
        for other in batch.records.values()
    )
