"""Item models over the services: lazy, page by page, so a million rows scroll smoothly."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from liaison.errors import StoreError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.services.entities import EntitySpec
from liaison.services.fields import Kind
from liaison.services.records import Record
from liaison.ui.i18n import display, tr_field

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

NUMBER = "number"
"""A column numbering the rows from 1 in the list's order: the agenda's items as meeting mode and
the briefing PDF number them (the stored ``position`` only orders them, and may start at 0 or
leave gaps)."""
NUMBER_LABEL = QT_TRANSLATE_NOOP("Fields", "No.")


def reference_names(
    services: Liaison, spec: EntitySpec, rows: Sequence[Record], columns: Sequence[str]
) -> dict[str, str]:
    """Titles of the records the REF columns of ``rows`` point at, one query per column."""
    names: dict[str, str] = {}
    for column in columns:
        field = spec.by_name.get(column)
        if field is None or field.kind is not Kind.REF or field.ref is None:
            continue
        ids = {row[column] for row in rows if row.get(column)}
        if not ids:
            continue
        target = services.entity(field.ref)
        for record in target.list({"id": ids}, include_deleted=True):
            names[record["id"]] = target.spec.title(record)
    return names


class RecordTableModel(QAbstractTableModel):
    """Records of one entity, fetched ``PAGE`` rows at a time as the view scrolls.

    Reads are small indexed queries (a page costs a few milliseconds), so they run on the GUI
    thread as Qt's fetchMore expects; writes never happen here. ``sortable`` names the columns
    with an index behind them: sorting by others would sort the whole table on every page.
    """

    PAGE = 200

    def __init__(
        self,
        services: Liaison,
        entity: str,
        columns: Sequence[str],
        *,
        sortable: Sequence[str] = (),
        computed: Mapping[str, tuple[str, Callable[[Record], str]]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.records = services.entity(entity)
        self.spec = self.records.spec
        self.columns = list(columns)
        self.sortable = set(sortable)
        self.computed = dict(computed or {})
        self._rows: list[Record] = []
        self._names: dict[str, str] = {}
        self._where: dict[str, Any] = {}
        self._order: list[str] = list(self.spec.order_by)
        self._exhausted = False
        self._resetting = False
        self._queried = False
        self._cleared = False

    # -- the query ---------------------------------------------------------------------------
    @property
    def where(self) -> dict[str, Any]:
        """What the list shows (``Records.list``'s ``where``): empty when it shows everything."""
        return dict(self._where)

    @property
    def order(self) -> list[str]:
        return list(self._order)

    def set_filter(
        self, where: Mapping[str, Any] | None = None, *, order_by: Sequence[str] | None = None
    ) -> None:
        """Show the records matching ``where`` (see ``Records.list``), from the first page."""
        self.beginResetModel()
        self._where = dict(where or {})
        if order_by is not None:
            self._order = list(order_by)
        self._rows = self._query(0, self.PAGE)  # the first page comes with the reset
        self._queried, self._cleared = True, False
        self._names = reference_names(self.services, self.spec, self._rows, self.columns)
        self._exhausted = len(self._rows) < self.PAGE
        self._end_reset()

    def clear(self) -> None:
        """Show nothing (and query nothing) until the next :meth:`set_filter`."""
        self.beginResetModel()
        self._where = {}
        self._rows, self._names = [], {}
        self._exhausted = True
        self._queried = False
        self._cleared = True
        self._end_reset()

    def refresh(self) -> None:
        """Reload what is shown (after a write), keeping as many rows loaded as before."""
        if self._cleared:  # showing nothing on purpose (a child list without a parent)
            return
        wanted = max(len(self._rows), self.PAGE)
        rows = self._query(0, wanted)
        self.beginResetModel()
        self._rows = rows
        self._names = reference_names(self.services, self.spec, rows, self.columns)
        self._exhausted = len(rows) < wanted
        self._end_reset()

    def _end_reset(self) -> None:
        # Views and testers react to modelReset by asking for more rows; inserting rows while
        # the reset is still being announced would nest two changes, so such calls wait.
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def _query(self, offset: int, limit: int) -> list[Record]:
        try:
            return self.records.list(self._where, order_by=self._order, limit=limit, offset=offset)
        except StoreError as error:  # a damaged page: the list ends there; the window's banner says why
            log.warning("The list stops early: %s", error.message(english=True))
            return []

    # -- QAbstractItemModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._resetting

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._resetting:
            return
        page = self._query(len(self._rows), self.PAGE)
        if len(page) < self.PAGE:
            self._exhausted = True
        if not page:
            return
        self._names.update(reference_names(self.services, self.spec, page, self.columns))
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == ID_ROLE:
            return row["id"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column in self.computed:
                return self.computed[column][1](row)
            if column == NUMBER:
                return str(index.row() + 1)
            if column == "title":
                return self.spec.title(row)
            field = self.spec.by_name.get(column)
            if field is None:
                return str(row.get(column) or "")
            return display(self.spec.name, field, row.get(column), self._names)
        if role == Qt.ItemDataRole.ForegroundRole and self.spec.name == "action_items" and _overdue(row):
            return QBrush(OVERDUE)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section < 0 or section >= len(self.columns):
            return None
        column = self.columns[section]
        if column in self.computed:
            return tr_field(self.computed[column][0])
        if column == NUMBER:
            return tr_field(NUMBER_LABEL)
        field = self.spec.by_name.get(column)
        return tr_field(field.label) if field else column

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(self.columns) or self.columns[column] not in self.sortable:
            return
        name = self.columns[column]
        order_by = [name if order == Qt.SortOrder.AscendingOrder else f"-{name}"]
        if self._queried and order_by == self._order[:1]:
            return  # already so (the view re-announces its sort indicator when set up)
        self.set_filter(self._where, order_by=order_by)

    def retranslate(self) -> None:
        """Headers and cells (choice labels, dates, yes/no) again, in the new language."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows and self.columns:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- helpers for views -------------------------------------------------------------------
    def record(self, row: int) -> Record:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row["id"] == record_id:
                return number
        return -1

    def loaded(self) -> int:
        return len(self._rows)

    def complete(self) -> bool:
        return self._exhausted


OVERDUE = QColor("#c42b1c")
"""Overdue action items are drawn in this red (the Today view and the sidebar use it too)."""


def _overdue(row: Mapping[str, Any]) -> bool:
    due = row.get("due_date")
    return row.get("status") in ("open", "in_progress") and isinstance(due, date) and due < date.today()
