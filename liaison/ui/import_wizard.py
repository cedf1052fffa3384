"""File → Import…: a wizard over :mod:`liaison.services.importing`.

Page one chooses the file; page two the sheet, the encoding (the guess shown and changeable)
and each column's field; page three shows the first rows as they would be stored, each marked
new / matches an existing contact / invalid with the reason, and optionally an event to add
them to as participants. Finish imports on the database worker with progress and Cancel; the
wizard stays until the import is done and tells what it did (and the batch, to undo it).
Everything that reads the file or the record runs on the worker, never the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison.i18n import translate
from liaison.services.app import Liaison
from liaison.services.importing import ENCODINGS, Importer, ImportOptions, ImportResult, Preview
from liaison.services.importing.columns import TARGETS
from liaison.ui.tasks import Job, JobControl, Op, TaskManager, show_error

PREVIEW_ROWS = 200
_SHOWN = ("name", "latin_name", "position", "emails", "phones", "state_code")


def _target_label(target: str) -> str:
    return translate("Import", TARGETS[target])


class ImportWizard(QWizard):
    """The import wizard; ``imported`` is emitted with the result once the import is written."""

    imported = Signal(object)
    """An import was written (the ImportResult): the lists reload."""

    preview_ready = Signal()
    """A preview came back from the worker and is shown (tests wait for it)."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.importer = Importer(services)
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self._importing = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)

        # -- the file
        self.file_page = QWizardPage(self)
        self.file_page.setTitle(self.tr("Choose the file"))
        self.file_page.setSubTitle(
            self.tr("CSV, Excel (XLSX, XLS), OpenDocument (ODS) or vCard (VCF) files from any program.")
        )
        self.path = QLineEdit(self.file_page)
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Browse…"), self.file_page)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self.file_page)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.file_page.isComplete = lambda: bool(self.path.text().strip())  # type: ignore[method-assign]
        self.path.textChanged.connect(self.file_page.completeChanged)
        self.addPage(self.file_page)

        # -- sheet, encoding, columns
        self.map_page = QWizardPage(self)
        self.map_page.setTitle(self.tr("Columns"))
        self.map_page.setSubTitle(self.tr("Check which field each column holds; change any that is wrong."))
        form = QFormLayout()
        self.sheet = QComboBox(self.map_page)
        self.encoding = QComboBox(self.map_page)
        self.encoding_note = QLabel(self.map_page)
        self.encoding_note.setWordWrap(True)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow("", self.encoding_note)
        self.columns = QTableWidget(0, 2, self.map_page)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self.map_page)
        layout.addLayout(form)
        layout.addWidget(self.columns, 1)
        self.sheet.activated.connect(lambda _i: self.load_preview(keep_mapping=False))
        self.encoding.activated.connect(lambda _i: self.load_preview(keep_mapping=False))
        self.addPage(self.map_page)

        # -- preview
        self.preview_page = QWizardPage(self)
        self.preview_page.setTitle(self.tr("Preview"))
        self.summary = QLabel(self.preview_page)
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 3 + len(_SHOWN), self.preview_page)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().hide()  # the file's own row numbers are the first column
        self.event = QComboBox(self.preview_page)
        self.event.setAccessibleName(self.tr("Add them to an event as participants"))
        self.skip_invalid = QCheckBox(
            self.tr("Skip the invalid rows and import the others"), self.preview_page
        )
        event_row = QFormLayout()
        event_row.addRow(self.tr("Add them to an event as participants"), self.event)
        event_row.addRow("", self.skip_invalid)
        page_layout = QVBoxLayout(self.preview_page)
        page_layout.addWidget(self.summary)
        page_layout.addWidget(self.rows, 1)
        page_layout.addLayout(event_row)
        self.preview_page.isComplete = lambda: (  # type: ignore[method-assign]
            self.preview is not None and not self.preview.needs_name and not self._importing
        )
        self.addPage(self.preview_page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(900, 600)

    # -- page one ------------------------------------------------------------------------------
    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.map_page:
            self.load_preview(keep_mapping=False)
        elif self.page(page_id) is self.preview_page:
            self.load_preview(keep_mapping=True)
            self._load_events()

    # -- reading on the worker -----------------------------------------------------------------
    def options(self, *, keep_mapping: bool) -> ImportOptions:
        mapping: dict[str, str] = {}
        if keep_mapping:
            for row in range(self.columns.rowCount()):
                header = self.columns.item(row, 0).text()
                combo = self.columns.cellWidget(row, 1)
                assert isinstance(combo, QComboBox)
                mapping[header] = combo.currentData()
        event = self.event.currentData() if self.event.count() else None
        return ImportOptions(
            sheet=self.sheet.currentText() or None if self.sheet.count() > 1 else None,
            encoding=self.encoding.currentData() or None,
            mapping=mapping,
            event=event or None,
        )

    def load_preview(self, *, keep_mapping: bool) -> None:
        path = self.path.text().strip()
        options = self.options(keep_mapping=keep_mapping)
        importer = self.importer

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.back()

        Op(self.tasks, self, lambda: importer.preview(path, options, limit=PREVIEW_ROWS)).success(
            self._show_preview
        ).failure(failed).run()

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        table = preview.table
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(len(table.sheets) > 1)
        chosen = self.encoding.currentData()
        self.encoding.clear()
        if table.encoding is not None:
            guess = table.encoding
            self.encoding.addItem(self.tr("{encoding} (guessed)").format(encoding=guess.encoding), "")
            for name in ENCODINGS:
                self.encoding.addItem(name, name)
            if chosen:
                self.encoding.setCurrentIndex(max(0, self.encoding.findData(chosen)))
            self.encoding_note.setText(translate("Import", guess.reason))
        self.encoding.setEnabled(table.encoding is not None)
        self.columns.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox(self.columns)
            for target in TARGETS:
                combo.addItem(_target_label(target), target)
            combo.setCurrentIndex(combo.findData(preview.mapping.get(header, "ignore")))
            combo.setEnabled(table.fixed_mapping is None)
            self.columns.setCellWidget(row, 1, combo)
        self._fill_rows(preview)
        self.preview_page.completeChanged.emit()
        self.preview_ready.emit()

    def _fill_rows(self, preview: Preview) -> None:
        fields = self.services.contacts.spec.by_name
        headers = [self.tr("Row"), self.tr("Status"), self.tr("Why")]
        headers += [translate("Fields", fields[name].label) for name in _SHOWN]
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(preview.rows))
        status = {
            "new": self.tr("new"),
            "match": self.tr("matches an existing contact"),
            "unchanged": self.tr("matches an existing contact, nothing new"),
            "invalid": self.tr("invalid"),
        }
        counts = {key: 0 for key in status}
        for row, planned in enumerate(preview.rows):
            counts[planned.status] += 1
            why = "; ".join(f"{issue.column}: {issue.message}" for issue in planned.issues)
            if planned.status == "match":
                why = self.tr("fills: {fields}").format(
                    fields=", ".join(
                        translate("Fields", fields[n].label) for n in planned.changes if n in fields
                    )
                )
            cells = [str(planned.number), status[planned.status], why]
            cells += [_cell(planned.values.get(name)) for name in _SHOWN]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if planned.status == "invalid":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.rows.setItem(row, column, item)
        more = "" if preview.table.complete else self.tr(" (the first {n} rows)").format(n=len(preview.rows))
        self.summary.setStyleSheet("")
        if preview.needs_name:
            self.summary.setText(self.tr("Choose the column that holds the names (or first and last names)."))
            return
        self.summary.setText(
            self.tr("New: {new}. Matching existing contacts: {match}. Invalid: {invalid}.").format(
                new=counts["new"], match=counts["match"] + counts["unchanged"], invalid=counts["invalid"]
            )
            + more
        )

    def _load_events(self) -> None:
        services = self.services

        def events() -> list[tuple[str, str]]:
            return [(e["id"], e["title"]) for e in services.events.list(order_by=["-start_date"], limit=200)]

        def show(found: list[tuple[str, str]]) -> None:
            current = self.event.currentData()
            self.event.clear()
            self.event.addItem(self.tr("(none: contacts only)"), "")
            for record_id, title in found:
                self.event.addItem(title, record_id)
            self.event.setCurrentIndex(max(0, self.event.findData(current)))

        Op(self.tasks, self, events).success(show).run()

    # -- importing -----------------------------------------------------------------------------
    def accept(self) -> None:
        if self._importing:
            return
        skip = self.skip_invalid.isChecked()
        options = self.options(keep_mapping=True)
        options = ImportOptions(
            sheet=options.sheet,
            encoding=options.encoding,
            mapping=options.mapping,
            event=options.event,
            skip_invalid=skip,
        )
        path = self.path.text().strip()
        importer = self.importer

        def work(control: JobControl) -> ImportResult:
            return importer.run(
                path, options, progress=control.progress, cancelled=control.cancel_event.is_set
            )

        self._importing = True
        Job(self.tasks, self, self.tr("Importing…"), work).success(self._done).cancelled(
            self._cancelled
        ).run()

    def _cancelled(self) -> None:
        self._importing = False

    def _done(self, result: ImportResult) -> None:
        self._importing = False
        self.result = result
        if not result.written:  # invalid rows: the wizard stays, saying which
            rows = sorted({issue.row for issue in result.errors})
            self.summary.setText(
                self.tr("Rows {rows} are invalid; nothing was imported. Fix them, or skip them.").format(
                    rows=", ".join(str(r) for r in rows[:20]) + ("…" if len(rows) > 20 else "")
                )
            )
            self.summary.setStyleSheet("color: darkred")
            return
        self.imported.emit(result)
        super().accept()


def result_text(result: ImportResult) -> str:
    """What an import did, for the status bar."""
    return translate(
        "ImportWizard",
        "Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.",
    ).format(
        created=result.created, updated=result.updated, unchanged=result.unchanged, skipped=result.skipped
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
