"""The few flowables of our own: headings that feed the contents and the outline, a marker for
where a note begins, and the page counter behind "page X of Y".

All three work with reportlab's ``multiBuild``: it lays the story out repeatedly until every
*indexing* flowable is satisfied. The table of contents is satisfied when its entries (titles
and page numbers) match the previous pass; :class:`PageCounter` when the page count does, so
the last pass — the one saved — prints the true total on every page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from liaison.briefing.gather import Note


class Heading(Paragraph):
    """A heading: a destination at its top, an entry in the PDF outline (bookmarks) and, when
    ``toc_level`` is not None, in the table of contents. ``key`` is fixed when the story is made,
    so it is the same in every pass."""

    def __init__(
        self,
        markup: str,
        style: Any,
        *,
        key: str,
        outline_text: str,
        outline_level: int,
        toc_level: int | None,
    ) -> None:
        super().__init__(markup, style)
        self.key = key
        self.outline_text = outline_text
        self.outline_level = outline_level
        self.toc_level = toc_level
        self.toc_markup = markup

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)


class NoteStart(Flowable):
    """Zero-size marker: the pages from here on belong to ``note`` (its running header and, if
    its minutes are a draft, the DRAFT watermark). ``None`` marks the pack's own pages."""

    def __init__(self, note: Note | None) -> None:
        super().__init__()
        self.note = note

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class PageCounter(IndexingFlowable):
    """Counts the pages of each pass (the document template reports them). ``total`` is the
    count of the previous pass, which the footer prints; satisfied once two passes agree."""

    def __init__(self) -> None:
        super().__init__()
        self.total: int | None = None
        self._counting = 0

    def beforeBuild(self) -> None:
        self.total = self._counting or None
        self._counting = 0

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == "PageCount":
            self._counting = int(stuff)

    def isSatisfied(self) -> bool:
        return self.total == self._counting

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class Contents(TableOfContents):
    """The table of contents as a two-column table: the title, then its page number, both
    links to the heading. reportlab's own draws dot leaders and the number in a callback that
    lands *before* the title in the PDF's text, so a contents list copied out of the PDF read
    ". . . . 5 Agenda"; here it reads "Agenda 5", line by line, in reading order."""

    _lastEntries: list[tuple[int, str, int, str | None]]  # noqa: N815 - reportlab's attribute

    def __init__(self, level_styles: list[ParagraphStyle], number_width: float) -> None:
        super().__init__(levelStyles=list(level_styles), rightColumnWidth=number_width, dotsMinLevel=-1)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        rows: list[list[Flowable]] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        for level, markup, page, key in self._lastEntries:
            style = self.getLevelStyle(level)
            number_style = ParagraphStyle(
                f"{style.name}-number", parent=style, alignment=TA_RIGHT, leftIndent=0
            )
            text, number = markup, str(page)
            if key:
                text, number = f'<a href="#{key}">{text}</a>', f'<a href="#{key}">{number}</a>'
            if style.spaceBefore:
                commands.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), style.spaceBefore))
            rows.append([Paragraph(text, style), Paragraph(number, number_style)])
        if not rows:  # the first pass knows no headings yet
            rows.append([Spacer(1, 1), Spacer(1, 1)])
        widths = (availWidth - self.rightColumnWidth, self.rightColumnWidth)
        self._table = Table(rows, colWidths=widths, style=TableStyle(commands))
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return (self.width, self.height)
