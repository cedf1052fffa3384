"""The contact profile: every section from a record built by hand, and from the sample."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from liaison.services.app import Liaison
from liaison.services.errors import NotFoundError
from liaison.services.profiles import contact_profile
from liaison.services.sample import load_sample_data

TODAY = date(2024, 6, 1)


@dataclass
class World:
    contact: str
    colleague: str
    ministry: str
    embassy: str
    ids: dict[str, str]


def _event(app: Liaison, title: str, start: str, **extra: Any) -> str:
    return str(
        app.events.create({"kind": "ministerial_meeting", "title": title, "start_date": start, **extra})["id"]
    )


def _bilateral(app: Liaison, title: str, day: str, **extra: Any) -> str:
    return str(app.bilaterals.create({"title": title, "date": day, **extra})["id"])


def _action(app: Liaison, title: str, **values: Any) -> str:
    return str(app.actions.create({"title": title, **values})["id"])


@pytest.fixture
def world(app: Liaison) -> World:
    ministry = app.institutions.create(
        {"name": "Ministry of Migration", "short_name": "MoM", "state_code": "KG", "kind": "ministry"}
    )["id"]
    embassy = app.institutions.create({"name": "Embassy in Ankara", "kind": "embassy", "state_code": "KG"})[
        "id"
    ]
    other = app.institutions.create({"name": "Otandastar Qory", "state_code": "KZ"})["id"]
    contact = app.contacts.create(
        {
            "name": "Айбек Тестов",
            "latin_name": "Aibek Testov",
            "position": "Head of Division",
            "institution_id": ministry,
        }
    )["id"]
    colleague = app.contacts.create({"name": "Colleague One", "institution_id": ministry})["id"]
    stranger = app.contacts.create({"name": "Someone Else", "institution_id": other})["id"]
    ids: dict[str, str] = {}

    # Position history besides the current post (recorded when the contact was created).
    ids["post_2019"] = app.positions.create(
        {
            "contact_id": contact,
            "position": "Third Secretary",
            "institution_id": embassy,
            "start_date": "2015-01-01",
            "end_date": "2019-12-31",
        }
    )["id"]
    ids["post_2021"] = app.positions.create(
        {
            "contact_id": contact,
            "position": "Counsellor",
            "start_date": "2020-01-01",
            "end_date": "2021-06-30",
        }
    )["id"]

    # Events: a delegate (absent), a speaker who also heads the delegation, a delegation headed
    # without a participant record, and two that must not show (deleted event / participant).
    ids["e2022"] = _event(app, "Contact Group 2022", "2022-05-01")
    ids["e2024"] = _event(app, "5th Meeting", "2024-03-01", city="Bishkek", country="KG")
    ids["e2023"] = _event(app, "Forum 2023", "2023-06-01")
    ids["e_gone"] = _event(app, "Cancelled meeting", "2024-04-01")
    ids["e_unlisted"] = _event(app, "Unlisted", "2024-05-01")
    app.participants.create(
        {"event_id": ids["e2022"], "contact_id": contact, "role": "delegate", "attended": False}
    )
    delegation = app.delegations.create(
        {"event_id": ids["e2024"], "state_code": "KG", "head_contact_id": contact}
    )
    app.participants.create(
        {
            "event_id": ids["e2024"],
            "contact_id": contact,
            "delegation_id": delegation["id"],
            "role": "speaker",
            "attended": True,
        }
    )
    app.delegations.create({"event_id": ids["e2023"], "state_code": "KG", "head_contact_id": contact})
    app.participants.create({"event_id": ids["e_gone"], "contact_id": contact})
    app.events.delete(ids["e_gone"])
    removed = app.participants.create({"event_id": ids["e_unlisted"], "contact_id": contact})
    app.participants.delete(removed["id"])
    app.participants.create({"event_id": ids["e2022"], "contact_id": stranger})

    # Bilateral meetings: two with the contact, one without, one whose party was removed.
    ids["b2023"] = _bilateral(app, "Talks in Ankara", "2023-01-15", outcomes="Agreed to exchange lists.")
    ids["b2024"] = _bilateral(app, "Talks in Bishkek", "2024-03-01", event_id=ids["e2024"], city="Bishkek")
    ids["b_other"] = _bilateral(app, "Talks without them", "2024-03-02")
    ids["b_removed"] = _bilateral(app, "Talks they left", "2024-03-03")
    for bilateral in ("b2023", "b2024"):
        app.bilateral_parties.create({"bilateral_id": ids[bilateral], "contact_id": contact})
    app.bilateral_parties.create({"bilateral_id": ids["b2024"], "contact_id": stranger, "state_code": "KZ"})
    app.bilateral_parties.create({"bilateral_id": ids["b_other"], "contact_id": stranger})
    party = app.bilateral_parties.create({"bilateral_id": ids["b_removed"], "contact_id": contact})
    app.bilateral_parties.delete(party["id"])

    # Actions: theirs (overdue, undated, also their institution's), their institution's (a
    # colleague's), and ones that must not show (done, another institution's, deleted).
    ids["a_overdue"] = _action(app, "Send the list", assignee_contact_id=contact, due_date="2024-01-10")
    ids["a_undated"] = _action(app, "Think about it", assignee_contact_id=contact, status="in_progress")
    ids["a_both"] = _action(
        app,
        "Draft the concept",
        assignee_contact_id=contact,
        assignee_institution_id=ministry,
        due_date="2024-07-01",
    )
    ids["a_ministry"] = _action(
        app,
        "Nominate interns",
        assignee_institution_id=ministry,
        assignee_contact_id=colleague,
        due_date="2024-05-31",
        event_id=ids["e2024"],
    )
    ids["a_today"] = _action(app, "Due today", assignee_institution_id=ministry, due_date="2024-06-01")
    _action(app, "Already done", assignee_contact_id=contact, due_date="2024-01-01", status="done")
    _action(app, "Cancelled", assignee_institution_id=ministry, due_date="2024-01-01", status="cancelled")
    _action(
        app, "Not theirs", assignee_institution_id=other, assignee_contact_id=stranger, due_date="2024-01-01"
    )
    app.actions.delete(_action(app, "Deleted", assignee_contact_id=contact, due_date="2024-01-02"))
    return World(contact, colleague, ministry, embassy, ids)


def test_header_names_the_institution_and_the_state(app: Liaison, world: World) -> None:
    profile = contact_profile(app, world.contact, today=TODAY)
    assert profile.id == world.contact
    assert profile.name == "Айбек Тестов"
    assert profile.contact["latin_name"] == "Aibek Testov"
    assert profile.institution_id == world.ministry
    assert profile.institution == "Ministry of Migration (MoM)"
    assert (profile.state_code, profile.state) == ("KG", "Kyrgyzstan")  # the institution's state
    assert profile.today == TODAY
    with pytest.raises(TypeError):
        profile.contact["name"] = "changed"  # type: ignore[index]


def test_positions_are_newest_first_with_institution_titles(app: Liaison, world: World) -> None:
    positions = contact_profile(app, world.contact, today=TODAY).positions
    assert [(p.position, p.institution) for p in positions] == [
        ("Head of Division", "Ministry of Migration (MoM)"),
        ("Counsellor", None),
        ("Third Secretary", "Embassy in Ankara"),
    ]
    assert [p.current for p in positions] == [True, False, False]
    assert positions[2].start_date == date(2015, 1, 1) and positions[2].end_date == date(2019, 12, 31)


def test_events_attended_and_delegations_headed_newest_first(app: Liaison, world: World) -> None:
    events = contact_profile(app, world.contact, today=TODAY).events
    summary = [(e.title, e.role, e.attended, e.headed_delegation, e.delegation_state) for e in events]
    assert summary == [
        ("5th Meeting", "speaker", True, True, "KG"),
        ("Forum 2023", None, None, True, "KG"),  # headed the delegation, no participant record
        ("Contact Group 2022", "delegate", False, False, None),
    ]
    fifth = events[0]
    assert (fifth.event_id, fifth.start_date, fifth.city, fifth.country) == (
        world.ids["e2024"],
        date(2024, 3, 1),
        "Bishkek",
        "KG",
    )
    assert fifth.kind == "ministerial_meeting"


def test_bilateral_meetings_newest_first_with_outcomes(app: Liaison, world: World) -> None:
    bilaterals = contact_profile(app, world.contact, today=TODAY).bilaterals
    assert [b.bilateral_id for b in bilaterals] == [world.ids["b2024"], world.ids["b2023"]]
    latest, earlier = bilaterals
    assert (latest.title, latest.date, latest.city, latest.event_title) == (
        "Talks in Bishkek",
        date(2024, 3, 1),
        "Bishkek",
        "5th Meeting",
    )
    assert earlier.outcomes == "Agreed to exchange lists."
    assert earlier.event_id is None and earlier.event_title is None


def test_open_actions_by_due_date_labelled_and_flagged_overdue(app: Liaison, world: World) -> None:
    profile = contact_profile(app, world.contact, today=TODAY)
    summary = [(a.title, a.via, a.overdue) for a in profile.actions]
    assert summary == [
        ("Send the list", "contact", True),
        ("Nominate interns", "institution", True),
        ("Due today", "institution", False),  # due today is not yet overdue
        ("Draft the concept", "contact", False),  # theirs and their institution's: theirs
        ("Think about it", "contact", False),  # no due date: last
    ]
    assert profile.overdue_count == 2
    interns = profile.actions[1]
    assert interns.assignee_contact == "Colleague One"
    assert interns.institution == "Ministry of Migration (MoM)"
    assert (interns.event_id, interns.event_title) == (world.ids["e2024"], "5th Meeting")
    assert profile.actions[0].assignee_contact is None  # the contact themself is not repeated
    assert profile.actions[-1].status == "in_progress"
    later = contact_profile(app, world.contact, today=date(2024, 7, 2))
    assert [a.overdue for a in later.actions] == [True, True, True, True, False]


def test_a_contact_without_institution_or_records(app: Liaison) -> None:
    lone = app.contacts.create({"name": "Жылдыз Асанова"})["id"]
    app.actions.create({"title": "Nobody's", "due_date": "2020-01-01"})
    profile = contact_profile(app, lone)
    assert profile.institution is None and profile.institution_id is None
    assert profile.state is None and profile.state_code is None
    assert profile.positions == () and profile.events == () and profile.bilaterals == ()
    assert profile.actions == ()
    assert profile.today == date.today()


def test_a_contact_of_a_state_without_institution(app: Liaison) -> None:
    contact = app.contacts.create({"name": "Elif Işık", "state_code": "TR"})["id"]
    profile = contact_profile(app, contact)
    assert (profile.state_code, profile.state) == ("TR", "Türkiye")


def test_an_unknown_or_deleted_contact_is_not_found(app: Liaison) -> None:
    with pytest.raises(NotFoundError):
        contact_profile(app, "no-such-id")
    contact = app.contacts.create({"name": "Gone"})["id"]
    app.contacts.delete(contact)
    with pytest.raises(NotFoundError):
        contact_profile(app, contact)


@pytest.fixture
def statements(app: Liaison) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(app.store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.store.engine, "before_cursor_execute", record)


def test_one_query_per_section_on_the_contact_indexes(
    app: Liaison, world: World, statements: list[tuple[str, Any]]
) -> None:
    small = contact_profile(app, world.colleague, today=TODAY)
    few = len(statements)
    statements.clear()
    big = contact_profile(app, world.contact, today=TODAY)
    assert len(big.events) > len(small.events) and len(big.actions) > len(small.actions)
    assert len(statements) == few  # no query per row: the cost does not grow with the record
    with app.store.engine.connect() as connection:
        plans = "\n".join(
            str(row[-1])
            for statement, params in statements
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
        )
    for index in (
        "ix_contact_positions_contact_id",
        "ix_participants_contact_id",
        "ix_bilateral_parties_contact_id",
        "ix_action_items_assignee_contact_id",
        "ix_action_items_assignee_institution_id",
        "ix_delegations_head_contact_id",
    ):
        assert index in plans, plans
    scanned = [line for line in plans.splitlines() if line.startswith("SCAN")]
    assert scanned == [], plans


def test_sample_secretary_general(app: Liaison) -> None:
    load_sample_data(app)
    [omuraliev] = app.contacts.list({"latin_name": "Kubanychbek Omuraliev"})
    profile = contact_profile(app, omuraliev["id"], today=date(2026, 6, 1))
    assert profile.name == "Кубанычбек Омуралиев"
    assert profile.institution == "Secretariat of the Organization of Turkic States (OTS Secretariat)"
    assert profile.state_code == "OTS"
    positions = [p.position for p in profile.positions]
    assert positions == [
        "Secretary General of the Organization of Turkic States",
        "Ambassador of the Kyrgyz Republic to Türkiye",
    ]
    assert profile.positions[0].start_date == date(2022, 11, 14)
    titles = [e.title for e in profile.events]
    fifth = next(e for e in profile.events if e.title.startswith("5th Meeting of the Ministers"))
    assert (fifth.role, fifth.attended, fifth.headed_delegation) == ("head_of_delegation", True, True)
    assert any(title.startswith("7th Meeting") for title in titles)
    assert [e.start_date for e in profile.events] == sorted(
        (e.start_date for e in profile.events), reverse=True
    )
    assert profile.bilaterals == ()
    # Nothing is assigned to him in person; the Secretariat's open actions show as its own.
    assert profile.actions and all(a.via == "institution" for a in profile.actions)
    assert any(a.overdue for a in profile.actions)
