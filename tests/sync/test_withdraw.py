"""Making a shared record private (issue 12, §4), through the real HTTPS server: the officer
either keeps the copies others have or withdraws the record — gone from colleagues' laptops (an
unsent edit of theirs kept in their conflict inbox), kept, with its history, on the author's —,
with no mass-delete alarm; shared again, it comes back with what was written while private."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from liaison.services.errors import NotFoundError
from liaison.store.local import OutboxEntry
from tests.sync.conftest import Laptop, Officer


def _contact(officer: Officer, record_id: str) -> dict[str, Any] | None:
    try:
        return officer.get("contact", record_id)
    except NotFoundError:
        return None


def _position(officer: Officer, record_id: str) -> dict[str, Any] | None:
    try:
        return officer.get("position", record_id)
    except NotFoundError:
        return None


def _outbox(officer: Officer) -> list[dict[str, Any]]:
    with officer.app.store.read() as session:
        return [dict(row) for row in session.execute(select(OutboxEntry.__table__)).mappings()]


def test_withdrawing_a_shared_record_takes_it_from_colleagues_and_keeps_it_here(laptop: Laptop) -> None:
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    leyla = laptop("leyla", "Diaspora Committee", "AZ")
    contacts = aigerim.app.contacts
    secret = contacts.create({"name": "Source in Astana", "visibility": "shared", "notes": "met twice"})
    kept = contacts.create({"name": "Kept copy", "visibility": "institution", "notes": "v1"})
    position = aigerim.app.positions.create(
        {"contact_id": secret["id"], "position": "Adviser", "visibility": "shared"}
    )
    many = [contacts.create({"name": f"Batch {n}", "visibility": "shared"}) for n in range(24)]
    for officer in (aigerim, nurlan, leyla):
        officer.sync()
    assert _contact(nurlan, secret["id"]) is not None and _contact(leyla, secret["id"]) is not None
    # A colleague's edit, not sent yet when the record is withdrawn.
    nurlan.app.contacts.update(secret["id"], {"notes": "met twice; nurlan: call him in May"})

    contacts.update(secret["id"], {"visibility": "private"}, withdraw=True)
    contacts.update(kept["id"], {"visibility": "private"})  # keep the others' copies
    for record in many:
        contacts.update(record["id"], {"visibility": "private"}, withdraw=True)
    aigerim.sync()
    # What the author now writes in the private record stays on the laptop.
    contacts.update(secret["id"], {"notes": "met twice; private: prefers Kazakh"})
    assert aigerim.sync().pushed == 0

    quiet = leyla.sync()  # 26 of leyla's 28 records leave: no alarm (nothing was deleted)
    assert _contact(leyla, secret["id"]) is None
    assert all(_contact(leyla, record["id"]) is None for record in many)
    assert _position(leyla, position["id"]) is None, "what it holds goes with it"
    assert quiet.deleted == 26

    nurlan.sync()
    assert _contact(nurlan, secret["id"]) is None
    assert nurlan.get("contact", kept["id"])["notes"] == "v1", "kept: the copy stays as it was"
    inbox = nurlan.client.conflicts()
    (conflict,) = [view for view in inbox if view.record_id == secret["id"]]
    assert "call him in May" in str(conflict.fields), "the colleague's unsent words are kept"
    assert not _outbox(nurlan)
    assert not [view for view in leyla.client.conflicts() if view.record_id == secret["id"]]

    mine = aigerim.get("contact", secret["id"])
    assert mine["visibility"] == "private" and mine["notes"] == "met twice; private: prefers Kazakh"
    assert aigerim.get("position", position["id"])["visibility"] == "private"
    assert {entry["op"] for entry in _outbox(aigerim)} <= {"update"}, "held, never sent"

    # Shared again: back for everyone, with what was written while it was private.
    contacts.update(secret["id"], {"visibility": "shared"})
    aigerim.sync()
    for officer in (nurlan, leyla):
        officer.sync()
        back = officer.get("contact", secret["id"])
        assert back["notes"] == "met twice; private: prefers Kazakh" and back["visibility"] == "shared"
        assert officer.get("position", position["id"])["contact_id"] == secret["id"], "back with it"
    assert not [entry for entry in _outbox(aigerim) if entry["record_id"] == secret["id"]]


def test_the_command_line_asks_which_when_a_shared_record_goes_private(
    laptop: Laptop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.test_cli_sync import run

    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    record = aigerim.app.contacts.create({"name": "Bakyt", "visibility": "shared"})
    aigerim.sync()
    nurlan.sync()
    folder = aigerim.app.data_dir
    code, _out, err = run(
        capsys, monkeypatch, folder, "contact", "edit", record["id"], "--visibility", "private"
    )
    assert code != 0 and "--withdraw" in err and "--keep-shared-copies" in err
    code, _out, err = run(
        capsys, monkeypatch, folder, "contact", "edit", record["id"], "--visibility", "private", "--withdraw"
    )
    assert code == 0, err
    aigerim.sync()
    nurlan.sync()
    assert _contact(nurlan, record["id"]) is None
    assert aigerim.get("contact", record["id"])["visibility"] == "private"
