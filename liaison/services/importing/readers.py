"""Read a file to import into a table of text: CSV, XLSX/XLS/ODS and vCard.

Spreadsheets are read with python-calamine (Rust's calamine): one library for XLSX, XLS and
ODS, several times faster than openpyxl's read-only mode on large sheets (the import of 100,000
rows must stay within twice the time of reading them), and it reports merged cells. Numbers
stored as numbers come back as floats; a whole one is written without ``.0`` (a phone number
``77010000003`` stays that), dates as ISO dates.

The header is the first of the top rows that names at least two known columns, else the first
that is about as full as the fullest: title rows and blank rows above it are skipped, blank rows
anywhere are dropped, and every row keeps its number as the officer sees it in the spreadsheet.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from liaison.services.importing import vcard
from liaison.services.importing.encoding import CHOICES, REASON_CHOSEN, EncodingGuess, guess_encoding
from liaison.services.importing.errors import (
    BAD_ENCODING,
    NO_HEADER,
    NO_SHEET,
    NOT_FOUND,
    NOT_TEXT,
    NOT_VCARD,
    NOT_WORKBOOK,
    UNKNOWN_ENCODING,
    ImportFileError,
)

SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
VCARDS = (".vcf", ".vcard")
_DELIMITERS = ",;\t|"
_HEADER_SEARCH = 30

VCARD_HEADERS = (
    "FN",
    "FN (Latin)",
    "N",
    "EMAIL",
    "TEL",
    "ORG",
    "TITLE",
    "NOTE",
    "CATEGORIES",
    "PHOTO",
    "UID",
    "LANG",
)
VCARD_MAPPING = {
    "FN": "name",
    "FN (Latin)": "latin_name",
    "N": "ignore",
    "EMAIL": "emails",
    "TEL": "phones",
    "ORG": "institution",
    "TITLE": "position",
    "NOTE": "notes",
    "CATEGORIES": "tags",
    "PHOTO": "photo",
    "UID": "source_id",
    "LANG": "languages",
}


@dataclass
class SourceTable:
    """What a file holds, as the officer sees it: headers, rows and their numbers."""

    path: Path
    format: str  # "csv", "spreadsheet", "vcard"
    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    header_row: int = 0  # 1-based; 0 for vCards
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    encoding: EncodingGuess | None = None
    delimiter: str | None = None
    fixed_mapping: dict[str, str] | None = None  # vCards: the columns are known
    complete: bool = True  # False when read with a row limit that cut it short


def read_source(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    limit: int | None = None,
    recognise: Callable[[list[str]], int] | None = None,
) -> SourceTable:
    """Read ``path``; ``limit`` stops after that many data rows (the preview)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data_head = handle.read(8)
    except FileNotFoundError:
        raise ImportFileError(NOT_FOUND, path=str(path)) from None
    except OSError as error:
        raise ImportFileError(path=str(path), reason=error.strerror or str(error)) from None
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS or (
        suffix not in VCARDS and data_head.startswith((b"PK\x03\x04", b"\xd0\xcf"))
    ):
        return _read_spreadsheet(path, sheet, limit, recognise)
    data = path.read_bytes()
    guess = _encoding(path, data, encoding)
    if suffix in VCARDS or data[:200].lstrip(b"\xef\xbb\xbf \r\n").upper().startswith(b"BEGIN:VCARD"):
        return _read_vcards(path, data, guess, limit)
    return _read_csv(path, data, guess, limit, recognise)


def _encoding(path: Path, data: bytes, chosen: str | None) -> EncodingGuess:
    if chosen:
        try:
            name = __import__("codecs").lookup(chosen).name
        except LookupError:
            raise ImportFileError(UNKNOWN_ENCODING, encoding=chosen) from None
        return EncodingGuess(name, REASON_CHOSEN)
    guess = guess_encoding(data)
    if guess.encoding == "utf-8" and not data.isascii() and b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark: every other byte of ASCII text is zero
        zeros_odd = data[1:4096:2].count(0)
        zeros_even = data[0:4096:2].count(0)
        if max(zeros_odd, zeros_even) > len(data[:4096]) // 4:
            return EncodingGuess("utf-16-le" if zeros_odd > zeros_even else "utf-16-be", guess.reason)
    return guess


def _decode(path: Path, data: bytes, guess: EncodingGuess) -> str:
    try:
        text = data.decode(guess.encoding)
    except UnicodeDecodeError:
        raise ImportFileError(BAD_ENCODING, path=str(path), encoding=guess.encoding) from None
    if "\x00" in text:
        raise ImportFileError(NOT_TEXT, path=str(path))
    return text.removeprefix("\ufeff")


# -- CSV ------------------------------------------------------------------------------------
def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, and most regular, fields."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        if not counts:
            continue
        widest = max(counts)
        if widest < 2:
            continue
        regular = sum(1 for c in counts if c == widest)
        score = (regular, widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(
    path: Path,
    data: bytes,
    guess: EncodingGuess,
    limit: int | None,
    recognise: Callable[[list[str]], int] | None,
) -> SourceTable:
    if b"\x00" in data[:4096] and not guess.encoding.startswith("utf-16"):
        raise ImportFileError(NOT_TEXT, path=str(path))
    text = _decode(path, data, guess)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered: list[tuple[int, list[str]]] = []
    line = 0
    header_at: int | None = None
    complete = True
    try:
        for row in reader:
            start = line + 1
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            numbered.append((start, row))
            if header_at is None and len(numbered) >= _HEADER_SEARCH:
                header_at = _find_header([r for _, r in numbered], recognise)
            if limit is not None and header_at is not None and len(numbered) > header_at + 1 + limit:
                complete = False
                numbered.pop()
                break
    except csv.Error as error:
        raise ImportFileError(path=str(path), reason=str(error)) from None
    return _table(
        path,
        "csv",
        numbered,
        recognise,
        header_at,
        limit,
        encoding=guess,
        delimiter=delimiter,
        complete=complete,
    )


def _find_header(rows: list[list[Any]], recognise: Callable[[list[str]], int] | None) -> int:
    top = rows[:_HEADER_SEARCH]
    if not top:
        return 0
    if recognise is not None:
        for i, row in enumerate(top):
            if recognise([str(c) for c in row]) >= 2:
                return i
    fullest = max(sum(1 for c in row if c not in ("", None)) for row in top)
    for i, row in enumerate(top):
        if sum(1 for c in row if c not in ("", None)) >= max(2, math.ceil(fullest * 0.6)):
            return i
    return 0


def _table(
    path: Path,
    kind: str,
    numbered: list[tuple[int, list[Any]]],
    recognise: Callable[[list[str]], int] | None,
    header_at: int | None,
    limit: int | None,
    **extra: Any,
) -> SourceTable:
    if not numbered:
        raise ImportFileError(NO_HEADER, path=str(path))
    if header_at is None:
        header_at = _find_header([r for _, r in numbered], recognise)
    header_row, header = numbered[header_at]
    body = numbered[header_at + 1 :]
    if limit is not None and len(body) > limit:
        body = body[:limit]
        extra["complete"] = False
    width = max([len(header), *(len(r) for _, r in body)]) if body else len(header)
    headers = [str(h).strip() if h not in (None, "") else f"#{i + 1}" for i, h in enumerate(header)]
    headers += [f"#{i + 1}" for i in range(len(headers), width)]
    rows = [r + [""] * (width - len(r)) for _, r in body]
    return SourceTable(path, kind, headers, rows, [n for n, _ in body], header_row, **extra)


# -- spreadsheets ---------------------------------------------------------------------------
def cell_text(value: Any) -> Any:
    """A spreadsheet cell as text (dates stay dates): ``77010000003.0`` is ``77010000003``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, (date, time)):
        return value
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _read_spreadsheet(
    path: Path, sheet: str | None, limit: int | None, recognise: Callable[[list[str]], int] | None
) -> SourceTable:
    if limit is not None and path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx_head(path, sheet, limit, recognise)
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, zipfile.BadZipFile, OSError, ValueError) as error:
        raise ImportFileError(NOT_WORKBOOK, path=str(path), detail=_short(error)) from None
    except Exception as error:  # calamine raises its own kinds for each broken part
        raise ImportFileError(NOT_WORKBOOK, path=str(path), detail=_short(error)) from None
    try:
        names = list(workbook.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFileError(NO_SHEET, path=str(path), sheet=sheet, sheets=", ".join(names))
        data = None
        for name in [sheet] if sheet is not None else names:  # by default the first with data
            data = workbook.get_sheet_by_name(name)
            chosen = name
            if data.height > 0:
                break
        if data is None:
            raise ImportFileError(NO_HEADER, path=str(path))
        cells: list[list[Any]] = data.to_python()
        merged = data.merged_cell_ranges or []
        top, left = data.start or (0, 0)
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError(NOT_WORKBOOK, path=str(path), detail=_short(error)) from None
    finally:
        workbook.close()
    _fill_merged(cells, merged, top, left)
    numbered: list[tuple[int, list[Any]]] = []
    header_at: int | None = None
    complete = True
    for i, row in enumerate(cells):
        values = [cell_text(v) for v in row]
        if not any(v != "" for v in values):
            continue
        numbered.append((top + i + 1, values))
        if header_at is None and len(numbered) >= _HEADER_SEARCH:
            header_at = _find_header([r for _, r in numbered], recognise)
        if limit is not None and header_at is not None and len(numbered) > header_at + 1 + limit:
            numbered.pop()
            complete = False
            break
    return _table(
        path,
        "spreadsheet",
        numbered,
        recognise,
        header_at,
        limit,
        sheets=names,
        sheet=chosen,
        complete=complete,
    )


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1


def _read_xlsx_head(
    path: Path, sheet: str | None, limit: int, recognise: Callable[[list[str]], int] | None
) -> SourceTable:
    """The first rows of an XLSX sheet, streamed with openpyxl's read-only mode: calamine reads
    a whole sheet before giving a row (seconds for 100,000 rows), the preview wants 200 now.
    The merged ranges sit after the rows in the sheet's XML and are found there directly."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise ImportFileError(NOT_WORKBOOK, path=str(path), detail=_short(error)) from None
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise ImportFileError(NO_SHEET, path=str(path), sheet=sheet, sheets=", ".join(names))
        cells: list[list[Any]] = []
        chosen = names[0] if names else None
        cut = False
        for name in [sheet] if sheet is not None else names:
            chosen = name
            worksheet = workbook[name]
            cells = []
            for row in worksheet.iter_rows(values_only=True):
                cells.append(list(row))
                if len(cells) > limit + _HEADER_SEARCH + 1:
                    cut = True
                    break
            if any(any(v not in (None, "") for v in row) for row in cells):
                break
        member = getattr(workbook[chosen], "_worksheet_path", None) if chosen else None
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError(NOT_WORKBOOK, path=str(path), detail=_short(error)) from None
    finally:
        workbook.close()
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = []
    if member:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(member)
        tail = xml[xml.rfind(b"</sheetData>") :]
        for c1, r1, c2, r2 in _MERGE.findall(tail):
            merged.append(((int(r1) - 1, _column_index(c1)), (int(r2) - 1, _column_index(c2))))
    width = max((len(r) for r in cells), default=0)
    cells = [r + [None] * (width - len(r)) for r in cells]
    _fill_merged(cells, merged, 0, 0)
    numbered: list[tuple[int, list[Any]]] = []
    for i, row in enumerate(cells):
        values = [cell_text(v) for v in row]
        if any(v != "" for v in values):
            numbered.append((i + 1, values))
    return _table(
        path, "spreadsheet", numbered, recognise, None, limit, sheets=names, sheet=chosen, complete=not cut
    )


def _fill_merged(
    cells: list[list[Any]], merged: list[tuple[tuple[int, int], tuple[int, int]]], top: int, left: int
) -> None:
    """A cell merged down several rows (a delegation beside its members) belongs to each of
    them; a title merged across columns stays one cell."""
    for (first_row, first_col), (last_row, last_col) in merged:
        r1, r2, c1, c2 = first_row - top, last_row - top, first_col - left, last_col - left
        if r2 <= r1 or not (0 <= r1 < len(cells)) or c1 < 0:
            continue
        value = cells[r1][c1] if c1 < len(cells[r1]) else None
        for r in range(r1, min(r2, len(cells) - 1) + 1):
            for c in range(c1, min(c2, len(cells[r]) - 1) + 1):
                if cells[r][c] in ("", None):
                    cells[r][c] = value


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


# -- vCards ---------------------------------------------------------------------------------
def _read_vcards(path: Path, data: bytes, guess: EncodingGuess, limit: int | None) -> SourceTable:
    encoding = guess.encoding if guess.encoding in CHOICES or guess.encoding.startswith("utf") else "utf-8"
    if guess.encoding.startswith("utf-16"):
        data = _decode(path, data, guess).encode("utf-8")
        encoding = "utf-8"
    cards = vcard.parse_vcards(data, encoding)
    if not cards:
        raise ImportFileError(NOT_VCARD, path=str(path))
    complete = limit is None or len(cards) <= limit
    if limit is not None:
        cards = cards[:limit]
    rows = [card_row(card) for card in cards]
    return SourceTable(
        path,
        "vcard",
        list(VCARD_HEADERS),
        rows,
        [card.line for card in cards],
        0,
        encoding=guess,
        fixed_mapping=dict(VCARD_MAPPING),
        complete=complete,
    )


def _is_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ord(ch) < 0x0370 or 0x1E00 <= ord(ch) < 0x1F00 for ch in letters)


def card_row(card: vcard.Card) -> list[Any]:
    """One card as a row under :data:`VCARD_HEADERS`."""
    names = card.all("FN")
    name, latin = "", ""
    altid = [p for p in names if p.param("ALTID")]
    if altid:
        group = [p for p in names if p.param("ALTID") == altid[0].param("ALTID")]
        latins = [vcard.unescape(p.value) for p in group if _is_latin(p.value)]
        others = [vcard.unescape(p.value) for p in group if not _is_latin(p.value)]
        name = (others or latins)[0]
        latin = latins[0] if others and latins else ""
    elif names:
        name = vcard.unescape(names[0].value)
    n = card.first("N")
    structured = ""
    if n is not None:
        parts = [*vcard.split_structured(n.value), "", "", "", "", ""]
        family, given, middle, prefix = parts[0], parts[1], parts[2], parts[3]
        structured = " ".join(p for p in (prefix, given, middle, family) if p.strip())
        if not name:
            name = " ".join(p for p in (given, middle, family) if p.strip())
    emails = [p.value.strip() for p in card.all("EMAIL") if p.value.strip()]
    phones = [p.value.strip().removeprefix("tel:") for p in card.all("TEL") if p.value.strip()]
    org = card.first("ORG")
    institution = vcard.split_structured(org.value)[0] if org is not None else ""
    title = card.first("TITLE")
    notes = "\n".join(vcard.unescape(p.value) for p in card.all("NOTE"))
    tags = [
        t.strip() for p in card.all("CATEGORIES") for t in vcard.split_structured(p.value, ",") if t.strip()
    ]
    photo: Any = ""
    found = card.first("PHOTO")
    if found is not None:
        if found.raw and not found.value:  # ENCODING=b / BASE64
            photo = found.raw
        elif found.value.startswith("data:") and ";base64," in found.value:
            photo = found.value.partition(";base64,")[2].strip()
    uid = card.first("UID")
    languages = [p.value.strip() for p in card.all("LANG") if p.value.strip()]
    return [
        name.strip(),
        latin.strip(),
        structured,
        emails,
        phones,
        institution.strip(),
        vcard.unescape(title.value).strip() if title is not None else "",
        notes.strip(),
        tags,
        photo,
        uid.value.strip() if uid is not None else "",
        languages,
    ]
