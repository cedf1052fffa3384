"""The Today view's queries: what is coming, what is overdue or due soon, what awaits agreement."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from sqlalchemy import event

from liaison.services.app import Liaison
from liaison.services.today import agenda, agenda_in, event_days_in, events_on_in

TODAY = date(2026, 12, 6)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def test_the_day_at_a_glance(app: Liaison) -> None:
    ours = app.institutions.create({"name": "Otandastar Qory"})
    theirs = app.institutions.create({"name": "State Committee on Diaspora Affairs"})
    past = app.events.create({"kind": "summit", "title": "Old summit", "start_date": date(2013, 5, 1)})
    app.events.create({"kind": "summit", "title": "Far future", "start_date": day(60)})
    running = app.events.create(
        {"kind": "diaspora_forum", "title": "Running forum", "start_date": day(-2), "end_date": day(1)}
    )
    soon = app.events.create(
        {"kind": "capacity_building_training", "title": "Training next week", "start_date": day(7)}
    )
    app.bilaterals.create({"title": "Margins talk", "date": day(3)})
    app.bilaterals.create({"title": "Last year's talk", "date": day(-300)})
    late = app.actions.create(
        {"title": "Send the report", "due_date": day(-10), "assignee_institution_id": ours["id"]}
    )
    app.actions.create({"title": "Their task", "due_date": day(-5), "assignee_institution_id": theirs["id"]})
    app.actions.create({"title": "Done long ago", "due_date": day(-50), "status": "done"})
    due = app.actions.create({"title": "Book the hall", "due_date": day(5)})
    app.actions.create({"title": "Much later", "due_date": day(40)})
    draft = app.minutes.create({"event_id": past["id"], "title": "Minutes of the old summit"})
    app.minutes.create({"event_id": soon["id"], "title": "Drafted ahead"})  # a meeting still to come

    seen = agenda(app, TODAY)
    assert [i.title for i in seen.events] == ["Running forum", "Training next week"]
    assert seen.events[0].id == running["id"] and seen.events[1].id == soon["id"]
    assert [i.title for i in seen.bilaterals] == ["Margins talk"]
    assert [i.title for i in seen.overdue] == ["Send the report", "Their task"]
    assert seen.overdue[0].id == late["id"] and seen.overdue_count == 2
    assert [(i.title, i.id) for i in seen.due_soon] == [("Book the hall", due["id"])]
    assert [(i.entity, i.id, i.detail) for i in seen.minutes_to_agree] == [
        ("minutes", draft["id"], past["id"])
    ]

    mine = agenda(app, TODAY, institution_id=ours["id"])
    assert [i.title for i in mine.overdue] == ["Send the report"] and mine.overdue_count == 1

    with app.store.read() as session:
        assert event_days_in(session, day(-5), day(10)) == {day(-2): 1, day(7): 1}
        assert [i.title for i in events_on_in(session, day(0))] == ["Running forum"]


def test_the_queries_walk_indexes(app: Liaison) -> None:
    """Every query of the view searches an index made for it, none scans a table (the benchmark
    times them on a large record)."""
    statements: list[tuple[str, object]] = []

    def remember(_conn: object, _cursor: object, statement: str, params: object, *_rest: object) -> None:
        statements.append((statement, params))

    with app.store.read() as session:
        connection = session.connection()
        event.listen(connection, "before_cursor_execute", remember)
        agenda_in(session, TODAY)
        event.remove(connection, "before_cursor_execute", remember)
    database = sqlite3.connect(app.store.path)
    try:
        plans = [
            " | ".join(str(row[-1]) for row in database.execute("EXPLAIN QUERY PLAN " + sql, params))  # type: ignore[arg-type]
            for sql, params in statements
        ]
    finally:
        database.close()
    assert plans and not [plan for plan in plans if "SCAN" in plan]
    actions = [plan for plan in plans if "action_items" in plan]
    assert actions and all("ix_action_items_live_status_due_date" in plan for plan in actions)
    assert any("SEARCH m USING INDEX ix_minutes_event_live_status" in plan for plan in plans)
