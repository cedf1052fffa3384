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
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore
from liaison.ui.main_window import MainWindow
from liaison.ui.sync_controller import CLOSE_WAIT_S
from liaison.ui.sync_dialogs import ConflictInbox, LoginDialog
from liaison.ui.tasks import TaskManager
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer, database_url, running_server
from tests.sync.conftest import MemoryKeyring

WAIT = 30000


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with database_url("sqlite", tmp_path) as url, running_server(url, tmp_path) as running:
            running.admin.add_institution("Otandastar Qory", "KZ")
            for name in ("aigerim", "abzal"):
                running.admin.add_user(name, "Otandastar Qory")
            yield running
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot: QtBot, app: Liaison, tasks: TaskManager) -> Iterator[MainWindow]:
    main = MainWindow(app, tasks)
    qtbot.addWidget(main)
    main.show()
    yield main
    assert main.close()


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


def test_a_conflict_shows_in_the_status_bar_and_is_resolved_in_the_inbox(
    qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path
) -> None:
    services = window.services
    contact = services.contacts.create(
        {"name": "Гүлнара Батырова", "position": "Minister", "visibility": "shared"}
    )
    sign_in(qtbot, window, server)
    sync = window.sync
    assert sync is not None
    qtbot.waitUntil(
        lambda: not sync.running and sync.status is not None and sync.status.pending == 0, timeout=WAIT
    )

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
