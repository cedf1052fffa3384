"""Malformed requests get a 4xx with the protocol's error body, never a 5xx.

Hand-written cases for each kind of damage; schemathesis generating requests from the server's
own OpenAPI description is in test_published_api.py.
"""

from __future__ import annotations

import gzip
import json
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from liaison.protocol.constants import MAX_PUSH_CHANGES, PUSH_PATH
from tests.secretariat.officers import World, change, new_id
from tests.secretariat.server import running_server

NAME_AS_NUMBER = {"changes": [change(fields={"name": 5})]}
GOOD_CHANGE = change(fields={"name": "A"})


def _with(**overrides: Any) -> dict[str, Any]:
    return {"changes": [{**GOOD_CHANGE, "change_id": new_id(), **overrides}]}


PUSH_BODIES: list[tuple[str, bytes, str]] = [
    ("not json", b"{bad", "body"),
    ("not utf-8", b'{"changes": ["\xff"]}', "changes[0]"),  # the typed decoder finds a string first
    ("not utf-8 where text goes", b'{"changes": [{"change_id": "\xff"}]}', "body"),
    ("nan", b'{"changes": [NaN]}', "body"),
    ("deep", b"[" * 100_000 + b"]" * 100_000, "body"),
    ("array", b"[]", "body"),
    ("changes missing", b"{}", "changes"),
    ("changes not a list", b'{"changes": "x"}', "changes"),
    ("change not an object", b'{"changes": [1]}', "changes[0]"),
    ("bad change id", json.dumps(_with(change_id="123")).encode(), "changes[0].change_id"),
    ("upper-case uuid", json.dumps(_with(record_id=new_id().upper())).encode(), "changes[0].record_id"),
    ("unknown entity", json.dumps(_with(entity="passwords")).encode(), "changes[0].entity"),
    ("unknown op", json.dumps(_with(op="drop")).encode(), "changes[0].op"),
    ("negative base", json.dumps(_with(base_rev=-1)).encode(), "changes[0].base_rev"),
    ("bool base", json.dumps(_with(base_rev=True)).encode(), "changes[0].base_rev"),
    ("huge base", json.dumps(_with(base_rev=10**30)).encode(), "changes[0].base_rev"),
    (
        "unknown field",
        json.dumps(_with(fields={"name": "A", "salary": 1})).encode(),
        "changes[0].fields.salary",
    ),
    ("wrong type", json.dumps(NAME_AS_NUMBER).encode(), "changes[0].fields.name"),
    (
        "bool for int",
        json.dumps(_with(entity="events", fields={"number": True})).encode(),
        "changes[0].fields.number",
    ),
    (
        "bad date",
        json.dumps(_with(entity="events", fields={"start_date": "May 1"})).encode(),
        "changes[0].fields.start_date",
    ),
    (
        "bad ref",
        json.dumps(_with(entity="contacts", fields={"institution_id": "x"})).encode(),
        "changes[0].fields.institution_id",
    ),
    ("list of numbers", json.dumps(_with(fields={"tags": [1]})).encode(), "changes[0].fields.tags[0]"),
    ("lone surrogate", b'{"changes": [{"change_id": "\\ud800"}]}', "body"),
    ("nul", json.dumps(_with(fields={"name": "a\x00b"})).encode(), "changes[0].fields.name"),
    ("too long", json.dumps(_with(fields={"notes": "x" * 2_000_001})).encode(), "changes[0].fields.notes"),
    ("bad visibility", json.dumps(_with(visibility="public")).encode(), "changes[0].visibility"),
    (
        "too many",
        json.dumps({"changes": [change() for _ in range(MAX_PUSH_CHANGES + 1)]}).encode(),
        "changes",
    ),
]


def test_malformed_pushes_are_400_naming_the_field(world: World) -> None:
    wrong = []
    for case, body, field in PUSH_BODIES:
        answer = world.aigerim.http.post(
            "/v1/push", content=body, headers={"Content-Type": "application/json"}
        )
        error = answer.json()
        if answer.status_code != 400 or error.get("error") != "bad_request" or error.get("field") != field:
            wrong.append((case, answer.status_code, error))
    assert wrong == []
    assert world.aigerim.http.get("/v1/status").json()["server_seq"] == 0  # nothing half-written


def test_a_create_without_visibility_is_institution_only(world: World) -> None:
    """As the desktop makes a new record (the schema allows leaving it out; it was a 400)."""
    item = {**GOOD_CHANGE, "change_id": new_id(), "record_id": new_id()}
    del item["visibility"]
    result = world.aigerim.push_one(item)
    assert result["status"] == "applied" and result["record"]["visibility"] == "institution"
    assert item["record_id"] not in world.leyla.pull_all()[0]  # another institution's officer


def test_page_cursors_with_leading_zeros_are_numbers(world: World) -> None:
    http = world.aigerim.http
    assert http.get("/v1/changes", params={"after": "0" * 30 + "1"}).status_code == 200
    assert http.get("/v1/changes", params={"after": str(2**62)}).status_code == 200
    assert http.get("/v1/changes", params={"after": str(2**62 + 1)}).status_code == 400


def test_damaged_requests_of_every_other_kind(world: World) -> None:
    http = world.aigerim.http
    cases: list[tuple[httpx.Response, int, str]] = [
        (http.get("/v1/changes", params={"after": "-1"}), 400, "bad_request"),
        (http.get("/v1/changes", params={"after": "abc"}), 400, "bad_request"),
        (http.get("/v1/changes", params={"after": "1e3"}), 400, "bad_request"),
        (http.get("/v1/changes", params={"after": "9" * 40}), 400, "bad_request"),
        (http.get("/v1/changes", params={"limit": "0"}), 400, "bad_request"),
        (http.get("/v1/changes", params={"limit": "1001"}), 400, "bad_request"),
        (http.get("/v1/changes", params={"limit": "٣"}), 400, "bad_request"),  # Arabic-Indic digit
        (http.post("/v1/conflicts/not-a-uuid/resolve"), 400, "bad_request"),
        (http.post(f"/v1/conflicts/{new_id()}/resolve"), 404, "not_found"),
        (http.get("/v1/push"), 405, "method_not_allowed"),
        (http.get("/v1/nowhere"), 404, "not_found"),
        (
            http.post("/v1/login", json={"username": 1, "password": "x", "device_name": "y"}),
            400,
            "bad_request",
        ),
        (
            http.post("/v1/login", json={"username": "a" * 201, "password": "x", "device_name": "y"}),
            400,
            "bad_request",
        ),
        (http.post("/v1/login", json={"username": "a"}), 400, "bad_request"),
        (
            http.post("/v1/push", content=b"not gzip", headers={"Content-Encoding": "gzip"}),
            400,
            "bad_request",
        ),
        (
            http.post(
                "/v1/push", content=gzip.compress(b'{"changes": [')[:-4], headers={"Content-Encoding": "gzip"}
            ),
            400,
            "bad_request",
        ),
        (
            http.post("/v1/push", content=b"{}", headers={"Content-Encoding": "br"}),
            415,
            "unsupported_encoding",
        ),
    ]
    for answer, status, code in cases:
        assert answer.status_code == status, (answer.request.url, answer.text)
        assert answer.json()["error"] == code


def test_a_gzip_bomb_is_refused_before_it_inflates(world: World) -> None:
    bomb = gzip.compress(b"\x00" * (65 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    start = time.perf_counter()
    answer = world.aigerim.http.post("/v1/push", content=bomb, headers={"Content-Encoding": "gzip"})
    assert answer.status_code == 413 and answer.json()["error"] == "too_large"
    assert time.perf_counter() - start < 30


def test_bodies_over_the_limit_are_413(db_url: str, tmp_path: Path) -> None:
    with running_server(db_url, tmp_path, max_body_bytes=1000) as server, server.client() as client:
        declared = client.post("/v1/login", content=b"x" * 1001)
        assert declared.status_code == 413 and declared.json()["error"] == "too_large"

        def chunks() -> Iterator[bytes]:
            yield b"x" * 600
            yield b"x" * 600

        streamed = client.post("/v1/login", content=chunks())  # chunked: no Content-Length
        assert streamed.status_code == 413
        inflated = client.post(
            "/v1/login", content=gzip.compress(b" " * 2000), headers={"Content-Encoding": "gzip"}
        )
        assert inflated.status_code == 413
        fits = client.post(
            "/v1/login", content=gzip.compress(b" " * 900), headers={"Content-Encoding": "gzip"}
        )
        assert fits.status_code == 400 and fits.json()["field"] == "body"


def test_a_laptop_that_drops_mid_body_is_one_quiet_line(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    """A body cut short (the laptop lost its network) is an everyday event: no traceback, no
    "unexpected error" in the server's log, nothing applied, and the server serves on. (The
    fault harness's soak showed each cut as a traceback in the log.)"""
    server = world.server
    headers_of_the_client = world.aigerim.http.headers.items()
    protocol = "".join(f"{k}: {v}\r\n" for k, v in headers_of_the_client if k.startswith("liaison-"))
    token = str(world.aigerim.http.headers["Authorization"]).removeprefix("Bearer ")
    body = json.dumps({"changes": [GOOD_CHANGE]}).encode()
    caplog.set_level(logging.INFO, logger="liaison.secretariat")
    for path, headers in (("/v1/login", ""), (PUSH_PATH, f"Authorization: Bearer {token}\r\n")):
        head = (
            f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            f"{protocol}{headers}Content-Length: {len(body)}\r\n\r\n"
        )
        with (
            socket.create_connection(("127.0.0.1", server.port)) as raw,
            server.ssl_context().wrap_socket(raw, server_hostname="localhost") as tls,
        ):
            tls.sendall(head.encode() + body[: len(body) // 2])
        deadline = time.monotonic() + 10
        while not any("went away" in r.getMessage() for r in caplog.records) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(path in r.getMessage() and "went away" in r.getMessage() for r in caplog.records), path
        caplog.clear()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert GOOD_CHANGE["record_id"] not in world.aigerim.pull_all()[0]  # nothing of the cut push applied
