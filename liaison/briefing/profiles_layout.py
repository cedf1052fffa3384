"""The counterparts section of a briefing note: one profile per person — their photo (or a
box saying why there is none), their details, and their history with us: earlier events and
bilateral meetings, open action items, the notes on file."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

import phonenumbers
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Image, KeepTogether, Paragraph, Table, TableStyle

from liaison.briefing.gather import Counterpart, Note
from liaison.briefing.markup import clean, esc
from liaison.briefing.styles import GAP, MARKING, MUTED, PLAIN_TABLE, SHADE
from liaison.briefing.wording import L
from liaison.services import vocabulary as v
from liaison.services.profiles import EventAttended, OpenAction
from liaison.text import transliterate_cyrillic

if TYPE_CHECKING:
    from liaison.briefing.layout import Layout

PHOTO_WIDTH = 28 * mm
PHOTO_HEIGHT = 35 * mm


class CounterpartProfiles:
    """The counterparts section of the notes a :class:`~liaison.briefing.layout.Layout` builds."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    def section(self, note: Note) -> list[Flowable]:
        """The section: its heading, kept on the page of the first person's profile."""
        flow: list[Flowable] = [self.layout.heading(self.layout.w(L.COUNTERPARTS), 1)]
        if not note.counterparts:
            label = L.NO_COUNTERPARTS if not note.counterparts_available else L.NO_COUNTERPARTS_CHOSEN
            return [*flow, self.layout.gap(label)]
        section_heading = flow.pop()
        for number, counterpart in enumerate(note.counterparts):
            flow += self.profile(counterpart, note, lead=[section_heading] if number == 0 else [])
        return flow

    def profile(self, person: Counterpart, note: Note, lead: list[Flowable]) -> list[Flowable]:
        """One counterpart: name, photo and details side by side, then their history with us.
        ``lead`` (the section's heading, before the first person) stays on the same page."""
        name = clean(person.name)
        latin = clean(person.contact.get("latin_name"))
        heading_text = f"{name} · {latin}" if latin and latin != name else name
        top = Table(
            [[self.photo(person.photo), self.details(person, note)]],
            colWidths=[PHOTO_WIDTH + 5 * mm, None],
            hAlign="LEFT",
        )
        top.setStyle(PLAIN_TABLE)
        flow: list[Flowable] = [
            CondPageBreak(60 * mm),
            KeepTogether([*lead, self.layout.heading(heading_text, 2), top]),
        ]
        return flow + self.history(person)

    def details(self, person: Counterpart, note: Note) -> Table:
        w = self.layout.w
        contact = person.contact
        name = clean(person.name)
        latin = clean(contact.get("latin_name"))
        rows: list[tuple[str, str]] = []
        if latin and latin != name:
            rows.append((L.NAME_LATIN, esc(latin)))
        elif _has_cyrillic(name):
            rows.append((L.NAME_LATIN, esc(w(L.NAME_TRANSLITERATED, name=transliterate_cyrillic(name)))))
        if contact.get("honorific"):
            rows.append((L.ADDRESS_AS, esc(contact["honorific"])))
        position = contact.get("position")
        rows.append((L.POSITION, esc(position) if position else self._gap_markup(L.NO_POSITION)))
        institution = person.profile.institution
        rows.append((L.INSTITUTION, esc(institution) if institution else self._gap_markup(L.NO_INSTITUTION)))
        rows.append((L.ROLE_HERE, esc(self._role(person, note))))
        languages = [str(w.locale.languages.get(code, code)) for code in contact.get("languages") or []]
        if languages:
            rows.append((L.LANGUAGES, esc(", ".join(languages))))
        emails = [clean(e) for e in contact.get("emails") or []]
        phones = [_phone(p) for p in contact.get("phones") or []]
        if emails:
            rows.append((L.EMAIL, "<br/>".join(esc(e) for e in emails)))
        if phones:
            rows.append((L.PHONE, "<br/>".join(esc(p) for p in phones)))
        if not emails and not phones:
            rows.append((L.EMAIL, self._gap_markup(L.NO_CONTACT_DETAILS)))
        return self.layout.label_table(rows, label_width=31 * mm)

    def history(self, person: Counterpart) -> list[Flowable]:
        w, s = self.layout.w, self.layout.s
        flow: list[Flowable] = [Paragraph(self.layout.t(L.EARLIER_EVENTS), s.label)]
        if person.earlier_events:
            flow += self.layout.bullets(self._event_line(e) for e in person.earlier_events)
        else:
            flow.append(self.layout.gap(L.NO_EARLIER))
        flow.append(Paragraph(self.layout.t(L.EARLIER_BILATERALS), s.label))
        for meeting in person.earlier_bilaterals:
            where = w.place(meeting.city, meeting.country)
            line = f"<b>{esc(w.short_date(meeting.date))}</b> — {esc(meeting.title)}"
            if where:
                line += f" ({esc(where)})"
            outcome = clean(meeting.outcomes).strip()
            agreed = self.layout.t(L.AGREED, outcomes=outcome) if outcome else self.layout.t(L.NOTHING_AGREED)
            flow.append(Paragraph(f"{line}<br/>{agreed}", s.bullet, bulletText="•"))
        if not person.earlier_bilaterals:
            flow.append(self.layout.gap(L.NO_EARLIER))
        flow.append(Paragraph(self.layout.t(L.OPEN_ACTIONS), s.label))
        if person.open_actions:
            flow += self.layout.bullets(self._action_line(a) for a in person.open_actions)
        else:
            flow.append(Paragraph(self.layout.t(L.NO_OPEN_ACTIONS), s.small))
        notes = self.layout.prose(person.contact.get("notes"), small=True)
        if notes:
            flow.append(Paragraph(self.layout.t(L.NOTES_ON_FILE), s.label))
            flow += notes
        return flow

    def _gap_markup(self, label: str) -> str:
        return f'<font color="{GAP_HEX}"><i>{self.layout.t(label)}</i></font>'

    def _role(self, person: Counterpart, note: Note) -> str:
        w = self.layout.w
        state = w.state(person.state_code)
        if note.is_bilateral:
            return f"{w(L.PARTY_TO)} ({state})" if state else w(L.PARTY_TO)
        if person.head_of_delegation and state:
            return w(L.HEADS_DELEGATION, state=state)
        parts = [w(L.IN_DELEGATION, state=state) if state else ""]
        if person.role and person.role != "head_of_delegation":
            parts.append(w.choice(v.PARTICIPANT_ROLES, person.role))
        return " · ".join(part for part in parts if part)

    def _event_line(self, event: EventAttended) -> str:
        w = self.layout.w
        line = f"<b>{esc(w.short_date(event.start_date))}</b> — {esc(event.title)}"
        where = w.place(event.city, event.country)
        if where:
            line += f" ({esc(where)})"
        if event.headed_delegation:
            line += f" — {self.layout.t(L.HEADED)}"
        elif event.role:
            line += f" — {esc(w.choice(v.PARTICIPANT_ROLES, event.role))}"
        return line

    def _action_line(self, action: OpenAction) -> str:
        w = self.layout.w
        parts = []
        if action.due_date is not None:
            parts.append(f"<b>{self.layout.t(L.DUE, date=w.short_date(action.due_date))}</b>")
        if action.overdue:
            parts.append(f'<font color="{MARKING_HEX}"><b>{self.layout.t(L.OVERDUE)}</b></font>')
        parts.append(esc(action.title))
        line = " — ".join(parts)
        extra = [esc(w.choice(v.ACTION_STATUSES, action.status))]
        if action.via == "institution" and action.institution:
            extra.append(self.layout.t(L.VIA_INSTITUTION, institution=action.institution))
        if action.assignee_contact:
            extra.append(self.layout.t(L.RESPONSIBLE_PERSON, person=action.assignee_contact))
        if action.event_title:
            extra.append(self.layout.t(L.FROM_EVENT, event=action.event_title))
        return f'{line}<br/><font size="8" color="{MUTED_HEX}">{"; ".join(extra)}</font>'

    def photo(self, data: bytes | None) -> Flowable:
        if data:
            try:
                reader = ImageReader(BytesIO(data))
                width, height = reader.getSize()
                scale = min(PHOTO_WIDTH / width, PHOTO_HEIGHT / height)
                return Image(BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")
            except Exception:
                return self._photo_box(L.BAD_PHOTO)
        return self._photo_box(L.NO_PHOTO)

    def _photo_box(self, label: str) -> Table:
        box = Table(
            [[Paragraph(self.layout.t(label), self.layout.s.photo_missing)]],
            colWidths=[PHOTO_WIDTH],
            rowHeights=[PHOTO_HEIGHT],
            hAlign="LEFT",
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, MUTED, None, (2, 2)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ]
            )
        )
        return box


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def _phone(number: str) -> str:
    try:
        parsed = phonenumbers.parse(number, None)
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    except phonenumbers.NumberParseException:
        return clean(number)


def _hex(color: Color) -> str:
    """A colour as ``#rrggbb`` for ``<font color=...>`` markup."""
    return "#" + color.hexval()[2:]


GAP_HEX = _hex(GAP)
MARKING_HEX = _hex(MARKING)
MUTED_HEX = _hex(MUTED)
