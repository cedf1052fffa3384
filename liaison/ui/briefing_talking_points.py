"""The briefing dialog's **Talking points** tab: the officer's text per note, kept as typed.

Talking points are kept, not asked about: each note's text is saved as it is typed
(:class:`~liaison.ui.autosave.Autosaver`: within a second, each save one committed transaction;
a failed save stays on screen and is retried) and comes back the next time that event or
bilateral meeting is briefed on. The record has no field for them, and they are the officer's
preparation rather than a fact of the meeting, so they live in the data folder's local settings
(:mod:`liaison.briefing.points`): they do not sync. Closing the dialog saves at once; quitting
the application waits for the save (and asks, like meeting mode, if it keeps failing).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from liaison.briefing import Subject, store_talking_points, stored_talking_points
from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.ui.autosave import FAILED, IDLE, PENDING, SAVING, Autosaver, save_or_ask
from liaison.ui.tasks import TaskManager, show_error


class TalkingPointsTab(QWidget):
    """See the module docstring."""

    changed = Signal()
    """The officer typed: the preview is out of date."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.typed: dict[Subject, str] = {}  # every note's talking points, as typed or stored
        self._state = (IDLE, "")
        layout = QVBoxLayout(self)
        self.points_for_label = QLabel(self)
        self.points_for = QComboBox(self)
        self.points_for.currentIndexChanged.connect(self._show_points)
        self.points_for_label.setBuddy(self.points_for)
        self.points = QPlainTextEdit(self)
        self.points.textChanged.connect(self._points_edited)
        self.points_saved = QLabel(self)
        self.points_saved.setWordWrap(True)
        self.points_saved.setEnabled(False)  # drawn in the muted text colour, like a hint
        layout.addWidget(self.points_for_label)
        layout.addWidget(self.points_for)
        layout.addWidget(self.points, 1)
        layout.addWidget(self.points_saved)
        # Saved as typed (the writer runs on the worker, holding no widget).
        self.autosaver = Autosaver(tasks, lambda points: store_talking_points(services, points), self)
        self.autosaver.state_changed.connect(self._saving)
        self._show_points(-1)

    def retranslate(self) -> None:
        self.points_for_label.setText(self.tr("Talking points for:"))
        self.points_for.setAccessibleName(self.tr("Talking points for"))
        self.points.setPlaceholderText(
            self.tr("What you want to say or ask. Lines starting with “-” print as a list.")
        )
        self.points.setAccessibleName(self.tr("Talking points"))
        self._show_state()

    def add(self, subject: Subject, title: str) -> bool:
        """Offer the note's talking points, as last typed (here, or stored); False if they
        cannot be read (the officer is told)."""
        if subject not in self.typed:  # (typed in this dialog before: newer than the stored)
            try:
                self.typed[subject] = stored_talking_points(self.services, [subject]).get(subject, "")
            except KnownError as error:
                show_error(self, error)
                return False
        self.points_for.addItem(title, subject)
        return True

    def remove(self, subject: Subject) -> None:
        """The note left the briefing (what was typed stays saved for the next time)."""
        index = self.points_for.findData(subject)
        if index >= 0:
            self.points_for.removeItem(index)

    def for_subjects(self, subjects: tuple[Subject, ...]) -> dict[Subject, str]:
        """The talking points of ``subjects`` that say something."""
        return {s: self.typed[s] for s in subjects if self.typed.get(s, "").strip()}

    def _show_points(self, index: int) -> None:
        subject = self.points_for.itemData(index) if index >= 0 else None
        self.points.blockSignals(True)
        self.points.setPlainText(self.typed.get(subject, "") if subject is not None else "")
        self.points.setEnabled(subject is not None)
        self.points.blockSignals(False)

    def _points_edited(self) -> None:
        subject = self.points_for.currentData()
        if subject is None:
            return
        self.typed[subject] = self.points.toPlainText()
        self.autosaver.changed(subject, lambda: self.typed.get(subject, ""))
        self.changed.emit()

    def _saving(self, state: str, message: str) -> None:
        self._state = (state, message)
        self._show_state()

    def _show_state(self) -> None:
        state, message = self._state
        if state == FAILED:
            text = self.tr("Not saved: %1. Trying again; your text stays here.").replace("%1", message)
        elif state in (PENDING, SAVING):
            text = self.tr("Saving…")
        else:
            text = self.tr("Kept on this computer for the next briefing; talking points do not sync.")
        self.points_saved.setText(text)
        self.points_saved.setEnabled(state == FAILED)  # a failure in the normal text colour

    def save_or_ask(self, parent: QWidget) -> bool:
        """Before the application quits: save now (if that fails, let the officer retry, stay,
        or quit anyway). False: stay."""
        return save_or_ask(
            self.autosaver,
            parent,
            title=self.tr("Not saved"),
            message=lambda error: self.tr("Your talking points could not be saved: %1").replace("%1", error),
            explanation=self.tr(
                "Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text."
            ),
            keep=self.tr("Keep open"),
            lose=self.tr("Quit and lose it"),
        )
