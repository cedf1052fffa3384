"""The protocol's entity list agrees with the desktop's declarations and the store's models, and
migration 0002 upgrades a 0001 file that holds data and unsent changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import select

from liaison.protocol import ENTITY_FIELDS, LONG_TEXT_FIELDS
from liaison.protocol.entities import REF_TARGETS
from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.fields import LIST_KINDS, Kind
from liaison.services.records import table_of
from liaison.store.engine import make_engine
from liaison.store.local import OutboxEntry
from liaison.store.migrate import alembic_config

WIRE = {
    Kind.TEXT: "text",
    Kind.CHOICE: "text",
    Kind.STATE: "text",
    Kind.COUNTRY: "text",
    Kind.LONG_TEXT: "long_text",
    Kind.INT: "int",
    Kind.BOOL: "bool",
    Kind.DATE: "date",
    Kind.DATETIME: "datetime",
    Kind.REF: "ref",
    Kind.IMAGE: "image",
    **dict.fromkeys(LIST_KINDS, "list"),
}
BESIDE = {"visibility", "owner_institution_id"}  # travel beside the fields


def test_the_protocol_lists_every_field_with_its_wire_type() -> None:
    assert list(ENTITY_FIELDS) == list(ENTITIES)  # same entities, parents before children
    for name, spec in ENTITIES.items():
        declared = {f.name: WIRE[f.kind] for f in spec.fields if f.name not in BESIDE}
        assert dict(ENTITY_FIELDS[name]) == declared, name
        assert LONG_TEXT_FIELDS[name] == {f.name for f in spec.fields if f.kind is Kind.LONG_TEXT}
        columns = set(table_of(spec).c.keys())
        assert set(declared) | BESIDE <= columns, name


def test_the_protocol_names_each_references_target_as_the_desktop_does() -> None:
    for name, spec in ENTITIES.items():
        declared = {
            field.name: field.ref
            for field in spec.fields
            if field.kind is Kind.REF and field.name not in BESIDE
        }
        assert dict(REF_TARGETS[name]) == declared, name


def test_migration_0002_upgrades_a_file_with_unsent_changes(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Liaison.open(folder) as app:
        contact = app.contacts.create({"name": "Before the upgrade"})
        app.contacts.update(contact["id"], {"notes": "typed offline"})
    engine = make_engine(folder / "liaison.sqlite3")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    engine.dispose()
    with sqlite3.connect(folder / "liaison.sqlite3") as raw:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(outbox)")}
        assert "base_fields" not in columns
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "conflicts" not in tables
    with Liaison.open(folder) as app:
        assert app.contacts.get(contact["id"])["notes"] == "typed offline"
        with app.store.read() as session:
            (entry,) = session.execute(select(OutboxEntry.__table__)).mappings()
        assert entry["op"] == "create" and entry["base_fields"] == {}
        assert list((folder / "backups").glob("liaison-0001-*.sqlite3"))
