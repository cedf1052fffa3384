"""The page furniture of a briefing and the passes that settle its numbering.

:class:`BriefingDocument` is a platypus ``BaseDocTemplate`` with one page template whose
``onPageEnd`` draws, over the page's content: the classification marking (top and bottom,
centre), a running header (the note's title and dates; not on the first page), the footer
("Prepared on …", "Page X of Y") and, on the pages of a note whose minutes are a draft, a
diagonal DRAFT watermark. Drawing at the *end* of the page means the page already knows which
note it belongs to (the :class:`~liaison.briefing.flowables.NoteStart` marker has been laid).

:func:`build_pdf` runs ``multiBuild`` into memory; headings are registered there as outline
entries and table-of-contents entries with their page numbers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from liaison import __version__
from liaison.briefing.errors import BriefingCancelled
from liaison.briefing.flowables import Heading, NoteStart, PageCounter
from liaison.briefing.fonts import SANS, bold
from liaison.briefing.gather import Note, Pack
from liaison.briefing.layout import prepared_line
from liaison.briefing.markup import clean
from liaison.briefing.styles import (
    ACCENT,
    BOTTOM_MARGIN,
    FRAME_WIDTH,
    LEFT_MARGIN,
    MARKING,
    MUTED,
    PAGE_SIZE,
    RULE,
    TOP_MARGIN,
    WATERMARK,
)
from liaison.briefing.wording import L, Wording

Progress = Callable[[int, int], None]

PROGRESS_SCALE = 1000
"""``progress(done, PROGRESS_SCALE)`` while laying out: the first pass fills the first 60 %."""


class BriefingDocument(BaseDocTemplate):
    def __init__(
        self,
        target: BytesIO,
        pack: Pack,
        wording: Wording,
        counter: PageCounter,
        *,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=LEFT_MARGIN,
            rightMargin=LEFT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=_document_title(pack, wording),
            author=clean(pack.prepared_by or ""),
            subject=wording(L.PACK if len(pack.notes) > 1 else L.NOTE),
            creator=f"Liaison {__version__}",
            lang=wording.locale.language,
            initialFontName=SANS,
            displayDocTitle=1,
            invariant=1,  # the same record gives the same bytes (no timestamps or random ids)
        )
        self.pack = pack
        self.wording = wording
        self.counter = counter
        self.current_note: Note | None = None
        self._progress = progress
        self._cancel = cancel
        self._pass = 0
        self._flowables = 1
        self._done = 0
        frame = Frame(
            LEFT_MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, PAGE_SIZE[1] - TOP_MARGIN - BOTTOM_MARGIN, id="body"
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._decorate)])
        self.setProgressCallBack(self._on_progress)

    # -- passes and progress --------------------------------------------------------------------
    def _on_progress(self, kind: str, value: int) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise BriefingCancelled()
        if kind == "PASS":
            self._pass = value
            self.current_note = None
        elif kind == "SIZE_EST":
            self._flowables = max(int(value), 1)
        elif kind == "PROGRESS" and self._progress is not None:
            share = min(value / self._flowables, 1.0)
            if self._pass <= 1:
                done = 0.6 * share
            elif self._pass == 2:
                done = 0.6 + 0.35 * share
            else:
                done = 0.95 + 0.04 * share
            # splitting a flowable puts its rest back in the queue: never let the bar go back
            self._done = max(self._done, int(done * PROGRESS_SCALE))
            self._progress(self._done, PROGRESS_SCALE)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, NoteStart):
            self.current_note = flowable.note
        elif isinstance(flowable, Heading):
            self.canv.addOutlineEntry(flowable.outline_text, flowable.key, level=flowable.outline_level)
            if flowable.toc_level is not None:
                self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page, flowable.key))

    def afterPage(self) -> None:
        self.notify("PageCount", self.page)

    # -- page furniture -------------------------------------------------------------------------
    def _decorate(self, canvas: Canvas, doc: BriefingDocument) -> None:
        width, height = PAGE_SIZE
        note = self.current_note
        canvas.saveState()
        if note is not None and note.draft:
            self._watermark(canvas)
        marking = self.pack.request.marking
        if marking:
            canvas.setFillColor(MARKING)
            canvas.setFont(bold(SANS), 9)
            canvas.drawCentredString(width / 2, height - 10 * mm, marking)
            canvas.drawCentredString(width / 2, 7 * mm, marking)
        if self.page > 1:
            self._header(canvas, note)
        self._footer(canvas)
        canvas.restoreState()

    def _header(self, canvas: Canvas, note: Note | None) -> None:
        width, height = PAGE_SIZE
        y = height - TOP_MARGIN + 6 * mm
        right_edge = width - LEFT_MARGIN
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT_MARGIN, y - 2 * mm, right_edge, y - 2 * mm)
        canvas.setFillColor(ACCENT)
        if note is None:
            left, right = self.wording(L.PACK if len(self.pack.notes) > 1 else L.NOTE), ""
        else:
            left = clean(note.title)
            right = self.wording.dates(note.start_date, note.end_date)
        canvas.setFont(SANS, 8)
        right_width = stringWidth(right, SANS, 8)
        canvas.drawRightString(right_edge, y, right)
        canvas.setFont(bold(SANS), 8)
        canvas.drawString(LEFT_MARGIN, y, _fit(left, bold(SANS), 8, FRAME_WIDTH - right_width - 8 * mm))

    def _footer(self, canvas: Canvas) -> None:
        width, _height = PAGE_SIZE
        y = BOTTOM_MARGIN - 10 * mm
        right_edge = width - LEFT_MARGIN
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT_MARGIN, y + 4 * mm, right_edge, y + 4 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8)
        total = self.counter.total
        if total:
            page = self.wording(L.PAGE_OF, page=self.page, pages=total)
        else:  # the first pass does not know the total yet; it is never saved
            page = self.wording(L.PAGE, page=self.page)
        canvas.drawRightString(right_edge, y, page)
        prepared = prepared_line(self.pack, self.wording)
        canvas.drawString(
            LEFT_MARGIN, y, _fit(prepared, SANS, 8, FRAME_WIDTH - stringWidth(page, SANS, 8) - 8 * mm)
        )

    def _watermark(self, canvas: Canvas) -> None:
        width, height = PAGE_SIZE
        text = self.wording(L.DRAFT)
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        size = min(120.0, 0.9 * (width**2 + height**2) ** 0.5 / max(stringWidth(text, bold(SANS), 1), 1))
        canvas.setFont(bold(SANS), size)
        canvas.drawCentredString(0, -size / 3, text)
        canvas.restoreState()


def _document_title(pack: Pack, wording: Wording) -> str:
    if pack.request.title:
        return clean(pack.request.title)
    if len(pack.notes) == 1:
        return clean(pack.notes[0].title)
    return wording(L.PACK)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    story: list[Flowable],
    counter: PageCounter,
    pack: Pack,
    wording: Wording,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[bytes, int]:
    """Lay ``story`` out (as many passes as the contents and the page count need) and return
    the PDF and its number of pages. ``counter`` must be in ``story``."""
    target = BytesIO()
    document = BriefingDocument(target, pack, wording, counter, progress=progress, cancel=cancel)
    document.multiBuild(story, maxPasses=6)
    return target.getvalue(), int(counter.total or 0)
