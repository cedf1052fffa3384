"""The main window: navigation, the pages, search everywhere, the status bar."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

import liaison
from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.ui.i18n import Retranslating, tr_entity
from liaison.ui.icons import app_icon, icon
from liaison.ui.meeting_mode import MeetingMode
from liaison.ui.pages import PAGES, EntityPage
from liaison.ui.search_box import SearchBox
from liaison.ui.style import setup_navigation
from liaison.ui.tasks import Job, JobControl, TaskManager

NAV_ICONS = {
    "contacts": "contacts",
    "institutions": "institutions",
    "events": "events",
    "bilaterals": "bilaterals",
    "action_items": "actions",
    "joint_action_plans": "plans",
}

HIT_PAGES = {
    "contact": "contacts",
    "institution": "institutions",
    "event": "events",
    "minutes": "events",
    "bilateral": "bilaterals",
    "action": "action_items",
    "plan": "joint_action_plans",
}


class LazyPages(Mapping[str, EntityPage]):
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
        return iter(config.entity for config in PAGES)

    def __len__(self) -> int:
        return len(PAGES)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, services: Liaison, tasks: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.resize(1280, 800)
        self.setMinimumSize(QSize(900, 560))

        self.nav = QListWidget(self)
        self.nav.setMaximumWidth(240)
        setup_navigation(self.nav)
        self.setWindowIcon(app_icon())
        self.stack = QStackedWidget(self)
        self.pages = LazyPages(self)
        for number, config in enumerate(PAGES, start=1):
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is first shown
            item = QListWidgetItem(icon(NAV_ICONS[config.entity]), "")
            item.setToolTip(f"Ctrl+{number}")
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.show_page)
        self.meetings: list[MeetingMode] = []

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.search = SearchBox(services, self)
        self.search.opened.connect(self.open_hit)
        self.search_toolbar = toolbar = QToolBar(self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self._build_menus()
        self.shown_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.sync_icon = QLabel(self)
        self.sync_icon.setPixmap(icon("offline").pixmap(16, 16))
        self.statusBar().addPermanentWidget(self.sync_icon)
        self.sync_label = QLabel(self)
        for label in (self.shown_label, self.pending_label, self.sync_label):
            self.statusBar().addPermanentWidget(label)
        self.tasks.busy_changed.connect(lambda _busy: self.update_status())
        self.nav.setCurrentRow(0)
        self.retranslate()

    def retranslate(self) -> None:
        """The window's own texts in the current language (the pages, the search box and meeting
        mode retranslate themselves on the same ``LanguageChange``)."""
        self.setWindowTitle(self.tr("Liaison"))
        self.nav.setAccessibleName(self.tr("Sections"))
        for row, config in enumerate(PAGES):
            self.nav.item(row).setText(tr_entity(ENTITIES[config.entity].plural))
            self.go_actions[row].setText(tr_entity(ENTITIES[config.entity].plural))
        # The sidebar fits its longest name in this language ("Бірлескен іс-қимыл жоспарлары"), so the
        # splitter cannot squeeze the names into a scroll bar.
        fitting = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(min(fitting, 320))
        self.nav.setMaximumWidth(max(240, min(fitting, 320)))
        self.search_toolbar.setWindowTitle(self.tr("Search"))
        self.sync_label.setText(self.tr("Offline"))
        self.sync_label.setToolTip(self.tr("Sync with the Secretariat is not set up on this computer."))
        self.file_menu.setTitle(self.tr("&File"))
        self.sample_action.setText(self.tr("Load &sample data…"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.meeting_action.setText(self.tr("&Meeting mode"))
        self.meeting_action.setToolTip(self.tr("Draft the minutes of the selected event while it runs (F9)"))
        self.search_action.setText(self.tr("&Search everything"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Liaison"))
        QTimer.singleShot(0, self.update_status)  # the counts (a read; not during construction)

    def _build_page(self, entity: str) -> EntityPage:
        index = next(n for n, config in enumerate(PAGES) if config.entity == entity)
        page = EntityPage(self.services, self.tasks, PAGES[index], self.stack)
        page.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        page.shown_changed.connect(self.update_status)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        if entity == "contacts":
            page.panels["Profile"].open_record.connect(self.open_hit)  # type: ignore[attr-defined]
        if entity == "events":
            panel = page.panels["Minutes"]
            panel.changed.connect(self.update_status)  # type: ignore[attr-defined]
            panel.open_meeting_mode.connect(self.open_meeting_mode)  # type: ignore[attr-defined]
        return page

    @property
    def profile(self) -> QWidget:
        return self.pages["contacts"].panels["Profile"]

    @property
    def minutes_panel(self) -> QWidget:
        return self.pages["events"].panels["Minutes"]

    def _build_menus(self) -> None:
        """The menus and their actions; their texts are set by :meth:`retranslate`."""
        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.sample_action = QAction(self)
        self.sample_action.triggered.connect(self.load_sample_data)
        file_menu.addAction(self.sample_action)
        self.settings_action = QAction(icon("settings"), "", self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.go_menu = go_menu = self.menuBar().addMenu("")
        self.go_actions: list[QAction] = []
        for number, _config in enumerate(PAGES, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            go_menu.addAction(action)
            self.go_actions.append(action)
        go_menu.addSeparator()
        self.meeting_action = QAction(icon("meeting"), "", self)
        self.meeting_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.meeting_action.triggered.connect(self.meeting_mode_for_selection)
        go_menu.addAction(self.meeting_action)
        self.search_action = search_action = QAction(self)
        search_action.setShortcut(QKeySequence("Ctrl+K"))
        search_action.triggered.connect(self.focus_search)
        go_menu.addAction(search_action)

        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.about_action = about = QAction(icon("about"), "", self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def open_settings(self) -> None:
        """Settings (the language: the window switches at once, no restart)."""
        from liaison.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.services, self.tasks, self).exec()

    # -- navigation --------------------------------------------------------------------------
    def current_page(self) -> EntityPage:
        return self.pages[PAGES[max(self.stack.currentIndex(), 0)].entity]

    def show_page(self, row: int) -> None:
        if row < 0:
            return
        if row != self.stack.currentIndex() and not self.current_page().editor.confirm_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.pages[PAGES[row].entity]  # built on the first visit
        self.stack.setCurrentIndex(row)
        self.update_status()

    def show_entity(self, entity: str) -> EntityPage:
        page = self.pages[entity]
        self.nav.setCurrentRow(list(self.pages).index(entity))
        return page

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_hit(self, kind: str, record_id: str) -> None:
        """Show the record a search hit names (minutes open on their event's Minutes tab)."""
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

    # -- meeting mode ------------------------------------------------------------------------
    def meeting_mode_for_selection(self) -> None:
        """F9: meeting mode for the event selected on the events page."""
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
        page = self.current_page()
        model = page.model
        shown = str(model.loaded()) + ("" if model.complete() else "+")
        self.shown_label.setText(
            self.tr("%1: %2 shown").replace("%1", tr_entity(page.spec.plural)).replace("%2", shown)
        )
        pending = self.services.pending_changes()
        self.pending_label.setText(self.tr("%n change(s) not yet synced", None, pending))

    # -- commands ----------------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Liaison"),
            self.tr(
                "<h3>Liaison %1</h3><p>The desk application of the OTS diaspora liaison officers.</p><p>Data folder: <code>%2</code></p>"  # noqa: E501 - one literal for Qt Linguist
            )
            .replace("%1", liaison.__version__)
            .replace("%2", str(self.services.data_dir)),
        )

    def load_sample_data(self) -> None:
        from liaison.services.sample import load_sample_data

        def work(control: JobControl) -> dict[str, int]:
            return load_sample_data(self.services, progress=control.progress, cancel=control.cancel_event)

        def done(_counts: dict[str, int]) -> None:
            for page in self.pages.built.values():
                page.reload()
            self.statusBar().showMessage(self.tr("Sample data loaded."), 5000)

        Job(self.tasks, self, self.tr("Loading the sample data…"), work).success(done).run()

    def offer_sample_data(self) -> None:
        """First run on an empty database: sample data, or start empty."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Welcome to Liaison"))
        box.setText(self.tr("Your record is empty."))
        box.setInformativeText(
            self.tr(
                "Load the sample record (the 5th meeting of Ministers in Bishkek, Diaspora Forums, trainings) to look around, or start with an empty record."  # noqa: E501 - one literal for Qt Linguist
            )
        )
        sample = box.addButton(self.tr("Load sample data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is sample:
            self.load_sample_data()

    def closeEvent(self, event: QCloseEvent) -> None:
        for mode in list(self.meetings):
            if not mode.close():  # saves everything typed first; may ask if a save keeps failing
                event.ignore()
                return
        for page in self.pages.built.values():
            if not page.editor.confirm_leave():
                event.ignore()
                return
        self.tasks.drain()
        event.accept()
