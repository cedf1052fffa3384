"""The "Briefing pack…" dialog: choose what to brief on, see the PDF, save it, print it.

The officer picks events and bilateral meetings (the one selected in the window comes
preselected), ticks the counterparts to profile and the sections to print, sets the marking and
writes talking points per note. **Make preview** builds the PDF off the GUI thread, as a
:class:`~liaison.ui.tasks.Job` on the database worker (reading the record and laying out pages
take a second or two; a progress dialog with Cancel shows after 300 ms), and shows it with
QtPdf. **Save…** writes exactly the previewed bytes (through a temporary file renamed into
place, on the worker); **Print…** renders the previewed pages onto the chosen printer. What is
saved or printed is always what is on screen: after a change of options the preview says it
is out of date until it is made again.

Dates and place names in the PDF follow the application's language (``QLocale()``), labels the
installed translator.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
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
)
from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.services.entities import BILATERALS, EVENTS
from liaison.ui.i18n import format_date
from liaison.ui.icons import icon
from liaison.ui.sections import tr_entity
from liaison.ui.tasks import Job, JobControl, Op, TaskManager, show_error

SUBJECT_ROLE = Qt.ItemDataRole.UserRole
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
PRINT_DPI = 300  # pages are rendered for the printer at this resolution (enough for text)
FOUND_LIMIT = 30


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


def ui_language() -> str:
    """The language the application runs in, as a code babel knows ("kk", "tr", "en")."""
    name = QLocale().name()  # "kk_KZ"; "C" when nothing is set
    code = name.split("_")[0]
    return "en" if code in ("", "C") else code


class BriefingDialog(QDialog):
    """See the module docstring. ``subjects`` are preselected; ``language`` defaults to the UI's."""

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
        self.language = language or ui_language()
        self.briefing: Briefing | None = None
        self.stale = False
        self.job: Job[Briefing] | None = None
        self._titles: dict[Subject, str] = {}
        self._points: dict[Subject, str] = {}
        self._excluded: set[str] = set()
        self._candidates_generation = 0
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.setWindowTitle(QCoreApplication.translate("BriefingDialog", "Briefing pack"))
        self.setWindowIcon(icon("brief"))
        self.resize(1180, 780)

        # -- left: what goes in ----------------------------------------------------------------
        self.tabs = QTabWidget(self)
        notes_tab = QWidget(self.tabs)
        notes = QVBoxLayout(notes_tab)
        self.find = QLineEdit(notes_tab)
        self.find.setPlaceholderText(
            QCoreApplication.translate("BriefingDialog", "Find an event or bilateral meeting to add…")
        )
        self.find.setClearButtonEnabled(True)
        self.find.setAccessibleName(
            QCoreApplication.translate("BriefingDialog", "Find an event or bilateral meeting")
        )
        self.find.textChanged.connect(self.search)
        self.find.returnPressed.connect(self._add_first_found)
        self.found = QListWidget(notes_tab)
        self.found.setAccessibleName(QCoreApplication.translate("BriefingDialog", "Found"))
        self.found.setMaximumHeight(150)
        self.found.itemActivated.connect(self.add_found)
        self.found.itemDoubleClicked.connect(self.add_found)
        add_button = QPushButton(icon("new"), QCoreApplication.translate("BriefingDialog", "&Add"), notes_tab)
        add_button.clicked.connect(lambda: self.add_found(self.found.currentItem()))
        self.chosen = QListWidget(notes_tab)
        self.chosen.setAccessibleName(QCoreApplication.translate("BriefingDialog", "In this briefing"))
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        up = QPushButton(QCoreApplication.translate("BriefingDialog", "Up"), notes_tab)
        up.clicked.connect(lambda: self.move_chosen(-1))
        down = QPushButton(QCoreApplication.translate("BriefingDialog", "Down"), notes_tab)
        down.clicked.connect(lambda: self.move_chosen(1))
        remove = QPushButton(
            icon("delete"), QCoreApplication.translate("BriefingDialog", "&Remove"), notes_tab
        )
        remove.clicked.connect(self.remove_chosen)
        chosen_buttons = QHBoxLayout()
        for button in (up, down, remove):
            chosen_buttons.addWidget(button)
        chosen_buttons.addStretch(1)
        self.people = QListWidget(notes_tab)
        self.people.setAccessibleName(QCoreApplication.translate("BriefingDialog", "Counterparts"))
        self.people.itemChanged.connect(self._person_toggled)
        everyone = QPushButton(QCoreApplication.translate("BriefingDialog", "All"), notes_tab)
        everyone.clicked.connect(lambda: self._check_all_people(True))
        nobody = QPushButton(QCoreApplication.translate("BriefingDialog", "None"), notes_tab)
        nobody.clicked.connect(lambda: self._check_all_people(False))
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(everyone)
        people_buttons.addWidget(nobody)
        people_buttons.addStretch(1)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 1)
        find_row.addWidget(add_button)
        notes.addLayout(find_row)
        notes.addWidget(self.found)
        notes.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "BriefingDialog", "In this briefing (one note each, in this order):"
                ),
                notes_tab,
            )
        )
        notes.addWidget(self.chosen, 1)
        notes.addLayout(chosen_buttons)
        notes.addWidget(
            QLabel(QCoreApplication.translate("BriefingDialog", "Counterparts to profile:"), notes_tab)
        )
        notes.addWidget(self.people, 1)
        notes.addLayout(people_buttons)
        self.tabs.addTab(notes_tab, QCoreApplication.translate("BriefingDialog", "&Notes"))

        options_tab = QWidget(self.tabs)
        options = QVBoxLayout(options_tab)
        sections_box = QGroupBox(
            QCoreApplication.translate("BriefingDialog", "Sections (the cover is always there)"), options_tab
        )
        sections_layout = QVBoxLayout(sections_box)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for section in Section:
            box = QCheckBox(label(SECTION_LABELS[section]), sections_box)
            box.setChecked(True)
            box.toggled.connect(self.mark_stale)
            sections_layout.addWidget(box)
            self.section_boxes[section] = box
        form = QFormLayout()
        self.marking = QComboBox(options_tab)
        self.marking.setEditable(True)
        self.marking.addItems(list(MARKINGS))
        self.marking.setToolTip(
            QCoreApplication.translate(
                "BriefingDialog", "Printed at the top and bottom of every page; type any other marking"
            )
        )
        self.marking.currentTextChanged.connect(self.mark_stale)
        self.title_edit = QLineEdit(options_tab)
        self.title_edit.setPlaceholderText(
            QCoreApplication.translate("BriefingDialog", "Where the trip goes (for a pack of several notes)")
        )
        self.title_edit.textChanged.connect(self.mark_stale)
        form.addRow(QCoreApplication.translate("BriefingDialog", "&Marking:"), self.marking)
        form.addRow(QCoreApplication.translate("BriefingDialog", "&Title:"), self.title_edit)
        options.addWidget(sections_box)
        options.addLayout(form)
        options.addStretch(1)
        self.tabs.addTab(options_tab, QCoreApplication.translate("BriefingDialog", "&Options"))

        points_tab = QWidget(self.tabs)
        points = QVBoxLayout(points_tab)
        self.points_for = QComboBox(points_tab)
        self.points_for.setAccessibleName(QCoreApplication.translate("BriefingDialog", "Talking points for"))
        self.points_for.currentIndexChanged.connect(self._show_points)
        self.points = QPlainTextEdit(points_tab)
        self.points.setPlaceholderText(
            QCoreApplication.translate(
                "BriefingDialog", "What you want to say or ask. Lines starting with “-” print as a list."
            )
        )
        self.points.setAccessibleName(QCoreApplication.translate("BriefingDialog", "Talking points"))
        self.points.textChanged.connect(self._points_edited)
        points.addWidget(
            QLabel(QCoreApplication.translate("BriefingDialog", "Talking points for:"), points_tab)
        )
        points.addWidget(self.points_for)
        points.addWidget(self.points, 1)
        self.tabs.addTab(points_tab, QCoreApplication.translate("BriefingDialog", "&Talking points"))

        # -- right: the preview ------------------------------------------------------------------
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(QCoreApplication.translate("BriefingDialog", "Preview"))
        self.status = QLabel(
            QCoreApplication.translate(
                "BriefingDialog", "Choose what to brief on, then Make preview (Ctrl+Return)."
            ),
            self,
        )
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
        self.make_button = self.buttons.addButton(
            QCoreApplication.translate("BriefingDialog", "&Make preview"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.make_button.setIcon(icon("brief"))
        self.make_button.setToolTip(
            QCoreApplication.translate("BriefingDialog", "Build the PDF from the record (Ctrl+Return)")
        )
        self.make_button.clicked.connect(self.make)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("BriefingDialog", "&Save…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setIcon(icon("save"))
        self.save_button.clicked.connect(self.save)
        self.print_button = self.buttons.addButton(
            QCoreApplication.translate("BriefingDialog", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
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
        self._update_buttons()
        self.search("")
        for subject in subjects:
            self.add_subject(subject)

    # -- choosing ------------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Fill the found list: matches of ``text`` (events and bilateral meetings), or the
        latest events when nothing is typed. Reads are quick (indexed); no write happens here."""
        self.found.clear()
        if text.strip():
            hits = self.services.search(text, limit=FOUND_LIMIT, kinds=["event", "bilateral"])
            rows = [
                (Subject("event" if h.kind == "event" else "bilateral", h.id), h.title, h.subtitle)
                for h in hits
            ]
        else:
            events = self.services.events.list(order_by=["-start_date"], limit=FOUND_LIMIT)
            rows = [
                (Subject("event", e["id"]), EVENTS.title(e), format_date(e.get("start_date"))) for e in events
            ]
        for subject, title, detail in rows:
            kind = tr_entity(EVENTS.label if subject.kind == "event" else BILATERALS.label)
            item = QListWidgetItem(f"{title}\n{kind}" + (f" · {detail}" if detail else ""), self.found)
            item.setData(SUBJECT_ROLE, subject)
            item.setToolTip(title)

    def _add_first_found(self) -> None:
        if self.found.count():
            self.add_found(self.found.currentItem() or self.found.item(0))

    def add_found(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.add_subject(item.data(SUBJECT_ROLE))

    def add_subject(self, subject: Subject) -> bool:
        """Add a note for ``subject`` (once); False if it does not exist (any more)."""
        if subject in self.subjects():
            return True
        records = self.services.events if subject.kind == "event" else self.services.bilaterals
        try:
            record = records.get(subject.id)
        except KnownError as error:
            show_error(self, error)
            return False
        title = records.spec.title(record)
        self._titles[subject] = title
        when = format_date(record.get("start_date") if subject.kind == "event" else record.get("date"))
        item = QListWidgetItem(f"{title}\n{when}" if when else title, self.chosen)
        item.setData(SUBJECT_ROLE, subject)
        item.setToolTip(title)
        self.points_for.addItem(title, subject)
        self._subjects_changed()
        return True

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
        Op(self.tasks, self, lambda: counterpart_candidates(self.services, subjects)).success(
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

    def _show_points(self, index: int) -> None:
        subject = self.points_for.itemData(index)
        self.points.blockSignals(True)
        self.points.setPlainText(self._points.get(subject, "") if subject is not None else "")
        self.points.setEnabled(subject is not None)
        self.points.blockSignals(False)

    def _points_edited(self) -> None:
        subject = self.points_for.currentData()
        if subject is not None:
            self._points[subject] = self.points.toPlainText()
            self.mark_stale()

    def request(self) -> BriefingRequest:
        """What the dialog asks for now."""
        subjects = self.subjects()
        listed = [self.people.item(row).data(CONTACT_ROLE) for row in range(self.people.count())]
        chosen = None
        if any(contact_id in self._excluded for contact_id in listed):
            chosen = frozenset(c for c in listed if c not in self._excluded)
        return BriefingRequest(
            subjects=subjects,
            sections=frozenset(section for section, box in self.section_boxes.items() if box.isChecked()),
            marking=self.marking.currentText(),
            language=self.language,
            talking_points={s: self._points[s] for s in subjects if self._points.get(s, "").strip()},
            counterparts=chosen,
            title=self.title_edit.text().strip(),
        )

    # -- making the preview ----------------------------------------------------------------------
    def mark_stale(self) -> None:
        if self.briefing is not None and not self.stale:
            self.stale = True
            self.status.setText(
                QCoreApplication.translate(
                    "BriefingDialog",
                    "Changed since the preview was made: Make preview (Ctrl+Return) to update it.",
                )
            )

    def make(self) -> None:
        if not self.subjects():
            self.status.setText(
                QCoreApplication.translate(
                    "BriefingDialog", "Add at least one event or bilateral meeting first."
                )
            )
            return
        if self.job is not None:
            return  # one at a time
        try:
            request = self.request()
        except KnownError as error:
            show_error(self, error)
            return

        def work(control: JobControl) -> Briefing:
            return make_briefing(
                self.services, request, progress=control.progress, cancel=control.cancel_event
            )

        def finished() -> None:  # after success, cancel or failure alike (the Job reports those)
            self.job = None
            self._update_buttons()
            if self.status.text() == making:
                self.status.setText(
                    QCoreApplication.translate("BriefingDialog", "The briefing was not made.")
                )

        def cancelled() -> None:
            self.status.setText(
                QCoreApplication.translate("BriefingDialog", "Cancelled; the preview was not changed.")
            )

        making = QCoreApplication.translate("BriefingDialog", "Making the briefing…")
        self.status.setText(making)
        self.job = Job(self.tasks, self, making, work).success(self.show_pdf).cancelled(cancelled)
        future = self.job.run()
        future.add_done_callback(lambda _future: self.tasks.run_on_main(finished))
        self._update_buttons()

    def show_pdf(self, briefing: Briefing) -> None:
        """Show ``briefing`` in the preview (the bytes are kept for Save… and Print…)."""
        self.briefing = briefing
        self.stale = False
        self.document.close()
        self._pdf_bytes = QByteArray(briefing.pdf)
        buffer = QBuffer(self._pdf_bytes, self)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        text = self.tr("%n page(s).", None, briefing.pages)
        if briefing.draft:
            text += " " + QCoreApplication.translate(
                "BriefingDialog", "DRAFT: the minutes it uses are not agreed yet."
            )
        lacks = sum(len(gaps) for _title, gaps in briefing.gaps)
        if lacks:
            text += " " + self.tr("The record lacks %n thing(s); the PDF says which.", None, lacks)
        self.status.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.briefing is not None and self.job is None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.make_button.setEnabled(self.job is None and bool(self.subjects()))

    # -- saving and printing -----------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        titles = self.briefing.titles if self.briefing is not None else ()
        stem = (
            titles[0]
            if len(titles) == 1
            else (
                self.title_edit.text().strip()
                or QCoreApplication.translate("BriefingDialog", "Briefing pack")
            )
        )
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", stem).strip()[:80] or "briefing"
        return f"{stem}.pdf"

    def save(self) -> None:
        if self.briefing is None:
            return
        start = str(Path.home() / self.suggested_file_name())
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("BriefingDialog", "Save the briefing"),
            start,
            QCoreApplication.translate("BriefingDialog", "PDF files (*.pdf)"),
        )
        if name:
            self.save_to(name)

    def save_to(self, path: str) -> None:
        """Write the previewed PDF to ``path`` on the worker (whole or not at all)."""
        if self.briefing is None:
            return
        pdf = self.briefing.pdf
        Op(self.tasks, self, lambda: save_pdf(pdf, path)).success(
            lambda saved: self.status.setText(
                QCoreApplication.translate("BriefingDialog", "Saved to %1.").replace("%1", str(saved))
            )
        ).run()

    def print_(self) -> None:
        if self.briefing is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("BriefingDialog", "Print the briefing"))
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            printed = self.print_to(printer)
            self.status.setText(self.tr("Sent %n page(s) to the printer.", None, printed))

    def print_to(self, printer: QPrinter) -> int:
        """Render the previewed pages (the printer's page range, else all) onto ``printer``;
        returns the number of pages printed. Pages are rendered at 300 dpi whatever the
        printer's resolution (a 1200 dpi A4 page would be half a gigabyte) and scaled to fit."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0:
            first, last = 1, count
        pages = range(first - 1, min(last, count))
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("BriefingDialog", "Print the briefing"),
                QCoreApplication.translate("BriefingDialog", "The printer could not be started."),
            )
            return 0
        try:
            for number, index in enumerate(pages):
                if number:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(index)
                pixels = QSize(
                    round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
                )
                image = self.document.render(index, pixels)
                target = QSize(pixels)
                target.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                origin = QPoint(area.x() + (area.width() - target.width()) // 2, area.y())
                painter.drawImage(QRect(origin, target), image)
        finally:
            painter.end()
        return len(pages)


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
