"""Officer text made safe for reportlab's Paragraph markup, and normalised to NFC.

A Paragraph parses its text as XML-like markup, so a ``<`` or ``&`` typed in a note would break
the build (or, worse, be taken as a tag). Every piece of record text goes through :func:`esc`
(one line) or :func:`paragraphs` (text with line breaks) before it reaches a Paragraph; labels
are escaped too, since a translation may contain ``&``. Text is normalised to NFC so that a
decomposed "ő" (o + combining double acute) typed on some keyboards comes out, and copies out,
as the one character; control characters other than line breaks and tabs are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n\s*\n")
_BULLET = re.compile(r"^\s*[-•*]\s+")


def clean(text: str | None) -> str:
    """NFC, ``\\r\\n`` → ``\\n``, tabs as spaces, no other control characters."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text.replace("\t", "    "))


def esc(text: str | None) -> str:
    """One line of text for Paragraph markup (line breaks become ``<br/>``)."""
    return escape(clean(text)).replace("\n", "<br/>")


def paragraphs(text: str | None) -> list[str]:
    """Text split at blank lines into paragraphs, each escaped; a single line break stays one."""
    body = clean(text).strip()
    if not body:
        return []
    return [esc(part.strip()) for part in _BLANK_LINES.split(body) if part.strip()]


def blocks(text: str | None) -> list[tuple[str, str]]:
    """Text as ``("para", markup)`` and ``("bullet", markup)`` blocks: lines that start with
    ``-``, ``*`` or ``•`` are list items (as officers write talking points), the rest paragraphs."""
    found: list[tuple[str, str]] = []
    for part in _BLANK_LINES.split(clean(text).strip()):
        lines: list[str] = []
        for line in part.split("\n"):
            if _BULLET.match(line):
                if lines:
                    found.append(("para", esc("\n".join(lines).strip())))
                    lines = []
                found.append(("bullet", esc(_BULLET.sub("", line).strip())))
            elif line.strip():
                lines.append(line)
        if lines:
            found.append(("para", esc("\n".join(lines).strip())))
    return [block for block in found if block[1]]
