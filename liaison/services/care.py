"""Looking after the data file for the front ends: health report, recovery, snapshots, restore.

The work is :mod:`liaison.store.rescue`'s; this adds what needs the services (the search index
rebuilt after a recovery) and the window's daily snapshot.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from liaison.errors import KnownError
from liaison.services.app import Liaison
from liaison.store import probe, rescue
from liaison.store.engine import DB_FILENAME
from liaison.store.paths import resolve_data_dir

log = logging.getLogger(__name__)

Report = rescue.Report
RecordInUseError = rescue.RecordInUseError


def data_file(data_dir: str | os.PathLike[str] | None) -> Path:
    return resolve_data_dir(data_dir) / DB_FILENAME


def doctor(data_dir: str | os.PathLike[str] | None) -> rescue.Report:
    """SQLite's full ``integrity_check`` of the record, read-only (safe while it is open)."""
    return rescue.doctor(data_file(data_dir))


@dataclass(frozen=True)
class Recovered:
    path: Path
    damaged_copy: Path
    contacts: int
    events: int


def recover(data_dir: str | os.PathLike[str] | None, *, wait: float = 0.0) -> Recovered:
    """Recover the damaged record (waiting up to ``wait`` seconds for other programs, such as
    the window that asked for it, to close it), then rebuild its search index."""
    path = data_file(data_dir)
    deadline = time.monotonic() + wait
    while True:
        try:
            recovery = rescue.recover(path)
            break
        except rescue.RecordInUseError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.25)
    with Liaison.open(path.parent) as app:  # the search index is derived: made again from the records
        app.rebuild_search_index()
        return Recovered(recovery.recovered, recovery.damaged_copy, app.contacts.count(), app.events.count())


def take_snapshot(data_dir: str | os.PathLike[str] | None) -> Path:
    return rescue.take_snapshot(data_file(data_dir))


def snapshots(data_dir: str | os.PathLike[str] | None) -> list[Path]:
    return rescue.snapshots(resolve_data_dir(data_dir))


def restore(data_dir: str | os.PathLike[str] | None, snapshot: Path | None = None) -> tuple[Path, Path]:
    return rescue.restore(data_file(data_dir), snapshot)


def snapshot_if_due(app: Liaison) -> Path | None:
    """The window's daily snapshot: taken when the newest is a day old and the record can be
    written; a failure (no space, a damaged file) is logged, never in the officer's way."""
    store = app.store
    if store.read_only or not rescue.snapshot_due(store.data_dir):
        return None
    try:
        return rescue.take_snapshot(store.path)
    except KnownError as error:
        log.warning("No daily snapshot: %s", error.message(english=True))
        return None


def check_health(app: Liaison) -> bool:
    """SQLite's ``quick_check`` of the open record on a read-only connection of its own (the
    window runs it on a thread of its own after opening a file too big to check at open: it
    reads the whole file, ~5.6 ms a MB, and must not hold up the database worker's saves).
    Damage found stops writing, as damage met by a query does. True when sound."""
    store = app.store
    if store.damaged:
        return False
    if not probe.sound_file(store.path):
        store.mark_damaged()
        return False
    return True


def checked_at_open(app: Liaison) -> bool:
    """Whether opening already ran ``quick_check`` (files up to ``QUICK_CHECK_MAX_BYTES``)."""
    try:
        return app.store.path.stat().st_size <= probe.QUICK_CHECK_MAX_BYTES
    except OSError:
        return True
