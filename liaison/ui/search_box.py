"""Search everywhere (Ctrl+K): results as you type, Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liaison.services.app import Liaison
from liaison.services.search import Hit
from liaison.ui.i18n import tr_entity

KIND_LABELS = {
    "contact": "Contact",
    "institution": "Institution",
    "event": "Event",
    "minutes": "Minutes",
    "bilateral": "Bilateral meeting",
    "action": "Action item",
    "plan": "Joint Action Plan",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SearchBox", text)


class SearchBox(QLineEdit):
    """The search field; its popup lists hits under it."""

    opened = Signal(str, str)
    """The officer chose a hit: (kind, record id)."""

    LIMIT = 50

    def __init__(self, services: Liaison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setPlaceholderText(tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(tr("Search everything"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.popup = QFrame(self, Qt.WindowType.ToolTip)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.results = QListWidget(self.popup)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setUniformItemSizes(True)
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.textChanged.connect(self.run_search)
        self.returnPressed.connect(self._enter)
        self.installEventFilter(self)
        self.hits: list[Hit] = []

    def run_search(self, text: str) -> None:
        """One keystroke: fold, query the index, list the hits (a few milliseconds)."""
        self.hits = self.services.search(text, limit=self.LIMIT) if text.strip() else []
        self.results.clear()
        for hit in self.hits:
            kind = tr_entity(KIND_LABELS.get(hit.kind, hit.kind))
            label = f"{hit.title}\n{kind}" + (f" · {hit.subtitle}" if hit.subtitle else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)
            self._show_popup()
        elif text.strip():
            item = QListWidgetItem(tr("Nothing found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
            self._show_popup()
        else:
            self.popup.hide()

    def _show_popup(self) -> None:
        width = max(self.width(), 460)
        self.popup.resize(width, 360)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def _enter(self) -> None:
        item = self.results.currentItem()
        if item is not None and self.popup.isVisible():
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        self.popup.hide()
        kind, record_id = data
        self.opened.emit(kind, record_id)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                self.clear()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(200, self._hide_unless_focused)
        return super().eventFilter(watched, event)
