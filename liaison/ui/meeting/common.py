"""Small helpers shared by meeting mode's panels and dialogs: the look, dates, shortcut texts."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from liaison.errors import KnownError


def shortcut_text(*sequences: QKeySequence | str) -> str:
    return ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def scaled_font(base: QFont, factor: float, weight: QFont.Weight | None = None) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    return font


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def medium_date(value: date | None) -> str:
    """A date with the month's name and no weekday, in the locale's order ("22 November 2023")."""
    if value is None:
        return ""
    pattern = re.sub(
        r"[,.]?\s*dddd[,.]?\s*", " ", QLocale().dateFormat(QLocale.FormatType.LongFormat)
    ).strip()
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def muted(label: QLabel) -> QLabel:
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def section_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setFont(scaled_font(parent.font(), 0.92, QFont.Weight.DemiBold))
    return muted(label)


def message_of(error: BaseException) -> str:
    """What to tell the officer about a failed operation."""
    if isinstance(error, KnownError):
        return error.message()
    text = QCoreApplication.translate("MeetingMode", "Something went wrong inside Liaison (%1).")
    return text.replace("%1", type(error).__name__)
