"""A contact's profile: who they are, the posts they held, where they went, whom they met and
what is still expected of them — the page an officer reads before meeting someone.

The profile is gathered by :func:`liaison.services.profiles.contact_profile` on the database
worker and shown as generated rich text (every value escaped) in a text browser, so that it
reads, selects, copies and prints like a document and follows the system palette. Links to
events, bilateral meetings, action items and institutions ask the main window to show them
(:attr:`ContactProfileView.open_record`); e-mail addresses open the mail client.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

import phonenumbers
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget
from shiboken6 import isValid

from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.services.entities import ACTION_ITEMS, EVENTS, PARTICIPANTS
from liaison.services.profiles import (
    BilateralMeeting,
    ContactProfile,
    EventAttended,
    OpenAction,
    PositionHeld,
    contact_profile,
)
from liaison.ui.i18n import choice_labels, country_name, format_date, tr_state
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op, TaskManager, show_error

LINK_SCHEME = "liaison"
"""Links inside the profile: ``liaison:KIND/ID`` (KIND as in search hits)."""

LINK_KINDS = ("event", "bilateral", "action", "institution")

PHOTO_URL = QUrl("liaison-image:photo")
PHOTO_SIZE = 112


def record_link(kind: str, record_id: str) -> str:
    """The href of a link to a record, as the profile writes it."""
    return f"{LINK_SCHEME}:{kind}/{record_id}"


def parse_link(url: QUrl) -> tuple[str, str] | None:
    """``(kind, id)`` of a profile link, or None for any other URL."""
    if url.scheme() != LINK_SCHEME:
        return None
    kind, _slash, record_id = url.path().partition("/")
    if kind not in LINK_KINDS or not record_id:
        return None
    return kind, record_id


def phone_display(number: str) -> str:
    """A stored E.164 number as people read it: "+996 700 48 21 96"."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _multiline(value: str) -> str:
    return "<br>".join(_e(line) for line in value.strip().splitlines())


def _join(parts: Iterable[str], separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)


def _date_range(start: date | None, end: date | None) -> str:
    if start is None:
        return format_date(end)
    if end is None or end == start:
        return format_date(start)
    dates = QCoreApplication.translate("ContactProfileView", "%1 – %2")
    return dates.replace("%1", format_date(start)).replace("%2", format_date(end))


class ContactProfileView(Retranslating, QWidget):
    """The profile of one contact, loaded off the GUI thread."""

    open_record = Signal(str, str)
    """The officer followed a link: (kind, record id), kind being "event", "bilateral",
    "action" or "institution" as in search hits, for the main window to show that record."""

    profile_shown = Signal(str)
    """The profile of this contact id is now on screen (after :meth:`show_contact`)."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.contact_id: str | None = None
        self.profile: ContactProfile | None = None
        self.loading = False
        """Whether a profile is being read (the one on screen is then the previous one)."""
        self._generation = 0
        self._rendered_id: str | None = None
        self._muted_style = ""
        self._images: dict[str, QImage] = {}  # what the next render serves to the <img> tags
        self._message: Callable[[], str] | None = None  # the message shown instead of a profile

        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.document().setDocumentMargin(12)
        self.browser.anchorClicked.connect(self.follow_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._show_message(lambda: self.tr("Choose a contact to see their profile."))
        self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Contact profile"))
        if self.profile is not None:
            self.render()
        elif self._message is not None:
            self._show_message(self._message)

    # -- loading -----------------------------------------------------------------------------
    def show_contact(self, contact_id: str | None) -> None:
        """Show the profile of ``contact_id`` (None: nothing chosen). The previous profile stays
        on screen until the new one has been read, so that moving along a list does not flicker."""
        self._generation += 1
        self.contact_id = contact_id
        if contact_id is None:
            self.loading = False
            self.profile = None
            self._show_message(lambda: self.tr("Choose a contact to see their profile."))
            return
        self.loading = True
        generation = self._generation
        services = self.services
        Op(self.tasks, self, lambda: contact_profile(services, contact_id)).success(
            lambda profile: self._loaded(generation, profile)
        ).failure(lambda error: self._failed(generation, error)).run()

    def refresh(self) -> None:
        """Read the shown contact's profile again (after an edit elsewhere)."""
        self.show_contact(self.contact_id)

    def _current(self, generation: int) -> bool:
        """Whether an answer from the worker is still wanted: the widget still exists (it may
        have been closed while the worker was reading) and no other contact was asked for since."""
        return isValid(self) and generation == self._generation

    def _loaded(self, generation: int, profile: ContactProfile) -> None:
        if not self._current(generation):
            return
        self.loading = False
        self.profile = profile
        self.render()
        self.profile_shown.emit(profile.id)

    def _failed(self, generation: int, error: BaseException) -> None:
        if not self._current(generation):
            return
        self.loading = False
        self.profile = None
        if isinstance(error, KnownError):  # e.g. deleted meanwhile on another page
            self._show_message(error.message)
        else:
            self._show_message(lambda: self.tr("The profile could not be read."))
            show_error(self, error)

    def _show_message(self, text: Callable[[], str]) -> None:
        """Show ``text()`` instead of a profile (asked again when the language changes)."""
        self._message = text
        self._rendered_id = None
        self.browser.clear()
        self.browser.setHtml(f"<p>{_e(text())}</p>")
        self.browser.setAccessibleDescription("")

    # -- links -------------------------------------------------------------------------------
    def follow_link(self, url: QUrl) -> None:
        """What a click on a link does: records open in the main window, e-mail addresses in the
        mail client."""
        target = parse_link(url)
        if target is not None:
            self.open_record.emit(*target)
        elif url.scheme() in ("mailto", "tel", "http", "https"):
            QDesktopServices.openUrl(url)

    # -- rendering ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and self.profile:
            self.render()  # the colours written into the text come from the palette

    def render(self) -> None:
        """Write the shown profile into the browser (again, e.g. after a palette change)."""
        profile = self.profile
        if profile is None:
            return
        scroll = self.browser.verticalScrollBar().value()
        text = self.html(profile)
        document = self.browser.document()
        document.clear()  # drops the previous contact's photo too
        for url, image in self._images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url), image)
        self._images = {}  # the document holds them now
        self.browser.setHtml(text)
        if profile.id == self._rendered_id:  # the same contact again: keep the reading position
            self.browser.verticalScrollBar().setValue(scroll)
        self._rendered_id = profile.id
        self.browser.setAccessibleDescription(self.tr("Profile of %1").replace("%1", profile.name))

    def _muted_colour(self) -> str:
        """Secondary text: the text colour mixed with some of the base colour, which reads in
        light and dark palettes alike (PlaceholderText carries its greyness in an
        alpha channel that rich text cannot use)."""
        palette = self.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        mixed = [
            round(t * 0.62 + b * 0.38) for t, b in zip(text.getRgb()[:3], base.getRgb()[:3], strict=True)
        ]
        return "#{:02x}{:02x}{:02x}".format(*mixed)

    def _colour(self, role: QPalette.ColorRole) -> str:
        palette = self.palette()  # kept alive: color() returns a reference into it
        return str(palette.color(role).name())

    def html(self, profile: ContactProfile) -> str:
        """The profile as rich text (public so that it can be printed or exported)."""
        self._images = {}
        self._muted_style = f' style="color:{self._muted_colour()};"'
        parts = [
            self._header(profile),
            self._section(
                self.tr("Positions held"),
                self.tr("No positions recorded."),
                self._positions(profile.positions),
            ),
            self._section(
                self.tr("Events attended"),
                self.tr("No events recorded."),
                [self._event(e) for e in profile.events],
            ),
            self._section(
                self.tr("Bilateral meetings"),
                self.tr("No bilateral meetings recorded."),
                [self._bilateral(b) for b in profile.bilaterals],
            ),
            self._section(
                self.tr("Open action items"),
                self.tr("No open action items."),
                [self._action(a) for a in profile.actions],
                count=self._action_count(profile),
            ),
        ]
        return "".join(parts)

    def _muted(self, text: str) -> str:
        return f"<span{self._muted_style}>{text}</span>" if text else ""

    def _section(self, title: str, empty: str, items: Sequence[str], *, count: str = "") -> str:
        heading = f"<h3>{_e(title)}{' ' + self._muted(_e(count)) if count else ''}</h3>"
        if not items:
            return f"{heading}<p>{self._muted(_e(empty))}</p>"
        rows = "".join(f'<li style="margin-bottom:6px;">{item}</li>' for item in items)
        return f'{heading}<ul style="margin-left:0px; -qt-list-indent:1;">{rows}</ul>'

    def _header(self, profile: ContactProfile) -> str:
        contact = profile.contact
        name = contact["name"]
        lines = [f'<h2 style="margin-bottom:0px;">{_e(name)}</h2>']
        latin = contact.get("latin_name")
        honorific = contact.get("honorific")
        latin_line = f"<b>{_e(latin)}</b>" if latin and latin != name else ""
        if honorific or latin_line:
            lines.append(f"<p>{_join([_e(honorific or ''), latin_line], ' ')}</p>")
        if contact.get("position"):
            lines.append(f"<p>{_e(contact['position'])}</p>")
        where = ""
        if profile.institution_id and profile.institution:
            link = _e(record_link("institution", profile.institution_id))
            where = f'<a href="{link}">{_e(profile.institution)}</a>'
        state = self._muted(_e(tr_state(profile.state_code))) if profile.state_code else ""
        if where or state:
            lines.append(f"<p>{_join([where, state])}</p>")
        emails = contact.get("emails") or []
        if emails:
            links = ", ".join(f'<a href="mailto:{_e(address)}">{_e(address)}</a>' for address in emails)
            label = self._muted(_e(self.tr("E-mail:")))
            lines.append(f"<p>{label} {links}</p>")
        phones = contact.get("phones") or []
        if phones:
            numbers = ", ".join(f'<a href="tel:{_e(n)}">{_e(phone_display(n))}</a>' for n in phones)
            label = self._muted(_e(self.tr("Phone:")))
            lines.append(f"<p>{label} {numbers}</p>")
        text = "".join(lines)
        photo = self._photo(contact.get("photo"))
        if not photo:
            return text
        return (
            '<table cellspacing="0" cellpadding="0"><tr>'
            f'<td style="padding-right:16px;" valign="top">{photo}</td>'
            f'<td valign="top">{text}</td></tr></table>'
        )

    def _photo(self, data: bytes | None) -> str:
        if not data:
            return ""
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            return ""
        ratio = self.devicePixelRatioF()
        image = image.scaled(
            int(PHOTO_SIZE * ratio),
            int(PHOTO_SIZE * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        width, height = round(image.width() / ratio), round(image.height() / ratio)
        self._images[PHOTO_URL.toString()] = image
        alt = _e(self.tr("Photo"))
        return f'<img src="{PHOTO_URL.toString()}" width="{width}" height="{height}" alt="{alt}">'

    def _positions(self, positions: Sequence[PositionHeld]) -> list[str]:
        items = []
        for post in positions:
            what = _e(post.position) if post.position else _e(self.tr("(no position given)"))
            where = ""
            if post.institution_id and post.institution:
                link = _e(record_link("institution", post.institution_id))
                where = f'<a href="{link}">{_e(post.institution)}</a>'
            if post.current:
                when = (
                    self.tr("since %1").replace("%1", format_date(post.start_date))
                    if post.start_date
                    else self.tr("current")
                )
            elif post.start_date:
                when = _date_range(post.start_date, post.end_date)
            else:
                when = self.tr("until %1").replace("%1", format_date(post.end_date))
            title = f"<b>{what}</b>" if post.current else what
            items.append(f"{_join([title, where], ', ')}<br>{self._muted(_e(when))}")
        return items

    def _event(self, event: EventAttended) -> str:
        roles = choice_labels(PARTICIPANTS.name, PARTICIPANTS.field("role"))
        kinds = choice_labels(EVENTS.name, EVENTS.field("kind"))
        title = f'<a href="{_e(record_link("event", event.event_id))}">{_e(event.title)}</a>'
        place = _join([event.city or "", country_name(event.country)], ", ")
        facts = [_date_range(event.start_date, event.end_date), place, kinds.get(event.kind, event.kind)]
        what: list[str] = []
        if event.headed_delegation:
            what.append(
                self.tr("Head of the delegation of %1").replace("%1", tr_state(event.delegation_state))
                if event.delegation_state
                else self.tr("Head of delegation")
            )
        if event.role and not (event.headed_delegation and event.role == "head_of_delegation"):
            what.append(roles.get(event.role, event.role))
        if event.attended is False:
            what.append(self.tr("registered, did not attend"))
        detail = _e(_join(what, ", "))
        return f"{title}<br>{self._muted(_e(_join(facts)))}{'<br>' + detail if detail else ''}"

    def _bilateral(self, meeting: BilateralMeeting) -> str:
        title = f'<a href="{_e(record_link("bilateral", meeting.bilateral_id))}">{_e(meeting.title)}</a>'
        place = _join([meeting.city or "", country_name(meeting.country)], ", ")
        facts = [format_date(meeting.date), place]
        text = f"{title}<br>{self._muted(_e(_join(facts)))}"
        if meeting.event_id and meeting.event_title:
            link = _e(record_link("event", meeting.event_id))
            margins = _e(self.tr("On the margins of %1")).replace(
                "%1", f'<a href="{link}">{_e(meeting.event_title)}</a>'
            )
            text += f"<br>{self._muted(margins)}"
        if meeting.outcomes:
            label = _e(self.tr("Outcomes:"))
            text += f"<br><i>{label}</i> {_multiline(meeting.outcomes)}"
        return text

    def _action_count(self, profile: ContactProfile) -> str:
        if not profile.actions:
            return ""
        total = str(len(profile.actions))
        if profile.overdue_count:
            return self.tr("(%1, %n overdue)", None, profile.overdue_count).replace("%1", total)
        return self.tr("(%1)").replace("%1", total)

    def _overdue_badge(self) -> str:
        """The word "Overdue" in the palette's highlight colours (which every theme makes
        stand out against the base colour)."""
        background = self._colour(QPalette.ColorRole.Highlight)
        foreground = self._colour(QPalette.ColorRole.HighlightedText)
        style = f"background-color:{background}; color:{foreground}; font-weight:bold;"
        overdue = _e(self.tr("Overdue"))  # outside the f-string, where lupdate can see it
        return f'<span style="{style}">&nbsp;{overdue}&nbsp;</span> '

    def _action(self, action: OpenAction) -> str:
        statuses = choice_labels(ACTION_ITEMS.name, ACTION_ITEMS.field("status"))
        title = f'<a href="{_e(record_link("action", action.action_id))}">{_e(action.title)}</a>'
        due = (
            self.tr("due %1").replace("%1", format_date(action.due_date))
            if action.due_date
            else self.tr("no due date")
        )
        if action.via == "contact":
            whose = self.tr("assigned to them")
        elif action.assignee_contact:
            whose = self.tr("assigned to their institution (responsible: %1)").replace(
                "%1", action.assignee_contact
            )
        else:
            whose = self.tr("assigned to their institution")
        facts = _e(_join([due, statuses.get(action.status, action.status), whose]))
        if action.overdue:  # in full colour and bold, after the badge; the rest is muted
            text = f"{self._overdue_badge()}{title}<br><b>{facts}</b>"
        else:
            text = f"{title}<br>{self._muted(facts)}"
        if action.event_id and action.event_title:
            link = _e(record_link("event", action.event_id))
            agreed = _e(self.tr("Agreed at %1")).replace(
                "%1", f'<a href="{link}">{_e(action.event_title)}</a>'
            )
            text += f"<br>{self._muted(agreed)}"
        return text
