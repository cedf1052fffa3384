"""One date editor for every form: typed in the window's language or as ISO, empty when empty.

``QDateEdit`` could not do what an officer does: typing "2023-11-20" into its "yyyy-MM-dd"
sections gave "20231120" and no valid date, Up on an empty one gave 1901-01-01 (its "no date"
stand-in), and typing over that stand-in saved a different day. :class:`DateEdit` is a line
edit that reads what was typed when the officer is done (:func:`parse_date`) and shows the
date the way the lists do ("20 Nov 2023", month names in the window's language), with a
calendar pop-up (the button, or F4).

What it reads (:func:`parse_date`): ISO ``2023-11-20`` (also ``2023-11-20T…`` and
``20231120``), the window's language's own short and long formats, ``20 Nov 2023`` and
``20 November 2023`` with the month named in the window's language or in English, and
``20.11.2023`` / ``20/11/2023`` (day first, as every language Liaison speaks writes it).
Anything else stays as typed: :meth:`DateEdit.value` gives it back as text, so that the
services refuse it with their message naming the field and nothing is silently changed.

Keys: Up/Down a day later/earlier (today when empty), Page Up/Page Down a month, F4 the
calendar; the line's clear button (or deleting the text) empties it.

The API for other dialogs: ``DateEdit(parent)``, :meth:`~DateEdit.date` (a ``date`` or
``None``), :meth:`~DateEdit.set_date`, :meth:`~DateEdit.value` (for the services),
:meth:`~DateEdit.is_valid`, and the ``edited`` signal.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from liaison.ui.accessible import name_clear_button
from liaison.ui.i18n import format_date
from liaison.ui.language import Retranslating

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$")

_FORMATS = ("d MMM yyyy", "d MMMM yyyy", "d MMM. yyyy", "dd MMM yyyy", "MMM d, yyyy", "MMMM d, yyyy")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date ``text`` names, or ``None`` when it names none (see the module's docstring)."""
    text = " ".join(text.split())
    if not text:
        return None
    for pattern in (_ISO, _COMPACT):
        match = pattern.match(text)
        if match:
            return _make(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC.match(text)
    if match:
        year = int(match[3])
        if year < 100:
            year += 2000 if year < 70 else 1900
        return _make(year, int(match[2]), int(match[1]))
    locale = locale or QLocale()
    formats = [
        *_FORMATS,
        locale.dateFormat(QLocale.FormatType.ShortFormat),
        locale.dateFormat(QLocale.FormatType.LongFormat),
    ]
    for where in (locale, QLocale(QLocale.Language.English)):
        for candidate in (text, text.lower(), text.title()):
            for form in formats:
                parsed = where.toDate(candidate, form)
                if parsed.isValid():
                    return date(parsed.year(), parsed.month(), parsed.day())
    return None


def _add_months(value: date, months: int) -> date:
    month = value.month - 1 + months
    year, month = value.year + month // 12, month % 12 + 1
    for day in (value.day, 30, 29, 28):
        made = _make(year, month, day)
        if made is not None:
            return made
    return value


class DateEdit(Retranslating, QWidget):
    """A date or nothing, typed or picked (see the module's docstring)."""

    edited = Signal()
    """The officer typed, stepped or picked (not emitted by :meth:`set_date`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._tidy)
        self.line.installEventFilter(self)
        row.addWidget(self.line, 1)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F4 opens it from the keyboard
        self.button.clicked.connect(self.show_calendar)
        row.addWidget(self.button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.setFocusProxy(self.line)
        self._date: date | None = None
        self.retranslate()

    def retranslate(self) -> None:
        example = format_date(date(2023, 11, 20))
        self.line.setPlaceholderText(self.tr("e.g. %1 or 2023-11-20").replace("%1", example))
        self.button.setToolTip(self.tr("Choose from a calendar") + " (F4)")
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        name_clear_button(self.line)
        self.calendar.setLocale(QLocale())
        if self._date is not None and parse_date(self.line.text()) in (None, self._date):
            self.line.setText(format_date(self._date))  # the month's name in the new language

    # -- the value ---------------------------------------------------------------------------
    def date(self) -> date | None:
        """The date shown (``None``: empty, or text that names no date)."""
        return self._date

    def set_date(self, value: date | datetime | None) -> None:
        """Show ``value`` as the lists do (not an edit)."""
        if isinstance(value, datetime):
            value = value.date()
        self._date = value
        self.line.setText(format_date(value) if value is not None else "")
        self.line.setCursorPosition(0)
        self._mark()

    def is_valid(self) -> bool:
        """Whether the text is empty or names a date."""
        return not self.line.text().strip() or self._date is not None

    def value(self) -> Any:
        """For the services: the date, ``None`` when empty, else the text as typed (which they
        refuse with a message naming the field)."""
        text = self.line.text().strip()
        if not text:
            return None
        return self._date if self._date is not None else text

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    # -- typing ------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._date = parse_date(text)
        self._mark()
        self.edited.emit()

    def _tidy(self) -> None:
        """Done typing: a date it read is shown the way the lists show dates."""
        if self._date is not None:
            shown = format_date(self._date)
            if self.line.text() != shown:
                self.line.setText(shown)

    def _mark(self) -> None:
        bad = not self.is_valid()
        self.line.setProperty("invalid", bad)
        self.line.setToolTip(
            self.tr("Not a date: type it as %1 or 2023-11-20").replace("%1", format_date(date(2023, 11, 20)))
            if bad
            else ""
        )
        self.line.setStyleSheet("QLineEdit { border: 1px solid #c42b1c; }" if bad else "")

    def _step(self, days: int = 0, months: int = 0) -> None:
        start = self._date or date.today()
        moved = _add_months(start, months) + timedelta(days=days) if self._date is not None else start
        self.set_date(moved)
        self.edited.emit()

    def eventFilter(self, watched: object, event: Any) -> bool:
        if (
            watched is self.line
            and not self.line.isReadOnly()
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and key == Qt.Key.Key_Up:
                self._step(days=1)
                return True
            if plain and key == Qt.Key.Key_Down:
                self._step(days=-1)
                return True
            if plain and key == Qt.Key.Key_PageUp:
                self._step(months=1)
                return True
            if plain and key == Qt.Key.Key_PageDown:
                self._step(months=-1)
                return True
            if key == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- the calendar ------------------------------------------------------------------------
    def show_calendar(self) -> None:
        shown = self._date or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, chosen: QDate) -> None:
        self.menu.close()
        self.set_date(date(chosen.year(), chosen.month(), chosen.day()))
        self.line.setFocus()
        self.edited.emit()
