"""The front door of sync: log in, sync once, log out, and what the status bar shows.

The desktop calls these from a background worker (never the GUI thread): every call blocks on
the network, reports ``progress`` through a callback, stops early when ``cancel()`` says so
(raising :class:`SyncCancelledError`, with everything confirmed so far saved), and fails with a
:class:`SyncError` subclass the window can show as it is. One sync per data folder runs at a
time in a process; a second one fails at once with :class:`SyncBusyError`.
"""

from __future__ import annotations

import platform
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from liaison.errors import KnownError
from liaison.protocol import constants as c
from liaison.protocol.errors import ProtocolError
from liaison.protocol.messages import StatusResponse, decode_login_response, decode_status_response
from liaison.services import changes
from liaison.services.app import Liaison
from liaison.store.base import utcnow
from liaison.sync import conflicts, restore, state
from liaison.sync.credentials import TokenStore, account_name
from liaison.sync.echo import Echo
from liaison.sync.errors import (
    LoginRequiredError,
    NotLoggedInError,
    ServerError,
    ServerRefusedError,
    ServerWentBackError,
    SyncBusyError,
    SyncCancelledError,
    SyncError,
    TrainingRecordError,
)
from liaison.sync.files import Files, download_within_budget, missing
from liaison.sync.home_institution import ensure_institution
from liaison.sync.pending import PendingCounter
from liaison.sync.pull import PullStats, pull
from liaison.sync.push import PushStats, push
from liaison.sync.resolutions import send_resolutions
from liaison.sync.transport import RetryPolicy, Timeouts, Transport, check_url, ssl_context

Progress = Callable[["SyncProgress"], None]
Cancel = Callable[[], bool]

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock(app: Liaison) -> threading.Lock:
    key = str(Path(app.store.path).resolve())
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


@dataclass(frozen=True)
class SyncProgress:
    """``phase`` is ``push`` or ``pull``; ``done`` changes sent or records received so far, of
    ``total`` when it is known (the outbox's size; a pull's size is not known ahead)."""

    phase: str
    done: int
    total: int | None


@dataclass(frozen=True)
class SyncSummary:
    """What one sync did. Counts are of records (changes for ``pushed``)."""

    pushed: int
    """Local changes the server confirmed (applied, merged, in conflict or rejected)."""
    merged: int
    """Of those, merged with someone else's changes to the same record."""
    pulled: int
    """Records received and written here."""
    deleted: int
    """Records deleted here because they were deleted on the server (or left this officer's sight)."""
    conflicts: int
    """Conflicts new to this machine (from the server or its own rejected changes)."""
    rejected: int
    """Local changes the server refused (kept in the conflict inbox)."""
    open_conflicts: int
    pending: int
    """Changes still waiting here (private records' changes, edits made during the sync)."""
    held_private: int
    """Changes of private records, kept here and never sent."""
    requests: int
    """HTTP requests sent (retries included): a sync with nothing to do costs one."""
    duration: float
    """Seconds."""
    server_seq: int
    cursor: int
    finished_at: datetime
    restored: bool = False
    """The server's database had gone back to a backup; this sync repaired it from here
    (``liaison.sync.restore``): the officer is told once."""
    resent: int = 0
    """Records whose changes, lost by the restored server, this computer sent again."""
    downloaded: int = 0
    """Attached files downloaded in the background (within the officer's budget)."""
    files_waiting: int = 0
    """Attached files not downloaded (over the budget, or failed): they download when opened."""
    files_held: int = 0
    """Attached files not sent: their bytes are missing from this data folder or were damaged
    on the way (their rows stay in the outbox; the next sync tries again)."""
    files_problems: tuple[str, ...] = ()
    """What went wrong with files, one translated sentence each: why each held file was not sent
    (naming it, with what to do), or why the background download stopped (a full data folder)."""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["finished_at"] = self.finished_at.isoformat(timespec="seconds")
        return data


@dataclass(frozen=True)
class LoginResult:
    user: str
    institution: dict[str, Any]
    device_id: str
    token_in_keyring: bool
    """False: no usable keyring; the token lives in this process only (log in again next time)."""


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows; reads the local database only (no network, and the keyring
    at most once per sign-in: see :meth:`SyncClient.status`)."""

    connected: bool
    """Logged in (the server gave this folder a device) and not logged out since."""
    server_url: str | None
    username: str | None
    institution: dict[str, Any] | None
    last_sync: str | None
    pending: int
    """Changes the next sync sends (private records' changes are not among them)."""
    open_conflicts: int
    token_available: bool
    """The device token is here and the server has not refused it: sync can run. False while
    connected means the officer must sign in again (the token was removed or revoked)."""
    private_pending: int = 0
    """Changes of private records, kept on this computer and never sent."""
    ca_file: str | None = None
    """The CA file the last login used (the sign-in dialog offers it again)."""


@dataclass
class Run:
    """One sync in progress: the app, the transport, the token, progress and cancel."""

    app: Liaison
    transport: Transport
    token: str
    username: str
    on_progress: Progress | None
    cancel: Cancel | None
    epoch: str | None = None
    """The server epoch this folder synced with, sent with pushes and pulls."""
    _files: Files | None = None
    held_files: set[str] = field(default_factory=set)
    """Attachments whose bytes could not be sent in this sync (not tried again in it)."""
    echo: Echo = field(default_factory=Echo)
    """This sync's id for its pushes, and whether its pull may leave out what they were told."""

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        headers: dict[str, str] = {}
        if self.epoch is not None and path in (c.PUSH_PATH, c.CHANGES_PATH):
            headers[c.EPOCH_HEADER] = self.epoch
        if path == c.PUSH_PATH:
            headers.update(self.echo.headers())
        if headers:
            kwargs["headers"] = headers
        return self.transport.call(method, path, token=self.token, **kwargs)

    def files(self) -> Files:
        """Attached files' bytes through this run's connection."""
        if self._files is None:
            self._files = Files(self.app, self.transport, self.token)
        return self._files

    def file_problems(self) -> list[KnownError]:
        """Why files were held back in this run (none when no file was sent)."""
        return list(self._files.problems) if self._files is not None else []

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise SyncCancelledError()

    def progress(self, phase: str, done: int, total: int | None) -> None:
        if self.on_progress is not None:
            self.on_progress(SyncProgress(phase, done, total))


class SyncClient:
    """Sync for one open data folder.

    ``tokens`` is where device tokens live (the OS keyring by default); ``retry``, ``sleep``,
    ``random``, ``timeouts`` and ``on_request`` go to the transport (tests make waits instant
    and count requests).
    """

    def __init__(
        self,
        app: Liaison,
        *,
        tokens: TokenStore | None = None,
        retry: RetryPolicy | None = None,
        timeouts: Timeouts | None = None,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] | None = None,
        on_request: Callable[[Any], None] | None = None,
    ) -> None:
        self.app = app
        self.tokens = tokens or TokenStore()
        self._transport_options: dict[str, Any] = {
            "retry": retry,
            "timeouts": timeouts,
            "sleep": sleep,
            "on_request": on_request,
        }
        if random is not None:
            self._transport_options["random"] = random
        self._kept: tuple[tuple[str, str | None, dict[str, Any]], Transport] | None = None
        # The device token as last read or set, by (server, user, device): the status bar asks
        # after every save, and a keyring can be slow or ask the officer to unlock it.
        self._token_lock = threading.Lock()
        self._pending = PendingCounter()
        self._token: tuple[tuple[str, str, str], str | None] | None = None
        self._refused: tuple[str, str, str] | None = None

    # -- connection ------------------------------------------------------------------------------
    def _transport(self, url: str, ca_file: str | None, cancel: Cancel | None = None) -> Transport:
        return Transport(url, ca_file=ca_file, cancel=cancel, **self._transport_options)

    def _kept_transport(self, url: str, ca_file: str | None, cancel: Cancel | None) -> Transport:
        """The transport of the previous sync when it goes to the same server the same way:
        its connection may still be open (no new TLS handshake, and no reloading of the
        system's certificate store, ~20 ms on Linux), which a desktop syncing shortly after
        edits gains every time."""
        key = (url, ca_file, dict(self._transport_options))
        if self._kept is not None and self._kept[0] != key:
            self._kept[1].close()
            self._kept = None
        if self._kept is None:
            self._kept = (key, self._transport(url, ca_file))
        transport = self._kept[1]
        transport.cancel = cancel
        return transport

    def close(self) -> None:
        """Close the connection kept between syncs (a later sync opens a new one)."""
        if self._kept is not None:
            self._kept[1].close()
            self._kept = None

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _account(self, connection: state.Connection) -> str:
        return account_name(connection.server_url, connection.username, self.app.settings.device_id())

    @staticmethod
    def _token_key(connection: state.Connection) -> tuple[str, str, str] | None:
        """Which sign-in a token belongs to: the server's device id changes with every login,
        so a login or logout by another process on this folder (the command line) is noticed
        from the settings alone."""
        if connection.device_id is None:
            return None
        return (connection.server_url, connection.username, connection.device_id)

    def _device_token(self, connection: state.Connection) -> str | None:
        """The token of the current sign-in: from memory, else read once from the keyring."""
        key = self._token_key(connection)
        if key is None:
            return None
        with self._token_lock:
            if self._token is not None and self._token[0] == key:
                return self._token[1]
        token = self.tokens.get(self._account(connection))
        with self._token_lock:
            self._token = (key, token)
        return token

    def _remember_token(self, connection: state.Connection | None, token: str | None) -> None:
        key = self._token_key(connection) if connection is not None else None
        with self._token_lock:
            self._token = (key, token) if key is not None else None
            self._refused = None

    def login(
        self,
        server_url: str,
        username: str,
        password: str,
        *,
        ca_file: str | None = None,
        device_name: str | None = None,
    ) -> LoginResult:
        """Log in once: the server gives this data folder a device token, which goes to the
        keyring (the password is not kept anywhere). Remembers the server, the user and the CA
        file; a different server or user than before starts pulling from the beginning."""
        self._refuse_training()
        url = check_url(server_url)
        ca_path = str(Path(ca_file).expanduser().resolve()) if ca_file else None
        ssl_context(ca_path)  # a wrong CA file fails here, before the password is sent
        name = device_name or f"{platform.node() or 'Liaison'} ({self.app.data_dir.name})"
        with self._transport(url, ca_path) as transport:
            answer = transport.call(
                "POST",
                c.LOGIN_PATH,
                body={"username": username, "password": password, "device_name": name[:200]},
                login=True,
            )
        try:
            login = decode_login_response(answer)
        except ProtocolError as error:
            raise ServerError(status="login", message=f"{error.field}: {error.reason}") from error
        previous = state.connection(self.app)
        with self.app.store.write() as session:
            settings = self.app.settings
            if previous is None or (previous.server_url, previous.username) != (url, login["user"]):
                settings.set_in(session, state.CURSOR, 0)
                settings.set_in(session, state.EPOCH, None)
                settings.set_in(session, state.RECOVERY, None)
                restore.forget_journal(session)
            settings.set_in(session, state.SERVER_URL, url)
            settings.set_in(session, state.USERNAME, login["user"])
            settings.set_in(session, state.CA_FILE, ca_path)
            settings.set_in(session, state.DEVICE, login["device_id"])
            settings.set_in(session, state.INSTITUTION, dict(login["institution"]))
        connection = state.connection(self.app)
        assert connection is not None
        saved = self.tokens.set(self._account(connection), login["token"])
        self._remember_token(connection, login["token"])
        return LoginResult(
            user=login["user"],
            institution=dict(login["institution"]),
            device_id=login["device_id"],
            token_in_keyring=saved,
        )

    def logout(self) -> bool:
        """Revoke this device's token on the server (when it can be reached) and forget it here;
        returns whether the server was told. The server, user and cursor stay remembered."""
        connection = state.connection(self.app)
        if connection is None:
            return False
        account = self._account(connection)
        token = self._device_token(connection)
        told = False
        if token is not None:
            try:
                with self._transport(connection.server_url, connection.ca_file) as transport:
                    transport.call("POST", c.LOGOUT_PATH, token=token)
                told = True
            except LoginRequiredError:
                told = True  # already revoked
            except SyncError:
                told = False
        self._remember_token(None, None)
        self.tokens.delete(account)
        self.app.settings.set(state.DEVICE, None)
        self.close()
        return told

    def _refuse_training(self) -> None:
        """The sample never reaches the Secretariat: a training record neither logs in nor syncs."""
        if self.app.settings.is_training():
            raise TrainingRecordError()

    # -- status ---------------------------------------------------------------------------------
    def status(self) -> SyncStatus:
        """The status bar's figures, from the database (one read transaction). The keyring is
        read once per sign-in, then the token is kept in memory with this client (login and
        logout replace it, a refusal by the server marks it): a token removed from the keyring
        while this client runs is noticed by the next client (the next start)."""
        with self.app.store.read() as session:
            connection = state.connection_in(self.app, session)
            outbox = self._pending.count_in(session)
            open_conflicts = conflicts.open_count_in(session, *_officer(connection))
            last = self.app.settings.get_in(session, state.LAST_SYNC)
        key = self._token_key(connection) if connection is not None else None
        token = self._device_token(connection) if connection is not None and key is not None else None
        with self._token_lock:
            refused = key is not None and self._refused == key
        return SyncStatus(
            connected=key is not None,
            server_url=connection.server_url if connection else None,
            username=connection.username if connection else None,
            institution=connection.institution if connection else None,
            last_sync=str(last) if last else None,
            pending=outbox.to_send,
            open_conflicts=open_conflicts,
            token_available=token is not None and not refused,
            private_pending=outbox.private,
            ca_file=connection.ca_file if connection else None,
        )

    # -- sync -----------------------------------------------------------------------------------
    def sync(
        self,
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        allow_mass_delete: bool = False,
    ) -> SyncSummary:
        """Push the outbox, tell the server of resolved conflicts, pull what is new.

        Raises a :class:`SyncError` subclass; whatever was confirmed before the failure stays
        saved (outbox entries cleared, pages applied, cursor moved), the rest is kept."""
        self._refuse_training()
        lock = _lock(self.app)
        if not lock.acquire(blocking=False):
            raise SyncBusyError()
        try:
            return self._sync(progress, cancel, allow_mass_delete)
        finally:
            self._pending.forget()  # the outbox changed: the next count splits it afresh
            lock.release()

    def _sync(self, progress: Progress | None, cancel: Cancel | None, allow_mass_delete: bool) -> SyncSummary:
        started = time.perf_counter()
        connection = state.connection(self.app)
        if connection is None:
            raise NotLoggedInError()
        token = self._device_token(connection)
        if token is None or connection.device_id is None:
            raise LoginRequiredError(url=connection.server_url, reason="no saved sign-in on this computer")
        key = self._token_key(connection)
        transport = self._kept_transport(connection.server_url, connection.ca_file, cancel)
        sent_before = transport.requests
        run = Run(self.app, transport, token, connection.username, progress, cancel)
        run.epoch = self.app.settings.get(state.EPOCH) or None
        try:
            try:
                pushed, pulled = self._exchange(run, connection, allow_mass_delete)
            except (ServerRefusedError, ServerWentBackError) as error:
                if isinstance(error, ServerRefusedError) and error.code != c.SERVER_RESTORED:
                    raise
                self._repair(run)
                pushed, pulled = self._exchange(run, connection, allow_mass_delete)
            report = restore.take_report(self.app)
            downloaded, waiting = self._download_files(run)
        except LoginRequiredError:
            with self._token_lock:
                self._refused = key  # revoked: the status says so until the next login
            self.close()
            raise
        except BaseException:
            self.close()  # a failed sync starts the next one on a fresh connection
            raise
        with self._token_lock:
            if self._refused == key:
                self._refused = None  # accepted again (the refusal was passing)
        requests = transport.requests - sent_before
        finished = utcnow()
        with self.app.store.write() as session:
            self.app.settings.set_in(session, state.LAST_SYNC, finished.isoformat(timespec="seconds"))
        with self.app.store.read() as session:
            pending = changes.pending_count(session)
            open_conflicts = conflicts.open_count_in(
                session, *_officer(state.connection_in(self.app, session))
            )
        applied = pulled.applied
        assert applied is not None
        return SyncSummary(
            pushed=pushed.pushed,
            merged=pushed.merged,
            pulled=applied.written,
            deleted=applied.deleted + applied.cascaded,
            conflicts=pushed.new_conflicts + pulled.new_conflicts,
            rejected=pushed.rejected,
            open_conflicts=open_conflicts,
            pending=pending,
            held_private=pushed.held_private,
            requests=requests,
            duration=time.perf_counter() - started,
            server_seq=max(pushed.server_seq, pulled.server_seq),
            cursor=pulled.cursor,
            finished_at=finished,
            restored=report is not None,
            resent=report.resent if report is not None else 0,
            downloaded=downloaded,
            files_waiting=waiting,
            files_held=pushed.files_held,
            files_problems=tuple(error.message() for error in run.file_problems()),
        )

    def _exchange(
        self, run: Run, connection: state.Connection, allow_mass_delete: bool
    ) -> tuple[PushStats, PullStats]:
        """Push, tell the server of resolved conflicts, pull."""
        pushed = push(run)
        send_resolutions(run)
        pulled = pull(run, allow_mass_delete=allow_mass_delete)
        if ensure_institution(self.app, connection):
            pushed.add(push(run))
        return pushed, pulled

    def _status(self, run: Run) -> StatusResponse:
        answer = run.call("GET", c.STATUS_PATH)
        try:
            return decode_status_response(answer)
        except ProtocolError as error:
            raise ServerError(status="status", message=f"{error.field}: {error.reason}") from error

    def _repair(self, run: Run, status: StatusResponse | None = None) -> None:
        """The server went back to a backup: queue again what it lost, read it again from 0
        (``liaison.sync.restore``). Its epoch says where the backup's timeline began; a restore
        nobody declared (the epoch is the one kept here) began at most at its sequence number."""
        run.echo.restart()  # revisions go back here: what this sync was told is read again
        status = status or self._status(run)
        epoch = status.get("epoch")
        since = status["server_seq"]
        if epoch is not None and epoch != run.epoch:
            since = min(since, status.get("epoch_seq", since))
        with self.app.store.write(foreign_keys=False) as session:
            restore.repair(self.app, session, since=since, epoch=epoch, server_seq=status["server_seq"])
        run.epoch = epoch

    @staticmethod
    def _download_files(run: Run) -> tuple[int, int]:
        """The background download after a pull, within the officer's budget. A failure here
        (offline again, a file not uploaded yet) fails no sync: the files wait (counted)."""
        try:
            return download_within_budget(run.files())
        except SyncCancelledError:
            raise
        except SyncError:
            return 0, len(missing(run.app))

    # -- conflicts -------------------------------------------------------------------------------
    def conflicts(self, *, include_resolved: bool = False) -> list[conflicts.ConflictView]:
        return conflicts.list_conflicts(self.app, include_resolved=include_resolved)

    def resolve_conflict(self, conflict_id: str) -> bool:
        """Mark a conflict resolved (told to the server at the next sync); ``False`` if there is
        no open one of that id. Raises :class:`ConflictNotYoursError` for one only its author
        and officers of the record's institution may resolve."""
        username, institution_id = _officer(state.connection(self.app))
        return conflicts.resolve(self.app, conflict_id, username=username, institution_id=institution_id)

    def check_resolvable(self, conflict_id: str) -> None:
        """Raise :class:`ConflictNotYoursError` if this officer may not resolve the conflict
        (before the inbox writes the officer's choice as an edit)."""
        username, institution_id = _officer(state.connection(self.app))
        with self.app.store.read() as session:
            refused = conflicts.refusal(session, conflict_id, username, institution_id)
        if refused is not None:
            raise refused


def sync_once(
    app: Liaison,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    allow_mass_delete: bool = False,
    tokens: TokenStore | None = None,
) -> SyncSummary:
    """One sync of ``app``'s data folder with the server it is logged in to (see
    :meth:`SyncClient.sync`)."""
    with SyncClient(app, tokens=tokens) as client:
        return client.sync(progress=progress, cancel=cancel, allow_mass_delete=allow_mass_delete)


def _officer(connection: state.Connection | None) -> tuple[str | None, str | None]:
    """Username and institution id of the signed-in officer (``None``s when not signed in)."""
    if connection is None:
        return None, None
    institution = connection.institution or {}
    return connection.username, institution.get("id")
