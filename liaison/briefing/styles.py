"""The look of a briefing: A4, DejaVu Sans for structure, DejaVu Serif for prose, one accent.

Prose the officers wrote or will read at length (descriptions, talking points, minutes) is set
in the serif face; everything one scans (headings, tables, profiles) in the sans face. Sizes
are chosen for reading on paper at arm's length; colours print legibly in grey scale.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from liaison.briefing.fonts import SANS, SERIF, bold, italic, register_fonts

PAGE_SIZE = A4
LEFT_MARGIN = RIGHT_MARGIN = 20 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE_SIZE[0] - LEFT_MARGIN - RIGHT_MARGIN

ACCENT = colors.HexColor("#1F3A5F")  # OTS-like dark blue
MUTED = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#B8C2CF")
SHADE = colors.HexColor("#EEF2F6")
MARKING = colors.HexColor("#A00018")
GAP = colors.HexColor("#8A5A00")  # what the record lacks: a warm brown, legible in grey
WATERMARK = colors.Color(0.55, 0.55, 0.55, alpha=0.18)


# Tables: a grid with a shaded header row (lists), and a plain one (label and value side by side).
GRID_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)
PLAIN_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    prose: ParagraphStyle
    small: ParagraphStyle
    small_with_next: ParagraphStyle  # a small line that belongs to what follows it
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    bullet: ParagraphStyle
    prose_bullet: ParagraphStyle
    gap: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    cover_line: ParagraphStyle
    marking: ParagraphStyle
    draft: ParagraphStyle
    h0: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    photo_missing: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]


def make_styles() -> Styles:
    register_fonts()
    # bulletFontName too: reportlab's default (Helvetica) has no "•", and copies it out as DEL.
    body = ParagraphStyle("body", fontName=SANS, bulletFontName=SANS, fontSize=9.5, leading=13, spaceAfter=4)
    prose = ParagraphStyle("prose", parent=body, fontName=SERIF, fontSize=10, leading=14, spaceAfter=6)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    heading = ParagraphStyle("heading", parent=body, fontName=bold(SANS), textColor=ACCENT, keepWithNext=1)
    return Styles(
        body=body,
        prose=prose,
        small=small,
        small_with_next=ParagraphStyle("small_with_next", parent=small, keepWithNext=1),
        label=ParagraphStyle(
            "label",
            parent=body,
            fontName=bold(SANS),
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=bold(SANS), textColor=ACCENT),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        prose_bullet=ParagraphStyle(
            "prose_bullet", parent=prose, leftIndent=14, bulletIndent=3, spaceAfter=3
        ),
        gap=ParagraphStyle("gap", parent=body, fontName=italic(SANS), textColor=GAP),
        kicker=ParagraphStyle(
            "kicker", parent=body, fontName=bold(SANS), fontSize=10, leading=13, textColor=MUTED, spaceAfter=6
        ),
        title=ParagraphStyle("title", parent=heading, fontSize=20, leading=25, spaceAfter=12, keepWithNext=0),
        cover_line=ParagraphStyle("cover_line", parent=body, fontSize=11, leading=15, spaceAfter=3),
        marking=ParagraphStyle(
            "marking",
            parent=body,
            fontName=bold(SANS),
            fontSize=12,
            leading=15,
            textColor=MARKING,
            alignment=TA_CENTER,
            borderColor=MARKING,
            borderWidth=1,
            borderPadding=5,
            spaceBefore=10,
            spaceAfter=14,
        ),
        draft=ParagraphStyle(
            "draft",
            parent=body,
            fontName=bold(SANS),
            textColor=MARKING,
            backColor=SHADE,
            borderPadding=4,
            spaceBefore=6,
            spaceAfter=10,
        ),
        h0=ParagraphStyle("h0", parent=heading, fontSize=18, leading=22, spaceAfter=10),
        h1=ParagraphStyle("h1", parent=heading, fontSize=13.5, leading=17, spaceBefore=14, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=heading, fontSize=11, leading=14, spaceBefore=12, spaceAfter=4),
        h3=ParagraphStyle("h3", parent=heading, fontSize=9.5, leading=12.5, spaceBefore=8, spaceAfter=2),
        photo_missing=ParagraphStyle(
            "photo_missing", parent=small, alignment=TA_CENTER, fontName=italic(SANS), textColor=MUTED
        ),
        toc=(
            ParagraphStyle(
                "toc0",
                parent=body,
                fontName=bold(SANS),
                fontSize=10.5,
                leading=14,
                spaceBefore=6,
                leftIndent=0,
                firstLineIndent=0,
                rightIndent=8,
            ),
            ParagraphStyle(
                "toc1",
                parent=body,
                fontSize=9.5,
                leading=12.5,
                leftIndent=14,
                firstLineIndent=0,
                rightIndent=8,
            ),
            ParagraphStyle(
                "toc2",
                parent=body,
                fontSize=8.5,
                leading=11,
                leftIndent=28,
                firstLineIndent=0,
                rightIndent=8,
                textColor=MUTED,
            ),
        ),
    )
