"""Making a shared record private asks whether to withdraw it or keep the others' copies
(issue 12, §4): a real editor and the real question dialog, answered from the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from liaison.services.app import Liaison
from liaison.store.local import OutboxEntry
from liaison.ui.going_private import GoingPrivateDialog
from liaison.ui.language import install_language
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.tasks import TaskManager


def _synced_contact(app: Liaison, visibility: str = "shared") -> str:
    """A contact as it is after it reached the Secretariat (a server revision)."""
    record = app.contacts.create({"name": "Source in Astana", "visibility": visibility})
    with app.store.write() as session:
        table = app.contacts.table
        session.execute(update(table).where(table.c.id == record["id"]).values(server_rev=7))
        session.execute(OutboxEntry.__table__.delete())
    return str(record["id"])


def _ops(app: Liaison) -> list[str]:
    with app.store.read() as session:
        return [row.op for row in session.execute(select(OutboxEntry.__table__))]


def _answer(qtbot: QtBot, seen: list[GoingPrivateDialog], keys: Callable[[GoingPrivateDialog], None]) -> None:
    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GoingPrivateDialog):
            QTimer.singleShot(20, respond)
            return
        seen.append(dialog)
        keys(dialog)

    QTimer.singleShot(20, respond)


def _editor_on(qtbot: QtBot, app: Liaison, tasks: TaskManager, record_id: str) -> EntityPage:
    page = EntityPage(app, tasks, next(c for c in PAGES if c.entity == "contacts"))
    qtbot.addWidget(page)
    page.show()
    page.select(record_id)
    qtbot.waitUntil(lambda: page.editor.record is not None and page.editor.record["id"] == record_id)
    return page


def _choose_private(page: EntityPage) -> None:
    combo = page.editor.widgets["visibility"].combo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("private"))


def test_the_question_is_asked_and_answered_from_the_keyboard(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    record_id = _synced_contact(app)
    page = _editor_on(qtbot, app, tasks, record_id)
    editor = page.editor
    seen: list[GoingPrivateDialog] = []

    # Esc: nothing is saved, the form keeps the choice.
    _choose_private(page)
    _answer(qtbot, seen, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    editor.save()
    assert app.contacts.get(record_id)["visibility"] == "shared" and _ops(app) == []
    dialog = seen[-1]
    assert "Source in Astana" in dialog.text()
    assert dialog.accessibleName() == "Make the record private"
    assert dialog.withdraw.accessibleName() == "Withdraw it from the others"
    assert dialog.keep.accessibleName() == "Keep their copies"
    assert dialog.withdraw.accessibleDescription() and dialog.keep.accessibleDescription()
    assert dialog.defaultButton() is dialog.keep, "Enter keeps: nothing leaves, nothing disappears"
    assert dialog.escapeButton() is dialog.cancel

    # Alt+W: withdrawn (a withdrawal waits in the outbox behind the change itself).
    _answer(qtbot, seen, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier))
    editor.save()
    qtbot.waitUntil(lambda: app.contacts.get(record_id)["visibility"] == "private")
    assert _ops(app) == ["update", "withdraw"]


def test_enter_keeps_the_copies_of_the_others(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> None:
    record_id = _synced_contact(app, "institution")
    page = _editor_on(qtbot, app, tasks, record_id)
    seen: list[GoingPrivateDialog] = []
    _choose_private(page)
    _answer(qtbot, seen, lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Return))
    page.editor.save()
    qtbot.waitUntil(lambda: app.contacts.get(record_id)["visibility"] == "private")
    assert _ops(app) == ["update"], "kept: no withdrawal"
    assert "institution" in seen[0].informativeText()


def test_a_record_never_synced_is_made_private_without_a_question(
    qtbot: QtBot, app: Liaison, tasks: TaskManager
) -> None:
    record = app.contacts.create({"name": "Draft contact", "visibility": "shared"})
    page = _editor_on(qtbot, app, tasks, record["id"])
    _choose_private(page)
    page.editor.save()  # no dialog: it would block the test
    qtbot.waitUntil(lambda: app.contacts.get(record["id"])["visibility"] == "private")


def test_the_question_speaks_the_officers_language(qtbot: QtBot) -> None:
    install_language("ru")
    dialog = GoingPrivateDialog(None, "Источник", "shared")
    qtbot.addWidget(dialog)
    translated = QCoreApplication.translate("GoingPrivateDialog", "&Withdraw it from the others")
    assert translated != "&Withdraw it from the others"
    assert dialog.withdraw.text() == translated
    assert dialog.keep.text() == QCoreApplication.translate("GoingPrivateDialog", "&Keep their copies")
    assert "Источник" in dialog.text() and "private" not in dialog.text()
    assert dialog.windowTitle() == dialog.accessibleName() != "Make the record private"
