"""One editing widget per field kind, all speaking the same small interface.

Each widget shows a stored value (``set_value``), gives back what the officer typed
(``value``) in the form the services validate, and says when it was edited (``edited``).
Validation stays in the services: the form shows their messages next to the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from liaison.services.app import Liaison
from liaison.services.fields import Field, Kind, international_phone
from liaison.store.base import VISIBILITIES
from liaison.store.reference import STATES
from liaison.ui.accessible import name_clear_button
from liaison.ui.date_edit import DateEdit
from liaison.ui.i18n import choice_labels, display, tr_state
from liaison.ui.language import Retranslating

Labels = Callable[[], Sequence[tuple[str, str]]]
"""(value, label) pairs of a choice, asked for again when the language changes."""


class FieldWidget(QWidget):
    """Base of the field editors."""

    edited = Signal()
    """The officer changed the value (not emitted by ``set_value``)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._loading = False

    # The widget that takes the typing is inside this container; labels (buddies), mnemonics and
    # screen readers meet the container. Both are passed on to the inner widget: a label's Alt+
    # letter focuses its buddy only when the buddy itself accepts focus (the proxy then takes
    # it), and a screen reader reads the name of the focused inner widget, not the container's.
    def setFocusProxy(self, widget: QWidget | None) -> None:
        super().setFocusProxy(widget)
        if widget is not None:
            # Qt passes a focus policy on down the proxy chain: take the control's own, or a
            # proxy in between (a date editor, NoFocus as any plain QWidget) would pass NoFocus
            # on to the line edit at the end, which Tab and Alt+letter could then never reach.
            self.setFocusPolicy(control_of(widget).focusPolicy())
            widget.setAccessibleName(self.accessibleName())

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        if self.focusProxy() is not None:
            self.focusProxy().setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        if self.focusProxy() is not None:
            self.focusProxy().setAccessibleDescription(description)

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._set(value)
        finally:
            self._loading = False

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _set(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def clears_stored(self) -> bool:
        """Whether the officer removed a stored value that :meth:`value` cannot differ from (a
        contact's photo whose bytes are not on this computer: the record holds none either); the
        editor then sends the field as empty all the same."""
        return False


class TextWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(max(field.max_length * 2, 100))  # the services say what is too long
        self._layout.addWidget(self.edit)
        self.edit.textEdited.connect(self._emit)
        self.setFocusProxy(self.edit)

    def _set(self, value: Any) -> None:
        if isinstance(value, list) and self.field.kind is Kind.PHONES:
            value = [international_phone(str(v)) for v in value]  # as the lists show them
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # show the beginning of a long title, not its end

    def value(self) -> Any:
        return self.edit.text()


class LongTextWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self._layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._emit)
        self.setFocusProxy(self.edit)

    def _set(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def value(self) -> Any:
        return self.edit.toPlainText()


class DateWidget(FieldWidget):
    """A date or none, typed in the window's language or as ISO (see :mod:`liaison.ui.date_edit`)."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.edit = DateEdit(self)
        self._layout.addWidget(self.edit, 1)
        self.edit.edited.connect(self._emit)
        self.setFocusProxy(self.edit)

    def _set(self, value: Any) -> None:
        self.edit.set_date(value if isinstance(value, date) else None)

    def value(self) -> Any:
        return self.edit.value()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class BoolWidget(FieldWidget):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.box = QCheckBox(self)
        self._layout.addWidget(self.box)
        self.box.toggled.connect(self._emit)
        self.setFocusProxy(self.box)

    def _set(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def value(self) -> Any:
        return self.box.isChecked()


class ChoiceWidget(Retranslating, FieldWidget):
    """A fixed list: (value, label) pairs; a blank first entry when the field may be empty. The
    labels are asked for again (and re-sorted if they come sorted) when the language changes."""

    def __init__(
        self,
        field: Field,
        choices: Labels,
        parent: QWidget | None = None,
        *,
        editable: bool = False,
    ) -> None:
        super().__init__(field, parent)
        self._choices = choices
        self.combo = QComboBox(self)
        self.combo.setEditable(editable)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._fill()
        self._layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._emit)
        self.setFocusProxy(self.combo)

    def _fill(self) -> None:
        if not self.field.required:
            self.combo.addItem("", None)
        for value, label in self._choices():
            self.combo.addItem(label, value)

    def retranslate(self) -> None:
        """The same value chosen (or text typed), the labels in the new language."""
        value, typed = self.combo.currentData(), self.combo.currentText()
        was_typed = self.combo.isEditable() and typed != self.combo.itemText(self.combo.currentIndex())
        self._loading = True  # not an edit
        try:
            self.combo.clear()
            self._fill()
            self._set(value)
            if was_typed:
                self.combo.setEditText(typed)
        finally:
            self._loading = False

    def _set(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value is not None:
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> Any:
        if self.combo.isEditable() and self.combo.currentText() != self.combo.itemText(
            self.combo.currentIndex()
        ):
            return self.combo.currentText()  # typed, not picked: the services will say if it is wrong
        return self.combo.currentData()


class ReferenceWidget(Retranslating, FieldWidget):
    """Picks another record by typing part of its name: suggestions come from the search index
    for searchable kinds, or from the (small) list of candidates for the others."""

    def __init__(
        self,
        field: Field,
        services: Liaison,
        candidates: Callable[[], list[tuple[str, str]]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(field, parent)
        assert field.ref is not None
        self.services = services
        self.target = services.entity(field.ref)
        self._candidates = candidates
        self._id: str | None = None
        self._titles: dict[str, str] = {}
        self.placeholder: Callable[[], str] | None = None
        """The hint in the empty box, if not the default (asked again when the language changes)."""
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self._layout.addWidget(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated[str].connect(self._picked)  # type: ignore[index]
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.placeholder() if self.placeholder else self.tr("Type to search…"))
        name_clear_button(self.edit)

    def _suggest(self, text: str) -> list[tuple[str, str]]:
        from liaison.services import search

        if self._candidates is not None:
            return self._candidates()
        kind = search.INDEXED.get(self.target.spec.name, (None,))[0]
        if kind is None:
            return [(r["id"], self.target.spec.title(r)) for r in self.target.list(limit=200)]
        return [(hit.id, hit.title) for hit in self.services.search(text, limit=20, kinds=[kind])]

    def _typed(self, text: str) -> None:
        self._id = None
        if not text.strip():
            self._emit()
            return
        pairs = self._suggest(text)
        self._titles = {title: record_id for record_id, title in pairs}
        self._model.setStringList([title for _id, title in pairs])
        self._emit()

    def _picked(self, title: str) -> None:
        self._id = self._titles.get(title)
        self._emit()

    def _set(self, value: Any) -> None:
        self._id = value
        if value:
            try:
                record = self.target.get(value, include_deleted=True)
                self.edit.setText(self.target.spec.title(record))
            except Exception:
                self.edit.setText(str(value))
        else:
            self.edit.clear()

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self._id is not None:
            return self._id
        record_id = self._titles.get(text)
        return record_id if record_id is not None else text  # unresolved: the services say so


@cache
def _country_names(locale_name: str) -> list[tuple[str, str]]:
    from babel import Locale, UnknownLocaleError

    from liaison.services.fields import country_codes

    try:
        territories = Locale.parse(locale_name).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale("en").territories
    return sorted(
        ((code, f"{territories.get(code, code)} ({code})") for code in country_codes()), key=lambda p: p[1]
    )


def make_widget(entity: str, field: Field, services: Liaison, parent: QWidget | None = None) -> FieldWidget:
    """The editor for one field."""
    kind = field.kind
    if kind is Kind.LONG_TEXT:
        return LongTextWidget(field, parent)
    if kind in (Kind.DATE, Kind.DATETIME):
        return DateWidget(field, parent)
    if kind is Kind.BOOL:
        return BoolWidget(field, parent)
    if kind is Kind.CHOICE:
        return ChoiceWidget(field, lambda: list(choice_labels(entity, field).items()), parent)
    if kind is Kind.VISIBILITY:
        return ChoiceWidget(
            field, lambda: [(value, display(entity, field, value)) for value in VISIBILITIES], parent
        )
    if kind is Kind.STATE:
        return ChoiceWidget(field, lambda: [(code, tr_state(code)) for code, _n, _s in STATES], parent)
    if kind is Kind.COUNTRY:
        return ChoiceWidget(field, lambda: _country_names(QLocale().name()), parent, editable=True)
    if kind is Kind.REF:
        return ReferenceWidget(field, services, parent=parent)
    if kind is Kind.IMAGE:
        from liaison.ui.photo_field import ImageWidget

        return ImageWidget(field, parent)
    if kind is Kind.LANGUAGES:
        from liaison.ui.languages_field import LanguagesWidget

        return LanguagesWidget(field, parent)
    return TextWidget(field, parent)  # text, numbers, and lists written "a; b"


def control_of(widget: QWidget) -> QWidget:
    """The widget that takes the typing: the end of ``widget``'s chain of focus proxies (a date
    field's container proxies to its date editor, which proxies to its line edit)."""
    while (proxy := widget.focusProxy()) is not None and proxy is not widget:
        widget = proxy
    return widget
