"""The "Briefing pack…" dialog: real widgets offscreen, the real worker, a real PDF rendered by
QtPdf, saved, and printed to a PDF printer that pypdf reads back."""

from __future__ import annotations

import threading
from io import BytesIO
from pathlib import Path

import pypdf
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from liaison.briefing import Subject
from liaison.services.app import Liaison
from liaison.ui.briefing_dialog import BriefingDialog
from liaison.ui.main_window import MainWindow
from liaison.ui.tasks import TaskManager

BISHKEK = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"
CONTACT_GROUP = "Diaspora Contact Group meeting (videoconference)"


def open_dialog(qtbot: QtBot, app: Liaison, tasks: TaskManager, *subjects: Subject) -> BriefingDialog:
    dialog = BriefingDialog(app, tasks, subjects=subjects, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def make(qtbot: QtBot, dialog: BriefingDialog) -> None:
    """Make the preview and wait until QtPdf shows it."""
    previous = dialog.briefing
    dialog.make()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.briefing is not previous
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=10_000)


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
    qtbot.waitUntil(lambda: dialog.people.count() == 13)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    first = dialog.people.item(0)
    assert first.text().startswith("Abdullah Eren")
    first.setCheckState(Qt.CheckState.Unchecked)
    dialog.marking.setEditText("RESTRICTED")
    dialog.tabs.setCurrentIndex(2)
    dialog.points.setPlainText("- Ask about the Qazalem portal: Қазақстан, oʻ gʻ, ő ű, ə")
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

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == briefing.pages
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == briefing.pages
    assert printed.pages[0].images  # the page as rendered by QtPdf

    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer) == 2
    assert len(pypdf.PdfReader(tmp_path / "two.pdf").pages) == 2


def test_choosing_notes_and_the_out_of_date_preview(
    qtbot: QtBot, sample_app: Liaison, tasks: TaskManager
) -> None:
    dialog = open_dialog(qtbot, sample_app, tasks)
    assert dialog.found.count() > 5  # the latest events, before anything is typed
    assert not dialog.make_button.isEnabled()
    dialog.find.setText("contact group")
    titles = [dialog.found.item(row).toolTip() for row in range(dialog.found.count())]
    assert CONTACT_GROUP in titles
    dialog.found.setCurrentRow(titles.index(CONTACT_GROUP))
    dialog.find.returnPressed.emit()
    dialog.find.setText("Otandastar Qory – State Committee")
    dialog.add_found(dialog.found.item(0))
    assert [s.kind for s in dialog.subjects()] == ["event", "bilateral"]
    dialog.chosen.setCurrentRow(1)
    dialog.move_chosen(-1)
    assert [s.kind for s in dialog.subjects()] == ["bilateral", "event"]
    assert dialog.points_for.itemText(0) == CONTACT_GROUP

    make(qtbot, dialog)
    assert "DRAFT: the minutes it uses are not agreed yet." in dialog.status.text()
    assert dialog.briefing is not None and dialog.briefing.titles[1] == CONTACT_GROUP
    dialog.section_boxes[next(iter(dialog.section_boxes))].setChecked(False)
    assert dialog.stale and dialog.status.text().startswith("Changed since the preview was made")

    dialog.chosen.setCurrentRow(0)
    dialog.remove_chosen()
    assert dialog.subjects() == (Subject("event", sample_app.events.resolve(CONTACT_GROUP)),)
    assert dialog.points_for.count() == 1
    qtbot.waitUntil(lambda: dialog.people.count() == 7)  # the Contact Group's heads of delegation


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
