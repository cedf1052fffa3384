"""The server's answers and its gates: the protocol's error body, and the pure-ASGI checks a
request passes before routing (its version headers, its encoding and declared length)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import msgspec
from starlette.datastructures import Headers
from starlette.responses import Response

from liaison.protocol import (
    API_PREFIX,
    BAD_REQUEST,
    CLIENT_TOO_OLD,
    FORBIDDEN,
    GZIP,
    LOGIN_PATH,
    MAX_EMPTY_BODY_BYTES,
    MAX_LOGIN_BODY_BYTES,
    METHOD_NOT_ALLOWED,
    MIN_PROTOCOL_VERSION,
    NOT_FOUND,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PUSH_PATH,
    SCHEMA_HEADER,
    SERVER_ERROR,
    TOO_LARGE,
    TOO_MANY_REQUESTS,
    UNAUTHORIZED,
    UNAVAILABLE,
    UNSUPPORTED_ENCODING,
    ProtocolError,
    encode_json,
    error_body,
)
from liaison.protocol.constants import (
    BLOBS_PREFIX,
    CONFLICT_CODE,
    ECHO_HEADER,
    ECHO_PARAMETER,
    EPOCH_HEADER,
    MAX_BLOB_REQUEST_BYTES,
    SERVER_RESTORED,
    UNPROCESSABLE,
)
from liaison.protocol.messages import is_uuid
from liaison.secretariat.bodies import BodyLimit
from liaison.secretariat.openapi import SCHEMA_REVISION

_SCHEMA_REVISION = re.compile(SCHEMA_REVISION)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_STATUS_CODES = {
    400: BAD_REQUEST,
    401: UNAUTHORIZED,
    403: FORBIDDEN,
    404: NOT_FOUND,
    405: METHOD_NOT_ALLOWED,
    409: CONFLICT_CODE,  # a file's chunk out of place; the restored server names its own code
    413: TOO_LARGE,
    415: UNSUPPORTED_ENCODING,
    422: UNPROCESSABLE,
    426: CLIENT_TOO_OLD,
    429: TOO_MANY_REQUESTS,
    503: UNAVAILABLE,
}
_STATUS_OF_CODE = {code: status for status, code in _STATUS_CODES.items()} | {SERVER_RESTORED: 409}


def body_limits(
    max_body_bytes: int, upload_request_bytes: int = MAX_BLOB_REQUEST_BYTES
) -> dict[str, BodyLimit]:
    """Each endpoint's bounds (none above ``max_body_bytes``, which bounds what is read into
    memory); other paths take :data:`~liaison.protocol.MAX_EMPTY_BODY_BYTES`. A file's upload
    request takes up to ``upload_request_bytes``: its bytes are streamed to the disk a megabyte
    at a time, never held whole."""
    login = min(MAX_LOGIN_BODY_BYTES, max_body_bytes)
    return {
        LOGIN_PATH: BodyLimit(login, login),
        PUSH_PATH: BodyLimit(max_body_bytes, max_body_bytes),
        BLOBS_PREFIX: BodyLimit(upload_request_bytes, upload_request_bytes),
    }


def limit_of(limits: dict[str, BodyLimit], path: str) -> BodyLimit:
    """The limit of ``path``: its own, a file chunk's for ``/v1/blobs/{sha256}`` (its upload
    status takes no body), else an empty body's."""
    if path.startswith(BLOBS_PREFIX) and not path.endswith("/upload") and BLOBS_PREFIX in limits:
        return limits[BLOBS_PREFIX]
    empty = min(MAX_EMPTY_BODY_BYTES, *(limit.compressed for limit in limits.values()))
    return limits.get(path, BodyLimit(empty, empty))


_ENCODE = msgspec.json.Encoder()


class JSONBody(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes | memoryview:
        return content if isinstance(content, bytes | memoryview) else render_json(content)


def render_json_into(content: Any, buffer: bytearray) -> bytes | memoryview:
    """:func:`render_json` into ``buffer`` (grown if need be), as a view of what was written."""
    try:
        _ENCODE.encode_into(content, buffer)
    except (TypeError, UnicodeError, msgspec.EncodeError):
        return encode_json(content)
    return memoryview(buffer)


def render_json(content: Any) -> bytes:
    """An answer's JSON. msgspec: several times faster than json on a push's answer of 500
    records; the server only ever answers values it decoded from JSON (no NaN), and a lone
    surrogate (which msgspec refuses) is written by the protocol's own encoder."""
    try:
        return _ENCODE.encode(content)
    except (TypeError, UnicodeError, msgspec.EncodeError):
        return encode_json(content)


def error(
    status: int,
    message: str,
    field: str | None = None,
    headers: dict[str, str] | None = None,
    code: str | None = None,
) -> JSONBody:
    """An error answer; ``code`` defaults to the status's (409 has two: see _STATUS_CODES)."""
    return JSONBody(
        error_body(code or _STATUS_CODES.get(status, SERVER_ERROR), message, field), status, headers
    )


def protocol_error(problem: ProtocolError) -> JSONBody:
    return error(_STATUS_OF_CODE.get(problem.code, 400), f"{problem.field}: {problem.reason}", problem.field)


def epoch_header(request: Any) -> str | None:
    """The client's ``Liaison-Epoch`` (a UUID), ``None`` when it sends none; anything else is a
    400 naming the header."""
    value = request.headers.get(EPOCH_HEADER)
    if value is None:
        return None
    if not is_uuid(value):
        raise ProtocolError("must be a UUID in lower-case text form", field=EPOCH_HEADER)
    return str(value)


def echo_id(request: Any) -> str | None:
    """The sync's ``Liaison-Echo`` (a push's header) or ``echo`` (a pull's query parameter), a
    UUID; ``None`` when the client sends none (an earlier release); anything else is a 400
    naming it."""
    for name, value in ((ECHO_HEADER, request.headers.get(ECHO_HEADER)),
                        (ECHO_PARAMETER, request.query_params.get(ECHO_PARAMETER))):  # fmt: skip
        if value is not None:
            if not is_uuid(value):
                raise ProtocolError("must be a UUID in lower-case text form", field=name)
            return str(value)
    return None


class Refusal(Exception):
    """Raised by a handler to answer with an error body."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.response = error(status, message, headers=headers)


# ---------------------------------------------------------------------------------------------
# Gates (pure ASGI, before routing)


class VersionGate:
    """426 for a ``/v1`` request without a usable ``Liaison-Protocol`` (an old client: update
    Liaison); 400 for a current one whose ``Liaison-Schema`` is missing or malformed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope["path"]).startswith(API_PREFIX + "/"):
            headers = Headers(scope=scope)
            raw = headers.get(PROTOCOL_HEADER, "").strip()
            version = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else -1
            revision = headers.get(SCHEMA_HEADER, "")
            if version >= MIN_PROTOCOL_VERSION and not _SCHEMA_REVISION.match(revision):
                reason = "is missing" if not revision.strip() else "must be 1 to 40 visible ASCII characters"
                await error(400, f"The {SCHEMA_HEADER} header {reason}.", SCHEMA_HEADER)(scope, receive, send)
                return
            if version < MIN_PROTOCOL_VERSION:
                message = (
                    f"This Liaison is too old for the Secretariat's server (protocol {raw or 'none'}; "
                    f"the server needs {MIN_PROTOCOL_VERSION} or later). Please update Liaison."
                )
                await error(426, message, PROTOCOL_HEADER, {"Upgrade": f"Liaison/{PROTOCOL_VERSION}"})(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


class EncodingGate:
    """415 for a ``Content-Encoding`` other than gzip or identity, 413 for a declared
    ``Content-Length`` over the endpoint's limit; the body itself is read by the route, after
    authentication, within the same limits (:func:`~liaison.secretariat.bodies.read_body`)."""

    def __init__(self, app: ASGIApp, limits: dict[str, BodyLimit]) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        encoding = headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity", GZIP):
            await error(
                415, f"Content-Encoding {encoding!r} is not supported; use gzip.", "Content-Encoding"
            )(scope, receive, send)
            return
        declared = headers.get("content-length", "")
        limit = limit_of(self.limits, str(scope["path"])).compressed
        if declared.isascii() and declared.isdigit() and int(declared) > limit:
            await error(413, f"The body is larger than {limit} bytes.", "body")(scope, receive, send)
            return
        await self.app(scope, receive, send)
