"""The window's language: Qt translators, the locale, and switching both while the window is open.

How strings are written so that ``pyside6-lupdate`` finds them under the context they are looked up
with at run time (``packaging/translations.py update`` extracts them; a test fails when one is missed):

- in a widget class: ``self.tr("…")`` — lupdate files it under the class's name, and PySide looks it
  up under ``type(self).__name__``; the two agree only while the class is not subclassed, so a base
  class (``FormDialog``) and code outside classes use ``QCoreApplication.translate("Context", "…")``
  with a literal context (``tests/test_translations.py`` checks both rules);
- a count goes through Qt's plural forms: ``self.tr("%n change(s) not yet synced", None, count)``;
- text that is data (labels in declarations) is marked ``QT_TRANSLATE_NOOP("Context", "…")`` and
  translated where it is shown (:func:`tr_field`, :func:`tr_entity`, :func:`choice_labels`).

Switching without a restart: :func:`install_language` swaps the translators and the default
locale; Qt then sends ``QEvent.LanguageChange`` to every widget, and each widget that shows text is a
:class:`Retranslating` widget that sets its texts again in ``retranslate()`` (Qt Designer's
``retranslateUi`` pattern). That was chosen over rebuilding the window because the widgets hold state
that a rebuild would have to carry across by hand and could lose: unsaved edits in an editor, the undo
history and pending autosave of meeting mode's documents, a deleted record waiting for Ctrl+Z, a list
fetched 200 rows at a time and scrolled deep, reads in flight on the worker. Retranslating touches
only texts, so nothing is saved, flushed or reloaded for a language change, and a test compares a
switched window with one built in the new language to catch a text that was not redone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from importlib import resources
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from liaison import i18n
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services import vocabulary as v
from liaison.services.fields import Field, Kind
from liaison.store.reference import STATES

STATE_NAMES = {code: name for code, name, _status in STATES}

# The reference names, marked for Qt Linguist under "States" (the store keeps the English).
_STATE_LABELS = (
    QT_TRANSLATE_NOOP("States", "Türkiye"),
    QT_TRANSLATE_NOOP("States", "Azerbaijan"),
    QT_TRANSLATE_NOOP("States", "Kazakhstan"),
    QT_TRANSLATE_NOOP("States", "Kyrgyzstan"),
    QT_TRANSLATE_NOOP("States", "Uzbekistan"),
    QT_TRANSLATE_NOOP("States", "Hungary"),
    QT_TRANSLATE_NOOP("States", "Turkmenistan"),
    QT_TRANSLATE_NOOP("States", "Turkish Republic of Northern Cyprus"),
    QT_TRANSLATE_NOOP("States", "OTS Secretariat"),
)
assert set(_STATE_LABELS) == set(STATE_NAMES.values()), "a state name is not marked for translation"

VOCABULARIES: dict[str, Mapping[str, str]] = {
    "kind:events": v.EVENT_KINDS,
    "kind:institutions": v.INSTITUTION_KINDS,
    "kind:documents": v.DOCUMENT_KINDS,
    "role": v.PARTICIPANT_ROLES,
    "status:minutes": v.MINUTES_STATUSES,
    "status:action_items": v.ACTION_STATUSES,
    "status:joint_action_plans": v.PLAN_STATUSES,
    "status:plan_activities": v.ACTIVITY_STATUSES,
    "action": v.MINUTES_ACTIONS,
    "visibility": v.VISIBILITY_LABELS,
}


def tr_field(label: str) -> str:
    return QCoreApplication.translate("Fields", label)


def tr_entity(label: str) -> str:
    return QCoreApplication.translate("Entities", label)


def tr_state(code: str) -> str:
    return QCoreApplication.translate("States", STATE_NAMES.get(code, code))


def choice_labels(entity: str, field: Field) -> dict[str, str]:
    """Value → translated label for a choice field."""
    vocabulary = VOCABULARIES.get(f"{field.name}:{entity}") or VOCABULARIES.get(field.name) or {}
    return {key: QCoreApplication.translate("Choices", vocabulary.get(key, key)) for key in field.choices}


def status_label(key: str) -> str:
    """Any status or kind key of the vocabularies, translated ("in_progress" → "В работе")."""
    for vocabulary in VOCABULARIES.values():
        if key in vocabulary:
            return QCoreApplication.translate("Choices", vocabulary[key])
    return key


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    # "22 Nov 2023" reads the same way to every officer; the month name follows the locale.
    if isinstance(value, datetime):
        return QLocale().toString(value.replace(microsecond=0), "d MMM yyyy HH:mm")
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def country_name(code: str | None) -> str:
    """A country code as a name in the window's language (babel's CLDR names)."""
    return i18n.country_name(code, current_language())


def display(entity: str, field: Field, value: Any, names: Mapping[str, str] | None = None) -> str:
    """How a stored value reads in a table cell or a detail pane."""
    if value is None or value in ([], ""):
        return ""
    kind = field.kind
    if kind is Kind.CHOICE:
        return choice_labels(entity, field).get(value, str(value))
    if kind is Kind.VISIBILITY:
        return QCoreApplication.translate("Choices", v.VISIBILITY_LABELS.get(value, value))
    if kind in (Kind.DATE, Kind.DATETIME):
        return format_date(value)
    if kind is Kind.BOOL:
        return (
            QCoreApplication.translate("Values", "Yes")
            if value
            else QCoreApplication.translate("Values", "No")
        )
    if kind is Kind.STATE:
        return tr_state(value)
    if kind is Kind.STATES:
        return ", ".join(tr_state(code) for code in value)
    if kind is Kind.REF:
        return (names or {}).get(value, "…")
    if kind is Kind.IMAGE:
        return QCoreApplication.translate("Values", "(photo)")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if kind is Kind.LONG_TEXT:
        first = str(value).strip().splitlines()
        return first[0] if first else ""
    return str(value)


# -- switching -------------------------------------------------------------------------------------
class Retranslating:
    """Mixin (before the Qt class) for widgets that show text: ``retranslate()`` sets the texts,
    from the constructor and again on every ``QEvent.LanguageChange``."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Set every text of this widget (not of its child widgets: they get the event too)."""


_installed: list[QTranslator] = []
_language: str | None = None


def current_language() -> str:
    """The language the window speaks (English before :func:`install_language`)."""
    return _language or i18n.SOURCE_LANGUAGE


def _from_package(name: str) -> QTranslator | None:
    """A compiled translation shipped in ``liaison.translations`` (read through importlib.resources,
    so a zip or a frozen build works too; Qt does not copy the bytes, so the translator keeps them)."""
    resource = resources.files(i18n.TRANSLATIONS_PACKAGE).joinpath(name)
    if not resource.is_file():
        return None
    data = resource.read_bytes()
    translator = QTranslator()
    if not translator.load(data):
        return None
    translator._data = data  # type: ignore[attr-defined]
    return translator


def qt_translators(language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, context menus, the file dialog, key names): Qt's
    ``qtbase`` catalogue where Qt has one, and ours over it (``qtbase_extra_<language>``): all of
    them for Azerbaijani, Kyrgyz and Uzbek, which Qt does not translate, and corrections (Turkish
    key names: Qt says "Seçenek" for Alt, as on a Mac keyboard)."""
    found = []
    if language != i18n.SOURCE_LANGUAGE:
        translator = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", folder):
            found.append(translator)
    extra = _from_package(f"qtbase_extra_{language}.qm")
    if extra is not None:
        found.append(extra)
    return found


def translators(language: str) -> list[QTranslator]:
    """The loaded translators of ``language``, in the order they are installed (the last one
    installed is asked first): Qt's strings, then Liaison's (English: its plural forms only)."""
    liaison = _from_package(f"liaison_{language}.qm")
    return [*qt_translators(language), *([liaison] if liaison is not None else [])]


def install_language(language: str | None) -> str:
    """Make the application speak ``language`` (normalised; English if unsupported), now.

    Sets the default locale (dates, numbers, month names, the calendar popups), installs the new
    translators before removing the old ones (Qt then sends one ``LanguageChange`` to every
    widget), and routes the services' messages through Qt. Returns the language installed."""
    global _language  # noqa: PLW0603 - the application's one language
    code = i18n.normalize(language) or i18n.SOURCE_LANGUAGE
    i18n.install_translator(QCoreApplication.translate, code)
    if code == _language:
        return code
    QLocale.setDefault(QLocale(i18n.LOCALES[code]))
    application = QCoreApplication.instance()
    new = translators(code)
    for translator in new:
        application.installTranslator(translator)
    for translator in _installed:
        application.removeTranslator(translator)
    _installed[:] = new
    _language = code
    if isinstance(application, QApplication):
        for window in application.topLevelWidgets():
            window.setLocale(QLocale())  # widgets keep the locale they were made with otherwise
    return code


def qt_system_language() -> str:
    """The system's language as Qt reads it (the desktop's preferred UI languages)."""
    return i18n.system_language(QLocale.system().uiLanguages())


def startup_language(stored: str | None = None) -> str:
    """The language to start in: ``--language``, else the Settings choice, else the system's."""
    return i18n.preferred_language(stored, QLocale.system().uiLanguages())


def language_names() -> list[tuple[str, str]]:
    """(code, its own name) of every language, for a language chooser."""
    return list(i18n.LANGUAGES.items())
