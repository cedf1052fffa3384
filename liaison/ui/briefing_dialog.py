"""The "Briefing pack…" dialog: choose what to brief on, see the PDF, save it, print it.

The officer picks events and bilateral meetings (the one selected in the window comes
preselected), ticks the counterparts to profile and the sections to print, sets the marking and
writes talking points per note. **Make preview** builds the PDF off the GUI thread, as a
:class:`~liaison.ui.tasks.Job` on the database worker (reading the record and laying out pages
take a second or two; a progress dialog with Cancel shows after 300 ms), and shows it with
QtPdf. **Save…** writes exactly the previewed bytes (through a temporary file renamed into
place, on the worker); **Print…** prints the previewed pages beside the window, with progress
and Cancel (:mod:`liaison.ui.printing` says how: QtPdf renders on its own thread, the printer
is painted a band per turn of the event loop). What is saved or printed is always what is on
screen: after a change of options the preview says it is out of date until it is made again.

- **Finding** notes runs on a :class:`~liaison.ui.search_box.Searcher` thread, as the window's
  search box does (the latest text only; an empty box lists the latest events), never on the
  GUI thread and never behind a save on the database worker.
- **Counterparts**: the dialog keeps whom the officer *unticked* and asks for everyone else
  (``excluded_counterparts``), not for the people its list shows: the list of a note added a
  moment ago is still on its way from the worker, and its counterparts must not be dropped.
- **Language**: the dialog retranslates itself on ``LanguageChange`` like every window.
  Dates and place names in the PDF follow the window's language when Make is pressed (unless
  the dialog was given one); after a switch the preview says it is out of date.
- **Talking points** are kept, not asked about: each note's text is saved as it is typed
  (:class:`~liaison.ui.autosave.Autosaver`: within a second, each save one committed
  transaction; a failed save stays on screen and is retried) and comes back the next time that
  event or bilateral meeting is briefed on. The record has no field for them, and they are the
  officer's preparation rather than a fact of the meeting, so they live in the data folder's
  local settings (:mod:`liaison.briefing.points`): they do not sync. Closing the dialog saves
  at once; quitting the application waits for the save (and asks, like meeting mode, if it
  keeps failing).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.briefing import (
    MARKINGS,
    Briefing,
    BriefingRequest,
    Candidate,
    Section,
    Subject,
    counterpart_candidates,
    make_briefing,
    save_pdf,
    store_talking_points,
    stored_talking_points,
)
from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.services.entities import BILATERALS, EVENTS
from liaison.ui.accessible import name_clear_button
from liaison.ui.autosave import FAILED, IDLE, PENDING, SAVING, Autosaver, save_or_ask
from liaison.ui.i18n import format_date
from liaison.ui.icons import icon
from liaison.ui.language import Retranslating, current_language
from liaison.ui.printing import PrintJob, pages_to_print
from liaison.ui.search_box import Searcher, localized_subtitle
from liaison.ui.sections import tr_entity
from liaison.ui.tasks import Job, JobControl, Op, TaskManager, show_error

log = logging.getLogger(__name__)

SUBJECT_ROLE = Qt.ItemDataRole.UserRole
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
FOUND_LIMIT = 30

FoundRow = tuple[Subject, str, date | str | None]
"""A note that can be added: (subject, title, its date, or a search hit's subtitle)."""

Text = Callable[[], str]
"""A message for the officer, made again in the new language after a switch."""


def label(text: str) -> str:
    """A label marked below with ``QT_TRANSLATE_NOOP("BriefingDialog", …)``, translated."""
    return QCoreApplication.translate("BriefingDialog", text)


SECTION_LABELS: dict[Section, str] = {
    Section.AGENDA: QT_TRANSLATE_NOOP("BriefingDialog", "Agenda (or topics)"),
    Section.DELEGATIONS: QT_TRANSLATE_NOOP("BriefingDialog", "Delegations (or parties)"),
    Section.COUNTERPARTS: QT_TRANSLATE_NOOP("BriefingDialog", "Counterpart profiles"),
    Section.TALKING_POINTS: QT_TRANSLATE_NOOP("BriefingDialog", "Talking points"),
    Section.PLAN: QT_TRANSLATE_NOOP("BriefingDialog", "Joint Action Plan activities"),
    Section.MINUTES: QT_TRANSLATE_NOOP("BriefingDialog", "Last minutes (annex)"),
}


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


class BriefingDialog(Retranslating, QDialog):
    """See the module docstring. ``subjects`` are preselected; ``language`` fixes the PDF's
    (otherwise it is the window's when Make is pressed)."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        subjects: tuple[Subject, ...] = (),
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.language = language
        self.briefing: Briefing | None = None
        self.briefing_language: str | None = None  # the language of the preview's dates
        self.stale = False
        self.job: Job[Briefing] | None = None
        self.printing: PrintJob | None = None
        self.print_progress: QProgressDialog | None = None
        self._making = False
        self._said: Text = lambda: self.tr("Choose what to brief on, then Make preview (Ctrl+Return).")
        self._points: dict[Subject, str] = {}  # every note's talking points, as typed or stored
        self._points_state = (IDLE, "")
        self._excluded: set[str] = set()
        self._candidates_generation = 0
        self._found_rows: list[FoundRow] = []
        self._found_text: str | None = None  # the text the found list shows the hits of
        self._add_when_found = False  # Enter was pressed before the hits for the text came
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.setWindowIcon(icon("brief"))
        self.resize(1180, 780)

        # -- left: what goes in ----------------------------------------------------------------
        self.tabs = QTabWidget(self)
        notes_tab = QWidget(self.tabs)
        notes = QVBoxLayout(notes_tab)
        self.find = QLineEdit(notes_tab)
        self.find.setClearButtonEnabled(True)
        self.find.returnPressed.connect(self._add_first_found)
        self.found = QListWidget(notes_tab)
        self.found.setMaximumHeight(150)
        self.found.itemActivated.connect(self.add_found)
        self.found.itemDoubleClicked.connect(self.add_found)
        self.add_button = QPushButton(icon("new"), "", notes_tab)
        self.add_button.clicked.connect(lambda: self.add_found(self.found.currentItem()))
        self.chosen_label = QLabel(notes_tab)
        self.chosen = QListWidget(notes_tab)
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.up_button = QPushButton(notes_tab)
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button = QPushButton(notes_tab)
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        self.remove_button = QPushButton(icon("delete"), "", notes_tab)
        self.remove_button.clicked.connect(self.remove_chosen)
        chosen_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            chosen_buttons.addWidget(button)
        chosen_buttons.addStretch(1)
        self.people_label = QLabel(notes_tab)
        self.people = QListWidget(notes_tab)
        self.people.itemChanged.connect(self._person_toggled)
        self.all_button = QPushButton(notes_tab)
        self.all_button.clicked.connect(lambda: self._check_all_people(True))
        self.none_button = QPushButton(notes_tab)
        self.none_button.clicked.connect(lambda: self._check_all_people(False))
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.all_button)
        people_buttons.addWidget(self.none_button)
        people_buttons.addStretch(1)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 1)
        find_row.addWidget(self.add_button)
        notes.addLayout(find_row)
        notes.addWidget(self.found)
        notes.addWidget(self.chosen_label)
        notes.addWidget(self.chosen, 1)
        notes.addLayout(chosen_buttons)
        notes.addWidget(self.people_label)
        notes.addWidget(self.people, 1)
        notes.addLayout(people_buttons)
        self.tabs.addTab(notes_tab, "")

        options_tab = QWidget(self.tabs)
        options = QVBoxLayout(options_tab)
        self.sections_box = QGroupBox(options_tab)
        sections_layout = QVBoxLayout(self.sections_box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(self.sections_box)
            box.setChecked(True)
            box.toggled.connect(self.mark_stale)
            sections_layout.addWidget(box)
            self.section_boxes[section] = box
        form = QFormLayout()
        self.marking = QComboBox(options_tab)
        self.marking.setEditable(True)
        self.marking.addItems(list(MARKINGS))
        self.marking.currentTextChanged.connect(self.mark_stale)
        self.title_edit = QLineEdit(options_tab)
        self.title_edit.textChanged.connect(self.mark_stale)
        self.marking_label = QLabel(options_tab)
        self.marking_label.setBuddy(self.marking)
        self.title_label = QLabel(options_tab)
        self.title_label.setBuddy(self.title_edit)
        form.addRow(self.marking_label, self.marking)
        form.addRow(self.title_label, self.title_edit)
        options.addWidget(self.sections_box)
        options.addLayout(form)
        options.addStretch(1)
        self.tabs.addTab(options_tab, "")

        points_tab = QWidget(self.tabs)
        points = QVBoxLayout(points_tab)
        self.points_for_label = QLabel(points_tab)
        self.points_for = QComboBox(points_tab)
        self.points_for.currentIndexChanged.connect(self._show_points)
        self.points_for_label.setBuddy(self.points_for)
        self.points = QPlainTextEdit(points_tab)
        self.points.textChanged.connect(self._points_edited)
        self.points_saved = QLabel(points_tab)
        self.points_saved.setWordWrap(True)
        self.points_saved.setEnabled(False)  # drawn in the muted text colour, like a hint
        points.addWidget(self.points_for_label)
        points.addWidget(self.points_for)
        points.addWidget(self.points, 1)
        points.addWidget(self.points_saved)
        self.tabs.addTab(points_tab, "")

        # -- right: the preview ------------------------------------------------------------------
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        preview = QWidget(self)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.view, 1)
        preview_layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox(self)
        self.make_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.setIcon(icon("brief"))
        self.make_button.clicked.connect(self.make)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setIcon(icon("save"))
        self.save_button.clicked.connect(self.save)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        for key, slot in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self.make),
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Print, self.print_),
        ):
            action = QAction(self)
            action.setShortcut(key)
            action.triggered.connect(slot)
            self.addAction(action)

        for listing in (self.found, self.chosen, self.people):  # long titles: cut, whole in the tooltip
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
            listing.setUniformItemSizes(True)
            listing.setSpacing(2)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        # Talking points are saved as typed (the writer runs on the worker, holding no widget).
        self.autosaver = Autosaver(tasks, lambda points: store_talking_points(services, points), self)
        self.autosaver.state_changed.connect(self._points_saving)
        # Finding runs on a thread of its own; the thread and its slot hold the services only.
        self.searcher: Searcher[list[FoundRow]] = Searcher(finder(services))
        self.searcher.relay.found.connect(self._found, Qt.ConnectionType.QueuedConnection)
        searcher = self.searcher
        self.destroyed.connect(lambda *_: searcher.close())
        self.find.textChanged.connect(self._find_changed)

        self.retranslate()
        self._update_buttons()
        self._show_points(-1)
        self._find_changed("")
        for subject in subjects:
            self.add_subject(subject)

    def retranslate(self) -> None:
        """Every text of the dialog in the window's language (see liaison/ui/language.py)."""
        self.setWindowTitle(self.tr("Briefing pack"))
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
        self.sections_box.setTitle(self.tr("Sections (the cover is always there)"))
        for section, box in self.section_boxes.items():
            box.setText(label(SECTION_LABELS[section]))
        self.marking.setToolTip(
            self.tr("Printed at the top and bottom of every page; type any other marking")
        )
        self.title_edit.setPlaceholderText(self.tr("Where the trip goes (for a pack of several notes)"))
        self.marking_label.setText(self.tr("&Marking:"))
        self.title_label.setText(self.tr("&Title:"))
        self.points_for_label.setText(self.tr("Talking points for:"))
        self.points_for.setAccessibleName(self.tr("Talking points for"))
        self.points.setPlaceholderText(
            self.tr("What you want to say or ask. Lines starting with “-” print as a list.")
        )
        self.points.setAccessibleName(self.tr("Talking points"))
        for index, text in enumerate((self.tr("&Notes"), self.tr("&Options"), self.tr("&Talking points"))):
            self.tabs.setTabText(index, text)
        self.view.setAccessibleName(self.tr("Preview"))
        self.make_button.setText(self.tr("&Make preview"))
        self.make_button.setToolTip(self.tr("Build the PDF from the record (Ctrl+Return)"))
        self.save_button.setText(self.tr("&Save…"))
        self.print_button.setText(self.tr("&Print…"))
        self._show_found()
        for row in range(self.chosen.count()):
            self._label_chosen(self.chosen.item(row))
        self._show_points_state()
        self.status.setText(self._said())
        if (
            self.briefing is not None
            and self.language is None
            and self.briefing_language != current_language()
        ):
            self.mark_stale()  # the preview's dates are in the language before the switch

    def _say(self, text: Text) -> None:
        """Show ``text()`` in the status line (and again, translated, after a switch)."""
        self._said = text
        self.status.setText(text())

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
            self.add_subject(item.data(SUBJECT_ROLE))

    def add_subject(self, subject: Subject) -> bool:
        """Add a note for ``subject`` (once); False if it does not exist (any more). Its talking
        points come back as they were last typed."""
        if subject in self.subjects():
            return True
        records = self.services.events if subject.kind == "event" else self.services.bilaterals
        try:
            record = records.get(subject.id)
            if subject not in self._points:  # (typed in this dialog before: newer than the stored)
                self._points[subject] = stored_talking_points(self.services, [subject]).get(subject, "")
        except KnownError as error:
            show_error(self, error)
            return False
        title = records.spec.title(record)
        item = QListWidgetItem(self.chosen)
        item.setData(SUBJECT_ROLE, subject)
        item.setData(TITLE_ROLE, title)
        item.setData(WHEN_ROLE, record.get("start_date") if subject.kind == "event" else record.get("date"))
        item.setToolTip(title)
        self._label_chosen(item)
        self.points_for.addItem(title, subject)
        self._subjects_changed()
        return True

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
        self.mark_stale()

    def remove_chosen(self) -> None:
        """Remove the selected note (its talking points stay saved for the next time)."""
        row = self.chosen.currentRow()
        if row < 0:
            return
        item = self.chosen.takeItem(row)
        subject = item.data(SUBJECT_ROLE)
        index = self.points_for.findData(subject)
        if index >= 0:
            self.points_for.removeItem(index)
        self._subjects_changed()

    def _subjects_changed(self) -> None:
        self.mark_stale()
        self._update_buttons()
        self._candidates_generation += 1
        generation = self._candidates_generation
        subjects = self.subjects()
        services = self.services
        Op(self.tasks, self, lambda: counterpart_candidates(services, subjects)).success(
            lambda found: self._fill_people(generation, found)
        ).run()

    def _fill_people(self, generation: int, candidates: list[Candidate]) -> None:
        if generation != self._candidates_generation:
            return  # a later change of notes is on its way
        self.people.blockSignals(True)
        self.people.clear()
        for candidate in candidates:
            text = f"{candidate.name}\n{candidate.detail}" if candidate.detail else candidate.name
            item = QListWidgetItem(text, self.people)
            item.setData(CONTACT_ROLE, candidate.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = candidate.contact_id not in self._excluded
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)

    def _person_toggled(self, item: QListWidgetItem) -> None:
        contact_id = item.data(CONTACT_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._excluded.discard(contact_id)
        else:
            self._excluded.add(contact_id)
        self.mark_stale()

    def _check_all_people(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.people.count()):
            self.people.item(row).setCheckState(state)

    # -- talking points ------------------------------------------------------------------------------
    def _show_points(self, index: int) -> None:
        subject = self.points_for.itemData(index) if index >= 0 else None
        self.points.blockSignals(True)
        self.points.setPlainText(self._points.get(subject, "") if subject is not None else "")
        self.points.setEnabled(subject is not None)
        self.points.blockSignals(False)

    def _points_edited(self) -> None:
        subject = self.points_for.currentData()
        if subject is None:
            return
        self._points[subject] = self.points.toPlainText()
        self.autosaver.changed(subject, lambda: self._points.get(subject, ""))
        self.mark_stale()

    def _points_saving(self, state: str, message: str) -> None:
        self._points_state = (state, message)
        self._show_points_state()

    def _show_points_state(self) -> None:
        state, message = self._points_state
        if state == FAILED:
            text = self.tr("Not saved: %1. Trying again; your text stays here.").replace("%1", message)
        elif state in (PENDING, SAVING):
            text = self.tr("Saving…")
        else:
            text = self.tr("Kept on this computer for the next briefing; talking points do not sync.")
        self.points_saved.setText(text)
        self.points_saved.setEnabled(state == FAILED)  # a failure in the normal text colour

    def finish(self) -> bool:
        """Before the application quits: save the talking points (if that fails, let the officer
        retry, stay, or quit anyway), then stop a print run. False: stay, printing goes on."""
        if not save_or_ask(
            self.autosaver,
            self,
            title=self.tr("Not saved"),
            message=lambda error: self.tr("Your talking points could not be saved: %1").replace("%1", error),
            explanation=self.tr(
                "Try again, keep Liaison open (your text stays on screen), or quit and lose the unsaved text."
            ),
            keep=self.tr("Keep open"),
            lose=self.tr("Quit and lose it"),
        ):
            return False  # staying: a print run goes on
        if self.printing is not None:
            self.printing.cancel_now()
        return True

    def done(self, result: int) -> None:
        """Close (Close, Esc, the title bar): what was typed is saved now, not a second later."""
        self.autosaver.flush()
        super().done(result)

    def request(self) -> BriefingRequest:
        """What the dialog asks for now."""
        subjects = self.subjects()
        return BriefingRequest(
            subjects=subjects,
            sections=frozenset(section for section, box in self.section_boxes.items() if box.isChecked()),
            marking=self.marking.currentText(),
            language=self.language or current_language(),
            talking_points={s: self._points[s] for s in subjects if self._points.get(s, "").strip()},
            excluded_counterparts=frozenset(self._excluded),
            title=self.title_edit.text().strip(),
        )

    # -- making the preview ----------------------------------------------------------------------
    def mark_stale(self) -> None:
        if self.briefing is not None and not self.stale:
            self.stale = True
            self._say(
                lambda: self.tr(
                    "Changed since the preview was made: Make preview (Ctrl+Return) to update it."
                )
            )

    def make(self) -> None:
        if not self.subjects():
            self._say(lambda: self.tr("Add at least one event or bilateral meeting first."))
            return
        if self.job is not None or self.printing is not None:
            return  # one at a time
        try:
            request = self.request()
        except KnownError as error:
            show_error(self, error)
            return
        services = self.services

        def work(control: JobControl) -> Briefing:
            return make_briefing(services, request, progress=control.progress, cancel=control.cancel_event)

        def finished() -> None:  # after success, cancel or failure alike (the Job reports those)
            self.job = None
            self._update_buttons()
            if self._making:  # neither shown nor cancelled: it failed
                self._making = False
                self._say(lambda: self.tr("The briefing was not made."))

        def cancelled() -> None:
            self._making = False
            self._say(lambda: self.tr("Cancelled; the preview was not changed."))

        self._making = True
        self._say(lambda: self.tr("Making the briefing…"))
        self.job = (
            Job(self.tasks, self, self.tr("Making the briefing…"), work)
            .success(lambda briefing: self.show_pdf(briefing, request.language))
            .cancelled(cancelled)
        )
        future = self.job.run()
        future.add_done_callback(lambda _future: self.tasks.run_on_main(finished))
        self._update_buttons()

    def show_pdf(self, briefing: Briefing, language: str | None = None) -> None:
        """Show ``briefing`` (dated in ``language``) in the preview; the bytes are kept for
        Save… and Print…."""
        self._making = False
        self.briefing = briefing
        self.briefing_language = language or self.language or current_language()
        self.stale = False
        self.document.close()
        self._pdf_bytes = QByteArray(briefing.pdf)
        buffer = QBuffer(self._pdf_bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        lacks = sum(len(gaps) for _title, gaps in briefing.gaps)

        def said() -> str:
            text = self.tr("%n page(s).", None, briefing.pages)
            if briefing.draft:
                text += " " + self.tr("DRAFT: the minutes it uses are not agreed yet.")
            if lacks:
                text += " " + self.tr("The record lacks %n thing(s); the PDF says which.", None, lacks)
            return text

        self._say(said)
        self._update_buttons()
        if self.language is None and self.briefing_language != current_language():
            self.mark_stale()  # the language changed while it was being made

    def _update_buttons(self) -> None:
        ready = self.briefing is not None and self.job is None and self.printing is None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.make_button.setEnabled(self.job is None and self.printing is None and bool(self.subjects()))

    # -- saving and printing -----------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        titles = self.briefing.titles if self.briefing is not None else ()
        stem = titles[0] if len(titles) == 1 else (self.title_edit.text().strip() or self.tr("Briefing pack"))
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem).strip()[:80] or "briefing"
        return f"{stem}.pdf"

    def save(self) -> None:
        if self.briefing is None:
            return
        start = str(Path.home() / self.suggested_file_name())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the briefing"), start, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(name)

    def save_to(self, path: str) -> None:
        """Write the previewed PDF to ``path`` on the worker (whole or not at all)."""
        if self.briefing is None:
            return
        pdf = self.briefing.pdf
        Op(self.tasks, self, lambda: save_pdf(pdf, path)).success(
            lambda saved: self._say(lambda: self.tr("Saved to %1.").replace("%1", str(saved)))
        ).run()

    def print_(self) -> None:
        if self.briefing is None or self.printing is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the briefing"))
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the previewed pages (the printer's page range, else all) on ``printer``,
        beside the window (see :mod:`liaison.ui.printing`); the status line says how it ends."""
        if self.briefing is None or self.printing is not None:
            return
        pages = pages_to_print(printer, self.briefing.pages)
        job = PrintJob(self.briefing.pdf, printer, pages, self)
        progress = QProgressDialog(
            "", QCoreApplication.translate("Tasks", "Cancel"), 0, max(len(pages), 1), self
        )
        progress.setWindowTitle(self.tr("Print the briefing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a page or two: done before it would show
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.progressed.connect(self._print_progressed)
        job.finished.connect(lambda printed: self._print_ended(job, self._sent(printed)))
        job.cancelled.connect(lambda sent: self._print_ended(job, self._print_cancelled(sent)))
        job.failed.connect(lambda started: self._print_failed(job, started))
        self.printing, self.print_progress = job, progress
        self._update_buttons()
        self._print_progressed(0, len(pages))
        job.start()

    def _print_progressed(self, done: int, total: int) -> None:
        def said() -> str:
            return (
                self.tr("Printing page %1 of %2…")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )

        self._say(said)
        if self.print_progress is not None:
            self.print_progress.setLabelText(said())
            self.print_progress.setValue(done)

    def _sent(self, printed: int) -> Text:
        return lambda: self.tr("Sent %n page(s) to the printer.", None, printed)

    def _print_cancelled(self, sent: int) -> Text:
        if not sent:
            return lambda: self.tr("Printing cancelled; nothing was sent to the printer.")
        return lambda: self.tr(
            "Printing cancelled; the printer could not take back the %n page(s) already sent.", None, sent
        )

    def _print_ended(self, job: PrintJob, said: Text) -> None:
        if self.printing is not job:
            return
        progress = self.print_progress
        self.printing, self.print_progress = None, None
        if progress is not None:
            progress.canceled.disconnect(job.cancel)
            progress.close()
            progress.deleteLater()
        job.deleteLater()
        self._say(said)
        self._update_buttons()

    def _print_failed(self, job: PrintJob, started: bool) -> None:
        def said() -> str:
            if started:
                return self.tr("Printing stopped: a page could not be rendered.")
            return self.tr("The printer could not be started.")

        self._print_ended(job, said)
        QMessageBox.warning(self, self.tr("Print the briefing"), said())


def open_briefing_dialog(window: QWidget, services: Liaison, tasks: TaskManager) -> BriefingDialog:
    """Show the dialog for ``window`` (one per window), with the event or bilateral meeting
    selected on the window's current page added; made at once when something was selected."""
    dialog = window.findChild(BriefingDialog)
    subject = _selected_subject(window)
    if dialog is None:
        dialog = BriefingDialog(services, tasks, window, subjects=(subject,) if subject else ())
        if subject is not None:
            dialog.make()
    elif subject is not None:
        dialog.add_subject(subject)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _selected_subject(window: QWidget) -> Subject | None:
    current = getattr(window, "current_page", None)
    if current is None:
        return None
    page = current()
    record = page.current()
    if record is None:
        return None
    if page.spec.name == "events":
        return Subject("event", record["id"])
    if page.spec.name == "bilaterals":
        return Subject("bilateral", record["id"])
    return None
