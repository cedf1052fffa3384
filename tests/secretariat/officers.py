"""Two institutions and their officers on a running server, and small helpers to talk to it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import httpx

from tests.secretariat.server import RunningServer


def new_id() -> str:
    return str(uuid.uuid4())


def change(
    record_id: str | None = None,
    *,
    entity: str = "contacts",
    op: str = "create",
    base_rev: int = 0,
    fields: dict[str, Any] | None = None,
    visibility: str | None = None,
    change_id: str | None = None,
) -> dict[str, Any]:
    if fields is None:
        fields = {"name": "Айгерім Сейтқали"} if op == "create" and entity == "contacts" else {}
    return {
        "change_id": change_id or new_id(),
        "entity": entity,
        "record_id": record_id or new_id(),
        "op": op,
        "base_rev": base_rev,
        "fields": fields,
        "visibility": visibility if visibility is not None else ("shared" if op == "create" else None),
        "owner_institution_id": None,
    }


@dataclass
class Officer:
    username: str
    institution_id: str
    http: httpx.Client

    def push(self, *changes: dict[str, Any]) -> list[dict[str, Any]]:
        answer = self.http.post("/v1/push", json={"changes": list(changes)})
        assert answer.status_code == 200, answer.text
        results: list[dict[str, Any]] = answer.json()["results"]
        return results

    def push_one(self, item: dict[str, Any]) -> dict[str, Any]:
        return self.push(item)[0]

    def pull(self, after: int = 0, limit: int = 1000) -> dict[str, Any]:
        answer = self.http.get("/v1/changes", params={"after": after, "limit": limit})
        assert answer.status_code == 200, answer.text
        page: dict[str, Any] = answer.json()
        return page

    def pull_all(
        self, after: int = 0, limit: int = 1000
    ) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], int]:
        """Every page after ``after``: records by id (newest state), conflicts, final cursor."""
        records: dict[str, dict[str, Any]] = {}
        conflicts: list[dict[str, Any]] = []
        while True:
            page = self.pull(after, limit)
            for record in page["records"]:
                records[record["id"]] = record
            conflicts.extend(page["conflicts"])
            assert page["next_after"] >= after
            after = page["next_after"]
            if not page["has_more"]:
                return records, conflicts, after


@dataclass
class World:
    server: RunningServer
    kz: dict[str, Any]
    az: dict[str, Any]
    aigerim: Officer  # KZ
    nurlan: Officer  # KZ, a colleague of aigerim
    leyla: Officer  # AZ

    def close(self) -> None:
        for officer in (self.aigerim, self.nurlan, self.leyla):
            officer.http.close()


def populate(server: RunningServer) -> World:
    kz = server.admin.add_institution("Otandastar Qory", "KZ")
    az = server.admin.add_institution("State Committee on Diaspora Affairs", "AZ")
    officers = {}
    for username, institution in (("aigerim", kz), ("nurlan", kz), ("leyla", az)):
        server.admin.add_user(username, institution["name"])
        token = server.login(username)
        officers[username] = Officer(username, institution["id"], server.client(token))
    return World(server, kz, az, officers["aigerim"], officers["nurlan"], officers["leyla"])
