"""Start writing a large file's bytes to the disk while more of them arrive, so that the
``fsync`` that makes the file durable at the end waits for the last few megabytes only.

Used by both ends of an attached file's transfer (the laptop's store, :mod:`liaison.store.blobs`,
and the Secretariat's, :mod:`liaison.secretariat.blobs`): without it a 50 MB file is written to
the page cache in ~20 ms and then ``fsync`` waits ~30 ms more for all of it, after the last byte
came, on the transfer's critical path (``tests/benchmarks/bench_attachments.py``).

On Linux, :func:`start_writeback` asks the kernel to begin writing a range
(``sync_file_range(SYNC_FILE_RANGE_WRITE)``, through ctypes: Python's ``os`` does not offer it).
It waits for nothing and promises nothing: durability still comes from the ``fsync`` before the
rename, which is never skipped. Elsewhere (macOS, Windows) it does nothing, and the final
``fsync`` does all the work, as before.

Standard library only, so that the server and the laptop both may use it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from typing import Any

WRITEBACK_BYTES = 4 << 20
"""Bytes written between two requests to start their writeback."""
_SYNC_FILE_RANGE_WRITE = 2


def _load() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    function.restype = ctypes.c_int
    return function


_sync_file_range = _load()


def start_writeback(descriptor: int, offset: int, length: int) -> None:
    """Ask the kernel to begin writing ``length`` bytes of the file from ``offset`` (Linux; a no-op
    elsewhere or when refused: it is a hint, the caller's ``fsync`` still decides)."""
    if _sync_file_range is not None and length > 0:
        _sync_file_range(descriptor, offset, length, _SYNC_FILE_RANGE_WRITE)


class Writeback:
    """Follows a file being appended to and starts the writeback of each :data:`WRITEBACK_BYTES`
    written (:meth:`wrote` after the bytes reached the file descriptor, i.e. after a flush)."""

    def __init__(self, descriptor: int, offset: int = 0, step: int = WRITEBACK_BYTES) -> None:
        self.descriptor = descriptor
        self.started = offset
        self.written = offset
        self.step = step

    def wrote(self, count: int) -> None:
        self.written += count
        if self.written - self.started >= self.step:
            self.flush()

    def flush(self) -> None:
        """Start the writeback of what was written since the last start (the tail of a chunk
        whose file waits for the next one)."""
        start_writeback(self.descriptor, self.started, self.written - self.started)
        self.started = self.written


__all__ = ["WRITEBACK_BYTES", "Writeback", "start_writeback"]
