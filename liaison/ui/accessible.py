"""What screen readers need beyond a label: names for Qt's own icon-only parts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton


def name_clear_button(edit: QLineEdit) -> None:
    """Name a line edit's clear button (an icon only, unnamed by Qt) in the current language;
    call it from the owner's ``retranslate``."""
    text = QCoreApplication.translate("Accessible", "Clear")
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        action.setText(text)
        action.setToolTip(text)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(text)
