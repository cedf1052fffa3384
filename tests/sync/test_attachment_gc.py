"""The server's garbage collector against the real sync client: bytes uploaded before a laptop
went silent (its metadata not pushed yet) are kept within the grace period and nothing is sent
twice; collected after it, the laptop's next sync is told to upload them again and completes,
and a colleague downloads the file."""

from __future__ import annotations

import os
import time
from pathlib import Path

from liaison.secretariat.blob_gc import collect
from liaison.secretariat.blobs import ServerBlobs
from liaison.sync import files
from liaison.sync.transport import Transport
from tests.secretariat.server import RunningServer
from tests.sync.conftest import Laptop
from tests.sync.test_attachment_sync import attach

DAY = 86400.0


def upload_only(server: RunningServer, laptop: Laptop, sha256: str, name: str) -> None:
    """What a sync does before its push, and no more (the laptop is cut off right after)."""
    with Transport(server.url, ca_file=str(server.ca_file)) as transport:
        assert files.Files(laptop.app, transport, server.login(laptop.name)).upload(sha256, name) is True


def age(server_files: ServerBlobs, sha256: str, days: float) -> None:
    when = time.time() - days * DAY
    for path in [server_files.path(sha256), *server_files.holders.glob(f"*/{sha256}")]:
        os.utime(path, (when, when))


def test_a_laptop_silent_after_its_upload_finds_its_bytes_or_sends_them_again(
    laptop: Laptop, tmp_path: Path, server: RunningServer
) -> None:
    assert server.files_dir is not None
    stored = ServerBlobs(server.files_dir)
    aigerim, nurlan = laptop("aigerim"), laptop("nurlan")
    kept = attach(aigerim, tmp_path, "institution", b"%PDF-1.7\n" + os.urandom(200_000) + b"\n%%EOF\n")
    upload_only(server, aigerim, kept["sha256"], kept["name"])
    age(stored, kept["sha256"], 10)  # ten days without a sync: within the grace period
    assert collect(server.admin.db, stored).files_in_grace == 1
    aigerim.requests.clear()
    assert aigerim.sync().pending == 0
    assert not [r for r in aigerim.requests if r.method == "PUT"]  # nothing sent twice
    assert nurlan.sync().downloaded == 1

    late = attach(aigerim, tmp_path, "shared", b"%PDF-1.7\n" + os.urandom(300_000) + b"\n%%EOF\n")
    upload_only(server, aigerim, late["sha256"], late["name"])
    age(stored, late["sha256"], 45)  # a mission without network: past the grace period
    assert collect(server.admin.db, stored).files_removed == 1
    assert not stored.has(late["sha256"])
    aigerim.requests.clear()
    assert aigerim.sync().pending == 0  # told the truth ("offset 0"), it uploads again
    assert [r for r in aigerim.requests if r.method == "PUT"]
    assert stored.has(late["sha256"])
    assert nurlan.sync().downloaded == 1
    assert nurlan.app.attachments.blobs.path(late["sha256"]).read_bytes() == (
        aigerim.app.attachments.blobs.path(late["sha256"]).read_bytes()
    )
    # both are named now: however old, the collector keeps them
    age(stored, kept["sha256"], 400)
    age(stored, late["sha256"], 400)
    done = collect(server.admin.db, stored)
    assert done.files_named == 2 and done.files_removed == 0
