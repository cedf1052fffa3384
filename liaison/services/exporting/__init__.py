"""Export contacts (vCard 4.0, CSV, XLSX), events and bilateral meetings (iCalendar), action
items (CSV, XLSX) and an event's participants (XLSX, CSV). No Qt."""

from liaison.services.exporting.exporter import FORMATS, WHICH, ExportError, export
from liaison.services.exporting.files import ExportFileError, atomic_path

__all__ = ["FORMATS", "WHICH", "ExportError", "ExportFileError", "atomic_path", "export"]
