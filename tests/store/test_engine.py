"""Opening the database: pragmas, clear errors for unusable files, backup before migrating."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from liaison.errors import DatabaseLockedError, DatabaseTooNewError, DataDirectoryError, NotADatabaseError
from liaison.store import engine, migrate, paths
from liaison.store.engine import DB_FILENAME, open_store, resolve_data_dir


def test_new_database_is_wal_with_foreign_keys_and_full_sync(data_dir: Path) -> None:
    store = open_store(data_dir)
    try:
        with store.read() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            states = session.execute(text("SELECT code FROM states ORDER BY sort_order")).scalars().all()
        assert states == ["TR", "AZ", "KZ", "KG", "UZ", "HU", "TM", "TRNC", "OTS"]
        assert (data_dir / DB_FILENAME).exists()
    finally:
        store.close()


def test_foreign_keys_are_enforced(data_dir: Path) -> None:
    store = open_store(data_dir)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
            session.execute(
                text(
                    "INSERT INTO contacts (id, server_rev, deleted, visibility, created_at, updated_at, "
                    "name, institution_id, languages, emails, phones, tags) VALUES ('c1', 0, 0, 'shared', "
                    "'2024-01-01', '2024-01-01', 'x', 'no-such-institution', '[]', '[]', '[]', '[]')"
                )
            )
    finally:
        store.close()


def test_reopening_does_not_migrate_or_back_up_again(data_dir: Path) -> None:
    open_store(data_dir).close()
    open_store(data_dir).close()
    assert not (data_dir / "backups").exists()


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LIAISON_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_data_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv("LIAISON_DATA_DIR")
    assert resolve_data_dir(None) == paths.default_data_dir()


def test_a_file_that_is_not_a_database_gets_a_clear_error(data_dir: Path) -> None:
    (data_dir / DB_FILENAME).write_text("These are my notes, not a database.\n" * 10)
    with pytest.raises(NotADatabaseError) as caught:
        open_store(data_dir)
    assert "is not a Liaison database" in caught.value.message()
    assert str(data_dir / DB_FILENAME) in caught.value.message()


def test_another_programs_sqlite_file_is_not_migrated_into(data_dir: Path) -> None:
    connection = sqlite3.connect(data_dir / DB_FILENAME)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(NotADatabaseError):
        open_store(data_dir)
    connection = sqlite3.connect(data_dir / DB_FILENAME)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    connection.close()
    assert tables == {"recipes"}


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    open_store(data_dir).close()
    connection = sqlite3.connect(data_dir / DB_FILENAME)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    before = (data_dir / DB_FILENAME).read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        open_store(data_dir)
    assert "newer version of Liaison" in caught.value.message()
    assert "9999_from_the_future" in caught.value.message()
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_a_database_locked_by_another_process_gets_a_clear_error(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir).close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sqlite3, sys, time
                c = sqlite3.connect({str(data_dir / DB_FILENAME)!r}, isolation_level=None)
                c.execute("BEGIN EXCLUSIVE")
                print("locked", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLockedError) as caught:
            store = open_store(data_dir)
            with store.write() as session:
                session.execute(text("INSERT INTO settings (key, value) VALUES ('k', '1')"))
        assert "locked by another program" in caught.value.message()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=10)
        assert holder.stdout is not None
        holder.stdout.close()


def test_unusable_data_folder_gets_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirectoryError) as caught:
        open_store(blocker / "data")
    assert str(blocker / "data") in caught.value.message()


NEXT_REVISION = '''
"""test: add a column"""
import sqlalchemy as sa
from alembic import op

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("nickname")
'''


def test_migration_takes_an_online_backup_first_and_keeps_the_data(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from liaison.services.app import Liaison

    with Liaison.open(data_dir) as app:
        app.contacts.create({"name": "Омуралиев Кубанычбек", "latin_name": "Kubanychbek Omuraliev"})
    head = migrate.head_revision()

    # A copy of our migrations plus one more revision stands in for the next release.
    scripts = tmp_path / "next_release" / "migrations"
    shutil.copytree(Path(migrate.__file__).parent / "migrations", scripts)
    (scripts / "versions" / "0999_test.py").write_text(NEXT_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(scripts))

    store = open_store(data_dir)
    try:
        with store.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0999_test"
            names = session.execute(text("SELECT name, nickname FROM contacts")).all()
        assert names == [("Омуралиев Кубанычбек", None)]
    finally:
        store.close()
    backups = list((data_dir / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(f"liaison-{head}-")
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert copy.execute("SELECT name FROM contacts").fetchall() == [("Омуралиев Кубанычбек",)]
    finally:
        copy.close()


def test_a_lock_met_at_begin_is_a_clear_error_too(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    store = open_store(data_dir)
    holder = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None, timeout=0.1)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseLockedError), store.write() as session:
            session.execute(text("INSERT INTO settings (key, value) VALUES ('k', '1')"))
        holder.execute("ROLLBACK")
        with store.write() as session:  # the session was closed cleanly: the store still works
            session.execute(text("INSERT INTO settings (key, value) VALUES ('k', '1')"))
    finally:
        holder.close()
        store.close()
