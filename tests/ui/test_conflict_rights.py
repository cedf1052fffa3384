"""The conflict inbox of an officer who sees a conflict but may not resolve it (a shared record
of another institution): the window says why, writes nothing, and the conflict stays."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from liaison.store.local import OutboxEntry
from liaison.ui.main_window import MainWindow
from liaison.ui.sync_dialogs import ConflictInbox
from tests.secretariat.server import RunningServer
from tests.ui.test_sync_ui import WAIT, other_officer, sign_in


def test_the_inbox_says_who_may_resolve_and_keeps_the_conflict(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    aigerim, abzal = other_officer(tmp_path, server, "aigerim"), other_officer(tmp_path, server, "abzal")
    try:
        contact = aigerim.app.contacts.create({"name": "Гүлнара Батырова", "visibility": "shared"})
        aigerim.sync(), abzal.sync()
        aigerim.app.contacts.update(contact["id"], {"position": "Minister"})
        abzal.app.contacts.update(contact["id"], {"position": "Deputy Minister"})
        aigerim.sync(), abzal.sync()
    finally:
        for client in (aigerim, abzal):
            client.close()
            client.app.close()
    sign_in(qtbot, window, server, "leyla")
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: bool(sync.log) and not sync.running and sync.status is not None, timeout=WAIT)
    # not hers to act on: it is in her inbox (Sync → Conflicts…), not in the red count
    assert not window.conflicts_button.isVisible()

    inbox = ConflictInbox(sync, window)
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitUntil(lambda: len(inbox.conflicts) == 1, timeout=WAIT)
    choice = next(c for c in inbox.choices if c.name == "position")
    choice.client.setChecked(True)
    inbox.resolve_current()
    qtbot.waitUntil(lambda: bool(inbox.message.text()), timeout=WAIT)
    assert inbox.message.text() == (
        "Only abzal, whose change it is, and officers of the institution that owns “Гүлнара Батырова” "
        "may resolve this conflict. It stays in your conflict inbox."
    )
    assert inbox.resolve_button.isEnabled() and len(inbox.conflicts) == 1
    services = window.services
    assert services.contacts.get(contact["id"])["position"] == "Minister"  # the choice was not written
    with services.store.read() as session:
        assert session.execute(select(OutboxEntry.__table__)).all() == []
    inbox.grab().save(str(tmp_path / "inbox.png"))
    sync.sync_now()
    qtbot.waitUntil(lambda: not sync.running, timeout=WAIT)
    assert len(inbox.conflicts) == 1 and not window.conflicts_button.isVisible()
