"""Events and bilateral meetings as iCalendar (RFC 5545), for Outlook and phone calendars.

Every meeting is an all-day VEVENT (the record keeps dates, not times; DTEND is the day after
the last, as the RFC's exclusive end wants). UID is ``<record id>@liaison.ots``, stable across
exports, so a calendar that imports the file again updates its entries. SEQUENCE grows with
every edit of the record: it is the number of seconds from its creation to its last change,
which only ever increases. Attendees are the participants (events) and the parties' persons
(bilaterals), with their first e-mail, or the contact's id as a URN when they have none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import IO, Any

from liaison.services.exporting.vcard import fold

PRODID = "-//Organization of Turkic States//Liaison//EN"


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def sequence(record: Mapping[str, Any]) -> int:
    created, updated = record.get("created_at"), record.get("updated_at")
    if isinstance(created, datetime) and isinstance(updated, datetime):
        return max(0, int((updated - created).total_seconds()))
    return 0


def vevent(
    record_id: str,
    title: str,
    start: date,
    end: date | None,
    record: Mapping[str, Any],
    *,
    location: str = "",
    description: str = "",
    attendees: Sequence[tuple[str, str]] = (),
    stamp: datetime,
) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{record_id}@liaison.ots",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"SEQUENCE:{sequence(record)}",
        f"DTSTART;VALUE=DATE:{_day(start)}",
        f"DTEND;VALUE=DATE:{_day((end or start) + timedelta(days=1))}",
        f"SUMMARY:{escape(title)}",
    ]
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    for name, address in attendees:
        quoted = name.replace('"', "'")
        lines.append(f'ATTENDEE;CN="{quoted}";ROLE=REQ-PARTICIPANT:{address}')
    lines.append("END:VEVENT")
    return "".join(fold(line) for line in lines)


def write_calendar(handle: IO[str], events: Iterable[str]) -> int:
    handle.write(
        fold("BEGIN:VCALENDAR") + fold("VERSION:2.0") + fold(f"PRODID:{PRODID}") + fold("CALSCALE:GREGORIAN")
    )
    count = 0
    for event in events:
        handle.write(event)
        count += 1
    handle.write(fold("END:VCALENDAR"))
    return count


def now() -> datetime:
    return datetime.now(UTC)
