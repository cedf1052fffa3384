"""Meeting mode's save indicator: beside the minutes' status, whether what is typed is saved
(there is no Save button), and below the header, when saves fail, a banner with the whole message
(the text stays on screen and the saves are retried)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from liaison.ui.autosave import FAILED, IDLE, PENDING, SAVED, SAVING
from liaison.ui.meeting.common import muted, scaled_font


class SaveStatus(QObject):
    """The save indicator's widgets (``icon`` and ``label`` for a row of the header, ``banner``
    under it), children of ``parent``, which places them and calls :meth:`retranslate`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.icon = QLabel(parent)
        self.icon.hide()
        self.label = QLabel(parent)
        self.label.setObjectName("saveStatus")
        self.banner = QFrame(parent)
        self.banner.setObjectName("saveBanner")
        self.banner.setStyleSheet(
            "#saveBanner { background: palette(alternate-base); border: 2px solid palette(highlight);"
            " border-radius: 6px; }"
        )
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        warning = QLabel(self.banner)
        size = parent.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning.setPixmap(
            parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.error_label = QLabel(self.banner)
        self.error_label.setWordWrap(True)
        self.error_label.setFont(scaled_font(parent.font(), 1.0, QFont.Weight.DemiBold))
        self.hint = muted(QLabel(self.banner))
        self.hint.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.error_label)
        texts.addWidget(self.hint)
        layout.addWidget(warning, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        self.banner.hide()

    def retranslate(self) -> None:
        self.label.setAccessibleName(self.tr("Save status"))
        self.error_label.setAccessibleName(self.tr("Save problem"))
        self.hint.setText(self.tr("Your text stays on screen; Liaison keeps trying to save it."))

    def show_state(
        self, state: str, message: str, *, full_disk: bool = False, read_only: bool = False
    ) -> None:
        """An autosaver's ``state`` (and the error ``message`` when it failed); ``full_disk``: the
        last save failed because the disk is full; ``read_only``: nothing can be typed to save."""
        icon: QStyle.StandardPixmap | None = None
        if state == IDLE:
            text = self.tr("Saved as you type") if not read_only else self.tr("Read-only")
            tip = self.tr("There is no Save button: what you type is saved within a second.")
        elif state in (PENDING, SAVING):
            text, tip = self.tr("Saving…"), self.tr("Your latest typing is being saved.")
        elif state == SAVED:
            text, tip = self.tr("Saved"), self.tr("Everything typed is saved on this computer.")
        else:
            text = self.tr("Disk full — not saved") if full_disk else self.tr("Not saved")
            tip = self.tr("Your text is safe on screen and will be saved as soon as possible.")
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        failed = state == FAILED
        full = self.tr("Not saved: %1").replace("%1", message) if failed else text
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setAccessibleDescription(full)
        self.error_label.setText(full)
        self.error_label.setAccessibleDescription(full)
        self.banner.setVisible(failed)
        font = self.label.font()
        font.setBold(state == FAILED)
        self.label.setFont(font)
        self.label.setForegroundRole(
            QPalette.ColorRole.WindowText if state == FAILED else QPalette.ColorRole.PlaceholderText
        )
        if icon is not None:
            size = self.label.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.icon.setPixmap(self.label.style().standardIcon(icon).pixmap(size, size))
            self.icon.show()
        else:
            self.icon.hide()
