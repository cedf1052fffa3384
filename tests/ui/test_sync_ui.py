"""The desktop's sync: signing in, syncing in the background, the status bar and the conflict
inbox, against a real Secretariat server over HTTPS on loopback."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore, pull
from liaison.ui.main_window import MainWindow
from liaison.ui.sync_controller import CLOSE_WAIT_S, SyncController
from liaison.ui.sync_dialogs import ConflictInbox, LoginDialog
from liaison.ui.tasks import TaskManager
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.sync.conftest import MemoryKeyring

WAIT = 30000


def sign_in(qtbot: QtBot, window: MainWindow, server: RunningServer, user: str = "aigerim") -> None:
    assert window.sync is not None
    dialog = LoginDialog(window.sync, window)
    qtbot.addWidget(dialog)
    dialog.url.setText(server.url)
    dialog.user.setText(user)
    dialog.password.setText(DEFAULT_PASSWORD)
    dialog.ca_file.setText(str(server.ca_file))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.password.text() == ""  # the password does not linger in the dialog
    qtbot.waitUntil(lambda: dialog.result_ is not None or "…" not in dialog.message.text(), timeout=WAIT)
    assert dialog.result_ is not None, dialog.message.text()


def synced_in(qtbot: QtBot, window: MainWindow, server: RunningServer) -> SyncController:
    """Sign the window in and wait until its first sync has sent everything."""
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(
        lambda: not sync.running and sync.status is not None and sync.status.pending == 0, timeout=WAIT
    )
    return sync


def other_officer(tmp_path: Path, server: RunningServer, name: str = "abzal") -> SyncClient:
    other = Liaison.open(tmp_path / f"laptop-{name}")
    client = SyncClient(other, tokens=TokenStore())
    client.login(server.url, name, DEFAULT_PASSWORD, ca_file=str(server.ca_file))
    return client


def test_signing_in_syncs_and_the_status_bar_says_so(
    qtbot: QtBot, window: MainWindow, server: RunningServer
) -> None:
    assert window.sync_label.text() == "Not signed in"
    assert not window.sync_now_action.isEnabled()
    window.services.contacts.create({"name": "Айгерим Жақсылықова", "visibility": "shared"})
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: bool(sync.log) and sync.log[-1].text.startswith("Synced"), timeout=WAIT)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online · last sync"), timeout=WAIT)
    assert window.sync_now_action.isEnabled()
    qtbot.waitUntil(lambda: window.pending_label.text() == "0 changes not yet synced", timeout=WAIT)


def test_sync_now_brings_a_colleagues_record_into_the_list(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running and bool(sync.log), timeout=WAIT)
    colleague = other_officer(tmp_path, server)
    try:
        colleague.app.contacts.create({"name": "Абзал Сапарбекұлы", "visibility": "shared"})
        colleague.sync()
    finally:
        colleague.close()
        colleague.app.close()
    window.sync_now_action.trigger()
    page = window.pages["contacts"]
    qtbot.waitUntil(
        lambda: any(
            page.model.record(row)["name"] == "Абзал Сапарбекұлы" for row in range(page.model.loaded())
        ),
        timeout=WAIT,
    )


def test_the_status_bar_shows_how_far_a_sync_got(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pull, "PAGE_LIMIT", 10)
    monkeypatch.setattr(pull, "GROUP_RECORDS", 10)
    colleague = other_officer(tmp_path, server)
    try:
        colleague.app.contacts.create_many(
            [{"name": f"Contact {n:02}", "visibility": "shared"} for n in range(40)]
        )
        colleague.sync()
    finally:
        colleague.close()
        colleague.app.close()
    window.services.contacts.create_many([{"name": f"Mine {n}", "visibility": "shared"} for n in range(3)])
    sync = window.sync
    assert sync is not None
    seen: list[str] = []
    sync.changed.connect(lambda: seen.append(window.sync_label.text()))
    sign_in(qtbot, window, server)
    qtbot.waitUntil(lambda: bool(sync.log) and not sync.running, timeout=WAIT)
    assert sync.log[-1].text.startswith("Synced"), sync.log[-1].text
    assert "Syncing… 3 of 3 changes sent" in seen
    received = [text for text in seen if text.startswith("Syncing…") and text.endswith("records received")]
    assert len(received) >= 4, seen  # forty-odd records, ten to a group
    assert received[-1].startswith("Syncing… 4")
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online · last sync"), timeout=WAIT)


def test_a_conflict_shows_in_the_status_bar_and_is_resolved_in_the_inbox(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    services = window.services
    contact = services.contacts.create(
        {"name": "Гүлнара Батырова", "position": "Minister", "visibility": "shared"}
    )
    sync = synced_in(qtbot, window, server)

    colleague = other_officer(tmp_path, server)
    try:
        colleague.sync()
        colleague.app.contacts.update(contact["id"], {"position": "Minister of Labour"})
        colleague.sync()  # the server has the colleague's value first
    finally:
        colleague.close()
        colleague.app.close()
    services.contacts.update(contact["id"], {"position": "Minister of Labour and Migration"})
    window.sync_now_action.trigger()
    qtbot.waitUntil(window.conflicts_button.isVisible, timeout=WAIT)
    assert window.conflicts_button.text() == "1 conflict"
    assert services.contacts.get(contact["id"])["position"] == "Minister of Labour"  # the server's, for now

    inbox = ConflictInbox(sync, window)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: len(inbox.conflicts) == 1, timeout=WAIT)
    choice = next(c for c in inbox.choices if c.name == "position")
    assert choice.sides["client"] == "Minister of Labour and Migration"  # both values are kept
    assert choice.client.text() == "Use mine"  # this officer's own value lost
    assert "by you" in inbox.heading.text() and "aigerim" not in inbox.heading.text()
    choice.client.setChecked(True)
    inbox.resolve_current()
    qtbot.waitUntil(lambda: not inbox.conflicts, timeout=WAIT)
    assert services.contacts.get(contact["id"])["position"] == "Minister of Labour and Migration"
    sync.sync_now()  # the choice travels as an ordinary edit
    qtbot.waitUntil(lambda: not window.conflicts_button.isVisible() and not sync.running, timeout=WAIT)
    qtbot.waitUntil(lambda: sync.status is not None and sync.status.pending == 0, timeout=WAIT)


class StallingProxy:
    """A TCP relay on loopback in front of the server; once ``stall()`` is called it swallows
    every byte, as a network that died mid-request does (the read timeout is two minutes)."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.stalled = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                inside, _ = self.listener.accept()
                outside = socket.create_connection(("127.0.0.1", self.target))
                self.sockets += [inside, outside]
                for source, sink in ((inside, outside), (outside, inside)):
                    threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if not self.stalled.is_set():
                    sink.sendall(data)

    def stall(self) -> None:
        self.stalled.set()

    def close(self) -> None:
        for open_socket in self.sockets:
            with contextlib.suppress(OSError):
                open_socket.shutdown(socket.SHUT_RDWR)
            open_socket.close()


def test_quitting_during_a_stalled_sync_does_not_wait_for_the_network(
    qtbot: QtBot, window: MainWindow, server: RunningServer
) -> None:
    proxy = StallingProxy(int(server.url.rsplit(":", 1)[1]))
    try:
        sync = window.sync
        assert sync is not None
        via_proxy = server.url.rsplit(":", 1)[0] + f":{proxy.port}"
        sync.client.login(via_proxy, "aigerim", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
        proxy.stall()
        window.services.contacts.create({"name": "Aigerim Saparova", "visibility": "shared"})
        sync.sync_now()
        qtbot.waitUntil(lambda: sync.running, timeout=WAIT)
        time.sleep(0.3)  # the request is on the wire, waiting for an answer that never comes
        assert sync.running
        start = time.monotonic()
        sync.close()
        assert time.monotonic() - start < CLOSE_WAIT_S + 1.0
    finally:
        proxy.close()  # the abandoned request fails now, on its daemon thread


# -- review of the sync integration --------------------------------------------------------------
class CountingKeyring(MemoryKeyring):
    """The in-memory keyring, counting every read (a real keyring may be slow, or prompt)."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return super().get_password(service, username)


@pytest.fixture
def counting_keyring(server: RunningServer) -> Iterator[CountingKeyring]:
    previous = keyring.get_keyring()
    backend = CountingKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def refreshed(qtbot: QtBot, window: MainWindow) -> None:
    """Ask the controller for the status and wait until it has come back."""
    sync = window.sync
    assert sync is not None
    seen: list[bool] = []
    sync.refresh(then=lambda _status: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)


def test_status_refreshes_do_not_read_the_keyring(
    qtbot: QtBot, window: MainWindow, server: RunningServer, counting_keyring: CountingKeyring
) -> None:
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running and bool(sync.log) and sync.log[-1].ok, timeout=WAIT)
    counting_keyring.reads = 0
    for number in range(3):  # saves: each one refreshes the status bar
        window.services.contacts.create({"name": f"Contact {number}", "visibility": "shared"})
        refreshed(qtbot, window)
    sync.sync_now()
    qtbot.waitUntil(lambda: not sync.running, timeout=WAIT)
    refreshed(qtbot, window)
    assert counting_keyring.reads == 0
    assert window.sync_label.text().startswith("Online")


def test_a_removed_or_refused_sign_in_says_not_signed_in(
    qtbot: QtBot, app: Liaison, tasks: TaskManager, server: RunningServer, counting_keyring: CountingKeyring
) -> None:
    first = MainWindow(app, tasks)
    qtbot.addWidget(first)
    first.show()
    sign_in(qtbot, first, server)
    assert first.sync is not None
    qtbot.waitUntil(lambda: not first.sync.running and bool(first.sync.log), timeout=WAIT)
    assert first.close()

    counting_keyring.passwords.clear()  # the token is gone from the keyring (removed by hand)
    again = MainWindow(app, tasks)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.sync is not None and again.sync.status is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: again.sync_label.text() == "Not signed in", timeout=WAIT)
    assert not again.sync_now_action.isEnabled()
    assert again.sign_in_action.isEnabled()
    assert "sign in again" in again.sync_label.toolTip()
    dialog = LoginDialog(again.sync, again)  # signing in again asks for the password only
    qtbot.addWidget(dialog)
    assert dialog.url.text() == server.url and dialog.user.text() == "aigerim"
    assert dialog.ca_file.text() == str(Path(server.ca_file).resolve())
    dialog.reject()

    sign_in(qtbot, again, server)  # signed in again
    sync = again.sync
    assert sync is not None
    qtbot.waitUntil(lambda: again.sync_label.text().startswith("Online"), timeout=WAIT)
    server.admin.revoke("aigerim")  # the Secretariat revokes the sign-in
    sync.sync_now()
    qtbot.waitUntil(lambda: again.sync_label.text() == "Not signed in", timeout=WAIT)
    assert "log in again" in again.sync_label.toolTip()
    assert not again.sync_now_action.isEnabled()
    assert again.close()


def test_signing_out_says_not_signed_in(qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online"), timeout=WAIT)
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Not signed in", timeout=WAIT)
    assert not window.sync_now_action.isEnabled()


def test_private_changes_are_not_counted_as_waiting_to_be_synced(
    qtbot: QtBot, window: MainWindow, server: RunningServer
) -> None:
    services = window.services
    services.contacts.create({"name": "Личная заметка", "visibility": "private"})
    services.contacts.create({"name": "Только для себя", "visibility": "private"})
    services.contacts.create({"name": "Aigerim Saparova", "visibility": "shared"})
    refreshed(qtbot, window)
    assert window.pending_label.text() == "1 change not yet synced"
    assert "2" in window.pending_label.toolTip()  # the private ones, said where they are
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: not sync.running and bool(sync.log) and sync.log[-1].ok, timeout=WAIT)
    qtbot.waitUntil(lambda: window.pending_label.text() == "0 changes not yet synced", timeout=WAIT)
    assert services.pending_changes() == 2  # held here, by design
    assert "2" in window.pending_label.toolTip()


def test_conflict_times_are_local_and_in_the_windows_language(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.sync import conflicts
    from liaison.ui.language import install_language

    monkeypatch.setenv("TZ", "Asia/Bishkek")  # UTC+6, no daylight saving
    time.tzset()
    try:
        contact = window.services.contacts.create({"name": "Гүлнара Батырова", "visibility": "shared"})
        with window.services.store.write() as session:
            conflicts.store_server_conflict(
                session,
                {
                    "id": "c0ffee00-0000-4000-8000-000000000001",
                    "entity": "contacts",
                    "record_id": contact["id"],
                    "kind": "field",
                    "fields": {"position": {"base": "", "server": "Minister", "client": "Министр"}},
                    "author": "abzal",
                    "created_at": "2024-03-05T22:30:00Z",
                },
            )
        install_language("ru")
        assert window.sync is not None
        inbox = ConflictInbox(window.sync, window)
        qtbot.addWidget(inbox)
        qtbot.waitUntil(lambda: len(inbox.conflicts) == 1, timeout=WAIT)
        text = inbox.list.item(0).text()
        assert "6 мар. 2024 04:30" in text, text  # Bishkek's time, Russian month
        inbox.close()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_no_periodic_sync_attempts_while_signed_out(qtbot: QtBot, app: Liaison) -> None:
    from liaison.ui.sync_controller import SyncController

    controller = SyncController(app, period_ms=20)
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.status is not None, timeout=WAIT)
        qtbot.wait(300)  # some fifteen periods
        assert controller.log == []  # not a "not connected" failure every period
        assert not controller.running
    finally:
        controller.close()


def test_a_colleagues_conflict_names_the_colleague_not_mine(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    """A conflict reaches everyone who may see the record: on this officer's machine, a value a
    colleague lost is the colleague's, not "mine"."""
    services = window.services
    contact = services.contacts.create(
        {"name": "Гүлнара Батырова", "position": "Minister", "visibility": "shared"}
    )
    sync = synced_in(qtbot, window, server)
    colleague = other_officer(tmp_path, server)
    try:
        colleague.sync()
        services.contacts.update(contact["id"], {"position": "Minister of Labour"})
        sync.sync_now()  # this officer's value reaches the server first
        qtbot.waitUntil(lambda: not sync.running and sync.status.pending == 0, timeout=WAIT)
        colleague.app.contacts.update(contact["id"], {"position": "Minister of Migration"})
        assert colleague.sync().conflicts == 1  # the colleague's value lost
    finally:
        colleague.close()
        colleague.app.close()
    sync.sync_now()
    qtbot.waitUntil(window.conflicts_button.isVisible, timeout=WAIT)
    inbox = ConflictInbox(sync, window)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: len(inbox.conflicts) == 1, timeout=WAIT)
    choice = next(c for c in inbox.choices if c.name == "position")
    assert choice.sides["client"] == "Minister of Migration"
    assert choice.client.text() == "Use abzal's version"
    assert inbox.copy_button.text() == "&Copy abzal's text"
    assert "by abzal" in inbox.heading.text()
    inbox.copy_button.click()  # one field: the text alone, ready to paste
    assert QGuiApplication.clipboard().text() == "Minister of Migration"
    inbox.close()


def test_a_failing_sync_is_not_shown_as_online(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    """The server answers but every sync fails (here its certificate is not the one the
    Secretariat's CA file vouches for): the status bar says so, not "Online"."""
    import trustme

    from liaison.sync import state

    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online"), timeout=WAIT)
    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    window.services.settings.set(state.CA_FILE, str(other_ca))
    sync.sync_now()
    qtbot.waitUntil(lambda: not sync.running and sync.last_error is not None, timeout=WAIT)
    assert window.sync_label.text().startswith("Sync failed")
    assert "did not prove it is the Secretariat" in window.sync_label.toolTip()
    window.services.settings.set(state.CA_FILE, str(Path(server.ca_file).resolve()))
    sync.sync_now()
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Online"), timeout=WAIT)


def test_conflict_values_read_as_the_lists_show_them(qtbot: QtBot, window: MainWindow) -> None:
    """A status is its label, an institution its name, a date in the window's language; the
    value kept for "Use mine" stays what the record stores."""
    from liaison.sync import conflicts

    services = window.services
    ministry = services.institutions.create({"name": "Ministry of Labour of the Kyrgyz Republic"})
    otandastar = services.institutions.create({"name": "Otandastar Qory"})
    action = services.entity("action_items").create({"title": "Send the census questionnaire"})
    with services.store.write() as session:
        conflicts.store_server_conflict(
            session,
            {
                "id": "c0ffee00-0000-4000-8000-000000000002",
                "entity": "action_items",
                "record_id": action["id"],
                "kind": "field",
                "fields": {
                    "status": {"base": "open", "server": "in_progress", "client": "done"},
                    "due_date": {"base": None, "server": "2024-03-05", "client": "2024-04-01"},
                    "assignee_institution_id": {
                        "base": None,
                        "server": ministry["id"],
                        "client": otandastar["id"],
                    },
                },
                "author": "abzal",
                "created_at": "2024-03-05T10:00:00Z",
            },
        )
    assert window.sync is not None
    inbox = ConflictInbox(window.sync, window)
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: len(inbox.conflicts) == 1, timeout=WAIT)

    def shown(name: str) -> list[str]:
        choice = next(c for c in inbox.choices if c.name == name)
        views = [view.toPlainText() for view in choice.findChildren(QPlainTextEdit)]
        return views

    assert shown("status") == ["In progress", "Done"]
    assert shown("due_date") == ["5 Mar 2024", "1 Apr 2024"]
    assert shown("assignee_institution_id") == [
        "Ministry of Labour of the Kyrgyz Republic",
        "Otandastar Qory",
    ]
    choice = next(c for c in inbox.choices if c.name == "status")
    choice.client.setChecked(True)
    assert choice.chosen() == (True, "done")  # what is written is the stored key
    inbox.close()


def test_a_mass_delete_asks_once_and_automatic_syncs_wait_for_the_answer(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    services = window.services
    made = services.contacts.create_many([{"name": f"C{n}", "visibility": "shared"} for n in range(30)])
    sync = synced_in(qtbot, window, server)
    colleague = other_officer(tmp_path, server)
    try:
        colleague.sync()
        for record_id in made[:25]:
            colleague.app.contacts.delete(record_id)
        colleague.sync()
    finally:
        colleague.close()
        colleague.app.close()
    sync.mass_delete.disconnect(window.sync_view.confirm_mass_delete)  # the question, unanswered
    asked: list[str] = []
    sync.mass_delete.connect(asked.append)
    sync._period.setInterval(100)  # automatic syncs come thick and fast
    sync.sync_now()
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    qtbot.wait(800)
    assert len(asked) == 1 and sync.awaiting_confirmation and not sync.running
    assert services.contacts.count() == 30
    sync.sync_now(allow_mass_delete=True)  # the officer says yes
    qtbot.waitUntil(lambda: services.contacts.count() == 5, timeout=WAIT)
    assert not sync.awaiting_confirmation


def test_status_reads_asked_for_while_one_waits_are_one_read(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(lambda: sync.status is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.current_page().loads > 0, timeout=WAIT)  # the Today view's reads
    window.tasks.drain()
    qtbot.wait(300)  # ... and the recount each of them asks for when the worker goes idle
    reads: list[int] = []
    status = sync.client.status
    monkeypatch.setattr(sync.client, "status", lambda: reads.append(1) or status())
    release = threading.Event()
    sync.run(lambda: release.wait(5), lambda _future: None)  # the thread is busy (a long sync)
    seen: list[int] = []
    for n in range(50):
        sync.refresh(then=lambda _status, n=n: seen.append(n))
    release.set()
    qtbot.waitUntil(lambda: len(seen) == 50, timeout=WAIT)
    assert len(reads) == 1 and seen == list(range(50))


def test_a_restored_server_is_said_once_in_the_log_and_the_status_bar(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    """The Secretariat's database goes back to a backup (issue 12 §3): the next sync sends again
    what it lost, and the officer reads one line saying so, in the window's language."""
    import shutil

    from sqlalchemy.engine import make_url

    from liaison.secretariat import cli as secretariat
    from liaison.sync.restore import notice

    sync = synced_in(qtbot, window, server)
    backup = tmp_path / "backup.sqlite3"
    assert secretariat.main(["--db", server.db_url, "backup", str(backup)]) == 0
    window.services.contacts.create({"name": "Written after the backup", "visibility": "shared"})
    window.sync_now_action.trigger()
    qtbot.waitUntil(
        lambda: not sync.running and sync.status is not None and sync.status.pending == 0, timeout=WAIT
    )
    path = Path(make_url(server.db_url).database or "")
    server.stop()
    server.admin.db.engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    server.start()
    before = len(sync.log)
    window.sync_now_action.trigger()
    qtbot.waitUntil(lambda: not sync.running and len(sync.log) >= before + 2, timeout=WAIT)
    lines = [entry.text for entry in sync.log[before:]]
    assert lines[0] == notice(1) and lines[1].startswith("Synced"), lines
    assert window.statusBar().currentMessage() == notice(1)
    window.sync_now_action.trigger()
    qtbot.waitUntil(lambda: not sync.running and len(sync.log) >= before + 3, timeout=WAIT)
    assert not any("backup" in entry.text for entry in sync.log[before + 2 :]), "said once"
