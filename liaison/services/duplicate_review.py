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

import re
from collections.abc import Mapping
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


@dataclass(frozen=True)
class Similar:
    """An existing contact that a contact being typed probably is."""

    id: str
    title: str
    score: float
    reasons: tuple[str, ...]


def _items(value: Any) -> list[str]:
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[;,\n]", value) if part.strip()]
    return [str(item).strip() for item in value or () if str(item).strip()]


def similar_contacts(app: Liaison, values: Mapping[str, Any], *, exclude: str | None = None) -> list[Similar]:
    """Existing contacts that the one being typed (``values``: what its editor holds) probably
    is, by the duplicates' evidence: candidates come from the search index (its name, Latin name
    and e-mails) and the stored phone numbers, then are scored as the detection scores a pair."""
    from sqlalchemy import select

    from liaison.services.duplicates import matches
    from liaison.services.errors import FieldError
    from liaison.store.directory import Contact

    name = str(values.get("name") or "").strip()
    latin = str(values.get("latin_name") or "").strip()
    emails = [e for e in _items(values.get("emails")) if "@" in e]
    spec = app.contacts.spec
    phones: list[str] = []
    for typed in _items(values.get("phones")):
        try:
            phones.extend(spec.field("phones").clean([typed], values))
        except FieldError:
            continue  # not a number yet (still being typed)
    ids: set[str] = set()
    for text in (name, latin, *emails):
        if len(text) >= 3:
            ids.update(hit.id for hit in app.search(text, limit=20, kinds=["contact"]))
    table = Contact.__table__
    columns = (
        table.c.id,
        table.c.name,
        table.c.latin_name,
        table.c.institution_id,
        table.c.emails,
        table.c.phones,
    )
    with app.store.read() as session:
        for phone in phones:  # not in the search index: the stored E.164 form, as JSON text holds it
            found = session.execute(
                select(table.c.id)
                .where(table.c.deleted.is_(False), table.c.phones.like(f'%"{phone}"%'))
                .limit(20)
            )
            ids.update(row[0] for row in found)
        ids.discard(exclude or "")
        if not ids:
            return []
        rows = session.execute(
            select(*columns).where(table.c.id.in_(sorted(ids)), table.c.deleted.is_(False))
        ).all()
    draft = (exclude or "", name, latin, values.get("institution_id") or None, emails, phones)
    titles = {row[0]: (row[1] if not row[2] else f"{row[1]} ({row[2]})") for row in rows}
    return [Similar(i, titles[i], score, reasons) for i, score, reasons in matches(draft, rows)]
