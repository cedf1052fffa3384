"""The text of an attached file, for search: PDF (pypdf), DOCX and ODT (their XML), plain text.

:func:`extract_text` never raises for what a file holds: a damaged, encrypted or hostile file
gives an :class:`Extracted` with ``status`` "none" (no text found) or "failed" (could not be
read), and search simply does not find inside it. It is bounded: at most :data:`MAX_PAGES`
pages, :data:`MAX_CHARS` characters and :data:`MAX_SECONDS` of work per file, and at most
:data:`MAX_XML_BYTES` of a DOCX/ODT's decompressed XML (a "zip bomb" stops there).

It runs where the other writes run, on the database worker (``AttachmentRecords.attach``, and
``index_attachment_text`` after a download), never on the window's thread: pypdf is pure
Python, and a 300-page PDF takes seconds (``tests/benchmarks/bench_attachments_text.py``).

Decision — DOCX and ODT through :mod:`zipfile` and the standard library's XML parser rather than
python-docx or docx2python: search needs only the runs of text (``w:t`` and ``text:p``), which
is a few lines over the XML; python-docx brings lxml (native code to ship) for a document model
we would not use. The file is another officer's, hence untrusted: the XML is read from the zip
with a byte cap, expat (2.4.1 and later, as Python ships it) refuses entity-expansion bombs, and
ElementTree never fetches external entities or DTDs.
"""

from __future__ import annotations

import contextlib
import gc
import io
import logging
import threading
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from liaison.text import index_key

MAX_PAGES = 1000
"""Pages of a PDF read at most (the issue's 300-page plan is read whole)."""

MAX_CHARS = 3_000_000
"""Characters of text kept per file at most (a 300-page PDF is read whole)."""

MAX_SECONDS = 120.0
"""Work on one file stops after this long (a pathological PDF), keeping what was read."""

MAX_XML_BYTES = 64 * 1024 * 1024
"""Decompressed XML read from a DOCX or ODT at most."""

MAX_TEXT_BYTES = 8 * 1024 * 1024
"""Bytes of a plain-text file read at most."""

EXTRACTOR_VERSION = 1
"""Stored with each text: a newer extractor may read the files again."""

TEXT = "text"
NONE = "none"
FAILED = "failed"

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def fold_text(text: str) -> str:
    """The search key of a file's text, folded a line at a time: the key of lines joined is
    their keys joined (``tests/text``), and one call over three million characters would hold
    the interpreter (and the window's thread) for a second."""
    return " ".join(key for key in map(index_key, text.split("\n")) if key)


@dataclass(frozen=True)
class Extracted:
    """What was read from one file: its text (may be empty), pages read (PDF), and ``status``:
    "text" (some text), "none" (no text in it: a scan, an image, a kind not read) or "failed"
    (damaged, encrypted, not what its name says); ``truncated`` when a cap stopped the reading."""

    text: str
    status: str
    pages: int = 0
    truncated: bool = False
    key: str = ""
    """The text's search key (:func:`fold_text`), folded here, before any transaction."""


def kind_of(name: str, media_type: str | None = None) -> str | None:
    """Which reader reads this file ("pdf", "docx", "odt", "txt"), or None (not read)."""
    suffix = Path(name).suffix.lower()
    by_suffix = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".txt": "txt", ".text": "txt", ".md": "txt"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    if media_type == "application/pdf":
        return "pdf"
    if media_type and media_type.startswith("text/plain"):
        return "txt"
    return None


class ReadingCancelled(Exception):
    """The reading was stopped from outside (the window is closing): nothing is to be kept, the
    file is read again next time."""


def extract_text(
    path: Path, name: str, media_type: str | None = None, *, cancel: threading.Event | None = None
) -> Extracted:
    """The searchable text of the file at ``path`` (named ``name``). Never raises for the
    file's content; an OSError reading it gives status "failed" too. ``cancel`` set while a PDF
    is read stops it between pages with :class:`ReadingCancelled`."""
    kind = kind_of(name, media_type)
    if kind is None:
        return Extracted("", NONE)
    readers = {"pdf": _pdf, "docx": _docx, "odt": _odt, "txt": _plain}
    try:
        with Path(path).open("rb") as source, _no_full_collections():
            result = _pdf(source, cancel) if kind == "pdf" else readers[kind](source)
    except ReadingCancelled:
        raise
    except Exception as error:
        log.info("no text from %s: %s: %s", name, type(error).__name__, error)
        return Extracted("", FAILED)
    return replace(result, key=fold_text(result.text)) if result.text else result


class _Collector:
    """How many readings are under way, and whether the collector was on before the first."""

    lock = threading.Lock()
    readings = 0
    restore = False


@contextlib.contextmanager
def _no_full_collections() -> Iterator[None]:
    """The cyclic garbage collector off while a file is read (back on, if it was, as soon as
    no reading is under way).

    pypdf allocates millions of small objects for a long PDF; every so often they trigger a
    full collection, which walks every object of the process with the interpreter held: the
    window's thread stood still for 150-250 ms at a time while a 300-page PDF was read on the
    worker (``bench_attachments_text``: the longest wait of the main thread). pypdf's objects
    are freed by reference counting page by page; what cycles remain are collected once the
    collector is back on."""
    with _Collector.lock:
        if _Collector.readings == 0:
            _Collector.restore = gc.isenabled()
            gc.disable()
        _Collector.readings += 1
    try:
        yield
    finally:
        with _Collector.lock:
            _Collector.readings -= 1
            if _Collector.readings == 0 and _Collector.restore:
                gc.enable()


def _bounded(parts: Iterator[str]) -> tuple[str, bool]:
    """Join ``parts`` with newlines up to :data:`MAX_CHARS`; whether a cap stopped it."""
    kept: list[str] = []
    size = 0
    for part in parts:
        if size + len(part) > MAX_CHARS:
            kept.append(part[: MAX_CHARS - size])
            return "\n".join(kept), True
        kept.append(part)
        size += len(part) + 1
    return "\n".join(kept), False


def _result(text: str, pages: int = 0, truncated: bool = False) -> Extracted:
    return Extracted(text, TEXT if text.strip() else NONE, pages, truncated)


# -- PDF ----------------------------------------------------------------------------------------------
def _pdf(source: BinaryIO, cancel: threading.Event | None = None) -> Extracted:
    from pypdf import PdfReader  # imported on first use: opening the record need not load it

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged page is "no text", not noise
    reader = PdfReader(source, strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):  # owner-password-only PDFs open with an empty user password
                return Extracted("", FAILED)
        except Exception:
            return Extracted("", FAILED)
    deadline = time.monotonic() + MAX_SECONDS
    state = {"pages": 0, "stopped": False}

    def pages() -> Iterator[str]:
        for number, page in enumerate(reader.pages):
            if cancel is not None and cancel.is_set():
                raise ReadingCancelled()
            if number >= MAX_PAGES or time.monotonic() > deadline:
                state["stopped"] = True
                return
            state["pages"] = number + 1
            try:
                yield page.extract_text() or ""
            except Exception:
                continue

    text, truncated = _bounded(pages())
    return _result(text, int(state["pages"]), truncated or bool(state["stopped"]))


# -- DOCX and ODT -------------------------------------------------------------------------------------
def _xml_member(source: BinaryIO, member: str) -> Iterator[bytes]:
    """The decompressed bytes of one zip member, a block at a time, at most :data:`MAX_XML_BYTES`."""
    with zipfile.ZipFile(source) as archive, archive.open(member) as xml:
        total = 0
        while block := xml.read(1024 * 1024):
            total += len(block)
            if total > MAX_XML_BYTES:
                return
            yield block


def _paragraphs(
    blocks: Iterator[bytes], paragraph: str, texts: frozenset[str], breaks: frozenset[str]
) -> Iterator[str]:
    """Paragraph texts from streamed XML: the text of ``texts`` elements (and of breaks as
    spaces) inside each ``paragraph`` element."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    current: list[str] = []
    for block in blocks:
        parser.feed(block)
        for event, element in _elements(parser):
            tag = element.tag if isinstance(element.tag, str) else ""
            if event == "start" and tag == paragraph:
                current = []
            elif event == "end":
                if tag in texts:
                    current.append(element.text or "")
                elif tag in breaks:
                    current.append(" ")
                if tag == paragraph:
                    line = "".join(current).strip()
                    if line:
                        yield line
                    element.clear()
    with contextlib.suppress(ParseError):  # cut by the byte cap: what was read stands
        parser.close()


def _elements(parser: XMLPullParser[Element]) -> Iterator[tuple[str, Element]]:
    """The (event, element) pairs a pull parser has ready ("start" and "end" events only)."""
    for item in parser.read_events():
        if len(item) == 2 and isinstance(item[1], Element):
            yield str(item[0]), item[1]


def _docx(source: BinaryIO) -> Extracted:
    blocks = _xml_member(source, "word/document.xml")
    text, truncated = _bounded(
        _paragraphs(blocks, f"{_W}p", frozenset({f"{_W}t"}), frozenset({f"{_W}tab", f"{_W}br"}))
    )
    return _result(text, truncated=truncated)


def _odt(source: BinaryIO) -> Extracted:
    parser_text = _odt_paragraphs(_xml_member(source, "content.xml"))
    text, truncated = _bounded(parser_text)
    return _result(text, truncated=truncated)


def _odt_paragraphs(blocks: Iterator[bytes]) -> Iterator[str]:
    """ODT paragraphs and headings: all the text inside ``text:p`` / ``text:h``, spans and
    links included (ODF puts text in the element and in its children's tails)."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("end",))
    wanted = {f"{_TEXT_NS}p", f"{_TEXT_NS}h"}
    for block in blocks:
        parser.feed(block)
        for _event, element in _elements(parser):
            if element.tag in wanted:
                line = " ".join("".join(element.itertext()).split())
                if line:
                    yield line
                element.clear()
    with contextlib.suppress(ParseError):
        parser.close()


# -- plain text ----------------------------------------------------------------------------------------
def _plain(source: BinaryIO) -> Extracted:
    # imported here: the search index imports this module, and the import package imports it
    from liaison.services.importing.encoding import guess_encoding

    data = source.read(MAX_TEXT_BYTES + 1)
    truncated = len(data) > MAX_TEXT_BYTES
    data = data[:MAX_TEXT_BYTES]
    encoding = guess_encoding(data[: 256 * 1024]).encoding  # as the import guesses a CSV's
    text = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace").read()
    text, capped = _bounded(iter([text]))
    return _result(text.replace("\x00", ""), truncated=truncated or capped)


__all__ = [
    "EXTRACTOR_VERSION",
    "FAILED",
    "MAX_CHARS",
    "MAX_PAGES",
    "NONE",
    "TEXT",
    "Extracted",
    "extract_text",
    "fold_text",
    "kind_of",
]
