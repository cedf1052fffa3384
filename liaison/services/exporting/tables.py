"""Records as rows for CSV (UTF-8 with a byte-order mark, so that Excel shows Cyrillic) and
XLSX (xlsxwriter in constant-memory mode: it streams rows to the file, so 100,000 contacts
take neither minutes nor a gigabyte). One column per field; several values in one cell are
joined with "; " (what the import splits on again). Headers are the fields' labels in the
officer's language, which the import recognises."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from liaison.i18n import translate


@dataclass(frozen=True)
class Column:
    label: str  # marked under "Fields"
    value: Callable[[dict[str, Any]], Any]
    width: int = 20

    def header(self) -> str:
        return translate("Fields", self.label)


def cell(value: Any) -> Any:
    """A value as one cell: lists joined, text kept as text, dates as dates."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return translate("Cli", "yes") if value else translate("Cli", "no")
    return value


def write_csv(path: Path, columns: Sequence[Column], records: Iterable[dict[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.header() for c in columns])
        for record in records:
            row = []
            for column in columns:
                value = cell(column.value(record))
                row.append(value.isoformat() if isinstance(value, (date, datetime)) else value)
            writer.writerow(row)
            count += 1
    return count


def write_xlsx(path: Path, sheet: str, columns: Sequence[Column], records: Iterable[dict[str, Any]]) -> int:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "strings_to_formulas": False,
        },
    )
    try:
        worksheet = workbook.add_worksheet(sheet[:31])
        bold = workbook.add_format({"bold": True})
        dates = workbook.add_format({"num_format": "yyyy-mm-dd"})
        for index, column in enumerate(columns):
            worksheet.set_column(index, index, column.width)
            worksheet.write_string(0, index, column.header(), bold)
        worksheet.freeze_panes(1, 0)
        count = 0
        getters = [(index, column.value) for index, column in enumerate(columns)]
        write_string = worksheet.write_string
        for row, record in enumerate(records, start=1):
            for index, getter in getters:
                value = getter(record)
                if type(value) is str:  # most cells: text as it is
                    if value:
                        write_string(row, index, value)
                    continue
                value = cell(value)
                if isinstance(value, (date, datetime)):
                    worksheet.write_datetime(row, index, value, dates)
                elif isinstance(value, (int, float)):
                    worksheet.write_number(row, index, value)
                elif value != "":
                    write_string(row, index, str(value))
            count += 1
        if count:
            worksheet.autofilter(0, 0, count, len(columns) - 1)
    finally:
        workbook.close()
    return count
