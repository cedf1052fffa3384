"""While a new contact is typed: "Rəşad Məmmədov already exists: open it?"

The contact editor's name, Latin name, e-mails and phones are looked up 400 ms after the last
keystroke (a timer restarted by each edit: typing itself does nothing more), on the database
worker, with the duplicates' evidence (:func:`liaison.services.duplicate_review.similar_contacts`:
the search index gives a few candidates, scored as the detection scores a pair). An answer
that comes back after more typing, or after the editor moved to another record, is dropped.
The notice never blocks: the officer may go on and save a second contact (two people may
share a name), or open the existing one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from liaison.services.duplicate_review import Similar, similar_contacts
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op

if TYPE_CHECKING:
    from liaison.ui.editor import RecordEditor

DELAY_MS = 400
WATCHED = ("name", "latin_name", "emails", "phones", "institution_id")


class SimilarNotice(Retranslating, QFrame):
    """A bar above a new contact's form naming the existing contact it probably is."""

    open_requested = Signal(str)
    """The officer chose to open the existing contact (its id)."""

    def __init__(self, editor: RecordEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.found: list[Similar] = []
        self._generation = 0
        self.setObjectName("similarNotice")
        self.setStyleSheet("#similarNotice { background: #e8f1fb; color: #0b2a4a; border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._look)
        for name in WATCHED:
            widget = editor.widgets.get(name)
            if widget is not None:
                widget.edited.connect(self.schedule)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setAccessibleName(QCoreApplication.translate("SimilarNotice", "Possible duplicate"))
        self.open_button.setText(QCoreApplication.translate("SimilarNotice", "&Open the existing contact"))
        self._show_found()

    def reset(self) -> None:
        """Another record is shown: forget what was found, drop what is on its way."""
        self._generation += 1
        self.timer.stop()
        self.found = []
        self.hide()

    def schedule(self) -> None:
        if self.editor.record is not None or self.editor.services.store.read_only:
            return  # only a contact being created
        self._generation += 1
        self.timer.start()

    def _look(self) -> None:
        if self.editor.record is not None:
            return
        values = {name: widget.value() for name, widget in self.editor.widgets.items() if name in WATCHED}
        generation = self._generation
        services = self.editor.services
        Op(self.editor.tasks, self, lambda: similar_contacts(services, values)).success(
            lambda found: self._answer(generation, found)
        ).failure(lambda _error: None).run()  # a hint only: a failed lookup says nothing

    def _answer(self, generation: int, found: list[Similar]) -> None:
        if generation != self._generation or self.editor.record is not None:
            return  # typed on since, or another record shown
        self.found = found
        self._show_found()

    def _show_found(self) -> None:
        if not self.found:
            self.hide()
            return
        best = self.found[0]
        reasons = ", ".join(QCoreApplication.translate("Duplicates", r) for r in best.reasons)
        text = (
            QCoreApplication.translate("SimilarNotice", "%1 already exists (%2): is this the same person?")
            .replace("%1", best.title)
            .replace("%2", reasons)
        )
        if len(self.found) > 1:
            others = ", ".join(s.title for s in self.found[1:4])
            text += " " + QCoreApplication.translate("SimilarNotice", "Also similar: %1.").replace(
                "%1", others
            )
        self.label.setText(text)
        self.open_button.setToolTip(
            QCoreApplication.translate("SimilarNotice", "Open %1 instead of creating a new contact").replace(
                "%1", best.title
            )
        )
        self.show()

    def _open(self) -> None:
        if self.found:
            self.open_requested.emit(self.found[0].id)
