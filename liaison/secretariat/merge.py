"""Field-by-field three-way merge of a pushed change into the server's record.

Pure functions, no database: given the base version the client edited, the server's current
version and the client's changed values, decide each field. Clocks never decide a value; when
both sides changed a scalar differently the server's value stays (it was written first, by
sequence number) and the client's is handed back as a conflict, so nothing is lost.

Long text merges three-way by the protocol's rule (:mod:`liaison.protocol.textmerge`, shared
with the desktop): edits of different parts of the common version are combined, overlapping ones
make the field a conflict. A push merges inside the write transaction, so its merges together
get :data:`PUSH_MERGE_BUDGET_S`; a merge that does not finish in time is a conflict too.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from liaison.protocol import FieldConflict
from liaison.protocol.textmerge import DIFF_TIMEOUT_S, combine, deadline_in, edits

PUSH_MERGE_BUDGET_S = 5.0
"""Time all the long-text merges of one push may take together (each at most
:data:`~liaison.protocol.textmerge.DIFF_TIMEOUT_S`): the writers' lock is held meanwhile. Past
it, a merge is a conflict (both texts kept). An ordinary merge takes milliseconds."""


def merge_text(
    base: str | None, server: str | None, client: str | None, *, deadline: float | None = None
) -> tuple[bool, str | None]:
    """Three-way merge of one long-text value: ``(True, merged)`` when the client's edits and the
    server's touch different parts of ``base``, ``(False, None)`` when they overlap or the merge
    did not finish by ``deadline`` (default: :data:`DIFF_TIMEOUT_S` from now). An empty
    combination is ``None`` (the desktop stores empty long text as NULL)."""
    if client in (server, base):
        return True, server
    if server == base:
        return True, client
    limit = deadline_in(DIFF_TIMEOUT_S)
    if deadline is not None:
        limit = min(limit, deadline)
    merged = combine(base or "", server or "", client or "", deadline=limit)
    if merged is None:
        return False, None
    return True, merged or None


@dataclass
class Merge:
    """The outcome for one record: the values to store and what could not be applied."""

    values: dict[str, Any]
    conflicts: dict[str, FieldConflict] = field(default_factory=dict)
    combined: bool = False  # some field kept or combined a server-side change
    changed: bool = False  # ``values`` differs from the server's

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_fields(
    base: Mapping[str, Any] | None,
    server: Mapping[str, Any],
    client: Mapping[str, Any],
    *,
    long_text: Collection[str] = (),
    deadline: float | None = None,
) -> Merge:
    """Merge the ``client``'s values (only the fields it changed) into ``server``'s, field by
    field against ``base`` (``None``: no common version, every base value is empty).

    - client value == server value → nothing to do;
    - server value == base value (changed by the client only) → the client's;
    - client value == base value (changed on the server only) → the server's stays;
    - both changed, long text → :func:`merge_text`, a conflict if edits overlap or the merge
      does not finish by ``deadline`` (a :func:`time.time` value; each merge also stops after
      :data:`DIFF_TIMEOUT_S`);
    - both changed, anything else → the server's stays, the client's becomes a conflict.
    """
    base = base or {}
    values = dict(server)
    result = Merge(values)
    for name, mine in client.items():
        theirs = server.get(name)
        origin = base.get(name)
        if mine == theirs:
            continue
        if theirs == origin:
            values[name] = mine
            result.changed = True
            continue
        result.combined = True
        if mine == origin:
            continue
        if name in long_text and _is_text(mine) and _is_text(theirs) and _is_text(origin):
            ok, merged = merge_text(origin, theirs, mine, deadline=deadline)
            if ok:
                if merged != theirs:
                    values[name] = merged
                    result.changed = True
                continue
        result.conflicts[name] = {"base": origin, "server": theirs, "client": mine}
    return result


def _is_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def changed_fields(base: Mapping[str, Any] | None, current: Mapping[str, Any]) -> dict[str, FieldConflict]:
    """Fields whose value differs between ``base`` and ``current``, as conflict triples with an
    empty client side (a delete against an edit keeps what the server's edit was)."""
    base = base or {}
    return {
        name: {"base": base.get(name), "server": value, "client": None}
        for name, value in current.items()
        if base.get(name) != value
    }


__all__ = [
    "PUSH_MERGE_BUDGET_S",
    "Merge",
    "changed_fields",
    "edits",
    "merge_fields",
    "merge_text",
]
