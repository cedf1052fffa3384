"""The story of a briefing: gathered notes turned into platypus flowables, page by page.

A *note* is a cover page (what, when, where, the marking, the DRAFT notice, what the record
lacks), then its sections — agenda, delegations, counterpart profiles, talking points, Joint
Action Plan activities — and the last minutes as an annex on a page of their own. A *pack* (more
than one note) starts with its own cover and the table of contents; a single note carries the
contents on its cover. Whatever the record lacks is written where it would have been, in a
brown italic, and summed up on the cover: a gap is information, not a failure.

Every piece of record text is escaped (:mod:`liaison.briefing.markup`) before it reaches a
Paragraph; every label goes through :class:`~liaison.briefing.wording.Wording`.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from liaison.briefing.flowables import Contents, Heading, NoteStart, PageCounter
from liaison.briefing.gather import (
    ActivityLine,
    Counterpart,
    Note,
    Pack,
    PlanBlock,
)
from liaison.briefing.markup import blocks, clean, esc, paragraphs
from liaison.briefing.minutes_annex import minutes_body
from liaison.briefing.papers import Papers
from liaison.briefing.papers import annex as papers_annex
from liaison.briefing.profiles_layout import CounterpartProfiles
from liaison.briefing.request import Section
from liaison.briefing.styles import FRAME_WIDTH, GRID_TABLE, PLAIN_TABLE, Styles
from liaison.briefing.wording import L, Wording
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services import vocabulary as v

LABEL_WIDTH = 36 * mm
BILATERAL_LABEL = QT_TRANSLATE_NOOP("Entities", "Bilateral meeting")


class Layout:
    """Builds the story of one pack; ``story()`` returns it with its page counter."""

    def __init__(self, pack: Pack, wording: Wording, styles: Styles) -> None:
        self.pack = pack
        self.w = wording
        self.s = styles
        self._keys = count(1)
        self.headings: list[Heading] = []
        self._annexed: dict[str, tuple[str, str]] = {}  # minutes id -> (note title, heading key)
        self.sections = pack.request.sections
        self.profiles = CounterpartProfiles(self)

    # -- helpers ---------------------------------------------------------------------------------
    def t(self, label: str, **params: object) -> str:
        """A label, translated, filled in and escaped for Paragraph markup."""
        return esc(self.w(label, **params))

    def heading(self, text: str, level: int, *, toc: bool = True, style_level: int | None = None) -> Heading:
        styles = (self.s.h0, self.s.h1, self.s.h2, self.s.h3)
        plain = " ".join(clean(text).split())
        heading = Heading(
            esc(plain),
            styles[level if style_level is None else style_level],
            key=f"h{next(self._keys)}",
            outline_text=plain,
            outline_level=level,
            toc_level=level if toc else None,
        )
        self.headings.append(heading)  # made in the order they are printed
        return heading

    def gap(self, label: str, **params: object) -> Paragraph:
        return Paragraph(self.t(label, **params), self.s.gap)

    def prose(self, text: str | None, *, small: bool = False) -> list[Flowable]:
        style = self.s.small if small else self.s.prose
        return [Paragraph(part, style) for part in paragraphs(text)]

    def bullets(self, items: Iterable[str]) -> list[Flowable]:
        return [Paragraph(item, self.s.bullet, bulletText="•") for item in items]

    def table(self, header: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        head = [Paragraph(self.t(label), self.s.cell_head) for label in header]
        scale = FRAME_WIDTH / sum(widths)
        table = Table([head, *rows], colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(GRID_TABLE)
        return table

    def cell(self, markup: str) -> Paragraph:
        return Paragraph(markup, self.s.cell)

    def included(self, section: Section) -> bool:
        return section in self.sections

    # -- the story -------------------------------------------------------------------------------
    def story(self) -> tuple[list[Flowable], PageCounter]:
        counter = PageCounter()
        toc = Contents(list(self.s.toc), 14 * mm)
        story: list[Flowable] = [counter]
        notes = self.pack.notes
        if len(notes) == 1:
            story += self.note(notes[0], toc)
        else:
            story += self.pack_cover(toc)
            for note in notes:
                story.append(PageBreak())
                story += self.note(note, None)
        # The first pass lays the contents out with every entry (pages unknown yet), so they
        # take the room they will take: the second pass then only fills in page numbers and
        # changes no page break, and two passes suffice instead of three.
        toc.addEntries(
            [(h.toc_level, h.toc_markup, 0, h.key) for h in self.headings if h.toc_level is not None]
        )
        return story, counter

    def pack_cover(self, toc: Contents) -> list[Flowable]:
        pack = self.pack
        s = self.s
        flow: list[Flowable] = [NoteStart(None), Paragraph(self.t(L.PACK), s.kicker)]
        places = list(
            dict.fromkeys(self.w.place(n.city, n.country) for n in pack.notes if n.city or n.country)
        )
        starts = [n.start_date for n in pack.notes if n.start_date]
        ends = [n.end_date or n.start_date for n in pack.notes if n.end_date or n.start_date]
        when = self.w.dates(min(starts), max(d for d in ends if d)) if starts else ""
        # Untitled, a pack is named after where the trip goes (the dates follow on the next line).
        title = pack.request.title or " · ".join(places) or when or self.w(L.PACK)
        heading = self.heading(title, 0, toc=False)
        heading.style = s.title
        flow.append(heading)
        for line in (when, " · ".join(places) if pack.request.title else ""):
            if line:
                flow.append(Paragraph(esc(line), s.cover_line))
        flow += self.marking_and_draft(pack.draft)
        flow.append(Paragraph(self.t(L.IN_THIS_PACK), s.label))
        flow += self.bullets(
            f"<b>{esc(note.title)}</b> — {esc(self._when_where(note))}" for note in pack.notes
        )
        flow.append(Paragraph(esc(prepared_line(pack, self.w)), s.small))
        flow.append(PageBreak())  # the contents of a pack run long: a page of their own
        flow.append(self.heading(self.w(L.CONTENTS), 0, toc=False, style_level=0))
        flow.append(toc)
        return flow

    def _when_where(self, note: Note) -> str:
        parts = [self.w.dates(note.start_date, note.end_date), self.w.place(note.city, note.country)]
        return ", ".join(part for part in parts if part)

    def marking_and_draft(self, draft: bool) -> list[Flowable]:
        flow: list[Flowable] = []
        marking = self.pack.request.marking
        if marking:
            flow.append(Paragraph(esc(marking), self.s.marking))
        if draft:
            flow.append(Paragraph(self.t(L.DRAFT_NOTICE), self.s.draft))
        return flow

    # -- a note ------------------------------------------------------------------------------------
    def note(self, note: Note, toc: Contents | None) -> list[Flowable]:
        flow: list[Flowable] = [NoteStart(note)]
        flow += self.cover(note)
        if toc is not None:
            flow.append(Spacer(1, 4 * mm))
            flow.append(self.heading(self.w(L.CONTENTS), 1, toc=False))
            flow.append(toc)
        flow.append(PageBreak())
        if self.included(Section.AGENDA):
            flow += self.topics(note) if note.is_bilateral else self.agenda(note)
        if self.included(Section.DELEGATIONS):
            flow += self.parties(note) if note.is_bilateral else self.delegations(note)
        if self.included(Section.COUNTERPARTS):
            flow += self.counterparts(note)
        if self.included(Section.TALKING_POINTS):
            flow += self.talking_points(note)
        if self.included(Section.PLAN):
            flow += self.plan(note)
        if self.included(Section.MINUTES):
            flow += self.minutes(note)
        if self.pack.request.papers != Papers.NONE:
            flow += papers_annex(self, note)
        return flow

    def cover(self, note: Note) -> list[Flowable]:
        s, w = self.s, self.w
        kind = (
            w.translate("Entities", BILATERAL_LABEL)
            if note.is_bilateral
            else w.choice(v.EVENT_KINDS, note.kind)
        )
        kicker = " · ".join(part for part in (w(L.NOTE), kind) if part)
        flow: list[Flowable] = [Paragraph(esc(kicker), s.kicker)]
        heading = self.heading(note.title, 0)
        heading.style = s.title
        flow.append(heading)
        rows: list[tuple[str, str]] = []
        when = w.dates(note.start_date, note.end_date)
        rows.append((L.WHEN, esc(when) if when else self.t(L.NO_DATE)))
        place = w.place(note.city, note.country)
        if place or not note.venue:
            rows.append((L.WHERE, esc(place) if place else f"<i>{self.t(L.NO_PLACE)}</i>"))
        if note.venue:
            rows.append((L.VENUE, esc(note.venue)))
        if note.host:
            rows.append((L.HOST, esc(note.host)))
        if note.margins_of:
            rows.append((L.ON_THE_MARGINS, esc(note.margins_of)))
        flow.append(self.label_table(rows, label_width=LABEL_WIDTH, style=s.cover_line))
        flow += self.marking_and_draft(note.draft)
        gaps = self.gaps(note)
        flow.append(Paragraph(self.t(L.GAPS), s.label))
        if gaps:
            flow += [Paragraph(esc(gap), s.gap, bulletText="•") for gap in gaps]
        else:
            flow.append(Paragraph(self.t(L.NO_GAPS), s.small))
        if note.description:
            flow.append(Paragraph(self.t(L.ABOUT if not note.is_bilateral else L.NOTES_ON_FILE), s.label))
            flow += self.prose(note.description)
        return flow

    def label_table(self, rows: list[tuple[str, str]], *, label_width: float, style: object = None) -> Table:
        value_style = style or self.s.cell
        data = [
            [Paragraph(self.t(label), self.s.label), Paragraph(value, value_style)]  # type: ignore[arg-type]
            for label, value in rows
        ]
        table = Table(data, colWidths=[label_width, None], hAlign="LEFT")
        table.setStyle(PLAIN_TABLE)
        return table

    def gaps(self, note: Note) -> list[str]:
        """What the record lacks for this note, in the officer's words (for the cover)."""
        w = self.w
        found: list[str] = []
        if not (note.city or note.country or note.venue):
            found.append(w(L.GAP_PLACE))
        if self.included(Section.AGENDA):
            if note.is_bilateral and not clean(note.topics).strip():
                found.append(w(L.GAP_TOPICS))
            elif not note.is_bilateral and not note.agenda:
                found.append(w(L.GAP_AGENDA))
        if self.included(Section.DELEGATIONS):
            if note.is_bilateral and not note.parties:
                found.append(w(L.GAP_PARTIES))
            elif not note.is_bilateral and not note.delegations:
                found.append(w(L.GAP_DELEGATIONS))
        if self.included(Section.COUNTERPARTS):
            if not note.counterparts_available:
                found.append(w(L.GAP_COUNTERPARTS))
            people = note.counterparts
            no_photo = [_short_name(c) for c in people if not c.photo]
            no_institution = [_short_name(c) for c in people if not c.profile.institution]
            no_details = [
                _short_name(c) for c in people if not (c.contact.get("emails") or c.contact.get("phones"))
            ]
            if no_photo:
                found.append(w(L.GAP_PHOTOS, names=w.names(no_photo)))
            if no_institution:
                found.append(w(L.GAP_INSTITUTIONS, names=w.names(no_institution)))
            if no_details:
                found.append(w(L.GAP_CONTACT_DETAILS, names=w.names(no_details)))
        if self.included(Section.TALKING_POINTS) and not clean(note.talking_points).strip():
            found.append(w(L.GAP_TALKING_POINTS))
        if self.included(Section.PLAN) and not note.plans:
            found.append(w(L.GAP_PLAN))
        if self.included(Section.MINUTES) and note.minutes is None:
            found.append(w(L.GAP_MINUTES))
        return found

    # -- sections ----------------------------------------------------------------------------------
    def agenda(self, note: Note) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(self.w(L.AGENDA), 1)]
        if not note.agenda:
            return [*flow, self.gap(L.NO_AGENDA)]
        rows: list[list[object]] = []
        for item in note.agenda:
            cell: list[Flowable] = [self.cell(esc(item.title))]
            cell += [Paragraph(part, self.s.small) for part in paragraphs(item.description)]
            rows.append([self.cell(str(item.number)), cell])
        flow.append(self.table([L.NUMBER, L.ITEM], rows, [12, 170]))
        return flow

    def topics(self, note: Note) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(self.w(L.TOPICS), 1)]
        topics = self.prose(note.topics)
        flow += topics or [self.gap(L.NO_TOPICS)]
        if clean(note.outcomes).strip():
            flow.append(Paragraph(self.t(L.OUTCOMES_SO_FAR), self.s.label))
            flow += self.prose(note.outcomes)
        return flow

    def delegations(self, note: Note) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(self.w(L.DELEGATIONS), 1)]
        if not note.delegations:
            return [*flow, self.gap(L.NO_DELEGATIONS)]
        rows: list[list[object]] = []
        for line in note.delegations:
            members: list[Flowable] = [self.cell(esc(name)) for name in line.members]
            members += [Paragraph(part, self.s.small) for part in paragraphs(line.notes)]
            rows.append(
                [
                    self.cell(f"<b>{esc(self.w.state(line.state_code))}</b>"),
                    self.cell(esc(line.institution or "")),
                    self.cell(esc(line.head) if line.head else f"<i>{self.t(L.NO_HEAD)}</i>"),
                    members or self.cell(""),
                ]
            )
        flow.append(self.table([L.STATE, L.INSTITUTION, L.HEAD, L.MEMBERS], rows, [26, 60, 45, 55]))
        return flow

    def parties(self, note: Note) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(self.w(L.PARTIES), 1)]
        if not note.parties:
            return [*flow, self.gap(L.NO_PARTIES)]
        rows: list[list[object]] = [
            [
                self.cell(f"<b>{esc(self.w.state(line.state_code))}</b>"),
                self.cell(esc(line.institution or "")),
                self.cell(esc(line.person or "")),
            ]
            for line in note.parties
        ]
        flow.append(self.table([L.STATE, L.INSTITUTION, L.PERSON], rows, [30, 90, 66]))
        return flow

    def talking_points(self, note: Note) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(self.w(L.TALKING_POINTS), 1)]
        found = blocks(note.talking_points)
        if not found:
            return [*flow, self.gap(L.NO_TALKING_POINTS)]
        for kind, markup in found:
            if kind == "bullet":
                flow.append(Paragraph(markup, self.s.prose_bullet, bulletText="•"))
            else:
                flow.append(Paragraph(markup, self.s.prose))
        return flow

    def plan(self, note: Note) -> list[Flowable]:
        flow: list[Flowable] = [self.heading(self.w(L.PLAN), 1)]
        if not note.plans:
            return [*flow, self.gap(L.NO_PLAN)]
        for block in note.plans:
            flow += self.plan_block(block)
        return flow

    def plan_block(self, block: PlanBlock) -> list[Flowable]:
        status = self.w.choice(v.PLAN_STATUSES, block.status)
        title = self.w(L.PLAN_HEADING, title=block.title, status=status) if status else block.title
        flow: list[Flowable] = [Paragraph(esc(title), self.s.h3)]
        rows = [self.activity_row(line) for line in block.activities]
        flow.append(
            self.table(
                [L.NUMBER, L.ACTIVITY, L.RESPONSIBLE, L.TIMEFRAME, L.STATUS], rows, [10, 92, 30, 30, 24]
            )
        )
        return flow

    def activity_row(self, line: ActivityLine) -> list[object]:
        w = self.w
        cell: list[Flowable] = [self.cell(esc(line.title))]
        cell += [Paragraph(part, self.s.small) for part in paragraphs(line.description)]
        if line.lead_institution:
            cell.append(Paragraph(self.t(L.LEAD, institution=line.lead_institution), self.s.small))
        when = line.timeframe or w.dates(line.start_date, line.end_date)
        return [
            self.cell(str(line.number or "")),
            cell,
            self.cell(esc(", ".join(w.state(code) for code in line.states))),
            self.cell(esc(when or "")),
            self.cell(esc(w.choice(v.ACTIVITY_STATUSES, line.status))),
        ]

    # -- counterparts --------------------------------------------------------------------------------
    def counterparts(self, note: Note) -> list[Flowable]:
        return self.profiles.section(note)

    # -- the annex -----------------------------------------------------------------------------------
    def minutes(self, note: Note) -> list[Flowable]:
        """The annex, on a page of its own; minutes already annexed to an earlier note of the
        pack (a bilateral meeting on the margins of an event briefed on too) are referred to,
        not printed twice."""
        annex = note.minutes
        heading = self.heading(self.w(L.ANNEX_MINUTES), 1)
        if annex is None:
            return [PageBreak(), heading, self.gap(L.NO_MINUTES)]
        earlier = self._annexed.get(annex.id)
        if earlier is not None:
            note_title, key = earlier
            text = self.t(L.MINUTES_ANNEXED, event=annex.event_title, note=note_title)
            return [heading, Paragraph(f'<a href="#{key}">{text}</a>', self.s.body)]
        self._annexed[annex.id] = (note.title, heading.key)
        return [PageBreak(), heading, *minutes_body(self, annex)]


def prepared_line(pack: Pack, wording: Wording) -> str:
    day = wording.date(pack.prepared_on)
    if pack.prepared_by:
        return wording(L.PREPARED_BY, name=clean(pack.prepared_by), date=day)
    return wording(L.PREPARED, date=day)


def _short_name(person: Counterpart) -> str:
    latin = person.contact.get("latin_name")
    return clean(latin or person.name)
