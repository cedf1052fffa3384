"""Offering recovery of a damaged record from the window.

**Check the file** runs SQLite's full integrity check on the worker (read-only, safe while the
record is open) and shows the report. **Recover and reopen** cannot work inside this window:
recovery puts a new file in the record's place, which it refuses while any program holds the
record. So the window starts ``liaison recover --wait 60 --open`` as a process of its own and
closes; that process recovers the record once the window has let go of it (the damaged file
kept in ``backups/``) and opens the window again on the recovered record (or, if nothing could
be recovered, on the damaged one, which says so again).
"""

from __future__ import annotations

import sys
from concurrent.futures import Future

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import DamagedDatabaseError, KnownError
from liaison.services import care
from liaison.services.app import Liaison
from liaison.ui.tasks import Op, TaskManager


def recovery_command(services: Liaison) -> tuple[str, list[str]]:
    """The program and arguments that recover the record and reopen the window."""
    return sys.executable, [
        "-m",
        "liaison.cli.main",
        "--data-dir",
        str(services.data_dir),
        "recover",
        "--wait",
        "60",
        "--open",
    ]


class RecoveryDialog(QDialog):
    """Why the record is read-only, its health report on request, and recovery."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.setWindowTitle(self.tr("The record is damaged"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.message = QLabel(DamagedDatabaseError(path=str(services.store.path)).message(), self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.explanation = QLabel(
            self.tr(
                "Recovery copies everything that can still be read into a new file, which takes the "
                "damaged one's place; the damaged file is kept in the backups folder. Liaison closes "
                "while it works and opens again on the recovered record."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.hide()
        layout.addWidget(self.report)
        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("Check the file"), self)
        self.recover_button = QPushButton(self.tr("Recover and reopen"), self)
        self.later_button = QPushButton(self.tr("Read on for now"), self)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.check_button.clicked.connect(self.check)
        self.recover_button.clicked.connect(self.recover)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.started: tuple[str, list[str]] | None = None
        """The recovery process started (tests)."""

    def check(self) -> Future[care.Report]:
        """The integrity report, made on the worker (it reads the whole file)."""
        self.check_button.setEnabled(False)
        self.report.setPlainText(self.tr("Checking the file…"))
        self.report.show()
        data_dir = self.services.data_dir

        def show(report: care.Report) -> None:
            self.check_button.setEnabled(True)
            self.report.setPlainText(
                self.tr("No damage found.") if report.sound else "\n".join(report.problems)
            )

        def failed(error: BaseException) -> None:
            self.check_button.setEnabled(True)
            self.report.setPlainText(error.message() if isinstance(error, KnownError) else str(error))

        return Op(self.tasks, self, lambda: care.doctor(data_dir)).success(show).failure(failed).run()

    def recover(self) -> None:
        program, arguments = recovery_command(self.services)
        if not QProcess.startDetached(program, arguments):
            self.report.setPlainText(self.tr("Recovery could not be started. Run: liaison recover"))
            self.report.show()
            return
        self.started = (program, arguments)
        self.accept()
        window = self.parentWidget()
        if window is not None:
            window.window().close()
