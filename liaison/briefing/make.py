"""Make a briefing: gather, lay out, and (for a file) write it whole or not at all.

:func:`make_briefing` returns the PDF as bytes (the desktop previews them before the officer
saves); :func:`write_briefing` writes it to a file through a temporary file in the same folder,
flushed to disk and then renamed over the target, so a failure, a cancel or a crash leaves
either the old file or the new one, never half a PDF. The target folder is checked (by making
that temporary file) *before* the work starts, so an unwritable path fails at once.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from liaison.briefing.document import PROGRESS_SCALE, build_pdf
from liaison.briefing.errors import BriefingCancelled, OutputError, OutputIsFolder
from liaison.briefing.gather import Pack, gather
from liaison.briefing.layout import Layout
from liaison.briefing.papers import PL, append_first_pages
from liaison.briefing.request import BriefingRequest
from liaison.briefing.styles import make_styles
from liaison.briefing.wording import Wording
from liaison.i18n import Translator
from liaison.store.blobs import DamagedBlobError

if TYPE_CHECKING:
    from liaison.services.app import Liaison

Progress = Callable[[int, int], None]

NEW_FILE_MODE = 0o644
GATHER_SHARE = 0.15  # of the progress bar: reading the record; the rest is layout


@dataclass(frozen=True)
class Briefing:
    """A made briefing: the PDF and what the front ends tell the officer about it."""

    pdf: bytes
    pages: int
    titles: tuple[str, ...]
    draft: bool
    gaps: tuple[tuple[str, tuple[str, ...]], ...]  # (note title, what the record lacks)
    path: Path | None = None
    damaged: tuple[DamagedBlobError, ...] = ()
    """Files found damaged on this computer while it was made (a paper's first pages, a
    counterpart's photo): set aside in ``files/damaged/`` and left out; each error says which
    and what to do, for the front end to tell the officer."""


def make_briefing(
    app: Liaison,
    request: BriefingRequest,
    *,
    translator: Translator | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Briefing:
    """The briefing for ``request`` as a PDF in memory.

    ``progress(done, total)`` is called often (it may raise to stop the work, as the desktop's
    job control does); ``cancel``, when set from any thread, stops it with
    :class:`~liaison.briefing.errors.BriefingCancelled`. Unknown events, bilateral meetings or
    languages raise their :class:`~liaison.errors.KnownError` before any layout."""
    wording = Wording(request.language, translator)

    def gathered(done: int, total: int) -> None:
        _check(cancel)
        if progress is not None and total:
            progress(int(GATHER_SHARE * PROGRESS_SCALE * done / total), PROGRESS_SCALE)

    def laid_out(done: int, total: int) -> None:
        if progress is not None:
            share = GATHER_SHARE + (1 - GATHER_SHARE) * done / total
            progress(int(share * PROGRESS_SCALE), PROGRESS_SCALE)

    with app.attachments.noting_damage() as damaged:
        pack = gather(app, request, progress=gathered)
    _check(cancel)
    pdf, pages = render(pack, wording, progress=laid_out, cancel=cancel)
    appended = [paper for note in pack.notes for paper in note.papers if paper.pages]
    if appended:  # the first pages of the chosen PDFs, after the pack's own (liaison.briefing.papers)
        _check(cancel)
        pdf, pages = append_first_pages(pdf, appended, wording(PL.ANNEX))
    if progress is not None:
        progress(PROGRESS_SCALE, PROGRESS_SCALE)
    layout = Layout(pack, wording, make_styles())
    return Briefing(
        pdf=pdf,
        pages=pages,
        titles=tuple(note.title for note in pack.notes),
        draft=pack.draft,
        gaps=tuple((note.title, tuple(layout.gaps(note))) for note in pack.notes),
        damaged=tuple(damaged),
    )


def render(
    pack: Pack,
    wording: Wording,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[bytes, int]:
    """Lay out an already gathered pack: the PDF and its page count (no database involved)."""
    story, counter = Layout(pack, wording, make_styles()).story()
    return build_pdf(story, counter, pack, wording, progress=progress, cancel=cancel)


def write_briefing(
    app: Liaison,
    request: BriefingRequest,
    output: str | os.PathLike[str],
    *,
    translator: Translator | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Briefing:
    """Make the briefing and write it to ``output``, whole or not at all (see the module)."""
    path = Path(output).expanduser()
    with reserve(path) as temporary:
        briefing = make_briefing(app, request, translator=translator, progress=progress, cancel=cancel)
        _check(cancel)
        write_reserved(temporary, path, briefing.pdf)
    return Briefing(
        pdf=briefing.pdf,
        pages=briefing.pages,
        titles=briefing.titles,
        draft=briefing.draft,
        gaps=briefing.gaps,
        path=path,
        damaged=briefing.damaged,
    )


def save_pdf(pdf: bytes, output: str | os.PathLike[str]) -> Path:
    """Write bytes already made (the desktop's Save…) to ``output``, whole or not at all."""
    path = Path(output).expanduser()
    with reserve(path) as temporary:
        write_reserved(temporary, path, pdf)
    return path


@contextlib.contextmanager
def reserve(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` (proving the folder can be written), removed on the way
    out unless :func:`write_reserved` has renamed it over ``path``."""
    if path.is_dir():
        raise OutputIsFolder(path=str(path))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent or Path("."))
    except OSError as error:
        raise OutputError(path=str(path), reason=error.strerror or str(error)) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def write_reserved(temporary: Path, path: Path, data: bytes) -> None:
    """Fill the reserved file, flush it to disk, and rename it over ``path`` (keeping the mode of
    a file it replaces; a new file gets the usual rw-r--r--, not mkstemp's owner-only mode)."""
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = NEW_FILE_MODE
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        raise OutputError(path=str(path), reason=error.strerror or str(error)) from error


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BriefingCancelled()
