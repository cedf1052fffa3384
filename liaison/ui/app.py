"""Starting the desktop application: ``liaison`` with no subcommand lands here.

The window is shown first and the record opened second, on the worker: importing the services
(SQLAlchemy, the models, Alembic when a migration is due) and opening the file take several
times what Qt needs to put a window on screen, and an officer should see the window, and be
able to type into the search box, at once. Nothing in this module imports the services at
import time (``tests/ui/test_startup.py`` checks that).
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liaison.errors import KnownError
from liaison.ui.language import current_language, install_language, startup_language
from liaison.ui.main_window import RECORD_MODULES, MainWindow
from liaison.ui.style import apply_style
from liaison.ui.tasks import Op, TaskManager, show_error

if TYPE_CHECKING:
    from liaison.services.app import Liaison
    from liaison.ui.record_banner import RecordBanner


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Liaison")
    app.setApplicationDisplayName("Liaison")
    app.setOrganizationName("OTS")
    # The installed .desktop entry's name (packaging/platforms.py APP_ID): Wayland compositors
    # find the window's icon and name through it.
    app.setDesktopFileName("org.turkicstates.Liaison")
    apply_style(app)  # Fusion with the system palette, spacing, the icon; follows light/dark
    install_language(startup_language())  # --language or the system's, until the data says otherwise
    return app


def _close_on_termination(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (a logout, a shutdown) and Ctrl+C close the window the way its Quit does, so
    meeting mode's last second of typing and any queued save reach the disk first."""

    def request_close(_signum: int, _frame: object) -> None:
        def close() -> None:
            if window.close():
                app.quit()

        QTimer.singleShot(0, close)

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, request_close)
    # Python runs signal handlers only between bytecodes; a light timer gives it the chance
    # while Qt's event loop waits in C++.
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(200)


@dataclass
class Startup:
    """A started application: the window is on screen; ``services`` arrive when the worker has
    opened the record (``opened`` is then true), or ``error`` says why it could not."""

    app: QApplication
    tasks: TaskManager
    window: MainWindow
    services: Liaison | None = None
    error: BaseException | None = None
    opened: bool = False
    empty: bool = field(default=False)
    """The record had no events and no contacts: the window offers the sample data."""
    future: Future[tuple[Liaison, bool, str | None]] | None = None
    closing: bool = False
    banner: RecordBanner | None = None
    """Shown while the record is open for reading only (see liaison.ui.record_banner)."""

    def close(self) -> None:
        """Stop the worker and close the record, also one opened after the window closed."""
        self.closing = True
        self.tasks.shutdown()
        services = self.services
        future = self.future
        if services is None and future is not None and future.done() and future.exception() is None:
            services = future.result()[0]
        if services is not None:
            services.close()


def _open_record(data_dir: str | os.PathLike[str] | None) -> tuple[Liaison, bool, str | None]:
    """On the worker: import what the pages need, open the record, and read what the window
    needs first: whether the record is empty, and the language chosen in Settings."""
    for name in RECORD_MODULES:
        importlib.import_module(name)
    from liaison.services.app import Liaison

    services = Liaison.open(data_dir)
    try:
        empty = services.events.count() == 0 and services.contacts.count() == 0
        language = services.settings.language()
    except BaseException:
        services.close()
        raise
    return services, empty, language


STARTUP_REPORT = "LIAISON_STARTUP_REPORT"
"""An environment variable naming a file: when the record is open the window writes there, as
JSON, when it first painted and when the record opened (``time.time()``), its language and
title. The installers' smoke test and the frozen cold-start benchmark read it."""


def _write_startup_report(path: str, marks: dict[str, object]) -> None:
    import json

    partial = f"{path}.partial"
    with open(partial, "w", encoding="utf-8") as file:
        json.dump(marks, file, ensure_ascii=False)
    os.replace(partial, path)


def start(data_dir: str | os.PathLike[str] | None = None, *, offer_sample: bool = True) -> Startup:
    """Show the main window, then open the record on the worker and attach it to the window."""
    app = make_application()
    tasks = TaskManager()
    window = MainWindow(None, tasks)
    window.show()
    startup = Startup(app, tasks, window)
    report = os.environ.get(STARTUP_REPORT)
    marks: dict[str, object] = {}

    def opened(result: tuple[Liaison, bool, str | None]) -> None:
        if startup.closing:  # the window was closed while the record opened
            return
        startup.services, startup.empty, language = result
        install_language(startup_language(language))  # the Settings choice; the window follows
        startup.opened = True
        services = startup.services
        from liaison.services import care
        from liaison.ui.record_banner import show_record_state, watch_record

        # A read-only or damaged record: the banner, editing off, recovery offered.
        startup.banner = show_record_state(window, services, tasks)
        window.attach(services)
        if report:
            marks.update(opened=time.time(), language=current_language(), title=window.windowTitle())
            _write_startup_report(report, marks)
        if services.store.read_only:
            return
        watch_record(window, services, tasks)  # damage found later puts the banner up then
        tasks.submit(lambda: care.snapshot_if_due(services))  # the daily snapshot, after the window's reads
        from liaison.ui.text_indexer import index_pending_texts

        index_pending_texts(services, tasks, window)  # files search cannot find inside yet, a turn each
        if startup.empty and offer_sample:
            QTimer.singleShot(0, window.offer_sample_data)
        elif not startup.empty and offer_sample:
            QTimer.singleShot(0, window.offer_old_sample_removal)

    def failed(error: BaseException) -> None:
        startup.error = error
        if startup.closing:
            return
        if isinstance(error, KnownError):  # not a database, too new, locked, unusable folder
            QMessageBox.critical(window, QCoreApplication.translate("Main", "Liaison"), error.message())
        else:
            show_error(window, error)
        window.close()  # the last window: the event loop ends, and run() returns 1 (startup.error)

    def begin() -> None:
        marks["painted"] = time.time()
        if startup.closing:  # closed before it painted
            return
        op = Op(tasks, window, lambda: _open_record(data_dir))
        startup.future = op.success(opened).failure(failed).run()

    _after_first_paint(window, begin)
    return startup


class _FirstPaint(QObject):
    """Calls back once ``widget`` has painted (or after ``fallback_ms`` if it never does, say on
    a platform that paints nothing): the record's opening competes with the GUI thread for
    the interpreter, so it begins once the officer sees the window."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int = 250) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        self._fallback = QTimer(self)  # a child: deleted, and stopped, with the window
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        self._fallback.stop()
        callback, self._callback = self._callback, None
        if callback is not None:
            parent = self.parent()
            if isinstance(parent, QWidget):
                parent.removeEventFilter(self)
            callback()


def _after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaint(widget, callback)


def run(data_dir: str | os.PathLike[str] | None = None) -> int:
    """Open the main window on ``data_dir`` and run until it closes; returns the exit code."""
    startup = start(data_dir)
    _close_on_termination(startup.app, startup.window)
    try:
        code = startup.app.exec()
    finally:
        startup.close()
    return 1 if startup.error is not None else code
