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


class ReadOnlyStoreError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is read-only (the file, its folder or the disk): nothing was saved. "
        "Copy the data folder to a place you can write to, or make it writable, and try again.",
    )


class DiskFullError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full: nothing was saved. Free some space on it and try again.",
    )


class DiskIOError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Reading or writing {path} failed (a disk error, or the disk was removed): nothing was saved. "
        "Check the disk and try again; if it keeps failing, run: liaison doctor",
    )


class CannotOpenError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} cannot be opened (its folder is missing or not readable, or the disk was removed). "
        "Check the data folder and try again.",
    )


class DamagedDatabaseError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged, and Liaison will not write into it. Run “liaison doctor” for a report and "
        "“liaison recover” to copy what can be read into a new file (the damaged one is kept).",
    )


class EmptyDatabaseFileError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is empty (0 bytes), perhaps from an interrupted copy; Liaison has not touched it. "
        "Restore a backup (liaison restore), or move the file away to start a new record.",
    )


class OutdatedReadOnlyError(StoreError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was written by an older version of Liaison and must be updated, but it is read-only. "
        "Copy the data folder to a place you can write to and open the copy.",
    )
