"""Schema migrations with Alembic, applied on open, after a backup copy of the file.

The backup uses SQLite's online backup API, so it is a consistent copy even of a WAL database,
and it is kept in ``<data dir>/backups/`` named after the schema revision it holds.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, exc, inspect, text

from liaison.errors import DatabaseTooNewError, NotADatabaseError, OutdatedReadOnlyError
from liaison.store.base import utcnow
from liaison.store.rescue import online_copy

if TYPE_CHECKING:
    from alembic.config import Config

    from liaison.store.engine import Store

log = logging.getLogger(__name__)

SCRIPT_LOCATION = "liaison.store:migrations"
DEFAULT_SCRIPT_LOCATION = SCRIPT_LOCATION
HEAD_REVISION = "0010"
"""The newest revision this version ships (a test checks it is Alembic's head). Opening a file
already at it reads one row and never imports Alembic, which keeps start-up fast."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for our scripts, bound to ``connection`` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations have no head revision"
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def backup(store: Store, label: str) -> Path:
    """Copy the database with SQLite's online backup API into ``backups/``; returns the copy."""
    folder = store.data_dir / "backups"
    folder.mkdir(exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    target = folder / f"liaison-{label}-{stamp}.sqlite3"
    online_copy(store.path, target)  # written under a temporary name: no half backup is ever left
    return target


def _reading(store: Store) -> Connection:
    """A connection whose transactions begin DEFERRED: reading the revision must not take the
    write lock (the engine begins IMMEDIATE by default), or opening the file would wait for,
    or time out behind, another program's long write, such as a first sync's."""
    return store.engine.connect().execution_options(liaison_begin="DEFERRED")


def _stamped_revision(store: Store) -> str | None:
    with _reading(store) as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except exc.OperationalError:  # no such table: a new or foreign file, the full path decides
            return None


def upgrade(store: Store) -> None:
    """Bring the schema to the head revision; refuse files this version cannot understand."""
    if _stamped_revision(store) == HEAD_REVISION and SCRIPT_LOCATION == DEFAULT_SCRIPT_LOCATION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config()
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    with _reading(store) as connection:
        current = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    if current is None and tables - {"alembic_version"}:
        # Some other program's SQLite file: never migrate into it.
        raise NotADatabaseError(path=str(store.path))
    if current is not None and current not in {rev.revision for rev in scripts.walk_revisions()}:
        raise DatabaseTooNewError(path=str(store.path), revision=current)
    if current == head:
        return
    if store.read_only:
        raise OutdatedReadOnlyError(path=str(store.path))
    if current is not None:
        copy = backup(store, current)
        log.info("Backed up %s to %s before migrating from %s", store.path, copy, current)
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
