"""The main window's menus: File, Go, Sync and Help, and their actions with their shortcuts.

The actions are attributes of the window, where the rest of the program reaches them (the training
record disables the Sync ones, the keyboard help lists them, the pages add the briefing to their
context menu); their texts are in the window's translation context (``MainWindow``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from liaison.ui.icons import icon
from liaison.ui.sections import SECTIONS

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """The menus and their actions, as attributes of ``window`` (``window.brief_action``...),
    enabled once the record is open (``window.record_actions``); their texts are set by
    :func:`retranslate_menus`."""
    window.file_menu = file_menu = window.menuBar().addMenu("")
    window.brief_action = QAction(icon("brief"), "", window)
    window.brief_action.setShortcut(QKeySequence.StandardKey.Print)
    window.brief_action.triggered.connect(window.open_briefing)
    file_menu.addAction(window.brief_action)
    window.sample_action = QAction(window)
    window.sample_action.triggered.connect(window.open_training)
    window.record_actions = [window.brief_action, window.sample_action]
    file_menu.addAction(window.sample_action)
    from liaison.ui.transfer_actions import TransferActions

    window.transfer = TransferActions(window)  # File → Import…, Export… (its own module)
    file_menu.addActions(window.transfer.actions)
    window.record_actions.extend(window.transfer.actions)
    window.settings_action = QAction(icon("settings"), "", window)
    window.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    window.settings_action.triggered.connect(window.open_settings)
    file_menu.addAction(window.settings_action)
    window.record_actions.append(window.settings_action)
    file_menu.addSeparator()
    window.quit_action = QAction(window)
    window.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    window.quit_action.triggered.connect(window.close)
    file_menu.addAction(window.quit_action)

    window.go_menu = go_menu = window.menuBar().addMenu("")
    window.go_actions: list[QAction] = []
    for number, _section in enumerate(SECTIONS, start=1):
        action = QAction(window)
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _checked=False, row=number - 1: window.nav.setCurrentRow(row))
        go_menu.addAction(action)
        window.go_actions.append(action)
    go_menu.addSeparator()
    window.meeting_action = QAction(icon("meeting"), "", window)
    window.meeting_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
    window.meeting_action.triggered.connect(window.meeting_mode_for_selection)
    go_menu.addAction(window.meeting_action)
    window.record_actions.append(window.meeting_action)
    window.search_action = QAction(window)
    window.search_action.setShortcut(QKeySequence("Ctrl+K"))
    window.search_action.triggered.connect(window.focus_search)
    go_menu.addAction(window.search_action)

    window.sync_menu = sync_menu = window.menuBar().addMenu("")
    window.sync_now_action = QAction(icon("sync"), "", window)
    window.sync_now_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    window.sync_now_action.triggered.connect(window.sync_view.sync_now)
    window.sign_in_action = QAction(window)
    window.sign_in_action.triggered.connect(window.sync_view.sign_in)
    window.sign_out_action = QAction(window)
    window.sign_out_action.triggered.connect(window.sync_view.sign_out)
    window.conflicts_action = QAction(icon("conflict"), "", window)
    window.conflicts_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
    window.conflicts_action.triggered.connect(window.sync_view.show_conflicts)
    window.sync_log_action = QAction(window)
    window.sync_log_action.triggered.connect(window.sync_view.show_sync_log)
    for action in (
        window.sync_now_action,
        window.sign_in_action,
        window.sign_out_action,
        window.conflicts_action,
        window.sync_log_action,
    ):
        sync_menu.addAction(action)
        window.record_actions.append(action)

    window.help_menu = help_menu = window.menuBar().addMenu("")
    window.shortcuts_action = QAction(window)
    window.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    window.shortcuts_action.triggered.connect(window.show_shortcuts)
    help_menu.addAction(window.shortcuts_action)
    window.shortcuts_dialog = None
    window.about_action = QAction(icon("about"), "", window)
    window.about_action.triggered.connect(window.about)
    help_menu.addAction(window.about_action)
    for action in window.record_actions:
        action.setEnabled(window.services is not None)


def retranslate_menus(window: MainWindow) -> None:
    """The menus' and actions' texts in the current language (from ``MainWindow.retranslate``),
    in the window's translation context: they are the window's texts."""
    window.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
    window.brief_action.setText(QCoreApplication.translate("MainWindow", "&Briefing pack…"))
    window.sample_action.setText(QCoreApplication.translate("MainWindow", "Open the &training record…"))
    window.settings_action.setText(QCoreApplication.translate("MainWindow", "Se&ttings…"))
    window.transfer.retranslate()
    window.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
    window.go_menu.setTitle(QCoreApplication.translate("MainWindow", "&Go"))
    window.meeting_action.setText(QCoreApplication.translate("MainWindow", "&Meeting mode"))
    window.meeting_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Draft the minutes of the selected event while it runs (F9)")
    )
    window.search_action.setText(QCoreApplication.translate("MainWindow", "&Search everything"))
    window.sync_menu.setTitle(QCoreApplication.translate("MainWindow", "&Sync"))
    window.sync_now_action.setText(QCoreApplication.translate("MainWindow", "Sync &now"))
    window.sign_in_action.setText(QCoreApplication.translate("MainWindow", "Sign &in to the Secretariat…"))
    window.sign_out_action.setText(QCoreApplication.translate("MainWindow", "Sign &out"))
    window.conflicts_action.setText(QCoreApplication.translate("MainWindow", "&Conflicts…"))
    window.sync_log_action.setText(QCoreApplication.translate("MainWindow", "Sync &log…"))
    window.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
    window.about_action.setText(QCoreApplication.translate("MainWindow", "&About Liaison"))
    window.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
