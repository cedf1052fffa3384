"""What is due, at a glance: the queries behind the window's Today view (no Qt here).

One read transaction gives the officer's day: the events and bilateral meetings of the next
weeks (an event still running counts), the action items overdue and due soon (all of them, or
those assigned to one institution: the officer's own), the minutes of past meetings still in
draft, and the count of overdue actions the sidebar shows. Each query walks an index in its
order and stops at ``limit`` (events, bilaterals: ``(deleted, start_date|date, id)``; actions:
``(deleted, status, due_date)``; minutes: ``(event_id, deleted, status)``), so the view costs the same on
a record of 100,000 contacts as on the sample (``tests/benchmarks/bench_today.py``). The open
conflicts are the sync's to count; the window adds them from the sync status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, TextClause, false, func, select, text
from sqlalchemy.orm import Session

from liaison.services.actions import OPEN_STATUSES
from liaison.store.meetings import Event

if TYPE_CHECKING:
    from liaison.services.app import Liaison

UPCOMING_WEEKS = 4
"""How far ahead the events and bilateral meetings go."""
DUE_SOON_DAYS = 14
"""Open action items due within this many days are "due soon"."""
RUNNING_DAYS = 31
"""An event that started at most this long ago and has not ended is still "upcoming"."""
LIMIT = 50
"""At most this many rows per list (the view says when there are more)."""


@dataclass(frozen=True)
class Item:
    """One line of the Today view: which record (entity and id), its title, and its day."""

    entity: str
    id: str
    title: str
    day: date | None
    end: date | None = None
    detail: str | None = None


@dataclass(frozen=True)
class Agenda:
    """The Today view's lists, as of ``today``."""

    today: date
    events: list[Item] = field(default_factory=list)
    bilaterals: list[Item] = field(default_factory=list)
    overdue: list[Item] = field(default_factory=list)
    overdue_count: int = 0
    due_soon: list[Item] = field(default_factory=list)
    minutes_to_agree: list[Item] = field(default_factory=list)


# The statements are written out once and run on the session's connection: built with the ORM
# at each call, the nine reads cost ~20 ms of Python on a loaded machine for under 1 ms of SQLite
# (tests/benchmarks/bench_today.py). Days are compared as the ISO text SQLite stores.
_EVENTS = text(
    "SELECT id, title, start_date, end_date, city FROM events"
    " WHERE deleted = 0 AND start_date >= :since AND start_date <= :until"
    " AND coalesce(end_date, start_date) >= :day ORDER BY start_date, id LIMIT :limit"
)
_BILATERALS = text(
    "SELECT id, title, date, city FROM bilaterals"
    " WHERE deleted = 0 AND date >= :since AND date <= :until ORDER BY date, id LIMIT :limit"
)
_DRAFTS = text(
    # Past events newest first (their index, backwards), each probed for a draft in the minutes'
    # (event_id, deleted, status) index: the walk stops at the limit, and an event's row is read
    # only for a draft. (Driving from the drafts instead read every draft and its event: 120 ms
    # on 20,000 events.)
    "SELECT m.id, m.title, e.title, e.start_date, m.event_id"
    " FROM events AS e INDEXED BY ix_events_live_start_date"
    " CROSS JOIN minutes AS m INDEXED BY ix_minutes_event_live_status"
    " ON m.event_id = e.id AND m.deleted = 0 AND m.status = 'draft'"
    " WHERE e.deleted = 0 AND e.start_date <= :day"
    " ORDER BY e.start_date DESC, e.id DESC LIMIT :limit"
)


def _actions_sql(select_list: str, mine: bool, tail: str) -> TextClause:
    """Open actions of one status (an equality on the index's ``(deleted, status)``, a range on
    its ``due_date``: one query with ``status IN (...)`` let the planner walk every action, the
    done ones too, in due-date order), optionally of one institution."""
    where = "deleted = 0 AND status = :status AND due_date >= :since AND due_date <= :until"
    if mine:
        where += " AND assignee_institution_id = :institution"
    return text(
        f"SELECT {select_list} FROM action_items INDEXED BY ix_action_items_live_status_due_date"
        f" WHERE {where}{tail}"
    )


_ACTIONS = {
    mine: _actions_sql("id, title, due_date", mine, " ORDER BY due_date, id LIMIT :limit")
    for mine in (False, True)
}
_COUNT = {mine: _actions_sql("count(*)", mine, "") for mine in (False, True)}

_EARLIEST = "0001-01-01"


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _item(entity: str, row: Sequence[Any], *, end: bool = False, detail: int | None = None) -> Item:
    return Item(
        entity,
        row[0],
        row[1],
        _day(row[2]),
        _day(row[3]) if end else None,
        row[detail] if detail is not None else None,
    )


def _actions(
    connection: Connection, institution_id: str | None, limit: int, since: str, until: str
) -> list[Item]:
    """Open action items due from ``since`` to ``until`` (ISO days), by due date, merged over
    the open statuses."""
    found: list[Any] = []
    for status in OPEN_STATUSES:
        params = {
            "status": status,
            "since": since,
            "until": until,
            "limit": limit,
            "institution": institution_id,
        }
        found.extend(connection.execute(_ACTIONS[institution_id is not None], params).all())
    found.sort(key=lambda row: (row[2], row[0]))
    return [_item("action_items", row) for row in found[:limit]]


def overdue_count_in(session: Session, today: date, institution_id: str | None = None) -> int:
    """Open action items whose due date has passed (the sidebar's count)."""
    connection = session.connection()
    until = (today - timedelta(days=1)).isoformat()
    total = 0
    for status in OPEN_STATUSES:
        params = {"status": status, "since": _EARLIEST, "until": until, "institution": institution_id}
        total += int(connection.execute(_COUNT[institution_id is not None], params).scalar() or 0)
    return total


def agenda_in(
    session: Session,
    today: date,
    *,
    institution_id: str | None = None,
    weeks: int = UPCOMING_WEEKS,
    limit: int = LIMIT,
) -> Agenda:
    """The Today view's lists (see the module's docstring); ``institution_id`` narrows the action
    items to those assigned to that institution."""
    connection = session.connection()
    day = today.isoformat()
    horizon = (today + timedelta(weeks=weeks)).isoformat()
    running = (today - timedelta(days=RUNNING_DAYS)).isoformat()
    yesterday = (today - timedelta(days=1)).isoformat()
    events = connection.execute(
        _EVENTS, {"since": running, "until": horizon, "day": day, "limit": limit}
    ).all()
    bilaterals = connection.execute(_BILATERALS, {"since": day, "until": horizon, "limit": limit}).all()
    drafts = connection.execute(_DRAFTS, {"day": day, "limit": limit}).all()
    soon = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    return Agenda(
        today=today,
        events=[_item("events", r, end=True, detail=4) for r in events],
        bilaterals=[_item("bilaterals", r, detail=3) for r in bilaterals],
        overdue=_actions(connection, institution_id, limit, _EARLIEST, yesterday),
        overdue_count=overdue_count_in(session, today, institution_id),
        due_soon=_actions(connection, institution_id, limit, day, soon),
        minutes_to_agree=[Item("minutes", r[0], r[1] or r[2], _day(r[3]), None, r[4]) for r in drafts],
    )


def agenda(app: Liaison, today: date | None = None, *, institution_id: str | None = None) -> Agenda:
    """:func:`agenda_in` in a read transaction of its own."""
    with app.store.read() as session:
        return agenda_in(session, today or date.today(), institution_id=institution_id)


def event_days_in(session: Session, first: date, last: date) -> dict[date, int]:
    """How many events are on each day from ``first`` to ``last`` (the month calendar)."""
    query = (
        select(Event.start_date, func.count())
        .where(Event.deleted == false(), Event.start_date >= first, Event.start_date <= last)
        .group_by(Event.start_date)
    )
    return {day: int(count) for day, count in session.execute(query).all()}


def events_on_in(session: Session, day: date, limit: int = LIMIT) -> list[Item]:
    """The events running on ``day``."""
    since = (day - timedelta(days=RUNNING_DAYS)).isoformat()
    params = {"since": since, "until": day.isoformat(), "day": day.isoformat(), "limit": limit}
    rows = session.connection().execute(_EVENTS, params).all()
    return [_item("events", r, end=True, detail=4) for r in rows]
