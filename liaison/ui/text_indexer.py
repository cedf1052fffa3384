"""At start-up, the attached files search cannot find inside yet are read, in the background.

Files attached before search read inside files, downloaded by a sync that did not index them,
or whose reading was cut short (a crash, a quit) have no text in the search index.
:class:`TextIndexer` reads them after the record opens (``liaison.ui.app.start``):

- **On the database worker, one file a turn**: each file is one job
  (``AttachmentRecords.index_attachment_text``: read the text, then one committed transaction),
  and the next is queued only when it is done, so a save made meanwhile waits for at most the
  file being read (seconds for a 300-page PDF), never for the whole backlog; the GUI thread
  never reads a file.
- **Cancellable on quit**: closing the window sets a cancel event that a PDF's reading checks
  between pages (the reading stops, nothing of it is kept) and that stops the chain, so the
  window's last drain of the worker does not wait for a long PDF. A close that is refused (a
  meeting-mode save that keeps failing) lets the reading go on.
- **Resumable**: what is to read is asked of the record each time
  (:meth:`~liaison.services.attachments.AttachmentRecords.pending_texts`: files with bytes here
  and no text by the current extractor), and each file's text is committed on its own, so after
  a crash or a quit the next start reads only the files not done. A damaged file is kept as
  "failed" and not read again.

The command line reads them with ``liaison reindex``; ``liaison search`` says when some are
waiting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from liaison.services import file_text
from liaison.services.app import Liaison
from liaison.ui.tasks import TaskManager

log = logging.getLogger(__name__)


class TextIndexer(QObject):
    """Reads the pending files' text one worker turn at a time (see the module docstring)."""

    finished = Signal(int)
    """All pending files are read (or none were): how many were read in this run."""

    def __init__(self, services: Liaison, tasks: TaskManager, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.tasks = tasks
        self.window = window
        self.cancel = threading.Event()
        self.running = False
        self.read = 0
        self._pending: list[str] = []
        window.installEventFilter(self)

    def start(self) -> None:
        """Ask the worker what is to read, then read it a file a turn."""
        if self.running:
            return
        self.running = True
        self.cancel.clear()
        attachments = self.services.attachments
        self._submit(attachments.pending_texts, self._listed)

    def stop(self) -> None:
        """Stop between files (or inside a PDF); what is not read waits for the next start."""
        self.cancel.set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.running:
            self.stop()  # before the window drains the worker
            QTimer.singleShot(0, self._resume_if_still_open)
        return False

    def _resume_if_still_open(self) -> None:
        if self.window.isVisible() and not self.running:
            self.start()  # the close was refused: the window stays, so does the reading

    def _submit(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        def done(future: Future[object]) -> None:
            if not isValid(self):  # the window is gone
                return
            if future.cancelled():  # the worker is shutting down
                self.running = False
                return
            error = future.exception()
            if isinstance(error, file_text.ReadingCancelled) or self.cancel.is_set():
                self.running = False
                return
            if error is not None:  # a disk or database error: logged; the next start tries again
                log.error("Reading attached files for search stopped", exc_info=error)
                self._finish()
                return
            then(future.result())

        self.tasks.submit(work, done)

    def _listed(self, pending: object) -> None:
        assert isinstance(pending, list)
        self._pending = pending
        if pending:
            log.info("Reading %d attached file(s) for search", len(pending))
        self._next(None)

    def _next(self, _result: object) -> None:
        if _result is not None:
            self.read += 1
        if not self._pending:
            self._finish()
            return
        digest = self._pending.pop(0)
        attachments, cancel = self.services.attachments, self.cancel
        self._submit(lambda: attachments.index_attachment_text(digest, cancel=cancel), self._next)

    def _finish(self) -> None:
        self.running = False
        self.finished.emit(self.read)


def index_pending_texts(services: Liaison, tasks: TaskManager, window: QWidget) -> TextIndexer:
    """Start reading, in the background, the attached files search cannot find inside yet."""
    indexer = TextIndexer(services, tasks, window)
    indexer.start()
    return indexer
