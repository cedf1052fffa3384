"""Not pulling back what this sync has just pushed, and why that loses nothing.

Every sync draws a random id (:class:`Echo`) and sends it with each of its pushes
(:data:`~liaison.protocol.constants.ECHO_HEADER`). A server that knows it marks the records its
answers told in full and says so in the answer (``echo``, the same id); the sync's pull then
asks (:data:`~liaison.protocol.constants.ECHO_PARAMETER`) not to be sent those records again.
Which rows the server marks, and why a merge's moved references, a conflict's outcome and
another officer's later edit are still sent: :mod:`liaison.secretariat.echo`. A server of an
earlier release ignores the header and says nothing: the pull asks for nothing and gets
everything, as before; a client of an earlier release sends no id: nothing is marked for it.

**Why skipping a marked record is the same as receiving it.** A marked row is sent to nobody
else differently, so the only question is this laptop. The row, as the pull would send it, is
the record at revision *R* exactly as one of this sync's push answers carried it (the server
clears the mark at any later write, and marks only what a pull would send whole: no ``hidden``,
no ``merged_into``, no conflict). A pulled record goes through
:func:`liaison.services.replica.apply_records`, whose first rule is "already have it": a record
whose ``rev`` is not newer than the local ``server_rev`` changes nothing (``unchanged``). So the
echo is a no-op as soon as the local copy is at revision *R* or later, and the confirmation of
that answer (:func:`liaison.sync.push._confirm`, before the pull, in this same sync) puts it
there on every path:

- a record whose fields are what this laptop holds (the change applied as sent, a create, a
  record deleted here meanwhile) is stamped: ``server_rev = R`` where it was at most *R*
  (``_stamp``; a newer ``server_rev``, pulled by another process, is newer still);
- any other answer (merged, a record written here while the batch was on the wire, an undone
  rejection) is written by ``apply_records`` itself with ``rewrite=True`` and the rebased
  edits as ``overlays``: the very function the echo would go through, with the revision *R*
  stored, so a second pass of the same record at the same *R* is ``unchanged``;
- the one path that writes nothing is ``apply_records``' "local changes first": a record with a
  change waiting in the outbox that was not rebased onto the answer (an edit made against the
  record the answer deletes) keeps its revision. The echo, pulled later, could then meet a
  different outbox (an agreed delete), so the sync gives up skipping: :meth:`Echo.confirmed`
  is told how many records a confirmation kept that way, and any at all means this sync's pull
  asks for everything.

The local ``server_rev`` never goes back between the confirmation and the pull, except when the
server was restored from a backup (``liaison.sync.restore`` moves revisions back), and then the
sync draws a new id (:meth:`Echo.restart`) and reads everything again; a pull that is reading a
restored server again (``refresh``) never skips. The confirmation and the pull's pages are
committed without a disk flush (``durable=False``), but SQLite's write-ahead log loses only a
tail of transactions at a power cut, never an earlier one while keeping a later: a pull's cursor
past a skipped row is never kept without the confirmation that made the skip a no-op. An answer
lost on the way (a power cut, a dropped connection) leaves its batch claimed here; the next
sync sends it again with the same change ids and another echo id, is answered from the server's
record, and pulls the rows (marked with the old id) again as well.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from liaison.protocol import constants as c
from liaison.protocol.messages import PushResponse


@dataclass
class Echo:
    """One sync's echo id, and whether its pull may leave out what its pushes were told."""

    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    told: bool = False
    """A push answer of this sync said the server marked what it told (``echo`` = :attr:`id`)."""
    exact: bool = True
    """Every confirmation left its records at their answers' revisions (see the module)."""

    def headers(self) -> dict[str, str]:
        """What a push sends."""
        return {c.ECHO_HEADER: self.id}

    def answered(self, response: PushResponse) -> None:
        """Note a push's answer (before it is confirmed)."""
        if response.get("echo") == self.id:
            self.told = True

    def confirmed(self, kept_local: int) -> None:
        """Note a confirmation: ``kept_local`` records were left at an older revision because a
        change of theirs waits here (``apply_records``' "local changes first")."""
        if kept_local:
            self.exact = False

    def pull_params(self, *, refresh: bool) -> dict[str, Any]:
        """What the pull adds to its query: the id, when the server marked anything for this
        sync and the skip is exact; nothing when reading a restored server again."""
        if self.told and self.exact and not refresh:
            return {c.ECHO_PARAMETER: self.id}
        return {}

    def restart(self) -> None:
        """A new id and nothing told (the server was restored under this sync)."""
        self.id, self.told, self.exact = str(uuid.uuid4()), False, True


__all__ = ["Echo"]
