"""Import contacts (and an event's participants) from CSV, XLSX/ODS and vCard files.

``Importer(app).preview(path, options)`` shows the first rows as they would be stored;
``Importer(app).run(path, options)`` imports in one transaction; ``undo_import(app, batch)``
undoes one import. No Qt: the window and the command line call the same code.
"""

from liaison.services.importing.encoding import CHOICES as ENCODINGS
from liaison.services.importing.encoding import EncodingGuess, guess_encoding
from liaison.services.importing.errors import ImportFileError
from liaison.services.importing.importer import (
    ImportCancelled,
    Importer,
    ImportOptions,
    ImportResult,
    PlannedRow,
    Preview,
    parse_map,
)
from liaison.services.importing.readers import SourceTable, read_source
from liaison.services.importing.rows import RowIssue
from liaison.services.importing.undo import UndoResult, undo_import

__all__ = [
    "ENCODINGS",
    "EncodingGuess",
    "ImportCancelled",
    "ImportFileError",
    "ImportOptions",
    "ImportResult",
    "Importer",
    "PlannedRow",
    "Preview",
    "RowIssue",
    "SourceTable",
    "UndoResult",
    "guess_encoding",
    "parse_map",
    "read_source",
    "undo_import",
]
