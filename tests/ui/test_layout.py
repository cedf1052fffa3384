"""Layout: the list/editor split is remembered, columns fit and long titles elide in the middle
(whole in the tooltip), tabs keep their names, overdue actions are red in their list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui.language import install_language
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.tables import FIT_MAX
from liaison.ui.tasks import TaskManager

LONG = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"


def page_of(qtbot: QtBot, app: Liaison, tasks: TaskManager, entity: str) -> EntityPage:
    page = EntityPage(app, tasks, next(c for c in PAGES if c.entity == entity))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def test_the_split_is_remembered(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    page = page_of(qtbot, app, tasks, "contacts")
    page.splitter.setSizes([300, 780])
    wanted = page.splitter.sizes()
    page.splitter.splitterMoved.emit(300, 1)
    qtbot.waitUntil(lambda: app.settings.get("ui.splitter.contacts") == wanted, timeout=3000)
    again = page_of(qtbot, app, tasks, "contacts")
    assert again.splitter.sizes() == wanted  # before: back to 3:2 every time


def test_long_titles_elide_in_the_middle_whole_in_the_tooltip(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    long_name = "Presidency for Turks Abroad and Related Communities of the Republic of Türkiye"
    host = app.institutions.create({"name": long_name})
    event = app.events.create(
        {"kind": "ministerial_meeting", "title": LONG, "start_date": date(2023, 11, 22), "city": "Bishkek"}
    )
    app.actions.create(
        {"title": "Late", "due_date": date.today() - timedelta(days=3), "event_id": event["id"]}
    )
    app.actions.create({"title": "Done", "due_date": date.today() - timedelta(days=3), "status": "done"})
    events = page_of(qtbot, app, tasks, "events")
    assert events.view.textElideMode() == Qt.TextElideMode.ElideMiddle
    title = events.model.index(0, events.config.columns.index("title"))
    assert events.model.data(title, Qt.ItemDataRole.ToolTipRole) == LONG
    city = events.config.columns.index("city")
    assert events.view.columnWidth(city) < 130  # fitted to "Bishkek", not the default width
    contacts = page_of(qtbot, app, tasks, "contacts")
    app.contacts.create({"name": "Elif Işık", "institution_id": host["id"]})
    contacts.reload()
    contacts._fitted = False
    contacts._fit_once()
    institution = contacts.config.columns.index("institution_id")
    assert contacts.view.columnWidth(institution) <= FIT_MAX
    actions = page_of(qtbot, app, tasks, "action_items")
    colours = {
        actions.model.data(actions.model.index(n, 1)): actions.model.data(
            actions.model.index(n, 1), Qt.ItemDataRole.ForegroundRole
        )
        for n in range(actions.model.rowCount())
    }
    assert colours["Late"].color().name() == "#c42b1c" and colours["Done"] is None


def test_kazakh_tabs_keep_their_whole_names(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    install_language("kk")
    try:
        events = page_of(qtbot, app, tasks, "events")
        bar = events.tabs.tabBar()
        assert bar.elideMode() == Qt.TextElideMode.ElideNone  # before: "Делег…", "Қатыс…"
        for index in range(bar.count()):
            text = bar.tabText(index).replace("&", "")
            assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(text), text
    finally:
        install_language("en")
