"""Pushing the outbox: claim a batch, send it, and confirm it in one local transaction.

A batch is claimed (its entries get a ``batch_id``) in one transaction, so that edits made while
it is on the wire start a new entry instead of changing what is being sent. The confirmation
deletes exactly the claimed entries and writes the server's answers in one transaction; if
anything fails between the two (the connection drops after the server applied the batch, the
laptop dies), the entries are still claimed, and the next sync sends that batch first with the
same change ids, which the server answers from its record without applying anything twice.

Private records never leave: an entry is sent only if its record is not ``private`` now; held
entries stay in the outbox (a record made shared later sends what was held, folded).

Edits made during a push, to a record that push carries (meeting mode saves every second), are
rebased onto the server's answer at confirmation: the fields the server changed meanwhile are
merged three-way (long text) or, for a scalar, the server's value stays and ours goes to the
conflict inbox, as the server itself decides. Without this the next push would be merged
against the old base and repeat the text already sent.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections import deque
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import msgspec
from sqlalchemy import delete, func, literal, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import Text

from liaison.protocol import constants as c
from liaison.protocol.entities import ENTITY_FIELDS, is_long_text
from liaison.protocol.messages import PushResponse, Record, Result
from liaison.services import changes
from liaison.services.changes import dumps
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.services.replica import CHUNK, RemoteRecord, apply_records, record_wire
from liaison.store.base import new_id
from liaison.store.local import OUTBOX
from liaison.sync import conflicts, restore
from liaison.sync.answers import decode_answer
from liaison.sync.errors import ServerError
from liaison.sync.files import upload_for_batch
from liaison.sync.merge import merge_text

if TYPE_CHECKING:
    from liaison.sync.client import Run

BATCH = c.MAX_PUSH_CHANGES
"""The most changes a batch holds: as many as this release's server takes, once the server says
it takes them (``max_changes`` in a push's answer); until then, and with a server of an earlier
release, :data:`~liaison.protocol.constants.BASE_PUSH_CHANGES`."""
ATTACHMENTS_ENTITY = "attachments"
_BESIDE_FIELDS = ("visibility", "owner_institution_id", "deleted")


@dataclass
class PushStats:
    pushed: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    held_private: int = 0
    new_conflicts: int = 0
    rebased: int = 0
    files_held: int = 0
    """Attachments not sent because their bytes could not be (missing here, or damaged)."""
    server_seq: int = 0
    records: list[str] = field(default_factory=list)
    max_changes: int = c.BASE_PUSH_CHANGES
    """The changes a batch may hold: what the server's last answer announced (at most
    :data:`BATCH`), else what every server takes."""

    def add(self, other: PushStats) -> None:
        """Fold a later push of the same sync into this one."""
        for name in ("pushed", "applied", "merged", "conflicts", "rejected"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.held_private = max(self.held_private, other.held_private)  # the same entries, held again
        self.new_conflicts += other.new_conflicts
        self.rebased += other.rebased
        self.files_held = max(self.files_held, other.files_held)  # the same files, held again
        self.server_seq = max(self.server_seq, other.server_seq)
        self.records.extend(other.records)


def push(run: Run) -> PushStats:
    """Send every claimed-but-unconfirmed batch, then the outbox as it stood when the sync
    started, batch by batch."""
    stats = PushStats()
    app = run.app
    with app.store.read() as session:
        leftovers = list(
            session.execute(
                select(OUTBOX.c.batch_id)
                .where(OUTBOX.c.batch_id.is_not(None))
                .group_by(OUTBOX.c.batch_id)
                .order_by(func.min(OUTBOX.c.seq))
            ).scalars()
        )
        last_seq = int(session.scalar(select(func.max(OUTBOX.c.seq))) or 0)
        total = int(session.scalar(select(func.count()).select_from(OUTBOX)) or 0)
    run.progress("push", 0, total)
    for batch_id in leftovers:
        run.check_cancel()
        _trim(run, str(batch_id))
        ready = _prepare(run, stats, str(batch_id))
        if ready is not None:
            _land(run, stats, _launch(run, None, ready))
        run.progress("push", stats.pushed, total)
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="liaison-push") as wire:
            _pipeline(run, stats, wire, last_seq, total)
    finally:
        if stats.pushed:
            app.store.checkpoint()  # the claims and confirmations let the WAL grow
    return stats


@dataclass
class _Flight:
    """A claimed batch: its entries and the answer coming (the call runs on the wire thread)."""

    batch_id: str
    entries: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    answer: Future[PushResponse] | None = None

    @property
    def keys(self) -> set[tuple[str, str]]:
        return {(entry["entity"], entry["record_id"]) for entry in self.entries}


def _pipeline(run: Run, stats: PushStats, wire: ThreadPoolExecutor, last_seq: int, total: int) -> None:
    """Claim, send and confirm batches, with up to two handed to the wire thread: while the
    server merges one, the next waits on the wire thread to go the moment its answer is back,
    and this thread confirms the one before and claims the one after (a first push of 100,000
    contacts waited on each in turn, then on the server while confirming). The wire thread
    sends one at a time (the server takes an officer's pushes one at a time anyway), and a
    batch only if the one before it was answered, so the server applies them in order. A claim
    stops at a record whose change is in a batch not yet confirmed (its next change goes on the
    answer). A failure leaves the claimed batches claimed: the next sync resends them, in order,
    first."""
    after = 0
    flights: deque[_Flight] = deque()
    try:
        while True:
            run.check_cancel()
            ready = None
            if after < last_seq and len(flights) < _IN_FLIGHT:
                busy = set().union(*(flight.keys for flight in flights))
                claimed, after = _claim(run, stats, after, last_seq, busy)
                ready = _prepare(run, stats, *claimed) if claimed is not None else None
            if ready is not None:
                flights.append(_launch(run, wire, ready, flights[-1] if flights else None))
            if flights and (ready is None or len(flights) >= _IN_FLIGHT):
                _land(run, stats, flights.popleft())
                run.progress("push", stats.pushed, total)
            elif not flights and after >= last_seq:
                return
    finally:
        waiting = [flight.answer for flight in flights if flight.answer is not None]
        for answer in waiting:
            answer.cancel()
        for answer in waiting:
            with contextlib.suppress(BaseException):
                answer.result()  # the wire thread finishes; the batch stays claimed


_IN_FLIGHT = 2
"""Batches handed to the wire thread and not yet confirmed, at most."""


def _prepare(
    run: Run,
    stats: PushStats,
    batch_id: str,
    claimed: list[dict[str, Any]] | None = None,
    visibilities: Mapping[tuple[str, str], str] | None = None,
) -> _Flight | None:
    """The changes of a claimed batch, its attachments' bytes sent first. ``claimed`` and
    ``visibilities`` are what the claim itself read (a batch left claimed by an earlier sync
    is read here)."""
    if claimed is not None and visibilities is not None:
        entries = claimed
    else:
        with run.app.store.read() as session:
            entries = [
                dict(row)
                for row in session.execute(
                    select(OUTBOX).where(OUTBOX.c.batch_id == batch_id).order_by(OUTBOX.c.seq)
                ).mappings()
            ]
            visibilities = _visibilities(session, entries)
    if not entries:
        return None
    held = {
        e["record_id"]
        for e in entries
        if e["entity"] == ATTACHMENTS_ENTITY and e["record_id"] in run.held_files
    }
    rest = [e for e in entries if e["record_id"] not in held]
    held |= upload_for_batch(run.app, run.files(), rest)  # bytes first: no laptop sees a file it cannot get
    run.held_files |= held
    if held:
        entries = _hold_files(run, stats, batch_id, entries, held)
        if not entries:
            return None
    sent = [_change(entry, visibilities.get((entry["entity"], entry["record_id"]))) for entry in entries]
    return _Flight(batch_id, entries, sent)


def _trim(run: Run, batch_id: str) -> None:
    """A batch left claimed by an earlier sync goes again with no more changes than every server
    takes (the server may have gone back to an earlier release since): the rest of it is claimed
    again later, with the same change ids."""
    with run.app.store.write() as session:
        beyond = session.scalars(
            select(OUTBOX.c.seq)
            .where(OUTBOX.c.batch_id == batch_id)
            .order_by(OUTBOX.c.seq)
            .offset(c.BASE_PUSH_CHANGES)
        ).all()
        if beyond:
            session.execute(update(OUTBOX).where(OUTBOX.c.seq.in_(beyond)).values(batch_id=None))


def _hold_files(
    run: Run, stats: PushStats, batch_id: str, entries: Sequence[dict[str, Any]], held: set[str]
) -> list[dict[str, Any]]:
    """Take the attachments whose bytes cannot be sent out of the batch (unclaimed: the next
    sync tries again); the batch's other entries go on."""
    with run.app.store.write() as session:
        session.execute(
            update(OUTBOX)
            .where(
                OUTBOX.c.batch_id == batch_id,
                OUTBOX.c.entity == ATTACHMENTS_ENTITY,
                OUTBOX.c.record_id.in_(sorted(held)),
            )
            .values(batch_id=None)
        )
    stats.files_held += len(held)
    return [e for e in entries if not (e["entity"] == ATTACHMENTS_ENTITY and e["record_id"] in held)]


def _launch(
    run: Run, wire: ThreadPoolExecutor | None, flight: _Flight, after: _Flight | None = None
) -> _Flight:
    """Send ``flight`` on the wire thread (or at once without one), once the batch before it
    (``after``) was answered: if that one failed, this one is not sent."""
    before = after.answer if after is not None else None

    def send() -> PushResponse:
        if before is not None:
            before.result()  # raises what the batch before met (it runs first: one wire thread)
        answer: PushResponse = run.call(
            "POST", c.PUSH_PATH, body={"changes": flight.changes}, decode=decode_answer
        )
        return answer

    if wire is None:
        done: Future[PushResponse] = Future()
        done.set_result(send())
        flight.answer = done
    else:
        flight.answer = wire.submit(send)
    return flight


def _land(run: Run, stats: PushStats, flight: _Flight) -> None:
    """Wait for ``flight``'s answer and confirm it (one local transaction)."""
    assert flight.answer is not None
    response = flight.answer.result()
    run.echo.answered(response)
    entries = flight.entries
    if len(response["results"]) != len(entries) or any(
        result["change_id"] != entry["change_id"]
        for result, entry in zip(response["results"], entries, strict=False)
    ):
        raise ServerError(status="push", message="the answer does not match the changes sent")
    # Not flushed to the disk (as a pulled page): a power cut may undo the confirmation, and the
    # next sync sends the batch again with the same change ids, answered from the server's record.
    with run.app.store.write(foreign_keys=False, durable=False) as session:
        _confirm(run, session, stats, flight.batch_id, entries, response["results"])
    stats.server_seq = max(stats.server_seq, response["server_seq"])
    stats.max_changes = min(BATCH, response.get("max_changes", c.BASE_PUSH_CHANGES))


def _claim(
    run: Run, stats: PushStats, after: int, last_seq: int, in_flight: set[tuple[str, str]]
) -> tuple[tuple[str, list[dict[str, Any]], dict[tuple[str, str], str]] | None, int]:
    """Claim up to ``stats.max_changes`` sendable entries with ``after < seq <= last_seq``, and no more
    than :data:`~liaison.protocol.constants.PUSH_BATCH_CHARS` of field text (one entry may be
    longer: it goes alone), so that the body stays within the server's limit, nor more than
    :data:`~liaison.protocol.constants.MAX_MERGES_PER_PUSH` merges; returns the batch (its id,
    its entries and their records' visibilities; None when all were private) and the last seq
    looked at.

    The claim is not flushed to the disk (``durable=False``): a power cut may undo it, and the
    entries are claimed again by the next sync, with the same change ids (a batch the server
    applied meanwhile is answered from its record). Anything typed afterwards is committed
    durably, and with it the claim before it."""
    batch_id = new_id()
    limit = stats.max_changes
    with run.app.store.write(durable=False) as session:
        query = (
            select(*_CLAIMED)
            .where(OUTBOX.c.batch_id.is_(None), OUTBOX.c.seq > after, OUTBOX.c.seq <= last_seq)
            .order_by(OUTBOX.c.seq)
            .limit(limit + limit // _SPARE)
        )
        rows = [dict(zip(_CLAIMED_NAMES, row, strict=True)) for row in session.execute(query)]
        if not rows:
            return None, last_seq
        visibilities = _visibilities(session, rows)
        chosen: list[dict[str, Any]] = []
        records: set[tuple[str, str]] = set()
        chars = merges = 0
        looked = after
        for row in rows:
            key = (row["entity"], row["record_id"])
            if key in records or key in in_flight:
                break  # one change per record in a batch: the next goes on this one's answer
            private = visibilities.get(key, c.PRIVATE) == c.PRIVATE  # private now, or gone
            if (private and row["op"] != changes.WITHDRAW) or row["entity"] not in ENTITY_FIELDS:
                looked = row["seq"]
                stats.held_private += 1
                continue
            text = row["fields"] or ""
            chars += len(text)
            merges += row["op"] == c.OP_DELETE and f'"{c.MERGED_INTO}"' in text
            if chosen and (chars > c.PUSH_BATCH_CHARS or merges > c.MAX_MERGES_PER_PUSH):
                break  # this entry starts the next batch
            looked = row["seq"]
            chosen.append(row)
            records.add(key)
            if len(chosen) >= limit:
                break
        if not chosen:
            return None, looked
        session.execute(
            update(OUTBOX).where(OUTBOX.c.seq.in_([e["seq"] for e in chosen])).values(batch_id=batch_id)
        )
    for entry in chosen:
        entry["batch_id"] = batch_id
        entry["fields"] = _json(entry["fields"])
    return (batch_id, chosen, visibilities), looked


_SPARE = 10
"""A claim reads a batch and a tenth more, to pass over entries of private records: each entry
read is looked up and its fields read, and a first push has none to pass over (half a batch
more read a third more rows than were sent). Many private entries only make that claim's batch
smaller; the next one goes on after them."""

_CLAIMED = (
    OUTBOX.c.seq,
    OUTBOX.c.change_id,
    OUTBOX.c.entity,
    OUTBOX.c.record_id,
    OUTBOX.c.op,
    OUTBOX.c.base_rev,
    type_coerce(OUTBOX.c.fields, Text).label("fields"),
)
"""What a claim reads of an entry (what sending and confirming it need; ``base_fields`` is read
for entries written during a push, :func:`_rebase`): ``fields`` as its text, decoded by msgspec
for the entries the claim takes (the column's ``json.loads`` was a tenth of the push)."""
_CLAIMED_NAMES = tuple(column.name for column in _CLAIMED)
_DECODE = msgspec.json.Decoder()


def _json(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return _DECODE.decode(text)
    except msgspec.DecodeError:  # what msgspec refuses and json reads (NaN): as the column reads it
        return json.loads(text)


def _visibilities(session: Session, entries: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """The visibility of each entry's record now, by (entity, id); a record that is gone (or
    of an entity this desktop does not hold) is left out."""
    by_entity: dict[str, set[str]] = {}
    for entry in entries:
        by_entity.setdefault(entry["entity"], set()).add(entry["record_id"])
    out: dict[tuple[str, str], str] = {}
    for entity, ids in by_entity.items():
        spec = ENTITIES.get(entity)
        if spec is None:
            continue
        name = table_of(spec).name
        for record_id, visibility in _rows_in(
            session, f'SELECT id, visibility FROM "{name}"', "id", sorted(ids)
        ):
            out[(entity, record_id)] = visibility
    return out


def _rows_in(session: Session, query: str, column: str, values: Sequence[Any]) -> list[tuple[Any, ...]]:
    """``query WHERE column IN (values)``, ``CHUNK`` values at a time, straight through the
    driver: plain columns (text, numbers) only, as the driver returns them. SQLAlchemy's
    expanding ``IN`` builds and names a parameter per value, and its rows come one by one: a
    first push of 100,000 contacts asked this some 900 times, 2,000 ids each, and that was a
    tenth of the laptop's claiming and confirming."""
    connection = session.connection()
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), CHUNK):
        part = tuple(values[start : start + CHUNK])
        marks = ",".join("?" * len(part))
        rows.extend(connection.exec_driver_sql(f"{query} WHERE {column} IN ({marks})", part).all())
    return rows


def _change(entry: Mapping[str, Any], visibility: str | None) -> dict[str, Any]:
    if entry["op"] == changes.WITHDRAW:  # the protocol's withdrawal: an update to private
        return {
            "change_id": entry["change_id"],
            "entity": entry["entity"],
            "record_id": entry["record_id"],
            "op": c.OP_UPDATE,
            "base_rev": entry["base_rev"],
            "fields": {},
            "visibility": c.PRIVATE,
            "owner_institution_id": None,
        }
    known = ENTITY_FIELDS[entry["entity"]]
    raw = entry["fields"] or {}
    fields = {} if entry["op"] == c.OP_DELETE else {k: v for k, v in raw.items() if k in known}
    if raw.get("deleted") is False and entry["op"] == c.OP_UPDATE:
        fields["deleted"] = False  # a restore (the protocol reads it as such)
    wanted = raw.get("visibility") if entry["op"] != c.OP_CREATE else visibility
    change = {
        "change_id": entry["change_id"],
        "entity": entry["entity"],
        "record_id": entry["record_id"],
        "op": entry["op"],
        "base_rev": entry["base_rev"],
        "fields": fields,
        "visibility": wanted if wanted in c.SYNCED_VISIBILITIES else None,
        "owner_institution_id": None,
    }
    if entry["op"] == c.OP_DELETE and raw.get(c.MERGED_INTO):
        change[c.MERGED_INTO] = raw[c.MERGED_INTO]  # a merge (liaison.services.merge)
    return change


def _confirm(
    run: Run,
    session: Session,
    stats: PushStats,
    batch_id: str,
    entries: Sequence[Mapping[str, Any]],
    results: Sequence[Result],
) -> None:
    """One transaction: the claimed entries go, the answers are written, conflicts kept."""
    session.execute(delete(OUTBOX).where(OUTBOX.c.batch_id == batch_id))
    answers: dict[tuple[str, str], Record] = {}
    as_sent: set[tuple[str, str]] = set()
    created_here: set[tuple[str, str]] = set()
    for entry, result in zip(entries, results, strict=True):
        stats.pushed += 1
        if entry["op"] == changes.WITHDRAW and result["status"] in (c.APPLIED, c.CONFLICT):
            _withdrawn(session, entry, result["rev"])
            if result["conflict"] is not None:  # others' edits since our base: kept in the inbox
                stats.conflicts += 1
                if conflicts.store_server_conflict(session, result["conflict"], result["message"]):
                    stats.new_conflicts += 1
            continue
        status = result["status"]
        if status == c.APPLIED:
            stats.applied += 1
        elif status == c.MERGED:
            stats.merged += 1
        elif status == c.CONFLICT:
            stats.conflicts += 1
        else:
            stats.rejected += 1
        conflict = result["conflict"]
        if conflict is not None:
            reason = result["message"] if status == c.REJECTED else None
            if conflicts.store_server_conflict(session, conflict, reason):
                stats.new_conflicts += 1
        elif status == c.REJECTED:
            conflicts.store_local_conflict(
                session,
                entity=entry["entity"],
                record_id=entry["record_id"],
                kind=c.KIND_REJECTED,
                fields={
                    name: {"base": None, "server": None, "client": value}
                    for name, value in (entry["fields"] or {}).items()
                    if name != "deleted"
                },
                change_id=entry["change_id"],
                author=run.username,
                message=result["message"],
                conflict_id=entry["change_id"],
            )
            stats.new_conflicts += 1
        if status == c.CONFLICT and entry["op"] == c.OP_DELETE:
            stats.new_conflicts += _keep_edits_of_a_refused_delete(run, session, entry, result)
        if result["record"] is not None:
            answers[(entry["entity"], entry["record_id"])] = result["record"]
        if status == c.APPLIED:
            as_sent.add((entry["entity"], entry["record_id"]))
            if entry["op"] == c.OP_CREATE:
                created_here.add((entry["entity"], entry["record_id"]))
    confirmed = zip(entries, results, strict=True)
    restore.note_sent(session, ((e, r["rev"]) for e, r in confirmed if r["status"] != c.REJECTED))
    overlays, deleted_here = _rebase(run, session, stats, answers, as_sent)
    # A create the server applied as sent is what this machine holds (edits made since are
    # overlays): only its revision, owner and visibility are new. Anything else is compared.
    created = {key for key in as_sent & created_here if key not in overlays and not answers[key]["deleted"]}
    same = (
        deleted_here
        | created
        | _as_held_here(
            session,
            {key: record for key, record in answers.items() if key not in overlays and key not in created},
        )
    )
    _stamp(session, [answers[key] for key in same])
    rest = [RemoteRecord.from_json(record) for key, record in answers.items() if key not in same]
    run.echo.confirmed(apply_records(session, rest, overlays=overlays, rewrite=True).kept_local)


def _withdrawn(session: Session, entry: Mapping[str, Any], rev: int) -> None:
    """The server took the record out of everyone's sight: it stays here, private, at the
    withdrawn revision, and what waits for it (edits made private, held until it is shared
    again) moves onto that revision, so that sharing it again brings it back on the server."""
    table = table_of(ENTITIES[entry["entity"]])
    session.execute(update(table).where(table.c.id == entry["record_id"]).values(server_rev=rev))
    session.execute(
        update(OUTBOX)
        .where(OUTBOX.c.entity == entry["entity"], OUTBOX.c.record_id == entry["record_id"])
        .values(base_rev=rev)
    )


def _keep_edits_of_a_refused_delete(
    run: Run, session: Session, entry: Mapping[str, Any], result: Result
) -> int:
    """A delete refused because someone edited the record meanwhile brings the record back as
    the server has it. Edits this machine made before deleting it were folded into the delete and
    never sent (a delete carries no fields), so they would vanish with the resurrection: keep
    those that differ from the server's record in the inbox, as any other clash. Returns 1 if
    anything was kept."""
    record = result["record"]
    server = record["fields"] if record is not None else {}
    wire_fields = ENTITY_FIELDS[entry["entity"]]
    kept = {
        name: {"base": None, "server": server.get(name), "client": value}
        for name, value in (entry["fields"] or {}).items()
        if name in wire_fields and name not in _BESIDE_FIELDS and server.get(name) != value
    }
    if not kept:
        return 0
    conflicts.store_local_conflict(
        session,
        entity=entry["entity"],
        record_id=entry["record_id"],
        kind=c.KIND_EDIT_DELETE,
        fields=kept,
        change_id=entry["change_id"],
        author=run.username,
        message=None,
        conflict_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"refused-delete:{entry['change_id']}")),
    )
    return 1


def _as_held_here(session: Session, answers: Mapping[tuple[str, str], Record]) -> set[tuple[str, str]]:
    """The answers whose fields are exactly what this machine holds (the usual case: the server
    applied the change as sent). They need only their new revision and the owner and visibility
    the server gave them, none of which the search index shows; the others (merged, another
    officer's fields, an undone rejection) are written in full."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in answers:
        if not answers[entity, record_id]["deleted"]:
            by_entity.setdefault(entity, []).append(record_id)
    same: set[tuple[str, str]] = set()
    for entity, ids in by_entity.items():
        spec = ENTITIES[entity]
        table = table_of(spec)
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(select(table).where(table.c.id.in_(ids[start : start + CHUNK])))
            for row in rows.mappings():
                answer = answers[entity, row["id"]]
                if not row["deleted"] and record_wire(spec, dict(row)) == answer["fields"]:
                    same.add((entity, row["id"]))
    return same


def _stamp(session: Session, records: Sequence[Record]) -> None:
    """Record the server's revision (and owner, visibility) of records whose fields are
    unchanged: one ``executemany`` of tuples per table (plain columns: nothing for SQLAlchemy to
    convert), no search re-indexing (nothing shown changed)."""
    by_entity: dict[str, list[tuple[Any, ...]]] = {}
    for record in records:
        by_entity.setdefault(record["entity"], []).append(
            (record["rev"], record["owner_institution_id"], record["visibility"], record["id"], record["rev"])
        )
    connection = session.connection()
    for entity, rows in by_entity.items():
        table = table_of(ENTITIES[entity]).name
        connection.exec_driver_sql(
            # Never backwards: another process (the window, a script) may have pulled newer.
            f'UPDATE "{table}" SET server_rev = ?, owner_institution_id = ?, visibility = ? '
            "WHERE id = ? AND server_rev <= ?",
            rows,
        )


def _unclaimed_entries(session: Session, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The entries of records ``ids`` that no batch claims (written while a push was under
    way, or queued behind it), in order."""
    # By record id only, the claimed ones dropped here: with "batch_id IS NULL" in the query
    # SQLite walked the batch index over every unsent entry, for each batch (a first push of
    # 200,000 changes spent most of its time there)
    # (their seqs first, then the whole of the unclaimed ones, usually none: the entries of the
    # batch claimed next were read and decoded only to be dropped)
    unclaimed = [
        seq
        for seq, batch_id in _rows_in(session, f'SELECT seq, batch_id FROM "{OUTBOX.name}"', "record_id", ids)
        if batch_id is None
    ]
    later = [
        dict(row)
        for start in range(0, len(unclaimed), CHUNK)
        for row in session.execute(
            select(OUTBOX).where(OUTBOX.c.seq.in_(unclaimed[start : start + CHUNK]))
        ).mappings()
    ]
    later.sort(key=lambda entry: entry["seq"])
    return later


def _rebase(
    run: Run,
    session: Session,
    stats: PushStats,
    answers: Mapping[tuple[str, str], Record],
    as_sent: set[tuple[str, str]],
) -> tuple[dict[tuple[str, str], dict[str, Any]], set[tuple[str, str]]]:
    """Move entries written while the batch was on the wire (or queued behind it: one change
    per record goes in a batch) onto the server's answer; returns their values per record, to be
    written over the answer, and the records deleted here meanwhile (to keep deleted: only their
    revision is taken from the answer). A delete moves onto the answer only when the server took
    the change before it as sent (``as_sent``): an answer that merged a colleague's edit is news
    to the officer who deleted, so the delete stays against what they saw, and the server keeps
    the record and the conflict rather than burying the colleague's words in a tombstone."""
    ids = sorted({record_id for _entity, record_id in answers})
    if not ids:
        return {}, set()
    deleted_here: set[tuple[str, str]] = set()
    later = _unclaimed_entries(session, ids)
    overlays: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in later:
        key = (entry["entity"], entry["record_id"])
        answer = answers.get(key)
        if answer is None or answer["deleted"]:
            continue  # an edit against a delete: pushed as it is, the server keeps both sides
        if entry["op"] == c.OP_DELETE:
            # Deleted here while the batch was on the wire: the delete goes next, against the
            # answer's revision, and the record stays deleted here (only its revision moves).
            if key in as_sent:
                rebased = update(OUTBOX).where(OUTBOX.c.seq == entry["seq"]).values(base_rev=answer["rev"])
                session.execute(rebased)
            deleted_here.add(key)
            stats.rebased += 1
            continue
        server = answer["fields"]
        kept: dict[str, Any] = {}
        bases: dict[str, Any] = {}
        clashes: dict[str, dict[str, Any]] = {}
        for name, ours in (entry["fields"] or {}).items():
            if name in _BESIDE_FIELDS or name not in server or entry["op"] == c.OP_CREATE:
                kept[name] = ours
                continue
            base = (entry["base_fields"] or {}).get(name, server[name])
            theirs = server[name]
            value: Any = ours
            if theirs not in (base, ours):
                merged = None
                if is_long_text(entry["entity"], name) and isinstance(theirs, str | None):
                    merged = merge_text(base, ours, theirs)
                if merged is None:
                    clashes[name] = {"base": base, "server": theirs, "client": ours}
                    continue  # the server's value stays, ours goes to the inbox
                value = merged
            kept[name] = value
            bases[name] = theirs
        if clashes:
            conflicts.store_local_conflict(
                session,
                entity=key[0],
                record_id=key[1],
                kind=c.KIND_FIELD,
                fields=clashes,
                change_id=entry["change_id"],
                author=run.username,
                message=None,
            )
            stats.new_conflicts += 1
        values: dict[str, Any] = {"base_rev": answer["rev"], "fields": literal(dumps(kept), Text())}
        values["base_fields"] = literal(dumps(bases), Text())
        if not kept and entry["op"] == c.OP_UPDATE:
            session.execute(delete(OUTBOX).where(OUTBOX.c.seq == entry["seq"]))
        else:
            session.execute(update(OUTBOX).where(OUTBOX.c.seq == entry["seq"]).values(values))
        overlays.setdefault(key, {}).update({k: v for k, v in kept.items() if k != "deleted"})
        stats.rebased += 1
    for values_of_record in overlays.values():
        values_of_record.pop("owner_institution_id", None)
    return overlays, deleted_here
