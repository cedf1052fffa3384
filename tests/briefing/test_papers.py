"""Papers on file in a briefing: the annex lists the notes' attachments, and the first pages of
chosen PDFs are appended after the pack's own; the PDF is read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from liaison.briefing import BriefingRequest, Papers, Subject, write_briefing
from liaison.cli.main import main
from liaison.services.app import Liaison
from tests.briefing.conftest import BISHKEK, KZ_KG, flat, read_pdf


def signed_plan(pages: int) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A5)
    for number in range(1, pages + 1):
        sheet.drawString(40, 500, f"SIGNED PLAN PAGE {number}")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


@pytest.fixture
def with_papers(own_sample: Liaison, tmp_path: Path) -> tuple[Liaison, dict[str, str]]:
    app = own_sample
    event_id = app.events.resolve(BISHKEK)
    plan = tmp_path / "Signed plan 2024.pdf"
    plan.write_bytes(signed_plan(3))
    note = tmp_path / "Note verbale.docx"
    note.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    document = app.documents.create({"title": "Diaspora Joint Activity Plan 2024", "kind": "action_plan",
                                     "event_id": event_id})  # fmt: skip
    ids = {
        "plan": app.attachments.attach("document", document["id"], plan).record["id"],
        "note": app.attachments.attach("event", event_id, note).record["id"],
        "event": event_id,
    }
    return app, ids


def test_the_annex_lists_the_papers_of_the_notes_records(
    with_papers: tuple[Liaison, dict[str, str]], tmp_path: Path
) -> None:
    app, ids = with_papers
    out = tmp_path / "pack.pdf"
    request = BriefingRequest(subjects=(Subject("event", ids["event"]),), papers=Papers.LIST)
    briefing = write_briefing(app, request, out)
    pdf = read_pdf(out)
    assert briefing.pages == len(pdf.pages)
    annex = next(page for page in pdf.pages if "Papers on file" in page and "Attached to" in page)
    for expected in (
        "Signed plan 2024.pdf",
        "Note verbale.docx",
        "Document: Diaspora Joint Activity Plan 2024",
        f"Event: {flat(BISHKEK)}"[:60],
        "Agenda of the 5th meeting (sample).txt",  # the sample's own paper on the event
        "DOCX",
    ):
        assert expected in annex, expected
    outline = [getattr(item, "title", "") for item in pdf.reader.outline if not isinstance(item, list)]
    nested = [getattr(i, "title", "") for item in pdf.reader.outline if isinstance(item, list) for i in item]
    assert "Papers on file" in outline + nested
    plain = tmp_path / "plain.pdf"  # without the option: no annex
    write_briefing(app, BriefingRequest(subjects=(Subject("event", ids["event"]),)), plain)
    assert "Papers on file" not in read_pdf(plain).text


def test_first_pages_of_chosen_pdfs_are_appended(
    with_papers: tuple[Liaison, dict[str, str]], tmp_path: Path
) -> None:
    app, ids = with_papers
    out = tmp_path / "pack.pdf"
    request = BriefingRequest(
        subjects=(Subject("event", ids["event"]),), papers=Papers.FIRST_PAGES, first_pages=2
    )
    briefing = write_briefing(app, request, out)
    pdf = read_pdf(out)
    assert briefing.pages == len(pdf.pages)
    assert pdf.pages[-2:] == ["SIGNED PLAN PAGE 1", "SIGNED PLAN PAGE 2"]
    assert "SIGNED PLAN PAGE 3" not in pdf.text
    own = [page for page in pdf.pages if "Page 1 of" in page or " of " in page]
    assert own and f"of {len(pdf.pages) - 2}" in pdf.pages[0]  # the pack's own numbering
    annex = next(page for page in pdf.pages if "Papers on file" in page and "In this pack" in page)
    assert "its first 2 pages, at the end of the pack" in annex
    assert "listed only (not a PDF)" in annex
    titles = [getattr(item, "title", "") for item in pdf.reader.outline if not isinstance(item, list)]
    assert "Papers on file: Signed plan 2024.pdf" in titles
    # chosen: only the note verbale, so nothing appended and only it listed
    chosen = tmp_path / "chosen.pdf"
    write_briefing(app, BriefingRequest(subjects=(Subject("event", ids["event"]),), papers=Papers.FIRST_PAGES,
                                        attachment_ids=frozenset({ids["note"]})), chosen)  # fmt: skip
    read = read_pdf(chosen)
    assert "SIGNED PLAN" not in read.text and "Note verbale.docx" in read.text
    assert "Signed plan 2024.pdf" not in read.text


def test_a_pdf_not_downloaded_or_damaged_is_listed_only(
    with_papers: tuple[Liaison, dict[str, str]], tmp_path: Path
) -> None:
    app, ids = with_papers
    plan = app.attachments.get(ids["plan"])
    app.attachments.blobs.discard(plan["sha256"])  # as a file attached on another laptop
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + b"garbage " * 100)
    app.attachments.attach("event", ids["event"], damaged)
    out = tmp_path / "pack.pdf"
    request = BriefingRequest(subjects=(Subject("event", ids["event"]),), papers=Papers.FIRST_PAGES)
    briefing = write_briefing(app, request, out)
    pdf = read_pdf(out)
    assert briefing.pages == len(pdf.pages) and "SIGNED PLAN" not in pdf.text
    assert "listed only (not downloaded to this computer)" in pdf.text
    assert "listed only (the PDF cannot be read)" in pdf.text


def test_brief_command_attachments_option(
    with_papers: tuple[Liaison, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app, _ids = with_papers
    data = app.store.data_dir
    app.close()
    out = tmp_path / "cli.pdf"
    code = main(["--data-dir", str(data), "brief", "--event", BISHKEK, "--bilateral", KZ_KG,
                 "-o", str(out), "--attachments", "first-pages"])  # fmt: skip
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    reader = pypdf.PdfReader(out)
    assert flat(reader.pages[-1].extract_text()) == "SIGNED PLAN PAGE 1"
    assert f"({len(reader.pages)} pages)" in captured.out
    code = main(["--data-dir", str(data), "brief", "--event", BISHKEK, "-o", str(tmp_path / "x.pdf"),
                 "--attachment", "no-such-id"])  # fmt: skip
    assert code != 0 and not (tmp_path / "x.pdf").exists()


def test_brief_command_downloads_first_or_says_which_paper_it_could_not(
    with_papers: tuple[Liaison, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With first pages, a chosen PDF only on the Secretariat is downloaded first (as the dialog
    does); not signed in, it cannot be: the command says so and the annex lists it."""
    app, ids = with_papers
    plan = app.attachments.get(ids["plan"])
    app.attachments.blobs.discard(plan["sha256"])  # attached on another laptop
    data = app.store.data_dir
    app.close()
    out = tmp_path / "pack.pdf"
    code = main(["--data-dir", str(data), "brief", "--event", BISHKEK, "-o", str(out),
                 "--attachments", "first-pages"])  # fmt: skip
    captured = capsys.readouterr()
    assert (code, captured.err) == (0, "")
    assert "1 paper could not be downloaded from the Secretariat; the annex lists it." in captured.out
    pdf = read_pdf(out)
    assert "SIGNED PLAN" not in pdf.text and "listed only (not downloaded to this computer)" in pdf.text
    code = main(["--data-dir", str(data), "brief", "--event", BISHKEK, "-o", str(tmp_path / "list.pdf"),
                 "--attachments", "list", "--json"])  # fmt: skip
    assert code == 0 and '"papers_not_downloaded": 0' in capsys.readouterr().out  # a list needs no bytes
