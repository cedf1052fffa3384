"""What is due, at a glance: the queries behind the window's Today view (no Qt here).

One read transaction gives the officer's day: the events and bilateral meetings of the next
weeks (an event still running counts), the action items overdue and due soon (all of them, or
those assigned to one institution: the officer's own), the minutes of past meetings still in
draft, and the count of overdue actions the sidebar shows. Each query walks an index in its
order and stops at ``limit`` (events, bilaterals: ``(deleted, start_date|date, id)``; actions:
``(deleted, status, due_date)``; minutes: ``(deleted, status)``), so the view costs the same on
a record of 100,000 contacts as on the sample (``tests/benchmarks/bench_today.py``). The open
conflicts are the sync's to count; the window adds them from the sync status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Executable, false, func, select, text
from sqlalchemy.orm import Session

from liaison.services.actions import OPEN_STATUSES
from liaison.store.actions import ActionItem
from liaison.store.bilaterals import Bilateral
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


def _rows(session: Session, query: Executable) -> Sequence[Any]:
    return session.execute(query).all()


_DRAFTS = text(
    # minutes first (CROSS JOIN keeps SQLite's order): the drafts are few, the past events many
    "SELECT m.id, m.title, e.title, e.start_date, m.event_id"
    " FROM minutes AS m INDEXED BY ix_minutes_live_status CROSS JOIN events AS e ON e.id = m.event_id"
    " WHERE m.deleted = 0 AND m.status = 'draft' AND e.deleted = 0 AND e.start_date <= :today"
    " ORDER BY e.start_date DESC, m.id LIMIT :limit"
)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _actions_where(status: str, institution_id: str | None) -> list[Any]:
    where: list[Any] = [ActionItem.deleted == false(), ActionItem.status == status]
    if institution_id is not None:
        where.append(ActionItem.assignee_institution_id == institution_id)
    return where


def _actions(session: Session, institution_id: str | None, limit: int, *due: Any) -> list[Item]:
    """Open action items whose due date meets ``due``, by due date: one query per open status,
    each an equality on ``(deleted, status)`` and a range on ``due_date`` of the index made for
    it (one query with ``status IN (...)`` let the planner walk every action, the done ones too,
    in due-date order), merged here."""
    found: list[Any] = []
    for status in OPEN_STATUSES:
        query = (
            select(ActionItem.id, ActionItem.title, ActionItem.due_date)
            .where(*_actions_where(status, institution_id), *due)
            .order_by(ActionItem.due_date, ActionItem.id)
            .limit(limit)
        )
        found.extend(_rows(session, query))
    found.sort(key=lambda row: (row[2], row[0]))
    return [Item("action_items", row[0], row[1], row[2]) for row in found[:limit]]


def overdue_count_in(session: Session, today: date, institution_id: str | None = None) -> int:
    """Open action items whose due date has passed (the sidebar's count)."""
    total = 0
    for status in OPEN_STATUSES:
        query = select(func.count()).where(
            *_actions_where(status, institution_id), ActionItem.due_date < today
        )
        total += int(session.scalar(query) or 0)
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
    horizon = today + timedelta(weeks=weeks)
    events = _rows(
        session,
        select(Event.id, Event.title, Event.start_date, Event.end_date, Event.city)
        .where(
            Event.deleted == false(),
            Event.start_date >= today - timedelta(days=RUNNING_DAYS),
            Event.start_date <= horizon,
            func.coalesce(Event.end_date, Event.start_date) >= today,
        )
        .order_by(Event.start_date, Event.id)
        .limit(limit),
    )
    bilaterals = _rows(
        session,
        select(Bilateral.id, Bilateral.title, Bilateral.date, Bilateral.city)
        .where(Bilateral.deleted == false(), Bilateral.date >= today, Bilateral.date <= horizon)
        .order_by(Bilateral.date, Bilateral.id)
        .limit(limit),
    )
    overdue = _actions(session, institution_id, limit, ActionItem.due_date < today)
    soon = _actions(
        session,
        institution_id,
        limit,
        ActionItem.due_date >= today,
        ActionItem.due_date <= today + timedelta(days=DUE_SOON_DAYS),
    )
    drafts = session.execute(_DRAFTS, {"today": today.isoformat(), "limit": limit}).all()
    return Agenda(
        today=today,
        events=[Item("events", r[0], r[1], r[2], r[3], r[4]) for r in events],
        bilaterals=[Item("bilaterals", r[0], r[1], r[2], None, r[3]) for r in bilaterals],
        overdue=overdue,
        overdue_count=overdue_count_in(session, today, institution_id),
        due_soon=soon,
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
    rows = _rows(
        session,
        select(Event.id, Event.title, Event.start_date, Event.end_date, Event.city)
        .where(
            Event.deleted == false(),
            Event.start_date >= day - timedelta(days=RUNNING_DAYS),
            Event.start_date <= day,
            func.coalesce(Event.end_date, Event.start_date) >= day,
        )
        .order_by(Event.start_date, Event.id)
        .limit(limit),
    )
    return [Item("events", r[0], r[1], r[2], r[3], r[4]) for r in rows]
