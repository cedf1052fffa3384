"""Reviewing duplicates: the candidate pairs the detector finds, and "not a duplicate".

The detector (:mod:`liaison.services.duplicates`) groups contacts that are probably one person;
the review goes through them a pair at a time: a group of two is one pair, a larger group is
its first contact paired with each of the others (merging them one by one into the first
gathers the whole group). A pair the officer marked **not a duplicate** is not offered again.

Decision: the marks are kept in this data folder's local settings (``duplicates.not_duplicates``,
sorted id pairs), not synced: whether two records are one person is this officer's judgement
of what they see, and a colleague's review starts from the detector's evidence. ``liaison
duplicates`` leaves them out too (``--all`` shows every group the detector finds).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from liaison.services.duplicates import DuplicateGroup

if TYPE_CHECKING:
    from liaison.services.app import Liaison

NOT_DUPLICATES = "duplicates.not_duplicates"


@dataclass(frozen=True)
class Pair:
    """Two contacts that are probably one person; ``reasons`` in English ("Duplicates" context)."""

    first: str
    second: str
    score: float
    reasons: tuple[str, ...]


def _key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def not_duplicates(app: Liaison) -> set[tuple[str, str]]:
    """The pairs marked "not a duplicate" in this data folder."""
    stored: Any = app.settings.get(NOT_DUPLICATES) or []
    return {_key(str(a), str(b)) for a, b in stored}


def mark_not_duplicate(app: Liaison, a: str, b: str) -> None:
    """Remember that ``a`` and ``b`` are two people: the pair is not offered again."""
    with app.store.write() as session:
        stored: Any = app.settings.get_in(session, NOT_DUPLICATES) or []
        marks = {_key(str(x), str(y)) for x, y in stored} | {_key(a, b)}
        app.settings.set_in(session, NOT_DUPLICATES, sorted([list(pair) for pair in marks]))


def unmark_not_duplicate(app: Liaison, a: str, b: str) -> None:
    """Offer the pair again."""
    with app.store.write() as session:
        stored: Any = app.settings.get_in(session, NOT_DUPLICATES) or []
        marks = {_key(str(x), str(y)) for x, y in stored} - {_key(a, b)}
        app.settings.set_in(session, NOT_DUPLICATES, sorted([list(pair) for pair in marks]))


def pairs_of(groups: list[DuplicateGroup], marked: set[tuple[str, str]]) -> list[Pair]:
    found = []
    for group in groups:
        first, *others = group.ids
        for other in others:
            if _key(first, other) not in marked:
                found.append(Pair(first, other, group.score, group.reasons))
    return found


def candidate_pairs(app: Liaison) -> list[Pair]:
    """The pairs to review, best first, without those marked "not a duplicate"."""
    return pairs_of(app.find_duplicates(), not_duplicates(app))


def unmarked_groups(app: Liaison) -> list[DuplicateGroup]:
    """The detector's groups without the contacts marked "not a duplicate" of the group's first
    (what ``liaison duplicates`` lists)."""
    marked = not_duplicates(app)
    kept = []
    for group in app.find_duplicates():
        first, *others = group.ids
        ids = (first, *(other for other in others if _key(first, other) not in marked))
        if len(ids) > 1:
            kept.append(DuplicateGroup(ids, group.score, group.reasons))
    return kept
