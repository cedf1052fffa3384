"""The three-way merge of long text, the one rule the server and the desktop both apply.

The edits from the common ancestor to each side are computed with diff-match-patch's diffs
(Apache-2.0; merge3 is GPL), cleaned up to words and sentences (``diff_cleanupSemantic``), and
combined when they touch different parts of the ancestor; text both sides inserted at one place
is kept, the server's first. Edits that overlap are no merge: the caller keeps both sides in a
conflict. This refines the sync design's ``patch_make``/``patch_apply``: patch application
matches *fuzzily* and can delete text it was never asked to (ancestor "abc", server "xyz",
client "abd" gives "d", losing the server's words); an exact diff3 over the ancestor never drops
an edit silently.

**Bounded work.** The server merges inside its write transaction, holding the writers' lock,
and the desktop on the window's thread, so a merge must not run long whatever the texts are.
diff-match-patch's ``Diff_Timeout`` stops only its bisection; its half-match speed-up (and its
clean-ups) ignore it, and half-matching two repetitive texts is quadratic (texts of one repeated
character, 80,000 long: 5 s; 150,000: 24 s; two million would take most of an hour). So every
diff runs against a deadline that the engine checks in the helpers those loops call, and a merge
that reaches its deadline — including a bisection that stopped early and would give a coarser
diff — gives up: no merge, a conflict, nothing lost. Never a merge from a diff cut short.
"""

from __future__ import annotations

import bisect
import time
from typing import Any

from diff_match_patch import diff_match_patch

DIFF_TIMEOUT_S = 2.0
"""Time one merge may take (both diffs together) unless the caller gives a deadline."""

LINE_MODE_MIN_CHARS = 2000
"""From this length of the ancestor on, diffs start line by line (faster, as precise in the end)."""

Edit = tuple[int, int, str]
"""Replace ``base[start:end]`` by the text: a pure insertion has ``start == end``."""


class OutOfTime(Exception):
    """A diff reached its deadline: its result would be coarse or missing."""


class _Engine(diff_match_patch):  # type: ignore[misc]  # untyped library
    """diff-match-patch that stops at ``deadline`` (a :func:`time.time` value): the half-match
    search and the clean-ups call these two helpers in their loops, so checking the clock
    there bounds the loops that ``Diff_Timeout`` does not (a check costs nanoseconds)."""

    def __init__(self, deadline: float) -> None:
        super().__init__()
        self.Diff_Timeout = DIFF_TIMEOUT_S  # > 0: keeps the half-match speed-up and the bisection's cut
        self.deadline = deadline

    def check(self) -> None:
        if time.time() > self.deadline:
            raise OutOfTime()

    def diff_commonPrefix(self, text1: str, text2: str) -> int:
        self.check()
        return int(super().diff_commonPrefix(text1, text2))

    def diff_commonSuffix(self, text1: str, text2: str) -> int:
        self.check()
        return int(super().diff_commonSuffix(text1, text2))


def deadline_in(seconds: float = DIFF_TIMEOUT_S) -> float:
    """The deadline ``seconds`` from now, as :func:`edits` and :func:`combine` take it."""
    return time.time() + seconds


def edits(base: str, other: str, *, deadline: float | None = None) -> list[Edit]:
    """The edits turning ``base`` into ``other``, in base coordinates, in order. Raises
    :class:`OutOfTime` when the diff reaches ``deadline`` (default: :data:`DIFF_TIMEOUT_S`
    from now) before it is exact."""
    engine = _Engine(deadline_in() if deadline is None else deadline)
    diffs: list[tuple[int, str]] = engine.diff_main(
        base, other, len(base) > LINE_MODE_MIN_CHARS, engine.deadline
    )
    engine.check()  # the bisection stops at the deadline with a coarse diff: not good enough
    engine.diff_cleanupSemantic(diffs)
    return _edits_of(diffs)


def _edits_of(diffs: list[tuple[int, str]]) -> list[Edit]:
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


def overlap(a: Edit, b: Edit) -> bool:
    """Whether two edits of the same base touch the same text (two insertions at one point do
    not: both are kept)."""
    (a_start, a_end, _), (b_start, b_end, _) = a, b
    if a_start == a_end and b_start == b_end:
        return False
    if a_start == a_end:
        return b_start < a_start < b_end
    if b_start == b_end:
        return a_start < b_start < a_end
    return a_start < b_end and b_start < a_end


def combine(base: str, server: str, client: str, *, deadline: float | None = None) -> str | None:
    """``base`` with the server's edits and the client's, the server's first where both inserted
    at one point (an edit both made counts once); ``None`` when edits overlap or the diffs did
    not finish by ``deadline`` (default: :data:`DIFF_TIMEOUT_S` from now): the caller keeps both
    sides in a conflict. The result may be empty."""
    limit = deadline_in() if deadline is None else deadline
    try:
        theirs = edits(base, server, deadline=limit)
        same = set(theirs)
        mine = [edit for edit in edits(base, client, deadline=limit) if edit not in same]
    except OutOfTime:
        return None
    # Each side's edits are in base order and do not overlap, so their ends are sorted too: an
    # edit of mine can only meet the server's from the first that ends at or after its start
    # (linear, where every pair was compared: 3,000 edits a side took 0.7 s past the deadline).
    ends = [end for _start, end, _text in theirs]
    for edit in mine:
        start, end, _text = edit
        index = bisect.bisect_left(ends, start)
        while index < len(theirs) and theirs[index][0] <= end:
            if overlap(edit, theirs[index]):
                return None
            index += 1
    # server first at equal positions; a pure insertion before a replacement starting there
    ordered: list[tuple[Any, ...]] = sorted(
        [(start, end > start, 0, start, end, text) for start, end, text in theirs]
        + [(start, end > start, 1, start, end, text) for start, end, text in mine]
    )
    pieces: list[str] = []
    position = 0
    for _key, _replaces, _side, start, end, text in ordered:
        pieces.append(base[position:start])
        pieces.append(text)
        position = end
    pieces.append(base[position:])
    return "".join(pieces)


__all__ = ["DIFF_TIMEOUT_S", "Edit", "OutOfTime", "combine", "deadline_in", "edits", "overlap"]
