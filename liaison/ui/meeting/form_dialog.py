"""The base of meeting mode's small forms: a form that stays open until its owner stored it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from liaison.ui.fields import control_of
from liaison.ui.language import Retranslating


class FormDialog(Retranslating, QDialog):
    """A small form that stays open until its owner has stored what it says. Subclasses set the
    title and the accept button's text in ``retranslate`` (and call it at the end of ``__init__``)."""

    submitted = Signal()
    """The officer pressed the accept button: the owner validates and stores, then calls
    :meth:`finish` (or :meth:`show_error`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        layout.addLayout(self.form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        # A base class: PySide's self.tr would look this up under the subclass's name.
        self.error_label.setAccessibleName(QCoreApplication.translate("FormDialog", "Problems"))

    def add_rows(self, widgets: list[QWidget]) -> list[QLabel]:
        """A row per field, each under a label (its buddy) whose text ``retranslate`` sets."""
        labels = []
        for widget in widgets:
            buddy = QLabel(self)
            buddy.setBuddy(control_of(widget))  # the control: screen readers relate the two
            self.form.addRow(buddy, widget)
            labels.append(buddy)
        return labels

    def _submit(self) -> None:
        self.error_label.hide()
        self.ok_button.setEnabled(False)
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText("⚠ " + text)
        self.error_label.show()

    def finish(self) -> None:
        self.accept()
