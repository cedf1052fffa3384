"""Cyrillic → Latin romanisation for the Turkic languages, Russian and their neighbours.

Why our own tables: the common libraries are either GPL (unidecode) or Russian-only, and none
knows the Kazakh, Kyrgyz and Uzbek letters (ә ғ қ ң ө ұ ү һ і ў ҳ) the liaison officers write.

:func:`transliterate_cyrillic` gives a *readable* form, one fixed spelling per letter, close to
what the people themselves use in passports and e-mail addresses (Kazakh ``қ → q``,
``ғ → gh``, ``ң → n`` as in passports and Russian spellings: "Жаңаөзен" → "Zhanaozen";
Russian-style ``ж → zh``, ``х → kh``, ``ш → sh``, ``ц → ts``...). It is meant to
suggest a Latin form of a Cyrillic name ("Сапарбекұлы" → "Saparbekuly"); it does not try to
reproduce any one national standard, and letters are mapped without context (``е`` is always
``e``, never ``ye``). :mod:`liaison.text.fold` derives its search-key table from
:data:`READABLE` so that both always agree.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["READABLE", "transliterate_cyrillic"]

# Lowercase letter → readable Latin. Uppercase forms are derived below.
_LOWER: Final[dict[str, str]] = {
    # Russian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh (also Kyrgyz ң ө ү, Tatar/Bashkir/Turkmen ә ө ү ң һ, Karakalpak)
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i",
    # Uzbek (қ ғ shared with Kazakh) and Tajik
    "ў": "o", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u",
    # Tatar / Turkmen / Bashkir / Chuvash / Altai and other Turkic letters
    "җ": "j", "ҙ": "z", "ҫ": "s", "ҡ": "q", "ҝ": "g", "ҹ": "c", "ҥ": "ng", "ӈ": "ng",
    "ӊ": "ng", "ҕ": "gh", "ӄ": "q", "ҟ": "k", "ӏ": "",
    # Ukrainian / Belarusian
    "є": "ye", "ї": "yi", "ґ": "g",
    # Serbian / Macedonian (ј is also the Altai and old Azerbaijani letter)
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh", "ѓ": "gj", "ќ": "kj",
    "ѕ": "dz",
}  # fmt: skip


def _build_readable() -> dict[str, str]:
    """Add the uppercase letters, capitalising only the first Latin letter ("Ж" → "Zh")."""
    table = dict(_LOWER)
    for low, latin in _LOWER.items():
        up = low.upper()
        if len(up) == 1 and up != low:
            table[up] = latin[:1].upper() + latin[1:]
    return table


READABLE: Final[dict[str, str]] = _build_readable()
"""Every Cyrillic letter we romanise (both cases) → its readable Latin spelling."""

_READABLE_TABLE: Final[dict[int, str]] = {ord(k): v for k, v in READABLE.items()}
# Cyrillic, Cyrillic Supplement, Extended-A/B/C: only words touching these blocks are rewritten.
_CYRILLIC: Final[re.Pattern[str]] = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_WORD: Final[re.Pattern[str]] = re.compile(r"\w+")


def _word(match: re.Match[str]) -> str:
    """Romanise one word; an all-capitals word stays all capitals ("ЖАСУР" → "ZHASUR")."""
    word = match.group()
    latin = word.translate(_READABLE_TABLE)
    if len(word) > 1 and word.isupper():
        return latin.upper()
    return latin


def transliterate_cyrillic(text: str) -> str:
    """Romanise the Cyrillic letters of ``text``; anything else is left exactly as it was.

    Used to suggest the Latin form of a Cyrillic name ("Отандастар Қоры" → "Otandastar Qory",
    "Хоразм" → "Khorazm"), so capitalisation is kept. Text is NFC-normalised first so that a
    decomposed "й" or "ё" (base letter + combining mark) is read as the letter it shows.
    """
    if not _CYRILLIC.search(text):
        return text
    return _WORD.sub(_word, unicodedata.normalize("NFC", text))
