"""The search key: one folding for the indexed text and the typed query.

Why: SQLite FTS5's unicode61 tokenizer folds case and diacritics the English way (``İ`` is not
``i``, ``ı`` stays ``ı``, ``ə`` is not ``a``) and knows nothing of Cyrillic ↔ Latin. So the
index stores ``search_key(text)`` (lowercase ``[a-z0-9]`` words, other scripts passed through
lowercased, single spaces) and the query goes through the same function. What matters is not a
faithful spelling but that the variant spellings of one name collapse to one key.

The rules, applied in this order (all tables and regexes are built at import):

1. NFC (non-ASCII text only), so a decomposed ``й``/``ё``/``ў`` reads as the letter it shows.
2. One ``str.translate`` pass, per character:
   * Turkish ``İ I ı`` → ``i`` explicitly (``str.lower`` would give ``i`` + combining dot);
     ``Ə ə ǝ`` → ``a``; ``ß`` → ``ss``, ``ø`` → ``o``, ``æ`` → ``ae``, ``œ`` → ``oe``,
     ``ł`` → ``l``, ``đ ð`` → ``d``, ``þ`` → ``th``, ``ŋ`` → ``n`` (like ``ң``), ``ς`` → ``σ``;
   * apostrophe-like characters (``' ` ´ ʻ ʼ ʹ ‘ ’ ′`` ...) are deleted, not turned into a token
     break, so Uzbek ``Oʻzbekiston`` = ``O'zbekiston`` = ``Ozbekiston``;
   * Cyrillic letters → :data:`liaison.text.translit.READABLE`, lowercased, with the single
     letters of the next point (``ж`` → ``zh``, ``х`` → ``kh``, ``й`` → ``i``, ``қ`` → ``k``...),
     so that the digraph rules read a Cyrillic text exactly as its
     :func:`~liaison.text.translit.transliterate_cyrillic` romanisation: the two keys are equal
     (tested), and Cyrillic and Latin spellings meet;
   * Latin ``q`` → ``k``, ``w`` → ``v``, ``y`` → ``i`` (``x`` stays: it is the key's letter
     for the sound of ``h``, ``kh``, ``х``);
   * every other character: NFKD, nonspacing marks dropped (``ş ç ğ ö ü ő ű`` lose their
     marks: ``Gödöllő`` → ``godollo``, then ``godolo`` by rule 4), lowercased; non-ASCII
     decimal digits → ASCII digits; anything that is not a letter or digit becomes a space
     (the token break). The result for such characters is computed once and cached.
3. Digraph collapse (to a fixpoint, in one regex pass): ``sh`` → ``s``, ``ch`` → ``c``,
   ``zh`` → ``j``, ``gh`` → ``g``, ``kh``/``kx`` → ``x``, ``dj``/``dzh``/``zj`` → ``j``, ``s c g``
   absorb a following ``x`` or ``kh`` as they do ``h`` (``Iskhak`` = ``Isxoq`` = ``Исхак``), and
   every other ``h`` is ``x`` (``Xorazm`` = ``Khorazm`` = ``Horazm``). So a key has no ``h``: the
   ``h`` a rule writes can never make a digraph with the letter before it. (Until key version 2
   ``kh`` and ``x`` were ``h``, so that the nonsense ``zzqx`` was ``zkh``, ``zh``, ``j``: a prefix
   of every j-name.) Consequently ``shch`` → ``sc``, ``zkh`` → ``zx``.
4. ``i`` runs collapse to one ``i`` (``Dmitriy`` = ``Dmitrii`` = ``Дмитрий`` → ``dmitri``); an
   ``i`` before ``e`` at the start of a word or after a vowel is dropped, because Cyrillic ``е``
   there is pronounced and often written ``ye``: ``Yerlan`` = ``Erlan`` = ``Ерлан``,
   ``Tokayev`` = ``Toqaev`` = ``Тоқаев``; doubled consonants collapse (``Kassym`` = ``Касым``,
   ``Məmmədov`` = ``Mamadov``, ``Kirill`` = ``Kiril``), but three or more stay as typed: no
   name is spelt so, and ``zzzzzz`` must not become ``z``. Digits and vowels other than ``i`` are
   never squeezed (``2000`` stays, ``Kaya`` is not ``Ka``), and ``y`` between other vowels
   stays (``Kaya`` is not ``Kaa``; ``Кая`` is ``kaia`` too).
5. Split on the spaces and join with single spaces.

Prefix matching (search as you type): the key of a prefix of a word is a prefix of the key of the
word, except where the next typed letter rewrites what came before it: a trailing ``z k d``
before its ``h``/``j`` (``Z`` then ``Zh`` → ``j``, ``K`` then ``Kh`` → ``x``, ``D`` then
``Dzh`` → ``j``), and a trailing ``i``/``y`` that a following ``e`` would drop (``Y`` then
``Ye`` → ``e``, ``Tokay`` then ``Tokaye`` → ``tokae``). :func:`fts_prefix_query` covers those
by ORing what the next letter would produce (``("z"* OR "j"*)``), when it rewrites at most
the last two letters (a run ``zzzzzz`` then ``h`` is not a ``j``). A trailing ``s c g`` needs
nothing, since ``sh ch gh`` keep the first letter; ``Shc`` → ``sc`` is a prefix of ``Shch``.

Two merges are made by the query and the index rather than by the key, because they hold for
Turkic spellings only and would blur English words if every ``c`` or ``e`` were folded:

* Azerbaijani and Turkish ``c`` is English ``j`` and Cyrillic ``дж`` (``Ceyhun`` = ``Jeyhun`` =
  ``Джейхун``, ``Cəlil`` = ``Jalil``; ``ç`` = ``ch`` = ``ч`` is already one key letter ``c``):
  a typed token with a ``j`` is also looked up with ``c`` and vice versa
  (:func:`fts_prefix_query`). ``council`` is also looked up as ``jounjil``, which finds
  nothing: English words still find themselves.
* ``ə`` is ``a`` in the key (English ``Mammadov``) but Turkish writes it ``e`` (``Memmedov``,
  ``Celil``) and Russian either (``Мамедов``): :func:`index_key` indexes a word with ``ə`` or
  ``ә`` under every mix of ``a`` and ``e`` too (up to three of them), so only words that
  really had ``ə`` are found by their ``e`` spellings.

Accepted false merges (cheap in a people search, where missing a record is worse than showing
one more): ``s``/``sh``/``ş``, ``c``/``ch``/``ç`` (so Turkish ``c`` = ``ç``), ``j``/``zh``/``dzh``,
typed ``j``/``c`` (above), ``h``/``kh``/``x`` (so English ``Alex`` → ``alex`` will not find
``Алекс``), ``k``/``q``,
``v``/``w``, ``i``/``y``/``ı``, ``a``/``ə``, ``o``/``ö``/``ő``, ``u``/``ü``/``ű``, ``n``/``ң``,
doubled consonants, and ``ye``/``e`` at a word start or after a vowel. Not merged in the key:
``е``/``ə`` (``Мамедов`` ≠ ``Məmmədov``, but the index finds one from the other, above),
``г``/``h`` (``Ибрагим`` ≠ ``İbrahim``), ``ё`` = ``yo`` ≠ ``e``.
Nonspacing marks are dropped in every script (Arabic harakat, Hebrew points); spacing marks
(category Mc, Indic vowel signs) separate tokens, exactly as FTS5's unicode61 tokenizer treats
them (its token characters are letters, digits and private use), so that a key token is never
one FTS5 would read as nothing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from liaison.text.translit import READABLE

__all__ = ["KEY_VERSION", "fts_prefix_query", "index_key", "query_tokens", "search_key"]

KEY_VERSION: Final[int] = 2
"""Raised whenever :func:`index_key` changes what it gives for some text: an index built with
another version is rebuilt when the data folder is opened (``liaison.services.search``).
1: the first key; 2: ``h``/``kh``/``x`` written ``x`` (so ``zzqx`` is no longer ``j``), ə also
indexed as e."""

_APOSTROPHES: Final[str] = (
    "'`\u00b4\u02b9\u02ba\u02bb\u02bc\u02bd\u02be\u02bf\u02c8\u02ca\u02cb\u2018\u2019\u201b\u2032\u2035"
)
_SINGLE: Final[dict[str, str]] = {"q": "k", "w": "v", "y": "i"}
_LATIN_SPECIAL: Final[dict[str, str]] = {
    "İ": "i", "I": "i", "ı": "i",
    "Ə": "a", "ə": "a", "Ǝ": "a", "ǝ": "a",
    "ß": "ss", "ẞ": "ss", "Ø": "o", "ø": "o", "Æ": "ae", "æ": "ae", "Œ": "oe", "œ": "oe",
    "Ł": "l", "ł": "l", "Đ": "d", "đ": "d", "Ð": "d", "ð": "d", "Þ": "th", "þ": "th",
    "Ħ": "h", "ħ": "h", "Ŧ": "t", "ŧ": "t", "Ŋ": "n", "ŋ": "n", "ĸ": "k", "Ŀ": "l", "ŀ": "l",
    "ς": "σ",
}  # fmt: skip

# Rule 3 in one pass, equal to rewriting ``sh ch gh`` → ``s c g``, ``zh`` → ``j``, ``kh`` → ``h``,
# ``dj``/``zj`` → ``j`` until nothing changes (a run of one head letter counts as one, as rule 4
# will squeeze it anyway): ``s c g`` absorb every following ``h`` or ``kh`` (their output pairs
# with the next ``h`` again: ``shkh`` → ``sh`` → ``s``), ``z`` and ``k`` absorb one (``zhh`` →
# ``jh``), and any ``d``/``z`` run before a ``j`` goes (``dzh`` → ``dj`` → ``j``, ``zdj`` → ``j``).
# The head letter comes first and is told apart by lookbehind, so the regex engine can skip
# quickly to candidate letters (3x faster than a plain alternation).
_DIGRAPH: Final[re.Pattern[str]] = re.compile(
    r"([cdgksz])(?:(?<=[scg])\1*(?:k*[hx])+|(?<=[dz])[dz]*(?:(?<=z)h|j)|(?<=k)k*[hx])|h"
)
_DIGRAPH_OUT: Final[dict[str | None, str]] = {
    "s": "s", "c": "c", "g": "g", "k": "x", "d": "j", "z": "j", None: "x"
}  # fmt: skip
# Rule 4: an ``i`` run before ``e`` at a word start or after a vowel goes; any other ``i`` run
# is one ``i``; two equal consonants are one. Three or more equal consonants are no spelling
# of a name and stay as typed (``zzzzzz`` would otherwise be ``z``, a prefix of thousands).
# The leading lookahead lets the regex engine skip vowels, digits and spaces quickly.
_SQUEEZE: Final[re.Pattern[str]] = re.compile(
    r"(?=[bcdfgijklmnprstvxz])(?:(?<![^ aeou])(i)+(?=e)|(i)i+|([bcdfgjklmnprstvxz])\3+)"
)


def _squeezed(match: re.Match[str]) -> str:
    """Replacement for :data:`_SQUEEZE`."""
    if match.group(1):
        return ""
    if match.group(2):
        return "i"
    run = match.group()
    return run[0] if len(run) == 2 else run


def _digraph(match: re.Match[str]) -> str:
    """Replacement for :data:`_DIGRAPH`: the letter the whole cluster stands for."""
    return _DIGRAPH_OUT[match.group(1)]


def _base_table() -> dict[int, str | None]:
    """The precomputed part of the rule-2 table: all of ASCII plus the special letters.

    ASCII entries are all one character or deletions, which keeps CPython's fast ASCII path
    of ``str.translate`` for plain-ASCII input.
    """
    table: dict[int, str | None] = {}
    for code in range(128):
        ch = chr(code)
        low = ch.lower()
        table[code] = _SINGLE.get(low, low) if ch.isalnum() else " "
    for ch in _APOSTROPHES:
        table[ord(ch)] = None
    for ch, latin in _LATIN_SPECIAL.items():
        table[ord(ch)] = latin
    for ch, latin in READABLE.items():
        # as romanised, digraphs and all: the key's digraph pass then reads "зх" as "zkh" and
        # "зһ" as "zh", exactly as it reads their romanisation (so the two keys are equal)
        table[ord(ch)] = "".join(_SINGLE.get(c, c) for c in latin.lower())
    return table


class _FoldTable(dict[int, "str | None"]):
    """The rule-2 table; characters not precomputed are folded on first sight and cached.

    ``str.translate`` looks characters up with ``__getitem__``, so ``__missing__`` is called
    once per new character and never again: the first Greek or Arabic name costs a few
    microseconds, every later one runs at C speed.
    """

    def __missing__(self, code: int) -> str | None:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


def _fold_char(ch: str) -> str:
    """Fold one character not in the base table: NFKD, drop nonspacing marks, lowercase.

    Iterated to a fixpoint (NFKD of "ǅ" is "Dž", lowercasing "ẞ" gives "ß", which the base
    table then maps) so that folding is idempotent. Non-ASCII decimal digits become ASCII
    digits; anything that is neither a letter nor a digit becomes a space.
    """
    text = ch
    for _ in range(8):
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))
        folded = stripped.lower().translate(_BASE)
        if folded == text:
            break
        text = folded
    out: list[str] = []
    for c in text:
        if c.isdecimal():
            out.append(str(unicodedata.decimal(c)))
        elif c.isalnum():
            out.append(c)
        else:
            out.append(" ")
    return "".join(out)


_BASE: Final[dict[int, str | None]] = _base_table()
_FOLD: Final[_FoldTable] = _FoldTable(_BASE)


def search_key(text: str) -> str:
    """Fold text into the search key (space-separated ASCII-ish tokens).

    Applied to both the indexed text and the typed query, so that variant spellings of a name
    (Işık/IŞIK/isik, Məmmədov/Mammadov, Омуралиев/Omuraliev, Oʻzbekiston/Ozbekiston) meet.
    See the module docstring for the rules and the merges they imply.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    key = text.translate(_FOLD)
    if "h" in key or "j" in key or "x" in key:
        key = _DIGRAPH.sub(_digraph, key)
    key = _SQUEEZE.sub(_squeezed, key)
    return " ".join(key.split())


def query_tokens(text: str) -> list[str]:
    """The tokens of search_key(text), for building a prefix query; [] for blank/punctuation-only input."""
    return search_key(text).split()


# A letter typed next may rewrite the end of the token so that the token stops being a prefix:
# ``k`` + ``h`` → ``h``, ``d`` + ``j`` → ``j``, ``ai`` + ``e`` → ``ae``. These are all of them.
_NEXT_LETTERS: Final[tuple[str, ...]] = ("h", "j", "e")


def _prefix_alternatives(token: str) -> list[str]:
    """``token`` and what it may turn into once the next letter is typed, if not an extension."""
    alternatives = [token]
    for letter in _NEXT_LETTERS:
        longer = search_key(token + letter)
        # a letter rewrites the last letter or two (``dz`` + ``h``), never a longer run: a
        # typed ``zzzzzz`` is not the start of a ``j`` (nonsense must not find everything)
        if len(longer) >= len(token) - 1 and not any(longer.startswith(alt) for alt in alternatives):
            alternatives.append(longer)
    return alternatives


def _fts_string(token: str) -> str:
    """An FTS5 string literal: double quotes around, inner double quotes doubled."""
    return '"' + token.replace('"', '""') + '"'


_SWAPS: Final[tuple[tuple[str, str], ...]] = (("j", "c"), ("c", "j"))
"""Azerbaijani and Turkish ``c`` is English ``j`` and Cyrillic ``дж`` (Ceyhun = Jeyhun = Джейхун)."""


def _alternatives(token: str) -> list[str]:
    """What a typed token may stand for: itself and what the next letter may turn it into
    (:func:`_prefix_alternatives`), each also with ``j`` written ``c`` and ``c`` written ``j``."""
    alternatives: list[str] = []
    for alternative in _prefix_alternatives(token):
        for spelling in (alternative, *(alternative.replace(a, b) for a, b in _SWAPS if a in alternative)):
            if spelling not in alternatives:
                alternatives.append(spelling)
    return alternatives


def fts_prefix_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every token as a quoted prefix term, ANDed; None when no tokens.

    Every token is a quoted string, so the user's quotes, ``AND``/``OR``/``NOT``/``NEAR``,
    parentheses, colons and asterisks can never become FTS5 syntax (they are also folded
    away by :func:`search_key`). A token whose end the next typed letter would rewrite (see
    the module docstring) becomes ``("z"* OR "j"*)``-style alternatives so that search as you
    type keeps finding the record at every keystroke; a token with ``c`` or ``j`` is also
    looked up with the other letter (Turkic ``c`` is English ``j``: see the module docstring).
    Terms are joined with an explicit ``AND`` because FTS5 rejects implicit AND next to a
    parenthesised group.
    """
    terms: list[str] = []
    for token in query_tokens(text):
        alternatives = [_fts_string(alt) + "*" for alt in _alternatives(token)]
        terms.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms) if terms else None


_SCHWAS: Final[str] = "əƏǝƎәӘ"
_SCHWA: Final[re.Pattern[str]] = re.compile(f"[{_SCHWAS}]")
_SCHWA_SPELLINGS_AT_MOST: Final[int] = 3
"""Up to this many ə in a word, every mix of a and e is indexed (Məmmədov: Mamedov, Memmedov...)."""


def _schwa_spellings(word: str) -> list[str]:
    """``word`` (which has an ə) with its ə written e, and with each mix of a and e."""
    count = len(_SCHWA.findall(word))
    if count > _SCHWA_SPELLINGS_AT_MOST:
        return [_SCHWA.sub("e", word)]
    parts = _SCHWA.split(word)
    spellings = []
    for mask in range(1, 2**count):  # 0 (every ə as a) is the word's own key
        letters = ["e" if mask >> bit & 1 else "a" for bit in range(count)] + [""]
        spellings.append("".join(part + letter for part, letter in zip(parts, letters, strict=True)))
    return spellings


def index_key(text: str) -> str:
    """The key to index ``text`` under: :func:`search_key`, plus the other spellings of its
    words with ə (Azerbaijani ``ə``, Kazakh ``ә``), which English writes a (the key's own
    spelling) but Turkish writes e ("Memmedov", "Celil") and Russian writes either
    ("Мамедов"): each extra spelling is one more word of the document. Only the index
    carries them; the query is folded by :func:`search_key` as typed."""
    if text.isascii() or not _SCHWA.search(text):
        return search_key(text)
    # word by word, each word's other spellings right after it, so that the index key of
    # texts joined by spaces is their index keys joined by spaces (as for the search key)
    words: list[str] = []
    for chunk in text.split():
        key = search_key(chunk)
        if key:
            words.append(key)
        if _SCHWA.search(chunk):
            seen = set(key.split())
            for spelling in _schwa_spellings(unicodedata.normalize("NFC", chunk)):
                for word in search_key(spelling).split():
                    if word not in seen:
                        seen.add(word)
                        words.append(word)
    return " ".join(words)
