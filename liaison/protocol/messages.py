"""The wire messages as TypedDicts, and decoders that validate what arrives.

Every ``decode_*`` takes parsed JSON (``Any``), checks types, lengths, UUID shape and entity and
field names, and returns the typed message, or raises :class:`ProtocolError` naming the field by
its path (``changes[2].fields.notes``). The server decodes requests with them (→ 400, never 500);
the client decodes the server's answers with them (→ a clear error instead of a ``KeyError``).
Unknown keys in an object are ignored (a newer peer may add some); unknown entities, fields,
ops, statuses and kinds are refused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from liaison.protocol import constants as c
from liaison.protocol.entities import ENTITY_FIELDS, WireType
from liaison.protocol.errors import ProtocolError

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$", re.ASCII
)
_MAX_SEQ = 2**62


# ---------------------------------------------------------------------------------------------
# Messages


class InstitutionInfo(TypedDict):
    id: str
    name: str
    state: str


class LoginRequest(TypedDict):
    username: str
    password: str
    device_name: str


class LoginResponse(TypedDict):
    token: str
    device_id: str
    user: str  # the username
    institution: InstitutionInfo


class StatusResponse(TypedDict):
    server_seq: int
    user: str
    institution: InstitutionInfo
    protocol: int
    epoch: NotRequired[str]  # the server's epoch (a server of an earlier release has none)
    epoch_seq: NotRequired[int]  # the sequence number it began at


class Change(TypedDict):
    change_id: str
    entity: str
    record_id: str
    op: str  # create | update | delete
    base_rev: int
    fields: dict[str, Any]
    visibility: str | None  # None on update/delete: unchanged
    owner_institution_id: str | None  # informative only: the server decides the owner
    merged_into: NotRequired[str | None]  # a delete of a contact merged into this one


class PushRequest(TypedDict):
    changes: list[Change]


class Record(TypedDict):
    entity: str
    id: str
    rev: int
    deleted: bool
    visibility: str
    owner_institution_id: str | None
    fields: dict[str, Any]
    hidden: NotRequired[bool]  # True: deleted *for this user* (it left their sight), not on the server
    merged_into: NotRequired[str]  # deleted because merged into this record (references move there)


class FieldConflict(TypedDict):
    base: Any
    server: Any
    client: Any


class Conflict(TypedDict):
    id: str
    entity: str
    record_id: str
    rev: int
    kind: str  # field | edit_delete | rejected
    fields: dict[str, FieldConflict]
    change_id: str
    author: str
    created_at: str
    resolved: bool


class Result(TypedDict):
    change_id: str
    status: str  # applied | merged | conflict | rejected
    rev: int
    record: Record | None
    conflict: Conflict | None
    message: str | None


class PushResponse(TypedDict):
    results: list[Result]
    server_seq: int
    max_changes: NotRequired[int]  # the changes a push may hold (a server of an earlier release: 500)
    echo: NotRequired[str]  # the pushing sync's Liaison-Echo: its pull may leave out what was told


class ChangesResponse(TypedDict):
    records: list[Record]
    conflicts: list[Conflict]
    next_after: int
    has_more: bool
    server_seq: int


class ErrorBody(TypedDict):
    error: str
    message: str
    field: NotRequired[str]


def error_body(code: str, message: str, field: str | None = None) -> ErrorBody:
    body: ErrorBody = {"error": code, "message": message}
    if field is not None:
        body["field"] = field
    return body


# ---------------------------------------------------------------------------------------------
# Primitive checks


def _object(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ProtocolError("must be a JSON object", field=path)
    return value


def _get(obj: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in obj:
        raise ProtocolError("is missing", field=_join(path, key))
    return obj[key]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _str(value: Any, path: str, *, max_chars: int = c.MAX_NAME_CHARS, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise ProtocolError("must be a string", field=path)
    if not empty and not value:
        raise ProtocolError("must not be empty", field=path)
    if len(value) > max_chars:
        raise ProtocolError(f"is longer than {max_chars} characters", field=path)
    if "\x00" in value:
        raise ProtocolError("must not contain NUL characters", field=path)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ProtocolError("must be valid Unicode (no lone surrogates)", field=path) from None
    return value


def _int(value: Any, path: str, *, low: int = 0, high: int = _MAX_SEQ) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError("must be an integer", field=path)
    if not low <= value <= high:
        raise ProtocolError(f"must be between {low} and {high}", field=path)
    return value


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise ProtocolError("must be true or false", field=path)
    return value


def _uuid(value: Any, path: str) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise ProtocolError("must be a UUID in lower-case text form", field=path)
    return value


def _optional_uuid(value: Any, path: str) -> str | None:
    return None if value is None else _uuid(value, path)


def _choice(value: Any, path: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ProtocolError(f"must be one of {', '.join(choices)}", field=path)
    return value


def _list(value: Any, path: str, *, max_items: int) -> list[Any]:
    if not isinstance(value, list):
        raise ProtocolError("must be a list", field=path)
    if len(value) > max_items:
        raise ProtocolError(f"has more than {max_items} items", field=path)
    return value


def is_uuid(value: Any) -> bool:
    """Whether ``value`` is a UUID in the canonical lower-case text form records use."""
    return isinstance(value, str) and bool(_UUID.match(value))


def entity(value: Any, path: str = "entity") -> str:
    """A known entity key."""
    if not isinstance(value, str) or value not in ENTITY_FIELDS:
        raise ProtocolError("is not a known entity", field=path)
    return value


def field_value(kind: WireType, value: Any, path: str) -> Any:
    """Check one field value against its wire type (``None`` always passes)."""
    if value is None:
        return None
    if kind in ("text", "long_text"):
        return _str(value, path, max_chars=c.MAX_TEXT_CHARS, empty=True)
    if kind == "image":
        return _str(value, path, max_chars=c.MAX_IMAGE_CHARS, empty=True)
    if kind == "int":
        return _int(value, path, low=-(2**53), high=2**53)
    if kind == "bool":
        return _bool(value, path)
    if kind == "date":
        if not isinstance(value, str) or not _DATE.match(value):
            raise ProtocolError("must be a date (YYYY-MM-DD)", field=path)
        return value
    if kind == "datetime":
        if not isinstance(value, str) or not _DATETIME.match(value):
            raise ProtocolError("must be a date and time (ISO 8601)", field=path)
        return value
    if kind == "ref":
        return _uuid(value, path)
    items = _list(value, path, max_items=c.MAX_LIST_ITEMS)
    return [_str(item, f"{path}[{i}]", max_chars=c.MAX_NAME_CHARS * 2) for i, item in enumerate(items)]


def fields(entity_key: str, value: Any, path: str = "fields") -> dict[str, Any]:
    """A ``fields`` object: known field names of ``entity_key`` with values of their wire type."""
    obj = _object(value, path)
    spec = ENTITY_FIELDS[entity_key]
    out: dict[str, Any] = {}
    for name, item in obj.items():
        kind = spec.get(name)
        if kind is None:
            raise ProtocolError(f"is not a field of {entity_key}", field=_join(path, str(name)))
        try:
            out[name] = field_value(kind, item, "")
        except ProtocolError:  # again, to name the field (paths are built only for errors)
            field_value(kind, item, _join(path, name))
            raise
    return out


# ---------------------------------------------------------------------------------------------
# Requests (decoded by the server)


def decode_login_request(value: Any) -> LoginRequest:
    obj = _object(value, "body")
    return {
        "username": _str(_get(obj, "username", ""), "username"),
        "password": _str(_get(obj, "password", ""), "password", max_chars=c.MAX_PASSWORD_CHARS),
        "device_name": _str(_get(obj, "device_name", ""), "device_name"),
    }


def decode_change(value: Any, path: str = "change") -> Change:
    """One pushed change.

    Leniency for the desktop's outbox form: ``visibility`` inside ``fields`` moves to the top
    level (they must agree if both are given), ``owner_institution_id`` inside ``fields`` is
    dropped (the server decides owners), and ``deleted: false`` inside ``fields`` (a restore) is
    dropped: a restore is an ``update`` made after seeing the delete.
    """
    obj = _object(value, path)
    entity_key = entity(_get(obj, "entity", path), _join(path, "entity"))
    op = _choice(_get(obj, "op", path), _join(path, "op"), c.OPS)
    raw_fields = obj.get("fields", {})
    fields_path = _join(path, "fields")
    raw = dict(_object(raw_fields, fields_path))
    visibility: Any = obj.get("visibility")
    if "visibility" in raw:
        inner = raw.pop("visibility")
        if visibility is not None and inner is not None and inner != visibility:
            raise ProtocolError(
                "disagrees with the change's visibility", field=_join(fields_path, "visibility")
            )
        visibility = visibility if visibility is not None else inner
    raw.pop("owner_institution_id", None)
    if "deleted" in raw and raw.pop("deleted") is not False:
        raise ProtocolError("a delete is op 'delete', not a field", field=_join(fields_path, "deleted"))
    if visibility is not None:
        visibility = _choice(visibility, _join(path, "visibility"), c.VISIBILITIES)
    elif op == c.OP_CREATE:
        visibility = c.INSTITUTION  # the desktop's default for a new record: seen by its institution only
    record_id = _uuid(_get(obj, "record_id", path), _join(path, "record_id"))
    merged_into = _optional_uuid(obj.get(c.MERGED_INTO), _join(path, c.MERGED_INTO))
    if op != c.OP_DELETE or entity_key not in c.MERGEABLE or merged_into == record_id:
        merged_into = None  # only a contact's delete names a merge; elsewhere it means nothing
    change: Change = {
        "change_id": _uuid(_get(obj, "change_id", path), _join(path, "change_id")),
        "entity": entity_key,
        "record_id": record_id,
        "op": op,
        "base_rev": _int(obj.get("base_rev", 0), _join(path, "base_rev")),
        "fields": fields(entity_key, raw, fields_path),
        "visibility": visibility,
        "owner_institution_id": _optional_uuid(
            obj.get("owner_institution_id"), _join(path, "owner_institution_id")
        ),
    }
    if merged_into is not None:
        change[c.MERGED_INTO] = merged_into
    return change


def decode_push_request(value: Any) -> PushRequest:
    obj = _object(value, "body")
    items = _list(_get(obj, "changes", ""), "changes", max_items=c.MAX_PUSH_CHANGES)
    return {"changes": [decode_change(item, f"changes[{i}]") for i, item in enumerate(items)]}


def decode_page_query(after: Any, limit: Any) -> tuple[int, int]:
    """``after`` and ``limit`` of ``GET /v1/changes`` (given as query text or integers)."""

    def number(text: Any, name: str, default: int) -> int:
        if text is None:
            return default
        if isinstance(text, str):
            if not text.isascii() or not text.isdigit():
                raise ProtocolError("must be a non-negative integer", field=name)
            digits = text.lstrip("0") or "0"  # leading zeros are still the same number
            if len(digits) > 19:  # past 2**62 whatever follows; int() of a long text is slow
                raise ProtocolError(f"must be between 0 and {_MAX_SEQ}", field=name)
            text = int(digits)
        return _int(text, name)

    page_after = number(after, "after", 0)
    page_limit = number(limit, "limit", c.DEFAULT_PAGE_LIMIT)
    if not 1 <= page_limit <= c.MAX_PAGE_LIMIT:
        raise ProtocolError(f"must be between 1 and {c.MAX_PAGE_LIMIT}", field="limit")
    return page_after, page_limit


# ---------------------------------------------------------------------------------------------
# Answers (decoded by the client)


def decode_institution(value: Any, path: str = "institution") -> InstitutionInfo:
    obj = _object(value, path)
    return {
        "id": _uuid(_get(obj, "id", path), _join(path, "id")),
        "name": _str(_get(obj, "name", path), _join(path, "name")),
        "state": _choice(_get(obj, "state", path), _join(path, "state"), c.STATE_CODES),
    }


def decode_login_response(value: Any) -> LoginResponse:
    obj = _object(value, "body")
    return {
        "token": _str(_get(obj, "token", ""), "token", max_chars=512),
        "device_id": _uuid(_get(obj, "device_id", ""), "device_id"),
        "user": _str(_get(obj, "user", ""), "user"),
        "institution": decode_institution(_get(obj, "institution", "")),
    }


def decode_status_response(value: Any) -> StatusResponse:
    obj = _object(value, "body")
    answer: StatusResponse = {
        "server_seq": _int(_get(obj, "server_seq", ""), "server_seq"),
        "user": _str(_get(obj, "user", ""), "user"),
        "institution": decode_institution(_get(obj, "institution", "")),
        "protocol": _int(obj.get("protocol", c.PROTOCOL_VERSION), "protocol"),
    }
    if "epoch" in obj:
        answer["epoch"] = _uuid(obj["epoch"], "epoch")
        answer["epoch_seq"] = _int(_get(obj, "epoch_seq", ""), "epoch_seq")
    return answer


def decode_record(value: Any, path: str = "record") -> Record:
    obj = _object(value, path)
    entity_key = entity(_get(obj, "entity", path), _join(path, "entity"))
    record: Record = {
        "entity": entity_key,
        "id": _uuid(_get(obj, "id", path), _join(path, "id")),
        "rev": _int(_get(obj, "rev", path), _join(path, "rev")),
        "deleted": _bool(_get(obj, "deleted", path), _join(path, "deleted")),
        "visibility": _choice(
            _get(obj, "visibility", path), _join(path, "visibility"), c.SYNCED_VISIBILITIES
        ),
        "owner_institution_id": _optional_uuid(
            _get(obj, "owner_institution_id", path), _join(path, "owner_institution_id")
        ),
        "fields": fields(entity_key, _get(obj, "fields", path), _join(path, "fields")),
    }
    if obj.get("hidden"):
        record["hidden"] = _bool(obj["hidden"], _join(path, "hidden"))
    if obj.get(c.MERGED_INTO) is not None:
        record[c.MERGED_INTO] = _uuid(obj[c.MERGED_INTO], _join(path, c.MERGED_INTO))
    return record


def _field_conflicts(entity_key: str, value: Any, path: str) -> dict[str, FieldConflict]:
    obj = _object(value, path)
    spec = ENTITY_FIELDS[entity_key]
    out: dict[str, FieldConflict] = {}
    for name, sides in obj.items():
        where = _join(path, str(name))
        if name != c.VISIBILITY_FIELD and name not in spec:
            raise ProtocolError(f"is not a field of {entity_key}", field=where)
        triple = _object(sides, where)
        kind: WireType = spec.get(name, "text")
        out[name] = {
            "base": field_value(kind, triple.get("base"), _join(where, "base")),
            "server": field_value(kind, triple.get("server"), _join(where, "server")),
            "client": field_value(kind, triple.get("client"), _join(where, "client")),
        }
    return out


def decode_conflict(value: Any, path: str = "conflict") -> Conflict:
    obj = _object(value, path)
    entity_key = entity(_get(obj, "entity", path), _join(path, "entity"))
    return {
        "id": _uuid(_get(obj, "id", path), _join(path, "id")),
        "entity": entity_key,
        "record_id": _uuid(_get(obj, "record_id", path), _join(path, "record_id")),
        "rev": _int(_get(obj, "rev", path), _join(path, "rev")),
        "kind": _choice(_get(obj, "kind", path), _join(path, "kind"), c.CONFLICT_KINDS),
        "fields": _field_conflicts(entity_key, _get(obj, "fields", path), _join(path, "fields")),
        "change_id": _uuid(_get(obj, "change_id", path), _join(path, "change_id")),
        "author": _str(_get(obj, "author", path), _join(path, "author")),
        "created_at": _str(_get(obj, "created_at", path), _join(path, "created_at"), max_chars=40),
        "resolved": _bool(_get(obj, "resolved", path), _join(path, "resolved")),
    }


def decode_result(value: Any, path: str = "result") -> Result:
    obj = _object(value, path)
    record = obj.get("record")
    conflict = obj.get("conflict")
    message = obj.get("message")
    return {
        "change_id": _uuid(_get(obj, "change_id", path), _join(path, "change_id")),
        "status": _choice(_get(obj, "status", path), _join(path, "status"), c.STATUSES),
        "rev": _int(_get(obj, "rev", path), _join(path, "rev")),
        "record": None if record is None else decode_record(record, _join(path, "record")),
        "conflict": None if conflict is None else decode_conflict(conflict, _join(path, "conflict")),
        "message": None if message is None else _str(message, _join(path, "message"), max_chars=2000),
    }


def decode_push_response(value: Any) -> PushResponse:
    obj = _object(value, "body")
    items = _list(_get(obj, "results", ""), "results", max_items=c.MAX_PUSH_CHANGES)
    answer: PushResponse = {
        "results": [decode_result(item, f"results[{i}]") for i, item in enumerate(items)],
        "server_seq": _int(_get(obj, "server_seq", ""), "server_seq"),
    }
    if "max_changes" in obj:
        answer["max_changes"] = _int(obj["max_changes"], "max_changes", low=1)
    if "echo" in obj:
        answer["echo"] = _uuid(obj["echo"], "echo")
    return answer


def decode_changes_response(value: Any) -> ChangesResponse:
    obj = _object(value, "body")
    records = _list(_get(obj, "records", ""), "records", max_items=c.MAX_PAGE_LIMIT)
    conflicts = _list(_get(obj, "conflicts", ""), "conflicts", max_items=c.MAX_PAGE_LIMIT)
    return {
        "records": [decode_record(item, f"records[{i}]") for i, item in enumerate(records)],
        "conflicts": [decode_conflict(item, f"conflicts[{i}]") for i, item in enumerate(conflicts)],
        "next_after": _int(_get(obj, "next_after", ""), "next_after"),
        "has_more": _bool(_get(obj, "has_more", ""), "has_more"),
        "server_seq": _int(_get(obj, "server_seq", ""), "server_seq"),
    }


def decode_error(value: Any) -> ErrorBody:
    """The error body of a 4xx/5xx answer; anything else becomes a generic ``bad_request``
    body so that a proxy's HTML error page still yields a message."""
    if (
        isinstance(value, dict)
        and isinstance(value.get("error"), str)
        and isinstance(value.get("message"), str)
    ):
        field = value.get("field")
        return error_body(value["error"], value["message"][:2000], field if isinstance(field, str) else None)
    return error_body(c.BAD_REQUEST, "The server's answer is not a Liaison error message.")
