"""Three-way merge of long text on the client, by the server's rule: the edits from the common
ancestor to each side (diff-match-patch's diffs, Apache-2.0, cleaned up to words and sentences)
are combined when they touch different parts of the ancestor; edits that overlap are a conflict.
An exact merge over the ancestor never drops an edit silently, which fuzzy patch application
can (see the README's Secretariat server section).

The client needs it in one case only: an officer typed into a record while a push of that same
record was under way, and the server's answer differs from what was pushed (it merged in
someone else's words). The new typing is then rebased onto the server's answer here, so that
the next push does not carry text the server already has (which a merge against the old base
would insert twice).
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch

Edit = tuple[int, int, str]
"""``base[start:end]`` becomes the text (an insertion when ``start == end``)."""

DIFF_TIMEOUT_S = 2.0


def edits(base: str, other: str) -> list[Edit]:
    """The edits that turn ``base`` into ``other``, in the base's positions, in order."""
    engine = diff_match_patch()
    engine.Diff_Timeout = DIFF_TIMEOUT_S
    diffs = engine.diff_main(base, other)
    engine.diff_cleanupSemantic(diffs)
    out: list[Edit] = []
    position = 0
    start = -1
    text: list[str] = []
    for op, chunk in diffs:
        if op == diff_match_patch.DIFF_EQUAL:
            if start >= 0:
                out.append((start, position, "".join(text)))
                start, text = -1, []
            position += len(chunk)
            continue
        if start < 0:
            start = position
        if op == diff_match_patch.DIFF_DELETE:
            position += len(chunk)
        else:
            text.append(chunk)
    if start >= 0:
        out.append((start, position, "".join(text)))
    return out


def _clash(a: Edit, b: Edit) -> bool:
    """Whether two edits of the same base touch the same text (two insertions at one point do
    not: both are kept)."""
    if a[0] == a[1] and b[0] == b[1]:
        return False
    if a[0] == a[1]:
        return b[0] < a[0] < b[1]
    if b[0] == b[1]:
        return a[0] < b[0] < a[1]
    return a[0] < b[1] and b[0] < a[1]


def merge_text(base: str | None, ours: str | None, theirs: str | None) -> str | None:
    """``base`` with both sides' edits; the server's (``theirs``) first where both inserted at
    one point. ``None`` when edits overlap (the caller keeps both sides in a conflict)."""
    if ours == base:
        return theirs
    if theirs in (base, ours):
        return ours
    origin = base or ""
    mine, other = edits(origin, ours or ""), edits(origin, theirs or "")
    for a in mine:
        for b in other:
            if a != b and _clash(a, b):
                return None
    ordered = sorted({*((s, e, t, 1) for s, e, t in mine), *((s, e, t, 0) for s, e, t in other)})
    result: list[str] = []
    position = 0
    seen: set[Edit] = set()
    for start, end, text, _side in sorted(ordered, key=lambda item: (item[0], item[1] != item[0], item[3])):
        if (start, end, text) in seen:
            continue  # both sides made the same edit
        seen.add((start, end, text))
        result.append(origin[position:start])
        result.append(text)
        position = max(position, end)
    result.append(origin[position:])
    return "".join(result)
