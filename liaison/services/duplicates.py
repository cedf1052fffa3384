"""Finding contacts that are probably one person: across scripts, spellings and word order, or
sharing an e-mail address or a phone number.

Never every pair (100,000 contacts are five billion pairs): candidates come from blocks, and
only pairs inside a block are scored.

* **Exact blocks** (a dictionary each): an e-mail address (case folded), a phone number (E.164
  as stored), and the *name key*: the words of the search key (:func:`liaison.text.search_key`,
  which already makes Cyrillic and Latin, ə and a, ı and i, oʻ and o one) in alphabetical order,
  of the name and of the Latin name, so that "Məmmədov Əli", "Əli Məmmədov" and "Али Мамедов"
  meet... where the key makes them one (``Мамедов`` is not ``Məmmədov``: see ``fold.py``).
* **Near spellings** (sorted neighbourhood): the name keys are sorted, once with their words in
  alphabetical order and once in reverse, and each is compared with the next
  :data:`WINDOW` keys only: first by shape (the first word, the number of words, their
  first letters and the words of up to five letters, which a near spelling keeps, since a short
  word is near only to itself; compared in C), then by rapidfuzz's Levenshtein distance of the
  keys, then word by word — all before a pair is kept, so that only near names are scored (on
  the benchmark's 100,000 names, 570,000 neighbours had the first letters' shape, 127,000 of
  them were within two edits and 31,000 near word by word; scoring the 127,000 took half the
  time). Linear in the number of contacts but for the sorts (``WINDOW`` comparisons each). A
  name with one word more (a patronymic) is not a near spelling.

What counts as near: the same number of words, one of them the same,
every word of the shorter name matching its own word of the other with the same first letter and
at most one edit (two in words of eight letters or more), words of up to five letters equal
("Kaya" and "Kara" are two families). A shared first name
is never enough ("Aigerim Saparbekuly" and "Aigerim Nurlanova" of one institution are two
people; so are "Ali Aliyev" and "Ali Valiyev"), and a name shared by more than
:data:`COMMON_NAME` contacts is no evidence (namesakes) unless something else is shared.

Each pair gets reasons and a score, ``1 - Π(1 - weight)`` over its reasons; two contacts whose
e-mail addresses are all different lose 30 % of it: a shared full name alone is then not
enough (namesakes), with the same institution it is (two sources may hold two addresses of one
person). Pairs scoring at least :data:`THRESHOLD` are joined into groups
(connected components); a group's score is its best pair's.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import msgspec
from rapidfuzz.distance import Levenshtein
from rapidfuzz.distance.Levenshtein import distance
from sqlalchemy import Text, select, type_coerce
from sqlalchemy.orm import Session

from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.store.directory import Contact
from liaison.text import search_key

WINDOW: Final[int] = 4
COMMON_NAME: Final[int] = 10
THRESHOLD: Final[float] = 0.5

SAME_EMAIL = QT_TRANSLATE_NOOP("Duplicates", "same e-mail")
SAME_PHONE = QT_TRANSLATE_NOOP("Duplicates", "same phone")
SAME_NAME = QT_TRANSLATE_NOOP("Duplicates", "same name")
OTHER_SCRIPT = QT_TRANSLATE_NOOP("Duplicates", "same name in another script")
WORD_ORDER = QT_TRANSLATE_NOOP("Duplicates", "same name, words in another order")
NEAR_SPELLING = QT_TRANSLATE_NOOP("Duplicates", "similar spelling of the name")
SAME_INSTITUTION = QT_TRANSLATE_NOOP("Duplicates", "same institution")

WEIGHTS: Final[dict[str, float]] = {
    SAME_EMAIL: 0.8,
    SAME_NAME: 0.7,
    OTHER_SCRIPT: 0.7,
    WORD_ORDER: 0.65,
    SAME_PHONE: 0.6,
    NEAR_SPELLING: 0.5,
    SAME_INSTITUTION: 0.15,
}
"""How much each reason says (the order of the reasons in a group, too)."""
_NAME_REASONS: Final[frozenset[str]] = frozenset({SAME_NAME, OTHER_SCRIPT, WORD_ORDER, NEAR_SPELLING})
_DIFFERENT_EMAILS: Final[float] = 0.7
_SHORT: Final[int] = 5
"""Words of up to this many letters are near only to themselves ("Kaya" and "Kara")."""
_EDITS: Final[int] = 2
_FEW_EDITS: Final[frozenset[int]] = frozenset(range(1, _EDITS + 1))
"""Near names are at most this many edits apart, words joined (a pre-filter in C)."""


@dataclass(frozen=True)
class DuplicateGroup:
    """Contacts that are probably one person, with why (reasons in English; translate with the
    "Duplicates" context) and how sure (0..1)."""

    ids: tuple[str, ...]
    score: float
    reasons: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"ids": list(self.ids), "score": self.score, "reasons": list(self.reasons)}


@dataclass
class _Person:
    id: str
    institution: str | None
    emails: frozenset[str]
    phones: frozenset[str]
    names: list[tuple[tuple[str, ...], tuple[str, ...], bool]] = field(default_factory=list)
    """(words of the search key, the same sorted, written in Cyrillic) of the name and the Latin
    name."""


_CYRILLIC: Final[re.Pattern[str]] = re.compile("[\u0400-\u04ff]")


def _cyrillic(text: str) -> bool:
    return not text.isascii() and _CYRILLIC.search(text) is not None


def _people(rows: Iterable[Sequence[Any]]) -> list[_Person]:
    people = []
    for record_id, name, latin, institution, emails, phones in rows:
        person = _Person(
            record_id,
            institution,
            frozenset(e.casefold() for e in emails or ()),
            frozenset(phones or ()),
        )
        for text in (name, latin):
            if text:
                words = tuple(search_key(text).split())
                if words:
                    person.names.append((words, tuple(sorted(words)), _cyrillic(text)))
        people.append(person)
    return people


def _near_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[0] != b[0] or min(len(a), len(b)) <= _SHORT:
        return False
    allowed = 2 if min(len(a), len(b)) >= 8 else 1
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def _near_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every word of the shorter name has its own near word in the other (see the docstring)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2 or len(long) != len(short):
        return False
    if not set(short) & set(long):
        return False
    left = list(long)
    for word in short:
        for i, other in enumerate(left):
            if _near_word(word, other):
                del left[i]
                break
        else:
            return False
    return True


def _name_reasons(a: _Person, b: _Person, *, near: bool) -> set[str]:
    """The name reasons of a pair (its best match of a name or Latin name with the other's);
    near spellings only when ``near`` (a pair from the sorted neighbourhood)."""
    best: set[str] = set()
    for words_a, sorted_a, cyr_a in a.names:
        for words_b, sorted_b, cyr_b in b.names:
            if sorted_a == sorted_b:
                found = {OTHER_SCRIPT} if cyr_a != cyr_b else set()
                found.add(SAME_NAME if words_a == words_b and cyr_a == cyr_b else WORD_ORDER)
                if words_a == words_b:
                    found.discard(WORD_ORDER)
            elif near and not best and _near_names(words_a, words_b):
                found = {NEAR_SPELLING}
            else:
                continue
            if sum(WEIGHTS[r] for r in found) > sum(WEIGHTS[r] for r in best):
                best = found
    return best


def _score(a: _Person, b: _Person, shared: set[str], *, near: bool) -> tuple[float, list[str]]:
    reasons = set(shared)
    names = _name_reasons(a, b, near=near)
    if names:
        reasons |= names
        if a.institution and a.institution == b.institution:
            reasons.add(SAME_INSTITUTION)
    ordered = sorted(reasons, key=lambda r: -WEIGHTS[r])
    if not reasons & (_NAME_REASONS | {SAME_EMAIL, SAME_PHONE}):
        return 0.0, ordered
    missing = 1.0
    for reason in ordered:
        missing *= 1 - WEIGHTS[reason]
    score = 1 - missing
    if a.emails and b.emails and not a.emails & b.emails:
        score *= _DIFFERENT_EMAILS
    return round(score, 3), ordered


def _candidates(people: Sequence[_Person]) -> tuple[dict[tuple[int, int], set[str]], set[tuple[int, int]]]:
    """Pairs (by index, smaller first) worth scoring, with the exact things they share; and
    those of them that are neighbours in a sorted order (to score for near spellings)."""
    pairs: dict[tuple[int, int], set[str]] = defaultdict(set)
    near: set[tuple[int, int]] = set()

    def block(members: list[int], reason: str | None, *, cap: int | None = None, chain: bool = False) -> None:
        if len(members) < 2:  # most addresses, phones and names: one contact each
            return
        # (those of one institution side by side, so that a chain joins them to each other)
        unique = sorted(set(members), key=lambda i: (people[i].institution or "", i))
        if len(unique) < 2 or (cap is not None and len(unique) > cap):
            return
        for i, first in enumerate(unique):
            for second in unique[i + 1 : i + 2] if chain else unique[i + 1 :]:
                shared = pairs[(first, second) if first < second else (second, first)]
                if reason is not None:
                    shared.add(reason)

    emails: dict[str, list[int]] = defaultdict(list)
    phones: dict[str, list[int]] = defaultdict(list)
    names: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        for email in person.emails:
            emails[email].append(index)
        for phone in person.phones:
            phones[phone].append(index)
        for _words, sorted_words, _cyr in person.names:
            names[sorted_words].append(index)
    # (most addresses, phones and names are one contact's: not even a call for those)
    for members in emails.values():
        if len(members) > 1:
            block(members, SAME_EMAIL, cap=COMMON_NAME)  # an office's shared address is no person
    for members in phones.values():
        if len(members) > 1:
            block(members, SAME_PHONE, cap=COMMON_NAME)  # nor is a switchboard
    for members in names.values():  # one name: each with the next is enough to join them
        if len(members) > 1:
            block(members, None, cap=COMMON_NAME, chain=True)
    named = [
        (index, sorted_words)
        for index, person in enumerate(people)
        for sorted_words in {sorted_words for _words, sorted_words, _cyr in person.names}
        if len(sorted_words) >= 2
    ]
    for reverse in (False, True):
        all_words = [words[::-1] if reverse else words for _index, words in named]
        all_keys = [" ".join(words) for words in all_words]
        order = sorted(range(len(all_keys)), key=all_keys.__getitem__)
        if len(order) < 2:
            continue
        pick = operator.itemgetter(*order)
        keys: Sequence[str] = pick(all_keys)
        tuples: Sequence[tuple[str, ...]] = pick(all_words)
        owners: Sequence[int] = pick([index for index, _words in named])
        # a near name keeps one word (in each order, the first) and has as many words, with
        # the same first letters, and its words of up to five letters as they are (a short word
        # is near only to itself): its "shape"
        shape = [(words[0], *[w if len(w) <= _SHORT else w[0] for w in words]) for words in tuples]
        within = functools.partial(distance, score_cutoff=_EDITS)
        for step in range(1, WINDOW + 1):
            # every key against the one ``step`` places on: the same shape (compared in C by
            # map), then a few edits at most in all (rapidfuzz, called by map); equal keys
            # (0 edits) are the exact block's (capped there: namesakes must not chain)
            positions = list(itertools.compress(itertools.count(), map(operator.eq, shape, shape[step:])))
            if not positions:
                continue
            firsts = [keys[position] for position in positions]
            seconds = [keys[position + step] for position in positions]
            edits = map(within, firsts, seconds)
            for position in itertools.compress(positions, map(_FEW_EDITS.__contains__, edits)):
                index, other = owners[position], owners[position + step]
                # word by word here, so that only near names are scored (a quarter of those
                # within two edits, on the benchmark's names)
                if index != other and _near_names(tuples[position], tuples[position + step]):
                    pair = (index, other) if index < other else (other, index)
                    pairs[pair]
                    near.add(pair)
    return pairs, near


def find_duplicates(session: Session) -> list[DuplicateGroup]:
    """Groups of live contacts that are probably one person, the surest first."""
    table = Contact.__table__
    # The e-mail and phone lists as their stored JSON text, decoded by msgspec: through the
    # columns' JSON type the read took a third of the detection at 100,000 contacts.
    rows = session.execute(
        select(
            table.c.id,
            table.c.name,
            table.c.latin_name,
            table.c.institution_id,
            type_coerce(table.c.emails, Text),
            type_coerce(table.c.phones, Text),
        ).where(table.c.deleted.is_(False))
    )
    with _no_gc():
        people = _people(
            (record_id, name, latin, institution, _strings(emails), _strings(phones))
            for record_id, name, latin, institution, emails, phones in rows
        )
        return group_people(people)


_LIST = msgspec.json.Decoder(list[str])


def _strings(stored: str | None) -> list[str]:
    """A stored list of strings (JSON text); anything else reads as empty."""
    if not stored or stored == "[]":
        return []
    try:
        return _LIST.decode(stored)
    except msgspec.DecodeError:
        return []


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Without the cyclic collector for a while: the detection makes millions of small tuples
    and sets and no cycles, and the collector's passes over them cost more than the work
    (6 s of 12 at 100,000 contacts)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def group_people(people: Sequence[_Person]) -> list[DuplicateGroup]:
    parent = list(range(len(people)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    best: dict[int, float] = {}
    reasons: dict[int, set[str]] = defaultdict(set)
    scored: list[tuple[int, int, float, list[str]]] = []
    pairs, near = _candidates(people)
    for (a, b), shared in pairs.items():
        score, why = _score(people[a], people[b], shared, near=(a, b) in near)
        if score >= THRESHOLD:
            scored.append((a, b, score, why))
            parent[root(a)] = root(b)
    for a, _b, score, why in scored:
        top = root(a)
        best[top] = max(best.get(top, 0.0), score)
        reasons[top].update(why)
    members: dict[int, list[str]] = defaultdict(list)
    for index in range(len(people)):
        top = root(index)
        if top in best:
            members[top].append(people[index].id)
    groups = [
        DuplicateGroup(
            ids=tuple(sorted(ids)),
            score=best[top],
            reasons=tuple(sorted(reasons[top], key=lambda r: -WEIGHTS[r])),
        )
        for top, ids in members.items()
    ]
    groups.sort(key=lambda g: (-g.score, g.ids))
    return groups


def matches(draft: Sequence[Any], rows: Iterable[Sequence[Any]]) -> list[tuple[str, float, tuple[str, ...]]]:
    """How the contacts ``rows`` match ``draft`` (each ``(id, name, latin name, institution id,
    e-mails, phones)``; the draft's id may be empty): (id, score, reasons) of those scoring at
    least :data:`THRESHOLD`, the surest first. The same evidence and score as the detection,
    near spellings included (the caller has already narrowed ``rows`` to a few candidates)."""
    [me] = _people([draft])
    found = []
    for other in _people(rows):
        if other.id == me.id:
            continue
        shared = set()
        if me.emails & other.emails:
            shared.add(SAME_EMAIL)
        if me.phones & other.phones:
            shared.add(SAME_PHONE)
        score, reasons = _score(me, other, shared, near=True)
        if score >= THRESHOLD:
            found.append((other.id, score, tuple(reasons)))
    return sorted(found, key=lambda match: -match[1])
