"""Meeting mode's agenda and notes: the agenda on the left, the current item's Notes and
Decisions and the minutes' general summary beside it, saved as they are typed.

Each agenda item has its own pair of text documents, shown in the two editors in turn, so
switching items keeps each item's undo history and cursor, and the text on screen is always the
newest whatever the database says. The panel owns the :class:`DraftWriter` and the autosaver
that stores the documents.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.records import Record
from liaison.ui.autosave import Autosaver
from liaison.ui.language import Retranslating
from liaison.ui.meeting.common import message_of, muted, scaled_font, section_label, shortcut_text
from liaison.ui.meeting.draft import (
    AOB,
    DECISIONS,
    NOTES,
    SUMMARY_KEY,
    DraftWriter,
    Slot,
    WriteResult,
    load_draft,
)
from liaison.ui.meeting.text_merge import TextMerger
from liaison.ui.tasks import TaskManager


class AgendaPanel(Retranslating, QWidget):
    """The agenda, the current item's notes and decisions, and the summary of the minutes."""

    record_changed = Signal(str, str)
    """(entity table name, record id) was created or changed by a save of the text."""

    minutes_saved = Signal(str)
    """A save wrote the minutes with this id (the first one creates them)."""

    def __init__(
        self, services: Liaison, tasks: TaskManager, event_record: Record, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.event_record = event_record
        self.event_id: str = event_record["id"]
        self.minutes: Record | None = None
        self.slots: list[Slot] = []
        self.current = -1
        self.read_only = False
        self._touched: set[tuple[str, str]] = set()
        self._cursor: dict[int, int] = {}
        self.docs: dict[tuple[str, str], QTextDocument] = {}  # the text on screen, by (slot, field)
        aob = self._any_other_business(position=0)
        self.minutes, self.slots, entry_ids, texts = load_draft(services, self.event_id, aob)
        self.writer = DraftWriter(
            services,
            event_record,
            {slot.key: slot for slot in self.slots},
            self.minutes,
            entry_ids,
            self.tr("Minutes of %1").replace("%1", event_record["title"]),
        )
        self.autosaver = Autosaver(tasks, self.writer.write, self, describe=message_of)
        self.autosaver.saved.connect(self._saved)
        self.merger = TextMerger(self)
        self._editor_font = scaled_font(self.font(), 1.08)
        for slot in self.slots:
            notes, decisions = texts.get(slot.key, ("", ""))
            self._make_doc((slot.key, NOTES), notes)
            self._make_doc((slot.key, DECISIONS), decisions)
        self._make_doc(SUMMARY_KEY, (self.minutes or {}).get("summary") or "")
        self.writer.bases = {key: doc.toPlainText() for key, doc in self.docs.items()}
        self._build()
        self._fill_agenda()
        self.go_to(0)
        self._built = True
        self.retranslate()

    def merge_synced(self) -> None:
        """A sync finished: merge what others wrote into these minutes into the text on screen."""
        self.merger.merge_synced()

    def _make_doc(self, key: tuple[str, str], text: str) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        doc.setDefaultFont(self._editor_font)
        doc.setDocumentMargin(10)
        doc.setPlainText(text)
        doc.setModified(False)
        doc.contentsChanged.connect(lambda: self._edited(key, doc))
        self.docs[key] = doc
        return doc

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)
        outer.addWidget(self.splitter)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        self.agenda_label = section_label(left)
        self.agenda_list = QListWidget(left)
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setSpacing(3)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.agenda_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.agenda_list.currentRowChanged.connect(self._row_chosen)
        self.agenda_list.installEventFilter(self)
        self.agenda_label.setBuddy(self.agenda_list)
        left_layout.addWidget(self.agenda_label)
        left_layout.addWidget(self.agenda_list, 1)

        # Centre: the current item's notes and decisions, the general summary.
        centre = QWidget(self.splitter)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 0, 8, 0)
        centre_layout.setSpacing(6)
        self.item_number = section_label(centre)
        self.item_title = QLabel(centre)
        self.item_title.setWordWrap(True)
        self.item_title.setFont(scaled_font(self.font(), 1.25, QFont.Weight.DemiBold))
        self.item_description = muted(QLabel(centre))
        self.item_description.setWordWrap(True)
        centre_layout.addWidget(self.item_number)
        centre_layout.addWidget(self.item_title)
        centre_layout.addWidget(self.item_description)
        centre_layout.addSpacing(6)

        self.notes_edit = self._editor(centre)
        self.decisions_edit = self._editor(centre)
        self.summary_edit = self._editor(centre)
        self.summary_edit.setDocument(self.docs[SUMMARY_KEY])
        self.notes_label = section_label(centre)
        self.notes_label.setBuddy(self.notes_edit)
        self.decisions_label = section_label(centre)
        self.decisions_label.setBuddy(self.decisions_edit)
        self.summary_label = section_label(centre)
        self.summary_label.setBuddy(self.summary_edit)
        centre_layout.addWidget(self.notes_label)
        centre_layout.addWidget(self.notes_edit, 5)
        centre_layout.addSpacing(4)
        centre_layout.addWidget(self.decisions_label)
        centre_layout.addWidget(self.decisions_edit, 3)
        centre_layout.addSpacing(4)
        centre_layout.addWidget(self.summary_label)
        centre_layout.addWidget(self.summary_edit, 2)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([280, 620])
        for first, second in (
            (self.agenda_list, self.notes_edit),
            (self.notes_edit, self.decisions_edit),
            (self.decisions_edit, self.summary_edit),
        ):
            QWidget.setTabOrder(first, second)

    def _editor(self, parent: QWidget) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFont(self._editor_font)
        edit.setMinimumHeight(70)
        return edit

    def retranslate(self) -> None:
        if not getattr(self, "_built", False):
            return  # still being built: __init__ calls this once everything exists
        self.agenda_label.setText(self.tr("&Agenda"))
        self.agenda_list.setAccessibleName(self.tr("Agenda"))
        self.agenda_list.setToolTip(
            self.tr("Next item: %1. Previous item: %2.")
            .replace("%1", shortcut_text("Alt+Down", "Ctrl+PgDown"))
            .replace("%2", shortcut_text("Alt+Up", "Ctrl+PgUp"))
        )
        self.item_title.setAccessibleName(self.tr("Current agenda item"))
        for edit, name, placeholder in (
            (
                self.notes_edit,
                self.tr("Notes"),
                self.tr("Who said what: statements, proposals, points raised…"),
            ),
            (
                self.decisions_edit,
                self.tr("Decisions"),
                self.tr("What the meeting decided or agreed on this item…"),
            ),
            (
                self.summary_edit,
                self.tr("Summary of the minutes"),
                self.tr("The general summary, for the whole meeting…"),
            ),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
        self.notes_label.setText(self.tr("&Notes"))
        self.decisions_label.setText(self.tr("&Decisions"))
        self.summary_label.setText(self.tr("Su&mmary of the minutes"))
        self._retranslate_slots()
        self._fill_agenda()
        self._show_slot(self.current)

    # -- the agenda --------------------------------------------------------------------------
    def _fill_agenda(self) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for slot in self.slots:
            label = f"{slot.number}.  {slot.title}" if slot.number is not None else slot.title
            item = QListWidgetItem(label, self.agenda_list)
            item.setToolTip(slot.description or slot.title)
            item.setData(Qt.ItemDataRole.UserRole, slot.key)
        if 0 <= self.current < len(self.slots):
            self.agenda_list.setCurrentRow(self.current)
        self.agenda_list.blockSignals(False)
        self._mark_written()

    def _mark_written(self) -> None:
        """Items with text read normally; items not yet written about are dimmed, so the
        officer sees at a glance what is left."""
        dim = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        for row, slot in enumerate(self.slots):
            item = self.agenda_list.item(row)
            written = any(not self.docs[(slot.key, name)].isEmpty() for name in (NOTES, DECISIONS))
            font = item.font()
            font.setBold(row == self.current)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.ForegroundRole, None if written or row == self.current else dim)

    def _row_chosen(self, row: int) -> None:
        if row >= 0 and row != self.current:
            self.go_to(row)

    def current_slot(self) -> Slot:
        return self.slots[self.current]

    def next_item(self) -> None:
        self.go_to(min(self.current + 1, len(self.slots) - 1))

    def previous_item(self) -> None:
        self.go_to(max(self.current - 1, 0))

    def go_to(self, row: int) -> None:
        """Show agenda item ``row`` (the last row is "any other business")."""
        if not 0 <= row < len(self.slots) or row == self.current:
            return
        if self.current >= 0:
            self._leave_item()
        self.current = row
        slot = self.slots[row]
        for edit, name in ((self.notes_edit, NOTES), (self.decisions_edit, DECISIONS)):
            doc = self.docs[(slot.key, name)]
            edit.setDocument(doc)
            cursor = QTextCursor(doc)
            cursor.setPosition(
                min(self._cursor.get(id(doc), doc.characterCount() - 1), doc.characterCount() - 1)
            )
            edit.setTextCursor(cursor)
            edit.ensureCursorVisible()
        self._show_slot(row)
        self.agenda_list.scrollToItem(self.agenda_list.item(row))

    def _show_slot(self, row: int) -> None:
        """The heading of agenda item ``row`` above the editors, and its place in the list."""
        if not 0 <= row < len(self.slots):
            return
        slot = self.slots[row]
        if slot.number is not None:
            self.item_number.setText(
                self.tr("Item %1 of %2")
                .replace("%1", str(slot.number))
                .replace("%2", str(self._agenda_count()))
            )
        else:
            self.item_number.setText(self.tr("Not on the agenda"))
        self.item_title.setText(slot.title)
        self.item_description.setText(slot.description)
        self.item_description.setVisible(bool(slot.description))
        self.agenda_list.blockSignals(True)
        self.agenda_list.setCurrentRow(row)
        self.agenda_list.blockSignals(False)
        self._mark_written()

    def _retranslate_slots(self) -> None:
        """ "Any other business" and untitled entries, named in the current language."""
        for index, slot in enumerate(self.slots):
            if slot.key == AOB:
                fresh = self._any_other_business(position=slot.position)
                self.slots[index] = replace(
                    slot, title=fresh.title, description=fresh.description, heading=fresh.heading
                )
                self.writer.slots[AOB] = self.slots[index]  # the heading given when it is created
            elif slot.number is None and not slot.heading:
                self.slots[index] = replace(slot, title=self.tr("Any other business"))
        if self.writer.minutes_id is None:
            self.writer.minutes_title = self.tr("Minutes of %1").replace("%1", self.event_record["title"])

    def _any_other_business(self, position: int) -> Slot:
        """The slot after the agenda for what is not on it, named in the current language."""
        title = self.tr("Any other business")
        description = self.tr("Matters raised that are not on the agenda.")
        return Slot(
            key=AOB,
            agenda_item_id=None,
            title=title,
            description=description,
            heading=title,
            position=position,
            number=None,
        )

    def _agenda_count(self) -> int:
        return sum(1 for slot in self.slots if slot.number is not None)

    def _leave_item(self) -> None:
        for edit in (self.notes_edit, self.decisions_edit):
            self._cursor[id(edit.document())] = edit.textCursor().position()
        if self.autosaver.error is None:
            # Write what was typed for this item before moving on, in order. When saves are
            # failing (the database is locked) do not wait: the text stays in its document and
            # is saved by the retries.
            self.autosaver.flush_and_wait(timeout=5.0)
        else:
            self.autosaver.flush()
        self.report_touched()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on the agenda goes to the notes of the chosen item.
        if (
            watched is self.agenda_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.notes_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- typing and saving -------------------------------------------------------------------
    def _edited(self, key: tuple[str, str], doc: QTextDocument) -> None:
        if self.read_only:
            return
        self.autosaver.changed(key, doc.toPlainText)

    def _saved(self, result: WriteResult) -> None:
        self.minutes_saved.emit(result.minutes_id)
        for entity, record_id in result.created:
            self.record_changed.emit(entity, record_id)
        self._touched.update(result.updated)
        self.merger.merge_stored(result.merged)
        self._mark_written()

    def report_touched(self) -> None:
        touched, self._touched = self._touched, set()
        for entity, record_id in sorted(touched):
            self.record_changed.emit(entity, record_id)

    def flush(self, timeout: float = 30.0) -> bool:
        """Save everything typed and wait for it; True when all of it is on the disk."""
        return self.autosaver.flush_and_wait(timeout)

    def start_own_minutes(self) -> None:
        """Leave the minutes shown (another institution's, to read) for the officer's own minutes
        of this event: the agenda stays, the text is empty, and the first word typed creates them
        (owned by the officer's institution). Nothing of the other minutes is touched."""
        self.read_only = True  # emptying the documents is not typing: nothing is saved
        try:
            agenda = [slot for slot in self.slots if slot.number is not None]
            last = max((slot.position for slot in agenda), default=-1)
            aob = self._any_other_business(position=min(last + 1, 10_000))
            self.slots = [*agenda, aob]
            keys = {slot.key for slot in self.slots}
            for key in list(self.docs):
                if key != SUMMARY_KEY and key[0] not in keys:
                    del self.docs[key]  # an entry of the other minutes off the agenda
            for slot in self.slots:
                for name in (NOTES, DECISIONS):
                    if (slot.key, name) not in self.docs:
                        self._make_doc((slot.key, name), "")
            for doc in self.docs.values():
                doc.setPlainText("")
                doc.setModified(False)
            self._cursor.clear()
            self.minutes = None
            writer = self.writer
            writer.minutes_id, writer.visibility, writer.entry_ids = None, None, {}
            writer.slots = {slot.key: slot for slot in self.slots}
            writer.minutes_title = self.tr("Minutes of %1").replace("%1", self.event_record["title"])
            writer.bases = {key: "" for key in self.docs}
            self.current = -1
            self._fill_agenda()
            self.go_to(0)
        finally:
            self.read_only = False

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for edit in (self.notes_edit, self.decisions_edit, self.summary_edit):
            edit.setReadOnly(read_only)
