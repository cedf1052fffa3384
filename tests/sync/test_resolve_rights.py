"""The desktop and who may resolve a conflict (its author and officers of the record's owner
institution): the refusal is a typed, translatable SyncError and the conflict stays in the inbox."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from liaison.i18n import install_translator, use_language
from liaison.store.local import OutboxEntry
from liaison.sync import ConflictNotYoursError, SyncError, conflicts
from tests.sync.conftest import Laptop, Officer


def _shared_conflict(laptop: Laptop) -> tuple[Officer, Officer, Officer, str]:
    """aigerim and nurlan (KZ) clash on a shared KZ contact; leyla (AZ) holds the conflict too."""
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    leyla = laptop("leyla", "State Committee on Diaspora Affairs", "AZ")
    contact = aigerim.app.contacts.create({"name": "Bakyt Omuraliev", "visibility": "shared"})
    aigerim.sync(), nurlan.sync()
    aigerim.app.contacts.update(contact["id"], {"position": "Minister"})
    nurlan.app.contacts.update(contact["id"], {"position": "Deputy Minister"})
    aigerim.sync(), nurlan.sync(), leyla.sync(), aigerim.sync()
    (view,) = leyla.client.conflicts()
    assert view.author == "nurlan"
    return aigerim, nurlan, leyla, view.id


def _outbox(officer: Officer) -> int:
    with officer.app.store.read() as session:
        return len(session.execute(select(OutboxEntry.__table__)).all())


def test_an_officer_of_another_institution_is_told_at_once_and_the_conflict_stays(laptop: Laptop) -> None:
    aigerim, _nurlan, leyla, conflict_id = _shared_conflict(laptop)
    with pytest.raises(ConflictNotYoursError) as refused:
        leyla.client.check_resolvable(conflict_id)
    assert refused.value.message() == (
        "Only nurlan, whose change it is, and officers of the institution that owns “Bakyt Omuraliev” "
        "may resolve this conflict. It stays in your conflict inbox."
    )
    with pytest.raises(ConflictNotYoursError):
        leyla.client.resolve_conflict(conflict_id)
    assert [view.id for view in leyla.client.conflicts()] == [conflict_id]
    # in her inbox to read, not in her count: it is not hers to act on
    assert leyla.sync().open_conflicts == 0 and _outbox(leyla) == 0
    # the author's colleague (the record's institution) may, and it closes for leyla too
    assert aigerim.client.resolve_conflict(conflict_id)
    aigerim.sync(), leyla.sync()
    assert leyla.client.conflicts() == []


def test_a_resolution_the_server_refuses_reopens_the_conflict_and_says_why(laptop: Laptop) -> None:
    _aigerim, _nurlan, leyla, conflict_id = _shared_conflict(laptop)
    # as a client that does not check first would: marked resolved here, refused at the sync
    assert conflicts.resolve(leyla.app, conflict_id)
    assert leyla.client.conflicts() == []
    with pytest.raises(ConflictNotYoursError) as refused:
        leyla.sync()
    assert isinstance(refused.value, SyncError)
    assert "Only nurlan, whose change it is" in refused.value.message()
    assert [view.id for view in leyla.client.conflicts()] == [conflict_id]
    assert leyla.client.status().open_conflicts == 0  # not hers to act on: not in her count
    assert leyla.sync().conflicts == 0  # the next sync is not held up by it
    use_language("ru")  # the message is translated where it is shown
    try:
        assert refused.value.message().startswith("Только nurlan")
    finally:
        install_translator(None)


def test_a_resolution_of_a_conflict_gone_out_of_sight_does_not_block_sync(laptop: Laptop) -> None:
    aigerim, _nurlan, leyla, conflict_id = _shared_conflict(laptop)
    assert conflicts.resolve(leyla.app, conflict_id)
    (contact,) = aigerim.app.contacts.list()
    aigerim.app.contacts.update(contact["id"], {"visibility": "institution"})
    aigerim.sync()
    first = leyla.sync()  # the server answers 404 for it now: nothing to tell
    second = leyla.sync()
    assert first.deleted == 1 and second.requests == 1
    assert leyla.client.conflicts() == []
