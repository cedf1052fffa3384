"""Opening the local database: where it lives, how SQLite is set up, migrations on open.

Decisions (README, "Where data lives"):
- One SQLite file, ``liaison.sqlite3``, in the data directory: ``--data-dir`` wins over
  ``LIAISON_DATA_DIR``, which wins over the platform's user data directory (platformdirs).
- WAL (readers never wait for the writer), foreign keys on, ``synchronous=FULL`` so that a commit
  has reached the disk before the UI says "saved"; a power cut after that loses nothing.
- Writes start with ``BEGIN IMMEDIATE``: a writer takes the write lock up front, so two processes
  (the window and a script) queue on the busy timeout instead of failing half-way through.
- Alembic migrations run on open, after an online-backup copy of the file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from liaison.errors import DatabaseLockedError, DataDirectoryError, NotADatabaseError, StoreError
from liaison.store.paths import resolve_data_dir

log = logging.getLogger(__name__)

DB_FILENAME = "liaison.sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
WAL_PAGES = 1000
"""SQLite's default: the WAL is copied back into the file once it holds this many pages."""
WAL_PAGES_BULK = 50_000
"""The same for non-durable (pulled) transactions: ~200 MB at most before a copy."""


def store_error(path: Path, error: BaseException) -> StoreError | None:
    """The officer-facing error for a SQLite failure that is about the file (locked by another
    program, not a database), or ``None`` for any other failure."""
    text = str(error).lower()
    if "database is locked" in text or "database table is locked" in text:
        return DatabaseLockedError(path=str(path))
    if "file is not a database" in text or "database disk image is malformed" in text:
        return NotADatabaseError(path=str(path))
    return None


class Store:
    """An open database file: the engine and the one way to run a transaction on it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @contextmanager
    def write(self, *, foreign_keys: bool = True, durable: bool = True) -> Iterator[Session]:
        """A write transaction (``BEGIN IMMEDIATE``): committed when the block ends, rolled back
        entirely if it raises. When this returns, the change is on disk.

        ``foreign_keys=False`` is for writing what the Secretariat's server sent, whose
        references may name records that arrive later or never reach this officer (see
        ``liaison.services.replica``); every other transaction enforces them.

        ``durable=False`` (``synchronous=NORMAL`` for this transaction) is for a page pulled
        from the server together with the cursor: it is atomic and survives a crash of the
        program, but a power cut may undo it, and then the cursor with it, so the next sync
        pulls it again. Nothing an officer typed is ever written this way (the next durable
        commit reaches the disk with everything before it). It saves one disk flush a page:
        ~12 ms each, a tenth of a first sync."""
        with self._transaction(immediate=True, foreign_keys=foreign_keys, durable=durable) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction: one consistent snapshot, never blocks the writer (WAL)."""
        with self._transaction(immediate=False) as session:
            yield session

    @contextmanager
    def _transaction(
        self, *, immediate: bool, foreign_keys: bool = True, durable: bool = True
    ) -> Iterator[Session]:
        session = self._sessions()
        try:
            # BEGIN IMMEDIATE is where another writer's lock is met: inside the try, so that it
            # becomes a DatabaseLockedError like any other lock.
            session.connection(
                execution_options={
                    "liaison_begin": "IMMEDIATE" if immediate else "DEFERRED",
                    "liaison_foreign_keys": foreign_keys,
                    "liaison_synchronous": "FULL" if durable else "NORMAL",
                }
            )
            yield session
            session.commit()
        except exc.DatabaseError as error:
            session.rollback()
            known = store_error(self.path, error)
            if known is not None:
                raise known from error
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def raw_read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on a pooled DBAPI connection, for hot paths (search as you type)
        where the ORM session's setup costs more than the query. Safe from any thread: the
        connection is this caller's until the block ends; file errors are the store's errors."""
        try:
            pooled = self.engine.raw_connection()
        except exc.DBAPIError as error:
            known = store_error(self.path, error)
            if known is not None:
                raise known from error
            raise
        try:
            connection = pooled.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            try:
                # The connect hook turned the driver's implicit transactions off: this is all.
                connection.execute("BEGIN DEFERRED")
                yield connection
                connection.execute("COMMIT")
            except BaseException as error:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                known = store_error(self.path, error) if isinstance(error, sqlite3.Error) else None
                if known is not None:
                    raise known from error
                raise
        finally:
            pooled.close()  # back to the pool

    def checkpoint(self) -> None:
        """Copy the WAL back into the database file now, without waiting for readers (a
        ``PASSIVE`` checkpoint): after a pull, whose transactions let the WAL grow."""
        pooled = self.engine.raw_connection()
        try:
            connection = pooled.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            pooled.close()

    def close(self) -> None:
        self.engine.dispose()


def _configure(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own implicit transactions are disabled; "begin" below issues ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":  # e.g. a file on a network share
            log.warning("SQLite refused WAL mode (%s); falling back to its default", mode)
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        # 64 MiB of page cache (the default is 2 MiB): bulk imports into random-UUID indexes and
        # deep list pages stop re-reading the same pages; memory is taken only as pages are used.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        # PRAGMA foreign_keys is a no-op inside a transaction, so it is set here, before BEGIN,
        # and only when it differs from what this pooled connection has now.
        wanted = bool(options.get("liaison_foreign_keys", True))
        if connection.info.get("liaison_foreign_keys", True) != wanted:
            connection.exec_driver_sql(f"PRAGMA foreign_keys = {'ON' if wanted else 'OFF'}")
            connection.info["liaison_foreign_keys"] = wanted
        synchronous = options.get("liaison_synchronous", "FULL")
        if connection.info.get("liaison_synchronous", "FULL") != synchronous:
            connection.exec_driver_sql(f"PRAGMA synchronous = {synchronous}")
            # A pull's big transactions leave the WAL to grow (checkpointed when the pull ends,
            # see Store.checkpoint) instead of copying it back after every one of them.
            pages = WAL_PAGES_BULK if synchronous == "NORMAL" else WAL_PAGES
            connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {pages}")
            connection.info["liaison_synchronous"] = synchronous
        mode = options.get("liaison_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` configured as described in the module docstring."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure(engine)
    return engine


def _check_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise NotADatabaseError(path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DataDirectoryError(path=str(path.parent), reason=error.strerror or str(error)) from error
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(path=str(path))


def open_store(data_dir: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the database in ``data_dir`` and bring its schema up to date.

    Raises :class:`~liaison.errors.StoreError` subclasses with a message for the officer when
    the folder cannot be used, the file is not a Liaison database, is locked, or was written by
    a newer version of Liaison.
    """
    directory = resolve_data_dir(data_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataDirectoryError(path=str(directory), reason=error.strerror or str(error)) from error
    path = directory / DB_FILENAME
    _check_file(path)
    engine = make_engine(path)
    try:
        # reads the header (fails early on a foreign file), without the write lock
        with engine.connect().execution_options(liaison_begin="DEFERRED") as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        store = Store(path, engine)
        if migrate:
            from liaison.store.migrate import upgrade

            upgrade(store)
    except exc.DatabaseError as error:
        engine.dispose()
        known = store_error(path, error)
        if known is not None:
            raise known from error
        raise
    except StoreError:
        engine.dispose()
        raise
    return store
