"""The main window: navigation, the pages, search everywhere, the status bar."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import liaison
from liaison.ui.icons import app_icon, icon
from liaison.ui.language import Retranslating
from liaison.ui.search_box import SearchBox
from liaison.ui.sections import SECTIONS, tr_entity
from liaison.ui.style import setup_navigation
from liaison.ui.sync_view import SyncView
from liaison.ui.tasks import Job, JobControl, TaskManager
from liaison.ui.window_menus import build_menus, retranslate_menus

if TYPE_CHECKING:  # imported when the record opens, not before the window shows (see attach)
    from liaison.services.app import Liaison
    from liaison.ui.briefing_dialog import BriefingDialog
    from liaison.ui.meeting import MeetingMode
    from liaison.ui.pages import EntityPage
    from liaison.ui.sync_controller import SyncController

RECORD_MODULES = (
    "liaison.services.app",
    "liaison.ui.pages",
    "liaison.ui.today",  # the first section
    "liaison.ui.profile",
    "liaison.ui.minutes_panel",
    "liaison.ui.meeting",
    "liaison.ui.sync_controller",  # httpx, the keyring: not before the window shows
    "liaison.ui.sync_dialogs",
)
"""What :meth:`MainWindow.attach` needs: imported on the worker while the window is on screen."""


HIT_PAGES = {
    "contact": "contacts",
    "institution": "institutions",
    "event": "events",
    "minutes": "events",
    "bilateral": "bilaterals",
    "action": "action_items",
    "plan": "joint_action_plans",
    "document": "documents",  # a hit inside a document's attached file
}


class LazyPages(Mapping[str, "EntityPage"]):
    """The pages by entity, each built the first time it is asked for.

    Building all six pages (their editors, tabs and first queries) up front costs about half a
    second of start-up; the officer sees one page at a time, so the others wait for a visit.
    """

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.built: dict[str, EntityPage] = {}

    def __getitem__(self, entity: str) -> EntityPage:
        page = self.built.get(entity)
        if page is None:
            page = self._window._build_page(entity)
            self.built[entity] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(section.entity for section in SECTIONS)

    def __len__(self) -> int:
        return len(SECTIONS)


class MainWindow(Retranslating, QMainWindow):
    """The main window. It can be shown before the record is open (``services=None``): the
    sections, the search box and the menus are there at once, and :meth:`attach` fills the
    pages in when the worker has opened the record (see :func:`liaison.ui.app.start`)."""

    closed = Signal()
    """The window closed (everything typed saved first); not emitted when the close was refused."""

    def __init__(self, services: Liaison | None, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Liaison | None = None
        self.tasks = tasks
        self.old_sample_box: QMessageBox | None = None
        """The question about an older version's sample records, while it is open."""
        self.setWindowTitle(self.tr("Liaison"))
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 560))

        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setMaximumWidth(240)
        setup_navigation(self.nav)
        self.setWindowIcon(app_icon())
        self.stack = QStackedWidget(self)
        self.pages = LazyPages(self)
        for number, section in enumerate(SECTIONS, start=1):
            placeholder = QLabel(self.tr("Opening the record…"), self.stack)  # until the page is built
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setEnabled(False)  # drawn in the muted text colour
            self.stack.addWidget(placeholder)
            item = QListWidgetItem(icon(section.icon), tr_entity(section.label))
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.show_page)
        self.meetings: list[MeetingMode] = []
        self.briefing: BriefingDialog | None = None  # made on the first Ctrl+P (QtPdf loads then)
        self.sync: SyncController | None = None
        self.training_window: MainWindow | None = None
        """The training record's window, while open (see liaison.ui.training)."""
        self.training_banner: QWidget | None = None
        """Set on a window showing a training record."""

        # A layout, not a QSplitter: the sidebar sizes itself to its longest name (retranslate()),
        # and PySide builds some ninety Python enums the first time any QSplitter is made, which
        # would cost the window ~10 ms before its first paint (the pages' splitters come later).
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = SearchBox(None, self)
        self.search.opened.connect(self.open_hit)
        self.search_toolbar = toolbar = QToolBar(self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self.shown_label = QLabel(self)
        self.sync_view = SyncView(self)  # the status bar's sync widgets, under their names here too
        self.sync_icon, self.sync_label = self.sync_view.sync_icon, self.sync_view.sync_label
        self.pending_label, self.conflicts_button = (
            self.sync_view.pending_label,
            self.sync_view.conflicts_button,
        )
        build_menus(self)
        self.tasks.busy_changed.connect(lambda _busy: self.update_status())
        self.nav.setCurrentRow(0)
        self.retranslate()
        if services is None:
            self.statusBar().showMessage(self.tr("Opening the record…"))
        else:
            self.attach(services)

    def retranslate(self) -> None:
        """The window's own texts in the current language (the pages, the search box and meeting
        mode retranslate themselves on the same ``LanguageChange``)."""
        self.setWindowTitle(self.tr("Liaison"))
        self.nav.setAccessibleName(self.tr("Sections"))
        for row, section in enumerate(SECTIONS):
            self.nav.item(row).setText(tr_entity(section.label))
            self.go_actions[row].setText(tr_entity(section.label))
        # The sidebar fits its longest name in this language ("Бірлескен іс-қимыл жоспарлары"), so the
        # splitter cannot squeeze the names into a scroll bar.
        fitting = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(min(fitting, 320))
        self.nav.setMaximumWidth(max(240, min(fitting, 320)))
        self.search_toolbar.setWindowTitle(self.tr("Search"))
        for index in range(self.stack.count()):
            placeholder = self.stack.widget(index)
            if isinstance(placeholder, QLabel):
                placeholder.setText(self.tr("Opening the record…"))
        retranslate_menus(self)
        self.sync_view.retranslate()
        if self.services is not None:
            QTimer.singleShot(0, self.update_status)  # the counts (a read; not during construction)

    def open_settings(self) -> None:
        """Settings (the language: the window switches at once, no restart)."""
        from liaison.ui.settings_dialog import SettingsDialog

        if self.services is not None:
            dialog = SettingsDialog(self.services, self.tasks, self)
            dialog.exec()
            dialog.deleteLater()  # a child of the window: freed now, not when the window goes

    def attach(self, services: Liaison) -> None:
        """The record is open: build the section on show, enable what needs the record."""
        self.services = services
        self.statusBar().clearMessage()
        self.search.attach(services)
        for action in self.record_actions:
            action.setEnabled(True)
        if services.settings.is_training():  # the sample: a banner, and never a sync
            from liaison.ui.training import mark_training

            mark_training(self, can_go_back=False)  # its own window shows "Back" (ui/training.py)
        elif not services.store.read_only:  # a read-only record cannot take what a sync brings
            self._start_sync(services)
        self.show_page(max(self.nav.currentRow(), 0))  # after the sync: the Today view reads its status
        QTimer.singleShot(0, self.update_status)

    # -- sync --------------------------------------------------------------------------------
    def _start_sync(self, services: Liaison) -> None:
        from liaison.ui.sync_controller import SyncController

        self.sync = SyncController(services, self)
        self.sync.changed.connect(self.sync_view.show_state)
        self.sync.synced.connect(self.sync_view.synced)
        self.sync.mass_delete.connect(self.sync_view.confirm_mass_delete)
        self.tasks.busy_changed.connect(lambda busy: None if busy else self.sync.edited())
        self.sync.start()

    def show_conflicts(self) -> None:
        self.sync_view.show_conflicts()

    def _build_page(self, entity: str) -> EntityPage:
        from liaison.ui.pages import PAGES, EntityPage

        assert self.services is not None, "pages are built once the record is open"
        index = [section.entity for section in SECTIONS].index(entity)
        if entity == "today":
            from liaison.ui.today import attach_today

            return self._place_page(index, attach_today(self))  # type: ignore[return-value]
        config = next(config for config in PAGES if config.entity == entity)
        page = EntityPage(self.services, self.tasks, config, self.stack)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        page.shown_changed.connect(self.update_status)
        self._place_page(index, page)
        if entity == "contacts":
            page.panels["Profile"].open_record.connect(self.open_hit)  # type: ignore[attr-defined]
            self.transfer.attach_contacts(page)
        if entity in ("events", "bilaterals"):  # right-click a meeting: brief on it
            page.view.addAction(self.brief_action)
            page.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        if entity == "events":
            panel = page.panels["Minutes"]
            panel.changed.connect(self.update_status)  # type: ignore[attr-defined]
            panel.open_meeting_mode.connect(self.open_meeting_mode)  # type: ignore[attr-defined]
        return page

    def _place_page(self, index: int, page: QWidget) -> QWidget:
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.setParent(None)  # gone from the window now (texts, retranslation), freed later
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    @property
    def profile(self) -> QWidget:
        return self.pages["contacts"].panels["Profile"]

    @property
    def minutes_panel(self) -> QWidget:
        return self.pages["events"].panels["Minutes"]

    # -- navigation --------------------------------------------------------------------------
    def current_page(self) -> EntityPage:
        return self.pages[SECTIONS[max(self.stack.currentIndex(), 0)].entity]

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        if self.services is None:  # still opening: the page is built on attach()
            self.stack.setCurrentIndex(row)
            return
        current = SECTIONS[max(self.stack.currentIndex(), 0)].entity
        leaving = self.pages.built.get(current) if row != self.stack.currentIndex() else None
        if leaving is not None and not leaving.editor.confirm_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.pages[SECTIONS[row].entity]  # built on the first visit
        self.stack.setCurrentIndex(row)
        self.update_status()

    def build_all_pages(self) -> None:
        """Build every section not visited yet (the keyboard help lists their actions)."""
        if self.services is not None:
            for section in SECTIONS:
                self.pages[section.entity]

    def show_entity(self, entity: str) -> EntityPage:
        page = self.pages[entity]
        self.nav.setCurrentRow(list(self.pages).index(entity))
        return page

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_hit(self, kind: str, record_id: str) -> None:
        """Show the record a search hit names (minutes open on their event's Minutes tab)."""
        assert self.services is not None, "hits exist once the record is open"
        if kind == "minutes":
            minutes = self.services.minutes.get(record_id)
            page = self.show_entity("events")
            page.select(minutes["event_id"])
            panel = self.minutes_panel
            page.tabs.setCurrentWidget(panel)
            panel.select_minutes(record_id)  # type: ignore[attr-defined]
            return
        page = self.show_entity(HIT_PAGES[kind])
        page.select(record_id)
        page.view.setFocus()

    def open_briefing(self) -> None:
        """Ctrl+P: the "Briefing pack…" dialog, with the selected event or bilateral meeting."""
        from liaison.ui.briefing_dialog import open_briefing_dialog  # QtPdf loads on first use

        if self.services is None:
            return
        self.briefing = open_briefing_dialog(self, self.services, self.tasks)

    # -- meeting mode ------------------------------------------------------------------------
    def meeting_mode_for_selection(self) -> None:
        """F9: meeting mode for the event selected on the events page."""
        if self.services is None:
            return
        page = self.pages["events"]
        record = page.current() if self.current_page() is page else None
        if record is None:
            self.show_entity("events")
            self.statusBar().showMessage(
                self.tr("Select an event first, then press F9 for meeting mode."), 5000
            )
            return
        if page.editor.confirm_leave():
            self.open_meeting_mode(record["id"])

    def open_meeting_mode(self, event_id: str) -> None:
        for mode in self.meetings:
            if mode.event_id == event_id:
                mode.raise_()
                mode.activateWindow()
                return
        from liaison.ui.meeting import MeetingMode

        assert self.services is not None, "meeting mode opens from a page of the open record"
        mode = MeetingMode.open_window(self.services, self.tasks, event_id, self)
        mode.record_changed.connect(lambda _entity, _id: self.update_status())
        mode.closed.connect(lambda: self._meeting_closed(mode))
        self.meetings.append(mode)

    def _meeting_closed(self, mode: MeetingMode) -> None:
        if mode in self.meetings:
            self.meetings.remove(mode)
        for entity in ("events", "bilaterals", "action_items"):
            if entity in self.pages.built:
                self.pages.built[entity].reload()
        self.minutes_panel.refresh()  # type: ignore[attr-defined]
        self.update_status()

    # -- status ------------------------------------------------------------------------------
    def update_status(self) -> None:
        if self.services is None:
            return
        page = self.current_page()
        if getattr(page, "is_today", False):  # the Today view: no list to count
            self.shown_label.clear()
            return
        model = page.model
        shown = str(model.loaded()) + ("" if model.complete() else "+")
        self.shown_label.setText(
            self.tr("%1: %2 shown").replace("%1", tr_entity(page.spec.plural)).replace("%2", shown)
        )
        # The changes not yet synced are counted off the GUI thread by the sync controller
        # (SyncView.show_state), after every write (busy_changed -> SyncController.edited).

    # -- commands ----------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts, read from the window's actions as they are now."""
        from liaison.ui.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
            self.shortcuts_dialog.deleteLater()
        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Liaison"),
            self.tr(
                "<h3>Liaison %1</h3><p>The desk application of the OTS diaspora liaison officers.</p><p>Data folder: <code>%2</code></p>"  # noqa: E501 - one literal for Qt Linguist
            )
            .replace("%1", liaison.__version__)
            .replace("%2", str(self.services.data_dir) if self.services else "…"),
        )

    def load_sample_data(self) -> None:
        from liaison.services.sample import load_sample_data

        services = self.services
        assert services is not None, "the action is enabled once the record is open"

        def work(control: JobControl) -> dict[str, int]:
            return load_sample_data(services, progress=control.progress, cancel=control.cancel_event)

        def done(_counts: dict[str, int]) -> None:
            for page in self.pages.built.values():
                page.reload()
            self.statusBar().showMessage(self.tr("Sample data loaded."), 5000)

        Job(self.tasks, self, self.tr("Loading the sample data…"), work).success(done).run()

    def open_training(self) -> None:
        """File → Open the training record: the sample, in a window of its own that never syncs."""
        from liaison.ui.training import open_training_window

        open_training_window(self)

    def offer_sample_data(self) -> None:
        """First run on an empty record: who the officer is, and the training record."""
        from liaison.ui.welcome import welcome

        welcome(self)

    def offer_old_sample_removal(self) -> None:
        """Once: remove the sample an older version loaded into this (own) record?"""
        from liaison.ui.old_sample_offer import offer_old_sample_removal

        offer_old_sample_removal(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.services is None:  # closed while the record opens: nothing typed to save yet
            event.accept()
            return
        self._close_remaining(event)
        if event.isAccepted() and self.sync is not None:
            self.sync.close()  # a sync in progress is cancelled; what it confirmed stays saved
        if event.isAccepted():
            self.closed.emit()

    def _close_remaining(self, event: QCloseEvent) -> None:
        for mode in list(self.meetings):
            if not mode.close():  # saves everything typed first; may ask if a save keeps failing
                event.ignore()
                return
        for page in self.pages.built.values():
            if not page.editor.confirm_leave():
                event.ignore()
                return
        if self.briefing is not None and not self.briefing.finish():  # its talking points saved
            event.ignore()
            return
        self.tasks.drain()
        event.accept()
