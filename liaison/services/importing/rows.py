"""A row of a file as the values of a contact: names joined, lists split, state and phone
numbers read as the record reads them, every wrong cell reported with its column."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from liaison.i18n import translate
from liaison.services.entities import CONTACTS
from liaison.services.errors import FieldError, ValidationError
from liaison.services.fields import STATE_PHONE_REGION, clean_phone
from liaison.services.importing.columns import state_code

_LIST_SPLIT = re.compile(r"\s*:::\s*|[;,\n]")  # Google joins several values with " ::: "
_PHONE_SPLIT = re.compile(r"\s*:::\s*|[;,\n]|\s+/\s+")
_PHONES = CONTACTS.field("phones")


@dataclass
class RowIssue:
    """One wrong cell: the row as the officer sees it, the column's header, the field, why."""

    row: int
    column: str
    field: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "field": self.field, "message": self.message}


@dataclass
class SourceRow:
    """A row's values for the contact (``values``, as given, before cleaning) and the rest."""

    number: int
    cells: list[Any]
    values: dict[str, Any] = field(default_factory=dict)
    institution: str = ""
    state: str | None = None
    source_id: str = ""
    role: str = ""
    delegation: str = ""
    issues: list[RowIssue] = field(default_factory=list)

    def source_key(self) -> str:
        """What identifies this row's source on a re-import: its id, else its cells."""
        if self.source_id:
            return "id:" + self.source_id[:110]
        content = "\x1f".join(c if type(c) is str else repr(c) for c in self.cells)
        return "row:" + hashlib.sha1(content.encode("utf-8", "surrogatepass")).hexdigest()


def _text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    return str(value).strip()


def _items(values: Sequence[Any], splitter: re.Pattern[str] = _LIST_SPLIT) -> list[str]:
    out: list[str] = []
    for value in values:
        if isinstance(value, list):
            out.extend(str(v).strip() for v in value if str(v).strip())
        else:
            out.extend(part.strip() for part in splitter.split(_text(value)) if part.strip())
    return out


def build_row(
    number: int, cells: list[Any], columns: Mapping[str, list[int]], headers: Sequence[str]
) -> SourceRow:
    """``columns``: target -> the indexes of the columns mapped to it."""

    def first(target: str) -> str:
        for index in columns.get(target, ()):
            text = _text(cells[index])
            if text:
                return text
        return ""

    def every(target: str) -> list[Any]:
        return [cells[i] for i in columns.get(target, ()) if cells[i] not in ("", None, [])]

    row = SourceRow(number, cells)
    name = first("name")
    if not name:
        name = " ".join(p for p in (first("first_name"), first("middle_name"), first("last_name")) if p)
    values: dict[str, Any] = {"name": name}
    for target in ("latin_name", "honorific", "position"):
        text = first(target)
        if text:
            values[target] = text
    notes = "\n".join(_text(v) for v in every("notes"))
    if notes:
        values["notes"] = notes
    for target, splitter in (("emails", _LIST_SPLIT), ("phones", _PHONE_SPLIT), ("languages", _LIST_SPLIT)):
        items = _items(every(target), splitter)
        if items:
            values[target] = items
    tags = [
        t.removeprefix("* ")
        for t in _items(every("tags"))
        if t.lower() not in ("* mycontacts", "* my contacts")
    ]
    if tags:
        values["tags"] = tags
    photos = every("photo")
    if photos:
        photo = photos[0]
        if isinstance(photo, bytes) or (isinstance(photo, str) and not photo.startswith(("http:", "https:"))):
            values["photo"] = photo
    row.values = values
    row.institution = first("institution")
    state = first("state") or first("delegation")
    row.state = state_code(state) if state else None
    row.source_id = first("source_id").removeprefix("urn:uuid:")
    row.role = first("role")
    row.delegation = first("delegation")
    return row


def column_of(field_name: str, columns: Mapping[str, list[int]], headers: Sequence[str]) -> str:
    """The header of the column a field's value came from (for the officer's error list)."""
    targets = {
        "name": ("name", "first_name", "last_name"),
        "state_code": ("state", "delegation"),
        "institution_id": ("institution",),
    }.get(field_name, (field_name,))
    for target in targets:
        if columns.get(target):
            return headers[columns[target][0]]
    return ""


def clean_row(
    row: SourceRow,
    region_state: str | None,
    clean: Any,
    columns: Mapping[str, list[int]],
    headers: Sequence[str],
) -> dict[str, Any] | None:
    """The row's values cleaned as the record cleans them, or ``None`` with ``row.issues`` set.
    Phone numbers without +CC are read in the numbering plan of ``region_state``."""
    values = dict(row.values)
    errors: list[FieldError] = []
    if row.state:
        values["state_code"] = row.state
    if "phones" in values:
        region = STATE_PHONE_REGION.get(region_state or "", region_state) if region_state else None
        phones = []
        for item in values["phones"]:
            try:
                phones.append(clean_phone(_PHONES, item, region))
            except FieldError as error:
                # a spreadsheet stores "+905321112233" as the number 905321112233: its + is lost
                digits = str(item).strip()
                if digits.isdigit() and len(digits) >= 10:
                    try:
                        phones.append(clean_phone(_PHONES, "+" + digits, None))
                        continue
                    except FieldError:
                        pass
                errors.append(error)
        values["phones"] = list(dict.fromkeys(phones))
    if isinstance(values.get("photo"), str):
        with contextlib.suppress(ValueError):  # else the field reports it
            values["photo"] = base64.b64decode(re.sub(r"\s", "", values["photo"]), validate=True)
    try:
        cleaned: dict[str, Any] = clean(values)
    except ValidationError as invalid:
        errors.extend(invalid.errors)
        cleaned = {}
    if errors:
        for wrong in errors:
            row.issues.append(
                RowIssue(row.number, column_of(wrong.field, columns, headers), wrong.field, wrong.message())
            )
        return None
    return cleaned


def label(target: str) -> str:
    from liaison.services.importing.columns import TARGETS

    return translate("Import", TARGETS.get(target, target))
