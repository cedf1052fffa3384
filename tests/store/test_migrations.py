"""The migrations build exactly the schema the models declare, and undo it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from liaison.store.engine import make_engine, open_store
from liaison.store.migrate import alembic_config
from liaison.store.models import Base


def test_migrated_schema_matches_the_models(data_dir: Path) -> None:
    store = open_store(data_dir)
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, Base.metadata)
    finally:
        store.close()
    # search_fts and its shadow tables are made by raw SQL on purpose (FTS5 is no SQLAlchemy table)
    unexpected = [
        d for d in differences if not (d[0] == "remove_table" and d[1].name.startswith("search_fts"))
    ]
    assert unexpected == []


def test_downgrade_to_base_removes_everything(data_dir: Path) -> None:
    open_store(data_dir).close()
    engine = make_engine(data_dir / "liaison.sqlite3")
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()


def test_the_fast_path_head_constant_is_alembics_head() -> None:
    from liaison.store.migrate import HEAD_REVISION, head_revision

    assert head_revision() == HEAD_REVISION


def test_opening_does_not_wait_for_another_programs_write(data_dir: Path) -> None:
    """Reading the schema's revision takes no write lock: a file another program is writing to
    (a sync in the window, say) opens at once, not after the busy timeout or with "locked"."""
    open_store(data_dir).close()
    writer = sqlite3.connect(data_dir / "liaison.sqlite3", isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE alembic_version SET version_num = version_num")
        start = time.monotonic()
        store = open_store(data_dir)
        try:
            assert time.monotonic() - start < 2.0
        finally:
            store.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
