"""Typed errors of the use cases, each with a translatable message naming what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from liaison.errors import CONTEXT, KnownError
from liaison.i18n import QT_TRANSLATE_NOOP, translate


class FieldError(KnownError):
    """One field's value is wrong. ``field`` is the field's name; ``label`` its (English) label,
    translated under the context ``"Fields"``; templates may use ``{field}`` and their own params."""

    def __init__(self, field: str, label: str, template: str, /, **params: Any) -> None:
        self.field = field
        self.label = label
        super().__init__(template, **params)

    def message(self, *, english: bool = False) -> str:
        label = self.label if english else translate("Fields", self.label)
        text = self.template if english else translate(CONTEXT, self.template)
        try:
            return text.format(field=label, **self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(field=self.label, **self.params)


class ValidationError(KnownError):
    """One or more fields are wrong; nothing was written. ``errors`` lists them in field order."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("{details}", details="")

    def message(self, *, english: bool = False) -> str:
        return "\n".join(error.message(english=english) for error in self.errors)

    def by_field(self) -> dict[str, str]:
        """Translated message per field name, for showing next to each input."""
        return {error.field: error.message() for error in self.errors}


class NotFoundError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no {entity} with the id {id}.")

    def __init__(self, entity: str, record_id: str) -> None:
        self.entity_label = entity
        super().__init__(entity=entity, id=record_id)

    def message(self, *, english: bool = False) -> str:
        entity = self.entity_label if english else translate("Entities", self.entity_label)
        text = self.template if english else translate(CONTEXT, self.template)
        return text.format(entity=entity, id=self.params["id"])


class FieldMessages:
    """Templates shared by the field validators (marked once, here, for translation)."""

    REQUIRED = QT_TRANSLATE_NOOP("Errors", "{field} is required.")
    TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{field} is too long ({length} characters; at most {limit}).")
    CONTROL = QT_TRANSLATE_NOOP("Errors", "{field} contains a control character (position {position}).")
    NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "{field} must be text.")
    NOT_INTEGER = QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number, not “{value}”.")
    OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "{field} must be between {low} and {high}.")
    NOT_DATE = QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a date (use YYYY-MM-DD).")
    NOT_BOOL = QT_TRANSLATE_NOOP("Errors", "{field} must be yes or no, not “{value}”.")
    BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not one of {choices}.")
    BAD_EMAIL = QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a valid e-mail address.")
    BAD_PHONE = QT_TRANSLATE_NOOP(
        "Errors", "{field}: “{value}” is not a valid phone number (write it as +CC followed by the number)."
    )
    BAD_COUNTRY = QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a country code (e.g. KG, TR, DE).")
    BAD_STATE = QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not an OTS state code ({choices}).")
    BAD_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "{field}: “{value}” is not a language code (e.g. kk, tr, ru).")
    BAD_IMAGE = QT_TRANSLATE_NOOP("Errors", "{field} must be a PNG or JPEG image of at most {limit} MB.")
    NOT_A_LIST = QT_TRANSLATE_NOOP("Errors", "{field} must be a list.")
    TOO_MANY = QT_TRANSLATE_NOOP("Errors", "{field} has too many entries (at most {limit}).")
    UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Errors", "{field} cannot be set here.")
    END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "{field} ({end}) is before the start ({start}).")
    UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("Errors", "{field}: no record matches “{value}”.")
    AMBIGUOUS_REFERENCE = QT_TRANSLATE_NOOP(
        "Errors", "{field}: “{value}” matches several records ({candidates}); give the id instead."
    )
    NEEDS_ONE_OF = QT_TRANSLATE_NOOP("Errors", "{field}: give at least a state, an institution or a person.")


class ReadOnlyError(KnownError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "These minutes are agreed and read-only; reopen them first to change them."
    )


class WorkflowError(KnownError):
    """A workflow step that does not apply in the record's current state."""
