"""Schemas for the OpenAPI description the server publishes at ``/openapi.json``.

The handlers parse bodies with the protocol's own validating decoders (one set of rules for
both ends), so FastAPI cannot infer these schemas; they are written out here from the same
constants and entity list, and schemathesis fuzzes the server against them in the tests.
"""

from __future__ import annotations

from typing import Any

from liaison.protocol import (
    CONFLICT_KINDS,
    ENTITIES,
    ENTITY_FIELDS,
    MAX_PAGE_LIMIT,
    MAX_PUSH_CHANGES,
    MIN_PROTOCOL_VERSION,
    OPS,
    PROTOCOL_HEADER,
    SCHEMA_HEADER,
    STATE_CODES,
    STATUSES,
    SYNCED_VISIBILITIES,
    VISIBILITIES,
    WireType,
)
from liaison.protocol.constants import (
    BLOB_MAX_CHUNK_FIELD,
    ECHO_HEADER,
    ECHO_PARAMETER,
    EPOCH_HEADER,
    MAX_BLOB_BYTES,
    MAX_BLOB_CHUNK_BYTES,
    MAX_IMAGE_CHARS,
    MAX_LIST_ITEMS,
    MAX_NAME_CHARS,
    MAX_PASSWORD_CHARS,
    MAX_TEXT_CHARS,
    MERGEABLE,
)

UUID = {"type": "string", "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"}
"""A UUID in the lower-case text form records use (what ``format: uuid`` would not say)."""
MAX_SEQ = 2**62
SEQ = {"type": "integer", "minimum": 0, "maximum": MAX_SEQ}
NO_NUL = "^[^\x00]*$"
SCHEMA_REVISION = "^[!-~]{1,40}$"
"""A ``Liaison-Schema`` value: 1 to 40 visible ASCII characters (the server checks the same)."""
MAX_PROTOCOL = 999_999_999


def _text(max_length: int, min_length: int = 0) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": max_length, "pattern": NO_NUL}
    if min_length:
        schema["minLength"] = min_length
    return schema


_WIRE: dict[WireType, dict[str, Any]] = {
    "text": _text(MAX_TEXT_CHARS),
    "long_text": _text(MAX_TEXT_CHARS),
    "image": _text(MAX_IMAGE_CHARS),
    "int": {"type": "integer", "minimum": -(2**53), "maximum": 2**53},
    "bool": {"type": "boolean"},
    "date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    "datetime": {
        "type": "string",
        "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?"
        "(Z|[+-][0-9]{2}:?[0-9]{2})?$",
    },
    "ref": UUID,
    "list": {"type": "array", "maxItems": MAX_LIST_ITEMS, "items": _text(MAX_NAME_CHARS * 2, 1)},
}


def _fields(entity: str) -> dict[str, Any]:
    """The ``fields`` of a change to ``entity``: its own fields, each of its wire type or null,
    and ``deleted: false`` (a restore); nothing else."""
    properties: dict[str, Any] = {
        name: {"anyOf": [_WIRE[kind], {"type": "null"}]} for name, kind in ENTITY_FIELDS[entity].items()
    }
    properties["deleted"] = {"const": False}
    return {"type": "object", "properties": properties, "additionalProperties": False}


ANY_VALUE: dict[str, Any] = {}

ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {"error": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string"}},
}
INSTITUTION = {
    "type": "object",
    "required": ["id", "name", "state"],
    "properties": {
        "id": UUID,
        "name": {"type": "string"},
        "state": {"type": "string", "enum": list(STATE_CODES)},
    },
}
LOGIN_REQUEST = {
    "type": "object",
    "required": ["username", "password", "device_name"],
    "properties": {
        "username": _text(MAX_NAME_CHARS, 1),
        "password": _text(MAX_PASSWORD_CHARS, 1),
        "device_name": _text(MAX_NAME_CHARS, 1),
    },
}
LOGIN_RESPONSE = {
    "type": "object",
    "required": ["token", "device_id", "user", "institution"],
    "properties": {
        "token": {"type": "string"},
        "device_id": UUID,
        "user": {"type": "string"},
        "institution": INSTITUTION,
    },
}
STATUS_RESPONSE = {
    "type": "object",
    "required": ["server_seq", "user", "institution", "protocol", "epoch", "epoch_seq"],
    "properties": {
        "server_seq": SEQ,
        "user": {"type": "string"},
        "institution": INSTITUTION,
        "protocol": SEQ,
        "epoch": UUID,
        "epoch_seq": SEQ,
    },
}


def _change(entity: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["change_id", "entity", "record_id", "op"],
        "properties": {
            "change_id": UUID,
            "entity": {"const": entity},
            "record_id": UUID,
            "op": {"type": "string", "enum": list(OPS)},
            "base_rev": SEQ,
            "fields": _fields(entity),
            "visibility": {
                "anyOf": [{"type": "string", "enum": list(VISIBILITIES)}, {"type": "null"}],
                "description": "a create without one is institution-only; null on update: unchanged",
            },
            "owner_institution_id": {"anyOf": [UUID, {"type": "null"}], "description": "ignored"},
            **(
                {
                    "merged_into": {
                        "anyOf": [UUID, {"type": "null"}],
                        "description": "a delete that is a merge: the contact this one was merged into "
                        "(ignored on create and update)",
                    }
                }
                if entity in MERGEABLE
                else {}
            ),
        },
    }


CHANGE = {"oneOf": [_change(entity) for entity in ENTITIES]}
PUSH_REQUEST = {
    "type": "object",
    "required": ["changes"],
    "properties": {"changes": {"type": "array", "maxItems": MAX_PUSH_CHANGES, "items": CHANGE}},
}
RECORD = {
    "type": "object",
    "required": ["entity", "id", "rev", "deleted", "visibility", "owner_institution_id", "fields"],
    "properties": {
        "entity": {"type": "string", "enum": list(ENTITIES)},
        "id": UUID,
        "rev": SEQ,
        "deleted": {"type": "boolean"},
        "visibility": {"type": "string", "enum": list(SYNCED_VISIBILITIES)},
        "owner_institution_id": {"anyOf": [UUID, {"type": "null"}]},
        "fields": {"type": "object"},
        "hidden": {"type": "boolean"},
        "merged_into": UUID,
    },
}
CONFLICT = {
    "type": "object",
    "required": [
        "id",
        "entity",
        "record_id",
        "rev",
        "kind",
        "fields",
        "change_id",
        "author",
        "created_at",
        "resolved",
    ],
    "properties": {
        "id": UUID,
        "entity": {"type": "string", "enum": list(ENTITIES)},
        "record_id": UUID,
        "rev": SEQ,
        "kind": {"type": "string", "enum": list(CONFLICT_KINDS)},
        "fields": {"type": "object"},
        "change_id": UUID,
        "author": {"type": "string"},
        "created_at": {"type": "string"},
        "resolved": {"type": "boolean"},
    },
}
RESULT = {
    "type": "object",
    "required": ["change_id", "status", "rev", "record", "conflict", "message"],
    "properties": {
        "change_id": UUID,
        "status": {"type": "string", "enum": list(STATUSES)},
        "rev": SEQ,
        "record": {"anyOf": [RECORD, {"type": "null"}]},
        "conflict": {"anyOf": [CONFLICT, {"type": "null"}]},
        "message": {"type": ["string", "null"]},
    },
}
PUSH_RESPONSE = {
    "type": "object",
    "required": ["results", "server_seq"],
    "properties": {
        "results": {"type": "array", "items": RESULT},
        "server_seq": SEQ,
        "max_changes": {
            "type": "integer",
            "minimum": 1,
            "description": "the changes a push may hold (a server that does not say takes 500)",
        },
        "echo": {
            **UUID,
            "description": "the push's Liaison-Echo, when the server marked what the answer told "
            "(a server that does not say sends everything back to the pull)",
        },
    },
}
CHANGES_RESPONSE = {
    "type": "object",
    "required": ["records", "conflicts", "next_after", "has_more", "server_seq"],
    "properties": {
        "records": {"type": "array", "items": RECORD},
        "conflicts": {"type": "array", "items": CONFLICT},
        "next_after": SEQ,
        "has_more": {"type": "boolean"},
        "server_seq": SEQ,
        "epoch": UUID,
    },
}

VERSION_HEADERS = [
    {
        "name": PROTOCOL_HEADER,
        "in": "header",
        "required": True,
        "schema": {"type": "integer", "minimum": MIN_PROTOCOL_VERSION, "maximum": MAX_PROTOCOL},
        "description": "the client's protocol version; missing or too old → 426",
    },
    {
        "name": SCHEMA_HEADER,
        "in": "header",
        "required": True,
        "schema": {"type": "string", "pattern": SCHEMA_REVISION},
        "description": "the client's local schema revision; missing or malformed → 400",
    },
]
PAGE_PARAMETERS = [
    {"name": "after", "in": "query", "required": False, "schema": SEQ},
    {
        "name": "limit",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_LIMIT},
    },
]
EPOCH_PARAMETER = [
    {
        "name": EPOCH_HEADER,
        "in": "header",
        "required": False,
        "schema": UUID,
        "description": "the server epoch the client last synced with (GET /v1/status); "
        "another than the server's → 409 server_restored, nothing applied",
    }
]
ECHO_HEADER_PARAMETER = [
    {
        "name": ECHO_HEADER,
        "in": "header",
        "required": False,
        "schema": UUID,
        "description": "the pushing sync's own random id: the records the answer tells in full are "
        "marked with it (echo in the answer), and that sync's pull may leave them out",
    }
]
ECHO_QUERY_PARAMETER = [
    {
        "name": ECHO_PARAMETER,
        "in": "query",
        "required": False,
        "schema": UUID,
        "description": "this sync's Liaison-Echo: the records its push answers told in full (as "
        "they still stand) are left out; the cursor moves past them",
    }
]
CONFLICT_ID_PARAMETER = [{"name": "conflict_id", "in": "path", "required": True, "schema": UUID}]


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    descriptions = {
        400: "malformed request",
        401: "missing, unknown or revoked token; wrong credentials",
        403: "not this officer's to resolve: only its author and officers of the record's institution",
        404: "no such conflict, or no such file this officer may see",
        409: "server_restored (push, pull): the database was restored since the client's epoch, "
        "nothing applied; upload_conflict (a file's upload): Liaison-Blob-Offset says where the "
        "upload is, or another upload of it is in progress",
        422: "the file's bytes do not hash to its name: nothing was kept",
        413: "body too large",
        429: "too many failed logins: wait Retry-After seconds",
        415: "unsupported Content-Encoding",
        426: "client too old",
        503: "database unavailable, retry later",
    }
    return {str(code): {"description": descriptions[code], **_json(ERROR)} for code in codes}


COMMON_ERRORS = (400, 413, 415, 426, 503)


def operation(
    *,
    request: dict[str, Any] | None = None,
    response: dict[str, Any],
    parameters: list[dict[str, Any]] | None = None,
    auth: bool = True,
    errors: tuple[int, ...] = (),
) -> dict[str, Any]:
    """The ``openapi_extra`` of one route."""
    extra: dict[str, Any] = {
        "parameters": [*VERSION_HEADERS, *(parameters or [])],
        "responses": {
            "200": {"description": "OK", **_json(response)},
            **_errors(*COMMON_ERRORS, 401, *errors),
        },
    }
    if request is not None:
        extra["requestBody"] = {"required": True, **_json(request)}
    extra["security"] = [{"bearer": []}] if auth else []
    return extra


SECURITY_SCHEMES = {"bearer": {"type": "http", "scheme": "bearer"}}


SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
SHA256_PARAMETER = [{"name": "sha256", "in": "path", "required": True, "schema": SHA256}]
BLOB_STATUS = {
    "type": "object",
    "required": ["sha256", "offset", "complete"],
    "properties": {
        "sha256": SHA256,
        "offset": {"type": "integer", "minimum": 0, "maximum": MAX_BLOB_BYTES},
        "complete": {"type": "boolean"},
        # the most one PUT may carry here; a client not told sends MAX_BLOB_CHUNK_BYTES
        BLOB_MAX_CHUNK_FIELD: {"type": "integer", "minimum": 1, "maximum": MAX_BLOB_BYTES},
    },
}


def blob_upload_operation() -> dict[str, Any]:
    """``PUT /v1/blobs/{sha256}?offset=N&size=T``: a chunk of raw bytes."""
    extra = operation(
        response=BLOB_STATUS,
        parameters=[
            *SHA256_PARAMETER,
            {
                "name": "size",
                "in": "query",
                "required": True,
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_BLOB_BYTES},
            },
            {
                "name": "offset",
                "in": "query",
                "required": True,
                "schema": {"type": "integer", "minimum": 0, "maximum": MAX_BLOB_BYTES},
            },
        ],
        errors=(409, 422),
    )
    extra["requestBody"] = {
        "required": True,
        "description": f"at most {BLOB_MAX_CHUNK_FIELD} bytes (the upload status says; without it "
        f"{MAX_BLOB_CHUNK_BYTES}), appended at offset; empty at offset = size, it has the server "
        "check a part whose every byte arrived",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
    return extra


def blob_download_operation() -> dict[str, Any]:
    """``GET /v1/blobs/{sha256}``: the bytes (206 for a ``Range``)."""
    extra = operation(response={}, parameters=SHA256_PARAMETER, errors=(404,))
    binary = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    extra["responses"]["200"] = {"description": "the file's bytes", "content": binary}
    extra["responses"]["206"] = {"description": "the requested range of them", "content": binary}
    extra["responses"]["416"] = {"description": "a range beyond the file"}
    return extra
