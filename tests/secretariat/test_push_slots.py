"""Push slots are shared fairly: one officer holds at most one of them at a time."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from liaison.secretariat import push as pushing
from liaison.secretariat.rations import PUSH_SLOTS
from tests.secretariat.server import running_server


def test_one_officer_cannot_take_every_push_slot(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four pushes of one officer that take long (held here until released) run one at a time;
    another officer's push meanwhile gets the free slot at once instead of waiting behind them."""
    real = pushing.push
    inside: list[str] = []
    release = threading.Event()

    def slow_for_mallory(db: Any, who: Any, changes: Any, *epoch: Any, **options: Any) -> Any:
        if who.username == "mallory":
            inside.append(who.username)
            release.wait(60)
        return real(db, who, changes, *epoch, **options)

    monkeypatch.setattr(pushing, "push", slow_for_mallory)
    with running_server(db_url, tmp_path) as server:
        server.admin.add_institution("Otandastar Qory", "KZ")
        server.admin.add_institution("Mallory's", "TM")
        server.admin.add_user("aigerim", "Otandastar Qory")
        server.admin.add_user("mallory", "Mallory's")
        mallory, aigerim = server.login("mallory"), server.login("aigerim")

        def push(token: str, timeout: float) -> int:
            with server.client(token) as http:
                return http.post("/v1/push", json={"changes": []}, timeout=timeout).status_code

        with ThreadPoolExecutor(4) as pool:
            hostile = [pool.submit(push, mallory, 60) for _ in range(4)]
            try:
                deadline = time.monotonic() + 10
                while not inside and time.monotonic() < deadline:
                    time.sleep(0.05)
                time.sleep(0.5)  # the other three reach the server and wait
                assert len(inside) == 1 < PUSH_SLOTS  # one slot for mallory, however many she sends
                assert push(aigerim, timeout=10) == 200  # not queued behind her
            except (AssertionError, httpx.TimeoutException):
                release.set()
                raise
            release.set()
            assert [future.result() for future in hostile] == [200] * 4
        assert len(inside) == 4
