"""Labels of the services' vocabularies and fields, translated for display (the switching of
languages is in :mod:`liaison.ui.language`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
)

from liaison import i18n
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services import vocabulary as v
from liaison.services.fields import Field, Kind, international_phone, language_name
from liaison.store.reference import STATES
from liaison.ui.language import current_language

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

VOCABULARIES = v.VOCABULARIES


def tr_field(label: str) -> str:
    return QCoreApplication.translate("Fields", label)


def tr_state(code: str) -> str:
    return QCoreApplication.translate("States", STATE_NAMES.get(code, code))


def choice_labels(entity: str, field: Field) -> dict[str, str]:
    """Value → translated label for a choice field."""
    vocabulary = v.vocabulary(entity, field.name)
    return {key: QCoreApplication.translate("Choices", vocabulary.get(key, key)) for key in field.choices}


def status_label(key: str) -> str:
    """Any status or kind key of the vocabularies, translated ("in_progress" → "В работе")."""
    label = v.label_key(key)
    return QCoreApplication.translate("Choices", label) if label != key else key


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    # "22 Nov 2023" reads the same way to every officer; the month name follows the locale.
    if isinstance(value, datetime):
        return QLocale().toString(value.replace(microsecond=0), "d MMM yyyy HH:mm")
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def format_utc(moment: datetime) -> str:
    """A stored moment (naive UTC, as the database keeps it) in the computer's time zone, as
    :func:`format_date` writes it in the window's language."""
    return format_date(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


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
    if kind is Kind.PHONES:
        return ", ".join(international_phone(str(item)) for item in value)
    if kind is Kind.LANGUAGES:
        return ", ".join(language_name(str(item), current_language()) for item in value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if kind is Kind.LONG_TEXT:
        first = str(value).strip().splitlines()
        return first[0] if first else ""
    return str(value)
