"""What the officer asks for: which events and bilateral meetings, which sections, the marking.

One request makes one PDF. With one subject it is a *briefing note*; with several, a *briefing
pack* (a cover and a table of contents for the trip, then one note per subject). The front ends
(the dialog, the ``brief`` command) fill this in; nothing here touches the database.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Literal

from liaison.briefing.errors import MarkingTooLong, NothingToBrief
from liaison.briefing.papers import MAX_FIRST_PAGES, Papers

MARKING_LIMIT = 60

SubjectKind = Literal["event", "bilateral"]


class Section(StrEnum):
    """The parts of a note the officer may leave out (the cover is always there)."""

    AGENDA = "agenda"
    DELEGATIONS = "delegations"
    COUNTERPARTS = "counterparts"
    TALKING_POINTS = "talking-points"
    PLAN = "plan"
    MINUTES = "minutes"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)

MARKINGS: tuple[str, ...] = ("", "UNCLASSIFIED", "FOR OFFICIAL USE ONLY", "RESTRICTED", "CONFIDENTIAL")
"""Markings offered in the dialog; the officer may type any other (it is printed as typed)."""


@dataclass(frozen=True)
class Subject:
    """One note of the pack: an event or a bilateral meeting, by id."""

    kind: SubjectKind
    id: str


@dataclass(frozen=True)
class BriefingRequest:
    """Everything that decides what the PDF says.

    ``counterparts``: the contact ids to profile (``None``: everyone the notes name as a
    counterpart); ``excluded_counterparts``: contact ids never to profile. The dialog says whom
    the officer left out rather than whom it lists, so that the counterparts of a note added
    a moment ago (whose list has not come back from the worker yet) are profiled, not dropped.
    ``talking_points``: the officer's text per subject. ``language``: the locale
    dates, month and country names are written in (labels follow the installed translator).
    ``today`` decides which open actions are overdue and is printed as the preparation date.
    ``papers``: the papers on file listed in an annex, or listed with the first ``first_pages``
    pages of each PDF appended (:mod:`liaison.briefing.papers`); ``attachment_ids`` narrows
    them to those chosen (``None``: all the notes' papers); ``excluded_attachments`` leaves
    those out (the dialog says whom the officer unticked, as for counterparts).
    """

    subjects: tuple[Subject, ...]
    sections: frozenset[Section] = ALL_SECTIONS
    marking: str = ""
    language: str = "en"
    talking_points: Mapping[Subject, str] = field(default_factory=dict)
    counterparts: frozenset[str] | None = None
    excluded_counterparts: frozenset[str] = frozenset()
    title: str = ""
    today: date | None = None
    papers: Papers = Papers.NONE
    attachment_ids: frozenset[str] | None = None
    excluded_attachments: frozenset[str] = frozenset()
    first_pages: int = 1

    def __post_init__(self) -> None:
        if not self.subjects:
            raise NothingToBrief()
        marking = " ".join(unicodedata.normalize("NFC", self.marking).split())
        if len(marking) > MARKING_LIMIT:
            raise MarkingTooLong(limit=MARKING_LIMIT, marking=marking[:20] + "…", length=len(marking))
        object.__setattr__(self, "marking", marking)
        object.__setattr__(self, "papers", Papers(self.papers))
        object.__setattr__(self, "first_pages", min(max(1, int(self.first_pages)), MAX_FIRST_PAGES))
        # the same subject twice would print the same note twice
        object.__setattr__(self, "subjects", tuple(dict.fromkeys(self.subjects)))
