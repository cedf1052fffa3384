"""The HTTP face of the server: a FastAPI app speaking the protocol of :mod:`liaison.protocol`.

Every request to ``/v1`` passes, in order: the version gate (HTTP 426 for a missing or old
``Liaison-Protocol``, 400 for a missing ``Liaison-Schema``), the encoding gate
(``Content-Encoding`` gzip or identity, else 415; a declared ``Content-Length`` over the
endpoint's limit, 413), then the route, which authenticates the bearer token *before* it reads
a body, reads the body within the endpoint's limits (:mod:`.bodies`: inflated as it arrives,
413 the moment it passes) and decodes it into the endpoint's typed message. Every refusal has
the protocol's error body; bad input never reaches a 5xx, and a database that is down or busy
is a 503 the client retries. Answers of 1 KiB or more are gzipped for clients that accept it.

Expensive work is rationed so that memory stays bounded whatever arrives: at most
:data:`.rations.SCRYPT_SLOTS` password hashes at once (scrypt takes 16 MiB each) with at most
:data:`.rations.LOGIN_QUEUE` logins waiting (more: 503 with ``Retry-After``), and at most
:data:`.rations.PUSH_SLOTS` pushes being read, parsed and merged at once (a full push of
:data:`~liaison.protocol.MAX_PUSH_BODY_BYTES` costs about four times its size, and only one
push over :data:`.rations.LARGE_PUSH_BYTES` runs at a time); other
pushes wait for a slot, holding only their connection. Failed logins are throttled
(:mod:`.throttle`). Blocking work (database, scrypt, parsing a push) runs in the thread pool.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy import exc
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware
from starlette.requests import ClientDisconnect
from starlette.responses import Response

from liaison import __version__
from liaison.protocol import (
    CHANGES_PATH,
    GZIP_MIN_BYTES,
    LOGIN_PATH,
    LOGOUT_PATH,
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    PUSH_PATH,
    RESOLVE_PATH,
    STATUS_PATH,
    ProtocolError,
    decode_page_query,
    is_uuid,
)
from liaison.protocol.constants import GZIP_LEVEL, MAX_BLOB_REQUEST_BYTES
from liaison.secretariat import accounts, blob_routes, operations, pull
from liaison.secretariat import openapi as spec
from liaison.secretariat.access_log import noted
from liaison.secretariat.accounts import Principal
from liaison.secretariat.blobs import ServerBlobs
from liaison.secretariat.db import Database
from liaison.secretariat.errors import DatabaseUnavailableError, RequestRefusedError
from liaison.secretariat.gates import (
    EncodingGate,
    JSONBody,
    Refusal,
    VersionGate,
    body_limits,
    echo_id,
    epoch_header,
    error,
    protocol_error,
)
from liaison.secretariat.rations import Rations, threaded
from liaison.secretariat.throttle import LoginThrottle

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# The app


def create_app(
    db: str | Database,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    throttle: LoginThrottle | None = None,
    files_dir: str | Path | None = None,
    upload_request_bytes: int = MAX_BLOB_REQUEST_BYTES,
) -> FastAPI:
    """The server's ASGI app on ``db`` (a URL, or an open :class:`Database`). Refuses, with a
    :class:`~liaison.secretariat.errors.SecretariatError`, a database that is unreachable or not
    initialised. ``throttle`` (tests give one with their own clock) rations failed logins.
    ``files_dir`` holds attached files' bytes (:mod:`.blobs`); by default a SQLite database's
    ``<file>-files`` folder beside it, and none for PostgreSQL (the blob endpoints then say so).
    ``upload_request_bytes``: the most one ``PUT`` of a file's bytes carries (announced in the
    upload status; ``serve --upload-chunk-mb``)."""
    database = db if isinstance(db, Database) else Database(db)
    database.check()
    database.ensure_epoch()  # a database of an earlier release gains its epoch
    folder = files_dir if files_dir is not None else default_files_dir(database)
    limits = body_limits(max_body_bytes, upload_request_bytes)
    rations = Rations(database, limits, throttle if throttle is not None else LoginThrottle())
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

    @app.post(
        LOGIN_PATH,
        openapi_extra=spec.operation(
            request=spec.LOGIN_REQUEST, response=spec.LOGIN_RESPONSE, auth=False, errors=(429,)
        ),
    )
    async def login(request: Request) -> JSONBody:
        answer = await rations.login(request)
        return JSONBody(noted(request.state, answer["user"], answer))

    @app.post(LOGOUT_PATH, openapi_extra=spec.operation(response={"type": "object"}))
    def logout(request: Request) -> JSONBody:
        accounts.logout(database, principal(request))
        return JSONBody({})

    @app.get(STATUS_PATH, openapi_extra=spec.operation(response=spec.STATUS_RESPONSE))
    def status(request: Request) -> JSONBody:
        return JSONBody(_status(database, principal(request)))

    @app.post(
        PUSH_PATH,
        openapi_extra=spec.operation(
            request=spec.PUSH_REQUEST,
            response=spec.PUSH_RESPONSE,
            parameters=[*spec.EPOCH_PARAMETER, *spec.ECHO_HEADER_PARAMETER],
            errors=(409,),
        ),
    )
    async def push(request: Request) -> JSONBody:
        who = await threaded(principal, request)  # a stranger's body is never read
        epoch = epoch_header(request)  # nor that of a request of another epoch
        return JSONBody(await rations.push(request, who, epoch, echo_id(request)))

    @app.get(
        CHANGES_PATH,
        openapi_extra=spec.operation(
            response=spec.CHANGES_RESPONSE,
            parameters=[*spec.PAGE_PARAMETERS, *spec.EPOCH_PARAMETER, *spec.ECHO_QUERY_PARAMETER],
            errors=(409,),
        ),
    )
    def changes(request: Request) -> Response:
        who = principal(request)
        after, limit = decode_page_query(request.query_params.get("after"), request.query_params.get("limit"))
        page = pull.changes_json(database, who, after, limit, epoch_header(request), echo_id(request))
        return Response(page, media_type="application/json")

    @app.post(
        RESOLVE_PATH,
        openapi_extra=spec.operation(
            response=spec.CONFLICT, parameters=spec.CONFLICT_ID_PARAMETER, errors=(403, 404)
        ),
    )
    def resolve(request: Request) -> JSONBody:
        conflict_id = str(request.path_params["conflict_id"])  # declared once, in the spec
        who = principal(request)
        if not is_uuid(conflict_id):
            raise ProtocolError("must be a UUID in lower-case text form", field="conflict_id")
        conflict = pull.resolve(database, who, conflict_id)
        if conflict is None:
            raise Refusal(404, "There is no such conflict for this user.")
        return JSONBody(conflict)

    blob_routes.install(
        app, database, ServerBlobs(Path(folder)) if folder else None, principal, upload_request_bytes
    )
    _install_error_handlers(app)
    original_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = original_openapi()
            document.setdefault("components", {})["securitySchemes"] = spec.SECURITY_SCHEMES
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.add_middleware(EncodingGate, limits=limits)
    app.add_middleware(VersionGate)
    app.add_middleware(
        GZipMiddleware,
        minimum_size=GZIP_MIN_BYTES,
        compresslevel=GZIP_LEVEL,
        exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, "application/octet-stream"),  # files' bytes
    )
    return operations.install(app, database)  # /healthz, and the access log as the outermost middleware


def _status(database: Database, who: Principal) -> dict[str, Any]:
    seq, epoch = pull.status(database)
    answer: dict[str, Any] = {
        "server_seq": seq,
        "user": who.username,
        "institution": who.institution,
        "protocol": PROTOCOL_VERSION,
    }
    if epoch is not None:
        answer.update(epoch=epoch.epoch, epoch_seq=epoch.since_seq)
    return answer


ENV_FILES = "LIAISON_SECRETARIAT_FILES"
"""Where attached files' bytes live (``serve --files-dir``)."""


def default_files_dir(database: Database) -> Path | None:
    """``$LIAISON_SECRETARIAT_FILES``; else, for SQLite, ``<database file>-files`` beside it."""
    configured = os.environ.get(ENV_FILES, "").strip()
    if configured:
        return Path(configured)
    database_file = database.engine.url.database if database.is_sqlite else None
    if database_file and database_file != ":memory:":
        return Path(f"{database_file}-files")
    return None


def _install_error_handlers(app: FastAPI) -> None:
    async def on_refusal(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, Refusal)
        return problem.response

    async def on_request_refused(_request: Request, problem: Exception) -> Response:
        assert isinstance(problem, RequestRefusedError)
        return error(problem.status, problem.message(english=True), code=problem.code)

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

    async def on_client_gone(request: Request, _problem: Exception) -> Response:
        # A laptop that lost its network mid-request: an everyday event, one line, no traceback.
        # Nothing was applied (the body never arrived whole); the answer reaches no one.
        log.info("client went away before sending the whole body of %s", request.url.path)
        return error(400, "The request's body did not arrive whole.")

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
    app.add_exception_handler(ClientDisconnect, on_client_gone)
    app.add_exception_handler(Exception, on_bug)
