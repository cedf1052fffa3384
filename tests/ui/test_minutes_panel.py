"""The minutes panel: the Draft → Agreed → reopened workflow through the real worker and SQLite.

Modal dialogs cannot be driven on the offscreen platform, so QMessageBox.question and
QInputDialog.getText are replaced by stubs that answer as the officer would; everything else
is real.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.settings import OFFICER_NAME
from liaison.ui.children import RecordDialog
from liaison.ui.minutes_panel import MinutesPanel
from liaison.ui.tasks import TaskManager

FIFTH = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"


@pytest.fixture
def meeting(app: Liaison) -> dict[str, str]:
    """An event with an agenda and draft minutes with two entries."""
    app.settings.set(OFFICER_NAME, "A. Officer")
    event = app.events.create(
        {"kind": "contact_group_meeting", "title": "Contact Group, Astana", "start_date": "2024-05-14"}
    )
    opening = app.agenda.create({"event_id": event["id"], "position": 1, "title": "Opening of the meeting"})
    plan = app.agenda.create({"event_id": event["id"], "position": 2, "title": "The Joint Action Plan"})
    minutes = app.minutes.create(
        {"event_id": event["id"], "title": "Minutes of the Contact Group", "summary": "Five delegations met."}
    )
    app.minutes_entries.create(
        {
            "minutes_id": minutes["id"],
            "agenda_item_id": opening["id"],
            "position": 1,
            "notes": "The host opened the meeting.\nThe agenda was read.",
            "decisions": "The agenda was adopted.",
        }
    )
    app.minutes_entries.create(
        {
            "minutes_id": minutes["id"],
            "agenda_item_id": plan["id"],
            "position": 2,
            "heading": "Plan for 2025",
            "notes": "Delegations commented on <the draft> & its annex.",
        }
    )
    return {"event": event["id"], "minutes": minutes["id"]}


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[Any]]]:
    """Stubs for the two modal questions; tests put the officer's answers in the lists."""
    given: dict[str, list[Any]] = {"question": [], "text": [], "asked": []}

    def question(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        given["asked"].append(text)
        return given["question"].pop(0)

    def get_text(_parent: Any, title: str, label: str, *_args: Any) -> tuple[str, bool]:
        given["asked"].append(label)
        return given["text"].pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    yield given
    assert not given["question"] and not given["text"], "an expected question was not asked"


def make_panel(qtbot: QtBot, app: Liaison, tasks: TaskManager, event_id: str | None) -> MinutesPanel:
    panel = MinutesPanel(app, tasks)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.set_event(event_id)
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    return panel


def buttons(panel: MinutesPanel) -> dict[str, bool]:
    return {
        "new": panel.new_button.isEnabled(),
        "edit": panel.edit_button.isEnabled(),
        "meeting": panel.meeting_button.isEnabled(),
        "agree": panel.agree_button.isEnabled(),
        "reopen": panel.reopen_button.isEnabled(),
        "delete": panel.delete_button.isEnabled(),
    }


def log_rows(panel: MinutesPanel) -> list[list[str]]:
    return [
        [panel.log.topLevelItem(i).text(c) for c in range(4)] for i in range(panel.log.topLevelItemCount())
    ]


def test_lists_the_minutes_and_previews_their_entries(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, meeting: dict[str, str]
) -> None:
    panel = make_panel(qtbot, app, tasks, meeting["event"])
    assert panel.model.rowCount() == 1 and panel.selected_id() == meeting["minutes"]
    assert panel.model.index(0, 1).data() == "Draft"
    text = panel.preview.toPlainText()
    for expected in (
        "Minutes of the Contact Group",
        "Five delegations met.",
        "1. Opening of the meeting",
        "The host opened the meeting.",
        "The agenda was read.",
        "Decisions:",
        "The agenda was adopted.",
        "2. The Joint Action Plan",
        "Plan for 2025",  # the entry's own heading under the agenda item's title
        "Delegations commented on <the draft> & its annex.",
    ):
        assert expected in text, expected
    assert text.index("Opening of the meeting") < text.index("The Joint Action Plan")
    assert panel.banner.isHidden()
    assert panel.log.isHidden()  # never agreed: nothing logged
    assert buttons(panel) == {
        "new": True,
        "edit": True,
        "meeting": True,
        "agree": True,
        "reopen": False,
        "delete": True,
    }
    assert panel.agree_button.accessibleName() and panel.view.accessibleName()


def test_agree_then_reopen_with_a_reason(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, meeting: dict[str, str], answers: dict[str, list[Any]]
) -> None:
    panel = make_panel(qtbot, app, tasks, meeting["event"])

    answers["question"].append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.agree_button.click()
    qtbot.waitUntil(lambda: not panel.loading and panel.reopen_button.isEnabled(), timeout=10_000)
    assert "Minutes of the Contact Group" in answers["asked"][0]
    assert app.minutes.get(meeting["minutes"])["status"] == "agreed"
    assert buttons(panel) == {
        "new": True,
        "edit": False,
        "meeting": True,
        "agree": False,
        "reopen": True,
        "delete": False,
    }
    assert panel.model.index(0, 1).data() == "Agreed"
    assert panel.banner.isVisible()
    assert "read-only. Reopen to change." in panel.banner_text.text()
    assert panel.banner_text.text().startswith("Agreed on ")
    assert [row[1:3] for row in log_rows(panel)] == [["Agreed", "A. Officer"]]
    assert "The agenda was adopted." in panel.preview.toPlainText()  # still readable

    # A blank reason is not accepted: the officer is asked again, and then gives one.
    answers["text"].extend([("   ", True), ("Typo in the name of the Kazakh institution", True)])
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.reopen_button.click()
    qtbot.waitUntil(lambda: not panel.loading and panel.agree_button.isEnabled(), timeout=10_000)
    assert "required" in answers["asked"][-1]
    assert app.minutes.get(meeting["minutes"])["status"] == "draft"
    [logged] = app.minutes_log.list({"minutes_id": meeting["minutes"], "action": "reopened"})
    assert logged["reason"] == "Typo in the name of the Kazakh institution"
    assert logged["by_name"] == "A. Officer"
    assert [row[1:] for row in log_rows(panel)] == [
        ["Agreed", "A. Officer", ""],
        ["Reopened", "A. Officer", "Typo in the name of the Kazakh institution"],
    ]
    assert panel.banner.isHidden()
    assert buttons(panel)["agree"] and not buttons(panel)["reopen"] and buttons(panel)["delete"]


def test_nothing_happens_when_the_officer_declines(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, meeting: dict[str, str], answers: dict[str, list[Any]]
) -> None:
    panel = make_panel(qtbot, app, tasks, meeting["event"])
    answers["question"].append(QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(panel.changed, wait=200):
        panel.agree_button.click()
    assert app.minutes.get(meeting["minutes"])["status"] == "draft"

    app.minutes.agree(meeting["minutes"])
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.loading and panel.reopen_button.isEnabled(), timeout=10_000)
    answers["text"].append(("", False))  # Cancel
    with qtbot.assertNotEmitted(panel.changed, wait=200):
        panel.reopen_button.click()
    assert app.minutes.get(meeting["minutes"])["status"] == "agreed"
    assert app.minutes_log.count({"minutes_id": meeting["minutes"], "action": "reopened"}) == 0


def test_agreed_minutes_cannot_be_deleted_drafts_can(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, meeting: dict[str, str], answers: dict[str, list[Any]]
) -> None:
    app.minutes.agree(meeting["minutes"])
    panel = make_panel(qtbot, app, tasks, meeting["event"])
    assert not panel.delete_button.isEnabled()
    panel.delete_selected()  # e.g. a shortcut: refused without asking
    assert answers["asked"] == []

    app.minutes.reopen(meeting["minutes"], reason="To delete them")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.loading and panel.delete_button.isEnabled(), timeout=10_000)
    answers["question"].append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.delete_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    assert app.minutes.count({"event_id": meeting["event"]}) == 0
    assert "no minutes yet" in panel.preview.toPlainText()
    assert buttons(panel) == {
        "new": True,
        "edit": False,
        "meeting": True,
        "agree": False,
        "reopen": False,
        "delete": False,
    }


def test_open_in_meeting_mode_carries_the_event(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, meeting: dict[str, str]
) -> None:
    panel = make_panel(qtbot, app, tasks, meeting["event"])
    with qtbot.waitSignal(panel.open_meeting_mode, timeout=1000) as blocker:
        panel.meeting_button.click()
    assert blocker.args == [meeting["event"]]


def test_new_minutes_are_created_in_a_dialog_and_selected(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, meeting: dict[str, str]
) -> None:
    panel = make_panel(qtbot, app, tasks, meeting["event"])

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RecordDialog):
            QTimer.singleShot(20, fill_in)
            return
        assert not dialog.editor.widgets["status"].isEnabled()  # the workflow decides the status
        dialog.editor.widgets["title"].set_value("Minutes, second day")
        dialog.editor.save()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(panel.changed, timeout=10_000):
        panel.new_button.click()
    qtbot.waitUntil(lambda: not panel.loading, timeout=10_000)
    assert panel.model.rowCount() == 2
    selected = panel.selected()
    assert selected is not None and selected["title"] == "Minutes, second day"
    assert selected["event_id"] == meeting["event"] and selected["status"] == "draft"
    assert "No entries yet" in panel.preview.toPlainText()


def test_without_an_event_everything_waits(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    panel = make_panel(qtbot, app, tasks, None)
    assert panel.model.rowCount() == 0
    assert not any(buttons(panel).values())
    assert "Choose an event" in panel.preview.toPlainText()
    with qtbot.assertNotEmitted(panel.open_meeting_mode):
        panel.meeting_button.click()


def test_sample_fifth_meeting_in_bishkek(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> None:
    [event] = sample_app.events.list({"title": FIFTH})
    panel = make_panel(qtbot, sample_app, tasks, event["id"])
    [minutes] = sample_app.minutes.list({"event_id": event["id"]})
    assert panel.selected_id() == minutes["id"]
    assert panel.banner.isVisible() and "read-only" in panel.banner_text.text()
    assert [row[1:3] for row in log_rows(panel)] == [["Agreed", "OTS Secretariat"]]
    text = panel.preview.toPlainText()
    assert "Briefing by the Secretary General" in text
    assert "Kubanychbek Omuraliev" in text
    assert buttons(panel)["reopen"] and not buttons(panel)["agree"] and not buttons(panel)["delete"]
    assert panel.select_minutes(minutes["id"]) and not panel.select_minutes("no-such-minutes")
