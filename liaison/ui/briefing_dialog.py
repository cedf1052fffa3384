"""The "Briefing pack…" dialog: choose what to brief on, see the PDF, save it, print it.

The officer picks events and bilateral meetings (the one selected in the window comes
preselected), ticks the counterparts to profile and the sections to print, sets the marking,
writes talking points per note and chooses what the pack does with the papers on file. **Make
preview** builds the PDF off the GUI thread, as a :class:`~liaison.ui.tasks.Job` on the database
worker (reading the record and laying out pages take a second or two; a progress dialog with
Cancel shows after 300 ms), and shows it with QtPdf. **Save…** writes exactly the previewed
bytes (through a temporary file renamed into place, on the worker); **Print…** prints the
previewed pages beside the window, with progress and Cancel (:mod:`liaison.ui.printing` says
how: QtPdf renders on its own thread, the printer is painted a band per turn of the event loop).
What is saved or printed is always what is on screen: after a change of options the preview
says it is out of date until it is made again.

The tabs are widgets of their own: :mod:`liaison.ui.briefing_notes` (finding notes, their order,
the counterparts), :mod:`liaison.ui.briefing_options` (sections, marking, title),
:mod:`liaison.ui.briefing_talking_points` (kept as typed, never synced) and
:mod:`liaison.ui.briefing_papers` (the papers on file: none, an annex, or first pages; which).
This class puts them together into a :class:`~liaison.briefing.BriefingRequest` and owns the
preview, saving and printing.

**Language**: the dialog retranslates itself on ``LanguageChange`` like every window. Dates and
place names in the PDF follow the window's language when Make is pressed (unless the dialog was
given one); after a switch the preview says it is out of date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.briefing import Briefing, BriefingRequest, Subject, fetch_papers, make_briefing, save_pdf
from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.services.attachments import safe_file_name
from liaison.ui.briefing_notes import NotesTab
from liaison.ui.briefing_options import OptionsTab
from liaison.ui.briefing_papers import PapersTab
from liaison.ui.briefing_talking_points import TalkingPointsTab
from liaison.ui.icons import icon
from liaison.ui.language import Retranslating, current_language
from liaison.ui.printing import PrintJob, pages_to_print
from liaison.ui.tasks import Job, JobControl, Op, TaskManager, show_error

log = logging.getLogger(__name__)

Text = Callable[[], str]
"""A message for the officer, made again in the new language after a switch."""


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
        self.job: Job[tuple[Briefing, list[str]]] | None = None
        self.printing: PrintJob | None = None
        self.print_progress: QProgressDialog | None = None
        self._making = False
        self._said: Text = lambda: self.tr("Choose what to brief on, then Make preview (Ctrl+Return).")
        self._pdf_bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.setWindowIcon(icon("brief"))
        self.resize(1180, 780)

        # -- left: what goes in ----------------------------------------------------------------
        self.tabs = QTabWidget(self)
        self.notes = NotesTab(services, tasks, self.tabs)
        self.options = OptionsTab(self.tabs)
        self.talking = TalkingPointsTab(services, tasks, self.tabs)
        self.papers = PapersTab(services, tasks, self.tabs)
        for tab in (self.notes, self.options, self.talking, self.papers):
            self.tabs.addTab(tab, "")
        self.notes.wanted.connect(self.add_subject)
        self.notes.subjects_changed.connect(self._subjects_changed)
        self.notes.removed.connect(self.talking.remove)
        for changed in (self.notes.changed, self.options.changed, self.talking.changed, self.papers.changed):
            changed.connect(self.mark_stale)

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
        self._add_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.retranslate()
        self._update_buttons()
        for subject in subjects:
            self.add_subject(subject)

    def _add_buttons(self) -> None:
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

    def retranslate(self) -> None:
        """Every text of the dialog in the window's language (see liaison/ui/language.py)."""
        self.setWindowTitle(self.tr("Briefing pack"))
        for tab in (self.notes, self.options, self.talking, self.papers):
            tab.retranslate()
        tab_names = (self.tr("&Notes"), self.tr("&Options"), self.tr("&Talking points"), self.tr("Pap&ers"))
        for index, text in enumerate(tab_names):
            self.tabs.setTabText(index, text)
        self.view.setAccessibleName(self.tr("Preview"))
        self.make_button.setText(self.tr("&Make preview"))
        self.make_button.setToolTip(self.tr("Build the PDF from the record (Ctrl+Return)"))
        self.save_button.setText(self.tr("&Save…"))
        self.print_button.setText(self.tr("&Print…"))
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

    # -- the notes -------------------------------------------------------------------------------------
    def add_subject(self, subject: Subject) -> bool:
        """Add a note for ``subject`` (once); False if it does not exist (any more). Its talking
        points come back as they were last typed."""
        if subject in self.subjects():
            return True
        title = self.notes.add_subject(subject)
        return title is not None and self.talking.add(subject, title)

    def subjects(self) -> tuple[Subject, ...]:
        return self.notes.subjects()

    def _subjects_changed(self) -> None:
        self.mark_stale()
        self._update_buttons()
        self.papers.refresh(self.subjects())

    def finish(self) -> bool:
        """Before the application quits: save the talking points (if that fails, let the officer
        retry, stay, or quit anyway), then stop a print run. False: stay, printing goes on."""
        if not self.talking.save_or_ask(self):
            return False  # staying: a print run goes on
        if self.printing is not None:
            self.printing.cancel_now()
        return True

    def done(self, result: int) -> None:
        """Close (Close, Esc, the title bar): what was typed is saved now, not a second later."""
        self.talking.autosaver.flush()
        super().done(result)

    def request(self) -> BriefingRequest:
        """What the dialog asks for now."""
        subjects = self.subjects()
        return BriefingRequest(
            subjects=subjects,
            sections=self.options.sections(),
            marking=self.options.marking.currentText(),
            language=self.language or current_language(),
            talking_points=self.talking.for_subjects(subjects),
            excluded_counterparts=frozenset(self.notes.excluded),
            title=self.options.title_edit.text().strip(),
            papers=self.papers.mode(),
            excluded_attachments=frozenset(self.papers.excluded),
            first_pages=self.papers.pages.value(),
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
        fetch = self.papers.to_download()

        def work(control: JobControl) -> tuple[Briefing, list[str]]:
            failed = fetch_papers(services, fetch, control.cancel_event) if fetch else []
            briefing = make_briefing(
                services, request, progress=control.progress, cancel=control.cancel_event
            )
            return briefing, failed

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
            .success(lambda made: self._made(*made, request.language))
            .cancelled(cancelled)
        )
        future = self.job.run()
        future.add_done_callback(lambda _future: self.tasks.run_on_main(finished))
        self._update_buttons()

    def _made(self, briefing: Briefing, not_downloaded: list[str], language: str) -> None:
        self.show_pdf(briefing, language, not_downloaded=len(not_downloaded))
        if self.papers.to_download() or not_downloaded:
            self.papers.refresh(self.subjects())  # what was downloaded now says "on this computer"

    def show_pdf(self, briefing: Briefing, language: str | None = None, *, not_downloaded: int = 0) -> None:
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
        damaged = [safe_file_name(problem.params.get("name")) for problem in briefing.damaged]

        def said() -> str:
            text = self.tr("%n page(s).", None, briefing.pages)
            if briefing.draft:
                text += " " + self.tr("DRAFT: the minutes it uses are not agreed yet.")
            if lacks:
                text += " " + self.tr("The record lacks %n thing(s); the PDF says which.", None, lacks)
            if not_downloaded:
                text += " " + self.tr(
                    "%n paper(s) could not be downloaded from the Secretariat; the annex lists them.",
                    None,
                    not_downloaded,
                )
            if damaged:  # left out of the pack and set aside, as Open does: said, never hidden
                text += " " + self.tr(
                    "Damaged on this computer, set aside and left out: %1. "
                    "Sync to download them again, or attach the originals again."
                ).replace("%1", ", ".join(damaged))
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
        title = self.options.title_edit.text().strip()
        stem = titles[0] if len(titles) == 1 else (title or self.tr("Briefing pack"))
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
