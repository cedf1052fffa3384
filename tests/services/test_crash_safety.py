"""A process killed mid-write leaves every change either saved and queued, or neither."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from liaison.services.app import Liaison

WRITER = textwrap.dedent(
    """
    import sys
    from liaison.services.app import Liaison

    app = Liaison.open(sys.argv[1])
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        contact = app.contacts.create({"name": f"Делегат {n}", "emails": [f"d{n}@example.kz"]})
        app.contacts.update(contact["id"], {"notes": "Minutes typed live " * n})
        if n % 7 == 0:
            app.contacts.delete(contact["id"])
        if n % 50 == 0:
            app.contacts.create_many([{"name": f"Bulk {n}-{k}"} for k in range(200)])
    """
)


@pytest.mark.parametrize("delay", [0.15, 0.4, 0.9])
def test_sigkill_during_writes_loses_no_queued_change(data_dir: Path, delay: float) -> None:
    Liaison.open(data_dir).close()  # schema in place, so the kill lands in the writes
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=10)
        if writer.stdout:
            writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL

    connection = sqlite3.connect(data_dir / "liaison.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        live = {r[0] for r in connection.execute("SELECT id FROM contacts WHERE deleted = 0")}
        gone = {r[0] for r in connection.execute("SELECT id FROM contacts WHERE deleted = 1")}
        queued = {r[0] for r in connection.execute("SELECT record_id FROM outbox WHERE entity = 'contacts'")}
        indexed = {r[0] for r in connection.execute("SELECT record_id FROM search_docs")}
        fts_rows = connection.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    finally:
        connection.close()
    assert live, "the writer should have saved something before the kill"
    # Never synced, so every live record must still be queued as a create, and nothing queued
    # may point at a record that is not there; deleted-before-sync records cancel their create.
    assert queued == live
    assert not (gone & queued)
    assert indexed == live
    assert fts_rows == len(indexed)
    with Liaison.open(data_dir) as app:  # and it opens again, as if nothing happened
        assert app.contacts.count() == len(live)
