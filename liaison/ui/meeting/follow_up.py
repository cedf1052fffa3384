"""Meeting mode's follow-up: the action items agreed and the bilateral meetings held on the
margins, each added with a small form while the meeting runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.entities import ACTION_ITEMS, BILATERAL_PARTIES
from liaison.services.errors import FieldError, ValidationError
from liaison.services.records import Record
from liaison.ui.i18n import choice_labels, tr_state
from liaison.ui.language import Retranslating
from liaison.ui.meeting.action_dialog import ActionDialog
from liaison.ui.meeting.bilateral_dialog import BilateralDialog
from liaison.ui.meeting.common import medium_date, message_of, section_label, shortcut_text
from liaison.ui.meeting.draft import Slot
from liaison.ui.tasks import Op, TaskManager

Delegation = tuple[dict[str, Any], str, dict[str, Any] | None]


class FollowUpPanel(Retranslating, QWidget):
    """The meeting's action items and bilaterals, and the buttons that add them."""

    record_changed = Signal(str, str)
    """(entity table name, record id) was created here."""

    message = Signal(str)
    """What just happened, for the footer."""

    title_changed = Signal(str)
    """The panel's title (with the count) changed, for its tab."""

    added = Signal()
    """An action item or a bilateral meeting was added (the owner shows this panel)."""

    dialog_closed = Signal()
    """A form was closed (the owner puts the focus back in the notes)."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        event_record: Record,
        *,
        current_slot: Callable[[], Slot],
        before_action: Callable[[], None],
        minutes_id: Callable[[], str | None],
        delegations: Callable[[], list[Delegation]],
        parent: QWidget | None = None,
    ) -> None:
        """``before_action`` runs when the action form opens (saves what was typed, so that the
        minutes the action comes from exist); ``minutes_id`` is read on the database worker."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.event_record = event_record
        self.event_id: str = event_record["id"]
        self.current_slot = current_slot
        self.before_action = before_action
        self.minutes_id = minutes_id
        self.delegations = delegations
        self.title = ""
        self.action_dialog: ActionDialog | None = None
        self.bilateral_dialog: BilateralDialog | None = None
        follow_layout = QVBoxLayout(self)
        follow_layout.setContentsMargins(0, 8, 0, 0)
        follow_layout.setSpacing(6)
        self.actions_list = QListWidget(self)
        self.actions_list.setWordWrap(True)
        self.actions_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.actions_list.setAlternatingRowColors(True)
        self.actions_list.setSpacing(2)
        self.actions_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.bilaterals_list = QListWidget(self)
        self.bilaterals_list.setWordWrap(True)
        self.bilaterals_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.bilaterals_list.setAlternatingRowColors(True)
        self.bilaterals_list.setSpacing(2)
        self.bilaterals_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.add_action_button = QPushButton(self)
        self.add_action_button.clicked.connect(self.add_action_item)
        self.add_bilateral_button = QPushButton(self)
        self.add_bilateral_button.clicked.connect(self.add_bilateral)
        for button in (self.add_action_button, self.add_bilateral_button):
            button.setAutoDefault(False)
        self.actions_heading = section_label(self)
        self.bilaterals_heading = section_label(self)
        follow_layout.addWidget(self.actions_heading)
        follow_layout.addWidget(self.actions_list, 3)
        follow_layout.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        follow_layout.addSpacing(8)
        follow_layout.addWidget(self.bilaterals_heading)
        follow_layout.addWidget(self.bilaterals_list, 2)
        follow_layout.addWidget(self.add_bilateral_button, 0, Qt.AlignmentFlag.AlignLeft)
        for first, second in (
            (self.actions_list, self.add_action_button),
            (self.add_action_button, self.bilaterals_list),
            (self.bilaterals_list, self.add_bilateral_button),
        ):
            QWidget.setTabOrder(first, second)
        self._built = True
        self.retranslate()

    def retranslate(self) -> None:
        if not getattr(self, "_built", False):
            return
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
        self.reload_follow_up()

    # -- the lists ---------------------------------------------------------------------------
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
        self.title = self.tr("F&ollow-up %1").replace("%1", str(len(actions) + len(bilaterals)))
        self.title_changed.emit(self.title)

    def add_action_item(self) -> None:
        """Open the small form for an action item agreed now (Ctrl+Shift+A)."""
        if self.action_dialog is not None:
            self.action_dialog.raise_()
            self.action_dialog.activateWindow()
            return
        self.before_action()  # the minutes the action comes from exist first, if anything was typed
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
        minutes_id = self.minutes_id

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
                {**values, "status": "open", "event_id": event_id, "minutes_id": minutes_id()}
            )

        def done(record: Record) -> None:
            dialog.finish()
            self.reload_follow_up()
            self.added.emit()
            self.message.emit(self.tr("Action item added: %1").replace("%1", record["title"]))
            self.record_changed.emit("action_items", record["id"])

        Op(self.tasks, self, work).success(done).failure(
            lambda error: dialog.show_error(message_of(error))
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
        for delegation, label, institution in self.delegations():
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
            self.added.emit()
            self.message.emit(self.tr("Bilateral meeting added: %1").replace("%1", record["title"]))
            self.record_changed.emit("bilaterals", record["id"])

        Op(self.tasks, self, work).success(done).failure(
            lambda error: dialog.show_error(message_of(error))
        ).run()

    def _dialog_closed(self, attribute: str, dialog: QDialog) -> None:
        if getattr(self, attribute) is dialog:
            setattr(self, attribute, None)
        dialog.deleteLater()
        self.dialog_closed.emit()

    def close_dialogs(self) -> None:
        for dialog in (self.action_dialog, self.bilateral_dialog):
            if dialog is not None:
                dialog.close()
