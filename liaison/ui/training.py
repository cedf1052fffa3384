"""The training record in the window: a window of its own on ``DATA_DIR/training`` with a banner
saying so, a way back to the officer's own record and a way to remove it.

Why a second window rather than switching the first: the officer's own record stays open and
untouched (its sync, its unsaved edits, its meeting-mode windows), and nothing typed in the
training window can land in it. The training window has its own database worker and never
starts a sync (the sync client would refuse anyway: see :mod:`liaison.services.sample`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from liaison.ui.language import Retranslating
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import Op, TaskManager

if TYPE_CHECKING:
    from liaison.services.app import Liaison


class TrainingBanner(Retranslating, QFrame):
    """The strip across the top of a training window."""

    back = Signal()
    """The officer asked to go back to their own record."""
    remove = Signal()
    """The officer asked to remove the training record."""

    def __init__(self, parent: QWidget | None = None, *, can_go_back: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#trainingBanner { background: #fff4ce; border-bottom: 2px solid #c19c00; }"
            "#trainingBanner QLabel { color: #3b2f00; }"
        )
        self.status_label: QLabel | None = None
        """The window's sync label, which says that nothing syncs (set by :func:`mark_training`)."""
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.label, 1)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.back_button.setVisible(can_go_back)
        row.addWidget(self.back_button)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.remove_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(
            "<b>"
            + self.tr("Training record")
            + "</b> — "
            + self.tr("sample data for trying Liaison out. Nothing here is ever synced with the Secretariat.")
        )
        self.label.setAccessibleName(self.tr("Training record"))
        self.back_button.setText(self.tr("Back to my record"))
        self.remove_button.setText(self.tr("Remove the training record…"))
        if self.status_label is not None:
            self.status_label.setText(self.tr("Training record: never synced"))
            self.status_label.setToolTip(self.label.text())


def mark_training(window: MainWindow, *, can_go_back: bool) -> TrainingBanner:
    """Put the banner on ``window`` and say in its status bar that nothing syncs."""
    bar = QToolBar(window)
    bar.setObjectName("trainingToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    banner = TrainingBanner(bar, can_go_back=can_go_back)
    bar.addWidget(banner)
    window.addToolBarBreak()
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.training_banner = banner
    banner.status_label = window.sync_label
    banner.retranslate()
    window.sample_action.setEnabled(False)
    for action in (
        window.sync_now_action,
        window.sign_in_action,
        window.sign_out_action,
        window.conflicts_action,
        window.sync_log_action,
    ):
        action.setEnabled(False)
    banner.remove.connect(lambda: remove_training_record(window))
    banner.back.connect(window.close)
    return banner


def _closed(window: MainWindow, origin: MainWindow | None) -> None:
    """The training window closed: its worker stops, its record closes, the origin comes back."""
    services = window.services
    window.tasks.shutdown()
    if services is not None:
        services.close()
    if origin is not None:
        origin.training_window = None
        origin.raise_()
        origin.activateWindow()


def training_window(services: Liaison, tasks: TaskManager, origin: MainWindow | None) -> MainWindow:
    """A main window on a training record (a plain MainWindow: a subclass would lose its
    translations, which PySide looks up under the class's name); closing it closes the record
    and its worker."""
    window = MainWindow(services, tasks)  # attach() puts the banner on
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.closed.connect(lambda: _closed(window, origin))
    if isinstance(window.training_banner, TrainingBanner):
        window.training_banner.back_button.setVisible(origin is not None)
    return window


def open_training_window(origin: MainWindow) -> None:
    """File → Open the training record: raise it if open, else open it (loading the sample
    the first time) in a window of its own."""
    from liaison.services.sample import has_sample, open_training

    if origin.training_window is not None:
        origin.training_window.raise_()
        origin.training_window.activateWindow()
        return
    assert origin.services is not None, "the action is enabled once the record is open"
    data_dir = origin.services.data_dir

    def opened(result: tuple[Liaison, bool]) -> None:
        services, loaded = result
        window = training_window(services, TaskManager(), origin)
        origin.training_window = window
        window.show()
        if not loaded:
            window.load_sample_data()

    def work() -> tuple[Liaison, bool]:
        services = open_training(data_dir)
        return services, has_sample(services)

    Op(origin.tasks, origin, work).success(opened).run()


def remove_training_record(window: MainWindow) -> bool:
    """Ask, close the training window, and delete its folder; returns whether it was removed."""
    from liaison.services.sample import remove_training

    services = window.services
    assert services is not None
    folder = services.data_dir
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("Training", "Remove the training record"),
        QCoreApplication.translate(
            "Training",
            "Delete the training record and all the sample data in %1? Your own record is not touched.",
        ).replace("%1", str(folder)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes or not window.close():
        return False
    remove_training(folder.parent)
    return True
