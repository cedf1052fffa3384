"""Translation for every layer, with Qt or without it.

Services and the command line must not import Qt, yet their messages have to reach the officer in
the chosen language. Strings are therefore *marked* with ``QT_TRANSLATE_NOOP(context, text)`` (a
name ``pyside6-lupdate`` recognises, so the strings land in the ``.ts`` files; the context must be
a string literal, or lupdate cannot read it) and *translated* late, through whatever translator the
running front end installed:

- the desktop installs ``QCoreApplication.translate`` (Qt's ``.qm`` files, see ``liaison.ui.i18n``);
- the command line and the PDF code install :func:`catalog` ``(language)``, which reads the same
  committed ``.ts`` files with the standard library, plural forms included, so that they speak the
  officer's language without Qt.

Plurals: a count goes in as ``%n`` and the call passes ``n`` (Qt's convention); ``.ts`` files hold
one form per grammatical number of the language, chosen by the same rules Qt's ``lrelease`` uses
(:func:`plural_form`; a test compares them with Qt's). lupdate marks a string as plural only when
it is written as ``X.tr("… %n …", None, n)``, so code without Qt uses a :class:`Context` subclass
named after its context (``Cli.tr(...)``).

The language: ``--language`` on the command line, else the Settings choice, else the system's
(``LIAISON_LANGUAGE`` stands in for the system locale, e.g. in tests), else English —
:func:`preferred_language`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, Protocol

SOURCE_LANGUAGE = "en"

LANGUAGES: dict[str, str] = {
    "en": "English",
    "tr": "Türkçe",
    "az": "Azərbaycanca",
    "kk": "Қазақша",
    "ky": "Кыргызча",
    "uz": "Oʻzbekcha",
    "hu": "Magyar",
    "ru": "Русский",
}
"""The languages Liaison speaks, each by its own name (as a language menu shows them)."""

LOCALES: dict[str, str] = {
    "en": "en_GB",
    "tr": "tr_TR",
    "az": "az_Latn_AZ",
    "kk": "kk_KZ",
    "ky": "ky_KG",
    "uz": "uz_Latn_UZ",
    "hu": "hu_HU",
    "ru": "ru_RU",
}
"""The locale behind each language: dates, numbers and month names (Latin Azerbaijani and Uzbek).
English is British: day before month, as the OTS writes dates."""

ENV_LANGUAGE = "LIAISON_LANGUAGE"
"""Taken as the system's language when set (scripts, tests); the Settings choice still wins."""

TRANSLATIONS_PACKAGE = "liaison.translations"


class Translator(Protocol):
    """``QCoreApplication.translate``'s signature: the one the desktop installs as it is."""

    def __call__(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction under ``context`` (both literals); returns it unchanged."""
    return source


def replace_count(text: str, n: int) -> str:
    """Put ``n`` where Qt would: ``%n`` plain, ``%Ln`` with the locale's digit grouping."""
    if n < 0 or "%" not in text:
        return text
    if "%Ln" in text:
        text = text.replace("%Ln", format_number(n))
    return text.replace("%n", str(n))


def _identity(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return replace_count(source, n)


_translator: Translator = _identity
_language = SOURCE_LANGUAGE
_command_line_language: str | None = None


def install_translator(translator: Translator | None, language: str | None = None) -> None:
    """Route every later :func:`translate` call through ``translator`` (``None``: the source text).

    ``language`` is what it speaks, for :func:`current_language` (dates, numbers in PDFs)."""
    global _translator, _language  # noqa: PLW0603 - one process-wide hook, by design
    _translator = translator or _identity
    if language is not None:
        _language = normalize(language) or SOURCE_LANGUAGE
    elif translator is None:
        _language = SOURCE_LANGUAGE


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a marked string with the installed translator (``n``: the count for ``%n``)."""
    return _translator(context, source, disambiguation, n)


def current_language() -> str:
    """The language of the installed translator."""
    return _language


class Context:
    """The strings of one context for code without Qt, named so that lupdate can read it.

    lupdate takes the prefix of ``X.tr(...)`` as the context, so a subclass named ``Cli`` marks and
    translates under "Cli"; it is also the only way lupdate sees a plural outside a Qt class:
    ``Cli.tr("Rebuilt the index: %n record(s).", None, count)``."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(cls.__name__, source, disambiguation, n)


# -- which language -----------------------------------------------------------------------------
_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_@.]|$)")


def normalize(tag: str | None) -> str | None:
    """The supported language a locale name or BCP 47 tag asks for ("kk_KZ.UTF-8", "uz-Latn-UZ",
    "ru"), or None. Uzbek in Cyrillic gets Uzbek (Latin is what Liaison has)."""
    if not tag:
        return None
    match = _TAG.match(tag.strip())
    if match is None:
        return None
    code = match.group(1).lower()
    return code if code in LANGUAGES else None


def first_supported(tags: Iterable[str | None]) -> str | None:
    for tag in tags:
        code = normalize(tag)
        if code is not None:
            return code
    return None


def _os_language_tags() -> Iterator[str | None]:
    """What the operating system says, most wanted first (gettext's order on Unix)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            yield from value.split(":")
            if name != "LANGUAGE":
                return
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        import locale

        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        yield locale.windows_locale.get(language_id)


def system_language(os_tags: Iterable[str | None] | None = None) -> str:
    """``LIAISON_LANGUAGE`` if it names a supported language, else the first supported one of the
    system's (``os_tags``: the desktop passes Qt's ``uiLanguages``), else English."""
    return (
        normalize(os.environ.get(ENV_LANGUAGE))
        or first_supported(_os_language_tags() if os_tags is None else os_tags)
        or SOURCE_LANGUAGE
    )


def set_command_line_language(language: str | None) -> None:
    """``--language`` as given: it wins over the Settings choice for this run."""
    global _command_line_language  # noqa: PLW0603 - the command line's choice, for the window too
    _command_line_language = normalize(language)


def command_line_language() -> str | None:
    return _command_line_language


def preferred_language(stored: str | None = None, os_tags: Iterable[str | None] | None = None) -> str:
    """``--language``, else the Settings choice (``stored``), else :func:`system_language`."""
    return _command_line_language or normalize(stored) or system_language(os_tags)


# -- plurals ------------------------------------------------------------------------------------
def plural_form(language: str, n: int) -> int:
    """Which ``numerusform`` of a ``.ts`` message a count takes: Qt's rules for these languages
    (Turkish and Hungarian have one form; English, Azerbaijani, Kazakh, Kyrgyz and Uzbek one and
    other; Russian one, few, many)."""
    n = abs(n)
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if language in ("tr", "hu"):
        return 0
    return 0 if n == 1 else 1


# -- the committed .ts files, read without Qt ---------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one per plural form; () when untranslated
    finished: bool


def read_ts(text: str) -> list[Message]:
    """The messages of a Qt Linguist ``.ts`` document (obsolete and vanished ones left out)."""
    import xml.etree.ElementTree as ET  # here, not at the top: every layer imports this module

    root = ET.fromstring(text)
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(
                    form.text or ""
                    if form.find("lengthvariant") is None
                    else (form.findtext("lengthvariant") or "")
                    for form in translation.iter("numerusform")
                )
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    numerus=numerus,
                    translations=forms if any(forms) else (),
                    finished=kind == "",
                )
            )
    return messages


def ts_text(language: str) -> str:
    """The committed ``translations/liaison_<language>.ts`` (shipped as package data)."""
    from importlib import resources

    return resources.files(TRANSLATIONS_PACKAGE).joinpath(f"liaison_{language}.ts").read_text("utf-8")


class Catalog:
    """A translator over one ``.ts`` file, for code without Qt; callable like
    ``QCoreApplication.translate`` and answering as Qt does: finished translations only (as
    ``lrelease -nounfinished`` compiles them), a disambiguated lookup falls back to the plain one,
    anything missing comes back as the source text."""

    def __init__(self, language: str, messages: Iterable[Message]) -> None:
        self.language = language
        self._table: dict[tuple[str, str, str], tuple[str, ...]] = {
            (m.context, m.source, m.comment): m.translations
            for m in messages
            if m.finished and m.translations
        }

    def __call__(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self._table.get((context, source, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._table.get((context, source, ""))
        if not forms:
            return replace_count(source, n)
        text = forms[min(plural_form(self.language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return replace_count(text, n)

    def __len__(self) -> int:
        return len(self._table)


@cache
def catalog(language: str) -> Catalog:
    """The translator for ``language`` (English: only its plural forms), from the committed .ts."""
    code = normalize(language) or SOURCE_LANGUAGE
    return Catalog(code, read_ts(ts_text(code)))


def use_language(language: str | None) -> str:
    """Install :func:`catalog` for ``language`` (normalised; English if unsupported) — for the
    command line and other front ends without Qt. Returns the language installed."""
    code = normalize(language) or SOURCE_LANGUAGE
    install_translator(catalog(code), code)
    return code


# -- dates and numbers where Python formats them (PDFs, the command line) ---------------------------
def babel_locale(language: str | None = None) -> str:
    """The babel locale name for ``language`` (default: the installed one)."""
    return LOCALES.get(normalize(language) or current_language(), LOCALES[SOURCE_LANGUAGE])


def format_date(value: date | datetime | None, pattern: str = "d MMM y", language: str | None = None) -> str:
    """A date as the officer's language writes it ("22 нояб. 2023"); month names follow the
    language. The pattern is CLDR's (``d MMMM y`` spells the month out)."""
    if value is None:
        return ""
    from babel.dates import format_date as babel_format_date
    from babel.dates import format_datetime as babel_format_datetime

    if isinstance(value, datetime):
        return str(babel_format_datetime(value, pattern + " HH:mm", locale=babel_locale(language)))
    return str(babel_format_date(value, pattern, locale=babel_locale(language)))


def format_number(value: int | float, language: str | None = None) -> str:
    """A number with the language's digit grouping and decimal sign ("100 000" in Russian)."""
    from babel.numbers import format_decimal

    return str(format_decimal(value, locale=babel_locale(language)))


def country_name(code: str | None, language: str | None = None) -> str:
    """An ISO 3166 country code as a name in the officer's language ("KG" → "Кыргызстан")."""
    if not code:
        return ""
    from babel import Locale

    names: Mapping[str, Any] = Locale.parse(babel_locale(language)).territories
    return str(names.get(code.upper(), code))
