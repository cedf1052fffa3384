"""The record editor: a form built from an entity's field declarations.

It shows the services' validation messages next to each wrong field, knows whether it holds
unsaved edits (so that nothing typed is lost by moving away), and saves through the worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.errors import ValidationError
from liaison.services.records import Record
from liaison.services.withdrawal import going_private
from liaison.ui.fields import FieldWidget, control_of, make_widget
from liaison.ui.going_private import WITHDRAW, ask_going_private
from liaison.ui.i18n import tr_field
from liaison.ui.language import Retranslating
from liaison.ui.photo_field import ImageWidget, StoredPhoto
from liaison.ui.record_banner import make_read_only
from liaison.ui.tasks import Op, TaskManager, show_error

if TYPE_CHECKING:
    from liaison.ui.similar_notice import SimilarNotice


class RecordEditor(Retranslating, QWidget):
    """Edits one record of one entity (or a new one)."""

    saved = Signal(dict)
    """The record as stored, after a successful save (create or update)."""

    dirty_changed = Signal(bool)
    """Whether the form holds edits that are not saved."""

    open_record = Signal(str)
    """The officer asked to open this other record of the same entity (the id): a new contact's
    notice of an existing one it probably is."""

    def __init__(
        self,
        services: Liaison,
        tasks: TaskManager,
        entity: str,
        *,
        hidden: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.records = services.entity(entity)
        self.spec = self.records.spec
        self.hidden = set(hidden)
        self.record: Record | None = None
        self.fixed: dict[str, Any] = {}
        self._dirty = False
        self.widgets: dict[str, FieldWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._shown_error: ValidationError | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel(self)
        self.notice.setObjectName("readOnlyNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setStyleSheet("#readOnlyNotice { background: #fff4ce; color: #3b2f00; padding: 6px; }")
        self.notice.hide()
        outer.addWidget(self.notice)
        self.read_only_reason: str | None = None
        """Why the record shown may not be edited here (``None``: it may)."""
        self._owner_name: str | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        self.form = QFormLayout(body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in self.spec.fields:
            if field.name in self.hidden:
                continue
            widget = make_widget(self.spec.name, field, services, body)
            widget.edited.connect(self._mark_dirty)
            error = QLabel(body)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel(body)
            label.setBuddy(control_of(widget))  # the control: screen readers relate the two
            self.form.addRow(label, column)
            self.widgets[field.name] = widget
            self.errors[field.name] = error
            self.labels[field.name] = label
        scroll.setWidget(body)
        self.photo: StoredPhoto | None = None
        """A contact's photo whose bytes are not here: what the field says, and its download."""
        photo = self.widgets.get("photo")
        if isinstance(photo, ImageWidget):
            self.photo = StoredPhoto(services, tasks, photo)
            self.photo.downloaded.connect(self._photo_downloaded)
        self.similar: SimilarNotice | None = None
        if self.spec.name == "contacts":  # typing a new contact: "… already exists: open it?"
            from liaison.ui.similar_notice import SimilarNotice

            self.similar = SimilarNotice(self)
            self.similar.open_requested.connect(self.open_record)
            outer.addWidget(self.similar)
        outer.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.revert_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        outer.addWidget(self.buttons)
        if services.store.read_only:  # the window's banner says why
            make_read_only(body)
            self.buttons.hide()
            self.save_action.setEnabled(False)
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            field = self.spec.by_name[name]
            label.setText(tr_field(field.label) + (" *" if field.required else ""))
            self.widgets[name].setAccessibleName(tr_field(field.label))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_action.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("&Revert"))
        if self.read_only_reason is not None:
            self.read_only_reason = self._reason()
            self.notice.setText(self.read_only_reason)
        if self._shown_error is not None:
            self._show_field_errors(self._shown_error)  # the messages, in the new language

    # -- state -------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        if not self._dirty:
            self._dirty = True
            self._update_buttons()
            self.dirty_changed.emit(True)

    def _set_clean(self) -> None:
        changed = self._dirty
        self._dirty = False
        self._update_buttons()
        if changed:
            self.dirty_changed.emit(False)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty and self.read_only_reason is None)
        self.revert_button.setEnabled(self._dirty and self.record is not None)

    def load(self, record: Record | None, *, fixed: Mapping[str, Any] | None = None) -> None:
        """Show ``record`` (``None`` starts a new one with ``fixed`` values, e.g. its event)."""
        self.record = record
        self.fixed = dict(fixed or {})
        source: Mapping[str, Any] = record or {f.name: f.default for f in self.spec.fields}
        for name, widget in self.widgets.items():
            widget.set_value(source.get(name, self.fixed.get(name)))
        self.clear_errors()
        self._lock(record)
        if self.photo is not None:
            self.photo.load(record)
        if self.similar is not None:
            self.similar.reset()
        self._set_clean()

    # -- records of another institution ------------------------------------------------------
    def _lock(self, record: Record | None) -> None:
        """Show another institution's record read-only, saying why: the Secretariat refuses
        changes to a record except from officers of the institution that owns it."""
        from liaison.services.settings import HOME_INSTITUTION

        owner = record.get("owner_institution_id") if record is not None else None
        home = self.services.settings.get(HOME_INSTITUTION) if owner else None
        locked = bool(owner and home and owner != home)
        self._owner_name = None
        if locked:
            try:
                self._owner_name = self.services.institutions.spec.title(
                    self.services.institutions.get(owner)
                )
            except Exception:  # an owner this machine does not hold (yet)
                self._owner_name = None
        self.read_only_reason = self._reason() if locked else None
        self.notice.setVisible(locked)
        self.notice.setText(self.read_only_reason or "")
        record_read_only = self.services.store.read_only  # a read-only or damaged file: the banner says why
        for widget in self.widgets.values():
            _set_read_only(widget, locked or record_read_only)

    def _reason(self) -> str:
        if self._owner_name:
            return self.tr(
                "Read-only: this record belongs to %1, and only its officers may change it (the Secretariat refuses changes from other institutions). Copy what you need, or ask them to make the change."  # noqa: E501 - one literal for Qt Linguist
            ).replace("%1", self._owner_name)
        return self.tr(
            "Read-only: this record belongs to another institution, and only its officers may change it. Copy what you need, or ask them to make the change."  # noqa: E501 - one literal for Qt Linguist
        )

    def _photo_downloaded(self, contact_id: str, photo: bytes) -> None:
        """The photo came from the Secretariat: the record holds its bytes now, and so does the
        field unless the officer chose or removed one meanwhile. Not an edit: nothing to save."""
        if self.record is None or self.record.get("id") != contact_id:
            return
        self.record = {**self.record, "photo": photo}
        widget = self.widgets["photo"]
        if widget.value() is None and not widget.clears_stored():
            widget.set_value(photo)

    def revert(self) -> None:
        self.load(self.record, fixed=self.fixed)

    def values(self) -> dict[str, Any]:
        """What the form says, as the services take it: every field for a new record, only
        the edited ones for an existing one."""
        values = {name: widget.value() for name, widget in self.widgets.items()}
        if self.record is None:
            return {**values, **self.fixed}
        from liaison.services.fields import Kind

        changed: dict[str, Any] = {}
        for name, value in values.items():
            old = self.record.get(name)
            field = self.spec.by_name[name]
            if field.is_list and isinstance(value, str):
                if value == "; ".join(str(v) for v in old or []):
                    continue
            elif field.kind is Kind.INT and isinstance(value, str):
                if value == ("" if old is None else str(old)):
                    continue
            elif (value or None) == (old or None) and not self.widgets[name].clears_stored():
                continue  # unchanged (a photo not on this computer, too: never sent, never deleted)
            changed[name] = value
        return changed

    # -- errors ------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self._shown_error = None
        for label in self.errors.values():
            label.hide()
            label.clear()

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        first = self._show_field_errors(error)
        if first is not None:
            first.setFocus()
        leftovers = [e.message() for e in error.errors if e.field not in self.errors]
        if leftovers:
            QMessageBox.warning(self, self.tr("Liaison"), "\n".join(leftovers))

    def _show_field_errors(self, error: ValidationError) -> FieldWidget | None:
        """Each field's message under it; the first field with one."""
        self._shown_error = error
        first: FieldWidget | None = None
        for field_error in error.errors:
            label = self.errors.get(field_error.field)
            if label is None:
                continue
            label.setText(field_error.message())
            label.show()
            if first is None:
                first = self.widgets[field_error.field]
        return first

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Validate and store through the worker; the form stays dirty until it is stored."""
        if self.read_only_reason is not None:
            return
        values = self.values()
        record = self.record
        if record is not None and not values:
            self._set_clean()
            return
        if record is None:
            op = Op(self.tasks, self, lambda: self.records.create(values))
        else:
            withdraw = self._going_private(record, values)
            if withdraw is None:
                return  # cancelled: the form keeps what was typed, unsaved
            op = Op(self.tasks, self, lambda: self.records.update(record["id"], values, withdraw=withdraw))
        op.success(self._saved).failure(self._failed).run()

    def _going_private(self, record: Record, values: Mapping[str, Any]) -> bool | None:
        """A record others have made private: ask whether to withdraw it (``True``) or keep
        their copies (``False``); ``None``: cancelled. ``False`` without asking otherwise."""
        if not going_private(record, {**record, **values}):
            return False
        choice = ask_going_private(self, self.spec.title(record) or "", str(record.get("visibility")))
        return None if choice is None else choice == WITHDRAW

    def _saved(self, record: Record) -> None:
        self.load(record, fixed=self.fixed)
        self.saved.emit(record)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error)
        else:
            show_error(self, error)

    def confirm_leave(self) -> bool:
        """Before showing something else: save, discard or stay. False means stay."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This record has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return self.save_now()

    def save_now(self) -> bool:
        """Save and wait for the result (used when the officer is leaving the record)."""
        self.tasks.drain()  # writes queued earlier land first, in order
        values = self.values()
        record = self.record
        try:
            if record is None:
                stored = self.records.create(values)
            elif values:
                withdraw = self._going_private(record, values)
                if withdraw is None:
                    return False
                stored = self.records.update(record["id"], values, withdraw=withdraw)
            else:
                stored = record
        except ValidationError as error:
            self.show_errors(error)
            return False
        except Exception as error:
            show_error(self, error)
            return False
        self._saved(stored)
        return True


def _set_read_only(widget: QWidget, read_only: bool) -> None:
    """Text stays selectable and copyable (read-only, not disabled); the rest is disabled."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLineEdit | QPlainTextEdit):
            child.setReadOnly(read_only)
        elif isinstance(child, QComboBox | QAbstractButton):
            child.setEnabled(not read_only)
