"""Sync with the Secretariat's server (the client side of ``liaison.protocol``).

Uses the services and the store, never Qt: the desktop runs it on a background worker, the
command line (``liaison login``, ``sync``, ``logout``, ``conflicts``) in the foreground.

For a front end::

    client = SyncClient(app)                     # app: liaison.services.app.Liaison
    client.login(url, username, password, ca_file=None)   # once; the token goes to the keyring
    summary = client.sync(progress=callback, cancel=event.is_set)   # or sync_once(app, ...)
    client.status()                              # status bar: pending, conflicts, last sync
    client.conflicts(); client.resolve_conflict(conflict_id)        # the conflict inbox
    client.logout()

Every failure is a :class:`SyncError` subclass with a message for the officer (offline,
certificate refused, login required, client too old, mass delete, server error, ...). See the
modules: ``push`` and ``pull`` (what one sync does, and why it is safe to interrupt),
``transport`` (TLS, retries), ``credentials`` (the keyring), ``conflicts`` (the inbox),
and ``liaison.services.replica`` (how pulled records are written).
"""

from __future__ import annotations

from liaison.sync.client import (
    LoginResult,
    SyncClient,
    SyncProgress,
    SyncStatus,
    SyncSummary,
    sync_once,
)
from liaison.sync.conflicts import ConflictView
from liaison.sync.credentials import TokenStore
from liaison.sync.errors import (
    BadServerAddressError,
    CaFileError,
    CertificateError,
    ClientTooOldError,
    ConflictNotYoursError,
    InsecureServerError,
    KeyringError,
    LoginRequiredError,
    MassDeleteError,
    NotLoggedInError,
    OfflineError,
    ServerError,
    ServerRefusedError,
    SyncBusyError,
    SyncCancelledError,
    SyncError,
    TrainingRecordError,
    WrongCredentialsError,
)
from liaison.sync.transport import RetryPolicy, Timeouts

__all__ = [
    "BadServerAddressError",
    "CaFileError",
    "CertificateError",
    "ClientTooOldError",
    "ConflictNotYoursError",
    "ConflictView",
    "InsecureServerError",
    "KeyringError",
    "LoginRequiredError",
    "LoginResult",
    "MassDeleteError",
    "NotLoggedInError",
    "OfflineError",
    "RetryPolicy",
    "ServerError",
    "ServerRefusedError",
    "SyncBusyError",
    "SyncCancelledError",
    "SyncClient",
    "SyncError",
    "SyncProgress",
    "SyncStatus",
    "SyncSummary",
    "Timeouts",
    "TokenStore",
    "TrainingRecordError",
    "WrongCredentialsError",
    "sync_once",
]
