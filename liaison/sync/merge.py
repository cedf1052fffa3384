"""Three-way merge of long text on the client, the way the server merges (diff-match-patch,
Apache-2.0): the changes from ``base`` to ``ours`` as patches, applied to ``theirs``.

The client needs it in one case only: an officer typed into a record while a push of that same
record was under way, and the server's answer differs from what was pushed (it merged in
someone else's words). The new typing is then rebased onto the server's answer here, so that
the next push does not carry text the server already has (which a merge against the old base
would insert twice).
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch


def merge_text(base: str | None, ours: str | None, theirs: str | None) -> str | None:
    """``theirs`` with the changes ``base`` → ``ours``; ``None`` when a change cannot be placed
    (the caller keeps both sides in a conflict)."""
    if ours == base:
        return theirs
    if theirs in (base, ours):
        return ours
    engine = diff_match_patch()
    engine.Match_Threshold = 0.3  # place a change only where its context is nearly intact
    patches = engine.patch_make(base or "", ours or "")
    merged, applied = engine.patch_apply(patches, theirs or "")
    if not all(applied):
        return None
    return str(merged)
