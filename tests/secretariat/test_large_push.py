"""A large push (over ``LARGE_PUSH_BYTES``) goes in whole, through the lean path: its body read
in pieces, its records written a megabyte of JSON at a time with a small page cache, its answer
rendered on its thread. Real HTTPS server on loopback."""

from __future__ import annotations

import gzip
import json

import pytest

from liaison.secretariat.rations import LARGE_PUSH_BYTES
from tests.secretariat.officers import World, change


@pytest.mark.parametrize("accept", ["gzip", "identity"])
def test_a_large_push_is_applied_whole_and_answered_in_full(world: World, accept: str) -> None:
    minutes = "Ə" * (LARGE_PUSH_BYTES // 2)  # two bytes each: past the large-push size alone
    items = [change(fields={"name": f"Delegate {n}", "notes": "x" * 20_000}) for n in range(150)]
    items.append(change(fields={"name": "Rapporteur", "notes": minutes}))
    body = gzip.compress(json.dumps({"changes": items}, ensure_ascii=False).encode(), 1)
    answer = world.aigerim.http.post(
        "/v1/push",
        content=body,
        headers={"Content-Encoding": "gzip", "Content-Type": "application/json", "Accept-Encoding": accept},
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers.get("content-encoding", "identity") == accept
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["applied"] * len(items)
    assert results[-1]["record"]["fields"]["notes"] == minutes
    records, _, _ = world.nurlan.pull_all()
    assert len(records) == len(items)
    assert records[items[-1]["record_id"]]["fields"]["notes"] == minutes
    assert all(records[i["record_id"]]["fields"]["notes"] == "x" * 20_000 for i in items[:-1])
    # and the next, small, push is as ever (the connection's page cache is back to its size)
    assert world.aigerim.push_one(change(fields={"name": "After"}))["status"] == "applied"
