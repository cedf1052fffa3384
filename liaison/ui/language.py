"""The window's language: Qt translators, the locale, and switching both while the window is open.

This module imports only Qt and ``liaison.i18n``: the window uses it before the services are
imported (see liaison/ui/app.py); the labels of the services' vocabularies are in ui/i18n.py.

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

from importlib import resources

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from liaison import i18n


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
