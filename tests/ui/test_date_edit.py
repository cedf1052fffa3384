"""The one date editor: typed in the window's language or as ISO, empty when empty, a calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.date_edit import DateEdit, parse_date
from liaison.ui.i18n import format_date
from liaison.ui.language import install_language
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-11-20", date(2023, 11, 20)),
        ("2023-1-5", date(2023, 1, 5)),
        ("20231120", date(2023, 11, 20)),
        ("20.11.2023", date(2023, 11, 20)),
        ("20/11/2023", date(2023, 11, 20)),
        ("20 Nov 2023", date(2023, 11, 20)),
        ("20 november 2023", date(2023, 11, 20)),
        ("  ", None),
        ("2023-02-30", None),
        ("next tuesday", None),
    ],
)
def test_what_is_read_as_a_date(text: str, expected: date | None) -> None:
    assert parse_date(text, QLocale(QLocale.Language.English)) == expected


def test_month_names_in_the_windows_language_are_read(qapp: object) -> None:
    install_language("ru")
    shown = format_date(date(2023, 11, 20))  # "20 нояб. 2023": the way the lists write it
    assert parse_date(shown) == date(2023, 11, 20)
    install_language("kk")
    assert parse_date(format_date(date(2024, 3, 8))) == date(2024, 3, 8)


def test_typing_iso_into_an_empty_date_gives_that_date(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edited: list[bool] = []
    edit.edited.connect(lambda: edited.append(True))
    edit.set_date(None)
    assert edit.line.text() == "" and edit.value() is None
    type_text(edit.line, "2023-11-20")  # before: the sections showed "20231120", no date
    assert edit.date() == date(2023, 11, 20) and edited
    edit.line.editingFinished.emit()
    assert edit.line.text() == format_date(date(2023, 11, 20))  # shown as the lists show it
    edit.line.selectAll()
    edit.line.del_()
    edit.line.textEdited.emit("")
    assert edit.value() is None  # emptied: empty, not 1900-01-01


def test_up_on_an_empty_date_is_today_and_steps_a_day(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)  # before: 1901-01-01
    assert edit.date() == date.today()
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)
    assert edit.date() == date.today() + timedelta(days=1)
    edit.set_date(date(2024, 1, 31))
    qtbot.keyClick(edit.line, Qt.Key.Key_PageUp)
    assert edit.date() == date(2024, 2, 29)


def test_text_that_is_no_date_goes_to_the_services_as_typed(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    type_text(edit.line, "2023-13-01")
    assert not edit.is_valid() and edit.value() == "2023-13-01"
    assert "Not a date" in edit.line.toolTip()


def test_the_calendar_picks_a_date(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.show_calendar()
    edit.calendar.clicked.emit(QDate(2024, 6, 3))
    assert edit.date() == date(2024, 6, 3)
    assert not edit.menu.isVisible()


def test_an_event_editor_saves_a_typed_iso_end_date(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    event = app.events.create({"kind": "summit", "title": "Summit", "start_date": date(2023, 11, 19)})
    config = next(c for c in PAGES if c.entity == "events")
    page = EntityPage(app, tasks, config)
    qtbot.addWidget(page)
    page.show()
    page.select(event["id"])
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record["id"] == event["id"])
    end = page.editor.widgets["end_date"]
    start = page.editor.widgets["start_date"]
    assert start.edit.line.text() == format_date(date(2023, 11, 19))  # the editor shows dates as the list
    assert end.edit.line.text() == ""
    type_text(end.edit.line, "2023-11-20")
    assert page.editor.save_button.isEnabled()  # before: Save stayed disabled
    page.editor.save()
    tasks.drain()
    qtbot.waitUntil(lambda: app.events.get(event["id"])["end_date"] == date(2023, 11, 20))
