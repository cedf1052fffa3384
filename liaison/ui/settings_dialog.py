"""Settings: the interface language, kept with the data (``Settings.language``).

Choosing a language switches the whole application at once, open windows included, without a
restart (:func:`liaison.ui.i18n.install_language`); the choice is stored through the database
worker, like every write of the window. "Same as the system" stores nothing, so the window follows
the system's language wherever the data folder is opened.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from liaison import i18n
from liaison.services.app import Liaison
from liaison.ui.language import Retranslating, install_language, language_names, qt_system_language
from liaison.ui.tasks import Op, TaskManager


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.addItem("", None)  # the system's: its text comes from retranslate
        for code, name in language_names():
            self.language.addItem(name, code)  # each in its own language, whatever the window speaks
        stored = services.settings.language()
        self.language.setCurrentIndex(max(self.language.findData(stored), 0) if stored else 0)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        form.addRow(self.language_label, self.language)
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
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))  # a drop-down's own name is its value
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
        Op(self.tasks, self.parentWidget(), lambda: settings.set_language(chosen)).run()
        super().accept()
