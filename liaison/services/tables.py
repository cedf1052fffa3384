"""What every service module says about records: a record as a dict, and an entity's table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table

from liaison.services.entities import EntitySpec

Record = dict[str, Any]


def table_of(spec: EntitySpec) -> Table:
    table = spec.model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table
