"""Signing in to the Secretariat, the sync log, and the conflict inbox.

The conflict inbox is where nothing is lost: a conflict keeps both values (the one applied on
the server and this side's), and the officer compares them side by side and picks one, or, for
long text, edits a combination of both. The choice is written as an ordinary edit (so it syncs
like any other), and only then is the conflict marked resolved. A change the server refused
(another institution's record, say) is kept with the text that was typed, to copy elsewhere.
Only the conflict's author and officers of the record's institution may resolve it; anyone else
is told so in the inbox, and the conflict stays.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.entities import ENTITIES
from liaison.services.fields import Kind
from liaison.sync import ConflictView, LoginResult
from liaison.ui.i18n import display, format_date, format_utc, tr_field
from liaison.ui.models import reference_names
from liaison.ui.sections import tr_entity
from liaison.ui.sync_controller import LogEntry, SyncController
from liaison.ui.tasks import show_error

if TYPE_CHECKING:
    from liaison.services.app import Liaison


# -- signing in ------------------------------------------------------------------------------------
class LoginDialog(QDialog):
    """Server address, user name, password, and the Secretariat's CA file if it has its own."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(QCoreApplication.translate("SyncDialogs", "Sign in to the Secretariat"))
        status = controller.status
        self.url = QLineEdit(status.server_url or "" if status else "", self)
        self.url.setPlaceholderText("https://sync.example.org")
        self.url.setAccessibleName(QCoreApplication.translate("SyncDialogs", "Server address"))
        self.user = QLineEdit(status.username or "" if status else "", self)
        self.user.setAccessibleName(QCoreApplication.translate("SyncDialogs", "User name"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(QCoreApplication.translate("SyncDialogs", "Password"))
        self.ca_file = QLineEdit(status.ca_file or "" if status else "", self)  # signing in again
        self.ca_file.setPlaceholderText(
            QCoreApplication.translate(
                "SyncDialogs", "only if the Secretariat uses its own certificate authority"
            )
        )
        self.ca_file.setAccessibleName(QCoreApplication.translate("SyncDialogs", "CA file"))
        browse = QPushButton(QCoreApplication.translate("SyncDialogs", "Choose…"), self)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SyncDialogs", "&Server address"), self.url)
        form.addRow(QCoreApplication.translate("SyncDialogs", "&User name"), self.user)
        form.addRow(QCoreApplication.translate("SyncDialogs", "&Password"), self.password)
        # A row holding a layout gets no buddy from QFormLayout, and a label without a buddy
        # shows its "&" literally: the label is made here, its buddy the file's field.
        self.ca_label = QLabel(QCoreApplication.translate("SyncDialogs", "&CA file"), self)
        self.ca_label.setBuddy(self.ca_file)
        form.addRow(self.ca_label, ca_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("errorText")
        note = QLabel(
            QCoreApplication.translate(
                "SyncDialogs",
                "The password is sent once and not kept; this computer keeps a sign-in it can revoke.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("SyncDialogs", "Sign in")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.result_: LoginResult | None = None
        (self.password if self.url.text() and self.user.text() else self.url).setFocus()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncDialogs", "The Secretariat's CA certificate"),
            "",
            QCoreApplication.translate("SyncDialogs", "Certificates (*.pem *.crt);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def _submit(self) -> None:
        missing = [
            label
            for label, edit in (
                (QCoreApplication.translate("SyncDialogs", "Server address"), self.url),
                (QCoreApplication.translate("SyncDialogs", "User name"), self.user),
            )
            if not edit.text().strip()
        ]
        if missing or not self.password.text():
            names = missing + (
                [QCoreApplication.translate("SyncDialogs", "Password")] if not self.password.text() else []
            )
            self.message.setText(
                QCoreApplication.translate("SyncDialogs", "Please fill in: %1.").replace(
                    "%1", ", ".join(names)
                )
            )
            return
        self.buttons.setEnabled(False)
        self.message.setText(QCoreApplication.translate("SyncDialogs", "Signing in…"))
        password = self.password.text()
        self.password.clear()  # not kept in the dialog either
        self.controller.login(
            self.url.text().strip(),
            self.user.text().strip(),
            password,
            self.ca_file.text().strip(),
            self._done,
        )

    def _done(self, result: LoginResult | None, error: BaseException | None) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.message.setText(error.message() if isinstance(error, KnownError) else str(error))
            if not isinstance(error, KnownError):
                show_error(self, error)
            self.password.setFocus()
            return
        assert result is not None
        self.result_ = result
        self.accept()


# -- the log ---------------------------------------------------------------------------------------
class SyncLogDialog(QDialog):
    """What each sync did or why it failed, newest last, for this session."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SyncDialogs", "Sync log"))
        self.resize(640, 360)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("SyncDialogs", "Sync log"))
        for entry in controller.log:
            self.add(entry)
        controller.logged.connect(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        sync = buttons.addButton(
            QCoreApplication.translate("SyncDialogs", "Sync now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        sync.clicked.connect(lambda: controller.sync_now())  # noqa: PLW0108 - not the clicked flag
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def add(self, entry: LogEntry) -> None:
        mark = "✓" if entry.ok else "✗"
        self.list.addItem(f"{entry.at:%H:%M:%S}  {mark}  {entry.text}")
        self.list.scrollToBottom()


# -- the conflict inbox ----------------------------------------------------------------------------
KIND_TEXT = {
    "field": QT_TRANSLATE_NOOP("SyncDialogs", "Both sides changed the same field"),
    "edit_delete": QT_TRANSLATE_NOOP("SyncDialogs", "Edited on one side, deleted on the other"),
    "rejected": QT_TRANSLATE_NOOP("SyncDialogs", "The server refused this change"),
}


SERVER_REASONS = (
    # The server's reasons for refusing a change (liaison/secretariat/push.py), in English on the
    # wire and translated here.
    QT_TRANSLATE_NOOP("SyncDialogs", "Only officers of the record's institution may change it."),
    QT_TRANSLATE_NOOP("SyncDialogs", "The server has no such record."),
    QT_TRANSLATE_NOOP("SyncDialogs", "Private records never leave the officer's machine."),
)


def owner_names(services: Liaison, conflicts: list[ConflictView]) -> dict[str, str]:
    """The owner institution's name of each refused change's record, by conflict id (the inbox
    says whom to ask)."""
    owners: dict[str, str] = {}
    for conflict in conflicts:
        if conflict.kind != "rejected" or conflict.entity not in ENTITIES:
            continue
        try:
            record = services.entity(conflict.entity).get(conflict.record_id)
            owner = record.get("owner_institution_id")
            if owner:
                owners[conflict.id] = ENTITIES["institutions"].title(services.institutions.get(owner))
        except KnownError:
            continue  # not here (yet): the inbox says "the record's institution"
    return owners


def shown_text(entity: str, name: str, value: Any, names: Mapping[str, str]) -> str:
    """A conflict value as the lists show it: a choice's label, a record's name, a date in the
    window's language, "(photo)" rather than the picture's bytes. Text stays as it is."""
    spec = ENTITIES.get(entity)
    field = spec.by_name.get(name) if spec else None
    if field is None or value is None or field.kind in (Kind.TEXT, Kind.LONG_TEXT):
        return wire_text(value)
    if field.kind is Kind.REF:
        return names.get(value, str(value))  # a record not here (yet): its id
    if field.kind in (Kind.DATE, Kind.DATETIME) and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        return format_date(moment if field.kind is Kind.DATETIME else moment.date())
    return display(entity, field, value, names)


def conflict_names(services: Liaison, conflicts: list[ConflictView]) -> dict[str, str]:
    """The names of the records that the conflicts' reference fields point at, either side."""
    names: dict[str, str] = {}
    for conflict in conflicts:
        spec = ENTITIES.get(conflict.entity)
        if spec is None:
            continue
        rows = [
            {name: sides.get(side) for name, sides in conflict.fields.items()}
            for side in ("server", "client")
        ]
        names.update(reference_names(services, spec, rows, list(conflict.fields)))
    return names


def wire_text(value: Any) -> str:
    """A conflict value as the officer reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncDialogs", "yes")
            if value
            else QCoreApplication.translate("SyncDialogs", "no")
        )
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class FieldChoice(QWidget):
    """One field of a conflict: the value kept on the server, the other one, and the choice.

    The other value is this officer's own when they wrote it; a conflict also reaches the
    colleagues who may see the record, and for them it is the author's (``other``)."""

    def __init__(
        self,
        entity: str,
        name: str,
        sides: dict[str, Any],
        parent: QWidget | None = None,
        *,
        other: str | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.sides = sides
        spec = ENTITIES.get(entity)
        field = spec.by_name.get(name) if spec else None
        label = tr_field(field.label) if field else name
        self.label = label
        self.long = field is not None and field.kind is Kind.LONG_TEXT
        grid = QGridLayout(self)
        grid.addWidget(QLabel(f"<b>{label}</b>", self), 0, 0, 1, 3)
        self.group = QButtonGroup(self)
        self.server = QRadioButton(QCoreApplication.translate("SyncDialogs", "Keep the server's"), self)
        self.client = QRadioButton(
            QCoreApplication.translate("SyncDialogs", "Use %1's version").replace("%1", other)
            if other
            else QCoreApplication.translate("SyncDialogs", "Use mine"),
            self,
        )
        self.server.setChecked(True)
        self.group.addButton(self.server)
        self.group.addButton(self.client)
        columns = ((self.server, sides.get("server")), (self.client, sides.get("client")))
        for column, (button, value) in enumerate(columns):
            grid.addWidget(button, 1, column)
            view = QPlainTextEdit(shown_text(entity, name, value, names or {}), self)
            view.setReadOnly(True)
            view.setMaximumHeight(140 if self.long else 48)
            view.setAccessibleName(button.text())
            grid.addWidget(view, 2, column)
        self.combined: QPlainTextEdit | None = None
        if self.long:
            self.combine = QRadioButton(QCoreApplication.translate("SyncDialogs", "Combine"), self)
            self.group.addButton(self.combine)
            grid.addWidget(self.combine, 1, 2)
            both = [wire_text(sides.get("server")), wire_text(sides.get("client"))]
            self.combined = QPlainTextEdit("\n\n".join(text for text in both if text), self)
            self.combined.setMaximumHeight(140)
            self.combined.setAccessibleName(QCoreApplication.translate("SyncDialogs", "Combined text"))
            self.combined.textChanged.connect(lambda: self.combine.setChecked(True))
            grid.addWidget(self.combined, 2, 2)

    def chosen(self) -> tuple[bool, Any]:
        """Whether the record must change, and to what."""
        if self.server.isChecked():
            return False, None
        if self.combined is not None and self.combine.isChecked():
            return True, self.combined.toPlainText()
        return True, self.sides.get("client")


class ConflictInbox(QDialog):
    """Open conflicts, one at a time: compare side by side, choose, resolve."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.services = controller.services
        self.setWindowTitle(QCoreApplication.translate("SyncDialogs", "Conflicts"))
        self.resize(980, 600)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("SyncDialogs", "Open conflicts"))
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.fields_area = QScrollArea(self)
        self.fields_area.setWidgetResizable(True)
        self.resolve_button = QPushButton(
            QCoreApplication.translate("SyncDialogs", "&Resolve with these choices"), self
        )
        self.resolve_button.clicked.connect(self.resolve_current)
        self.copy_button = QPushButton(QCoreApplication.translate("SyncDialogs", "&Copy my text"), self)
        self.copy_button.clicked.connect(self._copy_mine)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.fields_area, 1)
        right_layout.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.resolve_button)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.conflicts: list[ConflictView] = []
        self.names: dict[str, str] = {}
        self.owners: dict[str, str] = {}
        """The owner institution of each refused change's record, by conflict id."""
        self.choices: list[FieldChoice] = []
        self.reload()

    def reload(self) -> None:
        client, services = self.controller.client, self.services

        def load() -> tuple[list[ConflictView], dict[str, str], dict[str, str]]:
            conflicts = client.conflicts()
            return conflicts, conflict_names(services, conflicts), owner_names(services, conflicts)

        def done(future: Future[tuple[list[ConflictView], dict[str, str], dict[str, str]]]) -> None:
            if future.exception() is not None:
                show_error(self, future.exception())  # type: ignore[arg-type]
                return
            conflicts, names, owners = future.result()
            self.owners = owners
            self.set_conflicts(conflicts, names)

        self.controller.run(load, done)

    def set_conflicts(self, conflicts: list[ConflictView], names: Mapping[str, str] | None = None) -> None:
        self.conflicts = conflicts
        self.names = dict(names or {})
        self.list.clear()
        for conflict in conflicts:
            spec = ENTITIES.get(conflict.entity)
            kind = tr_entity(spec.label) if spec else conflict.entity
            item = QListWidgetItem(f"{conflict.title}\n{kind} · {format_utc(conflict.created_at)}")
            self.list.addItem(item)
        if conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        self.message.clear()
        self.choices = []
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        if conflict is None:
            self.heading.setText(
                QCoreApplication.translate("SyncDialogs", "No open conflicts: every edit has been merged.")
            )
            self.resolve_button.setEnabled(False)
            self.copy_button.setEnabled(False)
        else:
            other = self._others_author(conflict)
            if other:
                who = QCoreApplication.translate("SyncDialogs", "by %1").replace("%1", _escape(other))
            elif conflict.author:  # this officer's own change lost: not "by aigerim" to aigerim
                who = QCoreApplication.translate("SyncDialogs", "by you")
            else:
                who = ""
            kind = QCoreApplication.translate("SyncDialogs", KIND_TEXT.get(conflict.kind, conflict.kind))
            if conflict.kind == "rejected":
                explained = self._refusal(conflict, other)
            else:
                explained = f"<p>{_escape(conflict.message)}</p>" if conflict.message else ""
            self.heading.setText(f"<h3>{_escape(conflict.title)}</h3><p>{kind} {who}</p>" + explained)
            editable = conflict.kind == "field"
            for name, sides in conflict.fields.items():
                choice = FieldChoice(conflict.entity, name, dict(sides), body, other=other, names=self.names)
                for button in (choice.server, choice.client):  # the texts stay readable and copyable
                    button.setEnabled(editable)
                layout.addWidget(choice)
                self.choices.append(choice)
            self.resolve_button.setEnabled(True)
            self.resolve_button.setText(
                QCoreApplication.translate("SyncDialogs", "&Resolve with these choices")
                if editable
                else QCoreApplication.translate("SyncDialogs", "&Mark as dealt with")
            )
            self.copy_button.setEnabled(bool(conflict.fields))
            self.copy_button.setText(
                QCoreApplication.translate("SyncDialogs", "&Copy %1's text").replace("%1", other)
                if other
                else QCoreApplication.translate("SyncDialogs", "&Copy my text")
            )
        layout.addStretch(1)
        self.fields_area.setWidget(body)

    def _refusal(self, conflict: ConflictView, other: str | None) -> str:
        """Why the server refused the change, and what the officer can do about it."""
        reason = QCoreApplication.translate("SyncDialogs", conflict.message) if conflict.message else ""
        owner = self.owners.get(conflict.id)
        if other:
            advice = QCoreApplication.translate(
                "SyncDialogs", "Nothing was changed. %1 may want to send their text to the record's owner."
            ).replace("%1", _escape(other))
        elif owner:
            advice = QCoreApplication.translate(
                "SyncDialogs",
                "Your text is kept here: copy it (Copy my text) and send it to an officer of %1, who may make the change, or ask them to. Then mark this as dealt with.",  # noqa: E501 - one literal for Qt Linguist
            ).replace("%1", f"<b>{_escape(owner)}</b>")
        else:
            advice = QCoreApplication.translate(
                "SyncDialogs",
                "Your text is kept here: copy it (Copy my text) and send it to an officer of the record's institution, who may make the change, or ask them to. Then mark this as dealt with.",  # noqa: E501 - one literal for Qt Linguist
            )
        why = QCoreApplication.translate("SyncDialogs", "Why:")
        what = QCoreApplication.translate("SyncDialogs", "What you can do:")
        return (f"<p><b>{why}</b> {_escape(reason)}</p>" if reason else "") + f"<p><b>{what}</b> {advice}</p>"

    def _others_author(self, conflict: ConflictView) -> str | None:
        """The colleague whose value lost, when it is not this officer's own (None: it is)."""
        status = self.controller.status
        own = status.username if status is not None else None
        if conflict.origin != "server" or not conflict.author or own is None:
            return None  # a local conflict is always this machine's own change
        return None if conflict.author.casefold() == own.casefold() else conflict.author

    def _copy_mine(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        texts = [(choice.label, wire_text(choice.sides.get("client"))) for choice in self.choices]
        # one field (the usual long text): just the text, ready to paste into it; several: each
        # under its label as the inbox shows it
        lines = [texts[0][1]] if len(texts) == 1 else [f"{label}: {text}" for label, text in texts]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def resolve_current(self) -> None:
        """Write the chosen values as an ordinary edit, then mark the conflict resolved."""
        conflict = self.current()
        if conflict is None:
            return
        values = {}
        for choice in self.choices:
            change, value = choice.chosen()
            if change:
                values[choice.name] = value
        services, client = self.services, self.controller.client

        def work() -> bool:
            client.check_resolvable(conflict.id)  # not this officer's to resolve: nothing written
            if values and conflict.kind == "field":
                services.entity(conflict.entity).update(conflict.record_id, values)
            return client.resolve_conflict(conflict.id)

        def done(future: Future[bool]) -> None:
            error = future.exception()
            if error is not None:
                self.resolve_button.setEnabled(True)  # the choice can be made again
                if isinstance(error, KnownError):
                    self.message.setText(error.message())
                else:
                    show_error(self, error)
                return
            self.controller.edited()
            self.reload()

        self.resolve_button.setEnabled(False)
        self.controller.run(work, done)


def _escape(text: str) -> str:
    return html.escape(text, quote=False)
