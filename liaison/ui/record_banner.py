"""The bar across the top of the main window while the record is open for reading only.

A record opens read-only when its file, folder or disk cannot be written (an archived copy, a
USB stick, a share) or when SQLite found it damaged (see ``liaison.store.probe``). The window
then says so in a bar that stays, editing is off (editors read-only, New and Delete disabled,
no sync), and for a damaged file the bar offers recovery (:mod:`liaison.ui.recovery_dialog`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QToolBar,
    QWidget,
)

from liaison.ui.tasks import TaskManager

if TYPE_CHECKING:
    from liaison.services.app import Liaison

WATCH_MS = 1000


def make_read_only(root: QWidget) -> None:
    """Every input under ``root`` shows its value and accepts no edit (text stays selectable)."""
    for edit in (
        root.findChildren(QLineEdit) + root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit)
    ):
        edit.setReadOnly(True)
    for other in root.findChildren(QComboBox) + root.findChildren(QAbstractButton):
        other.setEnabled(False)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)


class RecordBanner(QToolBar):
    """Says why the record cannot be changed; for a damaged file, a Recover… button."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.setObjectName("recordBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not one of the toolbars an officer hides
        warning = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.addWidget(warning)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setContentsMargins(6, 4, 6, 4)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.addWidget(self.label)
        self.recover_action = self.addAction("")
        self.recover_action.triggered.connect(self.offer_recovery)
        self.recover_action.setVisible(services.store.damaged)
        self.retranslate()

    @property
    def damaged(self) -> bool:
        return self.services.store.damaged

    def retranslate(self) -> None:
        path = str(self.services.store.path)
        if self.damaged:
            text = self.tr(
                "This record is damaged, so it is open for reading only: nothing can be changed. "
                "Recover it to go on working (%1)."
            )
        else:
            text = self.tr(
                "This record is read-only (the file, its folder or the disk cannot be written), so it is "
                "open for reading only: nothing can be changed (%1)."
            )
        self.label.setText(text.replace("%1", path))
        self.recover_action.setText(self.tr("Recover…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer_recovery(self) -> None:
        from liaison.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.services, self.tasks, self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def refresh(self) -> None:
        """After damage was met while the window was open."""
        self.recover_action.setVisible(self.damaged)
        self.retranslate()


def show_record_state(window: QMainWindow, services: Liaison, tasks: TaskManager) -> RecordBanner | None:
    """Put the banner on ``window`` when the record is read-only (``None`` otherwise); a damaged
    record also gets the recovery dialog at once."""
    if not services.store.read_only:
        return None
    banner = RecordBanner(services, tasks, window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    window.insertToolBarBreak(banner)
    banner.show()  # a child added to a shown window stays hidden until shown
    if services.store.damaged:
        banner.offer_recovery()
    return banner


def watch_record(window: QMainWindow, services: Liaison, tasks: TaskManager) -> QTimer:
    """For a record that opened writable: check a big file's health on a thread of its own (it
    was too big to check at open), and put the banner up as soon as damage is found, by that
    check or by any query. Returns the watching timer (stopped once the banner is up)."""
    from liaison.services import care

    if not care.checked_at_open(services):
        threading.Thread(target=care.check_health, args=(services,), name="health-check", daemon=True).start()
    timer = QTimer(window)
    timer.setInterval(WATCH_MS)

    def look() -> None:
        if services.store.read_only:
            timer.stop()
            show_record_state(window, services, tasks)

    timer.timeout.connect(look)
    timer.start()
    return timer
