"""Fixtures for the sync client: a real Secretariat server over HTTPS on loopback (the server
helper's ``tests/secretariat/server.py``), real data folders, the real client.

No keyring backend works on this machine (no Secret Service), so the tests install a small
in-memory backend with ``keyring.set_keyring`` — in the tests only; the product never keeps a
token anywhere but a real keyring or its own memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend

from liaison.services.app import Liaison
from liaison.sync import RetryPolicy, SyncClient, SyncSummary, TokenStore
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer, database_url, running_server


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError(username)
        del self.passwords[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with database_url("sqlite", tmp_path) as url, running_server(url, tmp_path) as running:
        yield running


NO_WAIT = RetryPolicy(attempts=3, base=0.0, cap=0.0)


@dataclass
class Officer:
    """One officer's laptop: a data folder, the app on it, and the sync client."""

    name: str
    app: Liaison
    client: SyncClient
    server: RunningServer
    requests: list[httpx.Request] = field(default_factory=list)

    def login(self, password: str = DEFAULT_PASSWORD) -> None:
        self.client.login(self.server.url, self.name, password, ca_file=str(self.server.ca_file))

    def sync(self, **kwargs: Any) -> SyncSummary:
        return self.client.sync(**kwargs)

    def get(self, entity: str, record_id: str, **kwargs: Any) -> dict[str, Any]:
        return self.app.entity(entity).get(record_id, **kwargs)


Laptop = Callable[..., Officer]


@pytest.fixture
def laptop(tmp_path: Path, server: RunningServer, memory_keyring: MemoryKeyring) -> Iterator[Laptop]:
    """``laptop("aigerim")``: a fresh data folder for that user (created on the server with
    ``institution``, made on first use), logged in unless ``login=False``."""
    opened: list[Liaison] = []
    clients: list[SyncClient] = []
    institutions: dict[str, Any] = {}

    def make(
        name: str,
        institution: str = "Otandastar Qory",
        state: str = "KZ",
        *,
        login: bool = True,
        folder: str | None = None,
        **options: Any,
    ) -> Officer:
        if institution not in institutions:
            institutions[institution] = server.admin.add_institution(institution, state)
        if folder is None:
            server.admin.add_user(name, institution)
        app = Liaison.open(tmp_path / (folder or f"laptop-{name}"))
        opened.append(app)
        requests: list[httpx.Request] = []
        options.setdefault("retry", NO_WAIT)
        client = SyncClient(app, tokens=TokenStore(), on_request=requests.append, **options)
        clients.append(client)
        officer = Officer(name, app, client, server, requests)
        if login:
            officer.login()
        return officer

    yield make
    for client in clients:
        client.close()
    for app in opened:
        app.close()
