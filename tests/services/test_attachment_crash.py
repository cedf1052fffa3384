"""SIGKILL while attaching: afterwards the record and the store agree — every attachment row
has its bytes, bytes without a row are never listed as attached and are cleaned away."""

from __future__ import annotations

import hashlib
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
    import os, sys
    from pathlib import Path
    from liaison.services.app import Liaison

    app = Liaison.open(sys.argv[1])
    event_id = sys.argv[2]
    source = Path(sys.argv[3])
    n = 0
    while True:
        n += 1
        # a different file each time (several chunks), so each attach copies bytes anew
        source.write_bytes(b"%PDF-1.7\\n" + os.urandom(1024 * 1024 + n))
        app.attachments.attach("event", event_id, source, name=f"paper {n}.pdf")
        if n == 1:  # one attached for sure (reading a PDF's text makes an attach take ~0.3 s)
            print("ready", flush=True)
    """
)


@pytest.mark.parametrize("delay", [0.2, 0.5, 1.1])
def test_sigkill_during_attach_leaves_record_and_store_agreeing(
    data_dir: Path, tmp_path: Path, delay: float
) -> None:
    with Liaison.open(data_dir) as app:
        event = app.events.create({"kind": "diaspora_forum", "title": "Forum", "start_date": "2024-05-30"})
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), event["id"], str(tmp_path / "source.pdf")],
        stdout=subprocess.PIPE,
        text=True,
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
        rows = dict(connection.execute("SELECT id, sha256 FROM attachments WHERE deleted = 0").fetchall())
        queued = {
            r[0] for r in connection.execute("SELECT record_id FROM outbox WHERE entity = 'attachments'")
        }
    finally:
        connection.close()
    assert rows, "the writer should have attached something before the kill"
    assert queued == set(rows)  # every row queued, nothing queued without its row
    files = data_dir / "files"
    for digest in rows.values():  # no metadata without its bytes, whole
        stored = files / digest[:2] / digest
        assert stored.is_file()
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest
    with Liaison.open(data_dir) as app:
        listed = app.attachments.for_record("event", event["id"])
        assert {r["id"] for r in listed} == set(rows) and all(r["local"] for r in listed)
        app.attachments.clean_orphans(older_than=0)  # the writer is dead: nothing is in progress
        assert set(app.attachments.blobs.stored()) == set(rows.values())
        assert list(app.attachments.blobs.tmp.iterdir()) == []


READER = textwrap.dedent(
    """
    import sys
    from liaison.services.app import Liaison

    app = Liaison.open(sys.argv[1])
    original = app.attachments.index_attachment_text

    def reading(sha256, **kwargs):
        done = original(sha256, **kwargs)
        print("read", flush=True)  # committed: this file's text is kept
        return done

    app.attachments.index_attachment_text = reading
    app.attachments.index_pending()
    print("all", flush=True)
    """
)


def test_sigkill_while_reading_files_for_search_resumes_with_the_files_not_done(data_dir: Path) -> None:
    """The reading of files attached without their text (``index_pending``, which the window
    runs at start-up) killed mid-way: the files read are kept, the next run reads only the rest,
    and then every file is found by what it says."""
    from tests.services.test_attachment_search import file_hits, pdf_bytes

    with Liaison.open(data_dir) as app:
        plan = app.plans.create({"title": "Plan 2024", "year": 2024})
        for n in range(4):  # long enough that the kill lands while one is read
            pages = [f"Paper {n} page {page}" for page in range(120)] + [f"Qazalem paper{n}"]
            info = app.attachments.blobs.add_stream([pdf_bytes(*pages)])
            app.attachments.create_from_blob("joint_action_plans", plan["id"], f"paper {n}.pdf", info)
        assert len(app.attachments.pending_texts()) == 4
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "read"
        os.kill(reader.pid, signal.SIGKILL)  # while the second file is read
    finally:
        reader.wait(timeout=10)
        if reader.stdout:
            reader.stdout.close()
    assert reader.returncode == -signal.SIGKILL
    with Liaison.open(data_dir) as app:
        left = len(app.attachments.pending_texts())
        assert 1 <= left <= 3  # the first file's text was kept; the one being read was not
        assert app.attachments.index_pending() == left
        assert app.attachments.pending_texts() == []
        found = {hit.subtitle for hit in file_hits(app, "Qazalem")}
        assert len(file_hits(app, "Qazalem")) == 4, found
