"""Papers on file: the attachments of a note's records, listed in an annex, and the first pages
of chosen PDFs appended to the pack.

A note's papers are the files attached to its event or bilateral meeting, to the event's
documents and minutes, and to the Joint Action Plans the note quotes (photos are not papers).
``BriefingRequest.papers`` says what the pack does with them:

- ``none`` (the default): nothing;
- ``list``: an annex "Papers on file" per note: name, kind, size, date attached, and the record
  it is attached to;
- ``first-pages``: the annex, and the first ``first_pages`` pages of each PDF among them appended
  after the pack's own pages, each with a bookmark; the annex says, per file, how many pages
  follow or why none do (not a PDF, not downloaded yet, cannot be read, or damaged: a copy here
  whose bytes no longer match their SHA-256 is checked before its pages are taken, set aside in
  ``files/damaged/`` as Open does, and the pack is made without it).

Decision — the pages are appended with pypdf after reportlab has built the pack, as the file
holds them (vector text stays text, a signature stays as signed), not rendered to images
(QtPdf is not allowed outside the window, and an image of a page loses its text). They come
after the pack's numbered pages, without its header, footer or marking: the annex says where
they are and the bookmarks lead to them. ``BriefingRequest.attachment_ids`` narrows the papers
to those chosen (``None``: all of them).
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.store.blobs import DamagedBlobError, MissingBlobError

if TYPE_CHECKING:
    from liaison.services.app import Liaison

log = logging.getLogger(__name__)

MAX_FIRST_PAGES = 10
"""The most pages of one paper a pack takes."""


class Papers(StrEnum):
    """What a pack does with the papers on file."""

    NONE = "none"
    LIST = "list"
    FIRST_PAGES = "first-pages"


class PL:
    """The annex's labels (context "Briefing")."""

    ANNEX = QT_TRANSLATE_NOOP("Briefing", "Papers on file")
    NONE_ON_FILE = QT_TRANSLATE_NOOP("Briefing", "No papers are attached to the records of this note.")
    FILE = QT_TRANSLATE_NOOP("Briefing", "File")
    KIND = QT_TRANSLATE_NOOP("Briefing", "Kind")
    SIZE = QT_TRANSLATE_NOOP("Briefing", "Size")
    ATTACHED = QT_TRANSLATE_NOOP("Briefing", "Attached")
    RECORD = QT_TRANSLATE_NOOP("Briefing", "Attached to")
    IN_PACK = QT_TRANSLATE_NOOP("Briefing", "In this pack")
    ONE_PAGE_FOLLOWS = QT_TRANSLATE_NOOP("Briefing", "its first page, at the end of the pack")
    PAGES_FOLLOW = QT_TRANSLATE_NOOP("Briefing", "its first {pages} pages, at the end of the pack")
    NOT_PDF = QT_TRANSLATE_NOOP("Briefing", "listed only (not a PDF)")
    NOT_HERE = QT_TRANSLATE_NOOP("Briefing", "listed only (not downloaded to this computer)")
    UNREADABLE = QT_TRANSLATE_NOOP("Briefing", "listed only (the PDF cannot be read)")
    DAMAGED = QT_TRANSLATE_NOOP(
        "Briefing", "listed only (its copy on this computer is damaged and was set aside)"
    )
    APPENDED_NOTE = QT_TRANSLATE_NOOP(
        "Briefing",
        "The first pages of the PDFs follow the pack's numbered pages, as they are on file "
        "(without this pack's marking); the bookmarks lead to each.",
    )
    EVENT = QT_TRANSLATE_NOOP("Briefing", "Event")
    BILATERAL = QT_TRANSLATE_NOOP("Briefing", "Bilateral meeting")
    DOCUMENT = QT_TRANSLATE_NOOP("Briefing", "Document")
    MINUTES = QT_TRANSLATE_NOOP("Briefing", "Minutes")
    PLAN = QT_TRANSLATE_NOOP("Briefing", "Joint Action Plan")


OWNER_LABELS = {
    "events": PL.EVENT,
    "bilaterals": PL.BILATERAL,
    "documents": PL.DOCUMENT,
    "minutes": PL.MINUTES,
    "joint_action_plans": PL.PLAN,
}


@dataclass(frozen=True)
class Paper:
    """One file on the record of a note, as the annex lists it."""

    id: str
    name: str
    kind: str  # "PDF", "DOCX", ... (from the name)
    size: int
    attached_on: date | None
    owner_label: str  # PL.EVENT, ... (English, translated when laid out)
    owner_title: str
    sha256: str
    path: Path | None  # the bytes, when they are on this computer
    pages: int = 0  # pages appended after the pack (first-pages only)
    reason: str | None = None  # PL.NOT_PDF, ... when none are
    missing: bool = False  # not here and never synced: nowhere to download it from
    damaged: bool = False  # its bytes here no longer matched their SHA-256: set aside, not appended


def gather_papers(
    app: Liaison,
    owners: Sequence[tuple[str, str, str]],
    mode: Papers,
    chosen: frozenset[str] | None,
    first_pages: int,
    excluded: frozenset[str] = frozenset(),
) -> tuple[Paper, ...]:
    """The papers of the records ``owners`` ((table, id, title) each), in that order, each once;
    for ``first-pages``, how many pages of each would be appended (read from the file now, so
    the annex says what the pack holds)."""
    if mode == Papers.NONE:
        return ()
    seen: set[str] = set()
    papers: list[Paper] = []
    for entity, owner_id, title in owners:
        for row in app.attachments.for_record(entity, owner_id):
            if row["role"] != "file" or row["id"] in seen or row["id"] in excluded:
                continue
            if chosen is not None and row["id"] not in chosen:
                continue
            seen.add(row["id"])
            papers.append(_paper(app, row, entity, title, mode, first_pages))
    return tuple(papers)


def _paper(app: Liaison, row: dict[str, Any], entity: str, title: str, mode: Papers, first: int) -> Paper:
    created = row.get("created_at")
    path = app.attachments.blobs.path(row["sha256"]) if row.get("local") else None
    paper = Paper(
        id=str(row["id"]),
        name=str(row["name"]),
        kind=Path(str(row["name"])).suffix[1:].upper() or "—",
        size=int(row["size"]),
        attached_on=created.date() if isinstance(created, datetime) else None,
        owner_label=OWNER_LABELS.get(entity, entity),
        owner_title=title,
        sha256=str(row["sha256"]),
        path=path,
        missing=path is None and not app.attachments.may_be_on_the_secretariat(row),
    )
    if mode != Papers.FIRST_PAGES:
        return paper
    if row.get("media_type") != "application/pdf":
        return _with(paper, reason=PL.NOT_PDF)
    if path is None:
        return _with(paper, reason=PL.NOT_HERE)
    try:  # what is appended must be what was attached (as Open and Save a copy… check)
        app.attachments.blobs.verify(paper.sha256, name=paper.name)
    except DamagedBlobError as error:
        app.attachments.note_damage(error)  # set aside in files/damaged/; the front end says so
        return _with(paper, path=None, reason=PL.DAMAGED, damaged=True)
    except MissingBlobError:
        return _with(paper, path=None, reason=PL.NOT_HERE)
    count = _page_count(path)
    if count == 0:
        return _with(paper, reason=PL.UNREADABLE)
    return _with(paper, pages=min(max(1, first), MAX_FIRST_PAGES, count))


def fetch_papers(
    app: Liaison, attachment_ids: Sequence[str], cancel: threading.Event | None = None
) -> list[str]:
    """Download, before a pack that appends first pages is made, the chosen PDFs whose bytes are
    only on the Secretariat (``AttachmentRecords.ensure_local``: the sync layer's downloader);
    the names of those that could not be (offline, signed out, not on the server yet): the
    annex then lists them as not downloaded. Stops between files when ``cancel`` is set."""
    from liaison.errors import KnownError

    failed: list[str] = []
    for attachment_id in attachment_ids:
        if cancel is not None and cancel.is_set():
            break
        try:
            record = app.attachments.get(attachment_id)
        except KnownError:
            continue  # removed meanwhile: the pack does not list it
        if record.get("media_type") != "application/pdf" or app.attachments.is_local(record):
            continue
        try:
            app.attachments.ensure_local(record)
        except KnownError as error:
            log.info("%s not downloaded for the pack: %s", record["name"], error.message(english=True))
            failed.append(str(record["name"]))
            continue
        app.attachments.index_attachment_text(str(record["sha256"]))  # searchable from now on, too
    return failed


def _with(paper: Paper, **changes: Any) -> Paper:
    from dataclasses import replace

    return replace(paper, **changes)


def _reader(path: Path) -> Any:
    """A pypdf reader of the file, decrypted if an empty password opens it; raises if not."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("encrypted")
    return reader


def _page_count(path: Path) -> int:
    try:
        return len(_reader(path).pages)
    except Exception as error:  # a damaged or locked PDF is listed, not appended
        log.info("cannot append %s: %s", path.name, error)
        return 0


def append_first_pages(pdf: bytes, papers: Sequence[Paper], outline: str) -> tuple[bytes, int]:
    """``pdf`` with the first pages of ``papers`` (those with ``pages``) appended, each under a
    bookmark ``outline`` + its name; the new PDF and its page count."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    for paper in papers:
        if not paper.pages or paper.path is None:
            continue
        try:
            writer.append(
                _reader(paper.path),
                outline_item=f"{outline}: {paper.name}",
                pages=(0, paper.pages),
                import_outline=False,
            )
        except Exception as error:  # checked when gathered; changed since: skip it
            log.info("cannot append %s: %s", paper.name, error)
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    return data, len(PdfReader(io.BytesIO(data)).pages)


__all__ = ["MAX_FIRST_PAGES", "PL", "Paper", "Papers", "append_first_pages", "fetch_papers", "gather_papers"]


def annex(layout: Any, note: Any) -> list[Any]:
    """The "Papers on file" annex of a note (reportlab flowables; ``layout`` a
    :class:`liaison.briefing.layout.Layout`)."""
    from reportlab.platypus import Paragraph

    from liaison.briefing.markup import esc
    from liaison.services.attachments import size_text

    w = layout.w
    flow: list[Any] = [layout.heading(w(PL.ANNEX), 1)]
    papers: tuple[Paper, ...] = note.papers
    if not papers:
        return [*flow, layout.gap(PL.NONE_ON_FILE)]
    appending = layout.pack.request.papers == Papers.FIRST_PAGES
    header = [PL.FILE, PL.KIND, PL.SIZE, PL.ATTACHED, PL.RECORD] + ([PL.IN_PACK] if appending else [])
    widths = [52, 14, 16, 22, 50] + ([36] if appending else [])
    rows: list[list[object]] = []
    for paper in papers:
        row: list[object] = [
            layout.cell(esc(paper.name)),
            layout.cell(esc(paper.kind)),
            layout.cell(esc(size_text(paper.size))),
            layout.cell(esc(w.date(paper.attached_on))),
            layout.cell(f"{esc(w(paper.owner_label))}: {esc(paper.owner_title)}"),
        ]
        if appending:
            if paper.pages == 1:
                shown = w(PL.ONE_PAGE_FOLLOWS)
            elif paper.pages:
                shown = w(PL.PAGES_FOLLOW, pages=paper.pages)
            else:
                shown = w(paper.reason or PL.NOT_PDF)
            row.append(layout.cell(esc(shown)))
        rows.append(row)
    flow.append(layout.table(header, rows, widths))
    if appending and any(paper.pages for paper in papers):
        flow.append(Paragraph(layout.t(PL.APPENDED_NOTE), layout.s.small))
    return flow
