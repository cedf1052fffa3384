"""Where the device token lives: the operating system's keyring, or this process's memory.

Only the device token is kept, never the password: the server can revoke a token (a lost
laptop) without the officer changing the password, and the token is worthless elsewhere. With no
usable keyring backend (a minimal Linux desktop without a Secret Service, a headless server)
the token is kept in memory for the life of the process, and :attr:`TokenStore.persistent`
says so, so that the front end can tell the officer they will log in again next time. It is
never written to a file in the clear.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from liaison.sync.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "Liaison Secretariat sync"

_MEMORY: dict[str, str] = {}
_MEMORY_LOCK = threading.Lock()


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    chained = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if chained is not None:
        return any(_usable(inner) for inner in chained)
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend whose priority check fails is not usable here
        return False


class TokenStore:
    """Device tokens by account (one per server, user and data folder)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def persistent(self) -> bool:
        """Whether tokens survive this process (a real keyring backend is there)."""
        return _usable(self.backend)

    def get(self, account: str) -> str | None:
        with _MEMORY_LOCK:
            remembered = _MEMORY.get(account)
        if remembered is not None or not self.persistent:
            return remembered
        try:
            return self.backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError as error:
            log.warning("Could not read the device token from the keyring: %s", error)
            return None

    def set(self, account: str, token: str) -> bool:
        """Keep ``token``; returns whether it went to the keyring (else it is in memory only)."""
        if self.persistent:
            try:
                self.backend.set_password(SERVICE, account, token)
            except keyring.errors.KeyringError as error:
                log.warning(
                    "Could not store the device token in the keyring (%s); keeping it in memory", error
                )
            else:
                with _MEMORY_LOCK:
                    _MEMORY.pop(account, None)
                return True
        with _MEMORY_LOCK:
            _MEMORY[account] = token
        return False

    def delete(self, account: str) -> None:
        with _MEMORY_LOCK:
            _MEMORY.pop(account, None)
        if not self.persistent:
            return
        try:
            self.backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was stored
        except keyring.errors.KeyringError as error:
            raise KeyringError(reason=str(error)) from error


def account_name(server_url: str, username: str, device: str) -> str:
    """The keyring account: one token per server, user and data folder (its device id)."""
    return f"{username}@{server_url}#{device}"
