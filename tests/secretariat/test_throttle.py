"""Failed logins are throttled per user and per address, with back-off, on a real server."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from liaison.secretariat.throttle import LoginThrottle
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer, running_server


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _login(server: RunningServer, username: str, password: str) -> tuple[int, dict[str, str], dict[str, str]]:
    with server.client() as http:
        answer = http.post("/v1/login", json={"username": username, "password": password, "device_name": "d"})
    return answer.status_code, dict(answer.headers), answer.json()


def test_forty_wrong_passwords_then_the_right_one_waits_for_the_back_off(
    db_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock()
    with running_server(db_url, tmp_path, throttle=LoginThrottle(clock=clock)) as server:
        server.admin.add_institution("Otandastar Qory", "KZ")
        server.admin.add_user("aigerim", "Otandastar Qory")
        with caplog.at_level(logging.WARNING, logger="liaison.secretariat.throttle"):
            statuses = [_login(server, "aigerim", f"guess {n}")[0] for n in range(40)]
        assert statuses == [401] * 5 + [429] * 35  # five tries, then the door shuts
        status, headers, body = _login(server, "aigerim", DEFAULT_PASSWORD)
        assert status == 429 and body["error"] == "too_many_requests"
        wait = int(headers["retry-after"])
        assert wait >= 1
        assert "refused (throttled)" in caplog.text and "'aigerim'" in caplog.text
        assert "guess" not in caplog.text  # passwords are never logged
        clock.now += wait - 0.5
        assert _login(server, "aigerim", DEFAULT_PASSWORD)[0] == 429  # not yet
        clock.now += 1
        assert _login(server, "aigerim", DEFAULT_PASSWORD)[0] == 200
        # the success clears the user's count; each new run of failures backs off longer
        for _ in range(5):
            assert _login(server, "aigerim", "wrong again")[0] == 401
        first = int(_login(server, "aigerim", DEFAULT_PASSWORD)[1]["retry-after"])
        clock.now += first + 0.1
        assert _login(server, "aigerim", "wrong again")[0] == 401
        second = int(_login(server, "aigerim", DEFAULT_PASSWORD)[1]["retry-after"])
        assert second >= 2 * first


def test_an_address_spraying_names_is_throttled_and_unknown_names_look_like_known_ones(
    db_url: str, tmp_path: Path
) -> None:
    clock = Clock()
    with running_server(db_url, tmp_path, throttle=LoginThrottle(clock=clock)) as server:
        server.admin.add_institution("Otandastar Qory", "KZ")
        server.admin.add_user("aigerim", "Otandastar Qory")
        known = [_login(server, "aigerim", "wrong")[:3:2] for _ in range(6)]
        unknown = [_login(server, "nobody", "wrong")[:3:2] for _ in range(6)]
        assert [status for status, _ in known] == [status for status, _ in unknown] == [401] * 5 + [429]
        assert [body for _, body in known] == [body for _, body in unknown]
        clock.now += 60  # each name's back-off is over; the address's ten failures still count
        statuses = [_login(server, f"user{n}", "wrong")[0] for n in range(40)]
        assert statuses == [401] * 20 + [429] * 20
        clock.now += 3601  # an hour after the last failure, all is forgotten
        assert _login(server, "aigerim", DEFAULT_PASSWORD)[0] == 200
