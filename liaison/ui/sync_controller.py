"""Sync in the background: at start, shortly after edits, periodically, and on "Sync now".

Sync talks to the network, which can take seconds or time out; it therefore runs on a thread of
its own, never on the GUI thread and never on the database worker (a save typed in meeting mode
must not wait behind a slow server). It writes through its own SQLite transactions, which queue
on the database lock like any other writer. One sync at a time: asking while one runs folds
into one more after it. Results come back to the GUI thread through a queued signal.

The controller holds no widgets: the main window shows its state (online/offline, last sync,
pending changes, open conflicts) and its log, and asks the officer what the controller cannot
decide alone (a pull that would delete many records).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.sync import (
    LoginRequiredError,
    LoginResult,
    MassDeleteError,
    NotLoggedInError,
    OfflineError,
    SyncCancelledError,
    SyncClient,
    SyncProgress,
    SyncStatus,
    SyncSummary,
    files,
)

log = logging.getLogger(__name__)

PERIOD_MS = 5 * 60 * 1000
"""A sync every five minutes while the window is open and signed in."""
AFTER_EDIT_MS = 15 * 1000
"""Edits are pushed this long after the last one (typing minutes does not sync every second)."""
CLOSE_WAIT_S = 3.0
"""How long quitting waits for a cancelled sync to stop (see :meth:`SyncController.close`)."""


class _Worker:
    """One daemon thread running jobs in order. Not a ``ThreadPoolExecutor``: its thread is
    joined when the interpreter exits, so a request stalled on a dead network (the read timeout
    is two minutes) kept the program alive that long after its window closed."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future[Any]] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        self._jobs.put((fn, future))
        return future

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = fn()
            except BaseException as error:  # handed to the future's callback
                future.set_exception(error)
            else:
                future.set_result(result)

    def cancel_queued(self) -> None:
        """Drop the jobs not started yet (their futures are cancelled: nothing runs them)."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is None:
                self._jobs.put(None)
                return
            job[1].cancel()

    def shutdown(self, timeout: float) -> bool:
        """Run what is queued, then stop; False if that took longer than ``timeout``."""
        self._jobs.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()


@dataclass(frozen=True)
class LogEntry:
    """One line of the sync log."""

    at: datetime
    ok: bool
    text: str


class _Relay(QObject):
    """Carries a finished future's callback to the GUI thread."""

    done = Signal(object)


class SyncController(QObject):
    """Runs :class:`liaison.sync.SyncClient` on its own thread and reports on the GUI thread."""

    changed = Signal()
    """The state the status bar shows changed (online, running, status, last error)."""

    logged = Signal(object)
    """A :class:`LogEntry` was added to :attr:`log`."""

    mass_delete = Signal(str)
    """A pull would delete many records here; the text explains. Call
    :meth:`sync_now` with ``allow_mass_delete=True`` if the officer agrees."""

    synced = Signal(object)
    """A sync finished (a :class:`liaison.sync.SyncSummary`): lists may have new rows."""

    def __init__(
        self,
        services: Liaison,
        parent: QObject | None = None,
        *,
        client: SyncClient | None = None,
        period_ms: int = PERIOD_MS,
        after_edit_ms: int = AFTER_EDIT_MS,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._cancel = threading.Event()
        # the retry back-off sleeps on the cancel flag: quitting does not wait out a back-off
        self.client = client or SyncClient(
            services, sleep=lambda seconds: self._cancel.wait(seconds) and None
        )
        if services.attachments.downloader is None:  # Open / Save a copy of a file not here yet
            services.attachments.downloader = files.downloader(services, self.client.tokens)
        self.status: SyncStatus | None = None
        self.online: bool | None = None
        """True after a sync reached the server, False after it could not; None: not tried."""
        self.running = False
        self.progress: SyncProgress | None = None
        """How far the running sync is (changes sent, records received); None before it reports."""
        self.last_error: str | None = None
        self.log: list[LogEntry] = []
        self.memory_only = False
        """The last sign-in went to this process's memory (no usable keyring): it ends with it."""
        self._again = False
        self._again_allow = False
        self._again_automatic = False
        """An automatic sync came due during a run: it follows the run unless the run asked the
        officer about a mass delete (else every period during a slow run asked again)."""
        self._closed = False
        self._executor = _Worker("liaison-sync")
        self._relay = _Relay(self)
        self._relay.done.connect(lambda call: call(), Qt.ConnectionType.QueuedConnection)
        self._period = QTimer(self)
        self._period.setInterval(period_ms)
        self._period.timeout.connect(self._periodic)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(after_edit_ms)
        self._soon.timeout.connect(self._automatic)
        self.awaiting_confirmation = False
        """A pull would delete many records and the officer has not answered: automatic syncs
        wait (each would fail again and ask again), an explicit "Sync now" asks again."""
        self._refresh_lock = threading.Lock()
        self._refresh_queued = False
        self._thens: list[Callable[[SyncStatus], None]] = []

    # -- the thread ----------------------------------------------------------------------------
    def _submit(self, fn: Callable[[], Any], done: Callable[[Future[Any]], None]) -> None:
        if self._closed:
            return
        future = self._executor.submit(fn)
        relay = self._relay

        def finished(result: Future[Any]) -> None:
            with contextlib.suppress(RuntimeError):  # the relay is gone: the window closed meanwhile
                relay.done.emit(lambda: None if self._closed else done(result))

        future.add_done_callback(finished)

    # -- state ---------------------------------------------------------------------------------
    @property
    def signed_in(self) -> bool:
        """Logged in, with a device token the server has not refused: a sync can run."""
        return self.status is not None and self.status.connected and self.status.token_available

    @property
    def sign_in_lost(self) -> bool:
        """Logged in once, but the token is gone (removed, or kept in memory by an earlier
        run) or the server refused it: the officer must sign in again."""
        return self.status is not None and self.status.connected and not self.status.token_available

    def start(self) -> None:
        """Read the local state; if signed in, sync now and every period after."""

        def first(status: SyncStatus) -> None:
            if status.connected and status.token_available:
                self._automatic()

        self.refresh(then=first)
        self._period.start()

    def refresh(self, then: Callable[[SyncStatus], None] | None = None) -> None:
        """Re-read pending changes, conflicts and the last sync (local database only). Asked
        again while a read waits its turn (the worker goes idle after every save; a sync may
        be running), it is that one read: ``then`` runs with its result, which is read after
        the asking."""
        with self._refresh_lock:
            if then is not None:
                self._thens.append(then)
            if self._refresh_queued:
                return
            self._refresh_queued = True

        def read() -> tuple[SyncStatus, list[Callable[[SyncStatus], None]]]:  # on the sync thread
            with self._refresh_lock:
                self._refresh_queued = False
                thens, self._thens = self._thens, []
            return self.client.status(), thens

        def done(future: Future[tuple[SyncStatus, list[Callable[[SyncStatus], None]]]]) -> None:
            error = future.exception()
            if error is not None:
                log.warning("Reading the sync status failed: %s", error)
                return
            self.status, thens = future.result()
            self.changed.emit()
            for call in thens:
                call(self.status)

        self._submit(read, done)

    def edited(self) -> None:
        """The database worker went idle (something may have been saved): recount, and if there
        is something to send, push it soon (not at once: the officer may be typing). Reading a
        list leaves nothing to send, so it starts no sync."""

        def then(status: SyncStatus) -> None:
            # ``pending`` leaves out private records' changes, which stay in the outbox for good.
            if status.connected and status.token_available and status.pending > 0:
                self._soon.start()

        self.refresh(then=then)

    # -- sync ----------------------------------------------------------------------------------
    def _periodic(self) -> None:
        """The five-minute sync, when there is a sign-in to sync with (signed out, it would
        only add a failure to the log every five minutes)."""
        if self.signed_in:
            self._automatic()

    def _automatic(self) -> None:
        """A sync nobody asked for (start, after edits, the period): not while a mass delete
        waits for the officer's answer."""
        if self.awaiting_confirmation:
            return
        if self.running:  # after this one, unless it ends by asking about a mass delete
            self._again_automatic = True
            return
        self.sync_now()

    def sync_now(self, *, allow_mass_delete: bool = False) -> None:
        """Sync now (or right after the one running)."""
        self.awaiting_confirmation = False
        if self.running:
            self._again = True
            self._again_allow = self._again_allow or allow_mass_delete
            return
        self._soon.stop()
        self.running = True
        self._cancel.clear()
        self.changed.emit()
        cancel = self._cancel

        relay = self._relay

        def report(progress: SyncProgress) -> None:  # on the sync thread
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                relay.done.emit(lambda: self._progressed(progress))

        def work() -> SyncSummary:
            return self.client.sync(
                progress=report, cancel=cancel.is_set, allow_mass_delete=allow_mass_delete
            )

        self._submit(work, self._finished)

    def _progressed(self, progress: SyncProgress) -> None:
        if self.running and not self._closed:
            self.progress = progress
            self.changed.emit()

    def _finished(self, future: Future[SyncSummary]) -> None:
        self.running = False
        self.progress = None
        error = future.exception()
        if error is None:
            summary = future.result()
            self.online = True
            self.last_error = None
            if summary.restored:  # said once, before the sync's own line
                from liaison.sync.restore import notice

                self._add(True, notice(summary.resent))
            self._add(True, self._describe(summary))
            for problem in summary.files_problems:  # a file held back, named, with what to do
                self._add(False, problem)
            self.synced.emit(summary)
        elif isinstance(error, SyncCancelledError):
            self._add(False, QCoreApplication.translate("Sync", "Sync cancelled."))
        elif isinstance(error, MassDeleteError):
            self.online = True
            self.last_error = error.message()
            self._add(False, error.message())
            self.awaiting_confirmation = True
            self.mass_delete.emit(error.message())
        elif isinstance(error, KnownError):
            if isinstance(error, OfflineError):
                self.online = False
            elif not isinstance(error, (NotLoggedInError, LoginRequiredError)):
                self.online = True  # the server answered, with a refusal
            self.last_error = error.message()
            self._add(False, error.message())
        else:
            self.last_error = _message(error)
            self._add(False, self.last_error)
        self.refresh()
        automatic, self._again_automatic = self._again_automatic, False
        if self._again:
            allow, self._again, self._again_allow = self._again_allow, False, False
            self.sync_now(allow_mass_delete=allow)
        elif automatic and not self.awaiting_confirmation:
            self.sync_now()

    def _describe(self, summary: SyncSummary) -> str:
        """One log line for a finished sync. The counts go through the plural forms of the
        translations (three in Russian): ``self.tr`` with a count is what lupdate reads as one;
        it does not for ``QCoreApplication.translate``."""
        parts = [
            QCoreApplication.translate("Sync", "Synced: %1 sent, %2 received")
            .replace("%1", str(summary.pushed))
            .replace("%2", str(summary.pulled))
        ]
        deleted, merged, conflicts, rejected = (
            summary.deleted,
            summary.merged,
            summary.conflicts,
            summary.rejected,
        )
        if deleted:
            parts.append(self.tr("%n removed", None, deleted))
        if merged:
            parts.append(self.tr("%n merged", None, merged))
        if conflicts:
            parts.append(self.tr("%n new conflict(s)", None, conflicts))
        if rejected:
            parts.append(self.tr("%n refused by the server (kept in the conflicts)", None, rejected))
        return ", ".join(parts) + "."

    def _add(self, ok: bool, text: str) -> None:
        entry = LogEntry(datetime.now(), ok, text)
        self.log.append(entry)
        del self.log[:-500]
        self.logged.emit(entry)
        self.changed.emit()

    # -- signing in and out --------------------------------------------------------------------
    def login(
        self,
        url: str,
        username: str,
        password: str,
        ca_file: str | None,
        done: Callable[[LoginResult | None, BaseException | None], None],
    ) -> None:
        """Sign in on the sync thread; ``done(result, error)`` on the GUI thread. The password
        goes to the server once and is not kept."""

        def finished(future: Future[LoginResult]) -> None:
            error = future.exception()
            if error is None:
                result = future.result()
                self.memory_only = not result.token_in_keyring
                self.last_error = None  # a refused sign-in's message is out of date
                self._add(
                    True,
                    QCoreApplication.translate("Sync", "Signed in to %1 as %2.")
                    .replace("%1", url)
                    .replace("%2", result.user),
                )
                self.refresh()
                self.sync_now()
                done(result, None)
            else:
                done(None, error)

        self._submit(lambda: self.client.login(url, username, password, ca_file=ca_file or None), finished)

    def logout(self) -> None:
        def finished(future: Future[bool]) -> None:
            error = future.exception()
            if error is None and future.result():
                self._add(
                    True,
                    QCoreApplication.translate("Sync", "Signed out; this computer's sign-in was revoked."),
                )
            elif error is None:
                self._add(
                    False,
                    QCoreApplication.translate(
                        "Sync",
                        "Signed out on this computer, but the Secretariat could not be told: its "
                        "sign-in stays valid there until an administrator revokes it.",
                    ),
                )
            else:
                self._add(False, _message(error))
            self.refresh()

        self._submit(self.client.logout, finished)

    # -- conflicts -----------------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], done: Callable[[Future[Any]], None]) -> None:
        """Run ``fn`` on the sync thread (conflict inbox reads and resolutions)."""
        self._submit(fn, done)

    def close(self) -> None:
        """Stop: cancel a sync in progress (what it confirmed stays saved) and wait for it, at
        most :data:`CLOSE_WAIT_S`. A sync cancels between requests and pages; one stalled in a
        request on a dead network is left behind on its daemon thread, which ends with the
        program: its open transaction, if any, is rolled back by SQLite, and the server
        applies a change id once, so the next sync resends what it had claimed."""
        self._closed = True
        self._period.stop()
        self._soon.stop()
        self._cancel.set()
        self._executor.cancel_queued()  # status reads and the like: nobody will see them
        self._executor.submit(self.client.close)  # its kept-alive connection, on its own thread
        if not self._executor.shutdown(CLOSE_WAIT_S):
            log.warning("A sync still waits for the network; it is left to end with the program.")


def _message(error: BaseException) -> str:
    """What the log says of a failure: a known error's own message, else that it is a bug."""
    if isinstance(error, KnownError):
        return error.message()
    log.error("Sync operation failed", exc_info=error)
    return QCoreApplication.translate("Sync", "Sync failed because of a bug; the details are in the log.")
