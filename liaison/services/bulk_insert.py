"""The bulk path of record creation (imports): the rows inserted with one statement per table and
chunk, and their references checked with one query per referenced table; an error names its row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Column, Dialect, Table, false, insert, select
from sqlalchemy.orm import Session

from liaison.errors import CONTEXT
from liaison.i18n import QT_TRANSLATE_NOOP, translate
from liaison.services.entities import ENTITIES, EntitySpec
from liaison.services.errors import FieldMessages as M
from liaison.services.errors import ValidationError
from liaison.services.fields import Kind
from liaison.services.tables import Record, table_of


class RowError(ValidationError):
    """A bulk import failed at one row; nothing of the import was written."""

    def __init__(self, row: int, error: ValidationError) -> None:
        self.row = row
        super().__init__(error.errors)

    ROW = QT_TRANSLATE_NOOP("Errors", "Row {row}: {details}")

    def message(self, *, english: bool = False) -> str:
        text = self.ROW if english else translate(CONTEXT, self.ROW)
        return text.format(row=self.row, details=super().message(english=english))


def insert_many(session: Session, table: Table, records: Sequence[Record], same: Mapping[str, Any]) -> None:
    """Insert ``records`` (each holds every column; ``same`` are the columns whose value is
    the same in all of them) with one ``executemany`` of tuples on the session's connection.

    This stores what ``session.execute(insert(table), records)`` stores, byte for byte: every
    value goes through its column type's own bind processor (the dialect's JSON serialiser,
    SQLite's text form of dates and datetimes), the values common to all rows once.
    """
    columns = list(table.c)
    connection = session.connection()
    dialect = connection.dialect
    if dialect.paramstyle != "qmark" or records[0].keys() != {c.name for c in columns}:
        # columns left to their defaults, or names that are not columns: SQLAlchemy decides
        session.execute(insert(table), records)
        return
    session.flush()  # ORM objects pending in this session are written first, as execute would
    varying = [c for c in columns if c.name not in same]
    fixed = [c for c in columns if c.name in same]
    tail = tuple(_bind(c, dialect, same[c.name]) for c in fixed)
    # (position, processor, what it makes of None, of an empty list: most list fields of
    # most records are empty, and serialising them is most of the processors' cost)
    processors = [
        (i, processor, processor(None), processor([]) if isinstance(c.type, JSON) else _NOT_JSON)
        for i, c in enumerate(varying)
        if (processor := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    names = [c.name for c in varying]
    params: list[tuple[Any, ...]] = []
    for record in records:
        values = [record[name] for name in names]
        for i, processor, none, empty in processors:
            value = values[i]
            if value is None:
                values[i] = none
            elif empty is not _NOT_JSON and type(value) is list and not value:
                values[i] = empty
            else:
                values[i] = processor(value)
        params.append((*values, *tail))
    quote = dialect.identifier_preparer
    statement = "INSERT INTO {} ({}) VALUES ({})".format(
        quote.format_table(table),
        ", ".join(quote.format_column(c) for c in (*varying, *fixed)),
        ", ".join("?" * len(columns)),
    )
    connection.exec_driver_sql(statement, params)


def check_references_many(session: Session, spec: EntitySpec, rows: Sequence[Record], offset: int) -> None:
    """Every reference names a live record; else the first row that has a wrong one fails
    with all of its wrong references, as :meth:`Cleaner.check_references` reports them."""
    refs = [f for f in spec.fields if f.kind is Kind.REF]
    found: dict[str, set[Any]] = {}
    for f in refs:
        if f.ref is None:  # a polymorphic owner: its entity's own service checks it
            continue
        wanted = {row[f.name] for row in rows if row.get(f.name)}
        if not wanted:
            continue
        target = table_of(ENTITIES[f.ref])
        found[f.name] = set(
            session.execute(
                select(target.c.id).where(target.c.id.in_(wanted), target.c.deleted == false())
            ).scalars()
        )
        if found[f.name] == wanted:
            del found[f.name]  # all there: nothing to check row by row
    if not found:
        return
    checked = [f for f in refs if f.name in found]
    for number, row in enumerate(rows, start=offset + 1):
        errors = [
            f.error(M.UNKNOWN_REFERENCE, value=row[f.name])
            for f in checked
            if row.get(f.name) and row[f.name] not in found[f.name]
        ]
        if errors:
            raise RowError(number, ValidationError(errors))


_NOT_JSON = object()


def _bind(column: Column[Any], dialect: Dialect, value: Any) -> Any:
    """``value`` as SQLAlchemy binds it for ``column`` on ``dialect``."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return value if processor is None else processor(value)
