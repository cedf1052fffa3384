"""The HTTP face of the server: a FastAPI app speaking the protocol of :mod:`liaison.protocol`.

Every request to ``/v1`` passes, in order: the version gate (HTTP 426 for a missing or old
``Liaison-Protocol``), the body gate (``Content-Encoding`` gzip or identity, at most
:data:`~liaison.protocol.MAX_BODY_BYTES` before and after inflating, else 415/413/400), then the
route, which authenticates the bearer token and decodes the body with the protocol's validating
decoders. Every refusal has the protocol's error body; bad input never reaches a 5xx, and a
database that is down or busy is a 503 the client retries. Answers of 1 KiB or more are gzipped
for clients that accept it. Handlers are plain functions run in the thread pool: database work
blocks, and the database serialises writers anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy import exc
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response

from liaison import __version__
from liaison.protocol import (
    API_PREFIX,
    BAD_REQUEST,
    CHANGES_PATH,
    CLIENT_TOO_OLD,
    FORBIDDEN,
    GZIP,
    GZIP_MIN_BYTES,
    LOGIN_PATH,
    LOGOUT_PATH,
    MAX_BODY_BYTES,
    METHOD_NOT_ALLOWED,
    MIN_PROTOCOL_VERSION,
    NOT_FOUND,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PUSH_PATH,
    RESOLVE_PATH,
    SCHEMA_HEADER,
    SERVER_ERROR,
    STATUS_PATH,
    TOO_LARGE,
    UNAUTHORIZED,
    UNAVAILABLE,
    UNSUPPORTED_ENCODING,
    ProtocolError,
    decode_json,
    decode_login_request,
    decode_page_query,
    decode_push_request,
    decompress,
    encode_json,
    error_body,
    is_uuid,
)
from liaison.protocol.constants import GZIP_LEVEL
from liaison.secretariat import accounts, operations, pull
from liaison.secretariat import openapi as spec
from liaison.secretariat import push as pushing
from liaison.secretariat.access_log import noted
from liaison.secretariat.accounts import Principal
from liaison.secretariat.db import Database
from liaison.secretariat.errors import DatabaseUnavailableError, RequestRefusedError

log = logging.getLogger(__name__)

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
    413: TOO_LARGE,
    415: UNSUPPORTED_ENCODING,
    426: CLIENT_TOO_OLD,
    503: UNAVAILABLE,
}
_STATUS_OF_CODE = {code: status for status, code in _STATUS_CODES.items()}


class JSONBody(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return encode_json(content)


def error(
    status: int, message: str, field: str | None = None, headers: dict[str, str] | None = None
) -> JSONBody:
    return JSONBody(error_body(_STATUS_CODES.get(status, SERVER_ERROR), message, field), status, headers)


def protocol_error(problem: ProtocolError) -> JSONBody:
    return error(_STATUS_OF_CODE.get(problem.code, 400), f"{problem.field}: {problem.reason}", problem.field)


class Refusal(Exception):
    """Raised by a handler to answer with an error body."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.response = error(status, message, headers=headers)


# ---------------------------------------------------------------------------------------------
# Gates (pure ASGI, before routing)


class VersionGate:
    """426 for a ``/v1`` request without a usable ``Liaison-Protocol``/``Liaison-Schema``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope["path"]).startswith(API_PREFIX + "/"):
            headers = Headers(scope=scope)
            raw = headers.get(PROTOCOL_HEADER, "").strip()
            version = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else -1
            if version < MIN_PROTOCOL_VERSION or not headers.get(SCHEMA_HEADER, "").strip():
                message = (
                    f"This Liaison is too old for the Secretariat's server (protocol {raw or 'none'}; "
                    f"the server needs {MIN_PROTOCOL_VERSION} or later). Please update Liaison."
                )
                await error(426, message, PROTOCOL_HEADER, {"Upgrade": f"Liaison/{PROTOCOL_VERSION}"})(
                    scope, receive, send
                )
                return
        await self.app(scope, receive, send)


class BodyGate:
    """Reads the whole request body with a bound, inflates gzip (bounded too), and hands the
    route a plain body; 413/415/400 with the error body otherwise."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

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
        if declared.isdigit() and int(declared) > self.limit:
            await error(413, f"The body is larger than {self.limit} bytes.", "body")(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await error(413, f"The body is larger than {self.limit} bytes.", "body")(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if encoding == GZIP and body:
            try:  # on a worker thread: inflating 64 MB must not stall every other request
                body = await _threaded(decompress, body, self.limit)
            except ProtocolError as problem:
                await protocol_error(problem)(scope, receive, send)
                return
        scope = dict(scope)
        scope["headers"] = [
            (name, value)
            for name, value in scope["headers"]
            if name not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode("ascii"))]
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


# ---------------------------------------------------------------------------------------------
# The app


def create_app(db: str | Database, *, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The server's ASGI app on ``db`` (a URL, or an open :class:`Database`). Refuses, with a
    :class:`~liaison.secretariat.errors.SecretariatError`, a database that is unreachable or not
    initialised."""
    database = db if isinstance(db, Database) else Database(db)
    database.check()
    app = FastAPI(
        title="Liaison Secretariat sync server",
        version=__version__,
        description="The sync protocol of Liaison, version "
        f"{PROTOCOL_VERSION}; see the docstring of liaison.protocol for its rules.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = database

    def principal(request: Request) -> Principal:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        found = None
        if scheme.lower() == "bearer" and token and len(token) <= 512:
            found = accounts.authenticate(database, token)
        if found is None:
            raise Refusal(
                401,
                "Log in again: this device's token is missing, unknown or revoked.",
                {"WWW-Authenticate": "Bearer"},
            )
        return noted(request.state, found.username, found)

    async def json_body(request: Request, decoder: Callable[[Any], Any] = lambda value: value) -> Any:
        """The body parsed and decoded on a worker thread (a push may be 64 MB of JSON: parsing
        it on the event loop would stall every other officer's request meanwhile)."""
        body = await request.body()
        return await _threaded(lambda: decoder(decode_json(body)))

    @app.post(
        LOGIN_PATH,
        openapi_extra=spec.operation(request=spec.LOGIN_REQUEST, response=spec.LOGIN_RESPONSE, auth=False),
    )
    async def login(request: Request) -> JSONBody:
        credentials = await json_body(request, decode_login_request)
        answer = await _threaded(
            accounts.login,
            database,
            credentials["username"],
            credentials["password"],
            credentials["device_name"],
        )
        if answer is None:
            raise Refusal(401, "Wrong username or password, or the account is revoked.")
        return JSONBody(noted(request.state, answer["user"], answer))

    @app.post(LOGOUT_PATH, openapi_extra=spec.operation(response={"type": "object"}))
    def logout(request: Request) -> JSONBody:
        accounts.logout(database, principal(request))
        return JSONBody({})

    @app.get(STATUS_PATH, openapi_extra=spec.operation(response=spec.STATUS_RESPONSE))
    def status(request: Request) -> JSONBody:
        who = principal(request)
        return JSONBody(
            {
                "server_seq": pull.status_seq(database),
                "user": who.username,
                "institution": who.institution,
                "protocol": PROTOCOL_VERSION,
            }
        )

    @app.post(PUSH_PATH, openapi_extra=spec.operation(request=spec.PUSH_REQUEST, response=spec.PUSH_RESPONSE))
    async def push(request: Request) -> JSONBody:
        who = await _threaded(principal, request)
        changes = (await json_body(request, decode_push_request))["changes"]
        return JSONBody(await _threaded(pushing.push, database, who, changes))

    @app.get(
        CHANGES_PATH,
        openapi_extra=spec.operation(response=spec.CHANGES_RESPONSE, parameters=spec.PAGE_PARAMETERS),
    )
    def changes(request: Request) -> Response:
        who = principal(request)
        after, limit = decode_page_query(request.query_params.get("after"), request.query_params.get("limit"))
        return Response(pull.changes_json(database, who, after, limit), media_type="application/json")

    @app.post(
        RESOLVE_PATH,
        openapi_extra=spec.operation(
            response=spec.CONFLICT, parameters=spec.CONFLICT_ID_PARAMETER, errors=(403, 404)
        ),
    )
    def resolve(request: Request, conflict_id: str) -> JSONBody:
        who = principal(request)
        if not is_uuid(conflict_id):
            raise ProtocolError("must be a UUID in lower-case text form", field="conflict_id")
        conflict = pull.resolve(database, who, conflict_id)
        if conflict is None:
            raise Refusal(404, "There is no such conflict for this user.")
        return JSONBody(conflict)

    _install_error_handlers(app)
    original_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = original_openapi()
            document.setdefault("components", {})["securitySchemes"] = spec.SECURITY_SCHEMES
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(BodyGate, limit=max_body_bytes)
    app.add_middleware(VersionGate)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    return operations.install(app, database)  # /healthz, and the access log as the outermost middleware


async def _threaded(function: Callable[..., Any], *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_refusal(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, Refusal)
        return problem.response

    async def on_request_refused(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, RequestRefusedError)
        return error(problem.status, problem.message(english=True))

    async def on_protocol_error(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, ProtocolError)
        return protocol_error(problem)

    async def on_http_error(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, HTTPException)
        message = {404: "No such endpoint.", 405: "This endpoint does not take that method."}.get(
            problem.status_code, str(problem.detail)
        )
        return error(problem.status_code, message, headers=dict(problem.headers or {}))

    async def on_validation_error(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, RequestValidationError)
        first = problem.errors()[0] if problem.errors() else {}
        field = ".".join(str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path"))
        return error(400, f"{field or 'request'}: {first.get('msg', 'invalid')}", field or None)

    async def on_database_error(_request: Request, problem: Exception) -> Response:
        log.warning("database unavailable: %s", problem)
        return error(
            503, "The server's database is unavailable; try again shortly.", headers={"Retry-After": "5"}
        )

    async def on_bug(_request: Request, problem: Exception) -> Response:
        log.error("unexpected error", exc_info=problem)
        return error(500, "The server met an unexpected error; it has been logged.")

    app.add_exception_handler(Refusal, on_refusal)
    app.add_exception_handler(RequestRefusedError, on_request_refused)
    app.add_exception_handler(ProtocolError, on_protocol_error)
    app.add_exception_handler(HTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(DatabaseUnavailableError, on_database_error)
    app.add_exception_handler(exc.OperationalError, on_database_error)
    app.add_exception_handler(exc.InterfaceError, on_database_error)
    app.add_exception_handler(Exception, on_bug)
