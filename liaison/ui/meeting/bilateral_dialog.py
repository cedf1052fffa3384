"""The form for a bilateral meeting held on the margins of the event (Ctrl+Shift+B)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from liaison.services.app import Liaison
from liaison.services.entities import BILATERAL_PARTIES, BILATERALS
from liaison.ui.fields import DateWidget, ReferenceWidget
from liaison.ui.meeting.form_dialog import FormDialog


class BilateralDialog(FormDialog):
    """A bilateral meeting on the margins: title, date, and who met (delegations or a person)."""

    def __init__(
        self,
        services: Liaison,
        default_date: date | None,
        delegations: list[tuple[dict[str, Any], str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self.date = DateWidget(BILATERALS.field("date"), self)
        self.date.set_value(default_date)
        self.parties = QListWidget(self)
        self.parties.setMaximumHeight(170)
        self.parties.setWordWrap(True)
        self.parties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for party, label in delegations:
            item = QListWidgetItem(label, self.parties)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, party)
        if not delegations:
            self.parties.hide()
        self.contact = ReferenceWidget(BILATERAL_PARTIES.field("contact_id"), services, parent=self)
        rows: list[QWidget] = [self.title_edit, self.date]
        if delegations:
            rows.append(self.parties)
        self.labels = self.add_rows([*rows, self.contact])
        self.title_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New bilateral meeting on the margins"))
        self.ok_button.setText(self.tr("Add bilateral"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Left empty: named after the parties"))
        self.date.setAccessibleName(self.tr("Date"))
        self.parties.setAccessibleName(self.tr("Parties"))
        self.contact.setAccessibleName(self.tr("Other party (a person)"))
        texts = [self.tr("&Title:"), self.tr("&Date:")]
        if len(self.labels) == 4:
            texts.append(self.tr("&Parties:"))
        texts.append(self.tr("&With (person):"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def checked_parties(self) -> list[tuple[dict[str, Any], str]]:
        chosen = []
        for row in range(self.parties.count()):
            item = self.parties.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append((item.data(Qt.ItemDataRole.UserRole), item.text()))
        return chosen

    def title(self) -> str:
        typed = self.title_edit.text().strip()
        if typed:
            return typed
        names = [label.split(" — ", 1)[-1] for _party, label in self.checked_parties()]
        person = self.contact.edit.text().strip()
        if person:
            names.append(person)
        return " – ".join(names)
