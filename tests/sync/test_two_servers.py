"""Several server processes on one PostgreSQL database are safe: three laptops (real data
folders, the real sync client) sync through two ``liaison-secretariat serve`` processes — the
second itself with ``--workers 2`` — in turns and at the same time, and converge with nothing
lost or duplicated. The writers' lock is the ``server_meta`` row, in the database, so which
process serves a push does not matter."""

from __future__ import annotations

import os
import signal
import threading
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison.secretariat.models import RecordVersion, SyncConflict, SyncRecord
from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore
from tests.secretariat.processes import ServerProcess, SwitchProxy, TlsFiles, serving
from tests.secretariat.server import DEFAULT_PASSWORD, POSTGRES_ENV, Admin, database_url
from tests.sync.conftest import NO_WAIT, MemoryKeyring

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs PostgreSQL: set {POSTGRES_ENV}"),
]

ROUNDS = 6
PER_ROUND = 4


class Laptop:
    def __init__(self, name: str, folder: Path, proxy: SwitchProxy, tls: TlsFiles) -> None:
        self.name = name
        self.app = Liaison.open(folder)
        self.proxy = proxy
        self.client = SyncClient(self.app, tokens=TokenStore(), retry=NO_WAIT)
        self.client.login(proxy.url, name, DEFAULT_PASSWORD, ca_file=str(tls.ca_file))
        self.created: list[str] = []
        self.deleted: set[str] = set()
        self.deleted_after_sync: set[str] = set()

    def sync_through(self, server: ServerProcess) -> None:
        self.proxy.target = server.port
        self.client.close()  # the next sync opens a new connection, through the new target
        summary = self.client.sync()
        assert summary.pending == 0, summary

    def live_contacts(self) -> Counter[str]:
        rows = self.app.contacts.list(limit=100_000)
        return Counter(row["name"] for row in rows)

    def close(self) -> None:
        self.client.close()
        self.app.close()


def _work(laptop: Laptop, round_: int, shared_id: str) -> None:
    """A round of an officer's work: new contacts, one deleted, and an edit of the contact the
    two KZ officers share (different fields; text at either end of the notes, which merges)."""
    for n in range(PER_ROUND):
        record = laptop.app.contacts.create({"name": f"{laptop.name} {round_}.{n}", "visibility": "shared"})
        laptop.created.append(record["name"])
    # one made in the last round (synced: the delete travels), or in round 0 one made now
    # (never sent: its create is cancelled, and the server never hears of it)
    victim = laptop.created[0 if round_ == 0 else (round_ - 1) * PER_ROUND + 1]
    if round_ > 0:
        laptop.deleted_after_sync.add(victim)
    laptop.app.contacts.delete(
        next(row["id"] for row in laptop.app.contacts.list(limit=100_000) if row["name"] == victim)
    )
    laptop.deleted.add(victim)
    if laptop.name in ("aigerim", "nurlan"):
        notes = laptop.app.contacts.get(shared_id)["notes"] or ""
        line = f"{laptop.name} wrote in round {round_}"
        if laptop.name == "aigerim":
            laptop.app.contacts.update(shared_id, {"notes": notes + line + "\n", "position": f"P{round_}"})
        else:
            laptop.app.contacts.update(shared_id, {"notes": line + "\n" + notes, "honorific": f"H{round_}"})


def _sync(laptop: Laptop, server: ServerProcess, failures: list[BaseException]) -> None:
    try:
        laptop.sync_through(server)
    except BaseException as problem:  # reported by the test, in its own thread
        failures.append(problem)


def test_three_laptops_through_two_server_processes_on_one_postgresql_converge(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    tls = TlsFiles.make(tmp_path)
    with (
        database_url("postgres", tmp_path) as url,
        serving(url, tls, tmp_path / "a.log") as one,
        serving(url, tls, tmp_path / "b.log", "--workers", "2") as two,
    ):
        assert len(two.worker_pids()) == 2
        admin = Admin(url)
        admin.add_institution("Otandastar Qory", "KZ")
        admin.add_institution("Diaspora Committee", "AZ")
        for name, institution in (
            ("aigerim", "Otandastar Qory"),
            ("nurlan", "Otandastar Qory"),
            ("leyla", "Diaspora Committee"),
        ):
            admin.add_user(name, institution)
        servers = (one, two)
        proxies = [SwitchProxy(one.port) for _ in range(3)]
        laptops = [
            Laptop(name, tmp_path / name, proxy, tls)
            for name, proxy in zip(("aigerim", "nurlan", "leyla"), proxies, strict=True)
        ]
        try:
            aigerim, nurlan, _leyla = laptops
            shared = aigerim.app.contacts.create(
                {"name": "Bakyt Omuraliev", "visibility": "shared", "notes": "Met in Bishkek.\n"}
            )
            aigerim.sync_through(one)
            nurlan.sync_through(two)
            for round_ in range(ROUNDS):
                for laptop in laptops:
                    _work(laptop, round_, shared["id"])
                failures: list[BaseException] = []
                # at the same time, each through the server the round gives it
                threads = [
                    threading.Thread(target=_sync, args=(laptop, servers[(n + round_) % 2], failures))
                    for n, laptop in enumerate(laptops)
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(120)
                assert not failures, failures
            for server in (one, two, one):  # everyone pulls what the others sent last
                for laptop in laptops:
                    laptop.sync_through(server)

            expected = Counter(
                name for laptop in laptops for name in laptop.created if name not in laptop.deleted
            )
            expected["Bakyt Omuraliev"] = 1
            for laptop in laptops:
                assert laptop.live_contacts() == expected, laptop.name  # none lost, none twice
                assert laptop.client.status().pending == 0
            merged = [laptop.app.contacts.get(shared["id"]) for laptop in laptops]
            local = {"created_at", "updated_at"}  # each laptop's own clock
            for record in merged[1:]:
                assert {k: v for k, v in record.items() if v != merged[0].get(k)}.keys() <= local
            notes = merged[0]["notes"].splitlines()
            for round_ in range(ROUNDS):
                assert notes.count(f"aigerim wrote in round {round_}") == 1, notes
                assert notes.count(f"nurlan wrote in round {round_}") == 1, notes
            assert notes.count("Met in Bishkek.") == 1
            assert merged[0]["position"] == f"P{ROUNDS - 1}" and merged[0]["honorific"] == f"H{ROUNDS - 1}"

            with admin.db.read() as connection:
                contacts = connection.execute(
                    select(SyncRecord.fields, SyncRecord.deleted).where(SyncRecord.entity == "contacts")
                ).all()
                conflicts = connection.scalar(select(func.count()).select_from(SyncConflict))
                # sequence numbers were handed out one writer at a time: no two versions share one
                shared_revs = connection.execute(
                    select(RecordVersion.rev).group_by(RecordVersion.rev).having(func.count() > 1)
                ).all()
            assert Counter(fields["name"] for fields, deleted in contacts if not deleted) == expected
            tombstones = Counter(fields["name"] for fields, deleted in contacts if deleted)
            assert tombstones == Counter(name for laptop in laptops for name in laptop.deleted_after_sync)
            assert conflicts == 0 and shared_revs == []
            for server in servers:  # both served pushes and pulls
                log = server.log_text()
                assert " POST /v1/push 200 " in log and " GET /v1/changes 200 " in log
        finally:
            for laptop in laptops:
                laptop.close()
            for proxy in proxies:
                proxy.close()
            admin.close()
        # stopped cleanly: uvicorn ends by the signal it was stopped with, the supervisor with 0
        assert two.stop() == 0 and one.stop() in (0, -signal.SIGTERM)
        assert "Traceback" not in one.log_text() + two.log_text()
