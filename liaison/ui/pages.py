"""One page per kind of record: a list beside a detail pane (the editor, then the record's
dependent lists in tabs)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services import search
from liaison.services.actions import OPEN_STATUSES
from liaison.services.app import Liaison
from liaison.services.records import Before, Record
from liaison.ui.accessible import name_clear_button
from liaison.ui.children import ChildList
from liaison.ui.editor import RecordEditor
from liaison.ui.icons import icon
from liaison.ui.language import Retranslating
from liaison.ui.models import NUMBER, RecordTableModel
from liaison.ui.sections import tr_entity
from liaison.ui.tables import configure_table, fit_columns
from liaison.ui.tasks import Op, TaskManager


@dataclass(frozen=True)
class ChildTab:
    label: str  # marked under "EntityPage"
    entity: str
    parent_field: str
    columns: tuple[str, ...]


@dataclass(frozen=True)
class View:
    """A named selection of a page's records (e.g. the overdue actions)."""

    label: str  # marked under "EntityPage"
    where: Callable[[], dict[str, Any]]


@dataclass(frozen=True)
class PanelTab:
    """A purpose-built tab (the contact profile, the minutes panel) shown for the selection."""

    label: str  # marked under "EntityPage"
    position: int
    make: Callable[[Liaison, TaskManager, QWidget], QWidget]
    show: Callable[[Any, str | None, str | None], None]
    """Show the record (``None``: none, or a new one) with why it is read-only (``None``: it
    is not)."""
    takes_file_drops: bool = False
    """Files dropped on the record's editor go to this tab (``attach_files``)."""


def _profile(services: Liaison, tasks: TaskManager, parent: QWidget) -> QWidget:
    from liaison.ui.profile import ContactProfileView

    return ContactProfileView(services, tasks, parent)


def _minutes_panel(services: Liaison, tasks: TaskManager, parent: QWidget) -> QWidget:
    from liaison.ui.minutes_panel import MinutesPanel

    return MinutesPanel(services, tasks, parent)


def _files(entity: str) -> PanelTab:
    """The record's attached files, a tab of its own (see :mod:`liaison.ui.attachments`)."""

    def make(services: Liaison, tasks: TaskManager, parent: QWidget) -> QWidget:
        from liaison.ui.attachments import AttachmentsPanel

        return AttachmentsPanel(services, tasks, entity, parent)

    return PanelTab(
        QT_TRANSLATE_NOOP("EntityPage", "Files"),
        99,  # last
        make,
        lambda panel, record_id, reason: panel.set_owner(record_id, reason),
        takes_file_drops=True,
    )


@dataclass(frozen=True)
class PageConfig:
    entity: str
    columns: tuple[str, ...]
    sortable: tuple[str, ...] = ()
    children: tuple[ChildTab, ...] = field(default_factory=tuple)
    views: tuple[View, ...] = ()
    panels: tuple[PanelTab, ...] = ()
    newest_first: bool = False
    """Sort by the first sortable column, newest first, until the officer sorts otherwise."""


PAGES: tuple[PageConfig, ...] = (
    PageConfig(
        "contacts",
        ("name", "latin_name", "position", "institution_id", "state_code"),
        sortable=("name",),
        children=(
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Positions held"),
                "contact_positions",
                "contact_id",
                ("position", "institution_id", "start_date", "end_date"),
            ),
        ),
        panels=(
            PanelTab(
                QT_TRANSLATE_NOOP("EntityPage", "Profile"),
                1,
                _profile,
                lambda view, record_id, _reason: view.show_contact(record_id),
            ),
            _files("contacts"),
        ),
    ),
    PageConfig(
        "institutions",
        ("name", "short_name", "kind", "state_code", "city"),
        sortable=("name",),
    ),
    PageConfig(
        "events",
        ("start_date", "title", "kind", "city", "country"),
        sortable=("start_date",),
        newest_first=True,  # what is coming on top, not 2013 (the Today view lists the next weeks)
        children=(
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Agenda"), "agenda_items", "event_id", (NUMBER, "title")
            ),
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Delegations"),
                "delegations",
                "event_id",
                ("state_code", "institution_id", "head_contact_id"),
            ),
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Participants"),
                "participants",
                "event_id",
                ("contact_id", "role", "attended"),
            ),
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Documents"),
                "documents",
                "event_id",
                ("title", "kind", "adopted_on"),
            ),
        ),
        panels=(
            PanelTab(
                QT_TRANSLATE_NOOP("EntityPage", "Minutes"),
                4,
                _minutes_panel,
                lambda panel, record_id, _reason: panel.set_event(record_id),
            ),
            _files("events"),
        ),
    ),
    PageConfig(
        "bilaterals",
        ("date", "title", "event_id", "city"),
        sortable=("date",),
        children=(
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Parties"),
                "bilateral_parties",
                "bilateral_id",
                ("state_code", "institution_id", "contact_id"),
            ),
        ),
        panels=(_files("bilaterals"),),
    ),
    PageConfig(
        "action_items",
        ("due_date", "title", "status", "assignee_institution_id", "assignee_contact_id"),
        sortable=("due_date",),
        views=(
            View(QT_TRANSLATE_NOOP("EntityPage", "All actions"), dict),
            View(QT_TRANSLATE_NOOP("EntityPage", "Open"), lambda: {"status": list(OPEN_STATUSES)}),
            View(
                QT_TRANSLATE_NOOP("EntityPage", "Overdue"),
                lambda: {"status": list(OPEN_STATUSES), "due_date": Before(date.today())},
            ),
        ),
        panels=(_files("action_items"),),
    ),
    PageConfig(
        "joint_action_plans",
        ("year", "title", "status"),
        sortable=("year",),
        children=(
            ChildTab(
                QT_TRANSLATE_NOOP("EntityPage", "Activities"),
                "plan_activities",
                "plan_id",
                ("position", "title", "responsible_states", "timeframe", "status"),
            ),
        ),
        panels=(_files("joint_action_plans"),),
    ),
)


class EntityPage(Retranslating, QWidget):
    """The list of one entity beside the selected record's details."""

    status_message = Signal(str)
    """Something to tell the officer in the status bar."""

    shown_changed = Signal()
    """The set of records shown changed (filter, reload): the status bar recounts."""

    def __init__(
        self, services: Liaison, tasks: TaskManager, config: PageConfig, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.config = config
        self.model = RecordTableModel(
            services, config.entity, config.columns, sortable=config.sortable, parent=self
        )
        self.spec = self.model.spec
        self._last_deleted: Record | None = None
        self._selecting = False

        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())

        self.new_action = QAction(icon("new"), "", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.delete_action = QAction(icon("delete"), "", self)
        self.delete_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action = QAction(icon("undo"), "", self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        for action in (self.new_action, self.delete_action, self.undo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if services.store.read_only:  # the window's banner says why
            self.new_action.setEnabled(False)
            self.delete_action.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        self.view_choice: QComboBox | None = None
        if config.views:
            self.view_choice = QComboBox(self)
            for _view in config.views:
                self.view_choice.addItem("")
            self.view_choice.currentIndexChanged.connect(lambda _index: self.apply_filter())
            top.addWidget(self.view_choice)
        self.tool_buttons: list[QToolButton] = []
        for action in (self.new_action, self.delete_action, self.undo_action):
            button = QToolButton(self)
            self.tool_buttons.append(button)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            top.addWidget(button)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        configure_table(self.view, config.columns)
        self.view.horizontalHeader().setSortIndicatorShown(bool(config.sortable))
        if config.sortable:
            first = config.columns.index(config.sortable[0])
            descending = config.newest_first or self.spec.order_by[0].startswith("-")
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.view.horizontalHeader().setSortIndicator(first, order)
        # After the indicator: enabling sorting sorts once, by the indicator (Qt's default
        # indicator is descending on the first column, which would cost a query of its own).
        self.view.setSortingEnabled(bool(config.sortable))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # An empty list says what to do (on the view's viewport, where the rows would be).
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)  # drawn in the muted text colour
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_empty)

        self.editor = RecordEditor(services, tasks, config.entity, parent=self)
        self.editor.saved.connect(self._saved)
        self.editor.open_record.connect(self.select)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.editor, "")
        self._tab_labels: dict[QWidget, str] = {}  # tab → its label as marked (English)
        self.children: list[ChildList] = []
        for child in config.children:
            child_list = ChildList(services, tasks, child.entity, child.parent_field, child.columns, self)
            child_list.changed.connect(self._child_changed)
            self.tabs.addTab(child_list, "")
            self._tab_labels[child_list] = child.label
            self.children.append(child_list)
        self.panels: dict[str, QWidget] = {}
        for panel in config.panels:
            widget = panel.make(services, tasks, self)
            self.tabs.insertTab(panel.position, widget, "")
            self._tab_labels[widget] = panel.label
            self.panels[panel.label] = widget
            if panel.takes_file_drops:  # files dropped on the form are attached to its record
                from liaison.ui.attachments import FileDrops

                FileDrops(lambda paths, target=widget: self._drop_files(target, paths), self).install(
                    self.editor
                )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_key = f"ui.splitter.{config.entity}"
        remembered = services.settings.get(self._splitter_key)
        if (
            isinstance(remembered, list)
            and len(remembered) == 2
            and all(isinstance(n, int) for n in remembered)
        ):
            self.splitter.setSizes(remembered)
        self._splitter_timer = QTimer(self, singleShot=True, interval=500)
        self._splitter_timer.timeout.connect(self._remember_splitter)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._splitter_timer.start())
        # Tabs keep their whole names (Kazakh's are long): the bar scrolls rather than elides.
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.setUsesScrollButtons(True)
        self._fitted = False
        self.model.modelReset.connect(self._fit_once)
        self._fit_once()
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # Tab: the buttons, the filter, the list, the editor's tabs, then its fields; Tab never
        # moves within the list (the arrows do), so the editor is always two keys away.
        chain: list[QWidget] = [self.view_choice] if self.view_choice is not None else []
        chain += [*self.tool_buttons, self.filter, self.view, self.tabs]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.editor.load(None)
        self._show_children(None)
        self.retranslate()

    def retranslate(self) -> None:
        plural = tr_entity(self.spec.plural)
        # Lower case by the language's rules (Turkish İ → i, I → ı), hence QLocale, not str.lower.
        self.filter.setPlaceholderText(self.tr("Filter %1…").replace("%1", QLocale().toLower(plural)))
        self.filter.setAccessibleName(self.tr("Filter"))
        name_clear_button(self.filter)
        self.new_action.setText(self.tr("&New"))
        self.delete_action.setText(self.tr("&Delete"))
        self.undo_action.setText(self.tr("&Undo delete"))
        if self.view_choice is not None:
            self.view_choice.setAccessibleName(self.tr("Show"))
            for index, view in enumerate(self.config.views):
                self.view_choice.setItemText(index, QCoreApplication.translate("EntityPage", view.label))
        self.view.setAccessibleName(plural)
        self.tabs.setTabText(self.tabs.indexOf(self.editor), self.tr("Details"))
        for widget, label in self._tab_labels.items():
            self.tabs.setTabText(self.tabs.indexOf(widget), QCoreApplication.translate("EntityPage", label))
        self.model.retranslate()
        self._show_empty()

    def _show_empty(self) -> None:
        """ "No contacts yet — New (Ctrl+N)…" on an empty list; "Nothing matches" on a filtered one."""
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if not empty:
            return
        plural = tr_entity(self.spec.plural)
        filtered = bool(self.filter.text().strip()) or bool(
            self.view_choice and self.view_choice.currentIndex()
        )
        if filtered:
            text = self.tr("Nothing matches: clear the filter to see all %1.").replace(
                "%1", QLocale().toLower(plural)
            )
        else:
            text = self.tr("No %1 yet. Click New (Ctrl+N) to add the first.").replace(
                "%1", QLocale().toLower(plural)
            )
        self.empty_label.setText(text)
        self.empty_label.setGeometry(self.view.viewport().rect().adjusted(16, 16, -16, -16))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.empty_label.isVisible():
            self.empty_label.setGeometry(self.view.viewport().rect().adjusted(16, 16, -16, -16))

    # -- layout ------------------------------------------------------------------------------
    def _remember_splitter(self) -> None:
        """Keep where the officer put the list/editor split (with the data folder's settings,
        written on the worker, half a second after the last move)."""
        sizes, key, settings = self.splitter.sizes(), self._splitter_key, self.services.settings
        Op(self.tasks, self, lambda: settings.set(key, sizes)).run()

    def _fit_once(self) -> None:
        """Fit the columns to the first rows shown (later pages keep the widths)."""
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.view, self.config.columns)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.refresh()
        self.shown_changed.emit()

    def apply_filter(self) -> None:
        """Narrow the list to what the filter text finds (through the search index)."""
        text = self.filter.text().strip()
        kind = search.INDEXED.get(self.spec.name, (None,))[0]
        where: dict[str, Any] = {}
        if self.view_choice is not None:
            where.update(self.config.views[self.view_choice.currentIndex()].where())
        if text and kind is not None:
            ids = [hit.id for hit in self.services.search(text, limit=1000, kinds=[kind])]
            where["id"] = ids or ["-"]
        self.model.set_filter(where)
        self.shown_changed.emit()
        self._drop_hidden_record(where)

    def _drop_hidden_record(self, where: dict[str, Any]) -> None:
        """A record the new filter hides leaves the editor (the Overdue view showed a done action
        there, as if it were overdue), unless it holds unsaved edits."""
        record = self.editor.record
        if record is None or self.editor.dirty:
            return
        if self.model.row_of(record["id"]) >= 0:
            return
        if self.model.canFetchMore(QModelIndex()):  # not among the rows read yet: ask
            where = dict(where)
            ids = where.get("id")
            if ids is not None and record["id"] not in ids:
                shown = False
            else:
                where["id"] = [record["id"]]
                shown = self.model.records.count(where) > 0
            if shown:
                return
        self.editor.load(None)
        self._show_children(None)

    def select(self, record_id: str) -> bool:
        """Show ``record_id``: select it in the list (clearing a filter that hides it)."""
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            row = self.model.row_of(record_id)
        if row < 0 and self.filter.text():
            self.filter.clear()
            self.apply_filter()
            return self.select(record_id)
        if row < 0:
            try:
                record = self.model.records.get(record_id)
            except Exception:
                return False
            self.model.set_filter({"id": [record_id]})
            self._load(record)
            return True
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    # -- selection and editing ---------------------------------------------------------------
    def current(self) -> Record | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._selecting:
            return
        if not self.editor.confirm_leave():
            self._selecting = True
            self.view.selectionModel().select(
                deselected, self.view.selectionModel().SelectionFlag.ClearAndSelect
            )
            self._selecting = False
            return
        record = self.current()
        if record is not None:
            self._load(self.model.records.get(record["id"]))

    def _load(self, record: Record | None) -> None:
        self.editor.load(record)
        self._show_children(record)

    def _show_children(self, record: Record | None) -> None:
        reason = self.editor.read_only_reason if record else None
        for child in self.children:
            child.set_parent(record["id"] if record else None, reason)
        for panel in self.config.panels:
            panel.show(self.panels[panel.label], record["id"] if record else None, reason)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, record is not None)

    def _drop_files(self, panel: QWidget, paths: list[Any]) -> None:
        """Files dropped on the record's form: attached to it, shown in its Files tab."""
        self.tabs.setCurrentWidget(panel)
        panel.attach_files(paths)  # type: ignore[attr-defined]

    def new_record(self) -> None:
        if not self.editor.confirm_leave():
            return
        self.view.clearSelection()
        self._load(None)
        self.tabs.setCurrentIndex(0)
        first = next(iter(self.editor.widgets.values()), None)
        if first is not None:
            first.setFocus()

    def _saved(self, record: Record) -> None:
        self.status_message.emit(self.tr("Saved."))
        self.model.refresh()
        self.shown_changed.emit()
        self._selecting = True
        try:
            row = self.model.row_of(record["id"])
            if row >= 0:
                self.view.selectRow(row)
        finally:
            self._selecting = False
        self._show_children(record)

    def _child_changed(self) -> None:
        record = self.editor.record
        if record is not None:
            self.status_message.emit(self.tr("Saved."))

    def delete_selected(self) -> None:
        record = self.current()
        if record is None:
            return
        title = self.spec.title(record)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1” and what belongs to it? You can undo this with Ctrl+Z.").replace(
                "%1", title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_removed: Any) -> None:
            self._last_deleted = record
            self.undo_action.setEnabled(True)
            self.editor.load(None)
            self._show_children(None)
            self.reload()
            self.status_message.emit(self.tr("Deleted “%1”. Undo with Ctrl+Z.").replace("%1", title))

        Op(self.tasks, self, lambda: self.model.records.delete(record["id"])).success(done).run()

    def undo_delete(self) -> None:
        record = self._last_deleted
        if record is None:
            return

        def done(restored: Record) -> None:
            self._last_deleted = None
            self.undo_action.setEnabled(False)
            self.reload()
            self.select(restored["id"])
            self.status_message.emit(self.tr("Restored “%1”.").replace("%1", self.spec.title(restored)))

        Op(self.tasks, self, lambda: self.model.records.restore(record["id"])).success(done).run()
