"""Contacts → Find duplicates…: the pairs the detector finds, both contacts side by side, and
for each pair Merge (into the one chosen to keep; undoable), or Not a duplicate.

Everything is read and written on the database worker; the list is a model of its own
(:class:`PairsModel`) so that merging or marking a pair removes its row without reading again.
The merge is the merge service's (:mod:`liaison.services.merge`): the kept contact takes the
other's e-mails, phones, tags and languages and any field it lacks, and every reference moves;
**Undo the last merge** calls the unmerge. "Not a duplicate" is remembered in the data folder
(:mod:`liaison.services.duplicate_review`). Keys: the arrows walk the pairs, Alt+M merges,
Alt+N marks, Alt+1/Alt+2 choose which contact is kept, Alt+U undoes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.duplicate_review import Pair, candidate_pairs, mark_not_duplicate
from liaison.services.records import Record
from liaison.ui.i18n import display, tr_field
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op, TaskManager, show_error

SHOWN_FIELDS = (
    "name",
    "latin_name",
    "honorific",
    "institution_id",
    "position",
    "state_code",
    "emails",
    "phones",
    "languages",
    "tags",
    "notes",
)
"""The contact's fields compared side by side (photo, visibility and owner are not)."""


@dataclass
class Found:
    """What the worker read: the pairs, their contacts, and the institutions they name."""

    pairs: list[Pair]
    contacts: dict[str, Record]
    names: dict[str, str]


def _read(services: Liaison) -> Found:
    pairs = candidate_pairs(services)
    ids = sorted({i for pair in pairs for i in (pair.first, pair.second)})
    contacts = {r["id"]: r for r in services.contacts.list({"id": ids})} if ids else {}
    institution_ids = sorted({c["institution_id"] for c in contacts.values() if c.get("institution_id")})
    names = (
        {
            r["id"]: services.institutions.spec.title(r)
            for r in services.institutions.list({"id": institution_ids})
        }
        if institution_ids
        else {}
    )
    return Found([p for p in pairs if p.first in contacts and p.second in contacts], contacts, names)


class PairsModel(QAbstractTableModel):
    """The candidate pairs: the two names, how sure, and why."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[Pair] = []
        self.contacts: dict[str, Record] = {}

    def set_found(self, found: Found) -> None:
        self.beginResetModel()
        self.pairs = list(found.pairs)
        self.contacts = dict(found.contacts)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def _name(self, contact_id: str) -> str:
        record = self.contacts.get(contact_id)
        return str(record["name"]) if record else contact_id

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self._name(pair.first)
            if column == 1:
                return self._name(pair.second)
            if column == 2:
                return f"{round(pair.score * 100)} %"
            return ", ".join(QCoreApplication.translate("Duplicates", reason) for reason in pair.reasons)
        if role == Qt.ItemDataRole.UserRole:
            return pair
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Contact"), self.tr("Probably the same as"), self.tr("How sure"), self.tr("Why"))[
            section
        ]

    def remove_contact(self, contact_id: str) -> None:
        """Drop every pair naming ``contact_id`` (merged away)."""
        for row in reversed(range(len(self.pairs))):
            if contact_id in (self.pairs[row].first, self.pairs[row].second):
                self.remove_row(row)

    def remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.pairs[row]
        self.endRemoveRows()


class DuplicatesDialog(Retranslating, QDialog):
    """Reviewing the candidate duplicates, a pair at a time."""

    merged = Signal(str, str)
    """(kept id, merged-away id): a merge was made (lists can read again)."""

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.names: dict[str, str] = {}
        self.last_merge: str | None = None
        self.setObjectName("duplicatesDialog")
        self.resize(1000, 620)

        self.model = PairsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PairsModel.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_pair())
        self.list_label = QLabel(self)
        self.list_label.setBuddy(self.view)

        self.compare = QTableWidget(len(SHOWN_FIELDS), 2, self)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setTabKeyNavigation(False)
        self.compare.setWordWrap(True)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.compare_label = QLabel(self)
        self.compare_label.setBuddy(self.compare)
        self.keep_first = QRadioButton(self)
        self.keep_second = QRadioButton(self)
        self.keep_first.setChecked(True)
        keep_row = QVBoxLayout()
        keep_row.setSpacing(2)
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        self.why_label = QLabel(self)
        self.why_label.setWordWrap(True)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.merge_button = QPushButton(self)
        self.merge_button.clicked.connect(self.merge)
        self.not_button = QPushButton(self)
        self.not_button.clicked.connect(self.not_duplicate)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        for button in (self.merge_button, self.not_button, self.undo_button):
            button.setAutoDefault(False)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.not_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.why_label)
        right_layout.addWidget(self.compare_label)
        right_layout.addWidget(self.compare, 1)
        right_layout.addLayout(keep_row)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 520])
        splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addWidget(self.status)
        outer.addWidget(self.buttons)
        QWidget.setTabOrder(self.view, self.compare)
        QWidget.setTabOrder(self.compare, self.keep_first)
        QWidget.setTabOrder(self.keep_first, self.keep_second)
        QWidget.setTabOrder(self.keep_second, self.merge_button)
        QWidget.setTabOrder(self.merge_button, self.not_button)
        QWidget.setTabOrder(self.not_button, self.undo_button)
        self.loaded = False
        self._built = True
        self.retranslate()
        self._update_buttons()
        self.reload()

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if not getattr(self, "_built", False):
            return
        self.setWindowTitle(self.tr("Find duplicates"))
        self.list_label.setText(self.tr("Contacts that are &probably one person:"))
        self.view.setAccessibleName(self.tr("Probable duplicates"))
        self.compare_label.setText(self.tr("Side by si&de:"))
        self.compare.setAccessibleName(self.tr("The two contacts, field by field"))
        self.compare.setAccessibleDescription(self.tr("Values that differ are in bold."))
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setToolTip(
            self.tr(
                "Merge the other contact into the one kept: e-mails, phones, tags and languages are united, its empty fields filled, and everything that named the other now names it. Undo the merge at any time."  # noqa: E501 - one literal for Qt Linguist
            )
        )
        self.not_button.setText(self.tr("&Not a duplicate"))
        self.not_button.setToolTip(self.tr("They are two people: this pair is not offered again."))
        self.undo_button.setText(self.tr("&Undo the last merge"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PairsModel.COLUMNS - 1)
        self._show_pair()
        if self.loaded:
            self._say_count()

    def _say_count(self) -> None:
        count = self.model.rowCount()
        self.status.setText(
            self.tr("%n pair(s) to review.", None, count)
            if count
            else self.tr("No probable duplicates left to review.")
        )

    # -- reading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))
        Op(self.tasks, self, lambda: _read(self.services)).success(self._found).run()

    def _found(self, found: Found) -> None:
        self.names = found.names
        self.model.set_found(found)
        self.loaded = True
        if self.model.rowCount():
            self.view.selectRow(0)
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_pair()
        self._say_count()
        self.view.setFocus()

    def current_pair(self) -> Pair | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        pair = self.model.data(index, Qt.ItemDataRole.UserRole)
        return pair if isinstance(pair, Pair) else None

    def _show_pair(self) -> None:
        pair = self.current_pair()
        spec = self.services.contacts.spec
        contacts = self.model.contacts
        first = contacts.get(pair.first) if pair else None
        second = contacts.get(pair.second) if pair else None
        self.compare.setHorizontalHeaderLabels(
            [first["name"] if first else "", second["name"] if second else ""]
        )
        self.compare.setVerticalHeaderLabels([tr_field(spec.field(name).label) for name in SHOWN_FIELDS])
        for row, name in enumerate(SHOWN_FIELDS):
            field = spec.field(name)
            values = [
                display("contacts", field, r.get(name), self.names) if r else "" for r in (first, second)
            ]
            differ = values[0] != values[1] and all(values)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if differ:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.compare.setItem(row, column, item)
        if pair is not None:
            reasons = ", ".join(QCoreApplication.translate("Duplicates", r) for r in pair.reasons)
            self.why_label.setText(
                self.tr("Why: %1 (how sure: %2 %).")
                .replace("%1", reasons)
                .replace("%2", str(round(pair.score * 100)))
            )
        else:
            self.why_label.clear()
        self.keep_first.setText(self.tr("Keep &1: %1").replace("%1", first["name"] if first else "…"))
        self.keep_second.setText(self.tr("Keep &2: %1").replace("%1", second["name"] if second else "…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_pair() is not None
        for widget in (self.merge_button, self.not_button, self.keep_first, self.keep_second):
            widget.setEnabled(has)
        self.undo_button.setEnabled(self.last_merge is not None)

    # -- acting ----------------------------------------------------------------------------------
    def _chosen(self) -> tuple[str, str] | None:
        pair = self.current_pair()
        if pair is None:
            return None
        return (pair.first, pair.second) if self.keep_first.isChecked() else (pair.second, pair.first)

    def merge(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        keep, other = chosen
        services = self.services
        kept_name = self.model.contacts[keep]["name"]
        other_name = self.model.contacts[other]["name"]
        self._busy(True)

        def done(merge_id: str) -> None:
            self._busy(False)
            self.last_merge = merge_id
            row = self.view.currentIndex().row()
            self.model.remove_contact(other)
            self._select_near(row)
            self.status.setText(
                self.tr("Merged %1 into %2. Undo the last merge to separate them again.")
                .replace("%1", other_name)
                .replace("%2", kept_name)
            )
            self.merged.emit(keep, other)

        Op(self.tasks, self, lambda: services.merge_contacts(keep, other)).success(done).failure(
            self._failed
        ).run()

    def not_duplicate(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        services = self.services
        self._busy(True)

        def done(_result: object) -> None:
            self._busy(False)
            row = self.view.currentIndex().row()
            if 0 <= row < self.model.rowCount() and self.model.pairs[row] == pair:
                self.model.remove_row(row)
            self._select_near(row)
            self.status.setText(
                self.tr("%1 and %2 are kept as two people.")
                .replace("%1", self.model.contacts[pair.first]["name"])
                .replace("%2", self.model.contacts[pair.second]["name"])
            )

        Op(self.tasks, self, lambda: mark_not_duplicate(services, pair.first, pair.second)).success(
            done
        ).failure(self._failed).run()

    def undo(self) -> None:
        merge_id = self.last_merge
        if merge_id is None:
            return
        services = self.services
        self._busy(True)

        def done(_result: object) -> None:
            self._busy(False)
            self.last_merge = None
            self.merged.emit("", "")
            self.reload()

        Op(self.tasks, self, lambda: services.unmerge_contacts(merge_id)).success(done).failure(
            self._failed
        ).run()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        show_error(self, error)

    def _busy(self, busy: bool) -> None:
        for widget in (self.merge_button, self.not_button, self.undo_button):
            widget.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _select_near(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            row = min(max(row, 0), count - 1)
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._show_pair()
        if count:
            self.view.setFocus()
