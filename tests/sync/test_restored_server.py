"""The Secretariat's database restored from an older backup (issue 12, §3): three laptops with
real data folders sync through the real HTTPS server; the administrator backs up with
``liaison-secretariat backup``; the laptops go on changing and syncing; the server's database
is replaced by the backup and the server restarted; every laptop syncs again. They converge with
every change present, nothing twice, and no mass-delete alarm."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from liaison.protocol import EPOCH_HEADER, STATUS_PATH
from liaison.secretariat import cli as secretariat
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.store.local import OutboxEntry
from tests.sync.conftest import Laptop, Officer
from tests.sync.test_end_to_end import snapshot


def _live(officer: Officer) -> dict[str, dict[str, Any]]:
    """Live contacts by name (a name twice would be a duplicate)."""
    table = table_of(ENTITIES["contacts"])
    with officer.app.store.read() as session:
        rows = session.execute(select(table).where(table.c.deleted.is_(False))).mappings().all()
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)), f"{officer.name} holds a contact twice: {sorted(names)}"
    return {row["name"]: dict(row) for row in rows}


def _restore(officer: Officer, backup: Path, how: str) -> None:
    """Stop the server, put the backup in place of its database, start it again."""
    server = officer.server
    path = Path(make_url(server.db_url).database or "")
    server.stop()
    server.admin.db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    if how == "restored":  # restored by other means than a backup copy: the operator declares it
        assert secretariat.main(["--db", server.db_url, "restored"]) == 0
    server.start()


@pytest.mark.parametrize("how", ["backup", "restored"])
def test_three_laptops_converge_after_the_server_goes_back_to_a_backup(
    laptop: Laptop, tmp_path: Path, how: str
) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    leyla = laptop("leyla", "Diaspora Committee", "AZ")
    officers = [aigerim, nurlan, leyla]
    contacts = aigerim.app.contacts
    first = {
        officer.name: officer.app.contacts.create({"name": f"{officer.name} before", "visibility": "shared"})
        for officer in officers
    }
    for _ in range(2):
        for officer in officers:
            officer.sync()

    backup = tmp_path / "secretariat-backup.sqlite3"
    if how == "backup":
        assert secretariat.main(["--db", aigerim.server.db_url, "backup", str(backup)]) == 0
    else:  # a plain file copy (what a disk snapshot gives): the same epoch as the live database
        source = sqlite3.connect(make_url(aigerim.server.db_url).database or "")
        copy = sqlite3.connect(backup)
        source.backup(copy)
        copy.close()
        source.close()

    # After the backup: creates, edits of one's own and of a colleague's record, a delete, a
    # restore, a record made and deleted, all confirmed by the server and pulled by the others.
    made = contacts.create({"name": "aigerim after", "visibility": "shared", "notes": "met in Baku"})
    contacts.update(first["nurlan"]["id"], {"notes": "aigerim's note on nurlan's contact"})
    gone = contacts.create({"name": "aigerim short-lived", "visibility": "shared"})
    nurlan.app.contacts.create({"name": "nurlan after", "visibility": "institution"})
    leyla_made = leyla.app.contacts.create({"name": "leyla after", "visibility": "shared"})
    leyla.app.contacts.update(first["leyla"]["id"], {"honorific": "Dr"})
    for _ in range(2):
        for officer in officers:
            officer.sync()
    contacts.delete(gone["id"])
    leyla.app.contacts.delete(leyla_made["id"])
    aigerim.sync()
    leyla.sync()
    leyla.app.contacts.restore(leyla_made["id"])
    for officer in officers:
        officer.sync()
    # Waiting at the moment of the restore: an edit not sent yet.
    nurlan.app.contacts.update(made["id"], {"honorific": "Ms"})
    before = {officer.name: _live(officer) for officer in officers}
    assert "aigerim after" in before["leyla"] and "nurlan after" in before["aigerim"]

    _restore(aigerim, backup, how)

    summaries = []
    for _ in range(2):
        for officer in officers:
            summaries.append(officer.sync())  # no MassDeleteError: the alarm is not raised
    told = [summary for summary in summaries if summary.restored]
    assert len(told) == 3, "each laptop is told once"
    assert {summary.resent for summary in told} != {0}

    views = [snapshot(officer) for officer in officers]
    assert views[0] == views[1], "the two officers of one institution converge"
    shared = {key: value for key, value in views[0].items() if value["visibility"] == "shared"}
    assert shared == {key: value for key, value in views[2].items() if value["visibility"] == "shared"}
    aigerim_live = _live(aigerim)
    everyone = {f"{name} {when}" for name in ("aigerim", "nurlan", "leyla") for when in ("before", "after")}
    assert set(aigerim_live) == everyone
    assert aigerim_live["aigerim after"]["notes"] == "met in Baku"
    assert aigerim_live["aigerim after"]["honorific"] == "Ms", "the edit waiting at the restore"
    assert aigerim_live["nurlan before"]["notes"] == "aigerim's note on nurlan's contact"
    assert aigerim_live["leyla before"]["honorific"] == "Dr"
    assert "leyla after" in aigerim_live, "deleted, then restored, after the backup"
    assert "aigerim short-lived" not in _live(leyla)
    assert set(_live(leyla)) == {name for name in aigerim_live if name != "nurlan after"}
    for officer in officers:
        with officer.app.store.read() as session:
            assert session.execute(select(OutboxEntry.__table__)).first() is None, officer.name
    # The next sync is an ordinary one: one request, nothing to tell.
    quiet = aigerim.sync()
    assert not quiet.restored and quiet.requests == 1


def test_a_push_or_pull_of_another_epoch_is_refused_before_anything_is_applied(
    laptop: Laptop,
) -> None:
    aigerim = laptop("aigerim")
    aigerim.app.contacts.create({"name": "Bakyt", "visibility": "shared"})
    aigerim.sync()
    token = aigerim.server.login("aigerim")
    with aigerim.server.client(token) as http:
        status = http.get(STATUS_PATH).json()
        other = "00000000-0000-4000-8000-000000000000"
        refused = http.get("/v1/changes", params={"after": 0}, headers={EPOCH_HEADER: other})
        assert refused.status_code == 409 and refused.json()["error"] == "server_restored"
        malformed = http.get("/v1/changes", params={"after": 0}, headers={EPOCH_HEADER: "yesterday"})
        assert malformed.status_code == 400 and malformed.json()["field"] == EPOCH_HEADER
        pushed = http.post("/v1/push", json={"changes": []}, headers={EPOCH_HEADER: other})
        assert pushed.status_code == 409
        same = http.get("/v1/changes", params={"after": 0}, headers={EPOCH_HEADER: status["epoch"]})
        assert same.status_code == 200 and same.json()["epoch"] == status["epoch"]
    assert os.path.exists(make_url(aigerim.server.db_url).database or "")
