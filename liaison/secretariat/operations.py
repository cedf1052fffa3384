"""What the operator's tools see: ``GET /healthz`` and the access log (:mod:`.access_log`).

``/healthz`` is for monitoring and load balancers, with no login and no protocol headers.

It reads the database's meta row (the same check ``serve`` makes at start: reachable,
initialised, this schema version), so a server whose database went away answers 503, and a
balancer stops sending officers to it. The answer says no more than ok or not: the reason (a
host name, an error text) goes to the server's log, not to whoever asks.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError
from starlette.responses import JSONResponse

from liaison.secretariat.access_log import AccessLog
from liaison.secretariat.db import Database
from liaison.secretariat.errors import SecretariatError
from liaison.secretariat.models import SCHEMA_VERSION

PATH = "/healthz"
log = logging.getLogger(__name__)


def install(app: FastAPI, database: Database) -> FastAPI:
    """``app`` with ``/healthz`` and the access log; called last, so that the log is the
    outermost middleware and times and logs every request, refusals by the other gates too."""
    app.add_middleware(AccessLog)

    @app.get(PATH, include_in_schema=False)
    def healthz() -> JSONResponse:  # a plain def: FastAPI runs it on the thread pool
        try:
            database.check()
        except (SecretariatError, SQLAlchemyError) as problem:
            log.warning("health check failed: %s", problem)
            return JSONResponse(
                {"status": "unavailable", "database": "unusable"}, 503, headers={"Retry-After": "5"}
            )
        return JSONResponse({"status": "ok", "database": "ok", "schema": SCHEMA_VERSION})

    return app
