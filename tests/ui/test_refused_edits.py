"""Refused edits explained: another institution's record is read-only with the reason, the inbox
says why a change was refused and what to do, and the sign-in dialog's CA label is a label."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.settings import HOME_INSTITUTION
from liaison.sync import ConflictView
from liaison.ui.main_window import MainWindow
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.sync_dialogs import ConflictInbox, LoginDialog
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text


def test_another_institutions_record_is_read_only_with_the_reason(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    ours = app.institutions.create({"name": "Otandastar Qory"})
    theirs = app.institutions.create({"name": "State Committee on Diaspora Affairs"})
    app.settings.set(HOME_INSTITUTION, ours["id"])
    foreign = app.contacts.create({"name": "Fuad Muradov", "owner_institution_id": theirs["id"]})
    own = app.contacts.create({"name": "Aigerim Zhaksylykova", "owner_institution_id": ours["id"]})
    page = EntityPage(app, tasks, next(c for c in PAGES if c.entity == "contacts"))
    qtbot.addWidget(page)
    page.show()
    page.select(foreign["id"])
    editor = page.editor
    qtbot.waitUntil(lambda: editor.record is not None and editor.record["id"] == foreign["id"])
    assert editor.notice.isVisible()
    assert (
        "State Committee on Diaspora Affairs" in editor.notice.text() and "Read-only" in editor.notice.text()
    )
    name = editor.widgets["name"].findChild(QLineEdit)
    notes = editor.widgets["notes"].findChild(QPlainTextEdit)
    assert name is not None and name.isReadOnly() and name.isEnabled()  # still selectable, copyable
    assert notes is not None and notes.isReadOnly()
    assert not editor.widgets["visibility"].combo.isEnabled()  # type: ignore[attr-defined]
    type_text(name, "changed")
    editor.save()
    assert not editor.save_button.isEnabled()
    assert app.contacts.get(foreign["id"])["name"] == "Fuad Muradov"  # before: the edit went out

    page.select(own["id"])
    qtbot.waitUntil(lambda: editor.record is not None and editor.record["id"] == own["id"])
    assert not editor.notice.isVisible() and not name.isReadOnly()


def test_nothing_can_be_added_to_or_deleted_from_another_institutions_record(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    ours = app.institutions.create({"name": "Otandastar Qory"})
    theirs = app.institutions.create({"name": "State Committee on Diaspora Affairs"})
    app.settings.set(HOME_INSTITUTION, ours["id"])
    foreign = app.events.create(
        {
            "kind": "diaspora_forum",
            "title": "Their forum",
            "start_date": "2026-05-30",
            "owner_institution_id": theirs["id"],
        }
    )
    own = app.events.create({"kind": "diaspora_forum", "title": "Our forum", "start_date": "2026-06-30"})
    app.agenda.create({"event_id": foreign["id"], "title": "Opening"})
    page = EntityPage(app, tasks, next(c for c in PAGES if c.entity == "events"))
    qtbot.addWidget(page)
    page.show()
    agenda = next(child for child in page.children if child.entity == "agenda_items")
    page.select(foreign["id"])
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record["id"] == foreign["id"])
    assert not agenda.add_button.isEnabled() and not agenda.delete_button.isEnabled()
    assert "State Committee on Diaspora Affairs" in agenda.add_button.toolTip()
    assert agenda.edit_button.isEnabled()  # a child opens, read-only as its parent
    agenda.add()  # the keyboard's way in does nothing either
    assert len(app.agenda.list({"event_id": foreign["id"]})) == 1

    page.select(own["id"])
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record["id"] == own["id"])
    assert agenda.add_button.isEnabled() and agenda.add_button.toolTip() == ""


def test_the_inbox_says_why_a_change_was_refused_and_what_to_do(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    theirs = app.institutions.create({"name": "State Committee on Diaspora Affairs"})
    contact = app.contacts.create({"name": "Fuad Muradov", "owner_institution_id": theirs["id"]})
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    assert window.sync is not None
    inbox = ConflictInbox(window.sync, window)
    qtbot.addWidget(inbox)
    refused = ConflictView(
        id="c1",
        entity="contacts",
        record_id=contact["id"],
        kind="rejected",
        fields={
            "notes": {"base": None, "server": None, "client": "Met him in Baku; he asked for the programme."}
        },
        author="aigerim",
        created_at=datetime.now(UTC).replace(tzinfo=None),
        origin="server",
        resolved=False,
        message="Only officers of the record's institution may change it.",
        title="Fuad Muradov",
    )
    inbox.owners = {"c1": "State Committee on Diaspora Affairs"}
    inbox.set_conflicts([refused])
    heading = inbox.heading.text()
    assert "Why:" in heading and "Only officers of the record" in heading
    assert "What you can do:" in heading and "State Committee on Diaspora Affairs" in heading
    [choice] = inbox.choices
    views = choice.findChildren(QPlainTextEdit)
    assert all(view.isEnabled() for view in views)  # before: every choice greyed out
    assert any("Met him in Baku" in view.toPlainText() for view in views)
    assert inbox.copy_button.isEnabled() and inbox.resolve_button.text() == "&Mark as dealt with"


def test_the_ca_file_label_is_a_mnemonic_not_a_literal_ampersand(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    window = MainWindow(app, tasks)
    qtbot.addWidget(window)
    assert window.sync is not None
    dialog = LoginDialog(window.sync, window)
    qtbot.addWidget(dialog)
    [label] = [label for label in dialog.findChildren(QLabel) if label.text() == "&CA file"]
    assert label.buddy() is dialog.ca_file  # before: no buddy, so "&CA file" showed as it is
