"""Not sending a laptop's own pushes back: which writes a push's answer told in full.

A sync pushes, then pulls; without this, the pull brings back every record the sync has just
pushed (a first push of 100,000 contacts pulled its 200,000 records again: a third of the
sync). The pull cannot skip the sequence numbers of the sync's pushes: a push also writes
records its answers do not carry (a merge moves every reference to the merged contact onto the
kept one; a folded edit changes the kept contact), and conflicts travel in the same pages.

So the server marks the rows themselves. ``records.echo`` holds the id of the sync (the client's
:data:`~liaison.protocol.constants.ECHO_HEADER`, random per sync) whose push answer carried
that row, *as it now stands*, in full; any other write sets it to ``NULL`` (:func:`.batch.write`
clears it whoever writes: another officer's push, the references a merge moves, a later change
of the same push). A row is marked only when the answer told the pusher exactly what a pull
would send them (:func:`mark`):

- the change was ``applied`` or ``merged`` (no conflict: a conflict's outcome, and the conflict
  itself, are always pulled), and its answer's record is the row's revision after the whole
  push (nothing wrote it later in the push);
- the record is in the pusher's sight as a whole record (not ``private``, not another
  institution's institution-only record: a pull would send those as ``hidden`` tombstones);
- it is not a deleted contact (a pull names the contact it was merged into, ``merged_into``,
  from the redirects, which can change without a write of the tombstone);
- the push wrote the row (a change that changed nothing writes nothing, and is not marked).

A pull with ``echo=<that sync's id>`` leaves those rows out of its pages (its cursor moves past
them as past any record out of the officer's sight: gaps are fine). Only that sync's pull skips
them: the id is drawn anew for every sync, so a laptop that lost an answer (a power cut between
push and answer) and sends the batch again in its next sync is answered from the server's
record and pulls the rows again too; a laptop restored from a copy of its folder never skips
what it lacks. Why the laptop may skip them — its confirmation of an answer leaves its copy
exactly as the echo would — is :mod:`liaison.sync.echo`'s to show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect, or_, text

from liaison.protocol import APPLIED, MERGED, PRIVATE, Result
from liaison.protocol.constants import MERGEABLE, MERGED_INTO
from liaison.secretariat.models import SyncRecord

if TYPE_CHECKING:  # batch imports the accounts, which import the database, which imports this
    from liaison.secretariat.batch import Batch


def mark(batch: Batch, result: Result) -> None:
    """Mark the row ``result`` told in full with the push's echo id (see the module docstring);
    a later write in the same push clears it again."""
    record = result["record"]
    if batch.echo is None or record is None or result["status"] not in (APPLIED, MERGED):
        return
    key = (record["entity"], record["id"])
    state = batch.records.get(key)
    if (
        state is None
        or key not in batch.dirty
        or record["rev"] != state.rev
        or "hidden" in record
        or MERGED_INTO in record
        or state.visibility == PRIVATE
        or not state.visible_to(batch.principal)
        or (state.deleted and state.entity in MERGEABLE)
    ):
        return
    state.echo = batch.echo


def not_echoed(echo: str | None) -> Any:
    """The pull's filter: every row but those the sync ``echo``'s answers told."""
    if echo is None:
        return None
    return or_(SyncRecord.echo.is_(None), SyncRecord.echo != echo)


def upgrade_to_4(connection: Connection) -> None:
    """Add ``records.echo`` to a database of version 3 or earlier (``NULL``: every row is
    pulled, as before). Idempotent."""
    columns = {column["name"] for column in inspect(connection).get_columns("records")}
    if "echo" not in columns:
        connection.execute(text("ALTER TABLE records ADD COLUMN echo VARCHAR(36)"))


__all__ = ["mark", "not_echoed", "upgrade_to_4"]
