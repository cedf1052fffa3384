"""A record's files in the window, with real widgets: attach (button path and drag and drop on
the form), open (a named copy for the viewer), save a copy, remove and undo, a file only on the
Secretariat, and the model under Qt's model checks."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.store.blobs import BlobInfo
from liaison.ui.attachments import AttachmentListModel, AttachmentsPanel
from liaison.ui.children import RecordDialog
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.tasks import TaskManager
from tests.services.test_attachments import from_another_laptop
from tests.ui.accessibility import assert_all_named

EVENTS = next(config for config in PAGES if config.entity == "events")
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def make_event(app: Liaison) -> dict[str, Any]:
    return app.events.create(
        {"kind": "diaspora_forum", "title": "Diaspora Forum", "start_date": "2024-05-30"}
    )


def files_page(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> tuple[EntityPage, AttachmentsPanel]:
    page = EntityPage(app, tasks, EVENTS)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.selectRow(0)
    panel = page.panels["Files"]
    assert isinstance(panel, AttachmentsPanel)
    page.tabs.setCurrentWidget(panel)
    return page, panel


def drop_files(target: Any, paths: list[Path]) -> None:
    """Drag files from a file manager onto ``target`` and drop them (enter, move, drop: Qt
    delivers a drop only to where a drag entered)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    point = target.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))
    QApplication.sendEvent(target, QDragMoveEvent(point, Qt.DropAction.CopyAction, mime, buttons, keys))
    QApplication.sendEvent(target, QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, buttons, keys))


def test_the_model_passes_qt_model_checks(qtmodeltester: Any) -> None:
    model = AttachmentListModel()
    qtmodeltester.check(model)
    model.set_records(
        [
            {"id": "a", "name": "Plan.pdf", "size": 3_355_443, "local": True, "sha256": "0" * 64},
            {
                "id": "b",
                "name": "Agenda.docx",
                "size": 1200,
                "local": False,
                "sha256": "1" * 64,
                "server_rev": 3,
            },
            {
                "id": "c",
                "name": "Scan.pdf",
                "size": 1200,
                "local": False,
                "sha256": "2" * 64,
                "server_rev": 0,
            },
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "on the Secretariat, 1 KB — download"
    # attached here, never synced, its bytes gone (removed by hand, set aside as damaged)
    assert model.index(2, 1).data() == "missing from this computer, 1 KB — attach it again"
    assert model.index(0, 1).data() == "3.2 MB"


def test_attach_open_save_remove_and_undo(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event(app)
    _page, panel = files_page(qtbot, app, tasks)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    plan = tmp_path / "Joint Activity Plan 2024.pdf"
    plan.write_bytes(PDF)
    fake = tmp_path / "agenda.pdf"
    fake.write_bytes(b"<html>Not found</html>")
    panel.attach_files([plan, fake])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and bool(warnings))
    assert "agenda.pdf" in warnings[0] and "is not one" in warnings[0]  # said, naming the file
    assert panel.model.index(0, 0).data() == plan.name
    assert "Attached: Joint Activity Plan 2024.pdf" in panel.notice.text()
    (stored,) = app.attachments.for_record("events", event["id"])

    opened: list[Path] = []
    panel.opener = lambda path: opened.append(path) or True  # type: ignore[method-assign]
    panel.view.setFocus()
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter opens
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].name == plan.name and opened[0].read_bytes() == PDF
    assert not os.access(opened[0], os.W_OK) or os.geteuid() == 0  # a read-only copy

    copy = tmp_path / "copy.pdf"
    panel.save_copy(stored, copy)
    qtbot.waitUntil(copy.exists)
    assert copy.read_bytes() == PDF

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.view.selectRow(0)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert app.attachments.for_record("events", event["id"]) == []
    assert panel.undo_button.isEnabled()
    panel.undo_button.click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert app.attachments.for_record("events", event["id"])[0]["id"] == stored["id"]


def test_files_dropped_on_the_form_are_attached_not_pasted(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    event = make_event(app)
    page, panel = files_page(qtbot, app, tasks)
    page.tabs.setCurrentWidget(page.editor)
    title = page.editor.widgets["title"].focusProxy()
    photo = tmp_path / "signing.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    notes = tmp_path / "notes.txt"
    notes.write_text("Qazalem", encoding="utf-8")
    drop_files(title, [photo, notes])  # onto a text field, which would paste the path
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert page.tabs.currentWidget() is panel
    assert title.text() == "Diaspora Forum" and not page.editor.dirty
    names = [r["name"] for r in app.attachments.for_record("events", event["id"])]
    assert names == ["signing.png", "notes.txt"]


def test_a_file_only_on_the_secretariat(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = make_event(app)
    info = BlobInfo(hashlib.sha256(b"elsewhere").hexdigest(), 3_355_443)
    from_another_laptop(app, "events", event["id"], "Signed plan.pdf", info)
    _page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 1).data() == "on the Secretariat, 3.2 MB — download"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    panel.view.selectRow(0)
    panel.open_button.click()
    qtbot.waitUntil(lambda: bool(warnings))
    assert "Signed plan.pdf (3.2 MB) is only on the Secretariat" in warnings[0]


def test_a_document_dialog_has_its_files(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    event = make_event(app)
    document = app.documents.create({"title": "Declaration", "event_id": event["id"]})
    source = tmp_path / "Declaration.pdf"
    source.write_bytes(PDF)
    app.attachments.attach("document", document["id"], source)
    dialog = RecordDialog(app, tasks, "documents", document, {"event_id": event["id"]})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.files is not None
    qtbot.waitUntil(lambda: dialog.files is not None and dialog.files.model.rowCount() == 1)
    assert_all_named(dialog)
    new = RecordDialog(app, tasks, "documents", None, {"event_id": event["id"]})
    qtbot.addWidget(new)
    assert new.files is not None and not new.files.attach_button.isEnabled()
    assert "Save the record first" in new.files.hint.text()
    agenda = RecordDialog(app, tasks, "agenda_items", None, {"event_id": event["id"]})
    qtbot.addWidget(agenda)
    assert agenda.files is None  # only the kinds that take files


def test_every_page_of_an_owner_has_a_files_tab_and_a_screenshot(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    assert {config.entity for config in PAGES if "Files" in [p.label for p in config.panels]} == {
        "events",
        "bilaterals",
        "action_items",
        "joint_action_plans",
        "contacts",
    }
    event = make_event(app)
    for name, data in (
        ("Joint Activity Plan 2024.pdf", PDF),
        ("Photo of the signing.png", b"\x89PNG\r\n\x1a\n1"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        app.attachments.attach("event", event["id"], path)
    info = BlobInfo(hashlib.sha256(b"elsewhere").hexdigest(), 3_355_443)
    from_another_laptop(app, "events", event["id"], "Note verbale (Baku).pdf", info)
    page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert_all_named(page)
    shot = Path(os.environ.get("LIAISON_SCREENSHOTS", tmp_path)) / "attachments_panel.png"
    page.grab().save(str(shot))
    assert shot.stat().st_size > 0


def test_another_institutions_record_lists_its_files_but_takes_none(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.services.settings import HOME_INSTITUTION

    ours = app.institutions.create({"name": "Otandastar Qory"})
    theirs = app.institutions.create({"name": "State Committee on Diaspora Affairs"})
    app.settings.set(HOME_INSTITUTION, ours["id"])
    event = app.events.create(
        {
            "kind": "diaspora_forum",
            "title": "Baku Forum",
            "start_date": "2024-05-30",
            "owner_institution_id": theirs["id"],
        }
    )
    source = tmp_path / "Programme.pdf"
    source.write_bytes(PDF)
    app.attachments.attach("event", event["id"], source)
    page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert not panel.attach_button.isEnabled()
    assert "State Committee on Diaspora Affairs" in panel.attach_button.toolTip()
    panel.view.selectRow(0)
    assert panel.open_button.isEnabled() and not panel.remove_button.isEnabled()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    drop_files(page.editor, [source])
    assert told and "Read-only" in told[0]
    assert len(app.attachments.for_record("events", event["id"])) == 1  # nothing more attached


def test_a_synced_name_with_separators_or_control_characters_is_shown_safely(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    """A name a server of an earlier release let through (tests/sync/test_attachment_names.py)
    is listed as it would be saved: no path separator, no control character on screen."""
    event = make_event(app)
    info = BlobInfo(hashlib.sha256(b"elsewhere").hexdigest(), 1024)
    record = from_another_laptop(app, "events", event["id"], "plan.pdf", info)
    table = app.attachments.table
    with app.store.write() as session:  # as a pull writes what the server sent
        session.execute(
            table.update().where(table.c.id == record["id"]).values(name="../..\\evil\u202e\nfdp.exe")
        )
    _page, panel = files_page(qtbot, app, tasks)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    shown = panel.model.index(0, 0).data()
    assert shown == ".._.._evil__fdp.exe", shown
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(shown)
