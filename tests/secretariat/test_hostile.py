"""Strangers cannot exhaust the server: hostile bodies against ``liaison-secretariat serve`` in
its own process, whose peak memory (``VmHWM``) is read from ``/proc``.

Before: a 59 KB gzip body of ``[{},{},…]`` sent to ``/v1/login`` (no token needed) was inflated
to 64 MB and parsed by ``json.loads`` into millions of dicts: the server went from 69 MB to
1.7 GB, four at once to 5.2 GB.
"""

from __future__ import annotations

import gzip
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from liaison.protocol import MAX_LOGIN_BODY_BYTES, MAX_PUSH_BODY_BYTES
from tests.secretariat.process import ServerProcess, served

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/status")

PASSWORD = "correct horse battery"
GROWTH_MB = 120
"""How much the server's peak may grow over its resting size under the worst of these."""
PEAK_MB = 300
"""The bound the README states for the server's memory."""


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def _empty_objects(size: int) -> bytes:
    """``[{},{},…]`` of about ``size`` bytes: the body that took the server to 1.7 GB."""
    return b"[" + b"{}," * (size // 3) + b"{}]"


def _fire(
    server: ServerProcess, path: str, bodies: list[bytes], token: str | None = None
) -> list[httpx.Response]:
    def send(body: bytes) -> httpx.Response:
        with server.client(token) as http:
            return http.post(
                path, content=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
            )

    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(send, bodies))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with served(tmp_path) as running:
        running.admin.add_institution("Otandastar Qory", "KZ")
        running.admin.add_user("aigerim", "Otandastar Qory", PASSWORD)
        running.login("aigerim", PASSWORD)  # warm: the resting size includes a login's work
        yield running


def test_a_json_bomb_at_login_is_refused_before_it_inflates(server: ServerProcess) -> None:
    bomb = _gzip(_empty_objects(61_000_000))
    assert 50_000 < len(bomb) < 70_000  # the 59 KB
    resting = server.peak_mb()
    answers = _fire(server, "/v1/login", [bomb] * 4)  # four at once, as in the report
    assert [answer.status_code for answer in answers] == [413] * 4
    assert all(answer.json()["error"] == "too_large" for answer in answers)
    # the same bomb small enough to inflate within the login's limit: refused by its type
    small = _fire(server, "/v1/login", [_gzip(_empty_objects(MAX_LOGIN_BODY_BYTES - 10))])[0]
    assert small.status_code == 400 and small.json()["error"] == "bad_request"
    assert server.alive()
    assert server.peak_mb() - resting < 20, (resting, server.peak_mb())
    assert server.peak_mb() < PEAK_MB
    assert server.login("aigerim", PASSWORD)  # and it still serves


def _minimal_changes(size: int) -> bytes:
    """A push of ``size`` bytes of well-formed deletes, far more than a push may hold: the
    costliest body the typed decoder must read to its end before it can refuse it."""
    one = b'{"change_id":"%s","entity":"contacts","record_id":"%s","op":"delete"}' % (
        str(uuid.uuid4()).encode(),
        str(uuid.uuid4()).encode(),
    )
    count = size // (len(one) + 1)
    return b'{"changes":[' + b",".join([one] * count) + b"]}"


def test_a_stranger_push_is_refused_unread_and_an_officer_push_is_bounded(server: ServerProcess) -> None:
    resting = server.peak_mb()
    bomb = _gzip(_empty_objects(61_000_000))
    strangers = _fire(server, "/v1/push", [bomb] * 4)
    assert [answer.status_code for answer in strangers] == [401] * 4
    assert server.peak_mb() - resting < 20

    token = server.login("aigerim", PASSWORD)
    over = _fire(server, "/v1/push", [bomb] * 4, token)
    assert [answer.status_code for answer in over] == [413] * 4
    junk = _gzip(b'{"changes":' + _empty_objects(MAX_PUSH_BODY_BYTES - 100) + b"}")
    refused = _fire(server, "/v1/push", [junk] * 4, token)
    assert [answer.status_code for answer in refused] == [400] * 4
    assert refused[0].json()["field"] == "changes[0].change_id"
    worst = _gzip(_minimal_changes(MAX_PUSH_BODY_BYTES - 100))
    refused = _fire(server, "/v1/push", [worst] * 4, token)
    assert [answer.status_code for answer in refused] == [400] * 4
    assert refused[0].json()["field"] == "changes"
    peak = server.peak_mb()
    print(f"resting {resting:.0f} MiB, peak {peak:.0f} MiB under four worst-case pushes at once")
    assert server.alive()
    assert peak - resting < GROWTH_MB, (resting, peak)
    assert peak < PEAK_MB
    with server.client(token) as http:
        assert http.get("/v1/status").status_code == 200
