"""A long-text merge runs inside the push's write transaction, holding the writers' lock: over
real HTTPS, a pathological one gives up in time and keeps both texts in a conflict."""

from __future__ import annotations

import time

import pytest

from liaison.protocol.textmerge import DIFF_TIMEOUT_S
from tests.secretariat.officers import World, change, new_id


def _entry(world: World, notes: str) -> tuple[str, int]:
    created = world.aigerim.push_one(
        change(entity="minutes_entries", fields={"minutes_id": new_id(), "heading": "Annex", "notes": notes})
    )
    return created["record"]["id"], created["rev"]


# One repeated character, different at both ends: diff-match-patch's half-match search on it is
# quadratic and not stopped by its Diff_Timeout (about 25 s for this size before the bound).
SIZE = 150_000
BASE = "x" + "=" * SIZE + "y"
THEIRS = "z" + "=" * SIZE + "w"
MINE = "x" + "=" * SIZE + "y."


def test_a_pathological_merge_gives_up_in_time_and_keeps_both_texts(world: World) -> None:
    record_id, rev = _entry(world, BASE)
    first = world.nurlan.push_one(
        change(record_id, entity="minutes_entries", op="update", base_rev=rev, fields={"notes": THEIRS})
    )
    assert first["status"] == "applied"
    started = time.perf_counter()
    late = world.aigerim.push_one(
        change(record_id, entity="minutes_entries", op="update", base_rev=rev, fields={"notes": MINE})
    )
    assert time.perf_counter() - started < DIFF_TIMEOUT_S + 4
    assert late["status"] == "conflict"
    assert late["record"]["fields"]["notes"] == THEIRS  # the server's text stays whole
    assert late["conflict"]["fields"] == {"notes": {"base": BASE, "server": THEIRS, "client": MINE}}
    records, conflicts, _cursor = world.aigerim.pull_all()
    assert records[record_id]["fields"]["notes"] == THEIRS
    assert [c["fields"]["notes"]["client"] for c in conflicts] == [MINE]


def test_the_merges_of_one_push_share_one_time_budget(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("liaison.secretariat.batch.PUSH_MERGE_BUDGET_S", 1.0)
    entries = [_entry(world, BASE) for _ in range(4)]
    world.nurlan.push(
        *(
            change(record_id, entity="minutes_entries", op="update", base_rev=rev, fields={"notes": THEIRS})
            for record_id, rev in entries
        )
    )
    started = time.perf_counter()
    results = world.aigerim.push(
        *(
            change(record_id, entity="minutes_entries", op="update", base_rev=rev, fields={"notes": MINE})
            for record_id, rev in entries
        )
    )
    # four merges of DIFF_TIMEOUT_S each would hold the lock for 8 s; the push's budget is 1 s
    assert time.perf_counter() - started < 1.0 + 3
    assert [result["status"] for result in results] == ["conflict"] * 4
    assert all(result["conflict"]["fields"]["notes"]["client"] == MINE for result in results)
