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
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from liaison.errors import (
    DamagedDatabaseError,
    DataDirectoryError,
    ReadOnlyStoreError,
    StoreError,
)
from liaison.store.paths import resolve_data_dir
from liaison.store.probe import connect_read_only, inspect, known_error, mark_damaged
from liaison.store.rescue import hold_shared, release

log = logging.getLogger(__name__)

DB_FILENAME = "liaison.sqlite3"
BUSY_TIMEOUT_MS = 5000
WAL_PAGES = 1000
"""SQLite's default: the WAL is copied back into the file once it holds this many pages."""
WAL_PAGES_BULK = 50_000
"""The same for non-durable (pulled) transactions: ~200 MB at most before a copy."""


def store_error(path: Path, error: BaseException) -> StoreError | None:
    """The officer-facing error for a SQLite failure that is about the file or the disk (see
    :func:`liaison.store.probe.known_error`), or ``None`` for any other failure."""
    return known_error(path, error)


class Store:
    """An open database file: the engine and the one way to run a transaction on it."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False, damaged: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only or damaged
        """Opened for reading only (a read-only file, folder or disk, or a damaged file)."""
        self.damaged = damaged
        """SQLite found the file damaged: nothing more is written into it."""
        # The shared lock on liaison.lock, released on close or, for a store dropped without
        # closing (an open that failed halfway in a caller), when it is collected.
        self._release: Callable[[], None] = lambda: None
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
        ~12 ms each, a tenth of a first sync.

        A read-only or damaged record refuses here, before anything is asked of SQLite."""
        if self.damaged:
            raise DamagedDatabaseError(path=str(self.path))
        if self.read_only:
            raise ReadOnlyStoreError(path=str(self.path))
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
            _quietly(session.rollback)  # after a full disk or an I/O error the rollback may fail too
            raise self._known(error) from error
        except BaseException:
            _quietly(session.rollback)
            raise
        finally:
            _quietly(session.close)

    def _known(self, error: BaseException) -> BaseException:
        """The officer's error for ``error`` (the error itself when it is a bug); damage met
        here stops every later write, in this program and (the mark file) in the next."""
        known = store_error(self.path, error)
        if isinstance(known, DamagedDatabaseError):
            self.mark_damaged()
        return error if known is None else known

    def mark_damaged(self) -> None:
        """Damage was found: nothing more is written, here or by the next program to open it."""
        self.damaged = self.read_only = True
        mark_damaged(self.path)

    @contextmanager
    def raw_read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on a pooled DBAPI connection, for hot paths (search as you type)
        where the ORM session's setup costs more than the query. Safe from any thread: the
        connection is this caller's until the block ends; file errors are the store's errors."""
        try:
            pooled = self.engine.raw_connection()
        except exc.DBAPIError as error:
            raise self._known(error) from error
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
                    _quietly(lambda: connection.execute("ROLLBACK"))
                if isinstance(error, sqlite3.Error):
                    raise self._known(error) from error
                raise
        finally:
            pooled.close()  # back to the pool

    def checkpoint(self) -> None:
        """Copy the WAL back into the database file now, without waiting for readers (a
        ``PASSIVE`` checkpoint): after a pull, whose transactions let the WAL grow."""
        if self.read_only:
            return
        pooled = self.engine.raw_connection()
        try:
            connection = pooled.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            pooled.close()

    def close(self) -> None:
        self.engine.dispose()
        self._release()


def _quietly(action: Any) -> None:
    try:
        action()
    except (exc.DBAPIError, sqlite3.Error):
        log.warning("Rolling back after a failure failed too", exc_info=True)


def _configure(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own implicit transactions are disabled; "begin" below issues ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:  # journal_mode = WAL would write the header; nothing else here matters
            cursor.execute("PRAGMA cache_size = -65536")
            cursor.close()
            return
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


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """An engine on ``path`` configured as described in the module docstring; ``read_only``
    connects with ``mode=ro`` (SQLite refuses every write), ``immutable`` also tells SQLite
    that nothing else changes the file (see :mod:`liaison.store.probe`)."""
    if read_only:
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: connect_read_only(path, immutable=immutable, timeout=BUSY_TIMEOUT_MS / 1000),
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure(engine, read_only=read_only)
    return engine


def _create(path: Path) -> None:
    """A new, empty WAL database at ``path``, made under another name and renamed into place:
    a crash never leaves a zero-byte ``liaison.sqlite3`` (which the next open would refuse)."""
    temporary = path.with_name(path.name + ".new")
    temporary.unlink(missing_ok=True)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = WAL").fetchall()  # writes the header
        finally:
            connection.close()
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as error:
        temporary.unlink(missing_ok=True)
        known = known_error(path, error) if isinstance(error, sqlite3.Error) else None
        if known is not None:
            raise known from error
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise DataDirectoryError(path=str(path.parent), reason=reason) from error


def open_store(data_dir: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the database in ``data_dir`` and bring its schema up to date.

    Raises :class:`~liaison.errors.StoreError` subclasses with a message for the officer when
    the folder cannot be used, the file is empty, not a Liaison database, locked, or written by
    a newer version of Liaison. A file that cannot be written, or is damaged, opens for reading
    (``Store.read_only``, ``Store.damaged``).
    """
    directory = resolve_data_dir(data_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataDirectoryError(path=str(directory), reason=error.strerror or str(error)) from error
    path = directory / DB_FILENAME
    state = inspect(path)  # read-only: refuses a zero-byte or foreign file before any write
    if not state.exists:
        _create(path)
    read_only = not state.writable or state.damaged
    engine = make_engine(path, read_only=read_only, immutable=state.immutable)
    try:
        # reads the header (fails early on a foreign file), without the write lock
        with engine.connect().execution_options(liaison_begin="DEFERRED") as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        store = Store(path, engine, read_only=read_only, damaged=state.damaged)
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
    # restore and recover refuse while anyone holds it
    store._release = weakref.finalize(store, release, hold_shared(directory))
    return store
