"""The main window's view of sync: the status bar's sync icon and text, the changes not yet
synced, the open conflicts' button, the Sync menu's commands, and what the window shows again when
a sync brought something new. The sync itself runs in :class:`liaison.ui.sync_controller.SyncController`
(``MainWindow.sync``); this only shows it and asks it."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox, QToolButton

from liaison.ui.icons import icon

if TYPE_CHECKING:
    from liaison.sync import SyncProgress
    from liaison.ui.main_window import MainWindow


class SyncView(QObject):
    """The sync widgets of a :class:`~liaison.ui.main_window.MainWindow`'s status bar (the window
    keeps them under their names too: ``window.sync_label``...) and the Sync menu's commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.statusBar()
        self.pending_label = QLabel(window)
        self.sync_icon = QLabel(window)
        self.sync_icon.setPixmap(icon("offline").pixmap(16, 16))
        bar.addPermanentWidget(self.sync_icon)
        self.sync_label = QLabel(self.tr("Offline"), window)
        self.sync_label.setToolTip(self.tr("Sync with the Secretariat is not set up on this computer."))
        self.conflicts_button = QToolButton(window)
        self.conflicts_button.setIcon(icon("conflict", QColor("#c42b1c")))
        self.conflicts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.setAccessibleName(self.tr("Open conflicts"))
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.hide()
        for label in (window.shown_label, self.pending_label, self.conflicts_button, self.sync_label):
            bar.addPermanentWidget(label)

    def retranslate(self) -> None:
        self.conflicts_button.setAccessibleName(self.tr("Open conflicts"))
        if self.window.sync is None and self.window.training_banner is None:
            self.sync_label.setText(self.tr("Offline"))
            self.sync_label.setToolTip(self.tr("Sync with the Secretariat is not set up on this computer."))
        self.show_state()

    def progress_text(self, progress: SyncProgress | None) -> str:
        """ "Syncing…", with how far it got once the sync reports (a first sync of a large
        record takes a while: the officer sees it move)."""
        if progress is None or (progress.phase == "push" and not progress.total):
            return self.tr("Syncing…")
        locale = QLocale()
        if progress.phase == "push":
            return (
                self.tr("Syncing… %1 of %2 changes sent")
                .replace("%1", locale.toString(progress.done))
                .replace("%2", locale.toString(progress.total or 0))
            )
        return self.tr("Syncing… %n record(s) received", None, progress.done)

    def show_state(self) -> None:
        sync = self.window.sync
        if sync is None:
            return
        status = sync.status
        signed_in = sync.signed_in
        for action in (self.window.sync_now_action, self.window.sign_out_action):
            action.setEnabled(signed_in)
        if sync.running:
            icon_name, text = "sync", self.progress_text(sync.progress)
        elif not signed_in:
            icon_name, text = "offline", self.tr("Not signed in")
        elif sync.online is False:
            icon_name, text = "offline", self.tr("Offline")
        elif sync.last_error:  # the server answered, but the sync did not go through
            icon_name, text = "conflict", self.tr("Sync failed")
        else:
            icon_name, text = "online", self.tr("Online")
        if not sync.running and status is not None and status.last_sync and signed_in:
            text += " · " + self.tr("last sync %1").replace("%1", _short_time(status.last_sync))
        self.sync_icon.setPixmap(icon(icon_name).pixmap(16, 16))
        self.sync_label.setText(text)
        if signed_in and status is not None:
            tip = sync.last_error or (
                self.tr("Signed in to %1 as %2.")
                .replace("%1", status.server_url or "")
                .replace("%2", status.username or "")
            )
            if sync.memory_only:
                tip += " " + self.tr("No keyring on this computer: the sign-in lasts until Liaison closes.")
        elif sync.sign_in_lost and status is not None:
            tip = sync.last_error or self.tr(
                "This computer's sign-in to %1 is gone: sign in again (Sync → Sign in to the Secretariat…). Your changes are kept."  # noqa: E501 - one literal for Qt Linguist
            ).replace("%1", status.server_url or "")
        else:
            tip = self.tr("Sync with the Secretariat is not set up on this computer.")
        self.sync_label.setToolTip(tip)
        conflicts = status.open_conflicts if status is not None else 0
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(self.tr("%n conflict(s)", None, conflicts))
        if status is not None:
            self.pending_label.setText(self.tr("%n change(s) not yet synced", None, status.pending))
            self.pending_label.setToolTip(
                self.tr(
                    "%n change(s) of private records kept on this computer: private records are never sent.",
                    None,
                    status.private_pending,
                )
            )

    def synced(self, summary: object) -> None:
        """A sync finished: merge others' text into open meeting modes, and show the new rows
        and the re-read record in every list whose editor holds no unsaved edits (an editor
        with edits keeps them; its save then goes through the server's merge). A sync that only
        sent this machine's own changes has nothing new to show."""
        if getattr(summary, "restored", False):
            from liaison.sync.restore import notice  # not before the window shows: it reads the record

            self.window.statusBar().showMessage(notice(getattr(summary, "resent", 0)), 30000)
        if not any(getattr(summary, name, 0) for name in ("pulled", "deleted", "merged")):
            return
        for mode in self.window.meetings:
            mode.merge_synced()
        for page in self.window.pages.built.values():
            if getattr(page, "is_today", False):
                page.reload()
                continue
            if page.editor.dirty:
                continue
            current = page.current()
            page.reload()
            row = page.model.row_of(current["id"]) if current is not None else -1
            if row >= 0:  # still in the list as filtered: the editor shows it as synced
                page.view.selectRow(row)

    def confirm_mass_delete(self, text: str) -> None:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Sync"),
            text + "\n\n" + self.tr("Apply the deletions from the server anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.window.sync is not None:
            self.window.sync.sync_now(allow_mass_delete=True)

    def sync_now(self) -> None:
        if self.window.sync is not None:
            self.window.sync.sync_now()

    def sign_in(self) -> None:
        from liaison.ui.sync_dialogs import LoginDialog

        if self.window.sync is not None:
            dialog = LoginDialog(self.window.sync, self.window)
            dialog.exec()
            dialog.deleteLater()

    def sign_out(self) -> None:
        if self.window.sync is not None:
            self.window.sync.logout()

    def show_conflicts(self) -> None:
        from liaison.ui.sync_dialogs import ConflictInbox

        if self.window.sync is not None:
            inbox = ConflictInbox(self.window.sync, self.window)
            inbox.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # each opening reads afresh
            inbox.finished.connect(lambda _result: self.window.sync.refresh() if self.window.sync else None)
            inbox.open()

    def show_sync_log(self) -> None:
        from liaison.ui.sync_dialogs import SyncLogDialog

        if self.window.sync is not None:
            log = SyncLogDialog(self.window.sync, self.window)
            log.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # stops listening to the log
            log.open()


def _short_time(iso: str) -> str:
    """A sync time (ISO, UTC) as the officer's local time: today as 14:05, else with the date
    as the window's language writes it ("5 мар. 2024 14:05")."""
    from datetime import datetime

    from liaison.ui.i18n import format_date  # imported with the record (the services' labels)

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    today = datetime.now(local.tzinfo).date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return format_date(local.replace(tzinfo=None))
