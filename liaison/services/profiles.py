"""What a contact's profile shows, gathered in one read transaction.

The profile is the officer's briefing on a person before a meeting: who they are and where they
work, the posts they held, the events they went to (and the delegations they headed), the
bilateral meetings they sat in, and what is still expected of them or of their institution.
Each section is one indexed query (``participants.contact_id``, ``bilateral_parties.contact_id``,
``action_items.assignee_contact_id`` / ``assignee_institution_id``); titles of the records
referred to come in the same queries through joins, so the cost does not grow with the record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from liaison.services.actions import OPEN_STATUSES
from liaison.services.entities import (
    ACTION_ITEMS,
    BILATERAL_PARTIES,
    BILATERALS,
    CONTACT_POSITIONS,
    CONTACTS,
    DELEGATIONS,
    EVENTS,
    INSTITUTIONS,
    PARTICIPANTS,
)
from liaison.services.records import table_of
from liaison.store.reference import STATES

if TYPE_CHECKING:
    from liaison.services.app import Liaison

STATE_NAMES = {code: name for code, name, _status in STATES}

Via = Literal["contact", "institution"]


@dataclass(frozen=True)
class PositionHeld:
    """A post in the contact's history; ``current`` when it has no end date."""

    id: str
    position: str | None
    institution_id: str | None
    institution: str | None  # the institution's title ("Name (Short)"), None without one
    start_date: date | None
    end_date: date | None

    @property
    def current(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class EventAttended:
    """An event the contact was registered for, or whose delegation they headed.

    ``role`` and ``attended`` come from the participant record; both are None when the contact
    only appears as the head of a delegation. ``delegation_state`` is the state code of the
    delegation they headed (None if they headed none at this event)."""

    event_id: str
    title: str
    kind: str
    start_date: date
    end_date: date | None
    city: str | None
    country: str | None
    role: str | None
    attended: bool | None
    headed_delegation: bool
    delegation_state: str | None


@dataclass(frozen=True)
class BilateralMeeting:
    """A bilateral meeting the contact was a party to."""

    bilateral_id: str
    title: str
    date: date
    city: str | None
    country: str | None
    outcomes: str | None
    event_id: str | None
    event_title: str | None


@dataclass(frozen=True)
class OpenAction:
    """An open action item involving the contact: assigned to them (``via == "contact"``) or to
    their current institution (``via == "institution"``, with ``assignee_contact`` naming the
    colleague responsible, if any)."""

    action_id: str
    title: str
    status: str
    due_date: date | None
    overdue: bool
    via: Via
    institution_id: str | None
    institution: str | None
    assignee_contact: str | None
    event_id: str | None
    event_title: str | None


@dataclass(frozen=True)
class ContactProfile:
    """Everything :class:`~liaison.ui.profile.ContactProfileView` shows about one contact.

    ``contact`` is the stored record (photo included), read-only; ``state_code`` is the
    contact's own state, else their institution's. Sections are newest first, open actions by
    due date (those without one last); ``today`` is the day overdue was judged against."""

    contact: Mapping[str, Any]
    institution_id: str | None
    institution: str | None
    state_code: str | None
    state: str | None  # the state's English name; front ends translate it from the code
    positions: tuple[PositionHeld, ...]
    events: tuple[EventAttended, ...]
    bilaterals: tuple[BilateralMeeting, ...]
    actions: tuple[OpenAction, ...]
    today: date

    @property
    def id(self) -> str:
        return str(self.contact["id"])

    @property
    def name(self) -> str:
        return str(self.contact["name"])

    @property
    def overdue_count(self) -> int:
        return sum(1 for action in self.actions if action.overdue)


def contact_profile(app: Liaison, contact_id: str, *, today: date | None = None) -> ContactProfile:
    """The profile of ``contact_id``; raises :class:`~liaison.services.errors.NotFoundError` if
    there is no such (live) contact. ``today`` (default: the local date) decides what is overdue."""
    day = today or date.today()
    with app.store.read() as session:
        contact = app.contacts.get_in(session, contact_id)
        institution_id: str | None = contact.get("institution_id")
        institution_row = _institution(session, institution_id)
        state_code = contact.get("state_code") or (institution_row or {}).get("state_code")
        return ContactProfile(
            contact=MappingProxyType(contact),
            institution_id=institution_id,
            institution=INSTITUTIONS.title(institution_row) if institution_row else None,
            state_code=state_code,
            state=STATE_NAMES.get(state_code, state_code) if state_code else None,
            positions=_positions(session, contact_id),
            events=_events(session, contact_id),
            bilaterals=_bilaterals(session, contact_id),
            actions=_actions(session, contact_id, institution_id, day),
            today=day,
        )


def _live(table: Any) -> ColumnElement[bool]:
    """Not deleted, written ``deleted IS NOT 1`` on purpose: SQLite cannot use an index for
    ``IS NOT``, so the planner starts from the contact's own index (participants.contact_id, …)
    instead of walking the whole ``(deleted, name/date)`` list index of the table."""
    return table.c.deleted.is_not(True)  # type: ignore[no-any-return]


def _institution(session: Session, institution_id: str | None) -> dict[str, Any] | None:
    if not institution_id:
        return None
    table = table_of(INSTITUTIONS)
    query = select(table.c.name, table.c.short_name, table.c.state_code).where(table.c.id == institution_id)
    row = session.execute(query).mappings().first()
    return None if row is None else dict(row)


def _institution_title(name: str | None, short_name: str | None) -> str | None:
    if name is None:
        return None
    return INSTITUTIONS.title({"name": name, "short_name": short_name})


def _positions(session: Session, contact_id: str) -> tuple[PositionHeld, ...]:
    posts = table_of(CONTACT_POSITIONS)
    inst = table_of(INSTITUTIONS)
    query = (
        select(
            posts.c.id,
            posts.c.position,
            posts.c.institution_id,
            posts.c.start_date,
            posts.c.end_date,
            inst.c.name,
            inst.c.short_name,
        )
        .select_from(posts.outerjoin(inst, inst.c.id == posts.c.institution_id))
        .where(posts.c.contact_id == contact_id, _live(posts))
    )
    held = [
        PositionHeld(
            id=row.id,
            position=row.position,
            institution_id=row.institution_id,
            institution=_institution_title(row.name, row.short_name),
            start_date=row.start_date,
            end_date=row.end_date,
        )
        for row in session.execute(query)
    ]
    # Newest first: the current posts, then by when they ended, then by when they began.
    held.sort(
        key=lambda p: (p.end_date or date.max, p.start_date or date.min, p.position or "", p.id),
        reverse=True,
    )
    return tuple(held)


def _events(session: Session, contact_id: str) -> tuple[EventAttended, ...]:
    part = table_of(PARTICIPANTS)
    dele = table_of(DELEGATIONS)
    event = table_of(EVENTS)
    event_columns = (
        event.c.id,
        event.c.title,
        event.c.kind,
        event.c.start_date,
        event.c.end_date,
        event.c.city,
        event.c.country,
    )
    # Delegations headed: no index on head_contact_id, but delegations are a few per event.
    headed_query = (
        select(dele.c.event_id, dele.c.state_code, *event_columns[1:])
        .select_from(dele.join(event, event.c.id == dele.c.event_id))
        .where(dele.c.head_contact_id == contact_id, _live(dele), _live(event))
        .order_by(dele.c.state_code)
    )
    headed: dict[str, Any] = {}
    for headed_row in session.execute(headed_query):
        headed.setdefault(headed_row.event_id, headed_row)
    part_query = (
        select(part.c.role, part.c.attended, *event_columns)
        .select_from(part.join(event, event.c.id == part.c.event_id))
        .where(part.c.contact_id == contact_id, _live(part), _live(event))
    )
    found: list[EventAttended] = []
    seen: set[str] = set()
    for row in session.execute(part_query):
        head = headed.get(row.id)
        seen.add(row.id)
        found.append(
            EventAttended(
                event_id=row.id,
                title=row.title,
                kind=row.kind,
                start_date=row.start_date,
                end_date=row.end_date,
                city=row.city,
                country=row.country,
                role=row.role,
                attended=bool(row.attended),
                headed_delegation=head is not None,
                delegation_state=head.state_code if head is not None else None,
            )
        )
    for event_id, head in headed.items():
        if event_id in seen:
            continue
        found.append(
            EventAttended(
                event_id=event_id,
                title=head.title,
                kind=head.kind,
                start_date=head.start_date,
                end_date=head.end_date,
                city=head.city,
                country=head.country,
                role=None,
                attended=None,
                headed_delegation=True,
                delegation_state=head.state_code,
            )
        )
    found.sort(key=lambda e: (e.start_date, e.title, e.event_id), reverse=True)
    return tuple(found)


def _bilaterals(session: Session, contact_id: str) -> tuple[BilateralMeeting, ...]:
    party = table_of(BILATERAL_PARTIES)
    bilateral = table_of(BILATERALS)
    event = table_of(EVENTS)
    mine = (
        select(party.c.bilateral_id).where(party.c.contact_id == contact_id, _live(party)).scalar_subquery()
    )
    query = (
        select(
            bilateral.c.id,
            bilateral.c.title,
            bilateral.c.date,
            bilateral.c.city,
            bilateral.c.country,
            bilateral.c.outcomes,
            bilateral.c.event_id,
            event.c.title.label("event_title"),
        )
        .select_from(bilateral.outerjoin(event, event.c.id == bilateral.c.event_id))
        .where(bilateral.c.id.in_(mine), _live(bilateral))
        .order_by(bilateral.c.date.desc(), bilateral.c.title, bilateral.c.id)
    )
    return tuple(
        BilateralMeeting(
            bilateral_id=row.id,
            title=row.title,
            date=row.date,
            city=row.city,
            country=row.country,
            outcomes=row.outcomes,
            event_id=row.event_id,
            event_title=row.event_title,
        )
        for row in session.execute(query)
    )


def _actions(
    session: Session, contact_id: str, institution_id: str | None, today: date
) -> tuple[OpenAction, ...]:
    action = table_of(ACTION_ITEMS)
    inst = table_of(INSTITUTIONS)
    event = table_of(EVENTS)
    people = table_of(CONTACTS).alias("assignee")
    involved = action.c.assignee_contact_id == contact_id
    if institution_id:
        # SQLite answers an OR of two indexed columns with both indexes (multi-index OR).
        involved = or_(involved, action.c.assignee_institution_id == institution_id)
    query = (
        select(
            action.c.id,
            action.c.title,
            action.c.status,
            action.c.due_date,
            action.c.assignee_contact_id,
            action.c.assignee_institution_id,
            action.c.event_id,
            inst.c.name,
            inst.c.short_name,
            people.c.name.label("person"),
            people.c.latin_name.label("person_latin"),
            event.c.title.label("event_title"),
        )
        .select_from(
            action.outerjoin(inst, inst.c.id == action.c.assignee_institution_id)
            .outerjoin(people, people.c.id == action.c.assignee_contact_id)
            .outerjoin(event, event.c.id == action.c.event_id)
        )
        .where(involved, _live(action), action.c.status.in_(OPEN_STATUSES))
    )
    found = []
    for row in session.execute(query):
        mine = row.assignee_contact_id == contact_id
        others = None
        if not mine and row.person is not None:
            others = CONTACTS.title({"name": row.person, "latin_name": row.person_latin})
        found.append(
            OpenAction(
                action_id=row.id,
                title=row.title,
                status=row.status,
                due_date=row.due_date,
                overdue=row.due_date is not None and row.due_date < today,
                via="contact" if mine else "institution",
                institution_id=row.assignee_institution_id,
                institution=_institution_title(row.name, row.short_name),
                assignee_contact=others,
                event_id=row.event_id,
                event_title=row.event_title,
            )
        )
    found.sort(key=lambda a: (a.due_date is None, a.due_date or date.min, a.title, a.action_id))
    return tuple(found)
