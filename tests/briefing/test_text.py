"""Officer text made safe for Paragraph markup, the fonts that can print it, and the wording."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from reportlab.pdfbase import pdfmetrics

from liaison.briefing.errors import UnknownLanguage
from liaison.briefing.fonts import FILES, SUFFIXES, register_fonts
from liaison.briefing.markup import blocks, clean, esc, paragraphs
from liaison.briefing.wording import L, Wording
from tests.briefing.conftest import SCRIPTS


def test_markup_characters_are_escaped() -> None:
    assert esc("a < b & c > d <b>x</b>") == "a &lt; b &amp; c &gt; d &lt;b&gt;x&lt;/b&gt;"
    assert esc("one\ntwo") == "one<br/>two"
    assert esc(None) == ""


def test_text_is_nfc_without_control_characters() -> None:
    decomposed = "Lo\u030brinc Szu\u030bcs"  # o and u with a combining double acute
    assert clean(decomposed) == "Lőrinc Szűcs"
    assert unicodedata.is_normalized("NFC", clean(decomposed))
    assert clean("a\x00b\x07c\r\nd\te") == "abc\nd    e"


def test_paragraphs_and_bullets() -> None:
    assert paragraphs("one\ntwo\n\n\nthree &") == ["one<br/>two", "three &amp;"]
    assert blocks("Intro\n- first <x>\n• second\n\nClosing") == [
        ("para", "Intro"),
        ("bullet", "first &lt;x&gt;"),
        ("bullet", "second"),
        ("para", "Closing"),
    ]


def test_the_shipped_fonts_have_every_letter_the_officers_write() -> None:
    register_fonts()
    letters = {char for sentence in SCRIPTS.values() for char in sentence if char.isalpha()}
    letters |= set("ӘәҒғҚқҢңӨөҰұҮүҺһІі’ʻ«»“”–—•…\u00a0\u202f№")  # and the spaces CLDR dates use
    for family in FILES:
        for suffix in SUFFIXES:
            face = pdfmetrics.getFont(family + suffix).face
            missing = sorted(char for char in letters if ord(char) not in face.charToGlyph)
            assert missing == [], (family + suffix, missing)


def spoken(text: str) -> str:
    """``text`` as an officer reads it: CLDR picks the spaces (a no-break, thin or narrow space,
    around a range's dash or not) and changes them between releases; the words and numbers stay."""
    return re.sub(r"\s*([–-])\s*", r"\1", " ".join(text.split()))


def test_spoken_ignores_only_the_spacing() -> None:
    assert spoken("13\u2009–\u200914 Jan\u00a02026") == spoken("13–14 Jan 2026") == "13–14 Jan 2026"
    assert spoken("22 ноября 2023\u202fг.") == "22 ноября 2023 г."
    assert spoken("13–14 Jan 2026") != spoken("13–14 Feb 2026")


def test_wording_formats_dates_in_the_language() -> None:
    day = date(2023, 11, 22)
    assert spoken(Wording("en").date(day)) == "22 November 2023"
    assert spoken(Wording("tr").date(day)) == "22 Kasım 2023"
    assert spoken(Wording("ru").date(day)) == "22 ноября 2023 г."
    assert spoken(Wording("en").dates(date(2026, 1, 13), date(2026, 1, 14))) == "13–14 Jan 2026"
    assert Wording("hu").country("KG") == "Kirgizisztán"
    assert Wording("en")(L.PAGE_OF, page=3, pages=12) == "Page 3 of 12"
    assert Wording("en").names(["a", "b", "c", "d", "e", "f"]) == "a, b, c, d and 2 more"
    with pytest.raises(UnknownLanguage):
        Wording("xx")
