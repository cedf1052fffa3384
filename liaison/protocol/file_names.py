"""What an attached file's name may be, on the desktop and on the server alike.

A name travels in an attachment's ``fields["name"]`` and ends up as the last part of a path on
whatever laptop opens the file (the viewer's copy, Save a copy…'s suggestion). The desktop
refuses a bad name when a file is attached (``liaison.services.attachments.clean_name``, which
calls :func:`file_name_problem`); the server refuses the same names in a push
(:mod:`liaison.secretariat.push`: the change is ``rejected`` with the reason, the rest of the
push goes on), so that no laptop is sent one by a client that skipped the desktop's check.

Decision: the rule is not part of the generic field check of :mod:`.messages`, which also
decodes pulled pages: a name a server of an earlier release accepted must still reach the
laptops that may see it (they show and write it in a safe form), not fail their pages.
"""

from __future__ import annotations

import unicodedata
from typing import Final

MAX_FILE_NAME_CHARS: Final = 255
"""Longest file name (what most file systems take as one part of a path)."""

_CONTROL_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zl", "Zp"})
"""Control and format characters, line and paragraph separators: invisible, or a line break in
a listing, or a way to make a name read as another (right-to-left overrides)."""


def is_control(character: str) -> bool:
    """Whether ``character`` may not appear in a file name (see :data:`_CONTROL_CATEGORIES`)."""
    return unicodedata.category(character) in _CONTROL_CATEGORIES


def file_name_problem(name: object) -> str | None:
    """Why ``name`` cannot be an attached file's name, in English (for the server's answer and
    logs), or ``None`` when it can: it must be text, not empty or blank, not "." or "..", at most
    :data:`MAX_FILE_NAME_CHARS` characters once in NFC, and hold no path separator (``/``,
    ``\\``) and no control character."""
    if not isinstance(name, str):
        return "The file's name is not text."
    text = unicodedata.normalize("NFC", name)
    if not text.strip():
        return "The file's name is empty."
    if text.strip() in (".", ".."):
        return "The file's name is '.' or '..', which names a folder."
    if len(text) > MAX_FILE_NAME_CHARS:
        return f"The file's name is longer than {MAX_FILE_NAME_CHARS} characters."
    if "/" in text or "\\" in text:
        return "The file's name holds a path separator ('/' or '\\')."
    for position, character in enumerate(text, start=1):
        if is_control(character):
            return f"The file's name holds a control character (U+{ord(character):04X}, position {position})."
    return None
