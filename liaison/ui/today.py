"""The Today view, the window's first section: what is coming and what is due, each a click away.

Upcoming events and bilateral meetings (the next four weeks, a running event included), the
action items overdue (red) and due in the next two weeks, the minutes of past meetings still
in draft, and the open conflicts. "Only my institution's" narrows the action items to those
assigned to the officer's home institution (Settings). Beside them a month calendar marks the
days with events in bold; choosing a day lists that day's events. Enter or a double-click opens
the record on its page. The reads are one worker call (``liaison.services.today``, indexed:
``tests/benchmarks/bench_today.py``); the view re-reads when shown and after a sync or a save.

The page answers what the main window asks of a page (``editor.confirm_leave()``, ``reload()``)
so that the window treats it like the others.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.settings import HOME_INSTITUTION
from liaison.services.today import Agenda, Item, agenda, event_days_in, events_on_in
from liaison.ui.i18n import format_date
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op, TaskManager

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow

HIT_KINDS = {"events": "event", "bilaterals": "bilateral", "action_items": "action", "minutes": "minutes"}
"""The search-hit kind the window opens for each entity of the view."""

OVERDUE = QColor("#c42b1c")
ID_ROLE = Qt.ItemDataRole.UserRole
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


class _NothingToSave:
    """The main window asks a page's editor before leaving it: the Today view holds no edits."""

    dirty = False

    @staticmethod
    def confirm_leave() -> bool:
        return True


class TodayPage(Retranslating, QWidget):
    """The Today view (see the module's docstring)."""

    open_record = Signal(str, str)
    """Open this record on its page: a search-hit kind ("event", "action", ...) and an id."""
    open_conflicts = Signal()
    """Open the conflict inbox."""
    overdue_changed = Signal(int)
    """How many action items are overdue (the sidebar and the start-up reminder show it)."""

    is_today = True

    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.editor = _NothingToSave()
        self.agenda: Agenda | None = None
        self.conflicts = 0
        self.loads = 0
        """How many reads have been shown (tests wait for the next one)."""
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.mine = QCheckBox(self)
        self.mine.toggled.connect(lambda _on: self.reload())
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemActivated.connect(lambda item, _column: self._open(item))
        self.groups: dict[str, QTreeWidgetItem] = {}
        for key in ("events", "bilaterals", "overdue", "due_soon", "minutes", "conflicts"):
            group = QTreeWidgetItem(self.tree)
            group.setFirstColumnSpanned(True)
            bold = QFont(self.tree.font())
            bold.setBold(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.groups[key] = group
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        self.calendar.currentPageChanged.connect(lambda _year, _month: self._mark_event_days())
        self.calendar.selectionChanged.connect(self._day_chosen)
        self.day_label = QLabel(self)
        self.day_events = QListWidget(self)
        self.day_events.itemActivated.connect(self._open)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.mine)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.calendar)
        right_layout.addWidget(self.day_label)
        right_layout.addWidget(self.day_events, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._started = False
        self.retranslate()
        # The reads start from the event loop: a read submitted now would make the window ask for
        # its current page (busy_changed -> update_status) while this one is still being built.
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        self._started = True
        self.reload()
        self._day_chosen()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today, %1").replace("%1", format_date(date.today())))
        self.mine.setText(self.tr("Only my institution's action items"))
        self.mine.setToolTip(self.tr("Action items assigned to your home institution (File → Settings)"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What")])
        self.tree.setAccessibleName(self.tr("Today"))
        self.calendar.setAccessibleName(self.tr("Events by month"))
        self.day_events.setAccessibleName(self.tr("Events on the chosen day"))
        if self.agenda is not None:
            self._show(self.agenda)
        if self._started:
            self._day_chosen()

    def _group_title(self, key: str, count: int, more: bool) -> str:
        titles = {
            "events": self.tr("Events in the next four weeks"),
            "bilaterals": self.tr("Bilateral meetings in the next four weeks"),
            "overdue": self.tr("Overdue action items"),
            "due_soon": self.tr("Action items due in the next two weeks"),
            "minutes": self.tr("Minutes awaiting agreement"),
            "conflicts": self.tr("Open conflicts"),
        }
        return f"{titles[key]} ({count}{'+' if more else ''})"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.loads:  # shown again: what is due may have changed (the first read is under way)
            self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the view afresh on the worker."""
        services = self.services
        only_mine = self.mine.isChecked()

        def work() -> tuple[Agenda, bool]:
            home = services.settings.get(HOME_INSTITUTION)
            return agenda(services, institution_id=home if only_mine and home else None), bool(home)

        def done(result: tuple[Agenda, bool]) -> None:
            seen, has_home = result
            self.mine.setEnabled(has_home)
            self.agenda = seen
            self._show(seen)
            self.loads += 1
            self.overdue_changed.emit(seen.overdue_count)

        Op(self.tasks, self, work).success(done).run()
        self._mark_event_days()

    def set_conflicts(self, count: int) -> None:
        """The open conflicts the officer may resolve (from the sync status)."""
        self.conflicts = count
        if self.agenda is not None:
            self._show(self.agenda)

    def _show(self, seen: Agenda) -> None:
        self.heading.setText(self.tr("Today, %1").replace("%1", format_date(seen.today)))
        lists = {
            "events": seen.events,
            "bilaterals": seen.bilaterals,
            "overdue": seen.overdue,
            "due_soon": seen.due_soon,
            "minutes": seen.minutes_to_agree,
        }
        for key, items in lists.items():
            group = self.groups[key]
            group.takeChildren()
            count = seen.overdue_count if key == "overdue" else len(items)
            group.setText(0, self._group_title(key, count, key != "overdue" and len(items) >= 50))
            for entry in items:
                self._add(group, entry, overdue=key == "overdue")
            if not items:
                self._placeholder(group, self.tr("Nothing"))
            group.setExpanded(True)
        group = self.groups["conflicts"]
        group.takeChildren()
        group.setText(0, self._group_title("conflicts", self.conflicts, False))
        if self.conflicts:
            child = QTreeWidgetItem(group, ["", self.tr("Open the conflict inbox") + " (Ctrl+Shift+C)"])
            child.setData(0, ENTITY_ROLE, "conflicts")
        else:
            self._placeholder(group, self.tr("Nothing"))
        group.setExpanded(True)
        for key in ("overdue",):
            self.groups[key].setForeground(0, QBrush(OVERDUE) if seen.overdue_count else QBrush())
        self.tree.resizeColumnToContents(0)

    def _add(self, group: QTreeWidgetItem, entry: Item, *, overdue: bool) -> None:
        when = format_date(entry.day)
        if entry.end is not None and entry.end != entry.day:
            when = f"{when} – {format_date(entry.end)}"
        title = entry.title
        child = QTreeWidgetItem(group, [when, title])
        child.setToolTip(1, title)
        child.setData(0, ID_ROLE, entry.id)
        child.setData(0, ENTITY_ROLE, entry.entity)
        if overdue:
            for column in (0, 1):
                child.setForeground(column, QBrush(OVERDUE))

    def _placeholder(self, group: QTreeWidgetItem, text: str) -> None:
        child = QTreeWidgetItem(group, ["", text])
        child.setFlags(Qt.ItemFlag.NoItemFlags)

    # -- the calendar ------------------------------------------------------------------------
    def _mark_event_days(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1)
        last = date(year + (month == 12), month % 12 + 1, 1)
        services = self.services

        def work() -> dict[date, int]:
            with services.store.read() as session:
                return event_days_in(session, first, last)

        def done(days: dict[date, int]) -> None:
            self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
            marked = QTextCharFormat()
            marked.setFontWeight(QFont.Weight.Bold)
            marked.setForeground(QBrush(self.palette().highlight().color()))
            for day, count in days.items():
                marked.setToolTip(self.tr("%n event(s)", None, count))
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), marked)

        Op(self.tasks, self, work).success(done).run()

    def _day_chosen(self) -> None:
        chosen = self.calendar.selectedDate()
        day = date(chosen.year(), chosen.month(), chosen.day())
        self.day_label.setText(self.tr("Events on %1").replace("%1", format_date(day)))
        services = self.services

        def work() -> list[Item]:
            with services.store.read() as session:
                return events_on_in(session, day)

        def done(items: list[Item]) -> None:
            self.day_events.clear()
            for entry in items:
                line = QListWidgetItem(entry.title, self.day_events)
                line.setToolTip(entry.title)
                line.setData(ID_ROLE, entry.id)
                line.setData(ENTITY_ROLE, entry.entity)

        Op(self.tasks, self, work).success(done).run()

    # -- opening -----------------------------------------------------------------------------
    def _open(self, item: QTreeWidgetItem | QListWidgetItem) -> None:
        if isinstance(item, QTreeWidgetItem):
            entity, record_id = item.data(0, ENTITY_ROLE), item.data(0, ID_ROLE)
        else:
            entity, record_id = item.data(ENTITY_ROLE), item.data(ID_ROLE)
        if entity == "conflicts":
            self.open_conflicts.emit()
        elif entity in HIT_KINDS and record_id:
            self.open_record.emit(HIT_KINDS[entity], record_id)


class TodayWiring(Retranslating, QWidget):
    """Ties a Today page to its window: records open on their pages, the conflicts count comes
    from the sync status, the sidebar counts the overdue actions, and the first reading reminds
    the officer of them in the status bar (never a modal box)."""

    def __init__(self, window: MainWindow, page: TodayPage) -> None:
        super().__init__(page)
        self.hide()
        self.window_ = window
        self.page = page
        self.overdue = 0
        self.reminded = False
        page.open_record.connect(window.open_hit)
        page.open_conflicts.connect(window.show_conflicts)
        page.overdue_changed.connect(self._overdue)

    def retranslate(self) -> None:
        QTimer.singleShot(0, self._badge)  # after the window has renamed its sections

    def _overdue(self, count: int) -> None:
        self.overdue = count
        self._badge()
        if not self.reminded:
            self.reminded = True
            if count:
                self.window_.statusBar().showMessage(
                    self.tr("%n action item(s) overdue: see Today (Ctrl+1).", None, count), 20000
                )

    def _badge(self) -> None:
        from liaison.ui.sections import SECTIONS, tr_entity

        row = [section.entity for section in SECTIONS].index("action_items")
        item = self.window_.nav.item(row)
        if item is None:
            return
        label = tr_entity(SECTIONS[row].label)
        if self.overdue:
            item.setText(f"{label}  ({self.overdue})")
            item.setForeground(QBrush(OVERDUE))
            item.setToolTip(self.tr("%n action item(s) overdue", None, self.overdue))
        else:
            item.setText(label)
            item.setForeground(QBrush())
            item.setToolTip(f"Ctrl+{row + 1}")


def attach_today(window: MainWindow) -> TodayPage:
    """The Today page of ``window``, wired to it (see :class:`TodayWiring`)."""
    assert window.services is not None
    page = TodayPage(window.services, window.tasks, window.stack)
    page.wiring = TodayWiring(window, page)  # type: ignore[attr-defined]

    def sync_changed() -> None:
        status = window.sync.status if window.sync is not None else None
        page.set_conflicts(status.open_conflicts if status is not None else 0)

    if window.sync is not None:
        window.sync.changed.connect(sync_changed)
        sync_changed()
    return page
