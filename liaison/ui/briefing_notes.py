"""The briefing dialog's **Notes** tab: find events and bilateral meetings, the notes chosen (in
order), and the counterparts to profile.

- **Finding** runs on a :class:`~liaison.ui.search_box.Searcher` thread, as the window's search
  box does (the latest text only; an empty box lists the latest events), never on the GUI thread
  and never behind a save on the database worker.
- **Counterparts**: the tab keeps whom the officer *unticked* (:attr:`NotesTab.excluded`) and the
  request asks for everyone else, not for the people the list shows: the list of a note added a
  moment ago is still on its way from the worker, and its counterparts must not be dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.briefing import Candidate, Subject, counterpart_candidates
from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.services.entities import BILATERALS, EVENTS
from liaison.ui.accessible import name_clear_button
from liaison.ui.i18n import format_date
from liaison.ui.icons import icon
from liaison.ui.search_box import Searcher, localized_subtitle
from liaison.ui.sections import tr_entity
from liaison.ui.tasks import Latest, TaskManager, show_error

log = logging.getLogger(__name__)

SUBJECT_ROLE = Qt.ItemDataRole.UserRole
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
FOUND_LIMIT = 30

FoundRow = tuple[Subject, str, date | str | None]
"""A note that can be added: (subject, title, its date, or a search hit's subtitle)."""


def finder(services: Liaison) -> Callable[[str], list[FoundRow]]:
    """What the find box's thread runs: events and bilateral meetings matching the text, or the
    latest events for an empty box. Holds the services only, never a widget."""

    def find(text: str) -> list[FoundRow]:
        if text.strip():
            hits = services.search(text, limit=FOUND_LIMIT, kinds=["event", "bilateral"])
            return [
                (Subject("event" if hit.kind == "event" else "bilateral", hit.id), hit.title, hit.subtitle)
                for hit in hits
            ]
        events = services.events.list(order_by=["-start_date"], limit=FOUND_LIMIT)
        return [
            (Subject("event", event["id"]), EVENTS.title(event), event.get("start_date")) for event in events
        ]

    return find


def plain_list(listing: QListWidget) -> None:
    """Long titles cut at the right, whole in the tooltip; no horizontal scrolling."""
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setTextElideMode(Qt.TextElideMode.ElideRight)
    listing.setUniformItemSizes(True)
    listing.setSpacing(2)


class NotesTab(QWidget):
    """See the module docstring. The dialog adds notes through :meth:`add_subject`."""

    wanted = Signal(object)
    """The officer asked to add the note for this :class:`Subject` (found list, Enter, Add)."""
    subjects_changed = Signal()
    """A note was added or removed (the counterparts and papers are read again)."""
    removed = Signal(object)
    """The note for this :class:`Subject` was removed."""
    changed = Signal()
    """Something the PDF shows changed: the notes' order, a counterpart ticked or unticked."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.excluded: set[str] = set()
        self._candidates = Latest(tasks, self)
        self._found_rows: list[FoundRow] = []
        self._found_text: str | None = None  # the text the found list shows the hits of
        self._add_when_found = False  # Enter was pressed before the hits for the text came
        self.find = QLineEdit(self)
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self._add_first_found)
        self.found = QListWidget(self)
        self.found.setMaximumHeight(150)
        self.found.itemActivated.connect(self.add_found)
        self.found.itemDoubleClicked.connect(self.add_found)
        self.add_button = QPushButton(icon("new"), "", self)
        self.add_button.clicked.connect(lambda: self.add_found(self.found.currentItem()))
        self.chosen_label = QLabel(self)
        self.chosen = QListWidget(self)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button = QPushButton(self)
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        self.remove_button = QPushButton(icon("delete"), "", self)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.people_label = QLabel(self)
        self.people = QListWidget(self)
        self.people.itemChanged.connect(self._person_toggled)
        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(lambda: self._check_all_people(True))
        self.none_button = QPushButton(self)
        self.none_button.clicked.connect(lambda: self._check_all_people(False))
        self._lay_out()
        for listing in (self.found, self.chosen, self.people):
            plain_list(listing)

        # Finding runs on a thread of its own; the thread and its slot hold the services only.
        self.searcher: Searcher[list[FoundRow]] = Searcher(finder(services))
        self.searcher.relay.found.connect(self._found, Qt.ConnectionType.QueuedConnection)
        searcher = self.searcher
        self.destroyed.connect(lambda *_: searcher.close())
        self.find.textChanged.connect(self._find_changed)
        self._find_changed("")

    def _lay_out(self) -> None:
        notes = QVBoxLayout(self)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 1)
        find_row.addWidget(self.add_button)
        chosen_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            chosen_buttons.addWidget(button)
        chosen_buttons.addStretch(1)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.all_button)
        people_buttons.addWidget(self.none_button)
        people_buttons.addStretch(1)
        notes.addLayout(find_row)
        notes.addWidget(self.found)
        notes.addWidget(self.chosen_label)
        notes.addWidget(self.chosen, 1)
        notes.addLayout(chosen_buttons)
        notes.addWidget(self.people_label)
        notes.addWidget(self.people, 1)
        notes.addLayout(people_buttons)

    def retranslate(self) -> None:
        self.find.setPlaceholderText(self.tr("Find an event or bilateral meeting to add…"))
        name_clear_button(self.find)
        self.find.setAccessibleName(self.tr("Find an event or bilateral meeting"))
        self.found.setAccessibleName(self.tr("Found"))
        self.add_button.setText(self.tr("&Add"))
        self.chosen_label.setText(self.tr("In this briefing (one note each, in this order):"))
        self.chosen.setAccessibleName(self.tr("In this briefing"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.remove_button.setText(self.tr("&Remove"))
        self.people_label.setText(self.tr("Counterparts to profile:"))
        self.people.setAccessibleName(self.tr("Counterparts"))
        self.all_button.setText(self.tr("All"))
        self.none_button.setText(self.tr("None"))
        self._show_found()
        for row in range(self.chosen.count()):
            self._label_chosen(self.chosen.item(row))

    # -- finding -------------------------------------------------------------------------------------
    def _find_changed(self, text: str) -> None:
        self._add_when_found = False
        self.searcher.request(text)

    def found_current(self) -> bool:
        """Whether the found list shows the hits for the text in the find box."""
        return self._found_text == self.find.text()

    def _found(self, text: str, result: object) -> None:
        """On the GUI thread: a search finished; shown unless the text has changed since."""
        if text != self.find.text():
            return
        self._found_text = text
        if isinstance(result, BaseException):
            log.error("Finding %r failed", text, exc_info=result)
            self._add_when_found = False
            self._found_rows = []
            self._show_found(result)
            return
        assert isinstance(result, list)
        self._found_rows = result
        self._show_found()
        if self._add_when_found:
            self._add_when_found = False
            self._add_first_found()

    def _show_found(self, error: BaseException | None = None) -> None:
        row = self.found.currentRow()
        self.found.clear()
        for subject, title, detail in self._found_rows:
            kind = tr_entity(EVENTS.label if subject.kind == "event" else BILATERALS.label)
            when = format_date(detail) if isinstance(detail, date) else localized_subtitle(detail or "")
            item = QListWidgetItem(f"{title}\n{kind}" + (f" · {when}" if when else ""), self.found)
            item.setData(SUBJECT_ROLE, subject)
            item.setToolTip(title)
        if error is not None or (not self._found_rows and (self._found_text or "").strip()):
            if isinstance(error, KnownError):
                message = error.message()
            elif error is not None:
                message = self.tr("The search failed; the details are in the log.")
            else:
                message = self.tr("Nothing found.")
            item = QListWidgetItem(message, self.found)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        if self._found_rows:
            self.found.setCurrentRow(row if 0 <= row < len(self._found_rows) else 0)

    def _add_first_found(self) -> None:
        """Enter in the find box: add the current (else the first) hit, once the hits for the
        typed text are there."""
        if not self.found_current():
            self._add_when_found = True
            return
        if self._found_rows:
            self.add_found(self.found.currentItem() or self.found.item(0))

    # -- choosing ------------------------------------------------------------------------------------
    def add_found(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(SUBJECT_ROLE) is not None:
            self.wanted.emit(item.data(SUBJECT_ROLE))

    def add_subject(self, subject: Subject) -> str | None:
        """Add a note for ``subject`` (once); its title, or None if it does not exist (any more:
        the officer is told)."""
        records = self.services.events if subject.kind == "event" else self.services.bilaterals
        try:
            record = records.get(subject.id)
        except KnownError as error:
            show_error(self, error)
            return None
        title = records.spec.title(record)
        if subject in self.subjects():
            return title
        item = QListWidgetItem(self.chosen)
        item.setData(SUBJECT_ROLE, subject)
        item.setData(TITLE_ROLE, title)
        item.setData(WHEN_ROLE, record.get("start_date") if subject.kind == "event" else record.get("date"))
        item.setToolTip(title)
        self._label_chosen(item)
        self._subjects_changed()
        return title

    def _label_chosen(self, item: QListWidgetItem) -> None:
        title, when = item.data(TITLE_ROLE), format_date(item.data(WHEN_ROLE))
        item.setText(f"{title}\n{when}" if when else title)

    def subjects(self) -> tuple[Subject, ...]:
        return tuple(self.chosen.item(row).data(SUBJECT_ROLE) for row in range(self.chosen.count()))

    def move_chosen(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)
        self.changed.emit()

    def remove_chosen(self) -> None:
        """Remove the selected note (its talking points stay saved for the next time)."""
        row = self.chosen.currentRow()
        if row < 0:
            return
        item = self.chosen.takeItem(row)
        self.removed.emit(item.data(SUBJECT_ROLE))
        self._subjects_changed()

    def _subjects_changed(self) -> None:
        self.subjects_changed.emit()
        subjects = self.subjects()
        services = self.services
        self._candidates.run(lambda: counterpart_candidates(services, subjects), self._fill_people)

    # -- counterparts ----------------------------------------------------------------------------------
    def _fill_people(self, candidates: list[Candidate]) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for candidate in candidates:
            text = f"{candidate.name}\n{candidate.detail}" if candidate.detail else candidate.name
            item = QListWidgetItem(text, self.people)
            item.setData(CONTACT_ROLE, candidate.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = candidate.contact_id not in self.excluded
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)

    def _person_toggled(self, item: QListWidgetItem) -> None:
        contact_id = item.data(CONTACT_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.excluded.discard(contact_id)
        else:
            self.excluded.add(contact_id)
        self.changed.emit()

    def _check_all_people(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(state)
