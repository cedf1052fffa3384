"""Which encoding a text file (CSV, vCard) is in, chosen for the officers' alphabets.

A byte-order mark decides at once (UTF-8, UTF-16). Then strict UTF-8: text in a legacy code page
is almost never valid UTF-8 once it has a non-ASCII letter. Otherwise each legacy code page
officers' Excel writes (cp1254 Turkish, cp1251 Cyrillic, cp1250 Hungarian, cp1252 Western) is
scored by the letters it yields: a letter of one of the officers' alphabets counts for it,
a letter that belongs to none of them (``ý þ ð`` are what cp1252 makes of ``ı ş ğ``) and a word
mixing Latin and Cyrillic letters (what cp1251 makes of Turkish) count against it. Generic
detectors guess from letter frequencies of Western languages and read cp1254 as cp1252; this
knows which letters the text should have. The guess is always shown and can be changed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from liaison.i18n import QT_TRANSLATE_NOOP

CANDIDATES = ("cp1254", "cp1251", "cp1250", "cp1252")
"""Legacy code pages, in the order a tie is decided (Turkic first)."""

CHOICES = ("utf-8", "utf-8-sig", "utf-16", *CANDIDATES)
"""What the officer may choose instead of the guess."""

_LATIN = (
    "abcçdeəfgğhxıijkqlmnoöprsştuüvyzw"  # Turkish, Azerbaijani, Uzbek, Turkmen
    "áéíóöőúüű"  # Hungarian
    "äňžýñ"  # Turkmen and borrowings
)
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіҗ"  # Russian, Kazakh, Kyrgyz
_ALPHABETS = frozenset(_LATIN + _LATIN.upper() + _CYRILLIC + _CYRILLIC.upper() + "İ")
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC_RANGE = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

REASON_BOM = QT_TRANSLATE_NOOP("Import", "the file starts with a byte-order mark")
REASON_UTF8 = QT_TRANSLATE_NOOP("Import", "the file is valid UTF-8")
REASON_ASCII = QT_TRANSLATE_NOOP("Import", "the file has only ASCII characters")
REASON_LETTERS = QT_TRANSLATE_NOOP(
    "Import", "this code page gives the most letters of the officers' alphabets"
)
REASON_CHOSEN = QT_TRANSLATE_NOOP("Import", "chosen by the officer")


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding chosen, why (a string marked under "Import"), and each candidate's score."""

    encoding: str
    reason: str
    scores: dict[str, int] = field(default_factory=dict)


def score(text: str) -> int:
    """How well ``text`` reads as the officers' languages (higher is better)."""
    total = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if _CYRILLIC_RANGE.search(word) and _LATIN_LETTER.search(word):
            total -= 5
            continue
        for ch in word:
            if ch.isascii():
                continue
            total += 1 if ch in _ALPHABETS else -2
    return total


def guess_encoding(data: bytes) -> EncodingGuess:
    """The encoding of ``data`` (the whole file or a large sample of it)."""
    if data.startswith(codecs.BOM_UTF8):
        return EncodingGuess("utf-8-sig", REASON_BOM)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return EncodingGuess("utf-16", REASON_BOM)
    if data.isascii():
        return EncodingGuess("utf-8", REASON_ASCII)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # a sample cut in the middle of a character is still UTF-8
        if error.start < len(data) - 3 or error.reason != "unexpected end of data":
            pass
        else:
            return EncodingGuess("utf-8", REASON_UTF8)
    else:
        return EncodingGuess("utf-8", REASON_UTF8)
    scores = {name: score(data.decode(name, errors="replace")) for name in CANDIDATES}
    best = max(CANDIDATES, key=lambda name: (scores[name], -CANDIDATES.index(name)))
    return EncodingGuess(best, REASON_LETTERS, scores)
