"""A contact's photo in the editor when its bytes are not on this computer: on the Secretariat
(Download, through the sync layer's downloader — end to end against a real server on loopback),
damaged and set aside, removed with Remove, and never sent or deleted by saving other fields.
Real widgets, a real data folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.services.contact_photos import PhotoWhere
from liaison.sync import SyncClient, TokenStore, files
from liaison.ui.editor import RecordEditor
from liaison.ui.photo_field import ImageWidget
from liaison.ui.tasks import TaskManager
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.services.test_attachments import outbox
from tests.services.test_contact_photos import PHOTO, contact_with_photo, damage, only_on_the_secretariat
from tests.ui.accessibility import assert_all_named
from tests.ui.conftest import type_text

ON_THE_SECRETARIAT = "The photo is on the Secretariat (408 bytes), not downloaded to this computer yet."
DAMAGED = (
    "The photo's file on this computer was damaged, so it was set aside and is not used. "
    "Choose the photo again to fix it."
)


def photo_editor(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, contact_id: str, line: str = ON_THE_SECRETARIAT
) -> tuple[RecordEditor, ImageWidget]:
    """The contact in an editor, once its photo field says ``line`` (asked on the worker)."""
    editor = RecordEditor(app, tasks, "contacts")
    qtbot.addWidget(editor)
    editor.resize(760, 900)
    editor.load(app.contacts.get(contact_id))
    editor.show()
    qtbot.waitExposed(editor)
    widget = editor.widgets["photo"]
    assert isinstance(widget, ImageWidget)
    shows(qtbot, widget, line)
    return editor, widget


def shows(qtbot: QtBot, widget: ImageWidget, text: str) -> None:
    qtbot.waitUntil(lambda: widget.label.text() == text)


def save(qtbot: QtBot, editor: RecordEditor, tasks: TaskManager) -> None:
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty)
    tasks.drain()


@dataclass
class Shown:
    """A contact whose photo is only on the Secretariat, in an editor that says so."""

    contact: dict[str, Any]
    photo: dict[str, Any]
    editor: RecordEditor
    widget: ImageWidget


@pytest.fixture
def elsewhere(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> Shown:
    contact, photo = only_on_the_secretariat(app)
    return Shown(contact, photo, *photo_editor(qtbot, app, tasks, contact["id"]))


def test_a_photo_only_on_the_secretariat_says_so_and_offers_download(elsewhere: Shown) -> None:
    editor, widget = elsewhere.editor, elsewhere.widget
    assert widget.download.isVisible() and widget.download.isEnabled()
    assert widget.download.accessibleName() == "Download the photo from the Secretariat"
    assert widget.download.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert widget.choose.nextInFocusChain() is widget.download  # Tab: Choose…, Download, Remove
    assert widget.download.nextInFocusChain() is widget.remove
    assert_all_named(editor)
    assert not editor.dirty and editor.values() == {}
    editor.grab().save("/tmp/photo-on-the-secretariat.png")


def test_download_goes_through_the_downloader_and_shows_the_photo_attached(
    qtbot: QtBot, app: Liaison, elsewhere: Shown
) -> None:
    photo, editor, widget = elsewhere.photo, elsewhere.editor, elsewhere.widget
    asked: list[dict[str, Any]] = []

    def download(record: dict[str, Any]) -> None:  # the sync layer's downloader, without a network
        asked.append(record)
        app.attachments.blobs.add_stream([PHOTO], expected_sha256=record["sha256"])

    app.attachments.downloader = download
    widget.download.setFocus()
    qtbot.keyClick(widget.download, Qt.Key.Key_Space)  # the keyboard alone
    shows(qtbot, widget, "A photo is attached.")
    assert [record["id"] for record in asked] == [photo["id"]]
    assert not widget.download.isVisible()
    assert widget.value() == PHOTO and editor.record is not None and editor.record["photo"] == PHOTO
    assert not editor.dirty and editor.values() == {}  # downloaded, not changed: nothing to send
    editor.grab().save("/tmp/photo-downloaded.png")


def test_download_without_a_connection_says_why_and_offers_it_again(
    qtbot: QtBot, elsewhere: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = elsewhere.widget
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    widget.download.click()
    qtbot.waitUntil(lambda: bool(warnings))
    assert "photo.png (408 bytes) is only on the Secretariat" in warnings[0]  # the existing error
    shows(qtbot, widget, ON_THE_SECRETARIAT)
    assert widget.download.isVisible() and widget.download.isEnabled()


def test_a_damaged_photo_says_it_was_set_aside_and_to_choose_it_again(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    contact = contact_with_photo(app)
    (photo,) = app.attachments.for_record("contacts", contact["id"])
    damage(app, photo["sha256"])
    editor, widget = photo_editor(qtbot, app, tasks, contact["id"], DAMAGED)  # read: the bytes set aside
    assert not widget.download.isVisible()  # never synced: nowhere to download it from
    editor.grab().save("/tmp/photo-damaged.png")


def test_remove_on_a_photo_not_here_removes_its_attachment(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, elsewhere: Shown
) -> None:
    contact, photo, editor, widget = elsewhere.contact, elsewhere.photo, elsewhere.editor, elsewhere.widget
    widget.remove.click()
    assert widget.label.text() == "No photo." and not widget.download.isVisible()
    assert editor.dirty and editor.values() == {"photo": None}
    save(qtbot, editor, tasks)
    assert app.attachments.get(photo["id"], include_deleted=True)["deleted"]
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.NONE
    (entry,) = outbox(app)
    assert entry.record_id == photo["id"] and entry.op == "delete"  # a tombstone that syncs
    assert widget.label.text() == "No photo."
    editor.grab().save("/tmp/photo-removed.png")


def test_saving_other_fields_never_sends_or_deletes_a_photo_not_here(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, elsewhere: Shown
) -> None:
    contact, photo, editor, widget = elsewhere.contact, elsewhere.photo, elsewhere.editor, elsewhere.widget
    position = editor.widgets["position"].focusProxy()
    position.setFocus()
    type_text(position, "Consul")
    assert editor.values() == {"position": "Consul"}  # the photo is not among the changes
    save(qtbot, editor, tasks)
    assert app.contacts.get(contact["id"])["position"] == "Consul"
    assert not app.attachments.get(photo["id"])["deleted"]
    assert [entry.record_id for entry in outbox(app)] == []  # the photo's attachment untouched
    shows(qtbot, widget, ON_THE_SECRETARIAT)  # reloaded after the save, still there


def test_download_end_to_end_from_a_real_secretariat(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, server: RunningServer, tmp_path: Path
) -> None:
    """A colleague attaches a photo and syncs; this laptop syncs with no budget for files, so
    the photo's bytes stay on the Secretariat until Download fetches them over HTTPS."""
    colleague = Liaison.open(tmp_path / "laptop-abzal")
    theirs = SyncClient(colleague, tokens=TokenStore())
    ours = SyncClient(app, tokens=TokenStore())
    try:
        theirs.login(server.url, "abzal", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
        contact = contact_with_photo(colleague)
        theirs.sync()
        ours.login(server.url, "aigerim", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
        app.settings.set(files.DOWNLOAD_BUDGET_MB, 0)
        assert ours.sync().files_waiting == 1
        assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.ON_THE_SECRETARIAT
        app.attachments.downloader = files.downloader(app, ours.tokens)  # as the window's sync does

        editor, widget = photo_editor(qtbot, app, tasks, contact["id"])
        widget.download.click()
        shows(qtbot, widget, "A photo is attached.")
        assert widget.value() == PHOTO and not editor.dirty
        assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.HERE
    finally:
        ours.close()
        theirs.close()
        colleague.close()


def test_a_photo_file_that_cannot_be_read_is_said_and_the_field_keeps_its_photo(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Picked, then gone (or a folder): one clear line, nothing changed, no traceback."""
    contact = app.contacts.create({"name": "Elif Işık"})
    editor = RecordEditor(app, tasks, "contacts")
    qtbot.addWidget(editor)
    editor.load(app.contacts.get(contact["id"]))
    widget = editor.widgets["photo"]
    assert isinstance(widget, ImageWidget)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    for picked in (tmp_path / "gone.png", tmp_path):
        monkeypatch.setattr(
            "liaison.ui.photo_field.QFileDialog.getOpenFileName", lambda *a, p=picked, **k: (str(p), "")
        )
        widget.choose.click()
    assert len(warnings) == 2 and all("cannot be read" in text for text in warnings)
    assert "gone.png" in warnings[0] and "no longer there" in warnings[0]
    assert widget.value() is None and not editor.dirty
