"""Meeting mode's header and the minutes' workflow: the event, the minutes' status, the save
indicator, agreeing the minutes (read-only from then on) and reopening them (asks why); both
steps are logged with who and when."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.records import Record
from liaison.services.settings import HOME_INSTITUTION, OFFICER_NAME
from liaison.ui.autosave import IDLE
from liaison.ui.i18n import choice_labels
from liaison.ui.language import Retranslating
from liaison.ui.meeting.common import (
    long_date,
    medium_date,
    message_of,
    muted,
    scaled_font,
    section_label,
    shortcut_text,
)
from liaison.ui.meeting.reason_dialog import ReasonDialog
from liaison.ui.meeting.save_status import SaveStatus
from liaison.ui.tasks import Op, TaskManager


class MinutesHeader(Retranslating, QWidget):
    """The event and the minutes' state above meeting mode, with Agree and Reopen."""

    minutes_changed = Signal()
    """The minutes were created, agreed or reopened (:attr:`read_only` may have changed)."""

    record_changed = Signal(str, str)
    """(entity table name, record id) was changed here."""

    message = Signal(str)
    """What just happened, for the footer."""

    close_requested = Signal()
    """The officer pressed Close."""

    own_minutes_requested = Signal()
    """The officer chose to write their institution's own minutes instead of reading another's."""

    back_to_notes = Signal()
    """Reopened, or the reason form closed: the owner puts the focus back in the notes."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        event_record: Record,
        minutes: Record | None,
        flush: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        """``flush`` saves everything typed and says whether it is all on the disk."""
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.event_record = event_record
        self.minutes = minutes
        self.flush = flush
        self.save_state, self.error = IDLE, ""
        self.reason_dialog: ReasonDialog | None = None
        self.agree_box: QMessageBox | None = None
        self.home_institution: str | None = services.settings.get(HOME_INSTITUTION)
        self.owner_name: str | None = None
        """The institution that owns the minutes shown, when it is not the officer's (else None)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
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
        self.save_status = SaveStatus(self)  # its parts under their names here too
        self.save_icon, self.save_label = self.save_status.icon, self.save_status.label
        self.save_banner, self.save_error_label = self.save_status.banner, self.save_status.error_label
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
        self.close_button.clicked.connect(self.close_requested)
        for button in (self.agree_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        side.addLayout(buttons)
        side.addStretch(1)
        header.addLayout(side)
        outer.addLayout(header)

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
        self.banner_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reopen_button = QPushButton(self.banner)
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.reopen_minutes)
        self.own_button = QPushButton(self.banner)
        self.own_button.setAutoDefault(False)
        self.own_button.clicked.connect(self.own_minutes_requested)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reopen_button)
        banner_layout.addWidget(self.own_button)
        self.banner.hide()
        outer.addWidget(self.banner)

        self._built = True
        self.retranslate()

    def retranslate(self) -> None:
        if not getattr(self, "_built", False):
            return
        self.kicker.setText(self.tr("Meeting mode"))
        self.title_label.setAccessibleName(self.tr("Event"))
        self.subtitle_label.setText(self._event_line())
        self.status_chip.setAccessibleName(self.tr("Minutes status"))
        self.agree_button.setText(self.tr("Agr&ee minutes…"))
        self.agree_button.setAccessibleName(self.tr("Agree minutes"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close meeting mode"))
        self.close_button.setToolTip(
            self.tr("Close meeting mode (%1); everything typed is saved first.").replace(
                "%1", shortcut_text("Ctrl+W", "Esc")
            )
        )
        self.save_status.retranslate()
        self.banner_label.setAccessibleName(self.tr("Read-only"))
        self.reopen_button.setText(self.tr("&Reopen…"))
        self.reopen_button.setAccessibleName(self.tr("Reopen minutes"))
        self.reopen_button.setToolTip(
            self.tr("Make the agreed minutes editable again (you will be asked why).")
        )
        self.own_button.setText(self.tr("&Write our own minutes"))
        self.own_button.setToolTip(
            self.tr("Take your institution's own minutes of this meeting; these stay as they are.")
        )
        self.apply_state()
        self.show_save_state(self.save_state, self.error)

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

    def show_save_state(self, state: str, message: str, full_disk: bool = False) -> None:
        """``full_disk``: the last save failed because the disk is full (the label says so)."""
        self.save_state, self.error = state, message
        self.save_status.show_state(state, message, full_disk=full_disk, read_only=self.read_only)

    # -- minutes status ----------------------------------------------------------------------
    @property
    def foreign(self) -> bool:
        """The minutes belong to another institution than the officer's: the Secretariat refuses
        changes to them from anyone else, so they are shown to read. The rule follows the minutes'
        own owner, not the event's (a Kazakh officer writes their own minutes of a Turkish event)."""
        owner = self.minutes.get("owner_institution_id") if self.minutes is not None else None
        return bool(owner and self.home_institution and owner != self.home_institution)

    @property
    def read_only(self) -> bool:
        """Agreed minutes, another institution's minutes, or a record opened for reading only
        (read-only or damaged file)."""
        if self.services.store.read_only or self.foreign:
            return True
        return self.minutes is not None and self.minutes["status"] == "agreed"

    def _owner(self) -> str | None:
        """The name of the institution owning the minutes, when it is another one."""
        if not self.foreign or self.minutes is None:
            return None
        try:
            institutions = self.services.institutions
            return institutions.spec.title(institutions.get(self.minutes["owner_institution_id"]))
        except Exception:  # an owner this machine does not hold (yet)
            return None

    def _foreign_reason(self) -> str:
        if self.owner_name:
            return self.tr(
                "Read-only: these minutes were written by %1, and only its officers may change them (the Secretariat refuses changes from other institutions). You can read and copy them; ask them for any change."  # noqa: E501 - one literal for Qt Linguist
            ).replace("%1", self.owner_name)
        return self.tr(
            "Read-only: these minutes were written by another institution, and only its officers may change them. You can read and copy them; ask them for any change."  # noqa: E501 - one literal for Qt Linguist
        )

    def apply_state(self) -> None:
        read_only = self.read_only
        foreign = self.foreign
        self.owner_name = self._owner()
        self.agree_button.setVisible(not read_only)
        self.agree_button.setEnabled(self.minutes is not None)
        self.reopen_button.setVisible(read_only and not foreign)
        self.own_button.setVisible(foreign and not self.services.store.read_only)
        self.banner.setVisible(read_only)
        minutes = self.minutes
        if foreign:
            assert minutes is not None
            agreed = minutes["status"] == "agreed"
            agreed_on = medium_date(minutes.get("agreed_on")) if agreed else ""
            chip = (
                (self.tr("Agreed %1").replace("%1", agreed_on) if agreed_on else self.tr("Agreed"))
                if agreed
                else self.tr("Draft minutes")
            )
            self.banner_label.setText(self._foreign_reason())
        elif minutes is None:
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
        if self.save_state == IDLE:
            self.show_save_state(IDLE, "")
        self.minutes_changed.emit()

    def agree_minutes(self) -> None:
        """Ask, then mark the minutes agreed (read-only from then on; logged)."""
        if self.minutes is None or self.read_only:
            self.message.emit(self.tr("There is nothing to agree yet."))
            return
        if not self.flush():
            self.message.emit(self.tr("Agree the minutes once everything typed is saved."))
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
            self.apply_state()
            self.message.emit(self.tr("The minutes are agreed."))
            self.record_changed.emit("minutes", minutes_id)

        Op(self.tasks, self, lambda: self.services.minutes.agree(minutes_id, by_name=officer)).success(
            done
        ).failure(
            lambda error: self.message.emit(self.tr("Not done: %1").replace("%1", message_of(error)))
        ).run()

    def reopen_minutes(self) -> None:
        """Ask why, then make agreed minutes editable again (logged)."""
        if not self.read_only or self.foreign:
            return
        dialog = ReasonDialog(self)
        self.reason_dialog = dialog
        dialog.submitted.connect(lambda: self._reopen(dialog))
        dialog.finished.connect(lambda _code: self._reason_closed(dialog))
        dialog.open()

    def _reopen(self, dialog: ReasonDialog) -> None:
        assert self.minutes is not None
        minutes_id = self.minutes["id"]
        reason = dialog.text()
        officer = self.services.settings.get(OFFICER_NAME)

        def done(record: Record) -> None:
            dialog.finish()
            self.minutes = record
            self.apply_state()
            self.message.emit(self.tr("The minutes are reopened; the reason is logged."))
            self.record_changed.emit("minutes", minutes_id)
            self.back_to_notes.emit()

        Op(
            self.tasks,
            self,
            lambda: self.services.minutes.reopen(minutes_id, reason=reason, by_name=officer),
        ).success(done).failure(lambda error: dialog.show_error(message_of(error))).run()

    def _reason_closed(self, dialog: ReasonDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()
        self.back_to_notes.emit()  # the focus back in the notes

    def close_dialogs(self) -> None:
        for dialog in (self.reason_dialog, self.agree_box):
            if dialog is not None:
                dialog.close()
