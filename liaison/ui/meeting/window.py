"""Meeting mode's window: the header and minutes workflow above, the agenda and notes, and the
attendance and follow-up tabs beside them; the keys; saving everything before it closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

from liaison.errors import DiskFullError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.services.records import Record
from liaison.ui.autosave import save_or_ask
from liaison.ui.language import Retranslating
from liaison.ui.meeting.agenda import AgendaPanel
from liaison.ui.meeting.attendance import AttendancePanel
from liaison.ui.meeting.common import muted, scaled_font, shortcut_text
from liaison.ui.meeting.follow_up import FollowUpPanel
from liaison.ui.meeting.minutes_workflow import MinutesHeader
from liaison.ui.tasks import TaskManager

KEYS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("next", QT_TRANSLATE_NOOP("MeetingMode", "Next agenda item"), ("Alt+Down", "Ctrl+PgDown")),
    ("previous", QT_TRANSLATE_NOOP("MeetingMode", "Previous agenda item"), ("Alt+Up", "Ctrl+PgUp")),
    ("action_item", QT_TRANSLATE_NOOP("MeetingMode", "Add an action item"), ("Ctrl+Shift+A",)),
    ("bilateral", QT_TRANSLATE_NOOP("MeetingMode", "Add a bilateral meeting"), ("Ctrl+Shift+B",)),
    ("close", QT_TRANSLATE_NOOP("MeetingMode", "Close meeting mode"), ("Ctrl+W", "Esc")),
)
"""Meeting mode's keys: (name, what it does, its shortcuts). The actions are made from this
table, and Help → Keyboard shortcuts lists it, so the two cannot disagree."""


def _part(panel: str, name: str) -> Any:
    """A widget or state of one of meeting mode's panels, read through the window."""
    return property(lambda self: getattr(getattr(self, panel), name))


class MeetingMode(Retranslating, QWidget):
    """Drafting one event's minutes during the meeting (a window or a full-window page)."""

    closed = Signal()
    """Meeting mode closed, after everything typed was saved (or the officer chose to leave
    text that could not be saved)."""

    record_changed = Signal(str, str)
    """(entity table name, record id) was created or changed here, so lists can refresh.
    Created records and check-ins, actions, bilaterals, agreeing and reopening are reported at
    once; text saved while typing is reported when the officer leaves an item and on close."""

    def __init__(
        self, services: Liaison, tasks: TaskManager, event_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingMode")
        self.services = services
        self.tasks = tasks
        self.event_id = event_id
        self.event_record: Record = services.events.get(event_id)
        self._closed = False
        self._focused_once = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.setSpacing(12)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        self.agenda = AgendaPanel(services, tasks, self.event_record, self.splitter)
        self.header = MinutesHeader(
            services, tasks, self.event_record, self.agenda.minutes, self.agenda.flush, self
        )
        self.side_tabs = QTabWidget(self.splitter)
        self.side_tabs.setDocumentMode(True)
        self.attendance = AttendancePanel(services, tasks, self.event_record, self.side_tabs)
        self.follow_up = FollowUpPanel(
            services,
            tasks,
            self.event_record,
            current_slot=self.agenda.current_slot,
            before_action=self.agenda.autosaver.flush,
            minutes_id=lambda: self.agenda.writer.minutes_id,
            delegations=lambda: self.attendance.delegations,
            parent=self.side_tabs,
        )
        self.side_tabs.addTab(self.attendance, self.attendance.title)
        self.side_tabs.addTab(self.follow_up, self.follow_up.title)
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([900, 420])
        outer.addWidget(self.header)
        outer.addWidget(self.splitter, 1)

        # Footer: what just happened, and the keys.
        footer = QHBoxLayout()
        self.message_label = QLabel(self)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._message_timer = QTimer(self, singleShot=True, interval=8000)
        self._message_timer.timeout.connect(self.message_label.clear)
        self.keys_label = muted(QLabel(self))
        self.keys_label.setFont(scaled_font(self.font(), 0.92))
        footer.addWidget(self.message_label, 1)
        footer.addWidget(self.keys_label)
        outer.addLayout(footer)

        for panel in (self.agenda, self.header, self.attendance, self.follow_up):
            panel.record_changed.connect(self.record_changed)
        for panel in (self.header, self.attendance, self.follow_up):
            panel.message.connect(self.show_message)
        self.attendance.title_changed.connect(lambda text: self.side_tabs.setTabText(0, text))
        self.follow_up.title_changed.connect(lambda text: self.side_tabs.setTabText(1, text))
        self.follow_up.added.connect(lambda: self.side_tabs.setCurrentIndex(1))
        self.follow_up.dialog_closed.connect(self._back_to_notes)
        self.header.back_to_notes.connect(self._back_to_notes)
        self.header.own_minutes_requested.connect(self.write_own_minutes)
        self.header.close_requested.connect(self.close)
        self.header.minutes_changed.connect(lambda: self.agenda.set_read_only(self.header.read_only))
        self.agenda.minutes_saved.connect(self._minutes_saved)
        self.agenda.autosaver.state_changed.connect(self._show_save_state)
        self.agenda.set_read_only(self.header.read_only)

        for first, second in (
            (self.agenda.summary_edit, self.side_tabs),
            (self.side_tabs, self.attendance.participants_view),
            (self.attendance.check_in, self.follow_up.actions_list),
            (self.follow_up.add_bilateral_button, self.header.agree_button),
            (self.header.agree_button, self.header.close_button),
            (self.header.close_button, self.header.reopen_button),
        ):
            QWidget.setTabOrder(first, second)
        self._build_actions()
        self._built = True
        self.retranslate()

    # The panels' parts by the names the rest of the window and the tests use.
    notes_edit = _part("agenda", "notes_edit")
    decisions_edit = _part("agenda", "decisions_edit")
    summary_edit = _part("agenda", "summary_edit")
    agenda_list = _part("agenda", "agenda_list")
    item_title = _part("agenda", "item_title")
    autosaver = _part("agenda", "autosaver")
    writer = _part("agenda", "writer")
    current = _part("agenda", "current")
    slots = _part("agenda", "slots")
    agree_button = _part("header", "agree_button")
    reopen_button = _part("header", "reopen_button")
    own_button = _part("header", "own_button")
    close_button = _part("header", "close_button")
    save_label = _part("header", "save_label")
    save_error_label = _part("header", "save_error_label")
    save_banner = _part("header", "save_banner")
    banner = _part("header", "banner")
    minutes = _part("header", "minutes")
    read_only = _part("header", "read_only")
    reason_dialog = _part("header", "reason_dialog")
    agree_box = _part("header", "agree_box")
    participants_view = _part("attendance", "participants_view")
    attendance_count = _part("attendance", "attendance_count")
    check_in = _part("attendance", "check_in")
    actions_list = _part("follow_up", "actions_list")
    bilaterals_list = _part("follow_up", "bilaterals_list")
    action_dialog = _part("follow_up", "action_dialog")
    bilateral_dialog = _part("follow_up", "bilateral_dialog")

    @property
    def minutes_id(self) -> str | None:
        return self.header.minutes["id"] if self.header.minutes else None

    def _build_actions(self) -> None:
        slots: dict[str, Callable[[], Any]] = {
            "next": self.agenda.next_item,
            "previous": self.agenda.previous_item,
            "action_item": self.follow_up.add_action_item,
            "bilateral": self.follow_up.add_bilateral,
            "close": self.close,
        }
        self.key_actions: list[tuple[QAction, str]] = []
        for name, text, shortcuts in KEYS:
            act = QAction(self)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slots[name])
            self.addAction(act)
            self.key_actions.append((act, text))
            setattr(self, f"{name}_action", act)

    def retranslate(self) -> None:
        """Every text again in the current language; what is typed, the item shown and the
        pending saves are untouched (the documents are the same objects). The panels follow
        the change of language themselves."""
        if not getattr(self, "_built", False):
            return  # still being built: __init__ calls this once everything exists
        if self.isWindow():
            self.setWindowTitle(self.tr("Meeting mode — %1").replace("%1", self.event_record["title"]))
        self.side_tabs.setAccessibleName(self.tr("Attendance and follow-up"))
        self.message_label.setAccessibleName(self.tr("Messages"))
        self.keys_label.setText(
            self.tr("%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close")
            .replace("%1", shortcut_text("Alt+Down"))
            .replace("%2", shortcut_text("Alt+Up"))
            .replace("%3", shortcut_text("Ctrl+Shift+A"))
            .replace("%4", shortcut_text("Ctrl+Shift+B"))
            .replace("%5", shortcut_text("Ctrl+W"))
        )
        for act, text in self.key_actions:
            act.setText(QCoreApplication.translate("MeetingMode", text))

    # -- what the panels say -------------------------------------------------------------------
    def _minutes_saved(self, minutes_id: str) -> None:
        if self.header.minutes is None or self.header.minutes["id"] != minutes_id:
            self.header.minutes = self.services.minutes.get(minutes_id)
            self.header.apply_state()

    def _show_save_state(self, state: str, message: str) -> None:
        full_disk = isinstance(self.agenda.autosaver.last_error, DiskFullError)
        self.header.show_save_state(state, message, full_disk=full_disk)

    def write_own_minutes(self) -> None:
        """Another institution's minutes were shown to read: write the officer's own instead."""
        if not self.header.foreign or self.services.store.read_only:
            return
        self.agenda.start_own_minutes()
        self.header.minutes = None
        self.header.apply_state()  # editable now: the agenda panel follows minutes_changed
        self.show_message(self.tr("Your own minutes: the first word typed creates them."))
        self.notes_edit.setFocus()

    def _back_to_notes(self) -> None:
        if not self._closed:
            self.notes_edit.setFocus()

    def go_to(self, row: int) -> None:
        self.agenda.go_to(row)

    def next_item(self) -> None:
        self.agenda.next_item()

    def previous_item(self) -> None:
        self.agenda.previous_item()

    def merge_synced(self) -> None:
        self.agenda.merge_synced()

    def flush(self, timeout: float = 30.0) -> bool:
        """Save everything typed and wait for it; True when all of it is on the disk."""
        return self.agenda.flush(timeout)

    def agree_minutes(self) -> None:
        self.header.agree_minutes()

    def reopen_minutes(self) -> None:
        self.header.reopen_minutes()

    def add_action_item(self) -> None:
        self.follow_up.add_action_item()

    def add_bilateral(self) -> None:
        self.follow_up.add_bilateral()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self._message_timer.start()

    # -- opening and closing -----------------------------------------------------------------
    @classmethod
    def open_window(
        cls, services: Liaison, tasks: TaskManager, event_id: str, parent: QWidget | None = None
    ) -> MeetingMode:
        """Meeting mode in its own window (deleted when closed), shown maximised-sized."""
        mode = cls(services, tasks, event_id, parent)
        mode.setWindowFlag(Qt.WindowType.Window)
        mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        mode.retranslate()  # a window now: its title too
        mode.resize(1280, 800)
        mode.show()
        mode.activateWindow()
        return mode

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            target = self.agenda_list if self.read_only else self.notes_edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not self._finish():
            event.ignore()
            return
        self._closed = True
        self.follow_up.close_dialogs()
        self.header.close_dialogs()
        event.accept()
        self.closed.emit()

    def _finish(self) -> bool:
        """Save everything; if that fails, let the officer retry, stay, or leave anyway."""
        if not save_or_ask(
            self.autosaver,
            self,
            title=self.tr("Not saved"),
            message=lambda error: self.tr("Some of your text could not be saved: %1").replace("%1", error),
            explanation=self.tr(
                "Try again, keep meeting mode open (your text stays on screen), or close and lose the unsaved text."  # noqa: E501 - one literal for Qt Linguist
            ),
            keep=self.tr("Keep open"),
            lose=self.tr("Close and lose it"),
        ):
            return False
        self.agenda.report_touched()
        return True
