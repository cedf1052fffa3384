"""Briefing notes and packs: PDFs made from the record, for the night before a trip.

Sits beside ``liaison.ui`` and ``liaison.cli``: reads the record through ``liaison.services``,
lays pages out with reportlab's platypus, never imports Qt. The front ends call
:func:`make_briefing` (bytes, for a preview) or :func:`write_briefing` (a file, written whole or
not at all) with a :class:`BriefingRequest`.
"""

from liaison.briefing.errors import BriefingCancelled, BriefingError
from liaison.briefing.gather import Candidate, counterpart_candidates, paper_candidates
from liaison.briefing.make import Briefing, make_briefing, save_pdf, write_briefing
from liaison.briefing.papers import MAX_FIRST_PAGES, Paper, Papers, fetch_papers
from liaison.briefing.points import store_talking_points, stored_talking_points
from liaison.briefing.request import ALL_SECTIONS, MARKINGS, BriefingRequest, Section, Subject

__all__ = [
    "ALL_SECTIONS",
    "MARKINGS",
    "MAX_FIRST_PAGES",
    "Briefing",
    "BriefingCancelled",
    "BriefingError",
    "BriefingRequest",
    "Candidate",
    "Paper",
    "Papers",
    "Section",
    "Subject",
    "counterpart_candidates",
    "fetch_papers",
    "make_briefing",
    "paper_candidates",
    "save_pdf",
    "store_talking_points",
    "stored_talking_points",
    "write_briefing",
]
