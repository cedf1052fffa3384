"""Starting the desktop application: ``liaison`` with no subcommand lands here."""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.ui.i18n import install_language, startup_language
from liaison.ui.main_window import MainWindow
from liaison.ui.style import apply_style
from liaison.ui.tasks import TaskManager


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Liaison")
    app.setApplicationDisplayName("Liaison")
    app.setOrganizationName("OTS")
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


def run(data_dir: str | os.PathLike[str] | None = None) -> int:
    """Open the main window on ``data_dir`` and run until it closes; returns the exit code."""
    app = make_application()
    try:
        services = Liaison.open(data_dir)
        install_language(startup_language(services.settings.language()))  # the Settings choice
    except KnownError as error:
        QMessageBox.critical(None, QCoreApplication.translate("Main", "Liaison"), error.message())
        return 1
    tasks = TaskManager()
    window = MainWindow(services, tasks)
    window.show()
    _close_on_termination(app, window)
    if services.events.count() == 0 and services.contacts.count() == 0:
        QTimer.singleShot(0, window.offer_sample_data)
    try:
        return app.exec()
    finally:
        tasks.shutdown()
        services.close()
