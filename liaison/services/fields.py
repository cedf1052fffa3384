"""Field kinds and the validation every value passes before it reaches the store.

One declaration per field (see :mod:`liaison.services.entities`) drives validation, the command
line's options, the editors' widgets and the wire form sent to the Secretariat, so the rules live
in one place. Cleaning normalises as well as checks: text to NFC, phone numbers to E.164, country
and state codes to upper case, e-mail domains to lower case.
"""

from __future__ import annotations

import base64
import enum
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, cached_property
from typing import Any

import phonenumbers

from liaison.services.errors import FieldError
from liaison.services.errors import FieldMessages as M


class Kind(enum.Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # paragraphs: notes, minutes
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"
    REF = "ref"  # id of another record
    STATE = "state"  # OTS state code
    STATES = "states"
    COUNTRY = "country"  # ISO 3166 alpha-2
    EMAILS = "emails"
    PHONES = "phones"
    TAGS = "tags"
    LANGUAGES = "languages"
    IMAGE = "image"
    VISIBILITY = "visibility"


LIST_KINDS = frozenset({Kind.STATES, Kind.EMAILS, Kind.PHONES, Kind.TAGS, Kind.LANGUAGES})

# Control characters are refused: they are invisible, break exports and PDFs, and are never typed
# on purpose. Long text keeps tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_CONTROL_LONG = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")  # lone surrogates too
# E-mail: the WHATWG "valid e-mail address" grammar (what browsers accept), widened to Unicode
# letters for internationalised addresses. A regular expression rather than a library because
# bulk imports validate 100,000 addresses and this costs a microsecond, not twenty.
_EMAIL = re.compile(
    r"^[\w.!#$%&'*+/=?^`{|}~-]+@(?:[^\W_](?:[\w-]{0,61}[^\W_])?)(?:\.(?:[^\W_](?:[\w-]{0,61}[^\W_])?))+$"
)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$")
IMAGE_LIMIT_MB = 5
LIST_LIMIT = 50

# Region assumed for a phone number written without +CC, from the contact's state.
STATE_PHONE_REGION = {"TRNC": "TR", "OTS": "TR"}


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-2 codes known to the CLDR data babel ships."""
    from babel import Locale

    codes: Mapping[str, str] = Locale("en").territories
    return frozenset(code for code in codes if len(code) == 2 and code.isalpha())


@cache
def language_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").languages)


@dataclass(frozen=True)
class Field:
    """One editable field of an entity."""

    name: str
    label: str  # English, marked with QT_TRANSLATE_NOOP("Fields", ...)
    kind: Kind = Kind.TEXT
    required: bool = False
    max_length: int = 300
    choices: tuple[str, ...] = ()
    ref: str | None = None  # entity (table) name for Kind.REF
    low: int | None = None
    high: int | None = None
    default: Any = None
    help: str = ""

    def error(self, template: str, **params: Any) -> FieldError:
        return FieldError(self.name, self.label, template, **params)

    @cached_property
    def is_list(self) -> bool:
        return self.kind in LIST_KINDS

    def empty(self) -> Any:
        return [] if self.is_list else None

    def clean(self, value: Any, row: Mapping[str, Any]) -> Any:
        """The stored form of ``value``, or a :class:`FieldError` naming this field.

        ``row`` holds the record's other values (phone numbers use its state as their region).
        References are checked for existence later, against the database.
        """
        if value is None or (isinstance(value, str) and not value.strip() and self.kind != Kind.LONG_TEXT):
            value = self.empty()
        if self.is_list:
            items = _as_list(self, value)
            cleaned = _CLEAN_ITEM[self.kind](self, items, row)
            if self.required and not cleaned:
                raise self.error(M.REQUIRED)
            return cleaned
        if value is None or (self.kind == Kind.LONG_TEXT and value == ""):
            if self.required:
                raise self.error(M.REQUIRED)
            return None
        return _CLEAN[self.kind](self, value)


def _text(f: Field, value: Any, *, long: bool = False) -> str:
    if not isinstance(value, str):
        raise f.error(M.NOT_TEXT)
    text = unicodedata.normalize("NFC", value)
    text = text.replace("\r\n", "\n").replace("\r", "\n") if long else text.strip()
    bad = (_CONTROL_LONG if long else _CONTROL).search(text)
    if bad:
        raise f.error(M.CONTROL, position=bad.start() + 1)
    if len(text) > f.max_length:
        raise f.error(M.TOO_LONG, length=len(text), limit=f.max_length)
    if f.required and not text.strip():
        raise f.error(M.REQUIRED)
    return text


def _long_text(f: Field, value: Any) -> str:
    return _text(f, value, long=True)


def _int(f: Field, value: Any) -> int:
    if isinstance(value, bool):
        raise f.error(M.NOT_INTEGER, value=value)
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise f.error(M.NOT_INTEGER, value=value) from None
    if not isinstance(value, int):
        raise f.error(M.NOT_INTEGER, value=value)
    if (f.low is not None and value < f.low) or (f.high is not None and value > f.high):
        raise f.error(M.OUT_OF_RANGE, low=f.low, high=f.high)
    return value


_TRUE = {"1", "true", "yes", "y", "on"}
_FALSE = {"0", "false", "no", "n", "off"}


def _bool(f: Field, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise f.error(M.NOT_BOOL, value=value)


def _date(f: Field, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise f.error(M.NOT_DATE, value=value)


def _datetime(f: Field, value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise f.error(M.NOT_DATE, value=value)


def _choice(f: Field, value: Any) -> str:
    text = value.strip().lower().replace("-", "_").replace(" ", "_") if isinstance(value, str) else value
    if text not in f.choices:
        raise f.error(M.BAD_CHOICE, value=value, choices=", ".join(f.choices))
    return str(text)


def _ref(f: Field, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise f.error(M.UNKNOWN_REFERENCE, value=value)
    return value.strip()


def _country(f: Field, value: Any) -> str:
    code = value.strip().upper() if isinstance(value, str) else ""
    if code not in country_codes():
        raise f.error(M.BAD_COUNTRY, value=value)
    return code


@cache
def _state_codes() -> tuple[str, ...]:
    from liaison.store.reference import STATES

    return tuple(code for code, _name, _status in STATES)


def _state(f: Field, value: Any) -> str:
    codes = _state_codes()
    code = value.strip().upper() if isinstance(value, str) else ""
    if code not in codes:
        raise f.error(M.BAD_STATE, value=value, choices=", ".join(codes))
    return code


def _visibility(f: Field, value: Any) -> str:
    from liaison.store.base import VISIBILITIES

    text = value.strip().lower() if isinstance(value, str) else value
    if text not in VISIBILITIES:
        raise f.error(M.BAD_CHOICE, value=value, choices=", ".join(VISIBILITIES))
    return str(text)


_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


def _image(f: Field, value: Any) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.b64decode(value, validate=True)
        except ValueError:
            raise f.error(M.BAD_IMAGE, limit=IMAGE_LIMIT_MB) from None
    if not isinstance(value, bytes) or not (value.startswith(_PNG) or value.startswith(_JPEG)):
        raise f.error(M.BAD_IMAGE, limit=IMAGE_LIMIT_MB)
    if len(value) > IMAGE_LIMIT_MB * 1024 * 1024:
        raise f.error(M.BAD_IMAGE, limit=IMAGE_LIMIT_MB)
    return value


_CLEAN: dict[Kind, Callable[[Field, Any], Any]] = {
    Kind.TEXT: _text,
    Kind.LONG_TEXT: _long_text,
    Kind.INT: _int,
    Kind.BOOL: _bool,
    Kind.DATE: _date,
    Kind.DATETIME: _datetime,
    Kind.CHOICE: _choice,
    Kind.REF: _ref,
    Kind.COUNTRY: _country,
    Kind.STATE: _state,
    Kind.VISIBILITY: _visibility,
    Kind.IMAGE: _image,
}


def _as_list(f: Field, value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str):
        # "a@x.kz; b@y.kz" typed in one box is a list too
        return [part for part in re.split(r"[;,\n]", value) if part.strip()]
    if isinstance(value, Sequence):
        items = list(value)
        if len(items) > LIST_LIMIT:
            raise f.error(M.TOO_MANY, limit=LIST_LIMIT)
        return items
    raise f.error(M.NOT_A_LIST)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def clean_email(f: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise f.error(M.BAD_EMAIL, value=value)
    text = unicodedata.normalize("NFC", value.strip())
    if len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        raise f.error(M.BAD_EMAIL, value=value)
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def clean_phone(f: Field, value: Any, region: str | None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise f.error(M.BAD_PHONE, value=value)
    text = value.strip()
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        raise f.error(M.BAD_PHONE, value=value) from None
    if not phonenumbers.is_valid_number(number):
        raise f.error(M.BAD_PHONE, value=value)
    result = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    if number.extension:
        result += f";ext={number.extension}"
    return result


def international_phone(stored: str) -> str:
    """A stored (E.164) number as people write it across borders: "+996 312 62 45 00"."""
    text, _, extension = stored.partition(";ext=")
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return stored
    shown = str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    return f"{shown} ext. {extension}" if extension else shown


def language_name(code: str, language: str) -> str:
    """A language's name in ``language`` ("tr" → "Turkish", "турецкий", "Türkçe"), else the code."""
    from babel import Locale, UnknownLocaleError

    from liaison.i18n import babel_locale

    try:
        names: Mapping[str, str] = Locale.parse(babel_locale(language)).languages
    except (UnknownLocaleError, ValueError):
        return code
    return names.get(code) or names.get(code.split("-", maxsplit=1)[0]) or code


def _emails(f: Field, items: list[Any], row: Mapping[str, Any]) -> list[str]:
    return _unique([clean_email(f, item) for item in items])


def _phones(f: Field, items: list[Any], row: Mapping[str, Any]) -> list[str]:
    state = row.get("state_code")
    region = STATE_PHONE_REGION.get(state, state) if isinstance(state, str) else None
    return _unique([clean_phone(f, item, region) for item in items])


@cache
def _tag_field(name: str, label: str) -> Field:
    return Field(name, label, Kind.TEXT, max_length=60)


def _tags(f: Field, items: list[Any], row: Mapping[str, Any]) -> list[str]:
    tag_field = _tag_field(f.name, f.label)
    return _unique([t for t in (tag_field.clean(item, row) for item in items) if t])


def _states(f: Field, items: list[Any], row: Mapping[str, Any]) -> list[str]:
    return _unique([_state(f, item) for item in items])


def _languages(f: Field, items: list[Any], row: Mapping[str, Any]) -> list[str]:
    out = []
    for item in items:
        code = item.strip() if isinstance(item, str) else ""
        base = code.split("-")[0].lower()
        if not _LANGUAGE.match(code[:1].lower() + code[1:]) or base not in language_codes():
            raise f.error(M.BAD_LANGUAGE, value=item)
        out.append(base + code[len(base) :])
    return _unique(out)


_CLEAN_ITEM: dict[Kind, Callable[[Field, list[Any], Mapping[str, Any]], list[str]]] = {
    Kind.EMAILS: _emails,
    Kind.PHONES: _phones,
    Kind.TAGS: _tags,
    Kind.STATES: _states,
    Kind.LANGUAGES: _languages,
}


def to_wire(value: Any) -> Any:
    """The JSON form of a stored value (dates as ISO text, images as base64)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return [to_wire(item) for item in value]
    return value


@dataclass(frozen=True)
class FieldSet:
    """The ordered fields of an entity, by name."""

    fields: tuple[Field, ...]
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
