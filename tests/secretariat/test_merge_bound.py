"""A push holds at most MAX_MERGES_PER_PUSH merges (each reads the referring records under the
writers' lock); the rest are rejected, and the desktop never sends more (tests/sync)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from liaison.protocol import REJECTED
from liaison.protocol.constants import MAX_MERGES_PER_PUSH, MERGED_INTO
from liaison.secretariat import accounts
from liaison.secretariat.accounts import Principal
from liaison.secretariat.db import Database
from liaison.secretariat.push import push


def test_merges_past_the_bound_are_rejected(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 's.sqlite3'}")
    try:
        db.init()
        info = accounts.add_institution(db, "Otandastar Qory", "KZ")
        user = accounts.add_user(db, "aigerim", "Otandastar Qory", "a long password", scrypt_n=2**10)
        who = Principal(user, "aigerim", str(uuid.uuid4()), info)
        count = MAX_MERGES_PER_PUSH + 1
        ids = [str(uuid.uuid4()) for _ in range(2 * count)]
        creates: list[Any] = [
            {"change_id": str(uuid.uuid4()), "entity": "contacts", "record_id": record_id, "op": "create",
             "base_rev": 0, "fields": {"name": f"Contact {n}"}, "visibility": "shared",
             "owner_institution_id": None}
            for n, record_id in enumerate(ids)
        ]  # fmt: skip
        made = push(db, who, creates)
        revs = {result["record"]["id"]: result["rev"] for result in made["results"] if result["record"]}
        merges: list[Any] = [
            {"change_id": str(uuid.uuid4()), "entity": "contacts", "record_id": other, "op": "delete",
             "base_rev": revs[other], "fields": {}, "visibility": None, "owner_institution_id": None,
             MERGED_INTO: keep}
            for keep, other in zip(ids[:count], ids[count:], strict=True)
        ]  # fmt: skip
        answer = push(db, who, merges)
        statuses = [result["status"] for result in answer["results"]]
        assert statuses[:MAX_MERGES_PER_PUSH] == ["applied"] * MAX_MERGES_PER_PUSH
        assert statuses[-1] == REJECTED
        assert answer["results"][-1]["record"] is not None and not answer["results"][-1]["record"]["deleted"]
    finally:
        db.close()
