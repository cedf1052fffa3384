"""A Secretariat server restored from a backup: what this machine sends again, and how it reads
the record again.

When the server's database goes back to a backup, it no longer has what was written after the
backup, while this laptop still holds it: changes the server confirmed (the outbox forgot them),
revisions and a cursor numbered in a timeline the server will now number again. Left alone, the
next pull skips what the server sends (its revision is not newer than the one held here), the
laptop's confirmed changes are never sent again, and records the server lacks look deleted.

How it is noticed: the server's *epoch* (``liaison.protocol``'s "Epochs") changed — a 409
``server_restored`` to a push or pull sent with the epoch kept here — or the server's sequence
number is below the cursor (a restore nobody declared). The repair (:func:`repair`), in one
local transaction, with ``since`` the sequence number the restored database began at:

- **Sent again**: every change of this machine the server confirmed above ``since``, from the
  journal of confirmed pushes (``sync_sent``, written with each confirmation) and the record as
  it is here now: a record created above ``since`` is queued as a create with all its fields
  (nothing if it was deleted here since), a delete as a delete, changed fields as an update with
  their values here, a restore as a restore. Only this officer's own changes: a colleague's
  changes are sent again by their own laptop, which knows them exactly; sending everything
  held here would set a colleague's newer value back to an older one pulled before it.
- **Waiting changes** (the outbox) move to base ``since`` (a base above it names a revision the
  server will give to something else), and so does every record held above it.
- **Read again from 0**: the cursor goes to 0 and, until it passes the server's sequence number
  of the moment, every pulled record is written whatever its revision (``RECOVERY``), without
  the mass-delete guard (the server's answers are right; what it lacks is being sent again).
  A record with a change waiting here is still left alone until the change is pushed.
- **Said once**: the summary of the sync says the server was restored and how many changes
  were sent again (``SyncSummary.restored``, ``resent``); the window and the command line show
  one translated line.

Decision: records pulled here above ``since`` that no laptop sends again (their author deleted
them before the restore, or the author's laptop is gone) stay here as they are: deleting them
could lose the only copy, and sending them as this officer's would change their owner.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from liaison.i18n import QT_TRANSLATE_NOOP, translate
from liaison.protocol import constants as c
from liaison.protocol.entities import ENTITY_FIELDS
from liaison.services import changes
from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.store.local import OUTBOX
from liaison.store.sync_state import SentField
from liaison.sync import state

RESTORED_NOTICE = QT_TRANSLATE_NOOP(
    "Sync",
    "The Secretariat's server had gone back to an earlier backup: this computer sent it again "
    "what it had lost and read the record again; nothing was lost (records sent again: {count}).",
)
"""The one line the officer is told (the window's sync log and status bar, the command line)."""

CREATED = "*"
"""The journal's name for a record's creation."""
DELETED = "deleted"
"""The journal's name for a delete or a restore."""
WITHDRAWN = "withdrawn"
"""The journal's name for a withdrawal (a shared record made private and taken back)."""


def _sent_table() -> Table:
    table = SentField.__table__
    assert isinstance(table, Table)
    return table


_SENT = _sent_table()


@dataclass(frozen=True)
class Repair:
    """What :func:`repair` did."""

    since: int
    """The sequence number the restored server began at."""
    resent: int
    """Records whose changes were queued again."""


# -- the journal ---------------------------------------------------------------------------------
def journal_names(entry: Mapping[str, Any]) -> list[str]:
    """What a pushed outbox entry changed, as the journal names it."""
    if entry["op"] == c.OP_CREATE:
        return [CREATED]
    if entry["op"] == c.OP_DELETE:
        return [DELETED]
    if entry["op"] == changes.WITHDRAW:
        return [WITHDRAWN]
    known: Mapping[str, Any] = ENTITY_FIELDS.get(entry["entity"], {})
    raw = entry["fields"] or {}
    names = [name for name in raw if name in known or name == "visibility"]
    if raw.get("deleted") is False:
        names.append(DELETED)
    return names


def note_sent(session: Session, sent: Iterable[tuple[Mapping[str, Any], int]]) -> None:
    """Journal confirmed changes: each outbox entry with the revision the server gave it (one
    ``executemany`` of tuples: a first push journals 200,000 records)."""
    rows = [
        (entry["entity"], entry["record_id"], name, rev)
        for entry, rev in sent
        if rev > 0
        for name in journal_names(entry)
    ]
    if rows:
        session.connection().exec_driver_sql(_NOTE_SENT, rows)


_NOTE_SENT = (
    f"INSERT INTO {_SENT.name} (entity, record_id, field, rev) VALUES (?, ?, ?, ?) "
    f"ON CONFLICT (entity, record_id, field) DO UPDATE SET rev = max({_SENT.name}.rev, excluded.rev)"
)


def forget_journal(session: Session) -> None:
    """Another server or user: what was sent to the last one is not this one's to repair."""
    session.execute(delete(_SENT))


# -- the repair ----------------------------------------------------------------------------------
def repair(app: Liaison, session: Session, *, since: int, epoch: str | None, server_seq: int) -> Repair:
    """Queue again what the restored server lost and start reading it from 0 (see the module
    docstring); in the caller's write transaction (``foreign_keys=False``: nothing here adds a
    reference, and a record's references may name records not here)."""
    lost: dict[tuple[str, str], dict[str, int]] = {}
    for entity, record_id, name, rev in session.execute(
        select(_SENT.c.entity, _SENT.c.record_id, _SENT.c.field, _SENT.c.rev).where(_SENT.c.rev > since)
    ):
        lost.setdefault((entity, record_id), {})[name] = int(rev)
    # Waiting changes, and every record held above ``since``, go back to it.
    session.execute(update(OUTBOX).where(OUTBOX.c.base_rev > since).values(base_rev=since))
    for spec in ENTITIES.values():
        table = table_of(spec)
        session.execute(update(table).where(table.c.server_rev > since).values(server_rev=since))
    resent = 0
    for (entity, record_id), names in sorted(lost.items()):
        if entity in ENTITIES and _queue_again(session, entity, record_id, names, since):
            resent += 1
    session.execute(delete(_SENT).where(_SENT.c.rev > since))  # queued again: journaled anew when sent
    settings = app.settings
    settings.set_in(session, state.CURSOR, 0)
    settings.set_in(session, state.EPOCH, epoch)
    settings.set_in(session, state.RECOVERY, {"until": server_seq, "since": since})
    settings.set_in(session, state.LAST_RESTORE, {"since": since, "resent": resent, "told": False})
    return Repair(since=since, resent=resent)


def _queue_again(session: Session, entity: str, record_id: str, names: Mapping[str, int], since: int) -> bool:
    """Queue this machine's lost changes of one record; whether anything was queued."""
    spec = ENTITIES[entity]
    table = table_of(spec)
    row = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is not None and row["visibility"] == c.PRIVATE and WITHDRAWN in names and CREATED not in names:
        changes.capture_withdrawal(session, entity, record_id, since)  # taken back again
        return True
    if row is None or row["visibility"] == c.PRIVATE:
        return False  # gone from here, or private now: nothing of it travels
    if CREATED in names:
        # The server never had it: the waiting changes fold into one create of the record as it is.
        session.execute(delete(OUTBOX).where(OUTBOX.c.entity == entity, OUTBOX.c.record_id == record_id))
        if row["deleted"]:
            return False  # made and deleted after the backup: nothing to send
        whole = {f.name: row[f.name] for f in spec.fields}
        changes.capture(session, entity, record_id, c.OP_CREATE, whole, 0)
        return True
    if row["deleted"]:
        if DELETED not in names:
            return False  # deleted here by a pulled delete: its author sends it
        changes.capture(session, entity, record_id, c.OP_DELETE, {}, since)
        return True
    known = {f.name for f in spec.fields}
    fields: dict[str, Any] = {name: row[name] for name in names if name in known}
    if DELETED in names:
        fields["deleted"] = False  # a restore the server lost
    if not fields:
        return False
    changes.capture(session, entity, record_id, c.OP_UPDATE, fields, since)
    return True


def recovering(app: Liaison, session: Session) -> int | None:
    """The server's sequence number the pull must pass before the repair is over (``None``: no
    repair under way)."""
    value = app.settings.get_in(session, state.RECOVERY)
    if isinstance(value, dict) and isinstance(value.get("until"), int):
        return int(value["until"])
    return None


def notice(resent: int) -> str:
    """:data:`RESTORED_NOTICE` in the current language, with its count."""
    return translate("Sync", RESTORED_NOTICE).format(count=resent)


def take_report(app: Liaison) -> Repair | None:
    """The last repair, once: the sync that finished it reports it, later ones do not (read
    first: an ordinary sync writes nothing here)."""
    with app.store.read() as session:
        value = app.settings.get_in(session, state.LAST_RESTORE)
        if not isinstance(value, dict) or value.get("told"):
            return None
    with app.store.write() as session:
        value = app.settings.get_in(session, state.LAST_RESTORE)
        if not isinstance(value, dict) or value.get("told") or recovering(app, session) is not None:
            return None
        app.settings.set_in(session, state.LAST_RESTORE, {**value, "told": True})
    return Repair(since=int(value.get("since", 0)), resent=int(value.get("resent", 0)))


__all__: Sequence[str] = [
    "CREATED",
    "DELETED",
    "WITHDRAWN",
    "Repair",
    "forget_journal",
    "journal_names",
    "note_sent",
    "notice",
    "recovering",
    "repair",
    "take_report",
]
