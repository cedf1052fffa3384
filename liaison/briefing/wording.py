"""The words of a briefing: labels in the officer's language, dates and place names by babel.

Labels are marked with ``QT_TRANSLATE_NOOP("Briefing", ...)`` (so they reach the ``.ts`` files)
and translated when the PDF is made, through :func:`liaison.i18n.translate` unless a caller
passes another translator (a front end that makes a pack in a language other than its own).
Placeholders are ``{name}``, filled in *after* translation; a translation that breaks them falls
back to the English text rather than failing the pack. Dates, month names and country names
come from babel's CLDR data for ``language``, so they are right in Kazakh or Hungarian even
before anyone translates a label. English dates are written day-month-year (``en_GB``), as
OTS documents write them.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Mapping
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval

from liaison import i18n
from liaison.briefing.errors import UnknownLanguage
from liaison.i18n import QT_TRANSLATE_NOOP, Translator
from liaison.store.reference import STATES

CONTEXT = "Briefing"
STATE_NAMES = {code: name for code, name, _status in STATES}

# Dates in English read day-month-year in OTS documents; other languages use their own CLDR form.
_DATE_LOCALES = {"en": "en_GB"}


class L:
    """The labels of the PDF, marked for translation (English source text)."""

    NOTE = QT_TRANSLATE_NOOP("Briefing", "Briefing note")
    PACK = QT_TRANSLATE_NOOP("Briefing", "Briefing pack")
    CONTENTS = QT_TRANSLATE_NOOP("Briefing", "Contents")
    IN_THIS_PACK = QT_TRANSLATE_NOOP("Briefing", "In this pack")
    PREPARED = QT_TRANSLATE_NOOP("Briefing", "Prepared on {date}")
    PREPARED_BY = QT_TRANSLATE_NOOP("Briefing", "Prepared by {name} on {date}")
    PAGE = QT_TRANSLATE_NOOP("Briefing", "Page {page}")
    PAGE_OF = QT_TRANSLATE_NOOP("Briefing", "Page {page} of {pages}")
    DRAFT = QT_TRANSLATE_NOOP("Briefing", "DRAFT")
    DRAFT_NOTICE = QT_TRANSLATE_NOOP(
        "Briefing",
        "The minutes used in this note are a draft, not yet agreed: what they say may still change.",
    )
    WHEN = QT_TRANSLATE_NOOP("Briefing", "When")
    WHERE = QT_TRANSLATE_NOOP("Briefing", "Where")
    VENUE = QT_TRANSLATE_NOOP("Briefing", "Venue")
    HOST = QT_TRANSLATE_NOOP("Briefing", "Host")
    KIND = QT_TRANSLATE_NOOP("Briefing", "Kind")
    ON_THE_MARGINS = QT_TRANSLATE_NOOP("Briefing", "On the margins of")
    MARKING = QT_TRANSLATE_NOOP("Briefing", "Marking")
    GAPS = QT_TRANSLATE_NOOP("Briefing", "Not in the record")
    NO_GAPS = QT_TRANSLATE_NOOP("Briefing", "The record holds every part of this note.")
    ABOUT = QT_TRANSLATE_NOOP("Briefing", "About the meeting")

    AGENDA = QT_TRANSLATE_NOOP("Briefing", "Agenda")
    TOPICS = QT_TRANSLATE_NOOP("Briefing", "Topics")
    OUTCOMES_SO_FAR = QT_TRANSLATE_NOOP("Briefing", "Outcomes recorded")
    DELEGATIONS = QT_TRANSLATE_NOOP("Briefing", "Delegations")
    PARTIES = QT_TRANSLATE_NOOP("Briefing", "Parties")
    COUNTERPARTS = QT_TRANSLATE_NOOP("Briefing", "Counterparts")
    TALKING_POINTS = QT_TRANSLATE_NOOP("Briefing", "Talking points")
    PLAN = QT_TRANSLATE_NOOP("Briefing", "Joint Action Plan activities")
    ANNEX_MINUTES = QT_TRANSLATE_NOOP("Briefing", "Annex: minutes")

    NUMBER = QT_TRANSLATE_NOOP("Briefing", "No.")
    ITEM = QT_TRANSLATE_NOOP("Briefing", "Item")
    STATE = QT_TRANSLATE_NOOP("Briefing", "State")
    INSTITUTION = QT_TRANSLATE_NOOP("Briefing", "Institution")
    HEAD = QT_TRANSLATE_NOOP("Briefing", "Head of delegation")
    MEMBERS = QT_TRANSLATE_NOOP("Briefing", "Members")
    PERSON = QT_TRANSLATE_NOOP("Briefing", "Person")
    ACTIVITY = QT_TRANSLATE_NOOP("Briefing", "Activity")
    RESPONSIBLE = QT_TRANSLATE_NOOP("Briefing", "Responsible")
    TIMEFRAME = QT_TRANSLATE_NOOP("Briefing", "Timeframe")
    STATUS = QT_TRANSLATE_NOOP("Briefing", "Status")
    LEAD = QT_TRANSLATE_NOOP("Briefing", "Lead: {institution}")
    PLAN_HEADING = QT_TRANSLATE_NOOP("Briefing", "{title} ({status})")

    NAME = QT_TRANSLATE_NOOP("Briefing", "Name")
    NAME_LATIN = QT_TRANSLATE_NOOP("Briefing", "In Latin script")
    NAME_TRANSLITERATED = QT_TRANSLATE_NOOP("Briefing", "{name} (transliterated)")
    ADDRESS_AS = QT_TRANSLATE_NOOP("Briefing", "Form of address")
    POSITION = QT_TRANSLATE_NOOP("Briefing", "Position")
    LANGUAGES = QT_TRANSLATE_NOOP("Briefing", "Languages")
    EMAIL = QT_TRANSLATE_NOOP("Briefing", "E-mail")
    PHONE = QT_TRANSLATE_NOOP("Briefing", "Phone")
    ROLE_HERE = QT_TRANSLATE_NOOP("Briefing", "Here")
    HEADS_DELEGATION = QT_TRANSLATE_NOOP("Briefing", "Head of the delegation of {state}")
    IN_DELEGATION = QT_TRANSLATE_NOOP("Briefing", "Delegation of {state}")
    PARTY_TO = QT_TRANSLATE_NOOP("Briefing", "Party to this meeting")
    EARLIER_EVENTS = QT_TRANSLATE_NOOP("Briefing", "Earlier meetings with them")
    EARLIER_BILATERALS = QT_TRANSLATE_NOOP("Briefing", "Earlier bilateral meetings and what was agreed")
    OPEN_ACTIONS = QT_TRANSLATE_NOOP("Briefing", "Open action items involving them")
    NOTES_ON_FILE = QT_TRANSLATE_NOOP("Briefing", "Notes on file")
    AGREED = QT_TRANSLATE_NOOP("Briefing", "Outcome: {outcomes}")
    NOTHING_AGREED = QT_TRANSLATE_NOOP("Briefing", "No outcome recorded.")
    HEADED = QT_TRANSLATE_NOOP("Briefing", "headed the delegation")
    DUE = QT_TRANSLATE_NOOP("Briefing", "due {date}")
    OVERDUE = QT_TRANSLATE_NOOP("Briefing", "OVERDUE")
    VIA_INSTITUTION = QT_TRANSLATE_NOOP("Briefing", "through {institution}")
    RESPONSIBLE_PERSON = QT_TRANSLATE_NOOP("Briefing", "responsible: {person}")
    FROM_EVENT = QT_TRANSLATE_NOOP("Briefing", "from {event}")

    MINUTES_OF = QT_TRANSLATE_NOOP("Briefing", "Minutes of {event}")
    MINUTES_EARLIER = QT_TRANSLATE_NOOP(
        "Briefing",
        "This meeting has no minutes yet; these are the minutes of the previous one of its kind, {event}.",
    )
    MINUTES_MARGINS = QT_TRANSLATE_NOOP(
        "Briefing", "The minutes of {event}, on whose margins this meeting was held."
    )
    MINUTES_ANNEXED = QT_TRANSLATE_NOOP(
        "Briefing", "The minutes of “{event}” are annexed to the note on “{note}”, earlier in this pack."
    )
    MINUTES_AGREED = QT_TRANSLATE_NOOP("Briefing", "Agreed on {date}.")
    MINUTES_DRAFT = QT_TRANSLATE_NOOP("Briefing", "Draft, not yet agreed.")
    DECISIONS = QT_TRANSLATE_NOOP("Briefing", "Decisions")
    SUMMARY = QT_TRANSLATE_NOOP("Briefing", "Summary")

    # What the record does not hold: said where the part would be, and listed on the cover.
    NO_AGENDA = QT_TRANSLATE_NOOP("Briefing", "No agenda has been recorded for this event.")
    NO_TOPICS = QT_TRANSLATE_NOOP("Briefing", "No topics have been recorded for this meeting.")
    NO_DELEGATIONS = QT_TRANSLATE_NOOP("Briefing", "No delegations have been recorded for this event.")
    NO_PARTIES = QT_TRANSLATE_NOOP("Briefing", "No parties have been recorded for this meeting.")
    NO_COUNTERPARTS = QT_TRANSLATE_NOOP("Briefing", "No counterparts: nobody is recorded as taking part.")
    NO_COUNTERPARTS_CHOSEN = QT_TRANSLATE_NOOP("Briefing", "No counterparts were chosen for this note.")
    NO_TALKING_POINTS = QT_TRANSLATE_NOOP("Briefing", "No talking points have been written for this note.")
    NO_PLAN = QT_TRANSLATE_NOOP("Briefing", "No Joint Action Plan activity relates to this meeting.")
    NO_MINUTES = QT_TRANSLATE_NOOP(
        "Briefing", "No minutes have been recorded for this meeting or an earlier one of its kind."
    )
    NO_PHOTO = QT_TRANSLATE_NOOP("Briefing", "No photo on file")
    BAD_PHOTO = QT_TRANSLATE_NOOP("Briefing", "The photo on file cannot be read")
    NO_INSTITUTION = QT_TRANSLATE_NOOP("Briefing", "No institution on file.")
    NO_POSITION = QT_TRANSLATE_NOOP("Briefing", "No position on file.")
    NO_CONTACT_DETAILS = QT_TRANSLATE_NOOP("Briefing", "No e-mail address or phone number on file.")
    NO_EARLIER = QT_TRANSLATE_NOOP("Briefing", "None recorded before this meeting.")
    NO_OPEN_ACTIONS = QT_TRANSLATE_NOOP("Briefing", "None open.")
    NO_DATE = QT_TRANSLATE_NOOP("Briefing", "no date")
    NO_PLACE = QT_TRANSLATE_NOOP("Briefing", "No place recorded.")
    NO_HEAD = QT_TRANSLATE_NOOP("Briefing", "not recorded")

    GAP_AGENDA = QT_TRANSLATE_NOOP("Briefing", "the agenda")
    GAP_TOPICS = QT_TRANSLATE_NOOP("Briefing", "the topics")
    GAP_DELEGATIONS = QT_TRANSLATE_NOOP("Briefing", "the delegations")
    GAP_PARTIES = QT_TRANSLATE_NOOP("Briefing", "the parties")
    GAP_COUNTERPARTS = QT_TRANSLATE_NOOP("Briefing", "the counterparts")
    GAP_TALKING_POINTS = QT_TRANSLATE_NOOP("Briefing", "talking points")
    GAP_PLAN = QT_TRANSLATE_NOOP("Briefing", "related Joint Action Plan activities")
    GAP_MINUTES = QT_TRANSLATE_NOOP("Briefing", "minutes")
    GAP_PLACE = QT_TRANSLATE_NOOP("Briefing", "the place")
    GAP_PHOTOS = QT_TRANSLATE_NOOP("Briefing", "a photo of {names}")
    GAP_INSTITUTIONS = QT_TRANSLATE_NOOP("Briefing", "the institution of {names}")
    GAP_CONTACT_DETAILS = QT_TRANSLATE_NOOP("Briefing", "contact details of {names}")


class Wording:
    """Labels, dates and names in one language, for one PDF.

    Raises :class:`~liaison.briefing.errors.UnknownLanguage` for a code babel does not know.
    """

    def __init__(self, language: str = "en", translator: Translator | None = None) -> None:
        code = (language or "en").strip().replace("-", "_")
        try:
            self.locale = Locale.parse(code)
            self.date_locale = Locale.parse(_DATE_LOCALES.get(code, code))
        except (UnknownLocaleError, ValueError, TypeError):
            raise UnknownLanguage(language=language) from None
        self.language = code
        self._translator = translator

    def __call__(self, source: str, /, **params: Any) -> str:
        """The label ``source`` (marked under "Briefing") translated, placeholders filled in."""
        return self.translate(CONTEXT, source, **params)

    def translate(self, context: str, source: str, /, **params: Any) -> str:
        translator = self._translator or i18n.translate
        text = translator(context, source)
        if not params:
            return text
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not break the pack
            return source.format(**params)

    def choice(self, vocabulary: Mapping[str, str], key: str | None) -> str:
        """The label of a stored choice (an event kind, a status), translated under "Choices"."""
        if not key:
            return ""
        return self.translate("Choices", vocabulary.get(key, key))

    def state(self, code: str | None) -> str:
        if not code:
            return ""
        return self.translate("States", STATE_NAMES.get(code, code))

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        return str(self.locale.territories.get(code.upper(), code))

    def date(self, value: datetime.date | None) -> str:
        if value is None:
            return ""
        return str(format_date(value, "long", locale=self.date_locale))

    def short_date(self, value: datetime.date | None) -> str:
        if value is None:
            return ""
        return str(format_date(value, "medium", locale=self.date_locale))

    def dates(self, start: datetime.date | None, end: datetime.date | None) -> str:
        """A day, or a span of days, as the language writes it ("13–14 Jan 2026")."""
        if start is None:
            return self.date(end)
        if end is None or end == start:
            return self.date(start)
        return str(format_interval(start, end, "yMMMd", locale=self.date_locale))

    def place(self, city: str | None, country: str | None) -> str:
        parts = [part for part in (city, self.country(country)) if part]
        return ", ".join(parts)

    def names(self, names: list[str], limit: int = 4) -> str:
        """``a, b, c and 2 more`` style lists of names, cut short for the cover."""
        shown = names[:limit]
        text = ", ".join(shown)
        if len(names) > limit:
            text += " " + self(QT_TRANSLATE_NOOP("Briefing", "and {count} more"), count=len(names) - limit)
        return text


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
