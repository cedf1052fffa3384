"""Printing a PDF beside the window: pages rendered by QtPdf's own thread, painted a band at a time.

A printer takes pages as pictures: each PDF page is rendered at 300 dpi (enough for text; a
1200 dpi A4 page would be half a gigabyte) and drawn onto the QPrinter. Done in one go on the GUI
thread, a 93-page pack froze the window for some 16 s. Two costs make that up, and each is moved:

- **Rendering** a page (pdfium, 30–100 ms) happens on :class:`QPdfPageRenderer`'s thread, in
  C++: one page ahead of the one being painted, so it is usually ready when wanted. It is not a
  Python thread on purpose: PySide6 keeps the GIL during ``QPdfDocument.render`` and
  ``QPainter.drawImage``, so a Python worker doing either held up every Python slot of the
  window just the same (measured: 0.4 s pauses).
- **Painting** onto the printer (its engine compresses each picture: about a quarter of a
  second per page for the PDF/CUPS engine) stays on the GUI thread, where the printer was set
  up, in bands of :data:`BAND_ROWS` rows (about 10 ms each), one band per turn of a zero-interval
  :class:`QTimer`: the event loop runs between bands, so the window repaints, takes keys, and
  the Cancel button answers within one band. Each band is laid on white first (QtPdf renders a
  transparent background, which the engine would otherwise print through a soft mask) and
  reaches one row into the next, so no hairline shows between bands. At most two page pictures
  (~35 MB each) exist at a time.

**Cancel** stops between two bands. The printer is started only when the first page is ready,
so an early Cancel never reaches it. After that the printer is asked to ``abort()`` the job,
which the Windows and macOS engines do (nothing prints). The PDF and CUPS engines cannot take
pages back (Qt has no way): for a printer the page being painted is finished, so that no half
page comes out, the pages painted go out, and the job says how many; a PDF file being written
is removed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300
BAND_ROWS = 256  # of a 300 dpi page (3508 rows for A4): ~10 ms of painting each
AHEAD = 2  # pages rendered or being rendered at a time: the one painted and the next


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages ``printer`` asks for (its page range, else all), in its page order."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        first, last = 1, count
    pages = list(range(first - 1, min(last, count)))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


class PrintJob(QObject):
    """Prints ``pdf`` (its ``pages``, 0-based) on ``printer``; see the module docstring.

    Made and driven on the GUI thread. :meth:`start` returns at once; then :attr:`progressed`
    reports each page and exactly one of :attr:`finished`, :attr:`cancelled` or :attr:`failed`
    ends the job.
    """

    progressed = Signal(int, int)
    """(pages printed so far, pages to print)."""

    finished = Signal(int)
    """Every page went to the printer; the argument is how many."""

    failed = Signal(bool)
    """The printer could not be started (False), or a page could not be rendered once it had
    been (True); what was painted is dropped where the printer can, as on a cancel."""

    cancelled = Signal(int)
    """The officer cancelled; the argument is how many pages had gone out regardless (0 when the
    printer dropped the job or the file was removed)."""

    def __init__(
        self, pdf: bytes, printer: QPrinter, pages: list[int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.printer = printer
        self.pages = pages
        self.total = len(pages)
        self.pages_done = 0
        self.running = False
        self._data = QByteArray(pdf)  # the document reads it lazily: kept as long as the job
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)  # its own: a new preview cannot pull pages from under it
        self.document.load(self._buffer)
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.setDocument(self.document)
        self._renderer.pageRendered.connect(self._rendered)
        self._images: dict[int, QImage] = {}
        self._requested = 0  # pages[:_requested] have been asked of the renderer
        self._row = 0  # the next band of the page being painted starts here
        self._stopping = False  # cancelled, but the page being painted is finished first
        self._painter = QPainter()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._paint_band)

    def start(self) -> None:
        """Start rendering; the printer itself is started when the first page is ready (so a
        job cancelled before that never reaches it, not even as a blank page)."""
        self.running = True
        if self.document.status() != QPdfDocument.Status.Ready or not self.pages:
            self._fail()
            return
        self._request_more()

    def cancel(self) -> None:
        """Stop (see the module docstring); ``cancelled`` follows, now or after this page."""
        if not self.running or self._stopping:
            return
        if not self._painter.isActive() or self.printer.abort():  # nothing sent, or all dropped
            self._end(dropped=True)
        elif self._row == 0:  # between two pages
            self._end(dropped=False)
        else:
            self._stopping = True  # finish the page, so that no half page is printed
            self._timer.start()

    def cancel_now(self) -> None:
        """Cancel and be done before returning (the application is quitting: there is no event
        loop left to finish the page in)."""
        self.cancel()
        while self.running and self._stopping:
            self._paint_band()

    # -- rendering (QtPdf's thread) -----------------------------------------------------------
    def _request_more(self) -> None:
        while self._requested < self.total and self._requested < self.pages_done + AHEAD:
            page = self.pages[self._requested]
            points = self.document.pagePointSize(page)
            size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
            self._renderer.requestPage(page, size, QPdfDocumentRenderOptions())
            self._requested += 1

    def _rendered(self, page: int, _size: QSize, image: QImage, *_rest: object) -> None:
        if not self.running:
            return
        self._images[page] = image
        if not self._timer.isActive():
            self._timer.start()

    # -- painting (GUI thread, a band per turn of the event loop) ----------------------------------
    def _paint_band(self) -> None:
        if not self.running:
            self._timer.stop()
            return
        page = self.pages[self.pages_done]
        image = self._images.get(page)
        if image is None:  # still being rendered: _rendered restarts the timer
            self._timer.stop()
            return
        if image.isNull():  # pdfium could not render it (no memory for the picture, say)
            self._fail(started=self._painter.isActive())
            return
        if not self._painter.isActive() and not self._painter.begin(self.printer):
            self._fail()
            return
        if self._row == 0 and self.pages_done:
            self.printer.newPage()
        area = self._painter.viewport()
        scale = min(area.width() / image.width(), area.height() / image.height())
        left = area.x() + (area.width() - round(image.width() * scale)) // 2
        top, end = self._row, min(self._row + BAND_ROWS, image.height())
        rows = end - top + (1 if end < image.height() else 0)  # one row into the next band
        band = QImage(image.width(), rows, QImage.Format.Format_RGB888)
        band.fill(QColor("white"))
        flat = QPainter(band)
        flat.drawImage(0, 0, image, 0, top, image.width(), rows)
        flat.end()
        y = area.y() + round(top * scale)
        target = QRect(left, y, round(image.width() * scale), area.y() + round((top + rows) * scale) - y)
        self._painter.drawImage(target, band)
        self._row = end
        if end < image.height():
            return
        del self._images[page]
        self._row = 0
        self.pages_done += 1
        self.progressed.emit(self.pages_done, self.total)
        if self._stopping:
            self._end(dropped=False)
        elif self.pages_done == self.total:
            self._end(dropped=False, complete=True)
        else:
            self._request_more()

    def _stop(self) -> None:
        self.running = False
        self._timer.stop()
        self._images.clear()
        # Waits for a page being rendered (pdfium's lock), so that the document can go after it.
        self._renderer.setDocument(None)

    def _end(self, *, dropped: bool, complete: bool = False) -> None:
        self._stop()
        dropped = self._close(dropped=dropped, complete=complete)
        if complete:
            self.finished.emit(self.pages_done)
        else:
            self.cancelled.emit(0 if dropped else self.pages_done)

    def _close(self, *, dropped: bool, complete: bool = False) -> bool:
        """End the print run; whether nothing of it reaches paper or file."""
        if not self._painter.isActive():
            return True
        self._painter.end()  # a printer's spooled pages go out here; a file is closed
        output = self.printer.outputFileName()
        if not complete and not dropped and output:  # a file we started: not left half written
            Path(output).unlink(missing_ok=True)
            return True
        return dropped

    def _fail(self, *, started: bool = False) -> None:
        self._stop()
        self._close(dropped=started and self.printer.abort())
        self.failed.emit(started)
