"""Many writers at once, and a push whose answer is lost: numbers stay strict, nothing doubles."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import httpx
import pytest

from liaison.secretariat import db as db_module
from liaison.secretariat.db import Database
from liaison.secretariat.models import AppliedChange, RecordVersion, SyncConflict, SyncRecord
from tests.secretariat.officers import World, change
from tests.secretariat.server import database_url, running_server


def _all(db_url: str, table: type) -> list[object]:
    db = Database(db_url)
    try:
        with db.read() as connection:
            return list(connection.execute(table.__table__.select()).all())  # type: ignore[attr-defined]
    finally:
        db.close()


def test_concurrent_pushes_get_strictly_increasing_unique_sequence_numbers(world: World) -> None:
    server = world.server
    tokens = [server.login(name) for name in ("aigerim", "nurlan", "leyla") for _ in range(2)]
    shared = world.aigerim.push_one(change(fields={"name": "Everyone edits me", "notes": "start"}))
    record_id = shared["record"]["id"]
    errors: list[BaseException] = []
    results: list[list[dict[str, object]]] = []
    lock = threading.Lock()

    def work(token: str, n: int) -> None:
        try:
            with server.client(token) as http:
                for round_ in range(5):
                    batch = [change(fields={"name": f"W{n}-{round_}-{i}"}) for i in range(10)]
                    batch.append(
                        change(
                            record_id,
                            op="update",
                            base_rev=shared["rev"],
                            fields={"honorific": f"{n}.{round_}"},
                        )
                    )
                    answer = http.post("/v1/push", json={"changes": batch})
                    assert answer.status_code == 200, answer.text
                    with lock:
                        results.append(answer.json()["results"])
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(token, n)) for n, token in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    created_revs = [r["rev"] for batch in results for r in batch[:-1]]
    assert len(created_revs) == len(set(created_revs)) == 6 * 5 * 10
    versions = _all(world.server.db_url, RecordVersion)
    revs = [v.rev for v in versions]  # type: ignore[attr-defined]
    conflict_revs = [c.rev for c in _all(world.server.db_url, SyncConflict)]  # type: ignore[attr-defined]
    numbers = revs + conflict_revs
    assert len(numbers) == len(set(numbers))  # every write and conflict got its own number
    assert len(_all(world.server.db_url, AppliedChange)) == 1 + 6 * 5 * 11
    # each pusher's own revisions only grow
    for batch in results:
        own = [r["rev"] for r in batch[:-1]]
        assert own == sorted(own)
    # the one record everybody edited: KZ's edits applied, AZ's rejected, every one answered
    statuses = {r["status"] for batch in results for r in batch[-1:]}
    assert statuses <= {"applied", "merged", "conflict", "rejected"} and "rejected" in statuses
    records = _all(world.server.db_url, SyncRecord)
    assert len(records) == 1 + 6 * 5 * 10
    status = world.nurlan.http.get("/v1/status").json()
    assert status["server_seq"] >= max(revs)


def test_a_push_whose_answer_is_lost_is_applied_once_when_retried(world: World) -> None:
    server = world.server
    items = [change(fields={"name": f"Lost answer {i}"}) for i in range(3)]
    server.cut_push_answers(1)
    with pytest.raises(httpx.TransportError):
        world.aigerim.http.post("/v1/push", json={"changes": items})
    seq_after_cut = world.aigerim.http.get("/v1/status").json()["server_seq"]
    assert seq_after_cut == 3  # it was committed before the connection dropped
    retried = world.aigerim.push(*items)
    assert [r["status"] for r in retried] == ["applied"] * 3 and [r["rev"] for r in retried] == [1, 2, 3]
    assert world.aigerim.http.get("/v1/status").json()["server_seq"] == 3
    assert len(_all(server.db_url, RecordVersion)) == 3


def test_a_restarted_server_keeps_everything(world: World) -> None:
    server = world.server
    item = change(fields={"name": "Survives a restart"})
    first = world.aigerim.push_one(item)
    server.stop()
    with pytest.raises(httpx.TransportError):
        world.aigerim.http.get("/v1/status")
    server.start()
    with server.client(server.login("aigerim")) as http:
        again = http.post("/v1/push", json={"changes": [item]}).json()["results"][0]
        assert again == first
        assert http.get("/v1/changes").json()["records"][0]["fields"]["name"] == "Survives a restart"


def test_a_database_that_stays_locked_is_503_and_the_push_can_be_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    with database_url("sqlite", tmp_path) as url, running_server(url, tmp_path) as server:
        server.admin.add_institution("Otandastar Qory", "KZ")
        server.admin.add_user("aigerim", "Otandastar Qory")
        item = change(fields={"name": "Waits for the lock"})
        with server.client(server.login("aigerim")) as http:
            holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
            try:
                holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
                answer = http.post("/v1/push", json={"changes": [item]})
                assert answer.status_code == 503, answer.text
                assert answer.json()["error"] == "unavailable" and answer.headers["retry-after"] == "5"
            finally:
                holder.execute("ROLLBACK")
                holder.close()
            retried = http.post("/v1/push", json={"changes": [item]})
            assert retried.status_code == 200 and retried.json()["results"][0]["rev"] == 1
