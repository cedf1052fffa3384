"""Errors an officer can cause and must be told about, as opposed to bugs.

Every layer raises subclasses of :class:`KnownError`; the front ends catch exactly these and show
:meth:`KnownError.message` (translated, naming the field or the file), while anything else is a
bug and is reported as one. Messages are marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` (the
context written out: lupdate reads only literals) and formatted with ``{name}`` placeholders
*after* translation.
"""

from __future__ import annotations

from typing import Any

from liaison.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Errors"


class KnownError(Exception):
    """A failure with a message meant for the officer."""

    template: str = QT_TRANSLATE_NOOP("Errors", "The operation failed.")

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message(english=True))

    def message(self, *, english: bool = False) -> str:
        """The message in the language of the installed translator (or English)."""
        text = self.template if english else translate(CONTEXT, self.template)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.template.format(**self.params)


class StoreError(KnownError):
    """The database file cannot be used as it is."""


class NotADatabaseError(StoreError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is not a Liaison database (or it is damaged).")


class DatabaseTooNewError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was written by a newer version of Liaison (schema {revision}). "
        "Please update Liaison to open it; the file has not been changed.",
    )


class DatabaseLockedError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is locked by another program (perhaps another Liaison window). "
        "Close it and try again; nothing was saved.",
    )


class DataDirectoryError(StoreError):
    template = QT_TRANSLATE_NOOP("Errors", "The data folder {path} cannot be used: {reason}")
