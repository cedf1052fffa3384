"""What a briefing says, read from the record through the services (never the store directly).

:func:`gather` turns a :class:`~liaison.briefing.request.BriefingRequest` into plain, immutable
data — one :class:`Note` per event or bilateral meeting — that the layout turns into pages. All
reading happens here, before any page is laid out, so the layout cannot touch the database and
a missing piece is found once, as data (an empty agenda, a counterpart without an institution),
to be *said* in the PDF rather than fail it.

Choices where the issue is silent:

- **Counterparts** of an event are the heads of its delegations and its registered participants,
  in the OTS order of states (heads first); of a bilateral meeting, the people named as its
  parties. People of the officer's own institution (the ``home_institution_id`` setting) are
  not counterparts. ``request.counterparts`` narrows the list further, and
  ``request.excluded_counterparts`` leaves out those the officer unticked.
- **Earlier meetings** in a profile are events that began before this one; **earlier bilateral
  meetings** are those up to this note's last day (so a pack for a meeting that has taken place
  shows what was agreed on its margins), without the note's own bilateral.
- **The last minutes** are the newest minutes of the event itself; an event without minutes (a
  meeting still to come) gets the newest minutes of the latest earlier event of the same kind
  ("what was agreed last time"). A bilateral meeting uses those of the event on whose margins it
  is held. The note is a DRAFT while those minutes are not agreed.
- **Joint Action Plan activities** are those of the plans adopted at the event or covering its
  year, and any activity linked to the event; for a bilateral meeting, those of its event and
  year whose responsible states include a party's state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from liaison.briefing.papers import Paper, Papers, gather_papers
from liaison.briefing.request import BriefingRequest, Subject
from liaison.services.entities import CONTACTS, INSTITUTIONS
from liaison.services.errors import NotFoundError
from liaison.services.profiles import (
    BilateralMeeting,
    ContactProfile,
    EventAttended,
    OpenAction,
    contact_profile,
)
from liaison.services.records import Before, Record
from liaison.services.settings import HOME_INSTITUTION, OFFICER_NAME
from liaison.store.reference import STATES
from liaison.text.collate import sort_key

if TYPE_CHECKING:
    from liaison.services.app import Liaison

Progress = Callable[[int, int], None]

MinutesSource = Literal["own", "earlier", "margins"]
"""Whose minutes a note annexes: its event's, the last earlier event of the kind's, or (for a
bilateral meeting) those of the event on whose margins it was held."""

STATE_ORDER = {code: n for n, (code, _name, _status) in enumerate(STATES)}
EARLIER_EVENTS_OF_KIND = 10  # how far back to look for "the minutes of last time"


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    description: str | None


@dataclass(frozen=True)
class DelegationLine:
    state_code: str | None
    institution: str | None
    head: str | None
    members: tuple[str, ...]
    notes: str | None


@dataclass(frozen=True)
class PartyLine:
    state_code: str | None
    institution: str | None
    person: str | None


@dataclass(frozen=True)
class Counterpart:
    """A person the officer will meet: their profile, cut to what came before this meeting."""

    profile: ContactProfile
    state_code: str | None  # the delegation or party they come with, else their own state
    head_of_delegation: bool
    role: str | None  # participant role key (vocabulary.PARTICIPANT_ROLES), if registered
    earlier_events: tuple[EventAttended, ...]
    earlier_bilaterals: tuple[BilateralMeeting, ...]
    open_actions: tuple[OpenAction, ...]

    @property
    def contact(self) -> Mapping[str, Any]:
        return self.profile.contact

    @property
    def name(self) -> str:
        return str(self.contact.get("name") or "")

    @property
    def photo(self) -> bytes | None:
        photo = self.contact.get("photo")
        return bytes(photo) if photo else None


@dataclass(frozen=True)
class ActivityLine:
    plan_id: str
    number: int
    title: str
    description: str | None
    states: tuple[str, ...]
    lead_institution: str | None
    timeframe: str | None
    start_date: date | None
    end_date: date | None
    status: str | None


@dataclass(frozen=True)
class PlanBlock:
    id: str
    year: int
    title: str
    status: str | None
    activities: tuple[ActivityLine, ...]


@dataclass(frozen=True)
class MinutesEntryLine:
    heading: str | None
    agenda_item: str | None
    notes: str | None
    decisions: str | None


@dataclass(frozen=True)
class MinutesAnnex:
    id: str
    title: str | None
    status: str
    agreed_on: date | None
    summary: str | None
    entries: tuple[MinutesEntryLine, ...]
    event_id: str
    event_title: str
    event_start: date | None
    source: MinutesSource

    @property
    def draft(self) -> bool:
        return self.status != "agreed"


@dataclass(frozen=True)
class Note:
    """One event or bilateral meeting, everything its pages say."""

    subject: Subject
    title: str
    kind: str | None  # event kind key; None for a bilateral meeting
    number: int | None
    start_date: date | None
    end_date: date | None
    city: str | None
    country: str | None
    venue: str | None
    host: str | None
    description: str | None
    margins_of: str | None  # bilateral: the event it was held on the margins of
    agenda: tuple[AgendaLine, ...]
    topics: str | None  # bilateral
    outcomes: str | None  # bilateral
    delegations: tuple[DelegationLine, ...]
    parties: tuple[PartyLine, ...]
    counterparts: tuple[Counterpart, ...]
    counterparts_available: int  # before the officer's choice narrowed them
    talking_points: str
    plans: tuple[PlanBlock, ...]
    minutes: MinutesAnnex | None
    papers: tuple[Paper, ...] = ()

    @property
    def is_bilateral(self) -> bool:
        return self.subject.kind == "bilateral"

    @property
    def draft(self) -> bool:
        return self.minutes is not None and self.minutes.draft


@dataclass(frozen=True)
class Pack:
    """The gathered briefing: the notes in the order asked, and what the cover says."""

    request: BriefingRequest
    notes: tuple[Note, ...]
    prepared_by: str | None
    prepared_on: date

    @property
    def draft(self) -> bool:
        return any(note.draft for note in self.notes)


@dataclass(frozen=True)
class Candidate:
    """A possible counterpart, for the dialog's list."""

    contact_id: str
    name: str
    detail: str  # institution, or state


def gather(app: Liaison, request: BriefingRequest, progress: Progress | None = None) -> Pack:
    """Read everything the request's notes need. Raises
    :class:`~liaison.services.errors.NotFoundError` for an event or bilateral meeting that does
    not exist (or was deleted). ``progress(done, total)`` is called after each note and profile."""
    today = request.today or date.today()
    reader = _Reader(app, today)
    plans = [_plan_subject(reader, subject) for subject in request.subjects]  # fails early on a bad id
    total = sum(len(plan.candidates) for plan in plans) + len(plans)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    notes = []
    for plan in plans:
        notes.append(_note(reader, plan, request, step))
        step()
    officer = app.settings.get(OFFICER_NAME)
    return Pack(
        request=request, notes=tuple(notes), prepared_by=str(officer) if officer else None, prepared_on=today
    )


def counterpart_candidates(app: Liaison, subjects: Sequence[Subject]) -> list[Candidate]:
    """Everyone the notes for ``subjects`` would profile, in note order, each once."""
    reader = _Reader(app, date.today())
    found: dict[str, Candidate] = {}
    for subject in subjects:
        plan = _plan_subject(reader, subject)
        for candidate in plan.candidates:
            if candidate.contact_id in found:
                continue
            contact = reader.contact(candidate.contact_id)
            if contact is None:
                continue
            institution = reader.institution_title(contact.get("institution_id"))
            found[candidate.contact_id] = Candidate(
                contact_id=candidate.contact_id,
                name=CONTACTS.title(contact),
                detail=institution or candidate.state_code or contact.get("state_code") or "",
            )
    return list(found.values())


def paper_candidates(app: Liaison, subjects: Sequence[Subject]) -> list[Paper]:
    """Every paper the notes for ``subjects`` can list (the dialog's checkable list), in note
    order, each once; ``path`` says whether its bytes are on this computer."""
    reader = _Reader(app, date.today())
    found: dict[str, Paper] = {}
    for subject in subjects:
        try:
            plan = _plan_subject(reader, subject)
        except NotFoundError:
            continue  # deleted meanwhile: Make says so
        record = plan.record
        start = record.get("start_date") if subject.kind == "event" else record.get("date")
        owners = _paper_owners(reader, plan, _plans(reader, plan, start))
        for paper in gather_papers(app, owners, Papers.LIST, None, 1):
            found.setdefault(paper.id, paper)
    return list(found.values())


# -- reading ------------------------------------------------------------------------------------
class _Reader:
    """The services, with the small lookups (titles of institutions and contacts) cached for the
    pack: the same ministry or person appears in several notes."""

    def __init__(self, app: Liaison, today: date) -> None:
        self.app = app
        self.today = today
        self._institutions: dict[str, Record | None] = {}
        self._contacts: dict[str, Record | None] = {}
        self._profiles: dict[str, ContactProfile] = {}
        home = app.settings.get(HOME_INSTITUTION)
        self.home_institution = str(home) if home else None

    def institution_title(self, institution_id: str | None) -> str | None:
        if not institution_id:
            return None
        if institution_id not in self._institutions:
            self._load(
                self.app.institutions.list({"id": [institution_id]}), self._institutions, [institution_id]
            )
        row = self._institutions.get(institution_id)
        return INSTITUTIONS.title(row) if row else None

    def contact(self, contact_id: str | None) -> Record | None:
        if not contact_id:
            return None
        if contact_id not in self._contacts:
            self.prefetch_contacts([contact_id])
        return self._contacts.get(contact_id)

    def contact_title(self, contact_id: str | None) -> str | None:
        row = self.contact(contact_id)
        return CONTACTS.title(row) if row else None

    def prefetch_contacts(self, ids: Iterable[str | None]) -> None:
        wanted = [i for i in dict.fromkeys(ids) if i and i not in self._contacts]
        if wanted:
            self._load(self.app.contacts.list({"id": wanted}), self._contacts, wanted)

    def prefetch_institutions(self, ids: Iterable[str | None]) -> None:
        wanted = [i for i in dict.fromkeys(ids) if i and i not in self._institutions]
        if wanted:
            self._load(self.app.institutions.list({"id": wanted}), self._institutions, wanted)

    @staticmethod
    def _load(rows: list[Record], cache: dict[str, Record | None], wanted: list[str]) -> None:
        for row in rows:
            cache[str(row["id"])] = row
        for record_id in wanted:
            cache.setdefault(record_id, None)  # deleted or unknown: looked up once

    def profile(self, contact_id: str) -> ContactProfile | None:
        if contact_id not in self._profiles:
            try:
                self._profiles[contact_id] = contact_profile(self.app, contact_id, today=self.today)
            except NotFoundError:  # deleted since it was named: the note goes on without them
                return None
        return self._profiles[contact_id]


@dataclass(frozen=True)
class _CandidateRef:
    contact_id: str
    state_code: str | None
    head: bool
    role: str | None


@dataclass(frozen=True)
class _SubjectPlan:
    subject: Subject
    record: Record
    event: Record | None  # the event itself, or the bilateral's event
    candidates: tuple[_CandidateRef, ...]
    delegations: tuple[Record, ...]
    participants: tuple[Record, ...]
    parties: tuple[Record, ...]


def _plan_subject(reader: _Reader, subject: Subject) -> _SubjectPlan:
    app = reader.app
    if subject.kind == "event":
        event = app.events.get(subject.id)
        delegations = app.delegations.list({"event_id": subject.id})
        participants = app.participants.list({"event_id": subject.id})
        candidates = _event_candidates(reader, delegations, participants)
        return _SubjectPlan(subject, event, event, candidates, tuple(delegations), tuple(participants), ())
    bilateral = app.bilaterals.get(subject.id)
    parties = app.bilateral_parties.list({"bilateral_id": subject.id})
    margins: Record | None = None
    if bilateral.get("event_id"):
        try:
            margins = app.events.get(bilateral["event_id"])
        except NotFoundError:
            margins = None
    reader.prefetch_contacts(party.get("contact_id") for party in parties)
    refs = [
        _CandidateRef(str(party["contact_id"]), party.get("state_code"), head=False, role=None)
        for party in sorted(parties, key=_state_key)
        if party.get("contact_id") and not _is_home(reader, reader.contact(party["contact_id"]))
    ]
    return _SubjectPlan(subject, bilateral, margins, tuple(_unique(refs)), (), (), tuple(parties))


def _state_key(row: Mapping[str, Any]) -> tuple[int, str]:
    code = row.get("state_code") or ""
    return (STATE_ORDER.get(code, len(STATE_ORDER)), code)


def _is_home(reader: _Reader, contact: Mapping[str, Any] | None) -> bool:
    home = reader.home_institution
    return bool(home and contact is not None and contact.get("institution_id") == home)


def _unique(refs: Iterable[_CandidateRef]) -> list[_CandidateRef]:
    seen: dict[str, _CandidateRef] = {}
    for ref in refs:
        seen.setdefault(ref.contact_id, ref)
    return list(seen.values())


def _event_candidates(
    reader: _Reader, delegations: list[Record], participants: list[Record]
) -> tuple[_CandidateRef, ...]:
    reader.prefetch_contacts(
        [d.get("head_contact_id") for d in delegations] + [p.get("contact_id") for p in participants]
    )
    delegation_state = {d["id"]: d.get("state_code") for d in delegations}
    refs: list[tuple[tuple[int, str], int, str, _CandidateRef]] = []
    for delegation in delegations:
        head = delegation.get("head_contact_id")
        contact = reader.contact(head)
        if head and contact is not None and not _is_home(reader, contact):
            ref = _CandidateRef(str(head), delegation.get("state_code"), head=True, role="head_of_delegation")
            refs.append((_state_key(delegation), 0, sort_key(CONTACTS.title(contact)), ref))
    for participant in participants:
        contact = reader.contact(participant.get("contact_id"))
        if contact is None or _is_home(reader, contact):
            continue
        state = delegation_state.get(participant.get("delegation_id")) or contact.get("state_code")
        role = participant.get("role")
        ref = _CandidateRef(
            str(participant["contact_id"]), state, head=role == "head_of_delegation", role=role
        )
        refs.append(
            (_state_key({"state_code": state}), 0 if ref.head else 1, sort_key(CONTACTS.title(contact)), ref)
        )
    refs.sort(key=lambda item: item[:3])
    merged: dict[str, _CandidateRef] = {}
    for _key, _rank, _name, ref in refs:
        known = merged.get(ref.contact_id)
        if known is None:
            merged[ref.contact_id] = ref
        elif ref.role and not known.role:  # heads a delegation and is registered: keep the role
            merged[ref.contact_id] = _CandidateRef(ref.contact_id, known.state_code, known.head, ref.role)
    return tuple(merged.values())


# -- one note -----------------------------------------------------------------------------------
def _note(reader: _Reader, plan: _SubjectPlan, request: BriefingRequest, step: Callable[[], None]) -> Note:
    record = plan.record
    is_event = plan.subject.kind == "event"
    start = record.get("start_date") if is_event else record.get("date")
    end = (record.get("end_date") or start) if is_event else start
    chosen = [
        ref
        for ref in plan.candidates
        if (request.counterparts is None or ref.contact_id in request.counterparts)
        and ref.contact_id not in request.excluded_counterparts
    ]
    counterparts = []
    for ref in chosen:
        counterpart = _counterpart(reader, ref, plan, start, end)
        if counterpart is not None:
            counterparts.append(counterpart)
        step()
    for _ref in plan.candidates[len(chosen) :]:
        step()  # not profiled, but counted in the total
    plan_blocks = _plans(reader, plan, start)
    return Note(
        subject=plan.subject,
        title=str(record.get("title") or ""),
        kind=record.get("kind") if is_event else None,
        number=record.get("number") if is_event else None,
        start_date=start,
        end_date=end,
        city=record.get("city"),
        country=record.get("country"),
        venue=record.get("venue") if is_event else None,
        host=reader.institution_title(record.get("host_institution_id")) if is_event else None,
        description=record.get("description") if is_event else record.get("notes"),
        margins_of=None if is_event or plan.event is None else str(plan.event.get("title") or ""),
        agenda=_agenda(reader, record["id"]) if is_event else (),
        topics=None if is_event else record.get("topics"),
        outcomes=None if is_event else record.get("outcomes"),
        delegations=_delegations(reader, plan) if is_event else (),
        parties=() if is_event else _parties(reader, plan),
        counterparts=tuple(counterparts),
        counterparts_available=len(plan.candidates),
        talking_points=str(request.talking_points.get(plan.subject, "") or ""),
        plans=plan_blocks,
        minutes=_minutes(reader, plan),
        papers=()
        if request.papers == Papers.NONE
        else gather_papers(
            reader.app,
            _paper_owners(reader, plan, plan_blocks),
            request.papers,
            request.attachment_ids,
            request.first_pages,
            request.excluded_attachments,
        ),
    )


def _paper_owners(
    reader: _Reader, plan: _SubjectPlan, blocks: Sequence[PlanBlock]
) -> list[tuple[str, str, str]]:
    """The records whose papers a note lists: its event or bilateral meeting, the event's
    documents and minutes, and the plans the note quotes."""
    record = plan.record
    if plan.subject.kind == "bilateral":
        owners = [("bilaterals", str(record["id"]), str(record.get("title") or ""))]
    else:
        owners = [("events", str(record["id"]), str(record.get("title") or ""))]
        app = reader.app
        for document in app.documents.list({"event_id": record["id"]}):
            owners.append(("documents", str(document["id"]), str(document.get("title") or "")))
        for minutes in app.minutes.list({"event_id": record["id"]}):
            title = minutes.get("title") or record.get("title") or ""
            owners.append(("minutes", str(minutes["id"]), str(title)))
    owners += [("joint_action_plans", block.id, block.title) for block in blocks]
    return owners


def _agenda(reader: _Reader, event_id: str) -> tuple[AgendaLine, ...]:
    items = reader.app.agenda.list({"event_id": event_id})
    return tuple(
        AgendaLine(number=n, title=str(item.get("title") or ""), description=item.get("description"))
        for n, item in enumerate(items, start=1)
    )


def _delegations(reader: _Reader, plan: _SubjectPlan) -> tuple[DelegationLine, ...]:
    reader.prefetch_institutions(d.get("institution_id") for d in plan.delegations)
    members: dict[str, list[str]] = {}
    for participant in plan.participants:
        delegation_id = participant.get("delegation_id")
        name = reader.contact_title(participant.get("contact_id"))
        if delegation_id and name:
            members.setdefault(delegation_id, []).append(name)
    lines = []
    for delegation in sorted(plan.delegations, key=_state_key):
        head = reader.contact_title(delegation.get("head_contact_id"))
        lines.append(
            DelegationLine(
                state_code=delegation.get("state_code"),
                institution=reader.institution_title(delegation.get("institution_id")),
                head=head,
                members=tuple(m for m in members.get(delegation["id"], []) if m != head),
                notes=delegation.get("notes"),
            )
        )
    return tuple(lines)


def _parties(reader: _Reader, plan: _SubjectPlan) -> tuple[PartyLine, ...]:
    reader.prefetch_institutions(p.get("institution_id") for p in plan.parties)
    return tuple(
        PartyLine(
            state_code=party.get("state_code"),
            institution=reader.institution_title(party.get("institution_id")),
            person=reader.contact_title(party.get("contact_id")),
        )
        for party in sorted(plan.parties, key=_state_key)
    )


def _counterpart(
    reader: _Reader, ref: _CandidateRef, plan: _SubjectPlan, start: date | None, end: date | None
) -> Counterpart | None:
    profile = reader.profile(ref.contact_id)
    if profile is None:
        return None
    own_event = plan.subject.id if plan.subject.kind == "event" else None
    own_bilateral = plan.subject.id if plan.subject.kind == "bilateral" else None
    events = tuple(
        e for e in profile.events if e.event_id != own_event and (start is None or e.start_date < start)
    )
    bilaterals = tuple(
        b for b in profile.bilaterals if b.bilateral_id != own_bilateral and (end is None or b.date <= end)
    )
    return Counterpart(
        profile=profile,
        state_code=ref.state_code or profile.state_code,
        head_of_delegation=ref.head,
        role=ref.role,
        earlier_events=events,
        earlier_bilaterals=bilaterals,
        open_actions=profile.actions,
    )


def _plans(reader: _Reader, plan: _SubjectPlan, start: date | None) -> tuple[PlanBlock, ...]:
    app = reader.app
    event = plan.event
    plan_rows: dict[str, Record] = {}
    if event is not None:
        for row in app.plans.list({"adopted_event_id": event["id"]}):
            plan_rows[row["id"]] = row
    if start is not None:
        for row in app.plans.list({"year": start.year}):
            plan_rows[row["id"]] = row
    activities = app.activities.list({"plan_id": list(plan_rows)}) if plan_rows else []
    if event is not None:
        linked = app.activities.list({"event_id": event["id"]})
        known = {a["id"] for a in activities}
        activities += [a for a in linked if a["id"] not in known]
        for plan_id in {a["plan_id"] for a in linked} - set(plan_rows):
            plan_rows.update({row["id"]: row for row in app.plans.list({"id": [plan_id]})})
    if plan.subject.kind == "bilateral":
        states = {p.get("state_code") for p in plan.parties if p.get("state_code")}
        if states:
            activities = [a for a in activities if states & set(a.get("responsible_states") or [])]
    reader.prefetch_institutions(a.get("lead_institution_id") for a in activities)
    by_plan: dict[str, list[ActivityLine]] = {}
    for activity in activities:
        by_plan.setdefault(activity["plan_id"], []).append(
            ActivityLine(
                plan_id=activity["plan_id"],
                number=int(activity.get("position") or 0),
                title=str(activity.get("title") or ""),
                description=activity.get("description"),
                states=tuple(activity.get("responsible_states") or ()),
                lead_institution=reader.institution_title(activity.get("lead_institution_id")),
                timeframe=activity.get("timeframe"),
                start_date=activity.get("start_date"),
                end_date=activity.get("end_date"),
                status=activity.get("status"),
            )
        )
    blocks = []
    for plan_id, lines in by_plan.items():
        plan_row = plan_rows.get(plan_id)
        if plan_row is None:
            continue
        lines.sort(key=lambda line: (line.number, line.title))
        blocks.append(
            PlanBlock(
                id=plan_id,
                year=int(plan_row.get("year") or 0),
                title=str(plan_row.get("title") or ""),
                status=plan_row.get("status"),
                activities=tuple(lines),
            )
        )
    blocks.sort(key=lambda block: (block.year, block.title))
    return tuple(blocks)


def _minutes(reader: _Reader, plan: _SubjectPlan) -> MinutesAnnex | None:
    app = reader.app
    event = plan.event
    if event is None:
        return None
    found = _newest_minutes(reader, event["id"])
    if found is not None:
        return _annex(reader, found, event, "own" if plan.subject.kind == "event" else "margins")
    if plan.subject.kind != "event" or not event.get("start_date"):
        return None
    earlier = app.events.list(
        {"kind": event["kind"], "start_date": Before(event["start_date"])},
        order_by=["-start_date"],
        limit=EARLIER_EVENTS_OF_KIND,
    )
    for previous in earlier:
        last_time = _newest_minutes(reader, previous["id"])
        if last_time is not None:
            return _annex(reader, last_time, previous, "earlier")
    return None


def _newest_minutes(reader: _Reader, event_id: str) -> Record | None:
    minutes = reader.app.minutes.list({"event_id": event_id})
    return minutes[-1] if minutes else None  # listed oldest first (created_at)


def _annex(reader: _Reader, minutes: Record, event: Record, source: MinutesSource) -> MinutesAnnex:
    app = reader.app
    entries = app.minutes_entries.list({"minutes_id": minutes["id"]})
    agenda_ids = [e["agenda_item_id"] for e in entries if e.get("agenda_item_id")]
    agenda = (
        {row["id"]: row.get("title") for row in app.agenda.list({"id": agenda_ids})} if agenda_ids else {}
    )
    return MinutesAnnex(
        id=minutes["id"],
        title=minutes.get("title"),
        status=str(minutes.get("status") or "draft"),
        agreed_on=minutes.get("agreed_on"),
        summary=minutes.get("summary"),
        entries=tuple(
            MinutesEntryLine(
                heading=entry.get("heading"),
                agenda_item=agenda.get(entry.get("agenda_item_id")),
                notes=entry.get("notes"),
                decisions=entry.get("decisions"),
            )
            for entry in entries
        ),
        event_id=event["id"],
        event_title=str(event.get("title") or ""),
        event_start=event.get("start_date"),
        source=source,
    )
