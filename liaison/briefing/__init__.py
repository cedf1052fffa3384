"""Briefing notes and packs: PDFs made from the record, for the night before a trip.

Sits beside ``liaison.ui`` and ``liaison.cli``: reads the record through ``liaison.services``,
lays pages out with reportlab's platypus, never imports Qt. The front ends call
:func:`make_briefing` (bytes, for a preview) or :func:`write_briefing` (a file, written whole or
not at all) with a :class:`BriefingRequest`.
"""

from liaison.briefing.errors import BriefingCancelled, BriefingError
from liaison.briefing.gather import Candidate, counterpart_candidates
from liaison.briefing.make import Briefing, make_briefing, save_pdf, write_briefing
from liaison.briefing.papers import Papers
from liaison.briefing.points import store_talking_points, stored_talking_points
from liaison.briefing.request import ALL_SECTIONS, MARKINGS, BriefingRequest, Section, Subject

__all__ = [
    "ALL_SECTIONS",
    "MARKINGS",
    "Briefing",
    "BriefingCancelled",
    "BriefingError",
    "BriefingRequest",
    "Candidate",
    "Papers",
    "Section",
    "Subject",
    "counterpart_candidates",
    "make_briefing",
    "save_pdf",
    "store_talking_points",
    "stored_talking_points",
    "write_briefing",
]
