"""The server's database: one SQLAlchemy engine over SQLite (default) or PostgreSQL.

Decisions:
- ``postgresql://`` (or ``postgres://``) URLs use the psycopg 3 driver; ``sqlite:///PATH`` or a
  bare file path use SQLite in WAL mode with ``synchronous=FULL``: a push is answered only after
  it is on disk.
- Writers are serialised, so that sequence numbers are handed out in commit order and a pull
  bounded by ``server_seq`` never misses a change committed later with a smaller number: SQLite
  writers start with ``BEGIN IMMEDIATE``; every writer also locks the ``server_meta`` row
  (``SELECT ... FOR UPDATE``, which is what serialises them on PostgreSQL).
- Readers run one statement per question and bound what they read by a ``server_seq`` read
  first; they never wait for writers on either database.
- JSON columns hold compact UTF-8 text (:data:`dump_json`, the engine's ``json_serializer`` on
  both databases; PostgreSQL's ``json`` type keeps the text as given): a page splices each
  record's stored fields into its answer unparsed, so what is stored is what travels. Rows
  stored earlier with the default ``json.dumps`` (spaces, ``\\u`` escapes) are the same JSON
  and read as before; they are written compact the next time their record changes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import Connection, Engine, create_engine, event, exc, insert, select, update
from sqlalchemy.engine import make_url

from liaison.secretariat import blob_refs, echo
from liaison.secretariat.errors import (
    BadDatabaseUrlError,
    DatabaseUnavailableError,
    NotInitialisedError,
    SchemaMismatchError,
    ServerExtraMissingError,
    ServerRestoredError,
)
from liaison.secretariat.models import SCHEMA_VERSION, Base, Meta, ServerEpoch, utcnow

BUSY_TIMEOUT_MS = 30_000
POOL_SIZE = 8
CACHE_KIB = 65_536
"""SQLite's page cache per connection (64 MiB): a first push's random-id index pages stay in it."""
LEAN_CACHE_KIB = 4_096
"""The page cache of a large push's transaction (see :meth:`Database.write`)."""

_DUMP_JSON: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_ENCODE = msgspec.json.Encoder()


def dump_json(value: Any) -> str:
    """Compact JSON with characters as they are (no ``\\u`` escapes): what JSON columns store.
    msgspec writes it several times faster than :mod:`json` (a push of 500 new records stores
    their fields twice); what it refuses (a lone surrogate) goes through :mod:`json`."""
    try:
        return _ENCODE.encode(value).decode("utf-8")
    except (TypeError, UnicodeError, msgspec.EncodeError):
        return _DUMP_JSON(value)


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for ``url``: psycopg for PostgreSQL, SQLite for a path."""
    text = url.strip()
    if not text:
        raise BadDatabaseUrlError(url=url)
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix) :]
    if text.startswith(("postgresql+psycopg://", "sqlite://")):
        return text
    if "://" in text:
        raise BadDatabaseUrlError(url=url)
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def redact(url: str) -> str:
    """``url`` without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (exc.ArgumentError, ValueError):
        return url


class Database:
    """An engine and the two ways to run a transaction on it."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.shown_url = redact(self.url)
        try:
            self.engine = _make_engine(self.url)
        except ModuleNotFoundError as error:  # psycopg comes with the 'server' extra
            raise ServerExtraMissingError(module=error.name or "a driver") from error
        except (exc.ArgumentError, ImportError, ValueError) as error:
            raise BadDatabaseUrlError(url=redact(url)) from error
        self.is_sqlite = self.engine.dialect.name == "sqlite"

    @staticmethod
    @contextmanager
    def _lean(connection: Connection, lean: bool) -> Iterator[None]:
        if not lean:
            yield
            return
        raw = connection.connection.driver_connection  # sqlite3, in autocommit: pragmas run at once
        assert raw is not None
        raw.execute(f"PRAGMA cache_size = -{LEAN_CACHE_KIB}")
        try:
            yield
        finally:
            raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            raw.execute("PRAGMA shrink_memory")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction (rolled back at the end)."""
        with self._connect(write=False) as connection:
            try:
                yield connection
            finally:
                connection.rollback()

    @contextmanager
    def write(self, *, lean: bool = False) -> Iterator[Connection]:
        """A write transaction holding the writers' lock: committed when the block ends, rolled
        back entirely if it raises. ``lean`` (a large push): on SQLite the connection's page
        cache is held to :data:`LEAN_CACHE_KIB` for the transaction (its written pages go to the
        WAL instead of staying in memory) and given back afterwards (``shrink_memory``): a
        16 MiB push filled some 35 MiB of the 64 MiB cache, which the pooled connection kept."""
        with self._connect(write=True, lean=lean) as connection:
            try:
                yield connection
            except BaseException:
                connection.rollback()
                raise
            connection.commit()

    @contextmanager
    def _connect(self, *, write: bool, lean: bool = False) -> Iterator[Connection]:
        try:
            connection = self.engine.connect()
        except exc.DBAPIError as error:
            raise self.unavailable(error) from error
        with connection, self._lean(connection, lean and self.is_sqlite):
            try:
                if self.is_sqlite:
                    connection.execution_options(liaison_begin="IMMEDIATE" if write else "DEFERRED")
                connection.begin()
            except exc.DBAPIError as error:  # e.g. BEGIN IMMEDIATE met a lock past the busy timeout
                raise self.unavailable(error) from error
            yield connection

    def unavailable(self, error: BaseException) -> DatabaseUnavailableError:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()
        return DatabaseUnavailableError(
            url=self.shown_url, reason=reason[0] if reason else type(error).__name__
        )

    def init(self) -> bool:
        """Create the tables and the meta row; ``False`` if the database was already set up."""
        try:
            Base.metadata.create_all(self.engine)
            with self.write() as connection:
                version = connection.scalar(select(Meta.schema_version).where(Meta.id == 1))
                if version is not None and version < SCHEMA_VERSION:
                    # version 2 added the redirects table (create_all made it); version 3 the
                    # files' index and release times; version 4 the echo marks
                    if version < 3:
                        blob_refs.upgrade_to_3(connection)
                    echo.upgrade_to_4(connection)
                    connection.execute(update(Meta).where(Meta.id == 1).values(schema_version=SCHEMA_VERSION))
                if version is not None:
                    return False
                connection.execute(insert(Meta).values(id=1, schema_version=SCHEMA_VERSION, seq=0))
                start_epoch(connection)
                return True
        except exc.DBAPIError as error:
            raise self.unavailable(error) from error

    def ensure_epoch(self) -> Epoch:
        """The server's epoch, made now (table and row) for a database from an earlier release
        that has none: it begins at the current sequence number."""
        try:
            ServerEpoch.__table__.create(self.engine, checkfirst=True)  # type: ignore[attr-defined]
            with self.write() as connection:
                found = read_epoch(connection)
                return found if found is not None else start_epoch(connection)
        except exc.DBAPIError as error:
            raise self.unavailable(error) from error

    def check(self) -> None:
        """Refuse a database that is unreachable, not initialised, or of another schema version."""
        try:
            with self.read() as connection:
                version = connection.scalar(select(Meta.schema_version).where(Meta.id == 1))
        except exc.ProgrammingError as error:  # PostgreSQL: no such table
            raise NotInitialisedError(url=self.shown_url) from error
        except exc.OperationalError as error:
            if "no such table" in str(error):
                raise NotInitialisedError(url=self.shown_url) from error
            raise self.unavailable(error) from error
        except exc.DBAPIError as error:
            raise self.unavailable(error) from error
        if version is None:
            raise NotInitialisedError(url=self.shown_url)
        if version != SCHEMA_VERSION:
            raise SchemaMismatchError(url=self.shown_url, found=version, needed=SCHEMA_VERSION)

    def close(self) -> None:
        self.engine.dispose()


def lock_sequence(connection: Connection) -> int:
    """Take the writers' lock (a no-op lock clause on SQLite, which ``BEGIN IMMEDIATE`` already
    serialised) and return the current sequence number."""
    seq = connection.scalar(select(Meta.seq).where(Meta.id == 1).with_for_update())
    if seq is None:
        raise RuntimeError("server_meta row missing: the database was not initialised")
    return int(seq)


def store_sequence(connection: Connection, seq: int) -> None:
    connection.execute(update(Meta).where(Meta.id == 1).values(seq=seq))


def current_sequence(connection: Connection) -> int:
    return int(connection.scalar(select(Meta.seq).where(Meta.id == 1)) or 0)


@dataclass(frozen=True)
class Epoch:
    """Which timeline the database is: its random id, and the sequence number it began at."""

    epoch: str
    since_seq: int


def read_epoch(connection: Connection) -> Epoch | None:
    row = connection.execute(
        select(ServerEpoch.epoch, ServerEpoch.since_seq).where(ServerEpoch.id == 1)
    ).first()
    return None if row is None else Epoch(str(row[0]), int(row[1]))


def check_epoch(connection: Connection, claimed: str | None) -> Epoch | None:
    """Refuse (409) a request made in another epoch than the database's; ``None``: the client
    does not know one yet (its first sync, or an earlier release), nothing to check. Returns
    the database's epoch."""
    found = read_epoch(connection)
    if claimed is not None and found is not None and found.epoch != claimed:
        raise ServerRestoredError(epoch=found.epoch)
    return found


def start_epoch(connection: Connection) -> Epoch:
    """Begin a new epoch at the current sequence number (in the caller's write transaction)."""
    epoch = Epoch(str(uuid.uuid4()), current_sequence(connection))
    values = {"epoch": epoch.epoch, "since_seq": epoch.since_seq, "started_at": utcnow()}
    if connection.execute(update(ServerEpoch).where(ServerEpoch.id == 1).values(values)).rowcount == 0:
        connection.execute(insert(ServerEpoch).values(id=1, **values))
    return epoch


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            folder = Path(path).parent
            if not folder.is_dir():
                raise DatabaseUnavailableError(url=url, reason=f"the folder {folder} does not exist")
            if not os.access(folder, os.W_OK):
                raise DatabaseUnavailableError(url=url, reason=f"the folder {folder} is not writable")
        engine = create_engine(
            url,
            json_serializer=dump_json,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(
        url,
        json_serializer=dump_json,
        pool_size=POOL_SIZE,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10},
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # our "begin" hook below issues BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("liaison_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")
