"""The Today view: the first section, what is due a click away, overdue counted in the sidebar."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from liaison.ui.today import ENTITY_ROLE, ID_ROLE, TodayPage

SHOTS = Path(os.environ.get("LIAISON_SCREENSHOTS", "/nonexistent"))
TODAY = date.today()


@pytest.fixture
def record(app: Liaison) -> dict[str, str]:
    ours = app.institutions.create({"name": "Otandastar Qory"})
    old = app.events.create(
        {
            "kind": "ministerial_meeting",
            "title": "4th Meeting of the Ministers",
            "start_date": date(2013, 5, 1),
        }
    )
    forum = app.events.create(
        {"kind": "diaspora_forum", "title": "Diaspora Forum in Baku", "start_date": TODAY + timedelta(days=9)}
    )
    app.bilaterals.create({"title": "Otandastar Qory – State Committee", "date": TODAY + timedelta(days=3)})
    late = app.actions.create(
        {
            "title": "Send the forum's draft programme to the Secretariat",
            "due_date": TODAY - timedelta(days=12),
            "assignee_institution_id": ours["id"],
        }
    )
    app.actions.create({"title": "Book the hall", "due_date": TODAY + timedelta(days=4)})
    app.actions.create({"title": "Finished", "due_date": TODAY - timedelta(days=40), "status": "done"})
    app.minutes.create({"event_id": old["id"], "title": "Minutes of the 4th Meeting"})
    return {"late": late["id"], "forum": forum["id"], "old": old["id"]}


def children(page: TodayPage, key: str) -> list[QTreeWidgetItem]:
    group = page.groups[key]
    return [group.child(n) for n in range(group.childCount()) if group.child(n).data(0, ID_ROLE)]


def test_today_is_the_first_section_and_opens_what_is_due(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.current_page()
    assert isinstance(page, TodayPage) and window.nav.currentRow() == 0
    qtbot.waitUntil(lambda: page.loads >= 1)
    assert [i.text(1) for i in children(page, "events")] == ["Diaspora Forum in Baku"]  # not 2013
    assert [i.text(1) for i in children(page, "bilaterals")] == ["Otandastar Qory – State Committee"]
    [late] = children(page, "overdue")
    assert late.data(0, ID_ROLE) == record["late"]
    assert late.foreground(1).color().name() == "#c42b1c"  # highlighted
    assert [i.text(1) for i in children(page, "due_soon")] == ["Book the hall"]
    assert [i.text(1) for i in children(page, "minutes")] == ["Minutes of the 4th Meeting"]
    assert page.groups["overdue"].text(0) == "Overdue action items (1)"
    assert page.groups["conflicts"].text(0) == "Open conflicts (0)"
    # counted in the sidebar, and said once in the status bar (no modal box)
    actions_row = [window.nav.item(n).text() for n in range(window.nav.count())].index("Action items  (1)")
    assert actions_row == 5
    assert "1 action item overdue" in window.statusBar().currentMessage()
    if SHOTS.is_dir():
        page.calendar.setSelectedDate(page.calendar.selectedDate().addDays(9))
        qtbot.waitUntil(lambda: page.day_events.count() == 1)
        window.grab().save(str(SHOTS / "today.png"))

    page.tree.itemActivated.emit(late, 1)  # Enter or a double-click: the record on its page
    actions = window.pages["action_items"]
    assert window.current_page() is actions
    assert actions.editor.record is not None and actions.editor.record["id"] == record["late"]

    app.actions.update(record["late"], {"status": "done"})
    window.nav.setCurrentRow(0)  # shown again: read again
    qtbot.waitUntil(lambda: not children(page, "overdue"))
    qtbot.waitUntil(lambda: window.nav.item(5).text() == "Action items")


def test_the_calendar_marks_event_days_and_lists_a_day(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    page = TodayPage(app, tasks)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1)
    forum_day = TODAY + timedelta(days=9)
    page.calendar.setCurrentPage(forum_day.year, forum_day.month)
    from PySide6.QtCore import QDate

    qday = QDate(forum_day.year, forum_day.month, forum_day.day)
    qtbot.waitUntil(lambda: page.calendar.dateTextFormat(qday).fontWeight() > 400)
    page.calendar.setSelectedDate(qday)
    qtbot.waitUntil(lambda: page.day_events.count() == 1)
    opened: list[tuple[str, str]] = []
    page.open_record.connect(lambda kind, ident: opened.append((kind, ident)))
    page.day_events.itemActivated.emit(page.day_events.item(0))
    assert opened == [("event", record["forum"])]
    assert page.day_events.item(0).data(ENTITY_ROLE) == "events"


def test_only_my_institutions_actions(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    from liaison.services.settings import HOME_INSTITUTION

    [ours] = app.institutions.list({"name": "Otandastar Qory"})
    app.actions.create({"title": "Someone else's", "due_date": TODAY - timedelta(days=2)})
    app.settings.set(HOME_INSTITUTION, ours["id"])
    page = TodayPage(app, tasks)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads >= 1)
    assert len(children(page, "overdue")) == 2 and page.mine.isEnabled()
    page.mine.setChecked(True)
    qtbot.waitUntil(lambda: len(children(page, "overdue")) == 1)
    assert children(page, "overdue")[0].data(0, ID_ROLE) == record["late"]
    assert page.mine.checkState() == Qt.CheckState.Checked


def test_events_list_upcoming_first_and_the_overdue_view_drops_a_done_action(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, record: dict[str, str]
) -> None:
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    window.show()
    events = window.show_entity("events")
    qtbot.waitUntil(lambda: events.model.loaded() == 2)
    assert events.model.record(0)["title"] == "Diaspora Forum in Baku"  # before: 2013 on top
    actions = window.show_entity("action_items")
    done = next(r for r in app.actions.list() if r["status"] == "done")
    actions.select(done["id"])
    assert actions.editor.record is not None and actions.editor.record["id"] == done["id"]
    assert actions.view_choice is not None
    actions.view_choice.setCurrentIndex(2)  # Overdue
    assert [actions.model.record(n)["id"] for n in range(actions.model.loaded())] == [record["late"]]
    assert actions.editor.record is None  # before: the done action stayed in the editor


def test_an_empty_list_says_what_to_do(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    window.show()
    contacts = window.show_entity("contacts")
    qtbot.waitUntil(contacts.empty_label.isVisible)
    assert contacts.empty_label.text() == "No contacts yet. Click New (Ctrl+N) to add the first."
    app.contacts.create({"name": "Aibek"})
    contacts.reload()
    assert not contacts.empty_label.isVisible()
    contacts.filter.setText("zzzz")
    contacts.apply_filter()
    assert contacts.empty_label.isVisible() and contacts.empty_label.text().startswith("Nothing matches")
