"""Applying a push: exactly once, merged field by field, within the pusher's permissions.

One push is one transaction holding the writers' lock (see :mod:`.db`): either every change of
it is applied with its result stored, or none is and the client retries. Its long-text merges
share a time budget (:data:`~liaison.secretariat.merge.PUSH_MERGE_BUDGET_S`), so that no text
holds the lock for long; one that does not finish in it is a conflict. Each write takes the
next global sequence number; a record's ``rev`` is the number of its last write, and every
version is kept so that the merge base of any later push can be found. Rules: the package
docstring of :mod:`liaison.protocol`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, tuple_

from liaison.protocol import (
    APPLIED,
    CONFLICT,
    INSTITUTION,
    KIND_EDIT_DELETE,
    KIND_FIELD,
    KIND_REJECTED,
    LONG_TEXT_FIELDS,
    MERGED,
    OP_CREATE,
    OP_DELETE,
    OP_UPDATE,
    PRIVATE,
    REJECTED,
    SHARED,
    VISIBILITY_FIELD,
    Change,
    FieldConflict,
    PushResponse,
    Record,
    Result,
)
from liaison.protocol.constants import MAX_MERGES_PER_PUSH, MAX_PUSH_CHANGES, MERGED_INTO
from liaison.protocol.file_names import file_name_problem
from liaison.secretariat import echo as echoes
from liaison.secretariat import redirects, refs
from liaison.secretariat.accounts import Principal
from liaison.secretariat.batch import STATE_COLUMNS, Batch, State, Version, state_of
from liaison.secretariat.batch import base_version as _base
from liaison.secretariat.batch import conflict as _conflict
from liaison.secretariat.batch import flush as _flush
from liaison.secretariat.batch import result as _result
from liaison.secretariat.batch import write as _write
from liaison.secretariat.blob_refs import ATTACHMENTS
from liaison.secretariat.db import Database, check_epoch, lock_sequence, store_sequence
from liaison.secretariat.merge import changed_fields, merge_fields
from liaison.secretariat.models import AppliedChange, RecordVersion, SyncRecord, utcnow


def push(
    db: Database,
    principal: Principal,
    changes: list[Change],
    epoch: str | None = None,
    echo: str | None = None,
    *,
    lean: bool = False,
) -> PushResponse:
    """Apply ``changes`` (already validated by :func:`liaison.protocol.decode_push_request`),
    made in ``epoch`` (the client's ``Liaison-Epoch``; another than the database's is refused
    before anything is applied), by the sync ``echo`` (its ``Liaison-Echo``: the rows its
    answers tell in full are marked, so that its pull may leave them out, :mod:`.echo`).
    ``lean``: a large push, written with a small page cache (:meth:`Database.write`)."""
    with db.write(lean=lean) as connection:
        batch = Batch(connection, principal, lock_sequence(connection), echo=echo)
        check_epoch(connection, epoch)
        done = _stored_results(connection, [change["change_id"] for change in changes])
        _load(batch, changes)
        redirects.load(batch, changes)
        batch.hidden_refs = refs.out_of_sight(connection, principal, changes)
        results: list[Result] = []
        seen: dict[str, Result] = {}
        applied_at = utcnow()  # one transaction: its changes are applied at one time
        for change in changes:
            change_id = change["change_id"]
            if change_id in seen:  # the same change twice in one push: applied once
                results.append(seen[change_id])
            elif change_id in done:
                results.append(_replay(batch, change, done[change_id]))
            else:
                result = _apply(batch, change)
                batch.applied.append(
                    {
                        "change_id": change_id,
                        "user_id": principal.user_id,
                        "seq": batch.seq,
                        "result": {**result, "record": None, "has_record": result["record"] is not None},
                        "applied_at": applied_at,
                    }
                )
                results.append(result)
                echoes.mark(batch, result)
            seen[change_id] = results[-1]
        _flush(batch)
        store_sequence(connection, batch.seq)
        answer: PushResponse = {"results": results, "server_seq": batch.seq, "max_changes": MAX_PUSH_CHANGES}
        if echo is not None:
            answer["echo"] = echo
        return answer


# ---------------------------------------------------------------------------------------------
# Loading


def _stored_results(connection: Connection, change_ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
    if not change_ids:
        return {}
    rows = connection.execute(
        select(AppliedChange.change_id, AppliedChange.user_id, AppliedChange.result).where(
            AppliedChange.change_id.in_(set(change_ids))
        )
    )
    return {change_id: (user_id, result) for change_id, user_id, result in rows}


def _load(batch: Batch, changes: list[Change]) -> None:
    keys = {(change["entity"], change["record_id"]) for change in changes}
    if not keys:
        return
    rows = batch.connection.execute(
        select(*STATE_COLUMNS).where(
            # Both columns of the primary key (entity, id): on id alone the lookup scans every record.
            SyncRecord.entity.in_({entity for entity, _record_id in keys}),
            SyncRecord.id.in_({record_id for _entity, record_id in keys}),
        )
    )
    for row in rows:
        if (row[0], row[1]) in keys:
            batch.records[row[0], row[1]] = state_of(row)


# ---------------------------------------------------------------------------------------------
# Applying one change


def _apply(batch: Batch, change: Change) -> Result:
    redirected = redirects.redirect_refs(batch, change)
    answer = _apply_one(batch, redirected)
    if redirected is not change:
        return redirects.after_redirect(batch, change, answer)
    return answer


def _apply_one(batch: Batch, change: Change) -> Result:
    principal = batch.principal
    key = (change["entity"], change["record_id"])
    state = batch.records.get(key)
    if change["visibility"] == PRIVATE and change["op"] != OP_UPDATE:
        return _reject(batch, change, state, "Private records never leave the officer's machine.")
    refusal = _bad_field(change)
    if refusal is not None:
        return _reject(batch, change, state, refusal)
    if state is not None and not state.visible_to(principal):
        # Another institution's record out of this officer's sight: answered as if there were
        # none (no existence probe), except that a create may not take its id.
        if change["op"] == OP_CREATE:
            return _reject(batch, change, None, "This record id is already in use.")
        state = None
    reference = refs.hidden_reference(change, batch.hidden_refs)
    if reference is not None:
        return _reject(batch, change, state, f"{reference} names a record this officer may not see.")
    if state is None:
        if change["op"] == OP_DELETE:
            return _result(change, APPLIED, 0, None)
        if change["op"] != OP_CREATE:
            return _reject(batch, change, None, "The server has no such record.")
        return _create(batch, change)
    if state.owner_institution_id != principal.institution_id:
        return _reject(batch, change, state, "Only officers of the record's institution may change it.")
    if change["visibility"] == PRIVATE:
        return _withdraw(batch, change, state)
    if state.visibility == PRIVATE:
        return _withdrawn(batch, change, state)
    base = _base(batch, state, change["base_rev"])
    if change["op"] == OP_DELETE:
        return _delete(batch, change, state, base)
    return _update(batch, change, state, base)


def _bad_field(change: Change) -> str | None:
    """Why a field of ``change`` cannot be stored, beyond its wire type (which the body's decoding
    checked): an attached file's name with a path separator or a control character
    (:func:`~liaison.protocol.file_names.file_name_problem`), which would reach every laptop that
    may see the file. The change is rejected (kept by its author as a conflict with the reason),
    the rest of the push goes on."""
    if change["entity"] == ATTACHMENTS and change["op"] != OP_DELETE and "name" in change["fields"]:
        return file_name_problem(change["fields"]["name"])
    return None


def _withdraw(batch: Batch, change: Change, state: State) -> Result:
    """A record made private by an officer of its institution who chose to take it back: it
    leaves everyone's sight (each officer who had it is sent the tombstone of a record that left
    their sight, which removes their copy), its author keeps it on their laptop. The server keeps
    its versions (they were shared) and the record, deleted and ``private``, so that sharing it
    again brings it back. Its fields in the change (edits made private) are not taken. Fields
    that others changed after the revision the withdrawal was made on are answered in a conflict
    kept for the withdrawing officer alone: they would otherwise vanish with the record unseen."""
    if state.visibility == PRIVATE and state.deleted:
        return _result(change, APPLIED, state.rev, _out_of_sight(state))
    # What others changed since the withdrawing officer last synced would vanish with the
    # record unseen: it is kept in a conflict for that officer alone (nothing of it is lost).
    base = _base(batch, state, change["base_rev"])
    edited = {} if base is None else changed_fields(base.mergeable(), state.mergeable())
    edited.pop(VISIBILITY_FIELD, None)
    state.visibility, state.deleted = PRIVATE, True
    _write(batch, state, change["change_id"])
    if not edited:
        return _result(change, APPLIED, state.rev, _out_of_sight(state))
    return _kept_for_author(
        batch,
        change,
        state,
        edited,
        "Others changed the record since you last synced; their values are kept in your conflicts.",
        private=False,
    )


def _withdrawn(batch: Batch, change: Change, state: State) -> Result:
    """A change of a withdrawn record. Shared again (a visibility the protocol lets travel) on
    the withdrawn revision or later, i.e. by a laptop that saw the withdrawal — its author's, the
    only one that still has the record: back, as a restore, with the fields sent merged onto it.
    Anything else (a colleague's edit made before their copy was removed): kept in a conflict for
    its author alone — the record's values are its institution's to share no more."""
    if change["op"] == OP_DELETE:
        return _result(change, APPLIED, state.rev, _out_of_sight(state))
    if change["visibility"] is not None and change["base_rev"] >= state.rev:
        # institution or shared, by someone who saw the withdrawal (its author): it comes back
        merge = merge_fields(
            state.mergeable(),
            state.mergeable(),
            {**change["fields"], VISIBILITY_FIELD: change["visibility"]},
            long_text=LONG_TEXT_FIELDS[state.entity],
            deadline=batch.merge_deadline,
        )
        values = dict(merge.values)
        state.visibility = values.pop(VISIBILITY_FIELD)
        state.was_shared = state.was_shared or state.visibility == SHARED
        state.fields, state.deleted = values, False
        _write(batch, state, change["change_id"])
        return _result(change, APPLIED, state.rev, state.wire())
    sides = {
        name: FieldConflict(base=None, server=None, client=value) for name, value in change["fields"].items()
    }
    return _kept_for_author(
        batch,
        change,
        state,
        sides,
        "Its institution made the record private and took it back; your text is kept here.",
        private=True,
    )


def _kept_for_author(
    batch: Batch,
    change: Change,
    state: State,
    sides: dict[str, FieldConflict],
    message: str,
    *,
    private: bool,
) -> Result:
    """The answer to a change of a withdrawn (or withdrawing) record whose values would vanish
    with it: kept in a conflict for the change's author alone (``private``: recorded as a private
    record's, else with the record's visibility), the record answered as out of sight."""
    conflict = _conflict(batch, change, None if private else state, KIND_EDIT_DELETE, sides, author_only=True)
    return _result(change, CONFLICT, state.rev, _out_of_sight(state), conflict, message)


def _out_of_sight(state: State) -> Record:
    """What an officer is told of a record that left their sight: its id, nothing more."""
    return {
        "entity": state.entity,
        "id": state.id,
        "rev": state.rev,
        "deleted": True,
        "visibility": INSTITUTION,
        "owner_institution_id": None,
        "fields": {},
        "hidden": True,
    }


def _create(batch: Batch, change: Change) -> Result:
    visibility = change["visibility"]
    assert visibility is not None  # decode_change requires it on create
    state = State(
        change["entity"],
        change["record_id"],
        0,
        False,
        visibility,
        batch.principal.institution_id,
        visibility == SHARED,
        dict(change["fields"]),
        False,
    )
    batch.records[state.entity, state.id] = state
    _write(batch, state, change["change_id"])
    return _result(change, APPLIED, state.rev, state.wire())


def _update(batch: Batch, change: Change, state: State, base: Version | None) -> Result:
    if state.deleted and not (base is not None and base.deleted):
        folded = redirects.fold_edit(batch, change, state, base)
        if folded is not None:  # the contact was merged: the edit goes to the kept one
            return folded
        # an edit made without seeing the server's delete: the record stays deleted
        sides = {
            name: FieldConflict(
                base=None if base is None else base.fields.get(name),
                server=state.fields.get(name),
                client=value,
            )
            for name, value in change["fields"].items()
        }
        conflict = _conflict(batch, change, state, KIND_EDIT_DELETE, sides, author_only=False)
        return _result(
            change, CONFLICT, state.rev, state.wire(), conflict, "The record was deleted meanwhile."
        )
    client = dict(change["fields"])
    if change["visibility"] is not None:
        client[VISIBILITY_FIELD] = change["visibility"]
    merge = merge_fields(
        None if base is None else base.mergeable(),
        state.mergeable(),
        client,
        long_text=LONG_TEXT_FIELDS[state.entity],
        deadline=batch.merge_deadline,
    )
    restored = state.deleted  # the client saw the delete (base is deleted) and edits again
    current = base is not None and base.rev == state.rev  # made on the latest version
    if merge.changed or restored:
        values = dict(merge.values)
        state.visibility = values.pop(VISIBILITY_FIELD)
        state.was_shared = state.was_shared or state.visibility == SHARED
        state.fields = values
        state.deleted = False
        _write(batch, state, change["change_id"])
    if restored:
        redirects.end(batch, state)
    if merge.conflicts:
        conflict = _conflict(batch, change, state, KIND_FIELD, merge.conflicts, author_only=False)
        return _result(
            change, CONFLICT, state.rev, state.wire(), conflict, "Some fields were changed meanwhile."
        )
    return _result(change, APPLIED if current else MERGED, state.rev, state.wire())


def _delete(batch: Batch, change: Change, state: State, base: Version | None) -> Result:
    if change.get(MERGED_INTO) and batch.merges >= MAX_MERGES_PER_PUSH:
        return _reject(batch, change, state, f"At most {MAX_MERGES_PER_PUSH} merges in one push.")
    merged = redirects.merge_delete(batch, change, state, base)
    if merged is not None:
        return merged
    if state.deleted:
        return _result(change, APPLIED, state.rev, redirects.tombstone(batch, state))
    edited = changed_fields(None if base is None else base.mergeable(), state.mergeable())
    if base is None or base.deleted or edited:
        conflict = _conflict(batch, change, state, KIND_EDIT_DELETE, edited, author_only=False)
        return _result(
            change, CONFLICT, state.rev, state.wire(), conflict, "The record was changed meanwhile."
        )
    state.deleted = True
    _write(batch, state, change["change_id"])
    return _result(change, APPLIED, state.rev, state.wire())


def _reject(batch: Batch, change: Change, state: State | None, message: str) -> Result:
    visible = state is not None and state.visible_to(batch.principal)
    sides: dict[str, FieldConflict] = {
        name: FieldConflict(
            base=None, server=state.fields.get(name) if visible and state is not None else None, client=value
        )
        for name, value in change["fields"].items()
    }
    if change["visibility"] is not None:
        sides[VISIBILITY_FIELD] = FieldConflict(
            base=None,
            server=state.visibility if visible and state is not None else None,
            client=change["visibility"],
        )
    # A refused private change reaches its author only: its values were never meant to travel.
    author_only = not visible or change["visibility"] == PRIVATE
    conflict = _conflict(
        batch, change, state if visible else None, KIND_REJECTED, sides, author_only=author_only
    )
    record = state.wire() if visible and state is not None else None
    return _result(change, REJECTED, 0 if record is None else record["rev"], record, conflict, message)


# ---------------------------------------------------------------------------------------------
# Retries


def _replay(batch: Batch, change: Change, stored: tuple[str, dict[str, Any]]) -> Result:
    """The result a change got the first time, with its record as that change left it."""
    user_id, result = stored
    if user_id != batch.principal.user_id:
        return _result(change, REJECTED, 0, None, None, "This change id was already used by someone else.")
    record: Record | None = None
    if result.get("has_record") and result["rev"]:
        key = (change["entity"], change["record_id"])
        state = batch.records.get(key)
        if state is not None and state.visible_to(batch.principal):
            row = batch.connection.execute(
                select(RecordVersion.deleted, RecordVersion.visibility, RecordVersion.fields).where(
                    tuple_(RecordVersion.entity, RecordVersion.record_id, RecordVersion.rev)
                    == (state.entity, state.id, result["rev"])
                )
            ).first()
            if row is not None:
                record = {
                    "entity": state.entity,
                    "id": state.id,
                    "rev": int(result["rev"]),
                    "deleted": row[0],
                    "visibility": row[1],
                    "owner_institution_id": state.owner_institution_id,
                    "fields": dict(row[2]),
                }
                keep = redirects.kept_id(batch, state)
                if keep is not None and row[0]:
                    record[MERGED_INTO] = keep
    return {
        "change_id": result["change_id"],
        "status": result["status"],
        "rev": result["rev"],
        "record": record,
        "conflict": result["conflict"],
        "message": result["message"],
    }
