"""What each kind of record holds, declared once: fields, labels, checks, parent, title.

The generic record service, the command line and the editors all read these declarations; a new
field is added here (and in the model and a migration), nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# T marks a label for translation; it is QT_TRANSLATE_NOOP by a shorter name, which
# packaging/translations.py tells lupdate (-tr-function-alias). Contexts must be literals.
from liaison.i18n import QT_TRANSLATE_NOOP as T
from liaison.services import vocabulary as v
from liaison.services.errors import FieldError
from liaison.services.errors import FieldMessages as M
from liaison.services.fields import Field, Kind
from liaison.store import models as m

Check = Callable[[Mapping[str, Any], "EntitySpec"], None]


@dataclass(frozen=True)
class EntitySpec:
    """One kind of syncable record."""

    name: str  # table name: the entity's name in the outbox and on the wire
    key: str  # singular, used on the command line and in search hits: "contact"
    label: str  # marked under "Entities"
    plural: str
    model: type[m.Synced]
    fields: tuple[Field, ...]
    title: Callable[[Mapping[str, Any]], str]
    parent: str | None = None  # field naming the owning record: children go when it goes
    # field naming the owner's entity (table) when the owner may be of several kinds (an
    # attachment's owner_entity); ``parent`` then names the owner's id
    parent_kind: str | None = None
    # False: records are written only by the entity's own service (an attachment's row comes
    # after its bytes are stored), so there is no generic add/edit command nor editor
    generic_editing: bool = True
    lookup: tuple[str, ...] = ()  # fields matched when a name is given instead of an id
    order_by: tuple[str, ...] = ("created_at",)
    checks: tuple[Check, ...] = ()
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def field(self, name: str) -> Field:
        return self.by_name[name]


COMMON = (
    Field("visibility", T("Fields", "Visibility"), Kind.VISIBILITY, default="institution"),
    Field("owner_institution_id", T("Fields", "Owner institution"), Kind.REF, ref="institutions"),
)


def _end_after_start(start: str, end: str) -> Check:
    def check(row: Mapping[str, Any], spec: EntitySpec) -> None:
        if row.get(start) and row.get(end) and row[end] < row[start]:
            raise spec.field(end).error(M.END_BEFORE_START, start=row[start], end=row[end])

    return check


def _needs_party(row: Mapping[str, Any], spec: EntitySpec) -> None:
    if not (row.get("state_code") or row.get("institution_id") or row.get("contact_id")):
        raise FieldError("state_code", spec.field("state_code").label, M.NEEDS_ONE_OF)


def _name_title(row: Mapping[str, Any]) -> str:
    name, latin = row.get("name") or "", row.get("latin_name")
    return f"{name} ({latin})" if latin and latin != name else name


def _institution_title(row: Mapping[str, Any]) -> str:
    short = row.get("short_name")
    return f"{row.get('name')} ({short})" if short else str(row.get("name"))


def _title(row: Mapping[str, Any]) -> str:
    return str(row.get("title") or "")


def _fallback(key: str) -> Callable[[Mapping[str, Any]], str]:
    def title(row: Mapping[str, Any]) -> str:
        return str(row.get(key) or row.get("id", ""))

    return title


def _choices(vocabulary: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(vocabulary)


INSTITUTIONS = EntitySpec(
    "institutions",
    "institution",
    T("Entities", "Institution"),
    T("Entities", "Institutions"),
    m.Institution,
    (
        Field("name", T("Fields", "Name"), required=True),
        Field("native_name", T("Fields", "Name in own language")),
        Field("short_name", T("Fields", "Short name"), max_length=60),
        Field(
            "kind",
            T("Fields", "Kind"),
            Kind.CHOICE,
            choices=_choices(v.INSTITUTION_KINDS),
            default="diaspora_institution",
        ),
        Field("state_code", T("Fields", "State"), Kind.STATE),
        Field("country", T("Fields", "Country"), Kind.COUNTRY),
        Field("city", T("Fields", "City"), max_length=120),
        Field("parent_id", T("Fields", "Part of"), Kind.REF, ref="institutions"),
        Field("website", T("Fields", "Website")),
        Field("emails", T("Fields", "E-mail"), Kind.EMAILS),
        Field("phones", T("Fields", "Phone"), Kind.PHONES),
        Field("address", T("Fields", "Address"), Kind.LONG_TEXT, max_length=2000),
        Field("notes", T("Fields", "Notes"), Kind.LONG_TEXT, max_length=100_000),
        *COMMON,
    ),
    _institution_title,
    lookup=("name", "short_name", "native_name"),
    order_by=("name",),
)

CONTACTS = EntitySpec(
    "contacts",
    "contact",
    T("Entities", "Contact"),
    T("Entities", "Contacts"),
    m.Contact,
    (
        Field("name", T("Fields", "Name"), required=True, max_length=200),
        Field("latin_name", T("Fields", "Name in Latin script"), max_length=200),
        Field("honorific", T("Fields", "Honorific"), max_length=40),
        Field("position", T("Fields", "Position")),
        Field("institution_id", T("Fields", "Institution"), Kind.REF, ref="institutions"),
        Field("state_code", T("Fields", "State"), Kind.STATE),
        Field("languages", T("Fields", "Languages"), Kind.LANGUAGES),
        Field("emails", T("Fields", "E-mail"), Kind.EMAILS),
        Field("phones", T("Fields", "Phone"), Kind.PHONES),
        Field("tags", T("Fields", "Tags"), Kind.TAGS),
        Field("notes", T("Fields", "Notes"), Kind.LONG_TEXT, max_length=100_000),
        Field("photo", T("Fields", "Photo"), Kind.IMAGE),
        *COMMON,
    ),
    _name_title,
    lookup=("name", "latin_name"),
    order_by=("name",),
)

CONTACT_POSITIONS = EntitySpec(
    "contact_positions",
    "position",
    T("Entities", "Position held"),
    T("Entities", "Positions held"),
    m.ContactPosition,
    (
        Field("contact_id", T("Fields", "Contact"), Kind.REF, required=True, ref="contacts"),
        Field("position", T("Fields", "Position")),
        Field("institution_id", T("Fields", "Institution"), Kind.REF, ref="institutions"),
        Field("start_date", T("Fields", "From"), Kind.DATE),
        Field("end_date", T("Fields", "Until"), Kind.DATE),
        *COMMON,
    ),
    _fallback("position"),
    parent="contact_id",
    order_by=("start_date",),
    checks=(_end_after_start("start_date", "end_date"),),
)

EVENTS = EntitySpec(
    "events",
    "event",
    T("Entities", "Event"),
    T("Entities", "Events"),
    m.Event,
    (
        Field("kind", T("Fields", "Kind"), Kind.CHOICE, required=True, choices=_choices(v.EVENT_KINDS)),
        Field("title", T("Fields", "Title"), required=True),
        Field("number", T("Fields", "Number in series"), Kind.INT, low=1, high=999),
        Field("start_date", T("Fields", "Start date"), Kind.DATE, required=True),
        Field("end_date", T("Fields", "End date"), Kind.DATE),
        Field("city", T("Fields", "City"), max_length=120),
        Field("country", T("Fields", "Country"), Kind.COUNTRY),
        Field("venue", T("Fields", "Venue")),
        Field("host_institution_id", T("Fields", "Host institution"), Kind.REF, ref="institutions"),
        Field("description", T("Fields", "Description"), Kind.LONG_TEXT, max_length=100_000),
        *COMMON,
    ),
    _title,
    lookup=("title",),
    order_by=("start_date",),
    checks=(_end_after_start("start_date", "end_date"),),
)

DELEGATIONS = EntitySpec(
    "delegations",
    "delegation",
    T("Entities", "Delegation"),
    T("Entities", "Delegations"),
    m.Delegation,
    (
        Field("event_id", T("Fields", "Event"), Kind.REF, required=True, ref="events"),
        Field("state_code", T("Fields", "State"), Kind.STATE),
        Field("institution_id", T("Fields", "Institution"), Kind.REF, ref="institutions"),
        Field("head_contact_id", T("Fields", "Head of delegation"), Kind.REF, ref="contacts"),
        Field("notes", T("Fields", "Notes"), Kind.LONG_TEXT, max_length=100_000),
        *COMMON,
    ),
    _fallback("state_code"),
    parent="event_id",
    order_by=("state_code",),
)

PARTICIPANTS = EntitySpec(
    "participants",
    "participant",
    T("Entities", "Participant"),
    T("Entities", "Participants"),
    m.Participant,
    (
        Field("event_id", T("Fields", "Event"), Kind.REF, required=True, ref="events"),
        Field("contact_id", T("Fields", "Contact"), Kind.REF, required=True, ref="contacts"),
        Field("delegation_id", T("Fields", "Delegation"), Kind.REF, ref="delegations"),
        Field(
            "role",
            T("Fields", "Role"),
            Kind.CHOICE,
            choices=_choices(v.PARTICIPANT_ROLES),
            default="delegate",
        ),
        Field("attended", T("Fields", "Attended"), Kind.BOOL, default=False),
        *COMMON,
    ),
    _fallback("role"),
    parent="event_id",
)

AGENDA_ITEMS = EntitySpec(
    "agenda_items",
    "agenda-item",
    T("Entities", "Agenda item"),
    T("Entities", "Agenda items"),
    m.AgendaItem,
    (
        Field("event_id", T("Fields", "Event"), Kind.REF, required=True, ref="events"),
        Field("position", T("Fields", "Position"), Kind.INT, low=0, high=10_000, default=0),
        Field("title", T("Fields", "Title"), required=True, max_length=500),
        Field("description", T("Fields", "Description"), Kind.LONG_TEXT, max_length=100_000),
        *COMMON,
    ),
    _title,
    parent="event_id",
    order_by=("position",),
)

MINUTES = EntitySpec(
    "minutes",
    "minutes",
    T("Entities", "Minutes"),
    T("Entities", "Minutes"),
    m.Minutes,
    (
        Field("event_id", T("Fields", "Event"), Kind.REF, required=True, ref="events"),
        Field("title", T("Fields", "Title")),
        Field(
            "status",
            T("Fields", "Status"),
            Kind.CHOICE,
            choices=_choices(v.MINUTES_STATUSES),
            default="draft",
        ),
        Field("summary", T("Fields", "Summary"), Kind.LONG_TEXT, max_length=1_000_000),
        Field("agreed_on", T("Fields", "Agreed on"), Kind.DATE),
        *COMMON,
    ),
    _title,
    parent="event_id",
)

MINUTES_ENTRIES = EntitySpec(
    "minutes_entries",
    "minutes-entry",
    T("Entities", "Minutes entry"),
    T("Entities", "Minutes entries"),
    m.MinutesEntry,
    (
        Field("minutes_id", T("Fields", "Minutes"), Kind.REF, required=True, ref="minutes"),
        Field("agenda_item_id", T("Fields", "Agenda item"), Kind.REF, ref="agenda_items"),
        Field("position", T("Fields", "Position"), Kind.INT, low=0, high=10_000, default=0),
        Field("heading", T("Fields", "Heading"), max_length=500),
        Field("notes", T("Fields", "Notes"), Kind.LONG_TEXT, max_length=1_000_000),
        Field("decisions", T("Fields", "Decisions"), Kind.LONG_TEXT, max_length=1_000_000),
        *COMMON,
    ),
    _fallback("heading"),
    parent="minutes_id",
    order_by=("position",),
)

DOCUMENTS = EntitySpec(
    "documents",
    "document",
    T("Entities", "Document"),
    T("Entities", "Documents"),
    m.Document,
    (
        Field("event_id", T("Fields", "Event"), Kind.REF, ref="events"),
        Field("minutes_id", T("Fields", "Minutes"), Kind.REF, ref="minutes"),
        Field("title", T("Fields", "Title"), required=True, max_length=500),
        Field("kind", T("Fields", "Kind"), Kind.CHOICE, choices=_choices(v.DOCUMENT_KINDS), default="other"),
        Field("adopted_on", T("Fields", "Adopted on"), Kind.DATE),
        Field("plan_id", T("Fields", "Joint Action Plan"), Kind.REF, ref="joint_action_plans"),
        *COMMON,
    ),
    _title,
    parent="event_id",
    lookup=("title",),
)

MINUTES_LOG = EntitySpec(
    "minutes_log",
    "minutes-log",
    T("Entities", "Minutes log entry"),
    T("Entities", "Minutes log"),
    m.MinutesLogEntry,
    (
        Field("minutes_id", T("Fields", "Minutes"), Kind.REF, required=True, ref="minutes"),
        Field(
            "action", T("Fields", "Action"), Kind.CHOICE, required=True, choices=_choices(v.MINUTES_ACTIONS)
        ),
        Field("reason", T("Fields", "Reason"), Kind.LONG_TEXT, max_length=10_000),
        Field("by_name", T("Fields", "By"), max_length=200),
        Field("at", T("Fields", "At"), Kind.DATETIME, required=True),
        *COMMON,
    ),
    _fallback("action"),
    parent="minutes_id",
    order_by=("at",),
)

BILATERALS = EntitySpec(
    "bilaterals",
    "bilateral",
    T("Entities", "Bilateral meeting"),
    T("Entities", "Bilateral meetings"),
    m.Bilateral,
    (
        Field("event_id", T("Fields", "On the margins of"), Kind.REF, ref="events"),
        Field("title", T("Fields", "Title"), required=True),
        Field("date", T("Fields", "Date"), Kind.DATE, required=True),
        Field("city", T("Fields", "City"), max_length=120),
        Field("country", T("Fields", "Country"), Kind.COUNTRY),
        Field("topics", T("Fields", "Topics"), Kind.LONG_TEXT, max_length=100_000),
        Field("outcomes", T("Fields", "Outcomes"), Kind.LONG_TEXT, max_length=100_000),
        Field("notes", T("Fields", "Notes"), Kind.LONG_TEXT, max_length=1_000_000),
        *COMMON,
    ),
    _title,
    lookup=("title",),
    order_by=("date",),
)

BILATERAL_PARTIES = EntitySpec(
    "bilateral_parties",
    "bilateral-party",
    T("Entities", "Party"),
    T("Entities", "Parties"),
    m.BilateralParty,
    (
        Field("bilateral_id", T("Fields", "Bilateral meeting"), Kind.REF, required=True, ref="bilaterals"),
        Field("state_code", T("Fields", "State"), Kind.STATE),
        Field("institution_id", T("Fields", "Institution"), Kind.REF, ref="institutions"),
        Field("contact_id", T("Fields", "Contact"), Kind.REF, ref="contacts"),
        *COMMON,
    ),
    _fallback("state_code"),
    parent="bilateral_id",
    checks=(_needs_party,),
)

ACTION_ITEMS = EntitySpec(
    "action_items",
    "action",
    T("Entities", "Action item"),
    T("Entities", "Action items"),
    m.ActionItem,
    (
        Field("title", T("Fields", "Action"), required=True, max_length=500),
        Field("description", T("Fields", "Description"), Kind.LONG_TEXT, max_length=100_000),
        Field(
            "assignee_institution_id", T("Fields", "Responsible institution"), Kind.REF, ref="institutions"
        ),
        Field("assignee_contact_id", T("Fields", "Responsible person"), Kind.REF, ref="contacts"),
        Field("due_date", T("Fields", "Due date"), Kind.DATE),
        Field(
            "status", T("Fields", "Status"), Kind.CHOICE, choices=_choices(v.ACTION_STATUSES), default="open"
        ),
        Field("completed_on", T("Fields", "Completed on"), Kind.DATE),
        Field("event_id", T("Fields", "Agreed at event"), Kind.REF, ref="events"),
        Field("minutes_id", T("Fields", "From minutes"), Kind.REF, ref="minutes"),
        Field("bilateral_id", T("Fields", "From bilateral meeting"), Kind.REF, ref="bilaterals"),
        *COMMON,
    ),
    _title,
    lookup=("title",),
    order_by=("due_date",),
)

PLANS = EntitySpec(
    "joint_action_plans",
    "plan",
    T("Entities", "Joint Action Plan"),
    T("Entities", "Joint Action Plans"),
    m.JointActionPlan,
    (
        Field("year", T("Fields", "Year"), Kind.INT, required=True, low=1990, high=2100),
        Field("title", T("Fields", "Title"), required=True),
        Field(
            "status", T("Fields", "Status"), Kind.CHOICE, choices=_choices(v.PLAN_STATUSES), default="draft"
        ),
        Field("adopted_event_id", T("Fields", "Adopted at"), Kind.REF, ref="events"),
        Field("notes", T("Fields", "Notes"), Kind.LONG_TEXT, max_length=100_000),
        *COMMON,
    ),
    _title,
    lookup=("title",),
    order_by=("year",),
)

PLAN_ACTIVITIES = EntitySpec(
    "plan_activities",
    "activity",
    T("Entities", "Plan activity"),
    T("Entities", "Plan activities"),
    m.PlanActivity,
    (
        Field("plan_id", T("Fields", "Joint Action Plan"), Kind.REF, required=True, ref="joint_action_plans"),
        Field("position", T("Fields", "Position"), Kind.INT, low=0, high=10_000, default=0),
        Field("title", T("Fields", "Activity"), required=True, max_length=500),
        Field("description", T("Fields", "Description"), Kind.LONG_TEXT, max_length=100_000),
        Field("responsible_states", T("Fields", "Responsible states"), Kind.STATES),
        Field("lead_institution_id", T("Fields", "Lead institution"), Kind.REF, ref="institutions"),
        Field("timeframe", T("Fields", "Timeframe"), max_length=120),
        Field("start_date", T("Fields", "Start date"), Kind.DATE),
        Field("end_date", T("Fields", "End date"), Kind.DATE),
        Field(
            "status",
            T("Fields", "Status"),
            Kind.CHOICE,
            choices=_choices(v.ACTIVITY_STATUSES),
            default="planned",
        ),
        Field("event_id", T("Fields", "Event"), Kind.REF, ref="events"),
        *COMMON,
    ),
    _title,
    parent="plan_id",
    order_by=("position",),
    checks=(_end_after_start("start_date", "end_date"),),
)

ATTACHMENT_OWNERS: tuple[str, ...] = (
    "events",
    "bilaterals",
    "documents",
    "minutes",
    "joint_action_plans",
    "action_items",
    "contacts",
)
"""The kinds of record files can be attached to (tables)."""

ATTACHMENT_ROLES: tuple[str, ...] = ("file", "photo")
"""``file``: a paper on the record; ``photo``: a contact's photo."""

# Attachments are declared here like any record so that the outbox, push, pull, conflicts and
# undo treat them as they treat every record; their owner is polymorphic (owner_entity +
# owner_id, with no foreign key), which ``parent_kind`` tells the cascades (an owner's delete
# tombstones its files, its restore brings them back). ``generic_editing=False``: only
# ``liaison.services.attachments`` writes them (bytes first, then the row); its rules check the
# owner and copy the owner's visibility and owner institution.
ATTACHMENTS = EntitySpec(
    "attachments",
    "attachment",
    T("Entities", "Attachment"),
    T("Entities", "Attachments"),
    m.Attachment,
    (
        Field(
            "owner_entity",
            T("Fields", "Attached to"),
            Kind.CHOICE,
            required=True,
            choices=ATTACHMENT_OWNERS,
        ),
        Field("owner_id", T("Fields", "Record"), Kind.REF, required=True),
        Field("name", T("Fields", "File name"), required=True, max_length=255),
        Field("media_type", T("Fields", "Type"), max_length=120, default="application/octet-stream"),
        Field("size", T("Fields", "Size"), Kind.INT, required=True, low=0),
        Field("sha256", T("Fields", "SHA-256"), required=True, max_length=64),
        Field("role", T("Fields", "Role"), Kind.CHOICE, choices=ATTACHMENT_ROLES, default="file"),
        *COMMON,
    ),
    _fallback("name"),
    parent="owner_id",
    parent_kind="owner_entity",
    order_by=("created_at",),
    generic_editing=False,
)

ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        INSTITUTIONS,
        CONTACTS,
        CONTACT_POSITIONS,
        EVENTS,
        DELEGATIONS,
        PARTICIPANTS,
        AGENDA_ITEMS,
        MINUTES,
        MINUTES_ENTRIES,
        DOCUMENTS,
        MINUTES_LOG,
        BILATERALS,
        BILATERAL_PARTIES,
        ACTION_ITEMS,
        PLANS,
        PLAN_ACTIVITIES,
        ATTACHMENTS,
    )
}
"""Every syncable entity by table name, parents before children."""

BY_KEY: dict[str, EntitySpec] = {spec.key: spec for spec in ENTITIES.values()}

CHILDREN: dict[str, list[EntitySpec]] = {}
for _spec in ENTITIES.values():
    if _spec.parent_kind:  # a child of several kinds of record: listed under each of them
        for _owner in _spec.field(_spec.parent_kind).choices:
            CHILDREN.setdefault(_owner, []).append(_spec)
    elif _spec.parent:
        _parent_entity = _spec.field(_spec.parent).ref
        assert _parent_entity is not None
        CHILDREN.setdefault(_parent_entity, []).append(_spec)


def child_clauses(child: EntitySpec, table: Any, parent: str, parent_id: str) -> list[Any]:
    """The ``where`` clauses selecting ``child`` records (of ``table``) owned by the record
    ``parent_id`` of entity ``parent`` (the owner's kind too, for a polymorphic owner)."""
    clauses = [table.c[child.parent or ""] == parent_id]
    if child.parent_kind:
        clauses.append(table.c[child.parent_kind] == parent)
    return clauses
