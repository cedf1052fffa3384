"""The first-run welcome: who the officer is (name, institution, state), and the training record.

Shown once, when the window opens an empty record. The name goes into the minutes' log when
the officer agrees or reopens minutes; the institution (picked from the record, or typed: it is
then created with its state) becomes the home institution, which owns what the officer creates
and decides which records they may edit. Everything can be changed later in File → Settings.
"Open the training record" opens the sample in a window of its own (``liaison.ui.training``);
Skip leaves the record as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.i18n import tr_state
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op

if TYPE_CHECKING:
    from liaison.services.app import Liaison
    from liaison.ui.main_window import MainWindow


def save_identity(
    services: Liaison, name: str, institution: str, institution_id: str | None, state: str | None
) -> None:
    """Store who the officer is, in one transaction: the name, and the home institution (made,
    with its state, when it was typed rather than picked)."""
    from liaison.services.settings import HOME_INSTITUTION, OFFICER_NAME

    with services.store.write() as session:
        home = institution_id
        if home is None and institution.strip():
            values: dict[str, Any] = {"name": institution.strip(), "state_code": state}
            home = services.institutions.create_in(session, values)["id"]
        settings = services.settings
        if name.strip():
            settings.set_in(session, OFFICER_NAME, name.strip())
        if home is not None:
            settings.set_in(session, HOME_INSTITUTION, home)


class WelcomeDialog(Retranslating, QDialog):
    """Name, institution, state; Start, Open the training record, or Skip."""

    def __init__(self, services: Liaison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from liaison.services.entities import ENTITIES
        from liaison.store.reference import STATES

        self.services = services
        self.training_chosen = False
        self.setMinimumWidth(520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.institution = QComboBox(self)
        self.institution.setEditable(True)
        self.institution.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.institution.addItem("", None)
        for record in services.institutions.list(limit=2000):
            self.institution.addItem(ENTITIES["institutions"].title(record), record["id"])
        self.state = QComboBox(self)
        self.state.addItem("", None)
        for code, _name, _status in STATES:
            self.state.addItem(tr_state(code), code)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.institution, self.state), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(self)
        self.start = QPushButton(self)
        self.start.setDefault(True)
        self.training = QPushButton(self)
        self.skip = QPushButton(self)
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.training, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.skip, QDialogButtonBox.ButtonRole.RejectRole)
        self.start.clicked.connect(self.accept)
        self.skip.clicked.connect(self.reject)
        self.training.clicked.connect(self._training)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.name.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Liaison"))
        self.intro.setText(
            self.tr(
                "Your record is empty. Say who you are: your name goes into the minutes' log, and your institution owns the records you create. You can change this later in File → Settings. To look around first, open the training record: sample data kept apart from your record, never synced."  # noqa: E501 - one literal for Qt Linguist
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Your &name:"), self.tr("Your &institution:"), self.tr("&State:")),
            strict=True,
        ):
            label.setText(text)
        self.institution.lineEdit().setPlaceholderText(self.tr("pick one, or type its name"))
        self.start.setText(self.tr("&Start"))
        self.training.setText(self.tr("Open the &training record"))
        self.skip.setText(self.tr("S&kip"))

    def _training(self) -> None:
        self.training_chosen = True
        self.accept()

    def identity(self) -> tuple[str, str, str | None, str | None]:
        """The name, the institution's text, its id when picked, and the state typed."""
        text = self.institution.currentText().strip()
        index = self.institution.findText(text)
        picked = self.institution.itemData(index) if index > 0 else None
        return self.name.text(), text, picked, self.state.currentData()


def welcome(window: MainWindow) -> None:
    """First run on an empty record: ask who the officer is, and offer the training record."""
    services = window.services
    if services is None:
        return
    dialog = WelcomeDialog(services, window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    name, institution, picked, state = dialog.identity()
    training = dialog.training_chosen
    dialog.deleteLater()
    if accepted and (name.strip() or institution):
        Op(window.tasks, window, lambda: save_identity(services, name, institution, picked, state)).run()
    if training:
        window.open_training()
