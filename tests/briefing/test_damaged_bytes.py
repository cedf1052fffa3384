"""Bytes a pack reads are checked against their SHA-256 first, as Open and Save a copy… do: a
paper whose copy here changed on the disk is set aside in files/damaged/ and listed as damaged,
a counterpart's damaged photo is left out, the pack is still made, and the officer is told
(the Briefing's ``damaged``, the command line's stderr). Real files damaged on the disk."""

from __future__ import annotations

import io
import json
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from liaison.briefing import BriefingRequest, Papers, Subject, write_briefing
from liaison.cli.main import main
from liaison.services.app import Liaison
from tests.briefing.conftest import BISHKEK, read_pdf
from tests.briefing.test_papers import signed_plan


def pdf_of(text: str) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A5)
    sheet.drawString(40, 500, text)
    sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def damage(app: Liaison, sha256: str) -> Path:
    """Flip one byte of the stored copy, as a failing disk would (same size, another hash)."""
    path = app.attachments.blobs.path(sha256)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def set_aside(app: Liaison) -> list[Path]:
    return sorted((app.data_dir / "files" / "damaged").glob("*"))


def test_a_damaged_paper_is_set_aside_listed_as_damaged_and_the_pack_still_made(
    own_sample: Liaison, tmp_path: Path
) -> None:
    app = own_sample
    event_id = app.events.resolve(BISHKEK)
    plan = tmp_path / "Signed plan 2024.pdf"
    plan.write_bytes(signed_plan(3))
    sound = tmp_path / "Programme.pdf"
    sound.write_bytes(pdf_of("PROGRAMME PAGE 1"))
    record = app.attachments.attach("event", event_id, plan).record
    app.attachments.attach("event", event_id, sound)
    stored = damage(app, record["sha256"])
    out = tmp_path / "pack.pdf"
    request = BriefingRequest(subjects=(Subject("event", event_id),), papers=Papers.FIRST_PAGES)
    briefing = write_briefing(app, request, out)
    pdf = read_pdf(out)
    assert briefing.pages == len(pdf.pages)
    assert "SIGNED PLAN" not in pdf.text  # none of the damaged bytes went into the pack
    assert pdf.pages[-1] == "PROGRAMME PAGE 1"  # the sound one is appended as ever
    annex = next(page for page in pdf.pages if "Papers on file" in page and "In this pack" in page)
    assert "Signed plan 2024.pdf" in annex
    assert "listed only (its copy on this computer is damaged and was set aside)" in annex
    # set aside, as Open does: out of the store, kept in files/damaged/, the file now "not here"
    assert not stored.exists() and [p.name.split("-")[0] for p in set_aside(app)] == [record["sha256"]]
    assert app.attachments.get(record["id"])["id"] == record["id"]
    assert not app.attachments.is_local(app.attachments.get(record["id"]))
    # the officer is told, by the file's name and what to do
    [problem] = briefing.damaged
    assert "Signed plan 2024.pdf" in problem.message() and "damaged" in problem.message()


def _png(colour: tuple[int, int, int] = (31, 58, 95)) -> bytes:
    image = Image.new("RGB", (120, 160), colour)
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_damaged_photo_is_left_out_and_said(
    own_sample: Liaison, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = own_sample
    subject = Subject("event", app.events.resolve(BISHKEK))
    person = app.contacts.resolve("Abzal Saparbekuly")
    name = app.contacts.get(person)["name"]
    app.contacts.update(person, {"photo": _png()})
    [photo] = [r for r in app.attachments.for_record("contacts", person) if r["role"] == "photo"]
    damage(app, photo["sha256"])
    out = tmp_path / "note.pdf"
    request = BriefingRequest(subjects=(subject,), counterparts=frozenset({person}))
    briefing = write_briefing(app, request, out)
    pdf = read_pdf(out)
    assert "No photo on file" in pdf.text and not any(page.images for page in pdf.reader.pages)
    [problem] = briefing.damaged
    assert name in problem.message() and "photo" in problem.message()
    assert len(set_aside(app)) == 1
    assert not app.contacts.get(person).get("photo")  # the editor and exports leave it out too

    # the command line says it on stderr, and names it in --json; the pack is written
    app.contacts.update(person, {"photo": _png((200, 30, 30))})  # a new photo ...
    [photo] = [r for r in app.attachments.for_record("contacts", person) if r["role"] == "photo"]
    damage(app, photo["sha256"])  # ... damaged too
    data = app.store.data_dir
    app.close()
    capsys.readouterr()
    code = main(["--data-dir", str(data), "brief", "--event", BISHKEK, "--counterpart", person,
                 "-o", str(tmp_path / "cli.pdf"), "--json"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0 and (tmp_path / "cli.pdf").exists()
    assert "damaged" in captured.err and name in captured.err
    assert json.loads(captured.out)["damaged"] == [f"{photo['name']} ({name})"]
