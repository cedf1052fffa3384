"""Translation hooks for code below the UI.

Services and the command line must not import Qt, yet their messages have to reach the officer in
the language chosen in the window. Strings are therefore *marked* here with ``QT_TRANSLATE_NOOP``
(a name ``pyside6-lupdate`` recognises, so the strings land in the ``.ts`` files) and *translated*
late, through whatever translator the running front end installed: the desktop installs
``QCoreApplication.translate``; the command line keeps the English source text.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction under ``context``; returns it unchanged."""
    return source


def _identity(context: str, source: str) -> str:
    return source


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every later :func:`translate` call through ``translator`` (``None`` restores English)."""
    global _translator  # noqa: PLW0603 - one process-wide hook, by design
    _translator = translator or _identity


def translate(context: str, source: str) -> str:
    """Translate a marked string with the installed translator."""
    return _translator(context, source)
