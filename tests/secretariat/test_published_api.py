"""The published API is the API: schemathesis generates requests from ``/openapi.json`` (valid
ones and invalid ones) and runs every check it has (the ``--checks all`` of its command line:
no server error, status codes and content types and bodies as published, valid data accepted,
invalid data refused, missing headers and auth refused, methods not allowed answered 405)
against the real HTTPS server on loopback. Bounded: a few hundred requests, under a minute."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.config import SchemathesisConfig
from schemathesis.core.failures import FailureGroup
from schemathesis.core.parameters import ParameterLocation

from liaison.secretariat.throttle import LoginThrottle
from tests.secretariat.officers import populate
from tests.secretariat.server import database_url, running_server

EXAMPLES = 300
CONFIG = SchemathesisConfig.from_dict(
    # a request without a usable Liaison-Protocol is refused with 426 (update Liaison), by design
    {
        "checks": {
            "negative_data_rejection": {"expected-statuses": [400, 401, 403, 404, 405, 413, 415, 426]},
            # a file's chunk valid by the schema may still not fit what the server holds (409: it
            # says where to go on) or not hash to its name (422): what no schema can state
            "positive_data_acceptance": {"expected-statuses": ["2xx", 401, 403, 404, 409, 422, 429]},
        }
    }
)


def test_the_openapi_description_declares_each_parameter_once(tmp_path: Path) -> None:
    with (
        database_url("sqlite", tmp_path) as url,
        running_server(url, tmp_path) as server,
        server.client() as http,
    ):
        document = http.get("/openapi.json").json()
    for path, item in document["paths"].items():
        for method, operation in item.items():
            names = [(parameter["in"], parameter["name"]) for parameter in operation.get("parameters", [])]
            assert len(names) == len(set(names)), (method, path, names)
    resolve = document["paths"]["/v1/conflicts/{conflict_id}/resolve"]["post"]["parameters"]
    (conflict_id,) = [parameter for parameter in resolve if parameter["name"] == "conflict_id"]
    assert "pattern" in conflict_id["schema"]


@pytest.mark.slow
def test_schemathesis_with_every_check_finds_no_mismatch(db_url: str, tmp_path: Path) -> None:
    unlimited = LoginThrottle(free_per_user=10**9, free_per_address=10**9)  # fuzzing logins from one address
    with running_server(db_url, tmp_path, throttle=unlimited) as server:
        world = populate(server)
        try:
            with server.client() as http:
                document = http.get("/openapi.json").json()
            schema = schemathesis.openapi.from_dict(document, config=CONFIG).exclude(
                path="/v1/logout"
            )  # keeps the token
            strategy = st.one_of(
                schema.as_strategy(schemathesis.GenerationMode.POSITIVE),
                schema.as_strategy(schemathesis.GenerationMode.NEGATIVE),
            )
            token = server.login("aigerim")
            session = requests.Session()
            statuses: dict[int, int] = {}
            failures: list[str] = []

            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
            )
            @given(case=strategy)
            def check(case: schemathesis.Case[Any]) -> None:
                # the generated headers as they are when they are the invalid part; else the
                # officer's token instead of a generated one, so that requests reach the routes
                header = case.meta.components.get(ParameterLocation.HEADER) if case.meta else None
                invalid_headers = header is not None and header.mode.is_negative
                headers = None if invalid_headers else {"Authorization": f"Bearer {token}"}
                try:
                    response = case.call_and_validate(
                        base_url=server.url,
                        session=session,
                        headers=headers,
                        timeout=30,
                        verify=str(server.ca_file),
                    )
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                except FailureGroup as failure:  # every check that failed on this request
                    failures.append(f"{case.method} {case.path}: {str(failure)[:1500]}")

            try:
                check()
            finally:
                session.close()
        finally:
            world.close()
    assert failures == [], "\n\n".join(failures[:5])
    assert {200, 400} <= set(statuses), statuses  # the fuzzing reached past the gates
