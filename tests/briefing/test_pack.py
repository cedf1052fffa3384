"""The pack for the 5th meeting in Bishkek, read back with pypdf: what it says, in every
script, with its pages numbered "X of Y" and a table of contents that points at the right pages."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pypdf

from liaison.briefing.make import Briefing
from tests.briefing.conftest import BISHKEK, KZ_AZ, KZ_KG, SCRIPTS, Read, flat

Pack = tuple[Briefing, Read]


def test_the_pack_holds_every_part_of_every_note(bishkek_pack: Pack) -> None:
    briefing, pdf = bishkek_pack
    text = pdf.text
    assert briefing.titles == (BISHKEK, KZ_KG, KZ_AZ)
    # the pack's cover: where and when, what is in it
    assert pdf.pages[0].startswith(
        "Briefing pack Bishkek, Kyrgyzstan 22 November 2023 RESTRICTED In this pack"
    )
    for title in briefing.titles:
        assert flat(title) in pdf.pages[0]
    # the event note: cover, agenda, delegations, counterparts, plan, minutes
    for expected in (
        "Briefing note · Meeting of Ministers and Heads of Institutions",
        "Host Ministry of Labour, Social Security and Migration of the Kyrgyz Republic",
        "Adoption of the Diaspora Joint Activity Plan of the OTS for the year 2024",  # agenda item 8
        "Uzbekistan “Vatandoshlar” Public Foundation (Vatandoshlar) Odiljan Sattarov",  # a delegation
        "Абзал Сапарбекұлы · Abzal Saparbekuly",  # a counterpart in both scripts
        "Head of the delegation of Kazakhstan",
        "Diaspora Joint Activity Plan of the OTS for the year 2024 (Closed)",
        "Internship Program for young diaspora representatives",
        "Annex: minutes",
        "Agreed on 22 November 2023.",
        "The Parties took note of the briefing.",  # a decision in the minutes
    ):
        assert expected in text, expected
    # what was agreed with them before, and what is still open
    assert "Outcome: Agreed to exchange information on their programmes for compatriots abroad" in text
    assert re.search(r"due 29 Feb 2024 — OVERDUE — Send proposals on the format and venue", text)
    # the bilateral notes: their parties and topics
    assert "Parties State Institution Person Kazakhstan NJSC Otandastar Qory" in text
    assert "Preparations for the III Diaspora Forum of Turkic-speaking countries" in text
    # the minutes of the 5th meeting are annexed once; the bilateral notes refer to them
    assert text.count("Agreed on 22 November 2023.") == 1
    assert text.count(f"The minutes of “{BISHKEK}” are annexed to the note on “{BISHKEK}”") == 2


def test_every_script_comes_back_out_of_the_pdf(bishkek_pack: Pack) -> None:
    _briefing, pdf = bishkek_pack
    text = pdf.text
    for language, sentence in SCRIPTS.items():
        assert sentence in text, language
    for name in (
        "Rəşad Məmmədov",
        "Айгерім Жақсылықова",
        "Szűcs Bence",
        "Potápi Árpád János",
        "İrem Başoğlu",
    ):
        assert name in text, name
    # reportlab's own fonts would have given black boxes, question marks or control characters
    assert "\ufffd" not in text and "■" not in text
    assert not [char for char in text if unicodedata.category(char) == "Cc"]
    assert "• " + SCRIPTS["tr"] in text  # the bullets are bullets
    assert unicodedata.is_normalized("NFC", text)


def test_officer_text_is_printed_as_typed_not_as_markup(bishkek_pack: Pack) -> None:
    _briefing, pdf = bishkek_pack
    assert "Watch the markup: a < b & c > d, <b>not bold</b> & AT&T." in pdf.text


def test_every_page_says_page_x_of_y_and_carries_the_marking(bishkek_pack: Pack) -> None:
    briefing, pdf = bishkek_pack
    total = len(pdf.pages)
    assert briefing.pages == total > 20
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Page {number} of {total}" in page
        assert page.count("RESTRICTED") >= 2  # top and bottom
    assert "DRAFT" not in pdf.text  # the minutes of the 5th meeting are agreed


def _outline(reader: pypdf.PdfReader, items: list[Any], level: int = 0) -> list[tuple[int, str, int]]:
    found: list[tuple[int, str, int]] = []
    for item in items:
        if isinstance(item, list):
            found += _outline(reader, item, level + 1)
        else:
            found.append((level, str(item.title), reader.get_destination_page_number(item)))
    return found


def test_contents_and_bookmarks_point_at_the_right_pages(bishkek_pack: Pack) -> None:
    _briefing, pdf = bishkek_pack
    outline = _outline(pdf.reader, pdf.reader.outline)
    assert [title for level, title, _page in outline if level == 0] == [
        "Bishkek, Kyrgyzstan",
        "Contents",
        BISHKEK,
        KZ_KG,
        KZ_AZ,
    ]
    contents_page = next(n for n, page in enumerate(pdf.pages) if page.startswith("Contents"))
    contents = pdf.pages[contents_page]
    checked = 0
    for _level, title, page in outline:
        assert flat(title) in pdf.pages[page], (title, page + 1)  # the bookmark lands on the heading
        if title in ("Bishkek, Kyrgyzstan", "Contents"):
            continue  # the pack's own cover and contents are not listed in the contents
        # the contents list the entry with the page the heading is on, in reading order
        assert f"{flat(title)} {page + 1}" in contents, (title, page + 1)
        checked += 1
    assert checked > 20 and any(level == 2 for level, _title, _page in outline)
    assert "Abzal Saparbekuly" in contents
    links = [a.get_object() for a in pdf.reader.pages[contents_page].get("/Annots", [])]
    assert sum(1 for link in links if link.get("/Subtype") == "/Link") >= 2 * checked  # title and number


def test_notes_start_on_their_own_page_with_their_own_header(bishkek_pack: Pack) -> None:
    _briefing, pdf = bishkek_pack
    for title in (BISHKEK, KZ_KG, KZ_AZ):
        first = next(
            n for n, page in enumerate(pdf.pages) if "Briefing note · " in page and flat(title) in page
        )
        assert pdf.pages[first].startswith("Briefing note · ")
        assert "Not in the record" in pdf.pages[first]
        # the running header of the next page names the note
        furniture = pdf.pages[first + 1].rsplit("RESTRICTED RESTRICTED", 1)[1]  # drawn after the content
        assert flat(title)[:30] in furniture
