"""Typing a new contact that already exists: a notice names it, with a way to open it; typing
is not held up (the lookup waits for a pause and runs on the worker)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.ui import similar_notice
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import type_text

CONTACTS = next(config for config in PAGES if config.entity == "contacts")


def contacts_page(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> EntityPage:
    page = EntityPage(app, tasks, CONTACTS)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_typing_an_existing_name_in_another_script_names_it_and_opens_it(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: object
) -> None:
    existing = app.contacts.create({"name": "Rəşad Məmmədov", "emails": ["r.mammadov@example.az"]})
    app.contacts.create({"name": "Aigerim Saparbekuly"})
    page = contacts_page(qtbot, app, tasks)
    page.new_record()
    editor = page.editor
    notice = editor.similar
    assert notice is not None and not notice.isVisible()
    name = editor.widgets["name"].focusProxy()
    started = time.perf_counter()
    type_text(name, "Рашад Мамедов")
    typing = time.perf_counter() - started
    assert not notice.isVisible()  # nothing while typing: the lookup waits for a pause
    assert typing < 1.0
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "Rəşad Məmmədov already exists" in notice.label.text()
    assert notice.label.accessibleName() and notice.open_button.text()
    page.grab().save(str(tmp_path / "similar.png"))
    assert app.contacts.count() == 2  # nothing written by the notice

    # Open it: the new contact's typing is discarded when the officer says so.
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    notice.open_button.click()
    qtbot.waitUntil(lambda: editor.record is not None and editor.record["id"] == existing["id"])
    assert not notice.isVisible()
    assert app.contacts.count() == 2


def test_a_matching_e_mail_is_noticed_and_a_new_person_is_not(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    app.contacts.create({"name": "Rəşad Məmmədov", "emails": ["r.mammadov@example.az"]})
    page = contacts_page(qtbot, app, tasks)
    page.new_record()
    editor = page.editor
    notice = editor.similar
    assert notice is not None
    type_text(editor.widgets["name"].focusProxy(), "Rəşad Əliyev")  # a shared first name is not enough
    qtbot.wait(similar_notice.DELAY_MS + 300)
    tasks.drain()
    qtbot.wait(50)
    assert not notice.isVisible()
    type_text(editor.widgets["emails"].focusProxy(), "r.mammadov@example.az")
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "same e-mail" in notice.label.text()
    # Saving anyway is allowed: two records, the officer's choice.
    editor.save()
    qtbot.waitUntil(lambda: app.contacts.count() == 2)


def test_an_existing_contacts_editor_shows_no_notice(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    one = app.contacts.create({"name": "Rəşad Məmmədov"})
    app.contacts.create({"name": "Rashad Mammadov"})
    page = contacts_page(qtbot, app, tasks)
    page.select(one["id"])
    qtbot.waitUntil(lambda: page.editor.record is not None)
    notice = page.editor.similar
    assert notice is not None
    type_text(page.editor.widgets["name"].focusProxy(), " ")
    qtbot.wait(similar_notice.DELAY_MS + 300)
    tasks.drain()
    assert not notice.isVisible()
