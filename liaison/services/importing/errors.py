"""The one-line errors of reading a file to import."""

from __future__ import annotations

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP


class ImportFileError(KnownError):
    """The file cannot be read as what its name says (a broken workbook, a binary, ...)."""

    template = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {reason}")


NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "{path}: there is no such file.")
NOT_WORKBOOK = QT_TRANSLATE_NOOP("Errors", "{path} is not a spreadsheet this program can read ({detail}).")
NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "{path} is not a text (CSV) file: it holds binary data.")
NOT_VCARD = QT_TRANSLATE_NOOP("Errors", "{path} is not a vCard file: it has no BEGIN:VCARD.")
BAD_ENCODING = QT_TRANSLATE_NOOP("Errors", "{path} is not in the encoding {encoding}; choose another.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Errors", "{encoding} is not an encoding this program knows.")
NO_SHEET = QT_TRANSLATE_NOOP("Errors", "{path} has no sheet named “{sheet}” (it has: {sheets}).")
NO_HEADER = QT_TRANSLATE_NOOP("Errors", "{path}: no row of column names was found.")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", '{path}: no column holds the names; map one with --map "COLUMN=name".'
)
BAD_MAP = QT_TRANSLATE_NOOP("Errors", "--map “{value}”: write COLUMN=field, with field one of {fields}.")
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("Errors", "--map “{value}”: the file has no column “{column}”.")
