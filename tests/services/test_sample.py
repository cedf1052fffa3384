"""The sample record a newcomer loads on first run: one transaction, found by search, coherent."""

from __future__ import annotations

import itertools
import threading
import time
from datetime import date, datetime

import pytest
from sqlalchemy import text

from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.errors import ReadOnlyError
from liaison.services.sample import Cancelled, is_empty, load_sample_data, sample_data, step_count
from liaison.services.settings import HOME_INSTITUTION, TRAINING

FIFTH = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"
PLAN_2024 = "Diaspora Joint Activity Plan of the OTS for the year 2024"


def rows(app: Liaison, table: str) -> int:
    with app.store.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def fifth_meeting(app: Liaison) -> dict[str, object]:
    [event] = app.events.list({"title": FIFTH})
    return event


@pytest.fixture
def loaded(app: Liaison) -> Liaison:
    load_sample_data(app)
    return app


def test_loading_fills_every_entity_table_and_reports_what_it_added(app: Liaison) -> None:
    assert is_empty(app)
    counts = load_sample_data(app)
    assert set(counts) == set(ENTITIES)
    for table, added in counts.items():
        assert added > 0, table
        assert rows(app, table) == added, table
    assert counts["institutions"] >= 10 and counts["contacts"] >= 10 and counts["events"] >= 15
    assert app.pending_changes() == 0  # a training record: nothing waits for the Secretariat
    assert not is_empty(app)


@pytest.mark.parametrize("stop_at", ["middle", "end"])
def test_a_cancel_rolls_everything_back(app: Liaison, stop_at: str) -> None:
    cancel = threading.Event()
    total = step_count()
    stop = total // 2 if stop_at == "middle" else total  # "end": after the last step, before commit

    def progress(done: int, _total: int) -> None:
        if done == stop:
            cancel.set()

    with pytest.raises(Cancelled):
        load_sample_data(app, progress, cancel)
    for table in [*ENTITIES, "outbox", "search_docs", "search_fts"]:
        assert rows(app, table) == 0, table
    assert is_empty(app) and app.search("omuraliev") == []
    # the store is usable afterwards: nothing is left locked or half-open
    assert load_sample_data(app)["events"] > 0


def test_cancelled_has_an_officer_facing_message() -> None:
    assert "cancelled" in Cancelled().message(english=True)
    assert "nothing was written" in str(Cancelled())


def test_progress_counts_up_to_the_total(app: Liaison) -> None:
    calls: list[tuple[int, int]] = []
    load_sample_data(app, lambda done, total: calls.append((done, total)))
    total = step_count()
    assert total > 100
    assert {t for _done, t in calls} == {total}
    dones = [done for done, _total in calls]
    assert dones[0] == 0 and dones[-1] == total
    assert all(a < b for a, b in itertools.pairwise(dones))


def test_the_fifth_meeting_in_bishkek(loaded: Liaison) -> None:
    app = loaded
    hits = app.search("5th meeting bishkek")
    event_hits = [h for h in hits if h.kind == "event"]
    assert [h.title for h in event_hits] == [FIFTH]
    event = app.events.get(event_hits[0].id)
    where = (event["kind"], event["number"], event["city"], event["country"])
    assert where == ("ministerial_meeting", 5, "Bishkek", "KG")
    assert event["start_date"] == date(2023, 11, 22)
    host = app.institutions.get(str(event["host_institution_id"]))
    assert host["name"] == "Ministry of Labour, Social Security and Migration of the Kyrgyz Republic"
    assert "Кыргыз Республикасынын" in host["native_name"]

    delegations = app.delegations.list({"event_id": event["id"]})
    assert {d["state_code"] for d in delegations} == {"AZ", "TR", "UZ", "KG", "KZ", "HU", "OTS"}
    assert all(d["head_contact_id"] for d in delegations)
    participants = app.participants.list({"event_id": event["id"]})
    heads = [p for p in participants if p["role"] in ("head_of_delegation", "host")]
    assert len(heads) == 7 and all(p["attended"] for p in heads)
    assert len(app.agenda.list({"event_id": event["id"]})) >= 7


def test_its_minutes_are_agreed_read_only_and_found_by_a_decision(loaded: Liaison) -> None:
    app = loaded
    event = fifth_meeting(app)
    [minutes] = app.minutes.list({"event_id": event["id"]})
    assert minutes["status"] == "agreed" and minutes["agreed_on"] == date(2023, 11, 22)
    [log] = app.minutes_log.list({"minutes_id": minutes["id"]})
    assert log["action"] == "agreed" and log["at"].date() == date(2023, 11, 22)
    entries = app.minutes_entries.list({"minutes_id": minutes["id"]})
    assert len(entries) >= 7 and all(e["agenda_item_id"] for e in entries)
    assert any("Qazalem" in (e["notes"] or "") for e in entries)
    with pytest.raises(ReadOnlyError):
        app.minutes_entries.update(entries[0]["id"], {"decisions": "changed"})
    for decision_word in ("internship", "TURKTIME"):
        assert minutes["id"] in [h.id for h in app.search(decision_word, kinds=["minutes"])]
    # the other minutes (a Contact Group meeting) are still a draft
    drafts = [m for m in app.minutes.list() if m["status"] == "draft"]
    assert len(drafts) == 1


def test_the_secretary_general_and_saparbekuly_are_found_in_either_script(loaded: Liaison) -> None:
    app = loaded
    for query in ("omuraliev", "Омуралиев", "Omuraliyev"):
        contacts = [h for h in app.search(query) if h.kind == "contact"]
        assert [h.title for h in contacts] == ["Кубанычбек Омуралиев (Kubanychbek Omuraliev)"], query
    [hit] = [h for h in app.search("saparbekuly") if h.kind == "contact"]
    contact = app.contacts.get(hit.id)
    assert "Сапарбекұлы" in contact["name"]
    assert app.institutions.get(contact["institution_id"])["native_name"] == "«Отандастар қоры» КеАҚ"
    for query, name in (("isik", "Elif Işık"), ("mammadov", "Rəşad Məmmədov"), ("godollo", "Szűcs Bence")):
        assert name in [h.title.split(" (")[0] for h in app.search(query, kinds=["contact"])], query


def test_otandastar_qory_is_part_of_the_kazakh_foreign_ministry(loaded: Liaison) -> None:
    app = loaded
    qory = app.institutions.get(app.institutions.resolve("Otandastar Qory"))
    parent = app.institutions.get(str(qory["parent_id"]))
    assert parent["name"] == "Ministry of Foreign Affairs of the Republic of Kazakhstan"


def test_the_2024_plan_has_its_activities_and_its_adopted_document(loaded: Liaison) -> None:
    app = loaded
    [plan] = app.plans.list({"year": 2024})
    assert plan["title"] == PLAN_2024
    assert plan["adopted_event_id"] == fifth_meeting(app)["id"]
    activities = app.activities.list({"plan_id": plan["id"]})
    assert len(activities) >= 8
    assert all(a["responsible_states"] and a["timeframe"] for a in activities)
    assert {"done", "postponed"} <= {a["status"] for a in activities}
    [document] = [d for d in app.documents.list() if d["title"] == PLAN_2024]
    assert document["plan_id"] == plan["id"] and document["kind"] == "action_plan"
    assert document["adopted_on"] == date(2023, 11, 22)


def test_bilaterals_and_action_items_follow_up_the_meeting(loaded: Liaison) -> None:
    app = loaded
    event = fifth_meeting(app)
    bilaterals = app.bilaterals.list({"event_id": event["id"], "visibility": "shared"})
    assert len(bilaterals) >= 2
    for bilateral in bilaterals:
        assert len(app.bilateral_parties.list({"bilateral_id": bilateral["id"]})) == 2
        assert bilateral["outcomes"]
    actions = app.actions.list()
    assert any(a["bilateral_id"] for a in actions) and any(a["minutes_id"] for a in actions)
    statuses = {a["status"] for a in actions}
    assert {"open", "in_progress", "done", "cancelled"} <= statuses
    done = [a for a in actions if a["status"] == "done"]
    assert all(a["completed_on"] and a["completed_on"] <= date(2025, 1, 1) for a in done)
    overdue = app.actions.overdue(date(2026, 11, 1))
    assert len(overdue) >= 3
    assert any(a["due_date"] >= date(2026, 11, 1) and a["status"] == "open" for a in actions)  # still to come


def test_history_and_the_future(loaded: Liaison) -> None:
    app = loaded
    events = app.events.list()
    assert min(e["start_date"] for e in events) == date(2013, 5, 14)  # Ankara, the Joint Activity Strategy
    assert any(e["start_date"].year == 2027 for e in events)  # something for the "upcoming" views
    [contact_group] = [e for e in events if e["number"] == 2 and e["kind"] == "contact_group_meeting"]
    assert contact_group["city"] == "İstanbul" and "Şubat" in contact_group["description"]
    assert contact_group["end_date"] == date(2014, 2, 4)
    kinds = {e["kind"] for e in events}
    assert {"capacity_building_training", "exchange_programme", "youth_forum", "reception", "summit"} <= kinds
    cities = {e["city"] for e in events if e["kind"] == "capacity_building_training"}
    assert {"Berlin", "New York"} <= cities


def test_position_history_is_recorded(loaded: Liaison) -> None:
    app = loaded
    omuraliev = app.contacts.get(app.contacts.resolve("Kubanychbek Omuraliev"))
    posts = app.positions.list({"contact_id": omuraliev["id"]})
    assert [(p["position"], p["start_date"], p["end_date"]) for p in posts] == [
        ("Ambassador of the Kyrgyz Republic to Türkiye", None, date(2022, 11, 11)),
        ("Secretary General of the Organization of Turkic States", date(2022, 11, 14), None),
    ]
    aigerim = app.contacts.get(app.contacts.resolve("Aigerim Zhaksylykova"))
    institutions = [p["institution_id"] for p in app.positions.list({"contact_id": aigerim["id"]})]
    assert len(set(institutions)) == 2


def test_sample_records_are_shared_except_a_few_private_notes(loaded: Liaison) -> None:
    app = loaded
    private: list[str] = []
    for name, service in app.records.items():
        for record in service.list():
            assert record["visibility"] in ("shared", "private"), name
            if record["visibility"] == "private":
                private.append(name)
    assert {"contacts", "bilaterals", "action_items"} <= set(private)
    assert len(private) <= 8


def test_records_belong_to_the_officers_institution_when_one_is_set(app: Liaison) -> None:
    app.settings.set(TRAINING, True)  # a training record where the officer made an institution first
    home = app.institutions.create({"name": "Our diaspora institution"})
    app.settings.set(HOME_INSTITUTION, home["id"])
    load_sample_data(app)
    records = [r for service in app.records.values() for r in service.list() if r["id"] != home["id"]]
    assert {r["owner_institution_id"] for r in records} == {home["id"]}


def test_the_data_file_is_well_formed() -> None:
    data = sample_data()
    assert data["about"]
    keys = [item["key"] for section, items in data.items() if section != "about" for item in items]
    assert len(keys) == len(set(keys))
    people = data["contacts"]
    assert all(p.get("notes") for p in people)  # every person says where the post comes from
    invented = [p for p in people if "Fictional" in p["notes"]]
    assert 5 <= len(invented) < len(people)


def test_it_loads_quickly(app: Liaison) -> None:
    started = time.perf_counter()
    load_sample_data(app)
    assert time.perf_counter() - started < 5  # well under a second on an idle machine
    assert isinstance(app.minutes_log.list()[0]["at"], datetime)
