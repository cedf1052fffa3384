"""Search finds inside attached files: real PDFs (made by reportlab, read by pypdf), DOCX and ODT
(zip + XML as Word and LibreOffice write them), plain text in a legacy code page; a real SQLite
file; the hit is the owner record and names the attachment."""

from __future__ import annotations

import gc
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from liaison.briefing.fonts import SANS, register_fonts
from liaison.services import file_text
from liaison.services.app import Liaison
from liaison.store.attachments import AttachmentText

PLAN_TEXT = "The diaspora centre in Qazalem will open in March; contact Ali Işıklı."


def pdf_bytes(*pages: str) -> bytes:
    register_fonts()  # DejaVu: the Turkic letters are in the PDF as typed
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4)
    for text in pages:
        sheet.setFont(SANS, 11)
        sheet.drawString(72, 760, text)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def docx_bytes(*paragraphs: str) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{p[: len(p) // 2]}</w:t></w:r>'
        f"<w:r><w:rPr><w:b/></w:rPr><w:t>{p[len(p) // 2 :]}</w:t></w:r></w:p>"
        for p in paragraphs
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return buffer.getvalue()


def odt_bytes(*paragraphs: str) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = "".join(f"<text:p>{p[:5]}<text:span>{p[5:]}</text:span></text:p>" for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            f'<?xml version="1.0"?><office:document-content xmlns:office="{office}" xmlns:text="{text_ns}">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
        )
    return buffer.getvalue()


def make_plan(app: Liaison, title: str = "Diaspora Joint Activity Plan of the OTS for the year 2024") -> Any:
    return app.plans.create({"title": title, "year": 2024})


def attach(app: Liaison, folder: Path, owner: tuple[str, str], name: str, data: bytes) -> dict[str, Any]:
    path = folder / name
    path.write_bytes(data)
    return app.attachments.attach(owner[0], owner[1], path).record


def file_hits(app: Liaison, text: str) -> list[Any]:
    return [hit for hit in app.search(text) if hit.attachment]


def test_a_word_in_an_attached_pdf_finds_its_record(app: Liaison, tmp_path: Path) -> None:
    plan = make_plan(app)
    attachment = attach(
        app, tmp_path, ("plan", plan["id"]), "Plan 2024.pdf", pdf_bytes("Introduction", PLAN_TEXT)
    )
    hits = file_hits(app, "Qazalem")
    assert [(h.kind, h.id, h.attachment) for h in hits] == [("plan", plan["id"], attachment["id"])]
    assert hits[0].title == plan["title"] and "Plan 2024.pdf" in (hits[0].subtitle or "")
    # the Turkic-aware key: typed without the dotless ı and ş, in Cyrillic too
    assert file_hits(app, "isikli") and file_hits(app, "Ишыклы") == file_hits(app, "isikli")
    # pickers and list filters (records of a kind) do not find inside files; --kind file only there
    assert app.search("Qazalem", kinds=["plan"]) == []
    assert [h.attachment for h in app.search("Qazalem", kinds=["file"])] == [attachment["id"]]
    # the file's name is found as well
    assert [h.attachment for h in app.search("Plan 2024")] and file_hits(app, "Plan 2024")


def test_removing_the_attachment_removes_its_text_and_undo_brings_it_back(
    app: Liaison, tmp_path: Path
) -> None:
    plan = make_plan(app)
    attachment = attach(app, tmp_path, ("plan", plan["id"]), "plan.pdf", pdf_bytes(PLAN_TEXT))
    app.attachments.delete(attachment["id"])
    assert file_hits(app, "Qazalem") == []
    app.attachments.restore(attachment["id"])
    assert [h.attachment for h in file_hits(app, "Qazalem")] == [attachment["id"]]
    app.plans.delete(plan["id"])  # the owner's delete takes its files out of search
    assert file_hits(app, "Qazalem") == []


def test_the_hit_follows_the_owner_title(app: Liaison, tmp_path: Path) -> None:
    event = app.events.create({"kind": "diaspora_forum", "title": "Forum", "start_date": "2024-05-30"})
    attach(app, tmp_path, ("event", event["id"]), "agenda.txt", b"Session on Qazalem")
    app.events.update(event["id"], {"title": "Diaspora Forum of the OTS"})
    assert [h.title for h in file_hits(app, "Qazalem")] == ["Diaspora Forum of the OTS"]
    assert app.rebuild_search_index() >= 1  # a rebuild of the index keeps the files' text (read once, stored)
    assert [(h.kind, h.id) for h in file_hits(app, "Qazalem")] == [("event", event["id"])]


def test_the_same_file_attached_twice_is_read_once(
    app: Liaison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = file_text.extract_text

    def counting(path: Path, name: str, media_type: str | None = None, **kwargs: Any) -> file_text.Extracted:
        calls.append(name)
        return real(path, name, media_type, **kwargs)

    monkeypatch.setattr(file_text, "extract_text", counting)
    data = pdf_bytes(PLAN_TEXT)
    plan = make_plan(app)
    document = app.documents.create({"title": "Adopted plan", "kind": "action_plan"})
    first = attach(app, tmp_path, ("plan", plan["id"]), "plan.pdf", data)
    second = attach(app, tmp_path, ("document", document["id"]), "copy.pdf", data)
    assert calls == ["plan.pdf"]
    with app.store.read() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentText)) == 1
    hits = file_hits(app, "Qazalem")
    assert {(h.kind, h.id, h.attachment) for h in hits} == {
        ("plan", plan["id"], first["id"]),
        ("document", document["id"], second["id"]),
    }


def test_docx_odt_and_legacy_text_are_read(app: Liaison, tmp_path: Path) -> None:
    plan = make_plan(app)
    owner = ("plan", plan["id"])
    docx = attach(
        app, tmp_path, owner, "note verbale.docx", docx_bytes("Dear colleagues,", "Qazalem centre opens")
    )
    odt = attach(app, tmp_path, owner, "agenda.odt", odt_bytes("Item one: Bishkek forum", "Otandastar"))
    txt = attach(app, tmp_path, owner, "memo.txt", "Toplantı İstanbul şehrinde yapılacak".encode("cp1254"))
    assert [h.attachment for h in file_hits(app, "qazalem centre")] == [docx["id"]]
    assert [h.attachment for h in file_hits(app, "bishkek forum")] == [odt["id"]]
    assert [h.attachment for h in file_hits(app, "otandastar")] == [odt["id"]]
    assert [h.attachment for h in file_hits(app, "sehrinde")] == [txt["id"]]


def test_damaged_and_encrypted_pdfs_are_attached_quietly_without_text(app: Liaison, tmp_path: Path) -> None:
    plan = make_plan(app)
    damaged = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF"
    writer = PdfWriter()
    from pypdf import PdfReader

    writer.append(PdfReader(io.BytesIO(pdf_bytes(PLAN_TEXT))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)
    one = attach(app, tmp_path, ("plan", plan["id"]), "damaged.pdf", damaged)
    two = attach(app, tmp_path, ("plan", plan["id"]), "locked.pdf", locked.getvalue())
    assert file_hits(app, "Qazalem") == []
    with app.store.read() as session:
        statuses = {row.sha256: row.status for row in session.scalars(select(AttachmentText))}
    assert statuses == {one["sha256"]: "failed", two["sha256"]: "failed"}
    assert [h.attachment for h in file_hits(app, "locked")] == [two["id"]]  # still found by name


def test_a_long_pdf_is_read_within_the_caps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_text, "MAX_PAGES", 3)
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes(*(f"page {n} word{n}" for n in range(6))))
    result = file_text.extract_text(path, "long.pdf")
    assert result.status == "text" and result.pages == 3 and result.truncated
    assert "word2" in result.text and "word3" not in result.text
    assert gc.isenabled()  # the collector, off while reading, is back on
    monkeypatch.setattr(file_text, "MAX_CHARS", 10)
    assert len(file_text.extract_text(path, "long.pdf").text) <= 10


def test_a_zip_bomb_docx_stops_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_text, "MAX_XML_BYTES", 1024 * 1024)
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    huge = f'<w:document xmlns:w="{ns}"><w:body><w:p><w:r><w:t>Qazalem</w:t></w:r></w:p>' + " " * (
        20 * 1024 * 1024
    )
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", huge)
    assert path.stat().st_size < 100_000
    result = file_text.extract_text(path, "bomb.docx")
    assert result.text == "Qazalem"


def test_bytes_that_arrive_later_are_indexed_by_index_attachment_text(app: Liaison, tmp_path: Path) -> None:
    """As after a sync: the metadata first (no bytes here), the bytes downloaded later."""
    plan = make_plan(app)
    data = pdf_bytes(PLAN_TEXT)
    info = app.attachments.blobs.add_stream([data])
    record = app.attachments.create_from_blob("joint_action_plans", plan["id"], "plan.pdf", info)
    app.attachments.blobs.discard(info.sha256)  # as a pulled row: the bytes are not here
    assert app.attachments.index_attachment_text(info.sha256) == 1  # nothing to read yet
    assert file_hits(app, "Qazalem") == []
    assert [h.attachment for h in file_hits(app, "plan.pdf")] == [record["id"]]  # its name is searchable
    app.attachments.blobs.add_stream([data], expected_sha256=info.sha256)  # downloaded
    assert app.attachments.index_attachment_text(info.sha256) == 1
    assert [h.attachment for h in file_hits(app, "Qazalem")] == [record["id"]]


def test_index_pending_reads_files_not_read_yet(app: Liaison, tmp_path: Path) -> None:
    plan = make_plan(app)
    info = app.attachments.blobs.add_stream([pdf_bytes(PLAN_TEXT)])
    app.attachments.create_from_blob("joint_action_plans", plan["id"], "plan.pdf", info)
    assert file_hits(app, "Qazalem") == []
    assert app.attachments.index_pending() == 1
    assert len(file_hits(app, "Qazalem")) == 1
    assert app.attachments.index_pending() == 0
