"""An event's minutes and their workflow: Draft → Agreed (read-only) → reopened with a reason.

The panel lists the event's minutes; below the selected minutes it shows their log (who agreed
or reopened them, when, why) and a read-only preview of their entries. Agreeing and reopening
go through :class:`~liaison.services.minutes.MinutesRecords` on the database worker, which
logs them; the notes themselves are taken in meeting mode (:attr:`MinutesPanel.open_meeting_mode`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.services.entities import MINUTES
from liaison.services.records import Record
from liaison.services.settings import OFFICER_NAME
from liaison.ui.children import RecordDialog
from liaison.ui.language import Retranslating
from liaison.ui.minutes_detail import MinutesDetail, MinutesDetailView, escaped, read_minutes_detail
from liaison.ui.models import RecordTableModel
from liaison.ui.tasks import Op, TaskManager, show_error


class MinutesPanel(Retranslating, QWidget):
    """The minutes of one event, with the Draft/Agreed workflow."""

    changed = Signal()
    """Minutes were created, edited, agreed, reopened or deleted (after the write is stored)."""

    open_meeting_mode = Signal(str)
    """The officer asked to take the minutes of this event id in meeting mode."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.event_id: str | None = None
        self.detail: MinutesDetail | None = None
        self.loading = False
        """Whether the selected minutes' log and entries are being read."""
        self._busy = False  # a write is on its way: the workflow buttons wait for it
        self._generation = 0

        self.model = RecordTableModel(services, "minutes", ("title", "status", "agreed_on"), parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (see tables.configure_table)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        self.new_button = self._button(self.new_minutes)
        self.edit_button = self._button(self.edit_selected)
        self.meeting_button = self._button(self._meeting_mode)
        self.agree_button = self._button(self.agree_selected)
        self.reopen_button = self._button(self.reopen_selected)
        self.delete_button = self._button(self.delete_selected)
        # Two rows (the record; its workflow): in one row, six buttons in Russian or Hungarian are
        # wider than the pane and squeeze the list and the sidebar.
        buttons = QVBoxLayout()
        for row in (
            (self.new_button, self.edit_button, self.delete_button),
            (self.meeting_button, self.agree_button, self.reopen_button),
        ):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            line.addStretch(1)
            buttons.addLayout(line)

        self.detail_view = MinutesDetailView(self)  # the lower half; its parts under their names here
        self.banner, self.banner_text = self.detail_view.banner, self.detail_view.banner_text
        self.preview, self.log = self.detail_view.preview, self.detail_view.log

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view, 1)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([150, 600])  # an event has one or two sets of minutes: room for the text
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.set_event(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Minutes of the event"))
        for button, text, name in (
            (self.new_button, self.tr("&New minutes…"), self.tr("New minutes")),
            (self.edit_button, self.tr("&Edit…"), self.tr("Edit the title and summary")),
            (self.meeting_button, self.tr("Open in &meeting mode"), self.tr("Open in meeting mode")),
            (self.agree_button, self.tr("&Agree…"), self.tr("Agree the minutes")),
            (self.reopen_button, self.tr("&Reopen…"), self.tr("Reopen the minutes")),
            (self.delete_button, self.tr("&Delete"), self.tr("Delete the minutes")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
        self._tooltips(self._foreign_owner(self.selected()))
        self.model.retranslate()
        if not self.loading:  # (a read in flight shows its detail in the new language anyway)
            self._show_detail(self.detail)  # the banner, the log's actions, the preview

    def _button(self, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- what is shown -----------------------------------------------------------------------
    def set_event(self, event_id: str | None) -> None:
        """Show the minutes of ``event_id`` (None: no event chosen); selects the first."""
        self.event_id = event_id
        self.model.set_filter({"event_id": event_id or "-"})
        if self.model.rowCount() == 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())  # the first page now, not when the view paints
        self._show_detail(None)
        if self.model.rowCount() > 0:
            self.view.selectRow(0)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the list and the selected minutes again, keeping the selection."""
        self._reload(self.selected_id())

    def select_minutes(self, minutes_id: str) -> bool:
        """Select these minutes (e.g. a search hit); False if the event has no such minutes."""
        row = self.model.row_of(minutes_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def selected(self) -> Record | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        record = self.selected()
        return str(record["id"]) if record else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        minutes_id = self.selected_id()
        if minutes_id is None:
            self._show_detail(None)
            return
        self._load_detail(minutes_id)

    def _load_detail(self, minutes_id: str) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        services = self.services

        def wanted() -> bool:  # the panel still exists and nothing else was selected since
            return isValid(self) and generation == self._generation

        def done(detail: MinutesDetail) -> None:
            if wanted():
                self.loading = False
                self._show_detail(detail)

        def failed(error: BaseException) -> None:
            if not wanted():
                return
            self.loading = False
            self._show_detail(None)
            if isinstance(error, KnownError):  # e.g. deleted meanwhile elsewhere
                self.preview.setHtml(f"<p>{escaped(error.message())}</p>")
            else:
                show_error(self, error)

        Op(self.tasks, self, lambda: read_minutes_detail(services, minutes_id)).success(done).failure(
            failed
        ).run()

    def _show_detail(self, detail: MinutesDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self._generation += 1  # a read still on its way is no longer wanted
            self.loading = False
        self.detail_view.show_detail(detail, self._placeholder())
        if detail is not None:
            self._update_buttons()

    def _placeholder(self) -> str:
        if self.event_id is None:
            text = self.tr("Choose an event to see its minutes.")
        elif self.model.rowCount() == 0:
            text = self.tr("This event has no minutes yet. Start them with “New minutes…”.")
        else:
            text = self.tr("Choose minutes to see their entries.")
        return f"<p>{escaped(text)}</p>"

    def _foreign_owner(self, record: Record | None) -> str | None:
        """The name of the institution owning ``record`` when it is not the officer's: only its
        officers may edit, agree, reopen or delete these minutes (the Secretariat refuses the
        rest), as meeting mode shows them read-only."""
        from liaison.services.settings import HOME_INSTITUTION

        owner = record.get("owner_institution_id") if record is not None else None
        home = self.services.settings.get(HOME_INSTITUTION) if owner else None
        if not owner or not home or owner == home:
            return None
        try:
            institutions = self.services.institutions
            return institutions.spec.title(institutions.get(owner))
        except Exception:  # an owner this machine does not hold (yet)
            return "?"

    def _update_buttons(self) -> None:
        record = self.selected()
        has_event = self.event_id is not None
        owner = self._foreign_owner(record)
        mine = owner is None
        draft = record is not None and record.get("status") != "agreed" and mine
        agreed = record is not None and record.get("status") == "agreed" and mine
        idle = not self._busy
        self.new_button.setEnabled(has_event and idle)
        self.meeting_button.setEnabled(has_event)
        self.edit_button.setEnabled(draft and idle)
        self.agree_button.setEnabled(draft and idle)
        self.reopen_button.setEnabled(agreed and idle)
        self.delete_button.setEnabled(draft and idle)
        self._tooltips(owner)

    def _tooltips(self, owner: str | None) -> None:
        """What each workflow button does, or why it is off (another institution's minutes)."""
        if owner is not None:
            reason = self.tr(
                "These minutes belong to %1: only its officers may change, agree, reopen or delete them."
            ).replace("%1", owner)
            for button in (self.edit_button, self.agree_button, self.reopen_button, self.delete_button):
                button.setToolTip(reason)
            return
        self.edit_button.setToolTip("")
        self.agree_button.setToolTip(
            self.tr("Mark the minutes as agreed by the parties: they become read-only.")
        )
        self.reopen_button.setToolTip(
            self.tr("Make agreed minutes editable again, giving a reason for the log.")
        )
        self.delete_button.setToolTip(self.tr("Agreed minutes cannot be deleted; reopen them first."))

    # -- commands ----------------------------------------------------------------------------
    def _meeting_mode(self) -> None:
        if self.event_id is not None:
            self.open_meeting_mode.emit(self.event_id)

    def new_minutes(self) -> None:
        if self.event_id is None:
            return
        dialog = RecordDialog(self.services, self.tasks, "minutes", None, {"event_id": self.event_id}, self)
        dialog.setWindowTitle(self.tr("New minutes"))
        self._edit_in(dialog)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None or record.get("status") == "agreed" or self.event_id is None:
            return
        if self._foreign_owner(record):
            return
        dialog = RecordDialog(
            self.services,
            self.tasks,
            "minutes",
            self.services.minutes.get(record["id"]),
            {"event_id": self.event_id},
            self,
        )
        self._edit_in(dialog)

    def _edit_in(self, dialog: RecordDialog) -> None:
        # Status and agreement date belong to the workflow buttons, not to the form.
        for name in ("status", "agreed_on"):
            widget = dialog.editor.widgets.get(name)
            if widget is not None:
                widget.setEnabled(False)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_record is not None:
            self._written(dialog.result_record["id"])

    def agree_selected(self) -> None:
        record = self.selected()
        if record is None or record.get("status") == "agreed" or self._foreign_owner(record):
            return
        title = MINUTES.title(record) or self.tr("these minutes")
        answer = QMessageBox.question(
            self,
            self.tr("Agree the minutes"),
            self.tr("Mark “%1” as agreed? Agreed minutes are read-only until someone reopens them.").replace(
                "%1", title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, minutes_id = self.services, record["id"]

        def work() -> Record:
            return services.minutes.agree(minutes_id, by_name=services.settings.get(OFFICER_NAME))

        self._write(work, minutes_id)

    def reopen_selected(self) -> None:
        record = self.selected()
        if record is None or record.get("status") != "agreed" or self._foreign_owner(record):
            return
        prompt = self.tr("Why are these minutes reopened? The reason is kept in their log.")
        while True:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reopen the minutes"), prompt, QLineEdit.EchoMode.Normal, ""
            )
            if not ok:
                return
            reason = reason.strip()
            if reason:
                break
            prompt = self.tr("A reason is required to reopen agreed minutes. Why are they reopened?")
        services, minutes_id = self.services, record["id"]

        def work() -> Record:
            return services.minutes.reopen(
                minutes_id, reason=reason, by_name=services.settings.get(OFFICER_NAME)
            )

        self._write(work, minutes_id)

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or record.get("status") == "agreed" or self._foreign_owner(record):
            return
        title = MINUTES.title(record) or self.tr("these minutes")
        answer = QMessageBox.question(
            self,
            self.tr("Delete the minutes"),
            self.tr("Delete “%1” and their entries?").replace("%1", title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        services, minutes_id = self.services, record["id"]
        self._write(lambda: services.minutes.delete(minutes_id), None)

    def _write(self, work: Callable[[], object], select: str | None) -> None:
        self._busy = True
        self._update_buttons()

        def done(_result: object) -> None:
            if isValid(self):
                self._busy = False
                self._written(select)

        def failed(error: BaseException) -> None:
            if not isValid(self):
                show_error(None, error)
                return
            self._busy = False
            self._reload(self.selected_id())  # e.g. agreed meanwhile elsewhere: show what is
            show_error(self, error)

        Op(self.tasks, self, work).success(done).failure(failed).run()

    def _written(self, select: str | None) -> None:
        self._reload(select)
        self.changed.emit()

    def _reload(self, select: str | None) -> None:
        self.model.refresh()
        row = self.model.row_of(select) if select else -1
        if row < 0 and self.model.rowCount() > 0 and select is None:
            row = 0
        if row >= 0:
            self.view.selectRow(row)  # the reset cleared the selection: this reads the detail
            if not self.loading:
                self._load_detail(self.model.record(row)["id"])
        else:
            self.view.clearSelection()
            self._show_detail(None)
        self._update_buttons()
