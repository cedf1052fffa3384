"""Why agreed minutes are being reopened."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from liaison.ui.meeting.form_dialog import FormDialog


class ReasonDialog(FormDialog):
    """Why agreed minutes are being reopened (logged, and seen by every delegation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(110)
        [self.reason_label] = self.add_rows([self.reason])
        self.reason.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reopen the agreed minutes"))
        self.ok_button.setText(self.tr("Reopen"))
        self.intro.setText(
            self.tr(
                "Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it."  # noqa: E501 - one literal for Qt Linguist
            )
        )
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. The Uzbek delegation's comments on item 2 arrived."))
        self.reason_label.setText(self.tr("&Reason:"))

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()
