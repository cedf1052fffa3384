"""The sort key of names: one order for every officer's alphabet, as plain text.

Why a key and not ``ORDER BY name``: SQLite compares text byte by byte, so "İrem" (İ is
U+0130) came after "Szűcs", "Ömer" after "Zeynep", "Əli" after everything Latin. The lists
page through 100,000 contacts with an index, so the order must be an indexed column: the key
is stored beside the name (``name_sort``), written wherever the search key is, and compared
byte by byte it gives the order below. :func:`sort_key` is pure Python (no ICU at run time,
no Qt below the window); the window's QCollator agrees with it letter by letter
(``tests/text/test_collate.py``).

The order (a decision: one order for the eight languages, since a list holds names of all of
them and an index holds one order):

* Words first by their letters, case and accents ignored; then by accents; then lowercase
  before uppercase (ICU's three levels). Spaces and punctuation separate words and a shorter
  word comes first ("Ali Veli" before "Alia"); apostrophes are not letters (Uzbek ``Oʻ``
  sorts with ``O``, "O'Brien" as "OBrien"); digits come before letters.
* Latin before Cyrillic (the order of Unicode's default collation, and English's, the
  Organisation's working language), other scripts by code point (Greek between them).
* Latin: a b c ç d e ə f g ğ h ı i j k l m n o ö p q r s ş t u ü v w x y z, the Turkish and
  Azerbaijani alphabets merged; Hungarian ő and ű are ö and ü with an accent and á é í ó ú
  are accented a e i o u, as in Hungarian. Turkish ``I`` is ``ı`` in a word that has ``ı``,
  ``İ``, ``ş``, ``ğ`` or ``ə`` ("IŞIK"), else ``i`` ("IRENE"): a list cannot know a name's
  language, so a bare ``Irmak`` sorts as English reads it.
* Cyrillic: а ә б в г ғ д е ж з и й к қ л м н ң о ө п р с т у ұ ү ф х ҳ һ ц ч ш щ ъ ы і ь
  э ю я, the Kazakh, Kyrgyz, Uzbek and Russian alphabets merged; ``ё`` is ``е`` and Uzbek
  ``ў`` is ``у`` with an accent, as in Russian and in Unicode's default order.

Where one alphabet disagrees with another, the merged order keeps the majority: Azerbaijani
puts ``x`` after ``h`` and ``q`` after ``k`` (here they keep their Latin places, as in
Turkish, Uzbek, Hungarian and English); Uzbek puts ``oʻ gʻ sh ch ng`` after ``z`` and
Hungarian ``cs dz gy ly ny sz ty zs`` after their first letter (here they are the letters
they are written with); Kazakh and Kyrgyz put ``ё`` after ``е`` (here an accented ``е``); Russian,
Kazakh and Kyrgyz put Cyrillic before Latin. The tests list these exceptions.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

__all__ = ["SORT_KEY_VERSION", "sort_key"]

SORT_KEY_VERSION: Final[int] = 1
"""Raised when :func:`sort_key` changes; a migration then refills the stored keys."""

_LATIN: Final[str] = "abcçdeəfgğhıijklmnoöpqrsştuüvwxyz"
_CYRILLIC: Final[str] = "аәбвгғдежзийкқлмнңоөпрстуұүфхҳһцчшщъыіьэюя"
_ACCENTED: Final[dict[str, tuple[str, int]]] = {
    # letter -> (the letter it sorts as, an accent weight); NFD handles the rest
    "ő": ("ö", 1), "ű": ("ü", 1), "ё": ("е", 1), "ў": ("у", 1), "ǝ": ("ə", 1),
}  # fmt: skip
_TURKIC_WORD: Final[frozenset[str]] = frozenset("ıİşŞğĞəƏ")
_APOSTROPHES: Final[frozenset[str]] = frozenset(
    "'`\u00b4\u02b9\u02ba\u02bb\u02bc\u02bd\u02be\u02bf\u02c8\u02ca\u02cb\u2018\u2019\u201b\u2032\u2035"
)

_WORD_BREAK: Final[str] = "!"
_LEVELS: Final[str] = " "  # below every weight and the word break: a shorter name comes first


def _weight(rank: int) -> str:
    """Two characters from '0' on (64 values each), ordered as ``rank``."""
    return chr(0x30 + rank // 64) + chr(0x30 + rank % 64)


_PRIMARY: Final[dict[str, str]] = {
    **{d: "#" + d for d in "0123456789"},
    **{letter: "0" + _weight(rank) for rank, letter in enumerate(_LATIN)},
    **{letter: "2" + _weight(rank) for rank, letter in enumerate(_CYRILLIC)},
}


def _other(ch: str) -> str:
    """Letters of other scripts, by code point: before Cyrillic below U+0400, after it above."""
    code = ord(ch)
    return ("1" if code < 0x400 else "3") + f"{code:06x}"


_CACHE: dict[tuple[str, bool], tuple[str, str, str] | None] = {}


def _fold(ch: str, turkic: bool) -> tuple[str, str, str] | None:
    """(primary, accent, case) of one character; None for a word break; ('', '', '') to skip."""
    cached = _CACHE.get((ch, turkic))
    if cached is not None or (ch, turkic) in _CACHE:
        return cached
    result: tuple[str, str, str] | None
    upper = "1" if ch.isupper() else "0"
    if ch in _APOSTROPHES:
        result = ("", "", "")
    elif ch == "I":
        result = (_PRIMARY["ı" if turkic else "i"], "0", "1")
    elif ch == "İ":
        result = (_PRIMARY["i"], "0", "1")
    else:
        low = ch.lower()
        if low in _PRIMARY:
            result = (_PRIMARY[low], "0", upper)
        elif low in _ACCENTED:
            letter, weight = _ACCENTED[low]
            result = (_PRIMARY[letter], str(weight), upper)
        elif ch.isdecimal():
            result = (_PRIMARY[str(unicodedata.decimal(ch))], "0", "0")
        elif ch.isalpha():
            decomposed = unicodedata.normalize("NFD", low)
            base, marks = decomposed[0], decomposed[1:]
            primary = _PRIMARY.get(base) or _other(base)
            accent = chr(0x32 + sum(ord(mark) % 61 for mark in marks)) if marks else "0"
            result = (primary, accent, upper)
        else:
            result = None
    _CACHE[(ch, turkic)] = result
    return result


@functools.lru_cache(maxsize=65536)
def _word(word: str) -> tuple[str, str, str]:
    """(primary, accents, cases) of one whitespace-separated word; the primary part ends with a
    word break. Cached: names share their words (first names, surnames, "Ministry")."""
    turkic = not word.isascii() and any(ch in _TURKIC_WORD for ch in word)
    primary: list[str] = []
    accents: list[str] = []
    cases: list[str] = []
    for ch in word:
        folded = _fold(ch, turkic)
        if folded is None:
            if primary and primary[-1] != _WORD_BREAK:
                primary.append(_WORD_BREAK)
            continue
        if folded[0]:
            primary.append(folded[0])
            accents.append(folded[1])
            cases.append(folded[2])
    if primary and primary[-1] != _WORD_BREAK:
        primary.append(_WORD_BREAK)
    return "".join(primary), "".join(accents), "".join(cases)


def sort_key(text: str | None) -> str:
    """The key that sorts ``text`` as described in the module docstring, compared byte by
    byte (SQLite's BINARY collation, Python's ``<``). Empty text gives ``""`` (first)."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    words = [_word(word) for word in text.split()]
    primary = "".join(w[0] for w in words).rstrip(_WORD_BREAK)
    return primary + _LEVELS + "".join(w[1] for w in words) + _LEVELS + "".join(w[2] for w in words)
