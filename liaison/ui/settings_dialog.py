"""Settings: who the officer is (name, home institution), the default visibility of new
records, and the interface language, all kept with the data (the ``settings`` table).

The name is who agreed or reopened minutes in their log; the home institution owns the records
the officer creates and decides which records they may edit (another institution's open
read-only); the default visibility is what a new record gets when the officer does not choose.

Choosing a language switches the whole application at once, open windows included, without a
restart (:func:`liaison.ui.i18n.install_language`); the choice is stored through the database
worker, like every write of the window. "Same as the system" stores nothing, so the window follows
the system's language wherever the data folder is opened.

**Download in the background, up to** (``sync.download_budget_mb``, :mod:`liaison.sync.files`):
the megabytes of colleagues' attached files a sync fetches by itself, newest first; 0 never
downloads in the background (each file downloads when opened). Whole megabytes from 0 to
:data:`MAX_BUDGET_MB` (10 GB: a whole mission's papers over a good line; beyond that the officer
should open what they need). A value the dialog cannot show exactly (a fraction typed with
``liaison settings set``) is kept unless the officer changes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from liaison import i18n
from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.settings import DEFAULT_VISIBILITY, HOME_INSTITUTION, OFFICER_NAME
from liaison.store.base import VISIBILITIES
from liaison.sync.files import DEFAULT_DOWNLOAD_BUDGET_MB, DOWNLOAD_BUDGET_MB
from liaison.ui.i18n import display
from liaison.ui.language import Retranslating, install_language, language_names, qt_system_language
from liaison.ui.tasks import Op, TaskManager

MAX_BUDGET_MB = 10_000
"""The most the background download budget can be set to here, in MB."""


def stored_budget(value: object) -> int:
    """The stored budget as whole megabytes for the spin box (the default if unreadable)."""
    try:
        return min(max(0, round(float(str(value)))), MAX_BUDGET_MB)
    except ValueError:
        return DEFAULT_DOWNLOAD_BUDGET_MB


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        stored_values = services.settings.get_many([OFFICER_NAME, HOME_INSTITUTION, DEFAULT_VISIBILITY])
        self.name = QLineEdit(str(stored_values.get(OFFICER_NAME) or ""), self)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        form.addRow(self.name_label, self.name)
        self.institution = QComboBox(self)
        self.institution.addItem("", None)
        institutions = ENTITIES["institutions"]
        for record in services.institutions.list(limit=2000):
            self.institution.addItem(institutions.title(record), record["id"])
        home = stored_values.get(HOME_INSTITUTION)
        self.institution.setCurrentIndex(max(self.institution.findData(home), 0) if home else 0)
        self.institution_label = QLabel(self)
        self.institution_label.setBuddy(self.institution)
        form.addRow(self.institution_label, self.institution)
        self.visibility = QComboBox(self)
        for value in VISIBILITIES:
            self.visibility.addItem("", value)
        chosen_visibility = stored_values.get(DEFAULT_VISIBILITY) or "institution"
        self.visibility.setCurrentIndex(max(self.visibility.findData(chosen_visibility), 0))
        self.visibility_label = QLabel(self)
        self.visibility_label.setBuddy(self.visibility)
        form.addRow(self.visibility_label, self.visibility)
        self.language = QComboBox(self)
        self.language.addItem("", None)  # the system's: its text comes from retranslate
        for code, name in language_names():
            self.language.addItem(name, code)  # each in its own language, whatever the window speaks
        stored = services.settings.language()
        self.language.setCurrentIndex(max(self.language.findData(stored), 0) if stored else 0)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
        self.budget = QSpinBox(self)
        self.budget.setRange(0, MAX_BUDGET_MB)
        self.budget.setSingleStep(10)
        budget = services.settings.get(DOWNLOAD_BUDGET_MB, DEFAULT_DOWNLOAD_BUDGET_MB)
        self.budget.setValue(stored_budget(budget))
        self._shown_budget = self.budget.value()
        self.budget_label = QLabel(self)
        self.budget_label.setBuddy(self.budget)
        form.addRow(self.budget_label, self.budget)
        layout.addLayout(form)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.name_label.setText(self.tr("Your &name:"))
        self.name.setPlaceholderText(self.tr("as it should appear in the minutes' log"))
        self.institution_label.setText(self.tr("&Home institution:"))
        self.institution.setItemText(0, self.tr("(none)"))
        self.visibility_label.setText(self.tr("New records &visible to:"))
        field = ENTITIES["contacts"].by_name["visibility"]
        for index in range(self.visibility.count()):
            self.visibility.setItemText(index, display("contacts", field, self.visibility.itemData(index)))
        self.language_label.setText(self.tr("&Language:"))
        self.budget_label.setText(self.tr("&Download in the background, up to:"))
        self.budget.setAccessibleName(self.tr("Download in the background, up to (MB per sync)"))
        self.budget.setSuffix(" " + self.tr("MB"))
        self.budget.setSpecialValueText(self.tr("Never (each file downloads when opened)"))
        self.budget.setToolTip(
            self.tr(
                "Colleagues' attached files each sync downloads by itself, newest first, up to this many "
                "megabytes; the others stay on the Secretariat and download when you open them. "
                "0: never in the background."
            )
        )
        self.language.setAccessibleName(self.tr("Language"))  # a drop-down's own name is its value
        for label, box in (
            (self.institution_label, self.institution),
            (self.visibility_label, self.visibility),
        ):
            box.setAccessibleName(label.text().replace("&", "").rstrip(":"))  # the label, read aloud
        system = i18n.LANGUAGES[qt_system_language()]
        self.language.setItemText(0, self.tr("Same as the system (%1)").replace("%1", system))
        self.note.setText(
            self.tr("The window changes language at once; dates and numbers follow the language too.")
        )

    def chosen(self) -> str | None:
        """The language chosen, or None for the system's."""
        data = self.language.currentData()
        return str(data) if data else None

    def accept(self) -> None:
        """Switch now, then store the choice on the worker (a failure to store is shown)."""
        chosen = self.chosen()
        i18n.set_command_line_language(None)  # a choice made here outranks --language from now on
        install_language(chosen or qt_system_language())
        settings = self.services.settings
        values: dict[str, Any] = {
            OFFICER_NAME: self.name.text().strip() or None,
            HOME_INSTITUTION: self.institution.currentData(),
            DEFAULT_VISIBILITY: self.visibility.currentData(),
        }

        if self.budget.value() != self._shown_budget:  # else a stored fraction stays as it is
            values[DOWNLOAD_BUDGET_MB] = self.budget.value()

        def store() -> None:
            settings.set_many(values)
            settings.set_language(chosen)

        Op(self.tasks, self.parentWidget(), store).run()
        super().accept()
