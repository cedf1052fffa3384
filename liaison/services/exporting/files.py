"""Files written whole or not at all: into a temporary file beside the target, flushed to the
disk, then renamed over it (an interrupted export leaves the old file, or none)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP


class ExportFileError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}")


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path to write; renamed to ``path`` when the block ends without an error."""
    target = Path(path).expanduser()
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or "."
        )
    except OSError as error:
        raise ExportFileError(path=str(target), reason=error.strerror or str(error)) from None
    os.close(descriptor)
    temp = Path(temporary)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportFileError(path=str(target), reason=error.strerror or str(error)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_text(
    path: str | os.PathLike[str], encoding: str = "utf-8", newline: str = ""
) -> Iterator[IO[str]]:
    with atomic_path(path) as temp, temp.open("w", encoding=encoding, newline=newline) as handle:
        yield handle
