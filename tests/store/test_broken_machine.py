"""The officer's machine misbehaves: a read-only disk, a full disk, a damaged, empty or foreign
file. Each is a typed error with one sentence, and nothing is written where it must not be."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from liaison.errors import (
    CannotOpenError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    DiskIOError,
    EmptyDatabaseFileError,
    NotADatabaseError,
    ReadOnlyStoreError,
)
from liaison.services.app import Liaison
from liaison.store import probe
from liaison.store.engine import DB_FILENAME, open_store
from tests.disk import damage_one_page, malformed, small_disk


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _record_with_a_contact(folder: Path) -> str:
    with Liaison.open(folder) as app:
        return str(app.contacts.create({"name": "Gulnara Batyrova", "notes": "met in Bishkek"})["id"])


def test_a_read_only_disk_opens_the_record_for_reading_and_refuses_writes(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        folder = disk.root / "data"
        contact_id = _record_with_a_contact(folder)
        before = _digest(folder / DB_FILENAME)
        disk.read_only()
        with Liaison.open(folder) as app:
            assert app.store.read_only and not app.store.damaged
            assert app.contacts.get(contact_id)["name"] == "Gulnara Batyrova"
            assert [hit.id for hit in app.search("batyrova")] == [contact_id]
            with pytest.raises(ReadOnlyStoreError) as refused:
                app.contacts.create({"name": "Aigerim"})
        assert "read-only" in refused.value.message()
        assert "Aigerim" not in refused.value.message()
        assert _digest(folder / DB_FILENAME) == before


def test_a_full_disk_is_one_sentence_and_the_write_works_once_there_is_space(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        folder = disk.root / "data"
        _record_with_a_contact(folder)
        with Liaison.open(folder) as app:
            disk.fill()
            notes = "Ş" * 90_000
            with pytest.raises(DiskFullError) as full:
                app.contacts.create({"name": "Kubanychbek Omuraliev", "notes": notes})
            assert "full" in full.value.message() and "Omuraliev" not in full.value.message()
            assert app.contacts.count() == 1  # nothing half-written
            disk.free()
            app.contacts.create({"name": "Kubanychbek Omuraliev", "notes": notes})
            assert app.contacts.count() == 2


def test_a_zero_byte_file_is_refused_and_left_as_it_is(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseFileError) as empty:
        open_store(data_dir)
    assert "0 bytes" in empty.value.message()
    assert path.stat().st_size == 0
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]


def test_another_programs_sqlite_file_is_refused_untouched(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    connection = sqlite3.connect(path)
    connection.executescript("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Dombra');")
    connection.close()
    before = _digest(path)
    with pytest.raises(NotADatabaseError):
        open_store(data_dir)
    assert _digest(path) == before  # not switched to WAL (byte 18 of the header is still 1)
    assert path.read_bytes()[18] == 1
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_FILENAME]


def test_a_new_record_never_leaves_a_zero_byte_file(data_dir: Path) -> None:
    open_store(data_dir).close()
    path = data_dir / DB_FILENAME
    assert path.read_bytes()[:16] == probe.SQLITE_HEADER
    assert not path.with_name(DB_FILENAME + ".new").exists()


def test_a_damaged_page_is_found_at_open_and_nothing_is_written(data_dir: Path) -> None:
    _record_with_a_contact(data_dir)
    with Liaison.open(data_dir) as app:  # enough pages that the middle one holds records
        for number in range(300):
            app.contacts.create({"name": f"Contact {number}", "notes": "x" * 200})
    path = data_dir / DB_FILENAME
    damage_one_page(path)
    assert malformed(path)  # an independent look agrees that the file is damaged
    before = _digest(path)
    with Liaison.open(data_dir) as app:
        assert app.store.damaged and app.store.read_only
        with pytest.raises(DamagedDatabaseError) as damaged:
            app.contacts.create({"name": "Aigerim"})
    assert "liaison recover" in damaged.value.message()
    assert _digest(path) == before


def test_damage_met_after_open_stops_writing_here_and_at_the_next_open(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Liaison.open(data_dir) as app:
        for number in range(300):
            app.contacts.create({"name": f"Contact {number}", "notes": "x" * 200})
    path = data_dir / DB_FILENAME
    damage_one_page(path)
    monkeypatch.setattr(probe, "QUICK_CHECK_MAX_BYTES", 0)  # a big file: no check at open
    with Liaison.open(data_dir) as app:
        assert not app.store.damaged
        with pytest.raises(DamagedDatabaseError), app.store.read() as session:
            session.execute(text("SELECT * FROM contacts")).all()
        assert app.store.damaged
        with pytest.raises(DamagedDatabaseError):
            app.contacts.create({"name": "Aigerim"})
    assert probe.damage_mark(path).exists()
    with Liaison.open(data_dir) as app:
        assert app.store.damaged


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (5, DatabaseLockedError),
        (8, ReadOnlyStoreError),
        (13, DiskFullError),
        (10 | (13 << 8), DiskIOError),  # SQLITE_IOERR_FSYNC with space to spare
        (11, DamagedDatabaseError),
        (26, NotADatabaseError),
        (14, CannotOpenError),
    ],
)
def test_sqlite_result_codes_become_the_officers_errors(tmp_path: Path, code: int, expected: type) -> None:
    error = sqlite3.OperationalError("INSERT INTO contacts (name) VALUES ('Secret Name')")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    known = probe.known_error(tmp_path / DB_FILENAME, error)
    assert isinstance(known, expected)
    assert "Secret Name" not in known.message() and "INSERT" not in known.message()
