"""What can go wrong when a briefing is made, told the officer in words (never a traceback)."""

from __future__ import annotations

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP


class BriefingError(KnownError):
    """A briefing could not be made as asked; nothing was written."""


class NothingToBrief(BriefingError):
    template = QT_TRANSLATE_NOOP("Errors", "Choose at least one event or bilateral meeting to brief on.")


class OutputError(BriefingError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Cannot write the briefing to {path}: {reason}. Nothing was written."
    )


class OutputIsFolder(BriefingError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is a folder: give the name of the PDF file to write.")


class UnknownLanguage(BriefingError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Language: “{language}” is not a language Liaison can write dates in (e.g. en, tr, kk, ru)."
    )


class MarkingTooLong(BriefingError):
    template = QT_TRANSLATE_NOOP("Errors", "Marking: at most {limit} characters (“{marking}” has {length}).")


class BriefingCancelled(BriefingError):
    template = QT_TRANSLATE_NOOP("Errors", "Making the briefing was cancelled; no file was written.")
