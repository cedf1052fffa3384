"""The window's import and export actions: File → Import…, File → Export…, File → Find
duplicates… (also on the contact list's context menu, with "Export selected contacts…"). Kept
apart from main_window.py, which only creates this object, asks it to retranslate, and hands it
the contact page when built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow
    from liaison.ui.pages import EntityPage


class TransferActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(window)
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(window)
        self.export_action.triggered.connect(lambda _checked=False: self.open_export())
        self.export_selected_action = QAction(window)
        self.export_selected_action.triggered.connect(self.export_selected)
        self.export_shown_action = QAction(window)
        self.export_shown_action.triggered.connect(lambda _checked=False: self.open_export(shown_first=True))
        self.duplicates_action = QAction(window)
        self.duplicates_action.triggered.connect(self.find_duplicates)
        self.contacts_page: EntityPage | None = None

    @property
    def actions(self) -> list[QAction]:
        return [self.import_action, self.export_action, self.duplicates_action]

    def retranslate(self) -> None:
        self.import_action.setText(QCoreApplication.translate("TransferActions", "&Import…"))
        self.export_action.setText(QCoreApplication.translate("TransferActions", "&Export…"))
        self.export_selected_action.setText(
            QCoreApplication.translate("TransferActions", "Export selected contacts…")
        )
        self.export_shown_action.setText(
            QCoreApplication.translate("TransferActions", "Export the contacts shown…")
        )
        self.duplicates_action.setText(QCoreApplication.translate("TransferActions", "Find &duplicates…"))

    def attach_contacts(self, page: EntityPage) -> None:
        from PySide6.QtCore import Qt

        self.contacts_page = page
        page.view.addAction(self.export_selected_action)
        page.view.addAction(self.export_shown_action)
        page.view.addAction(self.duplicates_action)
        page.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def open_import(self) -> None:
        from liaison.ui.import_wizard import ImportWizard, result_text

        window = self.window
        if window.services is None:
            return
        wizard = ImportWizard(window.services, window.tasks, window)

        def imported(result: object) -> None:
            for page in window.pages.built.values():
                page.reload()
            window.statusBar().showMessage(result_text(result), 10000)  # type: ignore[arg-type]

        wizard.imported.connect(imported)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        self.wizard = wizard

    def open_export(self, contact_ids: list[str] | None = None, *, shown_first: bool = False) -> None:
        """The export dialog; it offers "the contacts shown" when the contact list is filtered
        (``shown_first``: chosen already, from the list's menu)."""
        from liaison.ui.export_dialog import ExportDialog

        window = self.window
        if window.services is None:
            return
        page = self.contacts_page
        shown = (page.model.where, page.model.order) if page is not None and page.model.where else None
        dialog = ExportDialog(
            window.services,
            window.tasks,
            window,
            contact_ids=contact_ids,
            shown=shown if contact_ids is None else None,
            shown_first=shown_first,
        )
        dialog.exported.connect(lambda text: window.statusBar().showMessage(text, 10000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog

    def find_duplicates(self) -> None:
        """Contacts → Find duplicates…: review the probable duplicates, merge or keep apart."""
        from liaison.ui.duplicates_dialog import DuplicatesDialog

        window = self.window
        if window.services is None:
            return
        dialog = DuplicatesDialog(window.services, window.tasks, window)

        def merged(_keep: str, _other: str) -> None:
            for page in window.pages.built.values():
                page.reload()

        dialog.merged.connect(merged)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.duplicates_dialog = dialog

    def export_selected(self) -> None:
        page = self.contacts_page
        if page is None:
            return
        rows = page.view.selectionModel().selectedRows()
        ids = [page.model.record(index.row())["id"] for index in rows]
        self.open_export(ids or None)
