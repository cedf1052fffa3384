"""Meeting mode's attendance: the participants ticked present, and checking in anyone else by
name (an existing participant is marked present, anyone else joins their state's delegation)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from liaison.services.app import Liaison
from liaison.services.entities import PARTICIPANTS
from liaison.services.records import Record
from liaison.ui.fields import ReferenceWidget
from liaison.ui.i18n import choice_labels, tr_state
from liaison.ui.language import Retranslating
from liaison.ui.meeting.common import message_of, muted
from liaison.ui.tasks import Op, TaskManager


class AttendancePanel(Retranslating, QWidget):
    """Who is present, and the check-in field."""

    record_changed = Signal(str, str)
    """(entity table name, record id) was created or changed here."""

    message = Signal(str)
    """What just happened, for the footer."""

    title_changed = Signal(str)
    """The panel's title (with the count present) changed, for its tab."""

    def __init__(
        self, services: Liaison, tasks: TaskManager, event_record: Record, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.event_record = event_record
        self.event_id: str = event_record["id"]
        self._filling = False
        self.title = ""
        self.delegations: list[tuple[dict[str, Any], str, dict[str, Any] | None]] = []
        """The event's delegations: (delegation, label, its institution)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.attendance_count = muted(QLabel(self))
        self.participants_view = QTreeWidget(self)
        self.participants_view.setColumnCount(3)
        self.participants_view.setRootIsDecorated(False)
        self.participants_view.setUniformRowHeights(True)
        self.participants_view.setAlternatingRowColors(True)
        self.participants_view.header().setStretchLastSection(False)
        self.participants_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.participants_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.participants_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.participants_view.itemChanged.connect(self._attendance_toggled)
        self.check_in_label = QLabel(self)
        self.check_in = ReferenceWidget(PARTICIPANTS.field("contact_id"), self.services, parent=self)
        self.check_in.placeholder = lambda: self.tr("Type a name, then Enter")
        self.check_in.retranslate()
        self.check_in.edit.returnPressed.connect(self.check_in_typed)
        self.check_in_label.setBuddy(self.check_in.edit)
        layout.addWidget(self.attendance_count)
        layout.addWidget(self.participants_view, 1)
        layout.addWidget(self.check_in_label)
        layout.addWidget(self.check_in)
        QWidget.setTabOrder(self.participants_view, self.check_in)
        self._built = True
        self.retranslate()

    def retranslate(self) -> None:
        if not getattr(self, "_built", False):
            return
        self.participants_view.setAccessibleName(self.tr("Participants (checked: present)"))
        self.participants_view.setToolTip(
            self.tr("Space ticks or unticks the selected participant as present.")
        )
        self.participants_view.setHeaderLabels(
            [self.tr("Participant"), self.tr("Delegation"), self.tr("Role")]
        )
        self.check_in_label.setText(self.tr("Check &in someone else:"))
        self.check_in.setAccessibleName(self.tr("Check in a participant by name"))
        self.check_in.retranslate()
        self.reload_participants()

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

        self.delegations = [
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
        self.title = self.tr("A&ttendance %1/%2").replace("%1", str(present)).replace("%2", str(total))
        self.title_changed.emit(self.title)

    def _attendance_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        participant_id = item.data(0, Qt.ItemDataRole.UserRole)
        attended = item.checkState(0) == Qt.CheckState.Checked
        name = item.text(0)
        self._update_attendance_count()

        def done(_record: Record) -> None:
            self.message.emit(
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
            self.message.emit(self.tr("Not saved: %1").replace("%1", message_of(error)))

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
            self.message.emit(self.tr("%1 is checked in.").replace("%1", name))
            self.record_changed.emit("participants", record["id"])

        Op(self.tasks, self, work).success(done).failure(
            lambda error: self.message.emit(self.tr("Not checked in: %1").replace("%1", message_of(error)))
        ).run()
