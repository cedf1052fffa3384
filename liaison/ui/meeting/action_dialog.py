"""The form for an action item agreed during the meeting (Ctrl+Shift+A)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from liaison.services.app import Liaison
from liaison.services.entities import ACTION_ITEMS
from liaison.ui.fields import DateWidget, ReferenceWidget
from liaison.ui.meeting.form_dialog import FormDialog


class ActionDialog(FormDialog):
    """Title, responsible institution and/or person, due date."""

    def __init__(self, services: Liaison, context: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title_edit = QLineEdit(self)
        self.institution = ReferenceWidget(
            ACTION_ITEMS.field("assignee_institution_id"), services, parent=self
        )
        self.contact = ReferenceWidget(ACTION_ITEMS.field("assignee_contact_id"), services, parent=self)
        self.due = DateWidget(ACTION_ITEMS.field("due_date"), self)
        self.due.set_value(None)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.form.addRow(self.note)
        self.labels = self.add_rows([self.title_edit, self.institution, self.contact, self.due])
        self.title_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New action item"))
        self.ok_button.setText(self.tr("Add action"))
        self.title_edit.setAccessibleName(self.tr("Action"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Circulate the concept note"))
        self.institution.setAccessibleName(self.tr("Responsible institution"))
        self.contact.setAccessibleName(self.tr("Responsible person"))
        self.due.setAccessibleName(self.tr("Due date"))
        note = self.context()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        texts = (
            self.tr("&Action:"),
            self.tr("Responsible &institution:"),
            self.tr("Responsible &person:"),
            self.tr("&Due date:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "assignee_institution_id": self.institution.value(),
            "assignee_contact_id": self.contact.value(),
            "due_date": self.due.value(),
        }
