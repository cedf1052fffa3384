"""What the command line prints: JSON for scripts, aligned tables and ``Label: value`` for people.

Human output uses the field labels (translated under ``"Fields"``) and shows referenced records
by their title; JSON output is the stored record made JSON-safe (dates as ISO text, photos as
``true``/``false``) with references left as ids, so that scripts can feed them back.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP, Context, current_language, translate
from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES, EntitySpec
from liaison.services.fields import Field, Kind, international_phone, language_name
from liaison.services.vocabulary import vocabulary
from liaison.store.reference import STATES

CONTEXT = "Cli"

# Names as officers write them: if the stream cannot encode these, it is switched to UTF-8.
_SAMPLE = "Омуралиев Işık Әлібек Ğ “”…"

YES = QT_TRANSLATE_NOOP("Cli", "yes")
NO = QT_TRANSLATE_NOOP("Cli", "no")


def tr(source: str) -> str:
    """Translate a string marked ``QT_TRANSLATE_NOOP("Cli", ...)``."""
    return translate(CONTEXT, source)


class Cli(Context):
    """The "Cli" context for counts: ``Cli.tr("… %n record(s) …", None, count)`` (plural forms)."""


class CliError(KnownError):
    """A mistake only the command line can make (a missing file, a refused command)."""

    def message(self, *, english: bool = False) -> str:
        text = self.template if english else tr(self.template)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


def ensure_utf8(stream: TextIO) -> None:
    """Switch ``stream`` to UTF-8 when its encoding cannot write Cyrillic or Turkish names
    (a C or Latin-1 locale, ``PYTHONIOENCODING=ascii``); leave it alone otherwise."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        _SAMPLE.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text + "\n")


def error_lines(message: str) -> None:
    """``liaison: error: <message>`` on stderr, one line per line of the message."""
    for line in message.splitlines() or [""]:
        err(f"liaison: error: {line}")


# -- JSON -------------------------------------------------------------------------------------
def json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return True  # a photo is there; its bytes are not for the terminal
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    return value


def json_record(spec: EntitySpec, record: Mapping[str, Any]) -> dict[str, Any]:
    result = {"id": record.get("id")}  # first, for people reading the JSON
    result.update((key, json_value(value)) for key, value in record.items())
    for f in spec.fields:
        if f.kind is Kind.IMAGE and f.name in result:
            result[f.name] = bool(record[f.name])
    return result


def print_json(data: Any) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=2))


# -- human output -----------------------------------------------------------------------------
class Titles:
    """Titles of referenced records, looked up once each."""

    def __init__(self, app: Liaison) -> None:
        self.app = app
        self._cache: dict[tuple[str, str], str | None] = {}

    def of(self, entity: str, record_id: str) -> str | None:
        key = (entity, record_id)
        if key not in self._cache:
            try:
                record = self.app.entity(entity).get(record_id, include_deleted=True)
            except KnownError:
                self._cache[key] = None
            else:
                self._cache[key] = ENTITIES[entity].title(record) or None
        return self._cache[key]


STATE_NAMES = {code: name for code, name, _status in STATES}


def display(f: Field, value: Any, titles: Titles, *, with_id: bool = True, entity: str = "") -> str:
    """One field's value as a person reads it ("" when empty), as the window shows it: choices
    by their translated labels, phone numbers in international format, languages by name."""
    if value is None or (isinstance(value, str | list) and not value):
        return ""
    if f.kind in (Kind.CHOICE, Kind.VISIBILITY):
        return translate("Choices", vocabulary(entity, f.name).get(str(value), str(value)))
    if f.kind is Kind.STATE:
        return translate("States", STATE_NAMES.get(str(value), str(value)))
    if f.kind is Kind.PHONES and isinstance(value, list):
        return ", ".join(international_phone(str(item)) for item in value)
    if f.kind is Kind.LANGUAGES and isinstance(value, list):
        return ", ".join(language_name(str(item), current_language()) for item in value)
    if f.kind is Kind.REF and f.ref is not None:
        title = titles.of(f.ref, str(value))
        if title is None:
            return str(value)
        return f"{title} [{value}]" if with_id else title
    if f.kind is Kind.BOOL:
        return tr(YES) if value else tr(NO)
    if f.kind is Kind.IMAGE:
        size = len(value) if isinstance(value, bytes) else 0
        return tr(QT_TRANSLATE_NOOP("Cli", "image, {size} KB")).format(size=max(1, round(size / 1024)))
    if isinstance(value, list):
        return ", ".join(str(json_value(item)) for item in value)
    return str(json_value(value))


def label(f: Field) -> str:
    return translate("Fields", f.label)


def print_record(spec: EntitySpec, record: Mapping[str, Any], titles: Titles) -> None:
    """``Label: value`` lines for the non-empty fields, the id first; long text is indented."""
    lines: list[tuple[str, str]] = [(tr(QT_TRANSLATE_NOOP("Cli", "Id")), str(record["id"]))]
    for f in spec.fields:
        if f.name in record:
            text = display(f, record[f.name], titles, entity=spec.name)
            if text:
                lines.append((label(f), text))
    if record.get("deleted"):
        lines.append((tr(QT_TRANSLATE_NOOP("Cli", "Deleted")), display_time(record.get("deleted_at"))))
    lines.append((tr(QT_TRANSLATE_NOOP("Cli", "Updated")), display_time(record.get("updated_at"))))
    for name, text in lines:
        first, *rest = text.split("\n")
        out(f"{name}: {first}")
        for line in rest:
            out(f"  {line}")


def display_time(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds") + " UTC"
    return "" if value is None else str(value)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())  # one line per row, whatever the notes hold
    return text if len(text) <= width else text[: width - 1] + "…"


def print_table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, widths: Sequence[int]) -> None:
    """An aligned table; cells are clipped to ``widths`` (0 = never clip)."""
    cells = [
        [_clip(cell, width) if width else cell for cell, width in zip(row, widths, strict=True)]
        for row in rows
    ]
    sizes = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    for row in [list(headers), ["-" * size for size in sizes], *cells]:
        out("  ".join(cell.ljust(size) for cell, size in zip(row, sizes, strict=True)).rstrip())
