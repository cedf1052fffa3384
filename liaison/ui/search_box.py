"""Search everywhere (Ctrl+K): results as you type, Enter opens the record.

The search runs on a thread of its own, never on the GUI thread: a keystroke costs the window
only the key itself, however long the index takes (a first letter over 100,000 records).
:class:`Searcher` keeps one thread and one pending request: a request replaces the one not
yet started, so a fast typist's intermediate texts are never searched, and the search always
catches up with the latest text. Hits come back through a queued signal and are shown only if
the box still holds the text they were searched for. It is not the database worker
(:class:`~liaison.ui.tasks.TaskManager`): a search must not wait behind a save.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liaison.errors import KnownError
from liaison.ui.accessible import name_clear_button
from liaison.ui.language import Retranslating
from liaison.ui.sections import tr_entity

if TYPE_CHECKING:  # the box is built before the services are imported (see ui/sections.py)
    from liaison.services.app import Liaison
    from liaison.services.search import Hit

log = logging.getLogger(__name__)

T = TypeVar("T")

KIND_LABELS = {
    "contact": "Contact",
    "institution": "Institution",
    "event": "Event",
    "minutes": "Minutes",
    "bilateral": "Bilateral meeting",
    "action": "Action item",
    "plan": "Joint Action Plan",
    "document": "Document",  # a hit inside a document's attached file
}


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def localized_subtitle(subtitle: str) -> str:
    """A hit's subtitle in the window's language. The index stores it as written when the record
    was indexed ("2023-11-22 · Bishkek", "2024 · in_progress"): ISO dates, state names in English
    and status keys are shown translated; the rest (names, places) as typed."""
    # Imported here: hits exist once the record is open (the window shows before the services).
    from liaison.store.reference import STATES
    from liaison.ui.i18n import format_date, status_label, tr_state

    state_codes = {name: code for code, name, _status in STATES}

    def shown(part: str) -> str:
        if _ISO_DATE.match(part):
            return format_date(date.fromisoformat(part))
        if part in state_codes:
            return tr_state(state_codes[part])
        if part.islower() and part.isascii():
            return status_label(part)
        return part

    return " · ".join(shown(part) for part in subtitle.split(" · "))


class _Relay(QObject):
    """Carries a finished search from the search thread to the GUI thread (queued)."""

    found = Signal(str, object)
    """(text searched, list of hits or the exception raised)"""


class Searcher(Generic[T]):
    """One search thread that always works on the latest text asked for (``search(text)``
    returns the hits: a list of :class:`Hit` for the search box, rows for the briefing dialog).

    :meth:`request` replaces the pending text (a superseded one is dropped unsearched) and
    returns at once; when a search finishes, ``relay.found`` is emitted from the search thread
    with the text and its hits (or the exception), to be received on the GUI thread through a
    queued connection. The relay belongs to the searcher, not to a widget, so that it is alive
    whenever the thread emits; receivers that are gone are disconnected by Qt.
    """

    def __init__(self, search: Callable[[str], T]) -> None:
        self._search = search
        self.relay = _Relay()
        self._wakeup = threading.Condition()
        self._pending: str | None = None
        self._closed = False
        self._thread: threading.Thread | None = None

    def request(self, text: str) -> None:
        """Search ``text`` next, instead of whatever was waiting (not what is running)."""
        with self._wakeup:
            if self._closed:
                return
            self._pending = text
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="liaison-search", daemon=True)
                self._thread.start()
            self._wakeup.notify()

    def cancel(self) -> None:
        """Drop the pending text, if any (a search already running still reports)."""
        with self._wakeup:
            self._pending = None

    def close(self, timeout: float = 2.0) -> None:
        """Stop the thread once its current search (if any) is done; waits up to ``timeout``."""
        with self._wakeup:
            self._closed = True
            self._pending = None
            self._wakeup.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._wakeup:
                while self._pending is None and not self._closed:
                    self._wakeup.wait()
                text, self._pending = self._pending, None
                if self._closed or text is None:
                    return
            result: T | BaseException
            try:
                result = self._search(text)
            except Exception as error:  # reported on the GUI thread, next to the box
                result = error
            self.relay.found.emit(text, result)


class SearchBox(Retranslating, QLineEdit):
    """The search field; its popup lists hits under it.

    ``hits`` are the hits the list shows, searched for ``shown_text``; right after a keystroke
    they are still those of the text before it, until the search for the new text is done
    (``searched`` is emitted then; :meth:`wait_for_results` waits for it, for tests and
    automation). Enter before the hits for the typed text have arrived opens the first of them
    when they do.
    """

    opened = Signal(str, str)
    """The officer chose a hit: (kind, record id)."""

    searched = Signal(str)
    """The list now shows the hits for this text (the box's current text)."""

    LIMIT = 50

    def __init__(self, services: Liaison | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Liaison | None = None
        self.searcher: Searcher[list[Hit]] | None = None
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self.popup = QFrame(self, Qt.WindowType.ToolTip)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.results = QListWidget(self.popup)
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
        self.shown_text = ""
        """The text whose hits the list shows."""
        self._open_first = False  # Enter was pressed before the hits for the text arrived
        self.retranslate()
        if services is not None:
            self.attach(services)

    def attach(self, services: Liaison) -> None:
        """Search ``services`` from now on (the record has been opened); what was typed while
        it opened is searched at once."""
        self.services = services
        # The search thread and the slot below hold the services, never this widget.
        limit = self.LIMIT
        self.searcher = searcher = Searcher(lambda text: services.search(text, limit=limit))
        searcher.relay.found.connect(self._found, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(lambda *_: searcher.close())
        if self.text().strip():
            self.run_search(self.text())

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        name_clear_button(self)
        self.results.setAccessibleName(self.tr("Search results"))
        if self.popup.isVisible() and self.hits:
            self._fill(self.hits)  # kinds and subtitles in the new language

    def run_search(self, text: str) -> None:
        """One keystroke: ask the search thread for ``text``; the hits are shown when they
        come back (:meth:`_found`). A blank text clears the list at once."""
        self._open_first = False
        if self.searcher is None:  # still opening the record: searched on attach()
            return
        if text.strip():
            self.searcher.request(text)
            return
        self.searcher.cancel()
        self._show(text, [])

    def results_current(self) -> bool:
        """Whether the list shows the hits for the text in the box."""
        return self.shown_text == self.text()

    def wait_for_results(self, timeout_ms: int = 2000) -> bool:
        """Run the event loop until the list shows the hits for the current text, at most
        ``timeout_ms``; whether it does. For tests and automation: the window never waits."""
        if self.results_current():
            return True
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        connection = self.searched.connect(loop.quit)
        timer.start(timeout_ms)
        try:
            while not self.results_current() and timer.isActive():
                loop.exec()
        finally:
            QObject.disconnect(connection)
            timer.stop()
        return self.results_current()

    def _found(self, text: str, result: object) -> None:
        """On the GUI thread: a search finished; show it unless the text has changed since."""
        if text != self.text():
            return
        if isinstance(result, BaseException):
            self._failed(text, result)
            return
        assert isinstance(result, list)
        self._show(text, result)
        if self._open_first:
            self._open_first = False
            self._enter()

    def _show(self, text: str, hits: list[Hit]) -> None:
        self.hits = hits
        self.shown_text = text
        self._fill(hits)
        if hits:
            self.results.setCurrentRow(0)
            self._show_popup()
        elif text.strip():
            self._message(self.tr("Nothing found."))
        else:
            self.popup.hide()
        self.searched.emit(text)

    def _fill(self, hits: list[Hit]) -> None:
        row = self.results.currentRow()
        self.results.clear()
        for hit in hits:
            kind = tr_entity(KIND_LABELS.get(hit.kind, hit.kind))
            if hit.attachment:  # found inside a file: the subtitle is the file's name, as typed
                subtitle = self.tr("in the attached file %1").replace("%1", hit.subtitle or "")
            else:
                subtitle = localized_subtitle(hit.subtitle) if hit.subtitle else ""
            item = QListWidgetItem(f"{hit.title}\n{kind}" + (f" · {subtitle}" if subtitle else ""))
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if 0 <= row < len(hits):
            self.results.setCurrentRow(row)

    def _failed(self, text: str, error: BaseException) -> None:
        """A search raised: say so in the list (not in a dialog: the officer is typing)."""
        if isinstance(error, KnownError):
            message = error.message()
        else:
            log.error("Search for %r failed", text, exc_info=error)
            message = self.tr("The search failed; the details are in the log.")
        self.hits = []
        self.shown_text = text
        self._open_first = False
        self.results.clear()
        self._message(message)
        self.searched.emit(text)

    def _message(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)
        self._show_popup()

    def _show_popup(self) -> None:
        width = max(self.width(), 460)
        self.popup.resize(width, 360)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def _enter(self) -> None:
        if not self.results_current():  # the hits for what is typed are on their way
            self._open_first = True
            return
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
                self._open_first = False
                self.popup.hide()
                self.clear()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(200, self._hide_unless_focused)
        return super().eventFilter(watched, event)
