"""Validating one entity's values before they are written: each field cleaned, the entity's own
checks, and the references naming live records. Every error is collected before failing, so an
editor can mark all wrong fields at once."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from liaison.services.entities import ENTITIES, EntitySpec
from liaison.services.errors import FieldError, ValidationError
from liaison.services.errors import FieldMessages as M
from liaison.services.fields import Field, Kind
from liaison.services.tables import Record, table_of

_Plan = tuple[str, Field, bool, Any, tuple[type, ...]]


class Cleaner:
    """The validation of one entity (:class:`liaison.services.records.Records` holds one)."""

    def __init__(self, spec: EntitySpec) -> None:
        self.spec = spec
        self._plan: tuple[_Plan, ...] | None = None

    def clean(self, values: Mapping[str, Any], base: Mapping[str, Any], *, creating: bool) -> Record:
        """Clean ``values`` (all fields when creating, the given ones when updating)."""
        errors: list[FieldError] = []
        by_name = self.spec.by_name
        for name in values:
            if name not in by_name:
                errors.append(FieldError(name, name, M.UNKNOWN_FIELD))
        row = {**base, **values}
        cleaned: Record = {}
        for name, f, is_list, default, blank in self.plan():
            if creating:
                raw = values.get(name, default)
            elif name in values:
                raw = values[name]
            else:
                continue
            # An absent or empty value of an optional field: what Field.clean returns for it,
            # without the call (bulk imports leave most fields of most rows empty).
            if blank and (raw is None or (type(raw) in blank and not raw)):
                cleaned[name] = [] if is_list else None
                continue
            try:
                cleaned[name] = f.clean(raw, row)
            except FieldError as error:
                errors.append(error)
        if not errors:
            merged = {**base, **cleaned}
            for check in self.spec.checks:
                try:
                    check(merged, self.spec)
                except FieldError as error:
                    errors.append(error)
        if errors:
            raise ValidationError(errors)
        return cleaned

    def plan(self) -> tuple[_Plan, ...]:
        """Per field, in order: name, field, whether it is a list, its default, and the types
        whose empty values clean to the field's empty value (none for a required field)."""
        plan = self._plan
        if plan is None:
            plan = tuple(
                (
                    f.name,
                    f,
                    f.is_list,
                    f.default,
                    () if f.required else ((str, list, tuple) if f.is_list else (str,)),
                )
                for f in self.spec.fields
            )
            self._plan = plan
        return plan

    def check_references(
        self, session: Session, values: Mapping[str, Any], row: Mapping[str, Any] | None = None
    ) -> None:
        """Every reference in ``values`` names a live record. ``row``: the whole record as it
        will be (an update's ``values`` may lack the field naming a polymorphic owner's kind)."""
        errors: list[FieldError] = []
        whole = values if row is None else row
        for name, value in values.items():
            f = self.spec.by_name.get(name)
            if f is None or value is None:
                continue
            if f.kind is Kind.REF:
                ref = f.ref or whole.get(self.spec.parent_kind or "")  # a polymorphic owner
                if ref not in ENTITIES:
                    errors.append(f.error(M.UNKNOWN_REFERENCE, value=value))
                    continue
                target = table_of(ENTITIES[ref])
                found = session.execute(
                    select(target.c.id).where(target.c.id == value, target.c.deleted == false())
                ).first()
                if found is None:
                    errors.append(f.error(M.UNKNOWN_REFERENCE, value=value))
        if errors:
            raise ValidationError(errors)
