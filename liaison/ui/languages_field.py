"""The languages a contact speaks, shown and typed by name, stored as codes.

The box reads "Kazakh, Russian" (in the window's language: "қазақ тілі, орыс тілі" in Kazakh),
as the lists do, while the record keeps ``["kk", "ru"]``. Typing a name suggests the languages
whose name holds what was typed after the last comma; Enter or a click puts the chosen name in
and the next one can be typed. A name is read in the window's language, in English or as a code
("kk"), ignoring case; a name babel writes with a comma ("китайский, упрощенное письмо") is read
whole. Anything else is passed on as typed, and the services say what is wrong with it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from liaison.i18n import babel_locale, current_language
from liaison.services.fields import Field, language_codes, language_name
from liaison.ui.fields import FieldWidget
from liaison.ui.language import Retranslating

SEPARATOR = ", "
_SPLIT = re.compile(r"[,;\n]")
_SIMPLE_CODE = re.compile(r"^[a-z]{2,3}$")


def _key(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


@cache
def _names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name in ``language``) of every language a contact may speak, sorted by name."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(babel_locale(language)).languages
    except (UnknownLocaleError, ValueError):
        names = Locale("en").languages
    english = Locale("en").languages
    pairs = [
        (code, names.get(code) or english.get(code) or code)
        for code in language_codes()
        if _SIMPLE_CODE.match(code)
    ]
    return tuple(sorted(pairs, key=lambda pair: _key(pair[1])))


@cache
def _codes_by_name(language: str) -> dict[str, str]:
    """Folded name (in ``language`` or English) or code → code."""
    found: dict[str, str] = {}
    for code, name in _names("en"):
        found.setdefault(_key(name), code)
    for code, name in _names(language):
        found[_key(name)] = code  # the window's language wins over English
    for code in language_codes():
        if _SIMPLE_CODE.match(code):
            found[code] = code
    return found


def codes_of(text: str, language: str) -> list[Any]:
    """The codes of the languages named in ``text`` (names in ``language`` or English, or codes);
    a part that names none stays as typed, for the services to refuse with its value."""
    parts = [part.strip() for part in _SPLIT.split(text)]
    known = _codes_by_name(language)
    out: list[Any] = []
    i = 0
    while i < len(parts):
        if not parts[i]:
            i += 1
            continue
        # The longest run of parts that is one name ("китайский, упрощенное письмо").
        for end in range(len(parts), i, -1):
            code = known.get(_key(", ".join(parts[i:end])))
            if code is not None:
                break
        else:
            code, end = None, i + 1
        item = code if code is not None else parts[i]
        if item not in out:
            out.append(item)
        i = end
    return out


def names_of(codes: list[Any] | None, language: str) -> str:
    return SEPARATOR.join(language_name(str(code), language) for code in codes or ())


class LanguagesWidget(Retranslating, FieldWidget):
    """A line of language names with suggestions for the one being typed."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self._language = current_language()
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setWidget(self.edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self._picked)  # type: ignore[index]
        self._layout.addWidget(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        from liaison.ui.accessible import name_clear_button

        language = current_language()
        if language != self._language:
            was = self._loading
            self._loading = True  # the same languages, named anew: not an edit
            try:
                codes = codes_of(self.edit.text(), self._language)
                self._language = language
                self.edit.setText(names_of(codes, language))
            finally:
                self._loading = was
        self._model.setStringList([name for _code, name in _names(language)])
        self.edit.setPlaceholderText(
            self.tr("Type a language's name, e.g. %1").replace("%1", names_of(["kk", "ru"], language))
        )
        self.completer.popup().setAccessibleName(self.tr("Languages to choose from"))
        name_clear_button(self.edit)

    # -- typing and choosing ---------------------------------------------------------------------
    def _current_part(self) -> str:
        """What is typed after the last separator before the cursor."""
        before = self.edit.text()[: self.edit.cursorPosition()]
        return _SPLIT.split(before)[-1].lstrip()

    def _typed(self, _text: str) -> None:
        self._emit()
        part = self._current_part()
        if not part:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(part)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        self.completer.complete()

    def _picked(self, name: str) -> None:
        """Put the chosen name in place of the part being typed, ready for the next one."""
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        before, after = text[:cursor], text[cursor:]
        start = max(before.rfind(sep) for sep in (",", ";", "\n")) + 1
        head = before[:start].rstrip()
        rest = after.split(",", 1)[1].strip() if "," in after else ""
        parts = [p for p in (head.rstrip(",;").strip(), name, rest) if p]
        new = SEPARATOR.join(parts)
        if not rest:
            new += SEPARATOR
        self.edit.setText(new)
        self.edit.setCursorPosition(len(SEPARATOR.join(parts[:2])) + len(SEPARATOR) if rest else len(new))
        self._emit()

    # -- the value -------------------------------------------------------------------------------
    def _set(self, value: Any) -> None:
        self._language = current_language()
        codes = value if isinstance(value, list) else codes_of(str(value or ""), self._language)
        self.edit.setText(names_of(codes, self._language))
        self.edit.setCursorPosition(0)

    def value(self) -> Any:
        return codes_of(self.edit.text(), self._language)
