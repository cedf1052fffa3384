"""Meeting mode: drafting the minutes while the meeting runs, keyboard first, saved as you type.

The officer walks the agenda in order (Alt+Down / Alt+Up, or Ctrl+PgDown / Ctrl+PgUp), writes
Notes and Decisions for the current item and the minutes' general summary, checks delegates in,
and adds the follow-up as it is agreed: an action item (Ctrl+Shift+A) or a bilateral meeting on
the margins (Ctrl+Shift+B). There is no Save button: every edit is saved within a second through
the database worker (see :mod:`liaison.ui.autosave`), and nothing typed is dropped when a save
fails: the text stays on screen, the failure shows, and the save is tried again.

The event's draft minutes are created by the first edit, not before (opening meeting mode on an
event by mistake writes nothing); each agenda item's ``minutes_entries`` row is created by the
first character typed for it. Agreed minutes open read-only, with "Reopen…" (asks why; logged).

Each agenda item has its own pair of text documents, shown in the two editors in turn, so
switching items keeps each item's undo history and cursor, and the text on screen is always the
newest whatever the database says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import DatabaseLockedError, DiskFullError, KnownError
from liaison.services.app import Liaison
from liaison.services.entities import ACTION_ITEMS, BILATERAL_PARTIES, BILATERALS, PARTICIPANTS
from liaison.services.errors import FieldError, ValidationError
from liaison.services.records import Record
from liaison.services.settings import OFFICER_NAME
from liaison.sync.merge import merge_text
from liaison.ui.autosave import FAILED, IDLE, PENDING, SAVED, SAVING, Autosaver, save_or_ask
from liaison.ui.fields import DateWidget, ReferenceWidget
from liaison.ui.i18n import choice_labels, tr_state
from liaison.ui.language import Retranslating
from liaison.ui.tasks import Op, TaskManager

SUMMARY_KEY = ("minutes", "summary")
NOTES = "notes"
DECISIONS = "decisions"
AOB = "aob"

# What the services refuse in long text (see liaison.services.fields): such characters come
# from pasted documents, never from typing, and would make every save fail. They are dropped.
_CONTROL_LONG = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    return _CONTROL_LONG.sub("", value)


def shortcut_text(*sequences: QKeySequence | str) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


# -- the records behind the screen ---------------------------------------------------------------
@dataclass(frozen=True)
class Slot:
    """One place to write: an agenda item, or text not attached to one ("any other business")."""

    key: str  # "agenda:<id>", "entry:<id>" (an entry without an agenda item) or "aob"
    agenda_item_id: str | None
    title: str
    description: str
    heading: str  # the entry's heading when it is created
    position: int
    number: int | None  # 1-based place on the agenda; None off the agenda


@dataclass
class WriteResult:
    """What one save wrote: the minutes' id and the records created or changed."""

    minutes_id: str
    created: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    merged: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """Texts a sync had changed since this window's last save: key -> (what was typed, what
    was stored: the typing merged with the other side's words)."""


class DraftWriter:
    """Writes the minutes' text; runs only on the database worker, which keeps it consistent.

    The minutes and the entries are created lazily, inside the transaction of the first save
    that needs them, so that a failed save leaves nothing half-made; the ids are remembered only
    once that transaction has committed.
    """

    def __init__(
        self,
        services: Liaison,
        event: Record,
        slots: Mapping[str, Slot],
        minutes: Record | None,
        entry_ids: Mapping[str, str],
        minutes_title: str,
    ) -> None:
        self.services = services
        self.event_record = event
        self.slots = dict(slots)
        self.minutes_id: str | None = minutes["id"] if minutes else None
        self.visibility: str | None = minutes["visibility"] if minutes else None
        self.entry_ids = dict(entry_ids)
        self.minutes_title = minutes_title
        self.bases: dict[tuple[str, str], str] = {}
        """Each text as this window last stored it (or loaded it): the common ancestor when a
        sync has written someone else's words into the record since."""

    def write(self, values: Mapping[Any, Any]) -> WriteResult:
        services = self.services
        minutes_fields: dict[str, Any] = {}
        entry_fields: dict[str, dict[str, Any]] = {}
        for (target, name), value in values.items():
            text = clean_text(str(value or ""))
            if target == "minutes":
                minutes_fields[name] = text
            else:
                entry_fields.setdefault(target, {})[name] = text
        try:
            result = self._write(minutes_fields, entry_fields)
        except KnownError:
            raise
        except Exception as error:
            # The store does not yet translate a lock met by BEGIN IMMEDIATE itself (only one met
            # inside the transaction): say what it is, not what SQLAlchemy says.
            if "database is locked" in str(error).lower():
                raise DatabaseLockedError(path=str(services.store.path)) from error
            raise
        # Committed: these texts are what the record holds now.
        self.bases.update({("minutes", name): text for name, text in minutes_fields.items()})
        for slot_key, fields in entry_fields.items():
            self.bases.update({(slot_key, name): text for name, text in fields.items()})
        return result

    def _reconcile(
        self,
        target: str,
        stored: Record,
        fields: dict[str, Any],
        merged: dict[tuple[str, str], tuple[str, str]],
    ) -> None:
        """In the save's transaction: a field a sync changed since this window last stored it
        gets the typing merged three-way with the other side's words, so that neither is lost
        (without this the save would write the screen's text over theirs)."""
        for name, ours in fields.items():
            key = (target, name)
            base, theirs = self.bases.get(key), stored.get(name) or ""
            if base is None or theirs in (base, ours):
                continue
            text = merge_text(base, ours, theirs)
            fields[name] = text if text is not None else ours + "\n\n" + theirs  # overlap: keep both
            merged[key] = (ours, fields[name])

    def _write(self, minutes_fields: dict[str, Any], entry_fields: dict[str, dict[str, Any]]) -> WriteResult:
        services = self.services
        created: list[tuple[str, str]] = []
        updated: list[tuple[str, str]] = []
        merged: dict[tuple[str, str], tuple[str, str]] = {}
        new_entries: dict[str, str] = {}
        with services.store.write() as session:
            minutes_id, visibility = self.minutes_id, self.visibility
            if minutes_id is None:
                record = services.minutes.create_in(
                    session,
                    {
                        "event_id": self.event_record["id"],
                        "title": self.minutes_title,
                        "status": "draft",
                        **minutes_fields,
                    },
                )
                minutes_id, visibility = record["id"], record["visibility"]
                created.append(("minutes", minutes_id))
            elif minutes_fields:
                stored = services.minutes.get_in(session, minutes_id)
                self._reconcile("minutes", stored, minutes_fields, merged)
                services.minutes.update_in(session, minutes_id, minutes_fields)
                updated.append(("minutes", minutes_id))
            for slot_key, fields in entry_fields.items():
                entry_id = self.entry_ids.get(slot_key)
                if entry_id is None:
                    slot = self.slots[slot_key]
                    entry = services.minutes_entries.create_in(
                        session,
                        {
                            "minutes_id": minutes_id,
                            "agenda_item_id": slot.agenda_item_id,
                            "position": slot.position,
                            "heading": slot.heading[:500],
                            "visibility": visibility,
                            **fields,
                        },
                    )
                    new_entries[slot_key] = entry["id"]
                    created.append(("minutes_entries", entry["id"]))
                else:
                    self._reconcile(
                        slot_key, services.minutes_entries.get_in(session, entry_id), fields, merged
                    )
                    services.minutes_entries.update_in(session, entry_id, fields)
                    updated.append(("minutes_entries", entry_id))
        # Committed: from now on these records exist.
        self.minutes_id, self.visibility = minutes_id, visibility
        self.entry_ids.update(new_entries)
        return WriteResult(minutes_id, created, updated, merged)


# -- small dialogs ---------------------------------------------------------------------------------
class FormDialog(Retranslating, QDialog):
    """A small form that stays open until its owner has stored what it says. Subclasses set the
    title and the accept button's text in ``retranslate`` (and call it at the end of ``__init__``)."""

    submitted = Signal()
    """The officer pressed the accept button: the owner validates and stores, then calls
    :meth:`finish` (or :meth:`show_error`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        layout.addLayout(self.form)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        # A base class: PySide's self.tr would look this up under the subclass's name.
        self.error_label.setAccessibleName(QCoreApplication.translate("FormDialog", "Problems"))

    def add_rows(self, widgets: list[QWidget]) -> list[QLabel]:
        """A row per field, each under a label (its buddy) whose text ``retranslate`` sets."""
        labels = []
        for widget in widgets:
            buddy = QLabel(self)
            buddy.setBuddy(widget)
            self.form.addRow(buddy, widget)
            labels.append(buddy)
        return labels

    def _submit(self) -> None:
        self.error_label.hide()
        self.ok_button.setEnabled(False)
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText("⚠ " + text)
        self.error_label.show()

    def finish(self) -> None:
        self.accept()


class ActionDialog(FormDialog):
    """Title, responsible institution and/or person, due date."""

    def __init__(self, services: Liaison, context: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title_edit = QLineEdit(self)
        self.institution = ReferenceWidget(
            ACTION_ITEMS.field("assignee_institution_id"), services, parent=self
        )
        self.contact = ReferenceWidget(ACTION_ITEMS.field("assignee_contact_id"), services, parent=self)
        self.due = DateWidget(ACTION_ITEMS.field("due_date"), self)
        self.due.set_value(None)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.form.addRow(self.note)
        self.labels = self.add_rows([self.title_edit, self.institution, self.contact, self.due])
        self.title_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New action item"))
        self.ok_button.setText(self.tr("Add action"))
        self.title_edit.setAccessibleName(self.tr("Action"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Circulate the concept note"))
        self.institution.setAccessibleName(self.tr("Responsible institution"))
        self.contact.setAccessibleName(self.tr("Responsible person"))
        self.due.setAccessibleName(self.tr("Due date"))
        note = self.context()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        texts = (
            self.tr("&Action:"),
            self.tr("Responsible &institution:"),
            self.tr("Responsible &person:"),
            self.tr("&Due date:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "assignee_institution_id": self.institution.value(),
            "assignee_contact_id": self.contact.value(),
            "due_date": self.due.value(),
        }


class BilateralDialog(FormDialog):
    """A bilateral meeting on the margins: title, date, and who met (delegations or a person)."""

    def __init__(
        self,
        services: Liaison,
        default_date: date | None,
        delegations: list[tuple[dict[str, Any], str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self.date = DateWidget(BILATERALS.field("date"), self)
        self.date.set_value(default_date)
        self.parties = QListWidget(self)
        self.parties.setMaximumHeight(170)
        self.parties.setWordWrap(True)
        self.parties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for party, label in delegations:
            item = QListWidgetItem(label, self.parties)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, party)
        if not delegations:
            self.parties.hide()
        self.contact = ReferenceWidget(BILATERAL_PARTIES.field("contact_id"), services, parent=self)
        rows: list[QWidget] = [self.title_edit, self.date]
        if delegations:
            rows.append(self.parties)
        self.labels = self.add_rows([*rows, self.contact])
        self.title_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New bilateral meeting on the margins"))
        self.ok_button.setText(self.tr("Add bilateral"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("Left empty: named after the parties"))
        self.date.setAccessibleName(self.tr("Date"))
        self.parties.setAccessibleName(self.tr("Parties"))
        self.contact.setAccessibleName(self.tr("Other party (a person)"))
        texts = [self.tr("&Title:"), self.tr("&Date:")]
        if len(self.labels) == 4:
            texts.append(self.tr("&Parties:"))
        texts.append(self.tr("&With (person):"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)

    def checked_parties(self) -> list[tuple[dict[str, Any], str]]:
        chosen = []
        for row in range(self.parties.count()):
            item = self.parties.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append((item.data(Qt.ItemDataRole.UserRole), item.text()))
        return chosen

    def title(self) -> str:
        typed = self.title_edit.text().strip()
        if typed:
            return typed
        names = [label.split(" — ", 1)[-1] for _party, label in self.checked_parties()]
        person = self.contact.edit.text().strip()
        if person:
            names.append(person)
        return " – ".join(names)


class ReasonDialog(FormDialog):
    """Why agreed minutes are being reopened (logged, and seen by every delegation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(110)
        [self.reason_label] = self.add_rows([self.reason])
        self.reason.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reopen the agreed minutes"))
        self.ok_button.setText(self.tr("Reopen"))
        self.intro.setText(
            self.tr(
                "Agreed minutes are reopened only on purpose. Say why: the reason is logged with your name and the time, and every delegation sees it."  # noqa: E501 - one literal for Qt Linguist
            )
        )
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. The Uzbek delegation's comments on item 2 arrived."))
        self.reason_label.setText(self.tr("&Reason:"))

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


# -- helpers for the look --------------------------------------------------------------------------
def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    return font


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def medium_date(value: date | None) -> str:
    """A date with the month's name and no weekday, in the locale's order ("22 November 2023")."""
    if value is None:
        return ""
    pattern = re.sub(
        r"[,.]?\s*dddd[,.]?\s*", " ", QLocale().dateFormat(QLocale.FormatType.LongFormat)
    ).strip()
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def section_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setFont(scaled_font(parent.font(), 0.92, QFont.Weight.DemiBold))
    return muted(label)


# -- meeting mode ------------------------------------------------------------------------------------
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
        self.minutes: Record | None = None
        self.slots: list[Slot] = []
        self.current = -1
        self._closed = False
        self._focused_once = False
        self._touched: set[tuple[str, str]] = set()
        self._cursor: dict[int, int] = {}
        self._docs: dict[tuple[str, str], QTextDocument] = {}
        self._filling = False
        self.action_dialog: ActionDialog | None = None
        self.bilateral_dialog: BilateralDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.agree_box: QMessageBox | None = None

        entry_ids, texts = self._load_minutes()
        self.writer = DraftWriter(
            services,
            self.event_record,
            {slot.key: slot for slot in self.slots},
            self.minutes,
            entry_ids,
            self.tr("Minutes of %1").replace("%1", self.event_record["title"]),
        )
        self.autosaver = Autosaver(tasks, self.writer.write, self, describe=self._message_of)
        self.autosaver.state_changed.connect(self._show_save_state)
        self.autosaver.saved.connect(self._saved)
        self._editor_font = scaled_font(self.font(), 1.08)
        for slot in self.slots:
            notes, decisions = texts.get(slot.key, ("", ""))
            self._make_doc((slot.key, NOTES), notes)
            self._make_doc((slot.key, DECISIONS), decisions)
        self._make_doc(SUMMARY_KEY, (self.minutes or {}).get("summary") or "")
        self.writer.bases = {key: doc.toPlainText() for key, doc in self._docs.items()}

        self._build()
        self._build_actions()
        self._fill_agenda()
        self.reload_participants()
        self.reload_follow_up()
        self._apply_minutes_state()
        self.go_to(0)
        self._show_save_state(IDLE, "")
        self._built = True
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    def _load_minutes(self) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
        services = self.services
        every = services.minutes.list({"event_id": self.event_id})
        drafts = [m for m in every if m["status"] != "agreed"]
        self.minutes = drafts[0] if drafts else (every[-1] if every else None)
        agenda = services.agenda.list({"event_id": self.event_id})
        entries = services.minutes_entries.list({"minutes_id": self.minutes["id"]}) if self.minutes else []
        entry_ids: dict[str, str] = {}
        texts: dict[str, tuple[str, str]] = {}
        for number, item in enumerate(agenda, start=1):
            self.slots.append(
                Slot(
                    key=f"agenda:{item['id']}",
                    agenda_item_id=item["id"],
                    title=item["title"],
                    description=item.get("description") or "",
                    heading=item["title"],
                    position=item["position"] or 0,
                    number=number,
                )
            )
        by_key = {slot.key: slot for slot in self.slots}
        last = max((slot.position for slot in self.slots), default=-1)
        unattached: list[Slot] = []
        for entry in entries:
            key = f"agenda:{entry['agenda_item_id']}" if entry["agenda_item_id"] else None
            if key is None or key not in by_key or key in entry_ids:
                key = f"entry:{entry['id']}"
                unattached.append(
                    Slot(
                        key=key,
                        agenda_item_id=entry["agenda_item_id"] if entry["agenda_item_id"] else None,
                        title=entry["heading"] or self.tr("Any other business"),
                        description="",
                        heading=entry["heading"] or "",
                        position=entry["position"] or 0,
                        number=None,
                    )
                )
            entry_ids[key] = entry["id"]
            texts[key] = (entry["notes"] or "", entry["decisions"] or "")
        self.slots.extend(unattached)
        if not unattached:
            self.slots.append(
                Slot(
                    key=AOB,
                    agenda_item_id=None,
                    title=self.tr("Any other business"),
                    description=self.tr("Matters raised that are not on the agenda."),
                    heading=self.tr("Any other business"),
                    position=min(last + 1, 10_000),
                    number=None,
                )
            )
        return entry_ids, texts

    def merge_synced(self) -> None:
        """A sync finished: text someone else wrote into these minutes (merged by the server)
        may now be in the record. Merge it into what is on screen, three-way against what this
        window last saved, so that neither their words nor the ones typed since are lost (the
        next autosave would otherwise write the screen's text over theirs)."""
        services, writer = self.services, self.writer

        def read() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
            found: dict[tuple[str, str], str] = {}
            try:
                if writer.minutes_id:
                    found[SUMMARY_KEY] = services.minutes.get(writer.minutes_id).get("summary") or ""
                for slot_key, entry_id in writer.entry_ids.items():
                    entry = services.minutes_entries.get(entry_id)
                    found[(slot_key, NOTES)] = entry.get("notes") or ""
                    found[(slot_key, DECISIONS)] = entry.get("decisions") or ""
            except KnownError:  # deleted by the sync meanwhile: nothing to merge into
                return {}, {}
            # On the worker, after every save queued before: this is the ancestor of what was read.
            return found, dict(writer.bases)

        Op(self.tasks, self, read).success(self._merge_texts).run()

    def _merge_texts(self, result: tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]) -> None:
        found, ancestors = result
        for key, theirs in found.items():
            base = ancestors.get(key)
            doc = self._docs.get(key)
            if doc is None or base is None or theirs == base or self.writer.bases.get(key) != base:
                continue  # unchanged, or saved again since it was read (the next sync merges it)
            ours = doc.toPlainText()
            merged = merge_text(base, ours, theirs)
            if merged is None:  # both rewrote the same passage: keep both, for the officer to tidy
                merged = ours + "\n\n" + theirs
            self.writer.bases[key] = theirs
            if merged != ours:
                self._replace_text(doc, merged)

    def _replace_text(self, doc: QTextDocument, text: str) -> None:
        before = doc.toPlainText()
        positions = [
            (edit, edit.textCursor().position())
            for edit in (self.notes_edit, self.decisions_edit, self.summary_edit)
            if edit.document() is doc
        ]
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)  # one undo step; the autosave stores the merged text
        for edit, position in positions:
            # Keep the cursor with the text after it (the officer goes on typing where they were).
            after = before[position:]
            moved = edit.textCursor()
            moved.setPosition(len(text) - len(after) if text.endswith(after) else min(position, len(text)))
            edit.setTextCursor(moved)

    def _make_doc(self, key: tuple[str, str], text: str) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        doc.setDefaultFont(self._editor_font)
        doc.setDocumentMargin(10)
        doc.setPlainText(text)
        doc.setModified(False)
        doc.contentsChanged.connect(lambda: self._edited(key, doc))
        self._docs[key] = doc
        return doc

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 12)
        outer.setSpacing(12)

        # Header: the event, the minutes' status, the save indicator, the workflow buttons.
        header = QHBoxLayout()
        header.setSpacing(16)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.kicker = section_label(self)
        self.title_label = QLabel(self.event_record["title"], self)
        self.title_label.setWordWrap(True)
        self.title_label.setFont(scaled_font(self.font(), 1.55, QFont.Weight.Bold))
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = muted(QLabel(self))
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setFont(scaled_font(self.font(), 1.05))
        titles.addWidget(self.kicker)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)

        side = QVBoxLayout()
        side.setSpacing(6)
        chips = QHBoxLayout()
        chips.setSpacing(10)
        chips.addStretch(1)
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("minutesStatus")
        self.save_icon = QLabel(self)
        self.save_icon.hide()
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveStatus")
        self.status_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        chips.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        chips.addWidget(self.save_icon, 0, Qt.AlignmentFlag.AlignVCenter)
        chips.addWidget(self.save_label, 0, Qt.AlignmentFlag.AlignVCenter)
        side.addLayout(chips)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        self.agree_button = QPushButton(self)
        self.agree_button.clicked.connect(self.agree_minutes)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        for button in (self.agree_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        side.addLayout(buttons)
        side.addStretch(1)
        header.addLayout(side)
        outer.addLayout(header)

        # Save problem banner: the full message, never in the way of the text.
        self.save_banner = QFrame(self)
        self.save_banner.setObjectName("saveBanner")
        self.save_banner.setStyleSheet(
            "#saveBanner { background: palette(alternate-base); border: 2px solid palette(highlight);"
            " border-radius: 6px; }"
        )
        save_banner_layout = QHBoxLayout(self.save_banner)
        save_banner_layout.setContentsMargins(12, 8, 12, 8)
        save_banner_layout.setSpacing(10)
        warning = QLabel(self.save_banner)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size)
        )
        self.save_error_label = QLabel(self.save_banner)
        self.save_error_label.setWordWrap(True)
        self.save_error_label.setFont(scaled_font(self.font(), 1.0, QFont.Weight.DemiBold))
        self.save_hint = muted(QLabel(self.save_banner))
        self.save_hint.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.save_error_label)
        texts.addWidget(self.save_hint)
        save_banner_layout.addWidget(warning, 0, Qt.AlignmentFlag.AlignTop)
        save_banner_layout.addLayout(texts, 1)
        self.save_banner.hide()
        outer.addWidget(self.save_banner)

        # Read-only banner (agreed minutes).
        self.banner = QFrame(self)
        self.banner.setObjectName("meetingBanner")
        self.banner.setStyleSheet(
            "#meetingBanner { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(14, 8, 8, 8)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.reopen_button = QPushButton(self.banner)
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.reopen_minutes)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reopen_button)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(12)

        # Left: the agenda.
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
        self.summary_edit.setDocument(self._docs[SUMMARY_KEY])
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

        # Right: attendance and follow-up.
        self.side_tabs = QTabWidget(self.splitter)
        self.side_tabs.setDocumentMode(True)
        attendance = QWidget(self.side_tabs)
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.setContentsMargins(0, 8, 0, 0)
        attendance_layout.setSpacing(8)
        self.attendance_count = muted(QLabel(attendance))
        self.participants_view = QTreeWidget(attendance)
        self.participants_view.setColumnCount(3)
        self.participants_view.setRootIsDecorated(False)
        self.participants_view.setUniformRowHeights(True)
        self.participants_view.setAlternatingRowColors(True)
        self.participants_view.header().setStretchLastSection(False)
        self.participants_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.participants_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.participants_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.participants_view.itemChanged.connect(self._attendance_toggled)
        self.check_in_label = QLabel(attendance)
        self.check_in = ReferenceWidget(PARTICIPANTS.field("contact_id"), self.services, parent=attendance)
        self.check_in.placeholder = lambda: self.tr("Type a name, then Enter")
        self.check_in.retranslate()
        self.check_in.edit.returnPressed.connect(self.check_in_typed)
        self.check_in_label.setBuddy(self.check_in)
        attendance_layout.addWidget(self.attendance_count)
        attendance_layout.addWidget(self.participants_view, 1)
        attendance_layout.addWidget(self.check_in_label)
        attendance_layout.addWidget(self.check_in)
        self.side_tabs.addTab(attendance, "")

        follow = QWidget(self.side_tabs)
        follow_layout = QVBoxLayout(follow)
        follow_layout.setContentsMargins(0, 8, 0, 0)
        follow_layout.setSpacing(6)
        self.actions_list = QListWidget(follow)
        self.actions_list.setWordWrap(True)
        self.actions_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.actions_list.setAlternatingRowColors(True)
        self.actions_list.setSpacing(2)
        self.actions_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.bilaterals_list = QListWidget(follow)
        self.bilaterals_list.setWordWrap(True)
        self.bilaterals_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.bilaterals_list.setAlternatingRowColors(True)
        self.bilaterals_list.setSpacing(2)
        self.bilaterals_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.add_action_button = QPushButton(follow)
        self.add_action_button.clicked.connect(self.add_action_item)
        self.add_bilateral_button = QPushButton(follow)
        self.add_bilateral_button.clicked.connect(self.add_bilateral)
        for button in (self.add_action_button, self.add_bilateral_button):
            button.setAutoDefault(False)
        self.actions_heading = section_label(follow)
        self.bilaterals_heading = section_label(follow)
        follow_layout.addWidget(self.actions_heading)
        follow_layout.addWidget(self.actions_list, 3)
        follow_layout.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        follow_layout.addSpacing(8)
        follow_layout.addWidget(self.bilaterals_heading)
        follow_layout.addWidget(self.bilaterals_list, 2)
        follow_layout.addWidget(self.add_bilateral_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.side_tabs.addTab(follow, "")

        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([280, 620, 420])
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

        for first, second in (
            (self.agenda_list, self.notes_edit),
            (self.notes_edit, self.decisions_edit),
            (self.decisions_edit, self.summary_edit),
            (self.summary_edit, self.side_tabs),
            (self.side_tabs, self.participants_view),
            (self.participants_view, self.check_in),
            (self.check_in, self.actions_list),
            (self.actions_list, self.add_action_button),
            (self.add_action_button, self.bilaterals_list),
            (self.bilaterals_list, self.add_bilateral_button),
            (self.add_bilateral_button, self.agree_button),
            (self.agree_button, self.close_button),
            (self.close_button, self.reopen_button),
        ):
            QWidget.setTabOrder(first, second)

    def _editor(self, parent: QWidget) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFont(self._editor_font)
        edit.setMinimumHeight(70)
        return edit

    def _build_actions(self) -> None:
        def action(shortcuts: list[str], slot: Callable[[], Any]) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(["Alt+Down", "Ctrl+PgDown"], self.next_item)
        self.previous_action = action(["Alt+Up", "Ctrl+PgUp"], self.previous_item)
        self.action_item_action = action(["Ctrl+Shift+A"], self.add_action_item)
        self.bilateral_action = action(["Ctrl+Shift+B"], self.add_bilateral)
        self.close_action = action(["Ctrl+W", "Esc"], self.close)

    def retranslate(self) -> None:
        """Every text again in the current language; what is typed, the item shown and the
        pending saves are untouched (the documents are the same objects)."""
        if not getattr(self, "_built", False):
            return  # still being built: __init__ calls this once everything exists
        if self.isWindow():
            self.setWindowTitle(self.tr("Meeting mode — %1").replace("%1", self.event_record["title"]))
        self.kicker.setText(self.tr("Meeting mode"))
        self.title_label.setAccessibleName(self.tr("Event"))
        self.subtitle_label.setText(self._event_line())
        self.status_chip.setAccessibleName(self.tr("Minutes status"))
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.agree_button.setText(self.tr("Agr&ee minutes…"))
        self.agree_button.setAccessibleName(self.tr("Agree minutes"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close meeting mode"))
        self.close_button.setToolTip(
            self.tr("Close meeting mode (%1); everything typed is saved first.").replace(
                "%1", shortcut_text("Ctrl+W", "Esc")
            )
        )
        self.save_error_label.setAccessibleName(self.tr("Save problem"))
        self.save_hint.setText(self.tr("Your text stays on screen; Liaison keeps trying to save it."))
        self.banner_label.setAccessibleName(self.tr("Read-only"))
        self.reopen_button.setText(self.tr("&Reopen…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen minutes"))
        self.reopen_button.setToolTip(
            self.tr("Make the agreed minutes editable again (you will be asked why).")
        )
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
        self.side_tabs.setAccessibleName(self.tr("Attendance and follow-up"))
        self.participants_view.setAccessibleName(self.tr("Participants (checked: present)"))
        self.participants_view.setToolTip(
            self.tr("Space ticks or unticks the selected participant as present.")
        )
        self.participants_view.setHeaderLabels(
            [self.tr("Participant"), self.tr("Delegation"), self.tr("Role")]
        )
        self.check_in_label.setText(self.tr("Check &in someone else:"))
        self.check_in.setAccessibleName(self.tr("Check in a participant by name"))
        self.actions_list.setAccessibleName(self.tr("Action items of this meeting"))
        self.bilaterals_list.setAccessibleName(self.tr("Bilateral meetings on the margins"))
        self.add_action_button.setText(self.tr("Action item…"))
        self.add_action_button.setAccessibleName(self.tr("Add an action item"))
        self.add_action_button.setToolTip(
            self.tr("Add an action item (%1)").replace("%1", shortcut_text("Ctrl+Shift+A"))
        )
        self.add_bilateral_button.setText(self.tr("Bilateral…"))
        self.add_bilateral_button.setAccessibleName(self.tr("Add a bilateral meeting"))
        self.add_bilateral_button.setToolTip(
            self.tr("Add a bilateral meeting on the margins (%1)").replace(
                "%1", shortcut_text("Ctrl+Shift+B")
            )
        )
        self.actions_heading.setText(self.tr("Action items"))
        self.bilaterals_heading.setText(self.tr("Bilaterals on the margins"))
        self.message_label.setAccessibleName(self.tr("Messages"))
        self.keys_label.setText(
            self.tr("%1 next item · %2 previous · %3 action item · %4 bilateral · %5 close")
            .replace("%1", shortcut_text("Alt+Down"))
            .replace("%2", shortcut_text("Alt+Up"))
            .replace("%3", shortcut_text("Ctrl+Shift+A"))
            .replace("%4", shortcut_text("Ctrl+Shift+B"))
            .replace("%5", shortcut_text("Ctrl+W"))
        )
        for act, text in (
            (self.next_action, self.tr("Next agenda item")),
            (self.previous_action, self.tr("Previous agenda item")),
            (self.action_item_action, self.tr("Add an action item")),
            (self.bilateral_action, self.tr("Add a bilateral meeting")),
            (self.close_action, self.tr("Close meeting mode")),
        ):
            act.setText(text)
        # What depends on the record: untitled items, the counts, the status, the lists.
        self._retranslate_slots()
        self._fill_agenda()
        self._show_slot(self.current)
        self._update_attendance_count()
        self.reload_participants()
        self.reload_follow_up()
        self._apply_minutes_state()
        self._show_save_state(self.autosaver.state, self.autosaver.error or "")

    def _event_line(self) -> str:
        event = self.event_record
        parts = []
        kind_field = self.services.events.spec.field("kind")
        kind = choice_labels("events", kind_field).get(event["kind"], event["kind"])
        when = long_date(event["start_date"])
        if event.get("end_date") and event["end_date"] != event["start_date"]:
            when = self.tr("%1 – %2").replace("%1", when).replace("%2", long_date(event["end_date"]))
        parts.append(when)
        place = ", ".join(p for p in (event.get("venue"), event.get("city")) if p)
        if place:
            parts.append(place)
        parts.append(kind)
        return "  ·  ".join(parts)

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
            written = any(not self._docs[(slot.key, name)].isEmpty() for name in (NOTES, DECISIONS))
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
            doc = self._docs[(slot.key, name)]
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
                self.slots[index] = replace(
                    slot,
                    title=self.tr("Any other business"),
                    description=self.tr("Matters raised that are not on the agenda."),
                    heading=self.tr("Any other business"),
                )
                self.writer.slots[AOB] = self.slots[index]  # the heading given when it is created
            elif slot.number is None and not slot.heading:
                self.slots[index] = replace(slot, title=self.tr("Any other business"))
        if self.writer.minutes_id is None:
            self.writer.minutes_title = self.tr("Minutes of %1").replace("%1", self.event_record["title"])

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
        self._report_touched()

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
        if self.minutes is None or self.minutes["id"] != result.minutes_id:
            self.minutes = self.services.minutes.get(result.minutes_id)
            self._apply_minutes_state()
        for entity, record_id in result.created:
            self.record_changed.emit(entity, record_id)
        self._touched.update(result.updated)
        for key, (typed, stored) in result.merged.items():
            doc = self._docs.get(key)
            if doc is None:
                continue
            current = doc.toPlainText()  # the officer may have typed on since the save
            text = merge_text(typed, current, stored)
            self._replace_text(doc, text if text is not None else current + "\n\n" + stored)
        self._mark_written()

    def _report_touched(self) -> None:
        touched, self._touched = self._touched, set()
        for entity, record_id in sorted(touched):
            self.record_changed.emit(entity, record_id)

    def _show_save_state(self, state: str, message: str) -> None:
        icon: QStyle.StandardPixmap | None = None
        if state == IDLE:
            text = self.tr("Saved as you type") if not self.read_only else self.tr("Read-only")
            tip = self.tr("There is no Save button: what you type is saved within a second.")
        elif state in (PENDING, SAVING):
            text, tip = self.tr("Saving…"), self.tr("Your latest typing is being saved.")
        elif state == SAVED:
            text, tip = self.tr("Saved"), self.tr("Everything typed is saved on this computer.")
        else:
            full_disk = isinstance(self.autosaver.last_error, DiskFullError)
            text = self.tr("Disk full — not saved") if full_disk else self.tr("Not saved")
            tip = self.tr("Your text is safe on screen and will be saved as soon as possible.")
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        failed = state == FAILED
        full = self.tr("Not saved: %1").replace("%1", message) if failed else text
        self.save_label.setText(text)
        self.save_label.setToolTip(tip)
        self.save_label.setAccessibleDescription(full)
        self.save_error_label.setText(full)
        self.save_error_label.setAccessibleDescription(full)
        self.save_banner.setVisible(failed)
        font = self.save_label.font()
        font.setBold(state == FAILED)
        self.save_label.setFont(font)
        self.save_label.setForegroundRole(
            QPalette.ColorRole.WindowText if state == FAILED else QPalette.ColorRole.PlaceholderText
        )
        if icon is not None:
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.save_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
            self.save_icon.show()
        else:
            self.save_icon.hide()

    def flush(self, timeout: float = 30.0) -> bool:
        """Save everything typed and wait for it; True when all of it is on the disk."""
        return self.autosaver.flush_and_wait(timeout)

    # -- minutes status ----------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """Agreed minutes, or a record opened for reading only (read-only or damaged file)."""
        if self.services.store.read_only:
            return True
        return self.minutes is not None and self.minutes["status"] == "agreed"

    @property
    def minutes_id(self) -> str | None:
        return self.minutes["id"] if self.minutes else None

    def _apply_minutes_state(self) -> None:
        read_only = self.read_only
        for edit in (self.notes_edit, self.decisions_edit, self.summary_edit):
            edit.setReadOnly(read_only)
        self.agree_button.setVisible(not read_only)
        self.agree_button.setEnabled(self.minutes is not None)
        self.reopen_button.setVisible(read_only)
        self.banner.setVisible(read_only)
        minutes = self.minutes
        if minutes is None:
            chip = self.tr("No minutes yet")
            self.agree_button.setToolTip(
                self.tr("There is nothing to agree yet: the minutes start with the first word typed.")
            )
        elif read_only:
            agreed_on = medium_date(minutes.get("agreed_on"))
            chip = self.tr("Agreed %1").replace("%1", agreed_on) if agreed_on else self.tr("Agreed")
            self.banner_label.setText(
                self.tr(
                    "These minutes were agreed on %1 and are read-only. Reopen them to make changes; you will be asked why, and it is logged."  # noqa: E501 - one literal for Qt Linguist
                ).replace("%1", agreed_on or "?")
            )
        else:
            chip = self.tr("Draft minutes")
            self.agree_button.setToolTip(
                self.tr("Mark the minutes agreed: they become read-only, and this is logged.")
            )
        self.status_chip.setText(chip)
        self.status_chip.setStyleSheet(
            "#minutesStatus { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 10px; }"
        )
        if self.autosaver.state == IDLE:
            self._show_save_state(IDLE, "")

    def agree_minutes(self) -> None:
        """Ask, then mark the minutes agreed (read-only from then on; logged)."""
        if self.minutes is None or self.read_only:
            self.show_message(self.tr("There is nothing to agree yet."))
            return
        if not self.flush():
            self.show_message(self.tr("Agree the minutes once everything typed is saved."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Agree minutes"),
            self.tr("Mark these minutes as agreed?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Agreed minutes are read-only: changing them later means reopening them, which is logged."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Agree"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.agree_box = box
        box.finished.connect(lambda _code: self._agree_answered(box))
        box.open()

    def _agree_answered(self, box: QMessageBox) -> None:
        self.agree_box = None
        box.deleteLater()
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes or self.minutes is None:
            return
        minutes_id = self.minutes["id"]
        officer = self.services.settings.get(OFFICER_NAME)

        def done(record: Record) -> None:
            self.minutes = record
            self._apply_minutes_state()
            self.show_message(self.tr("The minutes are agreed."))
            self.record_changed.emit("minutes", minutes_id)

        Op(self.tasks, self, lambda: self.services.minutes.agree(minutes_id, by_name=officer)).success(
            done
        ).failure(self._op_failed).run()

    def reopen_minutes(self) -> None:
        """Ask why, then make agreed minutes editable again (logged)."""
        if not self.read_only:
            return
        dialog = ReasonDialog(self)
        self.reason_dialog = dialog
        dialog.submitted.connect(lambda: self._reopen(dialog))
        dialog.finished.connect(lambda _code: self._dialog_closed("reason_dialog", dialog))
        dialog.open()

    def _reopen(self, dialog: ReasonDialog) -> None:
        assert self.minutes is not None
        minutes_id = self.minutes["id"]
        reason = dialog.text()
        officer = self.services.settings.get(OFFICER_NAME)

        def done(record: Record) -> None:
            dialog.finish()
            self.minutes = record
            self._apply_minutes_state()
            self.show_message(self.tr("The minutes are reopened; the reason is logged."))
            self.record_changed.emit("minutes", minutes_id)
            self.notes_edit.setFocus()

        Op(
            self.tasks,
            self,
            lambda: self.services.minutes.reopen(minutes_id, reason=reason, by_name=officer),
        ).success(done).failure(lambda error: dialog.show_error(self._message_of(error))).run()

    # -- attendance --------------------------------------------------------------------------
    def reload_participants(self) -> None:
        services = self.services
        participants = services.participants.list({"event_id": self.event_id})
        contacts = {
            c["id"]: c for c in services.contacts.list({"id": {p["contact_id"] for p in participants}})
        }
        delegations = {d["id"]: d for d in services.delegations.list({"event_id": self.event_id})}
        institutions = {
            i["id"]: i
            for i in services.institutions.list(
                {"id": {d["institution_id"] for d in delegations.values() if d["institution_id"]}}
            )
        }
        role_labels = choice_labels("participants", PARTICIPANTS.field("role"))

        def delegation_label(delegation: dict[str, Any] | None) -> str:
            if delegation is None:
                return ""
            state = tr_state(delegation["state_code"]) if delegation["state_code"] else ""
            institution = institutions.get(delegation["institution_id"] or "")
            name = (institution.get("short_name") or institution["name"]) if institution else ""
            return " — ".join(p for p in (state, name) if p)

        self._delegations = [
            (d, delegation_label(d), institutions.get(d["institution_id"] or ""))
            for d in delegations.values()
        ]

        def state_of(delegation: dict[str, Any] | None) -> str:
            if delegation is None:
                return ""
            if delegation["state_code"]:
                return tr_state(delegation["state_code"])
            return delegation_label(delegation)

        def sort_key(p: dict[str, Any]) -> tuple[str, int, str]:
            delegation = delegations.get(p["delegation_id"] or "")
            head = 0 if p["role"] in ("head_of_delegation", "host") else 1
            contact = contacts.get(p["contact_id"], {})
            return (state_of(delegation) or "~", head, contact.get("name") or "")

        self._filling = True
        try:
            self.participants_view.clear()
            present = 0
            for p in sorted(participants, key=sort_key):
                contact = contacts.get(p["contact_id"], {})
                name = contact.get("name") or "?"
                delegation = delegations.get(p["delegation_id"] or "")
                item = QTreeWidgetItem(
                    [name, state_of(delegation), role_labels.get(p["role"], p["role"] or "")]
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if p["attended"] else Qt.CheckState.Unchecked)
                item.setData(0, Qt.ItemDataRole.UserRole, p["id"])
                latin = contact.get("latin_name")
                about = [n for n in (latin if latin != name else None, contact.get("position")) if n]
                item.setToolTip(0, "\n".join([name, *about]))
                item.setToolTip(1, delegation_label(delegation))
                self.participants_view.addTopLevelItem(item)
                present += bool(p["attended"])
            self._update_attendance_count(present, len(participants))
        finally:
            self._filling = False

    def _update_attendance_count(self, present: int | None = None, total: int | None = None) -> None:
        view = self.participants_view
        if present is None or total is None:
            total = view.topLevelItemCount()
            present = sum(view.topLevelItem(i).checkState(0) == Qt.CheckState.Checked for i in range(total))
        self.attendance_count.setText(
            self.tr("%n of %1 present", None, present).replace("%1", str(total))
            if total
            else self.tr("No participants registered yet: check them in below.")
        )
        self.side_tabs.setTabText(
            0, self.tr("A&ttendance %1/%2").replace("%1", str(present)).replace("%2", str(total))
        )

    def _attendance_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        participant_id = item.data(0, Qt.ItemDataRole.UserRole)
        attended = item.checkState(0) == Qt.CheckState.Checked
        name = item.text(0)
        self._update_attendance_count()

        def done(_record: Record) -> None:
            self.show_message(
                (
                    self.tr("%1 is present.") if attended else self.tr("%1 is no longer marked present.")
                ).replace("%1", name)
            )
            self.record_changed.emit("participants", participant_id)

        def failed(error: BaseException) -> None:
            self._filling = True
            item.setCheckState(0, Qt.CheckState.Unchecked if attended else Qt.CheckState.Checked)
            self._filling = False
            self._update_attendance_count()
            self.show_message(self.tr("Not saved: %1").replace("%1", self._message_of(error)))

        Op(
            self.tasks,
            self,
            lambda: self.services.participants.update(participant_id, {"attended": attended}),
        ).success(done).failure(failed).run()

    def check_in_typed(self) -> None:
        """Check in the contact named in the check-in field: an existing participant is marked
        present, anyone else is added to the event (in their state's delegation) as present."""
        raw = self.check_in.value()
        if not raw:
            return
        services = self.services
        event_id = self.event_id
        visibility = self.event_record["visibility"]

        def work() -> tuple[Record, bool]:
            contact_id = services.contacts.resolve(str(raw), field=PARTICIPANTS.field("contact_id"))
            with services.store.write() as session:
                existing = services.participants.list_in(
                    session, {"event_id": event_id, "contact_id": contact_id}
                )
                if existing:
                    record = services.participants.update_in(session, existing[0]["id"], {"attended": True})
                    return record, False
                contact = services.contacts.get_in(session, contact_id)
                delegations = services.delegations.list_in(session, {"event_id": event_id})
                chosen = next(
                    (
                        d
                        for d in delegations
                        if contact["institution_id"] and d["institution_id"] == contact["institution_id"]
                    ),
                    None,
                ) or next(
                    (
                        d
                        for d in delegations
                        if contact["state_code"] and d["state_code"] == contact["state_code"]
                    ),
                    None,
                )
                role = "guest"
                if chosen is not None:
                    role = "head_of_delegation" if chosen["head_contact_id"] == contact_id else "delegate"
                record = services.participants.create_in(
                    session,
                    {
                        "event_id": event_id,
                        "contact_id": contact_id,
                        "delegation_id": chosen["id"] if chosen else None,
                        "role": role,
                        "attended": True,
                        "visibility": visibility,
                    },
                )
                return record, True

        def done(result: tuple[Record, bool]) -> None:
            record, _created = result
            name = self.check_in.edit.text().strip()
            self.check_in.set_value(None)
            self.reload_participants()
            self.show_message(self.tr("%1 is checked in.").replace("%1", name))
            self.record_changed.emit("participants", record["id"])

        Op(self.tasks, self, work).success(done).failure(
            lambda error: self.show_message(
                self.tr("Not checked in: %1").replace("%1", self._message_of(error))
            )
        ).run()

    # -- follow-up: actions and bilaterals ---------------------------------------------------
    def reload_follow_up(self) -> None:
        services = self.services
        actions = services.actions.list({"event_id": self.event_id})
        names = {
            i["id"]: (i.get("short_name") or i["name"])
            for i in services.institutions.list(
                {"id": {a["assignee_institution_id"] for a in actions if a["assignee_institution_id"]}}
            )
        }
        people = {
            c["id"]: c["name"]
            for c in services.contacts.list(
                {"id": {a["assignee_contact_id"] for a in actions if a["assignee_contact_id"]}}
            )
        }
        status_labels = choice_labels("action_items", ACTION_ITEMS.field("status"))
        self.actions_list.clear()
        for action in actions:
            who = ", ".join(
                n
                for n in (
                    names.get(action["assignee_institution_id"] or ""),
                    people.get(action["assignee_contact_id"] or ""),
                )
                if n
            )
            details = [
                d
                for d in (who, medium_date(action["due_date"]), status_labels.get(action["status"], ""))
                if d
            ]
            item = QListWidgetItem(action["title"] + ("\n" + " · ".join(details) if details else ""))
            item.setData(Qt.ItemDataRole.UserRole, action["id"])
            self.actions_list.addItem(item)
        if not actions:
            item = QListWidgetItem(
                self.tr("None yet. %1 adds one.").replace("%1", shortcut_text("Ctrl+Shift+A"))
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.actions_list.addItem(item)
        bilaterals = services.bilaterals.list({"event_id": self.event_id})
        self.bilaterals_list.clear()
        for bilateral in bilaterals:
            item = QListWidgetItem(bilateral["title"] + "\n" + medium_date(bilateral["date"]))
            item.setData(Qt.ItemDataRole.UserRole, bilateral["id"])
            self.bilaterals_list.addItem(item)
        if not bilaterals:
            item = QListWidgetItem(
                self.tr("None yet. %1 adds one.").replace("%1", shortcut_text("Ctrl+Shift+B"))
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.bilaterals_list.addItem(item)
        self.side_tabs.setTabText(
            1, self.tr("F&ollow-up %1").replace("%1", str(len(actions) + len(bilaterals)))
        )

    def add_action_item(self) -> None:
        """Open the small form for an action item agreed now (Ctrl+Shift+A)."""
        if self.action_dialog is not None:
            self.action_dialog.raise_()
            self.action_dialog.activateWindow()
            return
        self.autosaver.flush()  # the minutes the action comes from exist first, if anything was typed
        slot = self.current_slot()

        def context() -> str:  # asked again if the language changes while the form is open
            if slot.number is not None:
                return (
                    self.tr("Agreed under item %1: %2")
                    .replace("%1", str(slot.number))
                    .replace("%2", slot.title)
                )
            return self.tr("Agreed under: %1").replace("%1", slot.title)

        dialog = ActionDialog(self.services, context, self)
        self.action_dialog = dialog
        dialog.submitted.connect(lambda: self._create_action(dialog))
        dialog.finished.connect(lambda _code: self._dialog_closed("action_dialog", dialog))
        dialog.open()

    def _create_action(self, dialog: ActionDialog) -> None:
        services = self.services
        values = dialog.values()
        event_id = self.event_id
        writer = self.writer

        def work() -> Record:
            errors: list[FieldError] = []
            for name, entity in (
                ("assignee_institution_id", "institutions"),
                ("assignee_contact_id", "contacts"),
            ):
                if values.get(name):
                    try:
                        values[name] = services.entity(entity).resolve(
                            str(values[name]), field=ACTION_ITEMS.field(name)
                        )
                    except FieldError as error:
                        errors.append(error)
            if errors:
                raise ValidationError(errors)
            # On the worker, after the saves queued before: the minutes exist if anything was typed.
            return services.actions.create(
                {**values, "status": "open", "event_id": event_id, "minutes_id": writer.minutes_id}
            )

        def done(record: Record) -> None:
            dialog.finish()
            self.reload_follow_up()
            self.side_tabs.setCurrentIndex(1)
            self.show_message(self.tr("Action item added: %1").replace("%1", record["title"]))
            self.record_changed.emit("action_items", record["id"])

        Op(self.tasks, self, work).success(done).failure(
            lambda error: dialog.show_error(self._message_of(error))
        ).run()

    def _default_bilateral_date(self) -> date | None:
        start, end = self.event_record["start_date"], self.event_record.get("end_date")
        today = date.today()
        if start and end and start <= today <= end:
            return today
        return start  # type: ignore[no-any-return]

    def add_bilateral(self) -> None:
        """Open the small form for a bilateral meeting on the margins (Ctrl+Shift+B)."""
        if self.bilateral_dialog is not None:
            self.bilateral_dialog.raise_()
            self.bilateral_dialog.activateWindow()
            return
        delegations = []
        for delegation, label, institution in self._delegations:
            party = {"state_code": delegation["state_code"], "institution_id": delegation["institution_id"]}
            shown = label
            if institution is not None:
                shown = " — ".join(
                    p
                    for p in (
                        tr_state(delegation["state_code"]) if delegation["state_code"] else "",
                        institution["name"],
                    )
                    if p
                )
            delegations.append((party, shown))
        dialog = BilateralDialog(self.services, self._default_bilateral_date(), delegations, self)
        self.bilateral_dialog = dialog
        dialog.submitted.connect(lambda: self._create_bilateral(dialog))
        dialog.finished.connect(lambda _code: self._dialog_closed("bilateral_dialog", dialog))
        dialog.open()

    def _create_bilateral(self, dialog: BilateralDialog) -> None:
        services = self.services
        event = self.event_record
        title = dialog.title()
        when = dialog.date.value()
        parties = [party for party, _label in dialog.checked_parties()]
        person = dialog.contact.value()

        def work() -> Record:
            person_id = None
            if person:
                try:
                    person_id = services.contacts.resolve(
                        str(person), field=BILATERAL_PARTIES.field("contact_id")
                    )
                except FieldError as error:
                    raise ValidationError([error]) from None
            with services.store.write() as session:
                record = services.bilaterals.create_in(
                    session,
                    {
                        "event_id": event["id"],
                        "title": title,
                        "date": when,
                        "city": event.get("city"),
                        "country": event.get("country"),
                    },
                )
                for party in parties:
                    services.bilateral_parties.create_in(session, {"bilateral_id": record["id"], **party})
                if person_id:
                    services.bilateral_parties.create_in(
                        session, {"bilateral_id": record["id"], "contact_id": person_id}
                    )
                return record

        def done(record: Record) -> None:
            dialog.finish()
            self.reload_follow_up()
            self.side_tabs.setCurrentIndex(1)
            self.show_message(self.tr("Bilateral meeting added: %1").replace("%1", record["title"]))
            self.record_changed.emit("bilaterals", record["id"])

        Op(self.tasks, self, work).success(done).failure(
            lambda error: dialog.show_error(self._message_of(error))
        ).run()

    def _dialog_closed(self, attribute: str, dialog: QDialog) -> None:
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)
        dialog.deleteLater()
        if not self._closed:
            self.notes_edit.setFocus()

    # -- messages ----------------------------------------------------------------------------
    @staticmethod
    def _message_of(error: BaseException) -> str:
        if isinstance(error, KnownError):
            return error.message()
        text = QCoreApplication.translate("MeetingMode", "Something went wrong inside Liaison (%1).")
        return text.replace("%1", type(error).__name__)

    def _op_failed(self, error: BaseException) -> None:
        self.show_message(self.tr("Not done: %1").replace("%1", self._message_of(error)))

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
        for dialog in (self.action_dialog, self.bilateral_dialog, self.reason_dialog, self.agree_box):
            if dialog is not None:
                dialog.close()
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
        self._report_touched()
        return True
