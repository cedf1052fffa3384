"""``liaison-secretariat init`` upgrades a database of schema version 1 (before merged contacts'
redirects) in place, and ``serve``'s check accepts it then."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text, update

from liaison.secretariat.db import Database
from liaison.secretariat.errors import SchemaMismatchError
from liaison.secretariat.models import SCHEMA_VERSION, Meta


def test_init_upgrades_a_version_1_database(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        assert database.init()
        with database.write() as connection:  # as version 1 left it
            connection.execute(text("DROP TABLE redirects"))
            connection.execute(update(Meta).values(schema_version=1))
        with pytest.raises(SchemaMismatchError):
            database.check()
        assert database.init() is False  # set up already: upgraded, not re-created
        database.check()
        with database.read() as connection:
            assert connection.scalar(select(Meta.schema_version)) == SCHEMA_VERSION == 4
        assert "redirects" in inspect(database.engine).get_table_names()
    finally:
        database.close()
