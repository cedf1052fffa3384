"""Logging in keeps a revocable device token in the keyring and never the password; without a
keyring the token lives in memory only (and the caller is told); logging out revokes it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from liaison.services.app import Liaison
from liaison.sync import (
    LoginRequiredError,
    NotLoggedInError,
    SyncClient,
    TokenStore,
    WrongCredentialsError,
    credentials,
    state,
)
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer
from tests.sync.conftest import NO_WAIT, Laptop, MemoryKeyring


def test_login_keeps_the_token_in_the_keyring_and_the_settings_but_never_the_password(
    laptop: Laptop, memory_keyring: MemoryKeyring, server: RunningServer
) -> None:
    aigerim = laptop("aigerim", login=False)
    result = aigerim.client.login(server.url + "/", "aigerim", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
    assert result.token_in_keyring and result.user == "aigerim"
    assert result.institution["name"] == "Otandastar Qory" and result.institution["state"] == "KZ"
    ((service, _account), token), *rest = memory_keyring.passwords.items()
    assert rest == [] and service == credentials.SERVICE and len(token) >= 32
    connection = state.connection(aigerim.app)
    assert connection is not None
    assert (connection.server_url, connection.username) == (server.url, "aigerim")
    assert connection.ca_file == str(server.ca_file.resolve())
    aigerim.sync()
    aigerim.app.close()
    for path in (aigerim.app.data_dir).rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert DEFAULT_PASSWORD.encode() not in data, path
            assert token.encode() not in data, path  # the token is in the keyring only


def test_without_a_keyring_the_token_lives_in_memory_only(
    tmp_path: Path, server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(credentials, "_MEMORY", {})
    try:
        server.admin.add_institution("Otandastar Qory", "KZ")
        server.admin.add_user("aigerim", "Otandastar Qory")
        with Liaison.open(tmp_path / "laptop") as app, SyncClient(app, retry=NO_WAIT) as client:
            assert not client.tokens.persistent
            result = client.login(server.url, "aigerim", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
            assert not result.token_in_keyring
            assert client.sync().pending == 0  # works for this process
            assert client.status().token_available
        credentials._MEMORY.clear()  # a new process: a new client, and the token is gone
        with Liaison.open(tmp_path / "laptop") as app, SyncClient(app, retry=NO_WAIT) as client:
            status = client.status()
            assert status.connected and not status.token_available
            with pytest.raises(LoginRequiredError, match="log in again"):
                client.sync()
        assert not any((tmp_path / "laptop").glob("*token*"))
    finally:
        keyring.set_keyring(previous)


def test_wrong_password_revoked_user_and_logout(laptop: Laptop, server: RunningServer) -> None:
    aigerim = laptop("aigerim", login=False)
    with pytest.raises(NotLoggedInError):
        aigerim.sync()
    with pytest.raises(WrongCredentialsError):
        aigerim.client.login(server.url, "aigerim", "not the password", ca_file=str(server.ca_file))
    aigerim.login()
    aigerim.app.contacts.create({"name": "Kept while signed out", "visibility": "shared"})
    assert aigerim.client.logout() is True
    with pytest.raises(LoginRequiredError):
        aigerim.sync()
    assert aigerim.app.pending_changes() == 1  # nothing lost
    aigerim.login()
    assert aigerim.sync().pushed >= 1

    server.admin.revoke("aigerim")
    with pytest.raises(LoginRequiredError) as caught:
        aigerim.sync()
    assert server.url in caught.value.message()
    with pytest.raises(WrongCredentialsError):
        aigerim.login()


def test_a_new_server_or_user_starts_from_the_beginning(laptop: Laptop, server: RunningServer) -> None:
    aigerim = laptop("aigerim")
    nurlan = laptop("nurlan", login=False)
    aigerim.app.contacts.create({"name": "One", "visibility": "shared"})
    aigerim.sync()
    assert aigerim.app.settings.get(state.CURSOR) > 0
    aigerim.client.login(server.url, "nurlan", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
    assert aigerim.app.settings.get(state.CURSOR) == 0
    assert nurlan.name == "nurlan"
    status = aigerim.client.status()
    assert status.connected and status.username == "nurlan" and status.pending == 0


class CountingBackend(MemoryKeyring):
    """Counts reads: a real keyring can be slow, or ask the officer to unlock it."""

    reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return super().get_password(service, username)


def test_the_status_reads_the_keyring_once_per_sign_in(
    tmp_path: Path, server: RunningServer, memory_keyring: MemoryKeyring
) -> None:
    backend = CountingBackend()
    server.admin.add_institution("Otandastar Qory", "KZ")
    server.admin.add_user("aigerim", "Otandastar Qory")
    folder = tmp_path / "laptop"
    with Liaison.open(folder) as app:
        with SyncClient(app, tokens=TokenStore(backend), retry=NO_WAIT) as client:
            client.login(server.url, "aigerim", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
            for _ in range(5):
                assert client.status().token_available
            client.sync()
            assert backend.reads == 0  # the token login received is kept in memory

        # The next start reads the keyring once, then never again.
        with SyncClient(app, tokens=TokenStore(backend), retry=NO_WAIT) as client:
            for _ in range(5):
                status = client.status()
                assert status.connected and status.token_available
            client.sync()
            assert backend.reads == 1

            # The command line logs out and in again on this folder: the new sign-in is noticed
            # from the settings (a new device id), and read once more.
            with SyncClient(app, tokens=TokenStore(backend), retry=NO_WAIT) as other:
                assert other.logout() is True
                assert not client.status().connected
                other.login(server.url, "aigerim", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
            reads = backend.reads
            assert client.status().token_available
            client.sync()
            assert backend.reads == reads + 1

            # The Secretariat revokes the sign-in: the status says so until the next login.
            server.admin.revoke("aigerim")
            with pytest.raises(LoginRequiredError):
                client.sync()
            status = client.status()
            assert status.connected and not status.token_available
            server.admin.add_user("aigerim2", "Otandastar Qory")
            client.login(server.url, "aigerim2", DEFAULT_PASSWORD, ca_file=str(server.ca_file))
            assert client.status().token_available
            client.logout()
            status = client.status()
            assert not status.connected and not status.token_available
