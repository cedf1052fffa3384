"""The sample an older version loaded into the officer's own record: found by what it holds,
removed where untouched, kept (and reported) where the officer changed it or linked to it.

The data folders are made the old way: the sample written straight into the real record, as
the loader did before the training record existed (its steps, without the training mark)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from liaison.services.app import Liaison
from liaison.services.old_sample import OFFERED, find_old_sample, remove_old_sample
from liaison.services.sample import _steps, _write, sample_data
from liaison.services.settings import HOME_INSTITUTION

FIFTH = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"


def load_the_old_way(app: Liaison) -> None:
    """What ``liaison demo`` did before the training record: the sample into this record."""
    keys: dict[str, str] = {}
    with app.store.write() as session:
        owner = app.settings.home_institution_in(session)
        for section, item in _steps(sample_data()):
            _write(app, session, section, item, keys, owner)


def live(app: Liaison, table: str) -> int:
    with app.store.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table} WHERE NOT deleted")).scalar_one())


def test_an_untouched_old_sample_is_found_and_removed_whole(tmp_path: Path) -> None:
    with Liaison.open(tmp_path / "data") as app:
        ours = app.institutions.create({"name": "Ministry of Foreign Affairs (our desk)", "country": "KZ"})
        app.settings.set(HOME_INSTITUTION, ours["id"])
        mine = app.contacts.create({"name": "Aliya Nurlanovna", "institution_id": ours["id"]})
        load_the_old_way(app)
        assert live(app, "events") >= 15
        found = find_old_sample(app)
        assert found.removable and not found.kept
        assert live(app, "events") >= 15  # finding writes nothing

        result = remove_old_sample(app)
        assert result.removed >= len(result.removable) > 200
        for table in ("events", "delegations", "participants", "minutes", "minutes_entries", "bilaterals"):
            assert live(app, table) == 0, table
        assert [c["id"] for c in app.contacts.list()] == [mine["id"]]
        assert [i["id"] for i in app.institutions.list()] == [ours["id"]]
        assert app.contacts.get(mine["id"])["institution_id"] == ours["id"]
        assert app.search("omuraliev") == []
        assert app.settings.get(OFFERED)
        # Never synced here: each delete cancels its create, and nothing of the sample is left to send.
        with app.store.read() as session:
            queued = {row[0] for row in session.execute(text("SELECT record_id FROM outbox"))}
        posts = {p["id"] for p in app.positions.list({"contact_id": mine["id"]})}
        assert queued <= {ours["id"], mine["id"], *posts}
        assert not find_old_sample(app).found


def test_changed_and_linked_sample_records_are_kept_and_reported(tmp_path: Path) -> None:
    with Liaison.open(tmp_path / "data") as app:
        load_the_old_way(app)
        load_the_old_way(app)  # the older version doubled everything on a second load
        contacts = app.contacts.list({"name": "Kubanychbek Omuraliev"}) or app.contacts.list()
        edited = contacts[0]
        app.contacts.update(edited["id"], {"notes": "Met in Bishkek; follow up on the youth camp."})
        [fifth, _second_copy] = app.events.list({"title": FIFTH})
        own = app.contacts.create({"name": "Aliya Nurlanovna"})
        app.participants.create({"event_id": fifth["id"], "contact_id": own["id"]})
        agenda_before = len(app.agenda.list({"event_id": fifth["id"]}))

        found = find_old_sample(app)
        why = {(entity, record_id): reason for entity, record_id, _title, reason in found.kept}
        assert why[("contacts", edited["id"])] == "changed"
        assert why[("events", fifth["id"])] == "linked"
        assert found.with_kept > 0  # the event's agenda, its host institution…

        result = remove_old_sample(app)
        assert app.contacts.get(edited["id"])["notes"].startswith("Met in Bishkek")
        assert app.contacts.get(own["id"])
        assert [e["id"] for e in app.events.list({"title": FIFTH})] == [fifth["id"]]  # the other copy went
        assert len(app.agenda.list({"event_id": fifth["id"]})) == agenda_before  # kept with its event
        assert app.participants.list({"contact_id": own["id"]})
        # Whatever stays refers only to records that stay.
        with app.store.read() as session:
            dangling = session.execute(
                text(
                    "SELECT count(*) FROM participants p JOIN contacts c ON c.id = p.contact_id"
                    " WHERE NOT p.deleted AND c.deleted"
                )
            ).scalar_one()
        assert dangling == 0
        assert result.removed > 300
        again = find_old_sample(app)
        assert not again.removable and {k[:2] for k in again.kept} == {k[:2] for k in found.kept}


def test_a_training_record_and_a_record_without_the_sample_have_nothing_to_remove(tmp_path: Path) -> None:
    from liaison.services.sample import load_sample_data, open_training

    with Liaison.open(tmp_path / "data") as app:
        app.contacts.create({"name": "Aliya Nurlanovna"})
        assert not find_old_sample(app).found
    training = open_training(tmp_path / "data")
    try:
        load_sample_data(training)
        assert not find_old_sample(training).found
    finally:
        training.close()
