"""Field-by-field three-way merge of a pushed change into the server's record.

Pure functions, no database: given the base version the client edited, the server's current
version and the client's changed values, decide each field. Clocks never enter into it; when
both sides changed a scalar differently the server's value stays (it was written first, by
sequence number) and the client's is handed back as a conflict, so nothing is lost.

Long text merges three-way with diff-match-patch's diffs (Apache-2.0; merge3 is GPL): the edits
base→client and base→server are computed (``diff_main`` + ``diff_cleanupSemantic``, so edits are
words and sentences, not scattered letters) and combined when they touch different parts of the
base; text both sides inserted at the same place is kept, the server's first. Edits that overlap
make the field a conflict. This refines the sync design's ``patch_make``/``patch_apply``: patch
application matches *fuzzily* and can delete text it was never asked to (base "abc", server
"xyz", client "abd" gives "d", losing the server's words); an exact diff3 over the base never
drops an edit silently.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from diff_match_patch import diff_match_patch

from liaison.protocol import FieldConflict

DIFF_TIMEOUT_S = 2.0
"""Upper bound on one diff; past it diff-match-patch returns a coarser (still correct) diff."""


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = DIFF_TIMEOUT_S
    return engine


Edit = tuple[int, int, str]
"""Replace ``base[start:end]`` by the text: a pure insertion has ``start == end``."""


def edits(base: str, other: str) -> list[Edit]:
    """The edits turning ``base`` into ``other``, in base coordinates, in order."""
    engine = _engine()
    diffs = engine.diff_main(base, other, len(base) > 2000)
    engine.diff_cleanupSemantic(diffs)
    out: list[Edit] = []
    position = 0
    start: int | None = None
    inserted: list[str] = []
    for op, text in diffs:
        if op == diff_match_patch.DIFF_EQUAL:
            if start is not None:
                out.append((start, position, "".join(inserted)))
                start, inserted = None, []
            position += len(text)
            continue
        if start is None:
            start = position
        if op == diff_match_patch.DIFF_DELETE:
            position += len(text)
        else:
            inserted.append(text)
    if start is not None:
        out.append((start, position, "".join(inserted)))
    return out


def _overlap(a: Edit, b: Edit) -> bool:
    (a_start, a_end, _), (b_start, b_end, _) = a, b
    if a_start == a_end and b_start == b_end:
        return False  # two insertions at one place: both are kept
    if a_start == a_end:
        return b_start < a_start < b_end
    if b_start == b_end:
        return a_start < b_start < a_end
    return a_start < b_end and b_start < a_end


def merge_text(base: str | None, server: str | None, client: str | None) -> tuple[bool, str | None]:
    """Three-way merge of one long-text value: ``(True, merged)`` when the client's edits and the
    server's touch different parts of ``base``, ``(False, None)`` when they overlap. An empty
    result is ``None`` (the desktop stores empty long text as NULL)."""
    if client in (server, base):
        return True, server
    if server == base:
        return True, client
    origin = base or ""
    theirs = edits(origin, server or "")
    mine = [edit for edit in edits(origin, client or "") if edit not in theirs]  # same edit: once
    for edit in mine:
        if any(_overlap(edit, other) for other in theirs):
            return False, None
    # server first at equal positions; a pure insertion before a replacement starting there
    ordered = sorted(
        [(start, end > start, 0, start, end, text) for start, end, text in theirs]
        + [(start, end > start, 1, start, end, text) for start, end, text in mine]
    )
    pieces: list[str] = []
    position = 0
    for _key, _replaces, _side, start, end, text in ordered:
        pieces.append(origin[position:start])
        pieces.append(text)
        position = end
    pieces.append(origin[position:])
    return True, "".join(pieces) or None


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
) -> Merge:
    """Merge the ``client``'s values (only the fields it changed) into ``server``'s, field by
    field against ``base`` (``None``: no common version, every base value is empty).

    - client value == server value → nothing to do;
    - server value == base value (changed by the client only) → the client's;
    - client value == base value (changed on the server only) → the server's stays;
    - both changed, long text → :func:`merge_text`, a conflict if a hunk does not apply;
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
            ok, merged = merge_text(origin, theirs, mine)
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
