"""One serialized background worker for the database, and operations that report back.

Writes must not block the window (an fsync, or a busy wait on another program's lock, can take
long) and must happen in the order the officer made them, so there is exactly one worker
thread. Results and errors come back on the GUI thread, where widgets may be touched.

``Op(parent, fn).success(cb).run()`` runs ``fn`` on the worker, then ``cb(result)`` on the GUI
thread; a :class:`~liaison.errors.KnownError` is shown to the officer (or handed to
``failure``), any other exception is reported as a bug. :class:`Job` adds progress and a cancel
button for long work (the pattern of calibre's ``ThreadedJob``).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from liaison.errors import KnownError

log = logging.getLogger(__name__)

T = TypeVar("T")
Closure = Callable[[], None]


class TaskManager(QObject):
    """Owns the worker thread and the queue of callbacks for the GUI thread."""

    _closures_pending = Signal()
    """Internal: emitted from the worker when callbacks wait to run on the GUI thread."""

    busy_changed = Signal(bool)
    """True while the worker has operations queued or running (the status bar shows it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="liaison-db")
        self._closures: list[Closure] = []
        self._lock = threading.Lock()
        self._pending = 0
        self._stopped = False
        self._closures_pending.connect(self._run_closures, Qt.ConnectionType.QueuedConnection)

    def run_on_main(self, closure: Closure) -> None:
        """Queue ``closure`` to run on the GUI thread (callable from any thread)."""
        with self._lock:
            self._closures.append(closure)
        self._closures_pending.emit()

    def submit(
        self,
        fn: Callable[[], T],
        on_done: Callable[[Future[T]], None] | None = None,
    ) -> Future[T]:
        """Run ``fn`` on the worker; ``on_done(future)`` later runs on the GUI thread. After
        :meth:`shutdown` (the application is ending) nothing runs: a cancelled future comes back."""
        if self._stopped:
            stopped: Future[T] = Future()
            stopped.cancel()
            return stopped
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._executor.submit(fn)

        def done(finished: Future[T]) -> None:
            def on_main() -> None:
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)
                if on_done is not None:
                    on_done(finished)

            self.run_on_main(on_main)

        future.add_done_callback(done)
        return future

    def drain(self, timeout: float = 30.0) -> bool:
        """Wait (on the GUI thread) until everything queued so far has run and reported back;
        used before closing so that no save is lost. Returns False on timeout."""
        marker: Future[None] = self._executor.submit(lambda: None)
        try:
            marker.result(timeout=timeout)
        except TimeoutError:
            return False
        self._run_closures()
        return True

    def shutdown(self) -> None:
        self._stopped = True
        self._executor.shutdown(wait=True)
        self._run_closures()

    @Slot()
    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the officer what went wrong: a known error's message, or that this is a bug."""
    if isinstance(error, KnownError):
        QMessageBox.warning(parent, QCoreApplication.translate("Tasks", "Liaison"), error.message())
        return
    details = "".join(traceback.format_exception(error))
    log.error("Unexpected error in a background operation:\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Tasks", "Liaison"),
        QCoreApplication.translate("Tasks", "Something went wrong inside Liaison."),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Tasks", "Your saved work is safe. Please report this problem with the details below."
        )
    )
    box.setDetailedText(details)
    box.exec()


class Op(Generic[T]):
    """An operation on the worker whose result comes back to the GUI thread."""

    def __init__(self, tasks: TaskManager, parent: QWidget | None, fn: Callable[[], T]) -> None:
        self._tasks = tasks
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Op[T]:
        """Handle errors yourself (e.g. show validation messages next to the fields)."""
        self._failure = callback
        return self

    def run(self) -> Future[T]:
        def done(future: Future[T]) -> None:
            error = future.exception()
            if error is not None:
                if self._failure is not None:
                    self._failure(error)
                else:
                    show_error(self._parent, error)
                return
            if self._success is not None:
                self._success(future.result())

        return self._tasks.submit(self._fn, done)


class Latest:
    """Reads on the worker for one widget of which the latest wins: an answer overtaken by a
    later read (the officer changed what it depends on meanwhile), or coming back to a widget
    that is gone, is dropped rather than shown."""

    def __init__(self, tasks: TaskManager, owner: QWidget) -> None:
        self._tasks = tasks
        self._owner = owner
        self._generation = 0

    def run(self, fn: Callable[[], T], show: Callable[[T], Any]) -> None:
        """Run ``fn`` on the worker, then ``show(result)`` unless a later :meth:`run` came."""
        self._generation += 1
        generation = self._generation

        def shown(result: T) -> None:
            if isValid(self._owner) and generation == self._generation:
                show(result)

        Op(self._tasks, self._owner, fn).success(shown).run()


class Cancelled(Exception):
    """Raised inside a job's function when the officer pressed Cancel."""


class JobControl:
    """Handed to a job's function: report progress, check for cancellation."""

    def __init__(self, tasks: TaskManager, dialog: QProgressDialog | None) -> None:
        self._tasks = tasks
        self._dialog = dialog
        self.cancel_event = threading.Event()

    def progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled
        dialog = self._dialog
        if dialog is not None:

            def update() -> None:
                dialog.setMaximum(max(total, 1))
                dialog.setValue(min(done, total))

            self._tasks.run_on_main(update)


class Job(Generic[T]):
    """A long operation with a progress dialog and a Cancel button; the function receives a
    :class:`JobControl` and should call ``progress`` often (which raises :class:`Cancelled`)."""

    def __init__(
        self, tasks: TaskManager, parent: QWidget | None, label: str, fn: Callable[[JobControl], T]
    ) -> None:
        self._tasks = tasks
        self._parent = parent
        self._label = label
        self._fn = fn
        self._success: Callable[[T], Any] | None = None
        self._cancelled: Callable[[], Any] | None = None
        self.dialog: QProgressDialog | None = None
        self.control: JobControl | None = None

    def success(self, callback: Callable[[T], Any]) -> Job[T]:
        self._success = callback
        return self

    def cancelled(self, callback: Callable[[], Any]) -> Job[T]:
        self._cancelled = callback
        return self

    def run(self) -> Future[T]:
        dialog = QProgressDialog(
            self._label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, self._parent
        )
        dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Liaison"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # quick jobs finish before it appears
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.dialog = dialog
        control = JobControl(self._tasks, dialog)
        self.control = control
        dialog.canceled.connect(control.cancel_event.set)

        def finish_dialog() -> None:
            dialog.close()
            dialog.deleteLater()  # else every job's dialog stays, hidden, a child of the parent

        def done(future: Future[T]) -> None:
            QTimer.singleShot(0, finish_dialog)
            error = future.exception()
            if error is not None and (isinstance(error, Cancelled) or control.cancel_event.is_set()):
                if self._cancelled is not None:
                    self._cancelled()
                return
            if error is not None:
                show_error(self._parent, error)
                return
            if self._success is not None:
                self._success(future.result())

        return self._tasks.submit(lambda: self._fn(control), done)
