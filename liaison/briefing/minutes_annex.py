"""The minutes annexed to a briefing note, as :meth:`liaison.briefing.layout.Layout.minutes` prints
them on a page of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from liaison.briefing.gather import MinutesAnnex
from liaison.briefing.markup import esc
from liaison.briefing.wording import L

if TYPE_CHECKING:
    from liaison.briefing.layout import Layout


def minutes_body(layout: Layout, annex: MinutesAnnex) -> list[Flowable]:
    """The minutes annexed to a note: title, event, whether agreed, summary, then each entry."""
    w, s = layout.w, layout.s
    title = annex.title or w(L.MINUTES_OF, event=annex.event_title)
    flow: list[Flowable] = [Paragraph(esc(title), s.h2)]
    when = w.dates(annex.event_start, None)
    if when:
        flow.append(Paragraph(esc(f"{annex.event_title}, {when}"), s.small))
    if annex.source == "earlier":
        flow.append(Paragraph(layout.t(L.MINUTES_EARLIER, event=annex.event_title), s.gap))
    elif annex.source == "margins":
        flow.append(Paragraph(layout.t(L.MINUTES_MARGINS, event=annex.event_title), s.body))
    if annex.draft:
        flow.append(Paragraph(layout.t(L.MINUTES_DRAFT), s.draft))
    else:
        flow.append(Paragraph(layout.t(L.MINUTES_AGREED, date=w.date(annex.agreed_on)), s.body))
    summary = layout.prose(annex.summary)
    if summary:
        flow.append(Paragraph(layout.t(L.SUMMARY), s.label))
        flow += summary
    for entry in annex.entries:
        heading = entry.heading or entry.agenda_item or ""
        if heading:
            flow.append(Paragraph(esc(heading), s.h3))
        if entry.agenda_item and entry.agenda_item != heading:
            flow.append(Paragraph(f"<i>{esc(entry.agenda_item)}</i>", s.small_with_next))
        flow += layout.prose(entry.notes)
        decisions = layout.prose(entry.decisions)
        if decisions:
            flow.append(Paragraph(layout.t(L.DECISIONS), s.label))
            flow += decisions
    return flow
