"""The contact profile view: real widgets on the offscreen platform, real SQLite, real worker."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.profile import ContactProfileView, parse_link, record_link
from liaison.ui.tasks import TaskManager


def make_view(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> ContactProfileView:
    view = ContactProfileView(app, tasks)
    qtbot.addWidget(view)
    view.resize(900, 700)
    return view


def show(qtbot: QtBot, view: ContactProfileView, contact_id: str | None) -> str:
    """Show a contact and wait until the worker's answer is on screen; returns the text."""
    if contact_id is None:
        view.show_contact(None)
        return view.browser.toPlainText()
    with qtbot.waitSignal(view.profile_shown, timeout=10_000) as blocker:
        view.show_contact(contact_id)
    assert blocker.args == [contact_id]
    qtbot.waitUntil(lambda: not view.loading)
    return view.browser.toPlainText()


def links(view: ContactProfileView) -> list[str]:
    return re.findall(r'href="([^"]+)"', view.browser.toHtml())


def png(width: int = 60, height: int = 80) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(90, 120, 160))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


@pytest.fixture
def record(app: Liaison) -> dict[str, str]:
    """A contact with a post, an event, a bilateral meeting and two open actions."""
    ministry = app.institutions.create(
        {"name": "Ministry of Migration", "short_name": "MoM", "state_code": "KG"}
    )
    contact = app.contacts.create(
        {
            "name": "Айбек Тестов",
            "latin_name": "Aibek Testov",
            "honorific": "Mr",
            "position": "Head of Division",
            "institution_id": ministry["id"],
            "emails": ["a.testov@example.kg"],
            "phones": ["+996 312 62 45 00"],
        }
    )
    event = app.events.create(
        {"kind": "ministerial_meeting", "title": "5th Meeting in Bishkek", "start_date": "2023-11-22"}
    )
    app.participants.create(
        {"event_id": event["id"], "contact_id": contact["id"], "role": "speaker", "attended": True}
    )
    bilateral = app.bilaterals.create(
        {"title": "Talks with Otandastar Qory", "date": "2023-11-22", "outcomes": "Exchange of lists."}
    )
    app.bilateral_parties.create({"bilateral_id": bilateral["id"], "contact_id": contact["id"]})
    late = app.actions.create(
        {
            "title": "Send the list of NGOs",
            "assignee_contact_id": contact["id"],
            "due_date": (date.today() - timedelta(days=3)).isoformat(),
        }
    )
    later = app.actions.create(
        {
            "title": "Nominate interns",
            "assignee_institution_id": ministry["id"],
            "due_date": (date.today() + timedelta(days=30)).isoformat(),
        }
    )
    return {
        "contact": contact["id"],
        "institution": ministry["id"],
        "event": event["id"],
        "bilateral": bilateral["id"],
        "late": late["id"],
        "later": later["id"],
    }


def test_shows_the_header_and_every_section(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    view = make_view(qtbot, app, tasks)
    text = show(qtbot, view, record["contact"])
    for expected in (
        "Айбек Тестов",
        "Mr Aibek Testov",
        "Head of Division",
        "Ministry of Migration (MoM)",
        "Kyrgyzstan",
        "a.testov@example.kg",
        "+996 312 624 500",  # the stored E.164 number, grouped for reading
        "Positions held",
        "Events attended",
        "5th Meeting in Bishkek",
        "Speaker",
        "Bilateral meetings",
        "Talks with Otandastar Qory",
        "Exchange of lists.",
        "Open action items (2, 1 overdue)",
        "Overdue",
        "Send the list of NGOs",
        "assigned to them",
        "Nominate interns",
        "assigned to their institution",
    ):
        assert expected in text, expected
    assert text.index("Send the list of NGOs") < text.index("Nominate interns")  # by due date
    assert text.index("Overdue") < text.index("Send the list of NGOs") < text.index("Nominate interns")
    assert "No " not in text  # every section has entries
    hrefs = links(view)
    assert "mailto:a.testov@example.kg" in hrefs
    for kind in ("event", "bilateral", "institution"):
        assert record_link(kind, record[kind]) in hrefs
    assert record_link("action", record["late"]) in hrefs
    assert view.browser.accessibleName() == "Contact profile"


def test_links_ask_the_main_window_to_open_the_record(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    view = make_view(qtbot, app, tasks)
    show(qtbot, view, record["contact"])
    for kind, key in (
        ("event", "event"),
        ("bilateral", "bilateral"),
        ("action", "late"),
        ("institution", "institution"),
    ):
        href = record_link(kind, record[key])
        assert href in links(view)
        with qtbot.waitSignal(view.open_record, timeout=1000) as blocker:
            view.browser.anchorClicked.emit(QUrl(href))  # what a click on the link does
        assert blocker.args == [kind, record[key]]
    with qtbot.assertNotEmitted(view.open_record):
        view.follow_link(QUrl("liaison:contact/whatever"))
        view.follow_link(QUrl("liaison:event/"))
    assert parse_link(QUrl("https://example.org/event/1")) is None


def test_a_contact_with_nothing_but_a_name(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    lone = app.contacts.create({"name": "Жылдыз Асанова"})
    view = make_view(qtbot, app, tasks)
    text = show(qtbot, view, lone["id"])
    assert text.startswith("Жылдыз Асанова")
    for empty in (
        "No positions recorded.",
        "No events recorded.",
        "No bilateral meetings recorded.",
        "No open action items.",
    ):
        assert empty in text
    assert not [href for href in links(view) if href.startswith("liaison:")]
    assert "<img" not in view.browser.toHtml()


def test_the_photo_is_shown_beside_the_name(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    contact = app.contacts.create({"name": "Elif Işık", "photo": png(300, 400)})
    view = make_view(qtbot, app, tasks)
    show(qtbot, view, contact["id"])
    source = re.search(r'<img src="([^"]+)"[^>]*>', view.browser.toHtml())
    assert source is not None
    image = view.browser.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(source[1]))
    assert isinstance(image, QImage) and not image.isNull()
    assert max(image.width(), image.height()) <= 112 * view.devicePixelRatioF()


def test_everything_is_escaped(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    contact = app.contacts.create({"name": '<b>Bold</b> & "Co"', "position": "<script>alert(1)</script>"})
    view = make_view(qtbot, app, tasks)
    text = show(qtbot, view, contact["id"])
    assert '<b>Bold</b> & "Co"' in text
    assert "<script>alert(1)</script>" in text


def test_no_contact_and_a_deleted_contact(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    view = make_view(qtbot, app, tasks)
    assert "Choose a contact" in show(qtbot, view, None)
    gone = app.contacts.create({"name": "Gone Away"})
    app.contacts.delete(gone["id"])
    view.show_contact(gone["id"])  # told inline, not in a dialog: it may have been deleted elsewhere
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert "There is no Contact" in view.browser.toPlainText()
    assert view.profile is None


def test_only_the_last_contact_asked_for_is_shown(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    other = app.contacts.create({"name": "Fuad Muradov"})
    view = make_view(qtbot, app, tasks)
    view.show_contact(record["contact"])
    with qtbot.waitSignal(view.profile_shown, timeout=10_000) as blocker:
        view.show_contact(other["id"])  # before the first answer came back
    tasks.drain()
    assert blocker.args == [other["id"]]
    assert view.profile is not None and view.profile.id == other["id"]
    assert "Fuad Muradov" in view.browser.toPlainText()
    assert "Айбек Тестов" not in view.browser.toPlainText()


def test_refresh_reads_the_contact_again(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    view = make_view(qtbot, app, tasks)
    show(qtbot, view, record["contact"])
    app.contacts.update(record["contact"], {"position": "Deputy Minister"})
    with qtbot.waitSignal(view.profile_shown, timeout=10_000):
        view.refresh()
    text = view.browser.toPlainText()
    assert "Deputy Minister" in text
    assert "Head of Division" in text  # now in the position history


def test_colours_come_from_the_palette(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    view = make_view(qtbot, app, tasks)
    show(qtbot, view, record["contact"])
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#123456"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#fedcba"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#000000"))
    view.setPalette(palette)  # e.g. the system switched to a dark theme
    html = view.browser.toHtml()
    assert "#123456" in html and "#fedcba" in html  # the overdue badge
    assert "#9e9e9e" in html  # secondary text, between the text and the base colour


def test_sample_secretary_general(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> None:
    [omuraliev] = sample_app.contacts.list({"latin_name": "Kubanychbek Omuraliev"})
    view = make_view(qtbot, sample_app, tasks)
    text = show(qtbot, view, omuraliev["id"])
    assert "Кубанычбек Омуралиев" in text
    assert "H.E. Ambassador Kubanychbek Omuraliev" in text
    assert "Secretary General of the Organization of Turkic States" in text
    assert "Ambassador of the Kyrgyz Republic to Türkiye" in text
    assert "5th Meeting of the Ministers and Heads of Institutions" in text
    assert "7th Meeting of the Ministers and Heads of Institutions" in text
    assert "Head of the delegation of OTS Secretariat" in text
    assert "No bilateral meetings recorded." in text
    assert "Propose the host and dates of the next Diaspora Youth Forum" in text
    assert "Overdue" in text


def test_an_answer_for_a_closed_view_is_dropped(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    view = ContactProfileView(app, tasks)
    view.show_contact(record["contact"])
    shiboken6.delete(view)  # closed (e.g. the page went away) before the worker answered
    assert tasks.drain()  # the answer arrives and is dropped without touching the dead widget
