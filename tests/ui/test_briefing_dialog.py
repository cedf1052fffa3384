"""The "Briefing pack…" dialog: real widgets offscreen, the real worker, a real PDF rendered by
QtPdf, saved, and printed to a PDF printer that pypdf reads back."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from liaison import i18n
from liaison.briefing import Subject, stored_talking_points
from liaison.services.app import Liaison
from liaison.ui.briefing_dialog import BriefingDialog
from liaison.ui.language import install_language
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager
from tests.ui.conftest import hold_widget, type_text
from tests.ui.test_language_switch import texts

BISHKEK = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"
CONTACT_GROUP = "Diaspora Contact Group meeting (videoconference)"


def open_dialog(qtbot: QtBot, app: Liaison, tasks: TaskManager, *subjects: Subject) -> BriefingDialog:
    dialog = BriefingDialog(app, tasks, subjects=subjects, language="en")
    hold_widget(qtbot, dialog)
    dialog.show()
    return dialog


def make(qtbot: QtBot, dialog: BriefingDialog) -> None:
    """Make the preview and wait until QtPdf shows it."""
    previous = dialog.briefing
    dialog.make()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.briefing is not previous
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=10_000)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def print_and_wait(qtbot: QtBot, dialog: BriefingDialog, printer: QPrinter) -> None:
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=120_000)


def profiled(pdf: bytes) -> list[str]:
    """Every bookmark of the PDF (a note's counterparts are bookmarked by name)."""

    def walk(items: list[Any]) -> Iterator[str]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                yield str(item.title)

    return list(walk(pypdf.PdfReader(BytesIO(pdf)).outline))


def ink(image: QImage) -> float:
    """The share of pixels that are not (nearly) white, the image laid on white paper (QtPdf
    renders a page's background transparent)."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    image = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    data = bytes(image.constBits())[: image.bytesPerLine() * height]
    inked = sum(
        1 for y in range(0, height, 2) for x in range(0, width, 2) if data[y * image.bytesPerLine() + x] < 200
    )
    return inked / ((width // 2) * (height // 2))


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(BytesIO(pdf)).pages)


def test_preview_save_and_print(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    event = sample_app.events.resolve(BISHKEK)
    dialog = open_dialog(qtbot, sample_app, tasks, Subject("event", event))
    qtbot.waitUntil(lambda: dialog.notes.people.count() == 13)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    first = dialog.notes.people.item(0)
    assert first.text().startswith("Abdullah Eren")
    first.setCheckState(Qt.CheckState.Unchecked)
    dialog.options.marking.setEditText("RESTRICTED")
    dialog.tabs.setCurrentIndex(2)
    dialog.talking.points.setPlainText("- Ask about the Qazalem portal: Қазақстан, oʻ gʻ, ő ű, ə")
    make(qtbot, dialog)

    briefing = dialog.briefing
    assert briefing is not None
    assert dialog.document.pageCount() == briefing.pages > 5
    assert dialog.status.text().startswith(f"{briefing.pages} pages.")  # English plural forms
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    text = pdf_text(briefing.pdf)
    assert "Ask about the Qazalem portal: Қазақстан, oʻ gʻ, ő ű, ə" in text
    assert "RESTRICTED" in text and "Abzal Saparbekuly" in text
    assert "Abdullah Eren Form of address" not in text  # unticked: not profiled

    # QtPdf renders the first page: a page with text on it, not a blank one
    cover = dialog.document.render(0, QSize(420, 594))
    assert not cover.isNull() and 0.01 < ink(cover) < 0.5
    assert ink(dialog.view.grab().toImage()) > 0.01  # and the preview shows it

    saved = tmp_path / "saved.pdf"
    dialog.save_to(str(saved))
    qtbot.waitUntil(lambda: saved.exists() and dialog.status.text().startswith("Saved to"))
    assert saved.read_bytes() == briefing.pdf

    printer = pdf_printer(tmp_path / "two.pdf")
    printer.setFromTo(2, 3)
    print_and_wait(qtbot, dialog, printer)
    assert dialog.status.text() == "Sent 2 pages to the printer."
    assert len(pypdf.PdfReader(tmp_path / "two.pdf").pages) == 2


def test_choosing_notes_and_the_out_of_date_preview(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    dialog = open_dialog(qtbot, sample_app, tasks)
    qtbot.waitUntil(lambda: dialog.notes.found.count() > 5)  # the latest events, before anything is typed
    assert not dialog.make_button.isEnabled()
    dialog.notes.find.setText("contact group")
    qtbot.waitUntil(dialog.notes.found_current)
    titles = [dialog.notes.found.item(row).toolTip() for row in range(dialog.notes.found.count())]
    assert CONTACT_GROUP in titles
    dialog.notes.found.setCurrentRow(titles.index(CONTACT_GROUP))
    dialog.notes.find.returnPressed.emit()
    dialog.notes.find.setText("Otandastar Qory – State Committee")
    dialog.notes.find.returnPressed.emit()  # before the hits are back: the first is added when they are
    qtbot.waitUntil(lambda: len(dialog.subjects()) == 2)
    assert [s.kind for s in dialog.subjects()] == ["event", "bilateral"]
    dialog.notes.chosen.setCurrentRow(1)
    dialog.notes.move_chosen(-1)
    assert [s.kind for s in dialog.subjects()] == ["bilateral", "event"]
    assert dialog.talking.points_for.itemText(0) == CONTACT_GROUP

    make(qtbot, dialog)
    assert "DRAFT: the minutes it uses are not agreed yet." in dialog.status.text()
    assert dialog.briefing is not None and dialog.briefing.titles[1] == CONTACT_GROUP
    dialog.options.section_boxes[next(iter(dialog.options.section_boxes))].setChecked(False)
    assert dialog.stale and dialog.status.text().startswith("Changed since the preview was made")

    dialog.notes.chosen.setCurrentRow(0)
    dialog.notes.remove_chosen()
    assert dialog.subjects() == (Subject("event", sample_app.events.resolve(CONTACT_GROUP)),)
    assert dialog.talking.points_for.count() == 1
    qtbot.waitUntil(lambda: dialog.notes.people.count() == 7)  # the Contact Group's heads of delegation


def test_cancel_keeps_the_preview_as_it_was(qtbot: QtBot, sample_app: Liaison, tasks: TaskManager) -> None:
    dialog = open_dialog(qtbot, sample_app, tasks, Subject("event", sample_app.events.resolve(CONTACT_GROUP)))
    gate = threading.Event()
    tasks.submit(lambda: gate.wait(10))  # the worker is busy: the job waits behind it
    dialog.make()
    assert dialog.job is not None and dialog.job.control is not None
    assert not dialog.make_button.isEnabled()
    dialog.job.control.cancel_event.set()  # as the progress dialog's Cancel button does
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.briefing is None
    assert dialog.status.text() == "Cancelled; the preview was not changed."
    assert dialog.make_button.isEnabled()


def test_ctrl_p_in_the_window_briefs_on_the_selected_event(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    window = MainWindow(sample_app, tasks)
    qtbot.addWidget(window)
    window.show()
    assert window.brief_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    event = sample_app.events.resolve(BISHKEK)
    page = window.show_entity("events")
    assert window.brief_action in page.view.actions()  # right-click on an event
    assert page.select(event)
    window.brief_action.trigger()
    dialog = window.findChild(BriefingDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.subjects() == (Subject("event", event),)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.briefing is not None, timeout=60_000)
    assert dialog.briefing is not None and dialog.briefing.titles == (BISHKEK,)
    window.brief_action.trigger()  # again: the same dialog, not a second one
    assert window.findChildren(BriefingDialog) == [dialog]
    dialog.close()


# -- printing beside the window -------------------------------------------------------------------
def test_printing_leaves_the_window_free_and_prints_every_page(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, sample_app, tasks, Subject("event", sample_app.events.resolve(BISHKEK)))
    make(qtbot, dialog)
    assert dialog.briefing is not None
    pages = dialog.briefing.pages
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(10)
    started = time.monotonic()
    dialog.print_to(pdf_printer(tmp_path / "printed.pdf"))
    returned = time.monotonic()
    assert returned - started < 0.5  # the pages are printed afterwards, a slice at a time
    assert dialog.printing is not None and not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=120_000)
    ended = time.monotonic()
    heartbeat.stop()
    beats = [returned, *(t for t in ticks if returned <= t <= ended), ended]
    assert ended - returned > 0.5  # long enough for the heartbeat to tell
    assert max(b - a for a, b in itertools.pairwise(beats)) < 0.5  # the window never waited
    assert dialog.status.text() == f"Sent {pages} pages to the printer."
    assert dialog.print_button.isEnabled()
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    assert printed.pages[0].images  # the page as rendered by QtPdf
    shown = QPdfDocument()
    shown.load(str(tmp_path / "printed.pdf"))
    assert 0.01 < ink(shown.render(1, QSize(420, 594))) < 0.5  # a page of text, not a blank one


def test_cancelling_a_print_stops_it_and_sends_nothing(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, sample_app, tasks, Subject("event", sample_app.events.resolve(BISHKEK)))
    make(qtbot, dialog)
    output = tmp_path / "cancelled.pdf"
    dialog.print_to(pdf_printer(output))
    job = dialog.printing
    assert job is not None and dialog.print_progress is not None
    qtbot.waitUntil(lambda: job.pages_done >= 2, timeout=60_000)
    dialog.print_progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: dialog.printing is None, timeout=10_000)
    assert job.pages_done < job.total
    assert dialog.status.text() == "Printing cancelled; nothing was sent to the printer."
    assert not output.exists()  # a file printer cannot take pages back: the file is removed
    assert dialog.print_button.isEnabled()
    print_and_wait(qtbot, dialog, pdf_printer(output))  # and printing works again afterwards
    assert len(pypdf.PdfReader(output).pages) == job.total

    quitting = tmp_path / "quitting.pdf"
    dialog.print_to(pdf_printer(quitting))
    job = dialog.printing
    assert job is not None
    qtbot.waitUntil(lambda: job.pages_done >= 1, timeout=60_000)
    assert dialog.finish()  # the application quits mid-print: stopped at once, not left half done
    assert dialog.printing is None and not job.running and not quitting.exists()


# -- finding notes off the GUI thread -----------------------------------------------------------
def test_the_find_box_searches_off_the_gui_thread(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []

    def on_thread(name: str, read: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            threads.append(threading.current_thread().name)
            return read(*args, **kwargs)

        return wrapped

    monkeypatch.setattr(sample_app, "search", on_thread("search", sample_app.search))
    monkeypatch.setattr(sample_app.events, "list", on_thread("list", sample_app.events.list))
    dialog = open_dialog(qtbot, sample_app, tasks)
    qtbot.waitUntil(lambda: dialog.notes.found.count() > 5)
    type_text(dialog.notes.find, "Otandastar Qory – State")
    qtbot.waitUntil(dialog.notes.found_current)
    assert dialog.notes.found.item(0).toolTip().startswith("Otandastar Qory – State Committee")
    assert "\nBilateral meeting · 22 Nov 2023 · " in dialog.notes.found.item(0).text()  # a localised date
    assert threads and threading.main_thread().name not in threads


# -- counterparts ---------------------------------------------------------------------------------
def test_a_note_added_just_before_making_keeps_its_counterparts_and_unticked_ones_stay_out(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    dialog = open_dialog(qtbot, sample_app, tasks, Subject("event", sample_app.events.resolve(CONTACT_GROUP)))
    qtbot.waitUntil(lambda: dialog.notes.people.count() == 7)
    [elif_] = dialog.notes.people.findItems("Elif Işık", Qt.MatchFlag.MatchStartsWith)
    elif_.setCheckState(Qt.CheckState.Unchecked)
    gate = threading.Event()
    tasks.submit(lambda: gate.wait(10))  # the worker is busy: the new note's counterparts wait
    assert dialog.add_subject(Subject("event", sample_app.events.resolve(BISHKEK)))
    dialog.make()  # pressed before the list of counterparts has come back
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.briefing is not None, timeout=60_000)
    assert dialog.briefing is not None
    names = profiled(dialog.briefing.pdf)
    assert "Абзал Сапарбекұлы · Abzal Saparbekuly" in names  # only in the note just added
    assert "Abdullah Eren" in names
    assert "Elif Işık" not in names  # unticked by the officer
    qtbot.waitUntil(lambda: dialog.notes.people.count() == 14)  # both notes' counterparts, each once
    checked = {
        dialog.notes.people.item(row).text().split("\n")[0]
        for row in range(14)
        if dialog.notes.people.item(row).checkState() == Qt.CheckState.Checked
    }
    assert len(checked) == 13 and "Elif Işık" not in checked


# -- languages ------------------------------------------------------------------------------------
@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")
    i18n.set_command_line_language(None)


def test_the_dialog_follows_a_language_switch_and_dates_the_pdf_in_it(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, english_afterwards: None
) -> None:
    event = Subject("event", sample_app.events.resolve(BISHKEK))
    dialog = BriefingDialog(sample_app, tasks, subjects=(event,))  # no language: the window's
    hold_widget(qtbot, dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.notes.found.count() > 5 and dialog.notes.people.count() == 13)
    make(qtbot, dialog)
    assert "22 November 2023" in pdf_text(dialog.briefing.pdf if dialog.briefing else b"")

    install_language("kk")
    QCoreApplication.processEvents()
    assert dialog.windowTitle() == "Анықтамалар жинағы"
    assert dialog.make_button.text() == "Алдын ала қарауды &дайындау"
    assert dialog.status.text().startswith("Алдын ала қарау дайындалғаннан кейін өзгерістер болды")
    assert dialog.request().language == "kk"
    fresh = BriefingDialog(sample_app, tasks, subjects=(event,))
    hold_widget(qtbot, fresh)
    fresh.show()
    qtbot.waitUntil(
        lambda: fresh.notes.found.count() == dialog.notes.found.count() and fresh.notes.people.count() == 13
    )
    fresh.make()
    qtbot.waitUntil(lambda: fresh.job is None and fresh.briefing is not None, timeout=60_000)
    make(qtbot, dialog)
    qtbot.waitUntil(lambda: not (dialog.findChildren(QProgressDialog) or fresh.findChildren(QProgressDialog)))
    assert texts(dialog) ^ texts(fresh) == set()  # the switched dialog says what one built in Kazakh says
    assert "2023 ж. 22 қараша" in pdf_text(dialog.briefing.pdf if dialog.briefing else b"")


# -- talking points are kept ----------------------------------------------------------------------
POINTS = "- Ask about the Qazalem portal: Қазақстан, oʻ gʻ, ő ű, ə"


def test_talking_points_are_kept_when_the_dialog_is_closed_and_opened_again(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    event = Subject("event", sample_app.events.resolve(CONTACT_GROUP))
    dialog = open_dialog(qtbot, sample_app, tasks, event)
    dialog.tabs.setCurrentIndex(2)
    dialog.talking.points.setFocus()
    type_text(dialog.talking.points, POINTS)
    dialog.reject()  # Close, at once
    tasks.drain()
    assert stored_talking_points(sample_app, [event]) == {event: POINTS}
    again = open_dialog(qtbot, sample_app, tasks, event)
    assert again.talking.points.toPlainText() == POINTS
    assert again.request().talking_points == {event: POINTS}


def test_talking_points_typed_just_before_quitting_are_saved(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    window = MainWindow(sample_app, tasks)
    qtbot.addWidget(window)
    window.show()
    event = sample_app.events.resolve(CONTACT_GROUP)
    page = window.show_entity("events")
    assert page.select(event)
    window.brief_action.trigger()
    dialog = window.findChild(BriefingDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is None)
    dialog.tabs.setCurrentIndex(2)
    dialog.talking.points.setFocus()
    type_text(dialog.talking.points, POINTS)
    assert window.close()  # quit within the autosave's delay
    assert stored_talking_points(sample_app, [Subject("event", event)]) == {Subject("event", event): POINTS}


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # what Qt says of it
def test_a_printer_that_cannot_start_fails_the_job_and_prints_nothing(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager, tmp_path: Path
) -> None:
    from liaison.ui.printing import PrintJob

    dialog = open_dialog(qtbot, sample_app, tasks, Subject("event", sample_app.events.resolve(CONTACT_GROUP)))
    make(qtbot, dialog)
    assert dialog.briefing is not None
    job = PrintJob(dialog.briefing.pdf, pdf_printer(tmp_path / "no such folder" / "out.pdf"), [0, 1])
    ended: list[str] = []
    job.failed.connect(lambda started: ended.append(f"failed {started}"))
    job.finished.connect(lambda _printed: ended.append("finished"))
    job.start()
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    assert ended == ["failed False"] and not job.running and job.pages_done == 0
