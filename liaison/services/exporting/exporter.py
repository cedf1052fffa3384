"""What can be exported, in which formats, and the one call that writes a file.

``export(app, "contacts", "vcard", path)``; contacts may be limited to ``ids`` (the filtered
list or the selection), actions to ``which`` ("all", "open", "overdue"), participants need the
``event``. Every file is written whole or not at all (:mod:`.files`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import false, select

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP, translate
from liaison.i18n import QT_TRANSLATE_NOOP as T
from liaison.services import vocabulary
from liaison.services.actions import OPEN_STATUSES
from liaison.services.entities import ACTION_ITEMS, CONTACTS, PARTICIPANTS
from liaison.services.exporting import ics
from liaison.services.exporting.files import atomic_path, atomic_text
from liaison.services.exporting.tables import Column, write_csv, write_xlsx
from liaison.services.exporting.vcard import write_vcards
from liaison.services.records import table_of

if TYPE_CHECKING:
    from liaison.services.app import Liaison

FORMATS: dict[str, tuple[str, ...]] = {
    "contacts": ("vcard", "csv", "xlsx"),
    "events": ("ics",),
    "bilaterals": ("ics",),
    "actions": ("csv", "xlsx"),
    "participants": ("xlsx", "csv"),
}
WHICH = ("all", "open", "overdue")


class ExportError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "{what} cannot be exported as {format} (use {formats}).")


NEEDS_EVENT = QT_TRANSLATE_NOOP(
    "Errors", "Participants are exported for one event: give --event ID or TITLE."
)


def _choice(vocabulary_: dict[str, str]) -> Any:
    return lambda key: translate("Choices", vocabulary_.get(key, "")) if key else ""


class _Lookups:
    def __init__(self, app: Liaison) -> None:
        with app.store.read() as session:
            inst = table_of(app.institutions.spec)
            self.institutions = dict(session.execute(select(inst.c.id, inst.c.name)).all())
            people = table_of(CONTACTS)
            self.contacts = {
                row[0]: (row[1], row[2] or [])
                for row in session.execute(select(people.c.id, people.c.name, people.c.emails))
            }
            events = table_of(app.events.spec)
            self.events = dict(session.execute(select(events.c.id, events.c.title)).all())

    def institution(self, record_id: str | None) -> str:
        return self.institutions.get(record_id or "", "") or ""

    def contact(self, record_id: str | None) -> str:
        return self.contacts.get(record_id or "", ("", []))[0] or ""


def contact_columns(lookups: _Lookups) -> list[Column]:
    return [
        Column(T("Fields", "Name"), lambda r: r.get("name"), 30),
        Column(T("Fields", "Name in Latin script"), lambda r: r.get("latin_name"), 30),
        Column(T("Fields", "Honorific"), lambda r: r.get("honorific"), 10),
        Column(T("Fields", "Position"), lambda r: r.get("position"), 30),
        Column(T("Fields", "Institution"), lambda r: lookups.institution(r.get("institution_id")), 40),
        Column(T("Fields", "State"), lambda r: r.get("state_code"), 8),
        Column(T("Fields", "Languages"), lambda r: r.get("languages"), 10),
        Column(T("Fields", "E-mail"), lambda r: r.get("emails"), 30),
        Column(T("Fields", "Phone"), lambda r: r.get("phones"), 20),
        Column(T("Fields", "Tags"), lambda r: r.get("tags"), 20),
        Column(T("Fields", "Notes"), lambda r: r.get("notes"), 40),
        Column(T("Fields", "Id"), lambda r: r.get("id"), 38),
    ]


def _contacts(app: Liaison, ids: Sequence[str] | None, *, photos: bool) -> Iterator[dict[str, Any]]:
    table = table_of(CONTACTS)
    columns = [c for c in table.c if photos or c.name != "photo"]
    query = select(*columns).where(table.c.deleted == false()).order_by(table.c.name, table.c.id)
    wanted = list(ids) if ids is not None else None
    with app.store.read() as session:
        if wanted is None:
            rows = [dict(r) for r in session.execute(query).mappings()]
        else:
            rows = []
            for start in range(0, len(wanted), 900):
                part = wanted[start : start + 900]
                rows.extend(dict(r) for r in session.execute(query.where(table.c.id.in_(part))).mappings())
            order = {record_id: i for i, record_id in enumerate(wanted)}
            rows.sort(key=lambda r: order.get(r["id"], 0))
    if photos:  # a contact's photo is an attachment (a photo left in the column: an older laptop's)
        found = app.attachments.photos_of(row["id"] for row in rows)
        for row in rows:
            if row["id"] in found:
                row["photo"] = found[row["id"]]
    yield from rows


def _actions(app: Liaison, which: str) -> list[dict[str, Any]]:
    if which == "overdue":
        return app.actions.overdue()
    where = {"status": list(OPEN_STATUSES)} if which == "open" else None
    return app.actions.list(where)


def action_columns(lookups: _Lookups) -> list[Column]:
    status = _choice(vocabulary.ACTION_STATUSES)
    return [
        Column(ACTION_ITEMS.field("title").label, lambda r: r.get("title"), 40),
        Column(T("Fields", "Description"), lambda r: r.get("description"), 40),
        Column(
            T("Fields", "Responsible institution"),
            lambda r: lookups.institution(r.get("assignee_institution_id")),
            30,
        ),
        Column(
            T("Fields", "Responsible person"), lambda r: lookups.contact(r.get("assignee_contact_id")), 25
        ),
        Column(T("Fields", "Due date"), lambda r: r.get("due_date"), 12),
        Column(T("Fields", "Status"), lambda r: status(r.get("status")), 12),
        Column(T("Fields", "Completed on"), lambda r: r.get("completed_on"), 12),
        Column(T("Fields", "Agreed at event"), lambda r: lookups.events.get(r.get("event_id") or "", ""), 30),
        Column(T("Fields", "Id"), lambda r: r.get("id"), 38),
    ]


def _participants(
    app: Liaison, event_id: str, lookups: _Lookups
) -> tuple[list[Column], list[dict[str, Any]]]:
    with app.store.read() as session:
        contacts = {
            c["id"]: c
            for c in app.contacts.list_in(
                session,
                {"id": [p["contact_id"] for p in app.participants.list_in(session, {"event_id": event_id})]},
            )
        }
        participants = app.participants.list_in(session, {"event_id": event_id})
        delegations = {d["id"]: d for d in app.delegations.list_in(session, {"event_id": event_id})}
    role = _choice(vocabulary.PARTICIPANT_ROLES)
    rows = []
    for p in participants:
        person = contacts.get(p["contact_id"], {})
        delegation = delegations.get(p.get("delegation_id") or "", {})
        rows.append({**p, "person": person, "delegation": delegation})
    rows.sort(key=lambda r: (r["delegation"].get("state_code") or "~", r["person"].get("name") or ""))
    columns = [
        Column(T("Fields", "Delegation"), lambda r: r["delegation"].get("state_code"), 10),
        Column(T("Fields", "Name"), lambda r: r["person"].get("name"), 30),
        Column(T("Fields", "Name in Latin script"), lambda r: r["person"].get("latin_name"), 30),
        Column(T("Fields", "Position"), lambda r: r["person"].get("position"), 30),
        Column(
            T("Fields", "Institution"), lambda r: lookups.institution(r["person"].get("institution_id")), 35
        ),
        Column(PARTICIPANTS.field("role").label, lambda r: role(r.get("role")), 18),
        Column(T("Fields", "E-mail"), lambda r: r["person"].get("emails"), 30),
        Column(T("Fields", "Phone"), lambda r: r["person"].get("phones"), 20),
        Column(T("Fields", "Attended"), lambda r: r.get("attended"), 10),
    ]
    return columns, rows


def _attendees(lookups: _Lookups, contact_ids: Sequence[str | None]) -> list[tuple[str, str]]:
    out = []
    for contact_id in dict.fromkeys(c for c in contact_ids if c):
        name, emails = lookups.contacts.get(contact_id, ("", []))
        out.append((name or "", f"mailto:{emails[0]}" if emails else f"urn:uuid:{contact_id}"))
    return out


def _events_ics(app: Liaison, lookups: _Lookups, kind: str) -> Iterator[str]:
    stamp = ics.now()
    from liaison.i18n import country_name

    def place(*parts: str | None) -> str:
        return ", ".join(p for p in parts if p)

    if kind == "events":
        participants: dict[str, list[str]] = {}
        for p in app.participants.list():
            participants.setdefault(p["event_id"], []).append(p["contact_id"])
        for e in app.events.list():
            yield ics.vevent(
                e["id"],
                e["title"],
                e["start_date"],
                e.get("end_date"),
                e,
                location=place(
                    e.get("venue"), e.get("city"), country_name(e.get("country")) if e.get("country") else ""
                ),
                description=e.get("description") or "",
                attendees=_attendees(lookups, participants.get(e["id"], [])),
                stamp=stamp,
            )
    else:
        parties: dict[str, list[str | None]] = {}
        for p in app.bilateral_parties.list():
            parties.setdefault(p["bilateral_id"], []).append(p.get("contact_id"))
        for b in app.bilaterals.list():
            description = "\n\n".join(x for x in (b.get("topics"), b.get("outcomes")) if x)
            yield ics.vevent(
                b["id"],
                b["title"],
                b["date"],
                None,
                b,
                location=place(b.get("city"), country_name(b.get("country")) if b.get("country") else ""),
                description=description,
                attendees=_attendees(lookups, parties.get(b["id"], [])),
                stamp=stamp,
            )


def export(
    app: Liaison,
    kind: str,
    fmt: str,
    path: str | os.PathLike[str],
    *,
    event: str | None = None,
    which: str = "all",
    ids: Sequence[str] | None = None,
) -> int:
    """Write ``kind`` records to ``path`` as ``fmt``; returns how many records were written."""
    formats = FORMATS.get(kind, ())
    if fmt not in formats:
        raise ExportError(what=kind, format=fmt, formats=", ".join(formats) or "-")
    lookups = _Lookups(app)
    if kind == "contacts":
        if fmt == "vcard":
            with atomic_text(path) as handle:
                return write_vcards(handle, _contacts(app, ids, photos=True), lookups.institutions)
        columns = contact_columns(lookups)
        with atomic_path(path) as temp:
            records = _contacts(app, ids, photos=False)
            if fmt == "csv":
                return write_csv(temp, columns, records)
            return write_xlsx(temp, translate("Entities", "Contacts"), columns, records)
    if kind in ("events", "bilaterals"):
        with atomic_text(path) as handle:
            return ics.write_calendar(handle, _events_ics(app, lookups, kind))
    if kind == "actions":
        columns = action_columns(lookups)
        actions = _actions(app, which)
        with atomic_path(path) as temp:
            if fmt == "csv":
                return write_csv(temp, columns, actions)
            return write_xlsx(temp, translate("Entities", "Action items"), columns, actions)
    if not event:
        raise ExportError(NEEDS_EVENT)
    event_id = app.events.resolve(event, field=PARTICIPANTS.field("event_id"))
    columns, rows = _participants(app, event_id, lookups)
    with atomic_path(path) as temp:
        if fmt == "csv":
            return write_csv(temp, columns, rows)
        return write_xlsx(temp, translate("Entities", "Participants"), columns, rows)
