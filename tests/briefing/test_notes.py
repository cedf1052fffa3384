"""Single notes: drafts, sections, language, the officer's choice of counterparts, photos, and
the gaps of a thin record said in the PDF instead of failing it."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pypdf
from PIL import Image

from liaison.briefing import BriefingRequest, Section, Subject, make_briefing, write_briefing
from liaison.services.app import Liaison
from tests.briefing.conftest import BISHKEK, CONTACT_GROUP, KZ_AZ, Read, flat, read_pdf

TODAY = date(2026, 11, 22)


def _note(app: Liaison, tmp_path: Path, subject: Subject, **options: object) -> Read:
    out = tmp_path / "note.pdf"
    write_briefing(app, BriefingRequest(subjects=(subject,), today=TODAY, **options), out)  # type: ignore[arg-type]
    return read_pdf(out)


def _event(app: Liaison, title: str) -> Subject:
    return Subject("event", app.events.resolve(title))


def _profiled(pdf: Read) -> list[str]:
    """The counterparts the note profiles (its level-2 bookmarks)."""
    names: list[str] = []
    for item in pdf.reader.outline:
        if isinstance(item, list):
            for sub in item:
                if isinstance(sub, list):
                    names += [str(person.title) for person in sub if not isinstance(person, list)]
    return names


def test_a_single_note_carries_its_contents_on_its_cover(sample: Liaison, tmp_path: Path) -> None:
    pdf = _note(sample, tmp_path, _event(sample, BISHKEK))
    cover = pdf.pages[0]
    assert cover.startswith("Briefing note · Meeting of Ministers and Heads of Institutions")
    assert "Contents " + flat(BISHKEK) + " 1 Agenda 2" in cover
    assert "Briefing pack" not in pdf.text
    assert f"Page 1 of {len(pdf.pages)}" in cover


def test_draft_minutes_put_draft_on_every_page(sample: Liaison, tmp_path: Path) -> None:
    pdf = _note(sample, tmp_path, _event(sample, CONTACT_GROUP), marking="FOR OFFICIAL USE ONLY")
    assert "The minutes used in this note are a draft, not yet agreed" in pdf.pages[0]
    assert "Draft minutes of the Diaspora Contact Group meeting (October 2026)" in pdf.text
    assert "Draft, not yet agreed." in pdf.text
    for page in pdf.pages:
        assert "DRAFT" in page and page.count("FOR OFFICIAL USE ONLY") >= 2


def test_sections_left_out_are_not_printed(sample: Liaison, tmp_path: Path) -> None:
    pdf = _note(
        sample, tmp_path, _event(sample, BISHKEK), sections=frozenset({Section.AGENDA, Section.MINUTES})
    )
    titles = [str(item.title) for item in pdf.reader.outline[1] if not isinstance(item, list)]
    assert titles == ["Contents", "Agenda", "Annex: minutes"]
    for heading in ("Delegations", "Counterparts", "Talking points", "Joint Action Plan activities"):
        assert heading not in pdf.text
    assert "talking points" not in pdf.pages[0]  # not reported missing either


def test_dates_and_places_follow_the_language(sample: Liaison, tmp_path: Path) -> None:
    pdf = _note(sample, tmp_path, _event(sample, BISHKEK), language="kk")
    assert "2023 ж. 22 қараша" in pdf.pages[0]
    assert "Bishkek, Қырғызстан" in pdf.pages[0]
    assert "қырғыз тілі, орыс тілі" in pdf.text  # the counterparts' languages


def test_labels_go_through_the_translator_and_survive_a_broken_translation(sample: Liaison) -> None:
    translations = {
        ("Briefing", "Agenda"): "Күн тәртібі",
        ("Briefing", "Page {page} of {pages}"): "Бет {бет}",  # a translator's slip: no {page}
        ("States", "Kyrgyzstan"): "Қырғызстан",
    }
    briefing = make_briefing(
        sample,
        BriefingRequest(subjects=(_event(sample, BISHKEK),), language="kk", today=TODAY),
        translator=lambda context, source: translations.get((context, source), source),
    )
    reader = pypdf.PdfReader(BytesIO(briefing.pdf))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert "Күн тәртібі" in text and "Қырғызстан" in text
    assert f"Page 1 of {briefing.pages}" in text


def test_only_the_chosen_counterparts_are_profiled(sample: Liaison, tmp_path: Path) -> None:
    subject = _event(sample, BISHKEK)
    everyone = _note(sample, tmp_path, subject)
    assert len(_profiled(everyone)) == 13
    assert _profiled(everyone)[:3] == ["Abdullah Eren", "Elif Işık", "Fuad Muradov"]  # Türkiye first
    chosen = sample.contacts.resolve("Abzal Saparbekuly")
    one = _note(sample, tmp_path, subject, counterparts=frozenset({chosen}))
    assert _profiled(one) == ["Абзал Сапарбекұлы · Abzal Saparbekuly"]


def test_counterparts_left_out_are_not_profiled_and_the_others_are(sample: Liaison, tmp_path: Path) -> None:
    subject = _event(sample, BISHKEK)
    left_out = sample.contacts.resolve("Abdullah Eren")
    pdf = _note(sample, tmp_path, subject, excluded_counterparts=frozenset({left_out}))
    assert len(_profiled(pdf)) == 12 and "Abdullah Eren" not in _profiled(pdf)
    assert _profiled(pdf)[0] == "Elif Işık"


def test_home_institution_colleagues_are_not_counterparts(own_sample: Liaison, tmp_path: Path) -> None:
    own_sample.settings.set("home_institution_id", own_sample.institutions.resolve("Otandastar Qory"))
    names = _profiled(_note(own_sample, tmp_path, _event(own_sample, BISHKEK)))
    assert len(names) == 11
    assert not any("Saparbekuly" in name or "Zhaksylykova" in name for name in names)


def _png(width: int = 120, height: int = 150) -> bytes:
    image = Image.new("RGB", (width, height), (31, 58, 95))
    image.paste((230, 190, 150), (30, 30, 90, 100))
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_photo_on_file_is_printed(own_sample: Liaison, tmp_path: Path) -> None:
    subject = _event(own_sample, BISHKEK)
    person = own_sample.contacts.resolve("Abzal Saparbekuly")
    before = _note(own_sample, tmp_path, subject, counterparts=frozenset({person}))
    assert "No photo on file" in before.text and not any(page.images for page in before.reader.pages)
    own_sample.contacts.update(person, {"photo": _png()})
    after = _note(own_sample, tmp_path, subject, counterparts=frozenset({person}))
    assert "No photo on file" not in after.text
    assert "a photo of" not in after.pages[0]
    [page] = [page for page in after.reader.pages if page.images]
    assert page.images[0].image is not None and page.images[0].image.size[0] > 50


def test_a_thin_record_still_makes_a_note_that_says_what_is_missing(
    own_sample: Liaison, tmp_path: Path
) -> None:
    event = own_sample.events.create(
        {"kind": "working_visit", "title": "Working visit to Osh", "start_date": "2030-05-12"}
    )
    person = own_sample.contacts.create({"name": "Нурлан Асанов"})  # no institution, no e-mail, no photo
    own_sample.participants.create({"event_id": event["id"], "contact_id": person["id"]})
    pdf = _note(own_sample, tmp_path, Subject("event", event["id"]))
    cover = pdf.pages[0]
    assert "No place recorded." in cover
    for gap in ("the place", "the agenda", "the delegations", "a photo of Нурлан Асанов", "talking points"):
        assert f"• {gap}" in cover, gap
    for said in (
        "No agenda has been recorded for this event.",
        "No delegations have been recorded for this event.",
        "No institution on file.",
        "No e-mail address or phone number on file.",
        "No photo on file",
        "Nurlan Asanov (transliterated)",
        "No talking points have been written for this note.",
        "No Joint Action Plan activity relates to this meeting.",
        "No minutes have been recorded for this meeting or an earlier one of its kind.",
    ):
        assert said in pdf.text, said


def test_an_event_nobody_attends_says_so(own_sample: Liaison, tmp_path: Path) -> None:
    event = own_sample.events.create(
        {"kind": "other", "title": "Empty hall", "start_date": "2026-01-05", "city": "Osh"}
    )
    pdf = _note(own_sample, tmp_path, Subject("event", event["id"]))
    assert "No counterparts: nobody is recorded as taking part." in pdf.text
    assert "• the counterparts" in pdf.pages[0]


def test_a_meeting_without_minutes_gets_those_of_the_last_one_of_its_kind(
    own_sample: Liaison, tmp_path: Path
) -> None:
    event = own_sample.events.create(
        {
            "kind": "ministerial_meeting",
            "title": "8th Meeting (sample)",
            "start_date": "2028-11-20",
            "city": "Astana",
            "country": "KZ",
        }
    )
    pdf = _note(own_sample, tmp_path, Subject("event", event["id"]))
    assert (
        "This meeting has no minutes yet; these are the minutes of the previous one of its kind" in pdf.text
    )
    assert (
        "Minutes of the 5th Meeting of the Ministers and Heads of Diaspora Institutions (Bishkek)" in pdf.text
    )
    assert "DRAFT" not in pdf.text


def test_a_bilateral_note_annexes_the_minutes_of_its_event(sample: Liaison, tmp_path: Path) -> None:
    pdf = _note(sample, tmp_path, Subject("bilateral", sample.bilaterals.resolve(KZ_AZ)))
    assert f"The minutes of {BISHKEK}, on whose margins this meeting was held." in pdf.text
    assert "Agreed on 22 November 2023." in pdf.text
    assert (
        "Azerbaijan State Committee on Work with Diaspora of the Republic of Azerbaijan Fuad Muradov"
        in pdf.text
    )


def test_same_record_same_bytes(sample: Liaison) -> None:
    request = BriefingRequest(subjects=(_event(sample, CONTACT_GROUP),), today=TODAY)
    assert make_briefing(sample, request).pdf == make_briefing(sample, request).pdf


def test_progress_rises_to_the_end(sample: Liaison) -> None:
    seen: list[tuple[int, int]] = []
    make_briefing(
        sample,
        BriefingRequest(subjects=(_event(sample, CONTACT_GROUP),), today=TODAY),
        progress=lambda done, total: seen.append((done, total)),
    )
    fractions = [done / total for done, total in seen]
    assert len(seen) > 10 and fractions == sorted(fractions) and fractions[-1] == 1.0
