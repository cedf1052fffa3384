"""A sync's progress on a terminal: one line on standard error, rewritten in place.

Only when standard error is a terminal (a script or a log gets the summary alone), at most five
times a second, and cleared before the summary; the counts come from the sync's progress
callback (:class:`liaison.sync.SyncProgress`), the one the window's status bar uses.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from liaison.cli.output import tr
from liaison.i18n import QT_TRANSLATE_NOOP, format_number
from liaison.sync import SyncProgress

SENDING = QT_TRANSLATE_NOOP("Cli", "Sending changes: {done} of {total}")
RECEIVING = QT_TRANSLATE_NOOP("Cli", "Receiving records: {done}")
_EVERY_S = 0.2


class TerminalProgress:
    """Call it with each :class:`SyncProgress`; :meth:`close` clears the line."""

    def __init__(self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.shown = self.stream.isatty()
        self.width = 0
        self.last = 0.0

    def __call__(self, progress: SyncProgress) -> None:
        if not self.shown:
            return
        now = self.clock()
        finished = progress.total is not None and progress.done >= progress.total
        if now - self.last < _EVERY_S and not finished:
            return
        self.last = now
        if progress.phase == "push":
            text = tr(SENDING).format(
                done=format_number(progress.done), total=format_number(progress.total or 0)
            )
        else:
            text = tr(RECEIVING).format(done=format_number(progress.done))
        self._write(text)

    def _write(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.shown and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
