"""Continuous saving for text typed during a meeting: no Save button, at most a second lost.

An :class:`Autosaver` is told which field changed (``changed(key, getter)``), not what it now
says: the text is read from the editor only when a save is due, so a keystroke costs nothing.
A save is due

- 300 ms after the last keystroke (the officer paused), and
- at the latest 1 s after the first keystroke not yet saved (the officer types on and on),

so a crash or a power cut loses at most about a second of typing plus the time of one commit
(``synchronous=FULL``: when the worker reports success the text is on the disk).

Saves go through the one database worker (:class:`~liaison.ui.tasks.TaskManager`), which keeps
them in order. Values wait in a queue shared with the worker until the save job *starts*: a
later value for a field whose save is queued but not started replaces the queued value instead
of queueing another job (coalescing). A failed save (the database locked by another program, a
full disk) loses nothing: the text stays in the editor, the field is marked unsaved again, and
the save is retried on the next keystroke or after a short back-off, whichever comes first.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Hashable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison.errors import KnownError
from liaison.ui.tasks import TaskManager

log = logging.getLogger(__name__)

Key = Hashable
Writer = Callable[[Mapping[Key, Any]], Any]

DEBOUNCE_MS = 300
MAX_LATENCY_MS = 1000
RETRY_FIRST_MS = 1000
RETRY_MAX_MS = 15000

IDLE = "idle"
PENDING = "pending"
SAVING = "saving"
SAVED = "saved"
FAILED = "failed"


@dataclass
class _Outcome:
    batch: dict[Key, Any]
    result: Any = None
    error: BaseException | None = None


class Autosaver(QObject):
    """Debounced, latency-bounded, coalescing saves of changing values through the worker.

    ``writer(values)`` runs on the worker thread with ``{key: value}`` for every field due,
    and must write them in one transaction (or raise, writing nothing). Its return value is
    handed to :attr:`saved` on the GUI thread. ``describe(error)`` words a failure for the
    officer (by default a known error's message).
    """

    state_changed = Signal(str, str)
    """(state, message): ``idle`` (nothing typed yet), ``pending`` (typed, save not yet due),
    ``saving``, ``saved``, or ``failed`` with the error's message for the officer."""

    saved = Signal(object)
    """A save reached the disk; the argument is what the writer returned (GUI thread)."""

    def __init__(
        self,
        tasks: TaskManager,
        writer: Writer,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_latency_ms: int = MAX_LATENCY_MS,
        describe: Callable[[BaseException], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.writer = writer
        self._describe = describe
        self._getters: dict[Key, Callable[[], Any]] = {}
        self._dirty: set[Key] = set()
        self._lock = threading.Lock()
        self._queued: dict[Key, Any] = {}  # shared with the worker: values of the next job
        self._job_queued = False
        self._in_flight = 0
        self._error: str | None = None
        self.last_error: BaseException | None = None
        """The last failed save's exception, until a save succeeds again (a full disk, a lock)."""
        self._state = IDLE
        self._retry_ms = RETRY_FIRST_MS
        self.saves = 0  # successful saves (tests and diagnostics)
        self.last_saved_at: float | None = None  # time.monotonic() of the last successful save
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.flush)
        self._latency = QTimer(self, singleShot=True, interval=max_latency_ms)
        self._latency.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.flush)

    # -- what the editors call ---------------------------------------------------------------
    def changed(self, key: Key, getter: Callable[[], Any]) -> None:
        """The field ``key`` was edited; ``getter()`` reads its current value (GUI thread)."""
        self._getters[key] = getter
        self._dirty.add(key)
        self._debounce.start()
        if not self._latency.isActive():
            self._latency.start()
        self._update_state()

    def flush(self) -> None:
        """Queue a save of every edited field now (without waiting for it)."""
        self._debounce.stop()
        self._latency.stop()
        self._retry.stop()
        if not self._dirty:
            self._update_state()
            return
        values = {key: self._getters[key]() for key in self._dirty}
        self._dirty.clear()
        with self._lock:
            self._queued.update(values)  # a queued job not yet started takes the new values
            start_job = not self._job_queued
            self._job_queued = True
        if start_job:
            self._in_flight += 1
            self.tasks.submit(self._run, self._done)
        self._update_state()

    def flush_and_wait(self, timeout: float = 30.0) -> bool:
        """Save everything edited and wait for the worker (closing, switching items, agreeing).
        True when every edit is on the disk."""
        self.flush()
        self.tasks.drain(timeout)
        return self.all_saved

    # -- state -------------------------------------------------------------------------------
    @property
    def all_saved(self) -> bool:
        with self._lock:
            queued = bool(self._queued)
        return not self._dirty and not queued and self._in_flight == 0 and self._error is None

    @property
    def state(self) -> str:
        return self._state

    @property
    def error(self) -> str | None:
        """The message of the last failed save, until a save succeeds again."""
        return self._error

    def _update_state(self) -> None:
        with self._lock:
            queued = bool(self._queued)
        if self._error is not None:
            state, message = FAILED, self._error
        elif queued or self._in_flight:
            state, message = SAVING, ""
        elif self._dirty:
            state, message = PENDING, ""
        elif self._state == IDLE:
            state, message = IDLE, ""
        else:
            state, message = SAVED, ""
        if state != self._state or state == FAILED:
            self._state = state
            self.state_changed.emit(state, message)

    # -- the worker side ---------------------------------------------------------------------
    def _run(self) -> _Outcome:
        """On the worker: take the queued values (later ones can no longer join) and write."""
        with self._lock:
            batch, self._queued = self._queued, {}
            self._job_queued = False
        if not batch:
            return _Outcome(batch)
        try:
            return _Outcome(batch, result=self.writer(batch))
        except Exception as error:  # kept and retried: the text is never dropped
            return _Outcome(batch, error=error)

    def _done(self, future: Future[_Outcome]) -> None:
        self._in_flight -= 1
        outcome = future.result()
        if outcome.error is not None:
            # Read the fields again at the next attempt: their editors hold the newest text.
            self._dirty.update(outcome.batch)
            error = self.last_error = outcome.error
            if not isinstance(error, KnownError):  # a bug, not the officer's doing: keep the details
                log.error("Saving failed:\n%s", "".join(traceback.format_exception(error)))
            if self._describe is not None:
                self._error = self._describe(error)
            elif isinstance(error, KnownError):
                self._error = error.message()
            else:
                self._error = str(error) or type(error).__name__
            self._retry.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
            self._update_state()
            return
        if outcome.batch:
            self.saves += 1
            self.last_saved_at = time.monotonic()
            if not self._dirty:
                self._error = self.last_error = None
                self._retry_ms = RETRY_FIRST_MS
            self._update_state()
            self.saved.emit(outcome.result)
        else:
            self._update_state()


def save_or_ask(
    autosaver: Autosaver,
    parent: QWidget,
    *,
    title: str,
    message: Callable[[str], str],
    explanation: str,
    keep: str,
    lose: str,
) -> bool:
    """Save everything before a window goes; while that fails, ask: Retry, keep the window open
    (False: the text stays on screen), or go and lose what is unsaved (True). The caller's
    texts, translated in its own context: ``message`` is given the error."""
    while not autosaver.flush_and_wait():
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            message(autosaver.error or ""),
            QMessageBox.StandardButton.Retry
            | QMessageBox.StandardButton.Cancel
            | QMessageBox.StandardButton.Discard,
            parent,
        )
        box.setInformativeText(explanation)
        box.button(QMessageBox.StandardButton.Cancel).setText(keep)
        box.button(QMessageBox.StandardButton.Discard).setText(lose)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        box.exec()
        answer = box.standardButton(box.clickedButton())
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Discard:
            return True
    return True
