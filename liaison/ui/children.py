"""A record's dependent records (an event's agenda, a plan's activities, …) as a small list
with add, edit and delete, each edited in a dialog built from the same declarations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.entities import ATTACHMENT_OWNERS
from liaison.services.records import Record
from liaison.ui.attachments import AttachmentsPanel, FileDrops
from liaison.ui.editor import RecordEditor
from liaison.ui.language import Retranslating
from liaison.ui.models import RecordTableModel
from liaison.ui.sections import tr_entity
from liaison.ui.tables import configure_table, fit_columns
from liaison.ui.tasks import Op, TaskManager


class RecordDialog(Retranslating, QDialog):
    """A record editor in a dialog: closes when the record is saved."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        entity: str,
        record: Record | None,
        fixed: dict[str, Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = RecordEditor(services, tasks, entity, hidden=fixed.keys(), parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 2)
        self.editor.load(record, fixed=fixed)
        self.editor.saved.connect(self._saved)
        self.result_record: Record | None = None
        self.files: AttachmentsPanel | None = None
        self.files_box: QGroupBox | None = None
        if entity in ATTACHMENT_OWNERS:  # documents and minutes: their files, below the form
            self.files_box = QGroupBox(self)
            box_layout = QVBoxLayout(self.files_box)
            self.files = AttachmentsPanel(services, tasks, entity, self.files_box)
            box_layout.addWidget(self.files)
            layout.addWidget(self.files_box, 1)
            self.files.set_owner(record["id"] if record else None, self.editor.read_only_reason)
            FileDrops(self.files.attach_files, self).install(self.editor)
        self.resize(560, 680 if self.files is not None else 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(tr_entity(self.editor.spec.label))
        if self.files_box is not None:
            self.files_box.setTitle(self.tr("Files"))

    def _saved(self, record: Record) -> None:
        self.result_record = record
        self.accept()

    def reject(self) -> None:
        if self.editor.confirm_leave():
            super().reject()


class ChildList(Retranslating, QWidget):
    """Children of one parent record."""

    changed = Signal()
    """A child was added, edited or deleted."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        entity: str,
        parent_field: str,
        columns: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.entity = entity
        self.parent_field = parent_field
        self.parent_id: str | None = None
        self.model = RecordTableModel(services, entity, columns, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        configure_table(self.view, columns)
        self.view.doubleClicked.connect(self.edit_selected)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.undo_button.setEnabled(False)
        self._last_deleted: Record | None = None
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.set_parent(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(tr_entity(self.model.spec.plural))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_button.setText(self.tr("Undo delete"))
        self.undo_button.setToolTip(
            self.tr("Restore the last one deleted here, with what was deleted with it")
        )
        self.model.retranslate()

    def set_parent(self, parent_id: str | None, read_only_reason: str | None = None) -> None:
        """List ``parent_id``'s children. ``read_only_reason``: the parent may not be edited here
        (another institution's record, or a read-only file); nothing can be added to it or
        deleted from it, the buttons say why, and a child opens read-only as its own record."""
        if parent_id != self.parent_id:  # the undo belongs to the parent it was made under
            self._last_deleted = None
            self.undo_button.setEnabled(False)
        self.parent_id = parent_id
        if parent_id is None:
            self.model.clear()  # no parent selected: nothing to list, nothing to ask the record
        else:
            self.model.set_filter({self.parent_field: parent_id})
            if self.model.rowCount():  # the columns fit what this parent holds (the plan's activities)
                fit_columns(self.view, self.model.columns)
        self.edit_button.setEnabled(parent_id is not None)
        for button in (self.add_button, self.delete_button):
            button.setEnabled(parent_id is not None and read_only_reason is None)
            button.setToolTip(read_only_reason or "")
        if read_only_reason is not None:
            self.undo_button.setEnabled(False)

    def selected(self) -> Record | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def add(self) -> None:
        if self.parent_id is None or not self.add_button.isEnabled():
            return
        extra: dict[str, Any] = {}
        if "position" in self.model.spec.by_name:
            extra["position"] = self.model.loaded() + 1
        self._open(None, {self.parent_field: self.parent_id}, extra)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and self.parent_id is not None:
            self._open(self.model.records.get(record["id"]), {self.parent_field: self.parent_id}, {})

    def _open(self, record: Record | None, fixed: dict[str, Any], defaults: dict[str, Any]) -> None:
        dialog = RecordDialog(self.services, self.tasks, self.entity, record, fixed, self)
        for name, value in defaults.items():
            widget = dialog.editor.widgets.get(name)
            if widget is not None:
                widget.set_value(value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.refresh()
            self.changed.emit()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or not self.delete_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”?").replace("%1", self.model.spec.title(record) or self.tr("this record")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_removed: Any) -> None:
            self._last_deleted = record
            self.undo_button.setEnabled(True)
            self.model.refresh()
            self.changed.emit()

        Op(self.tasks, self, lambda: self.model.records.delete(record["id"])).success(done).run()

    def undo_delete(self) -> None:
        """Restore the last child deleted here (and what was deleted with it)."""
        record = self._last_deleted
        if record is None:
            return

        def done(_restored: Record) -> None:
            self._last_deleted = None
            self.undo_button.setEnabled(False)
            self.model.refresh()
            self.changed.emit()

        Op(self.tasks, self, lambda: self.model.records.restore(record["id"])).success(done).run()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.delete_selected()
            return
        super().keyPressEvent(event)
