"""Three-way merge of long text on the client, by the server's rule (the protocol's
:mod:`liaison.protocol.textmerge`: edits of different parts of the common ancestor are combined,
overlapping ones are a conflict, and a merge that runs out of time is a conflict too).

The client needs it when an officer typed into a record while a push of that same record was
under way, and the server's answer differs from what was pushed (it merged in someone else's
words): the new typing is then rebased onto the server's answer here, so that the next push does
not carry text the server already has (which a merge against the old base would insert twice).
Meeting mode merges the same way when a sync changed the text it is editing.
"""

from __future__ import annotations

from liaison.protocol.textmerge import Edit, combine, edits

__all__ = ["Edit", "edits", "merge_text"]


def merge_text(base: str | None, ours: str | None, theirs: str | None) -> str | None:
    """``base`` with both sides' edits; the server's (``theirs``) first where both inserted at
    one point. ``None`` when edits overlap, or the merge did not finish within
    :data:`~liaison.protocol.textmerge.DIFF_TIMEOUT_S` (the caller keeps both sides)."""
    if ours == base:
        return theirs
    if theirs in (base, ours):
        return ours
    return combine(base or "", theirs or "", ours or "")
