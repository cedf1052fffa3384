"""A record's files in the window: the list, Attach…, drag and drop, Open, Save a copy…,
Remove (undoable), and what is only on the Secretariat.

Everything that touches the database or the bytes runs on the database worker
(:class:`~liaison.ui.tasks.Op`): a 50 MB file is copied into the store off the GUI thread.
Open copies the file to a fresh temporary folder under its own name (so the viewer's title
says "Plan 2024.pdf", not a hash), read-only (a change there would be lost: it is a copy), and
hands it to the system's viewer. A file attached on another laptop shows as "on the
Secretariat, 3.2 MB — download"; Open and Save a copy… fetch it first through
``services.attachments.ensure_local`` (the sync layer's downloader), or say why they cannot.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.services.attachments import AttachmentRecords, safe_file_name, size_text
from liaison.services.records import Record
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op, TaskManager, show_error

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Lines shown under the list, kept as marked so that a language change translates them again.
ATTACHED = QT_TRANSLATE_NOOP("AttachmentsPanel", "Attached: {names}")
NO_VIEWER = QT_TRANSLATE_NOOP("AttachmentsPanel", "No program here opens {name}; Save a copy… keeps it.")
SAVED = QT_TRANSLATE_NOOP("AttachmentsPanel", "Saved a copy: {path}")
REMOVED = QT_TRANSLATE_NOOP("AttachmentsPanel", "Removed {name}.")
RESTORED = QT_TRANSLATE_NOOP("AttachmentsPanel", "Restored {name}.")


def _local_files(mime: Any) -> list[Path]:
    """The local files a drag carries (none for text, web links, …)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def open_with_system(path: Path) -> bool:
    """Show ``path`` in the system's viewer for its kind."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class AttachmentListModel(QAbstractTableModel):
    """A record's files: name, and size or where the bytes are."""

    NAME, SIZE = 0, 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Record] = []

    def set_records(self, records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Record:
        return self._records[row]

    def row_of(self, attachment_id: str) -> int:
        return next((n for n, r in enumerate(self._records) if r["id"] == attachment_id), -1)

    def retranslate(self) -> None:
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 2

    def where(self, record: Record) -> str:
        size = size_text(int(record["size"]))
        if record.get("local"):
            return size
        if not AttachmentRecords.may_be_on_the_secretariat(record):
            return self.tr("missing from this computer, %1 — attach it again").replace("%1", size)
        return self.tr("on the Secretariat, %1 — download").replace("%1", size)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == ID_ROLE:
            return record["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.NAME:  # a synced name is shown as it would be saved
                return safe_file_name(record["name"])
            return self.where(record)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{safe_file_name(record['name'])}, {self.where(record)}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NAME:
            return self.tr("File")
        if section == self.SIZE:
            return self.tr("Size")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FileDrops(QObject):
    """Takes files dropped on a widget and its text fields (which would paste their path as
    text) and hands them to ``target``; other drags pass through."""

    def __init__(self, target: Callable[[list[Path]], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target

    def install(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if _local_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = _local_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.target(files)
                return True
        return False


class AttachmentsPanel(Retranslating, QWidget):
    """The files of one record (of one kind)."""

    changed = Signal()
    """Files were attached, removed or restored."""

    opener: Callable[[Path], bool] = staticmethod(open_with_system)
    """Shows a file in the system's viewer (the tests put a recorder here)."""

    def __init__(
        self, services: Liaison, tasks: TaskManager, entity: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.entity = entity
        self.owner_id: str | None = None
        self.read_only_reason: str | None = None
        self._last_removed: Record | None = None
        self._notice: list[tuple[str, str, dict[str, str]]] = []  # (context, English, values) shown
        self.model = AttachmentListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(self.model.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda _index: self.open_selected())  # Enter, double-click
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Tabbing into the list makes a row current without selecting it: Enter, Delete and the
        # buttons would then act on nothing. The current row is the selected one.
        self.view.selectionModel().currentChanged.connect(self._select_current)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # muted
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.attach_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (
            self.attach_button,
            self.open_button,
            self.save_button,
            self.remove_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.drops = FileDrops(self.attach_files, self)
        self.drops.install(self)
        self.drops.install(self.view)
        self.drops.install(self.view.viewport())
        self.set_owner(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Files"))
        self.attach_button.setText(self.tr("&Attach…"))
        self.attach_button.setToolTip(self.tr("Attach files to this record (or drop them on the record)"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the file in its viewer (Enter)"))
        self.save_button.setText(self.tr("Sa&ve a copy…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.remove_button.setToolTip(
            self.tr("Remove the file from this record (Delete); Undo remove brings it back")
        )
        self.undo_button.setText(self.tr("&Undo remove"))
        self.model.retranslate()
        self._show_hint()
        self._show_notice()
        if self.read_only_reason is not None:
            self.attach_button.setToolTip(self.read_only_reason)
            self.remove_button.setToolTip(self.read_only_reason)

    # -- the record --------------------------------------------------------------------------
    def set_owner(self, owner_id: str | None, read_only_reason: str | None = None) -> None:
        """Show the files of ``owner_id`` (``None``: a record not saved yet). With
        ``read_only_reason`` (another institution's record, a read-only file) nothing can be
        attached or removed; the buttons say why, and files still open."""
        if owner_id != self.owner_id:
            self._last_removed = None
            self._clear_notice()
        self.owner_id = owner_id
        if self.services.store.read_only and read_only_reason is None:
            read_only_reason = self.tr("This record is open for reading only.")
        self.read_only_reason = read_only_reason
        self.model.set_records([])
        self.refresh()
        self.retranslate()

    def refresh(self, select: str | None = None) -> None:
        """Read the record's files again (on the worker)."""
        owner_id, entity = self.owner_id, self.entity
        self._update_buttons()
        if owner_id is None:
            self.model.set_records([])
            self._show_hint()
            return
        attachments = self.services.attachments

        def done(records: list[Record]) -> None:
            if self.owner_id != owner_id:
                return  # another record was shown meanwhile
            self.model.set_records(records)
            row = self.model.row_of(select) if select else -1
            if row >= 0:
                self.view.selectRow(row)
            self._show_hint()
            self._update_buttons()

        Op(self.tasks, self, lambda: attachments.for_record(entity, owner_id)).success(done).run()

    def _select_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            self.view.selectRow(current.row())

    def selected(self) -> Record | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        writable = self.owner_id is not None and self.read_only_reason is None
        self.attach_button.setEnabled(writable)
        self.open_button.setEnabled(record is not None)
        self.save_button.setEnabled(record is not None)
        self.remove_button.setEnabled(writable and record is not None)
        self.undo_button.setEnabled(writable and self._last_removed is not None)

    def _show_hint(self) -> None:
        if self.owner_id is None:
            text = self.tr("Save the record first; then attach files to it.")
        elif self.model.rowCount() == 0:
            text = self.tr("No files yet. Attach… or drop files here: PDF, DOCX, XLSX, ODT, images, text.")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _set_notice(self, context: str, source: str, **values: str) -> None:
        """A line under the list (translated now and again on a language change)."""
        self._notice = [(context, source, dict(values))]
        self._show_notice()

    def _add_notice(self, context: str, source: str, **values: str) -> None:
        self._notice.append((context, source, dict(values)))
        self._show_notice()

    def _show_notice(self) -> None:
        lines = []
        for context, source, values in self._notice:
            text = QCoreApplication.translate(context, source)
            for key, value in values.items():
                text = text.replace("{" + key + "}", value)
            lines.append(text)
        self.notice.setText("\n".join(lines))
        self.notice.setVisible(bool(lines))

    def _clear_notice(self) -> None:
        self._notice = []
        self._show_notice()

    # -- attaching ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        if not self.attach_button.isEnabled():
            return
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if names:
            self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: Sequence[Path]) -> None:
        """Attach each file (on the worker, one after the other); what failed is said, naming
        the file, and the others are attached."""
        if self.owner_id is None or self.read_only_reason is not None:
            if self.owner_id is None:
                QMessageBox.information(
                    self, self.tr("Files"), self.tr("Save the record first; then attach files to it.")
                )
            elif self.read_only_reason:
                QMessageBox.information(self, self.tr("Files"), self.read_only_reason)
            return
        owner_id, entity = self.owner_id, self.entity
        attachments = self.services.attachments

        def work() -> tuple[list[Record], list[tuple[str, str]], list[KnownError]]:
            made: list[Record] = []
            warnings: list[tuple[str, str]] = []  # (template, file name)
            errors: list[KnownError] = []
            for path in paths:
                try:
                    attached = attachments.attach(entity, owner_id, path)
                except KnownError as error:
                    errors.append(error)
                    continue
                made.append(attached.record)
                if attached.warning is not None:
                    warnings.append((attached.warning, str(attached.record["name"])))
            return made, warnings, errors

        def done(result: tuple[list[Record], list[tuple[str, str]], list[KnownError]]) -> None:
            made, warnings, errors = result
            if self.owner_id == owner_id:
                self.refresh(select=made[-1]["id"] if made else None)
            if made:
                self._set_notice("AttachmentsPanel", ATTACHED, names=", ".join(str(r["name"]) for r in made))
                self.changed.emit()
            for template, name in warnings:  # attached anyway: said, not asked
                self._add_notice("Errors", template, name=name)
            if errors:
                QMessageBox.warning(self, self.tr("Files"), "\n\n".join(e.message() for e in errors))

        Op(self.tasks, self, work).success(done).run()

    # -- reading -----------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Open the selected file in the system's viewer (downloading it first when it is only
        on the Secretariat)."""
        record = self.selected()
        if record is None:
            return
        attachments = self.services.attachments

        def work() -> Path:
            return attachments.viewing_copy(record)  # downloaded first, checked against its hash

        def done(path: Path) -> None:
            self.refresh(select=record["id"])  # downloaded: it is here now
            if not self.opener(path):
                self._set_notice("AttachmentsPanel", NO_VIEWER, name=str(record["name"]))

        Op(self.tasks, self, work).success(done).failure(self._failed(record)).run()

    def _failed(self, record: Record) -> Callable[[BaseException], None]:
        """Say why Open or Save a copy… failed, then show the file as it is now (damaged bytes
        set aside: no longer "here")."""

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self.refresh(select=record["id"])

        return failed

    def save_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        start = str(Path.home() / safe_file_name(record["name"]))  # a synced name is not trusted
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), start)
        if name:
            self.save_copy(record, Path(name))

    def save_copy(self, record: Record, target: Path) -> None:
        attachments = self.services.attachments

        def done(_saved: Record) -> None:
            self.refresh(select=record["id"])
            self._set_notice("AttachmentsPanel", SAVED, path=os.fspath(target))

        Op(self.tasks, self, lambda: attachments.save_copy(record["id"], target)).success(done).failure(
            self._failed(record)
        ).run()

    # -- removing ----------------------------------------------------------------------------
    def remove_selected(self) -> None:
        record = self.selected()
        if record is None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove “%1” from this record? Undo remove brings it back.").replace(
                "%1", str(record["name"])
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        attachments = self.services.attachments

        def done(_removed: Any) -> None:
            self._last_removed = record
            self.refresh()
            self._set_notice("AttachmentsPanel", REMOVED, name=str(record["name"]))
            self.changed.emit()

        Op(self.tasks, self, lambda: attachments.delete(record["id"])).success(done).run()

    def undo_remove(self) -> None:
        record = self._last_removed
        if record is None or self.read_only_reason is not None:
            return
        attachments = self.services.attachments

        def done(restored: Record) -> None:
            self._last_removed = None
            self.refresh(select=restored["id"])
            self._set_notice("AttachmentsPanel", RESTORED, name=str(restored["name"]))
            self.changed.emit()

        def failed(error: BaseException) -> None:
            show_error(self, error)
            self._update_buttons()

        Op(self.tasks, self, lambda: attachments.restore(record["id"])).success(done).failure(failed).run()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
            return
        super().keyPressEvent(event)
