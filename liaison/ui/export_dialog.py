"""File → Export… (and the contact list's "Export selected contacts…" and "Export the contacts
shown…"): what, in which format, to which file; written on the database worker, whole or not
at all (:mod:`liaison.services.exporting`).

"The contacts shown" are exactly those the contact list shows under its filter (the search
text): the list's own query is run again on the worker when the file is written, in the list's
order, so the file holds what the officer sees, all of it (not only the rows scrolled to)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.exporting import FORMATS, export
from liaison.ui.tasks import Op, TaskManager

_SUFFIX = {"vcard": ".vcf", "csv": ".csv", "xlsx": ".xlsx", "ics": ".ics"}
SHOWN = "contacts:shown"
"""The "what" of the contacts the list shows: contacts, limited to the list's filter."""


def _kind(what: str) -> str:
    return what.split(":", 1)[0]


class ExportDialog(QDialog):
    exported = Signal(str)
    """The file was written; the text says what (for the status bar)."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        contact_ids: Sequence[str] | None = None,
        shown: tuple[Mapping[str, Any], Sequence[str]] | None = None,
        shown_first: bool = False,
    ) -> None:
        """``shown``: the contact list's filter and order, when it is filtered (offers "the
        contacts shown"; ``shown_first`` chooses it)."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.contact_ids = list(contact_ids) if contact_ids is not None else None
        self.shown = (dict(shown[0]), list(shown[1])) if shown is not None else None
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox(self)
        labels = {
            "contacts": self.tr("Contacts") if self.contact_ids is None else self.tr("Selected contacts"),
            "events": self.tr("Events (calendar)"),
            "bilaterals": self.tr("Bilateral meetings (calendar)"),
            "actions": self.tr("Action items"),
            "participants": self.tr("Participants of an event"),
        }
        for kind in FORMATS if self.contact_ids is None else ["contacts"]:
            self.what.addItem(labels[kind], kind)
            if kind == "contacts" and self.shown is not None and self.contact_ids is None:
                self.what.addItem(self.tr("Contacts shown in the list (filtered)"), SHOWN)
        if shown_first and self.shown is not None:
            self.what.setCurrentIndex(self.what.findData(SHOWN))
        self.format = QComboBox(self)
        self.which = QComboBox(self)
        for key, label in (
            ("all", self.tr("All")),
            ("open", self.tr("Open")),
            ("overdue", self.tr("Overdue")),
        ):
            self.which.addItem(label, key)
        self.event = QComboBox(self)
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Export"), self.what)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Which actions"), self.which)
        form.addRow(self.tr("Event"), self.event)
        form.addRow(self.tr("File"), file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.form = form
        self.what.currentIndexChanged.connect(self._what_changed)
        self._what_changed()
        Op(
            tasks,
            self,
            lambda: [(e["id"], e["title"]) for e in services.events.list(order_by=["-start_date"])],
        ).success(self._events).run()

    def _events(self, events: list[tuple[str, str]]) -> None:
        for record_id, title in events:
            self.event.addItem(title, record_id)

    def _what_changed(self) -> None:
        kind = _kind(self.what.currentData())
        self.format.clear()
        for fmt in FORMATS[kind]:
            self.format.addItem({"vcard": "vCard", "ics": "iCalendar"}.get(fmt, fmt.upper()), fmt)
        self.form.setRowVisible(self.which, kind == "actions")
        self.form.setRowVisible(self.event, kind == "participants")

    def browse(self) -> None:
        suffix = _SUFFIX[self.format.currentData()]
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"), f"export{suffix}", f"*{suffix}")
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.browse()
            path = self.path.text().strip()
            if not path:
                return
        what, fmt = self.what.currentData(), self.format.currentData()
        kind = _kind(what)
        event = self.event.currentData() if kind == "participants" else None
        which = self.which.currentData()
        services, ids, shown = self.services, self.contact_ids, self.shown if what == SHOWN else None
        self.buttons.setEnabled(False)

        def done(count: int) -> None:
            self.exported.emit(self.tr("Wrote {count} record(s) to {path}.").format(count=count, path=path))
            super(ExportDialog, self).accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            from liaison.ui.tasks import show_error

            show_error(self, error)

        def write() -> int:
            chosen = ids
            if shown is not None:  # the list's query again: every contact it shows, in its order
                chosen = [r["id"] for r in services.contacts.list(shown[0], order_by=shown[1])]
            return export(services, kind, fmt, path, event=event, which=which, ids=chosen)

        Op(self.tasks, self, write).success(done).failure(failed).run()
