"""The files' garbage collector (``liaison-secretariat gc``) on a real server's folder and
database: it removes exactly the bytes no live record has named for the grace period and the
uploads abandoned for a day, keeps what is named, recent, being uploaded or being promised, and
never removes bytes a push is naming meanwhile."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import time
from typing import Any

import pytest

from liaison.protocol.constants import MAX_BLOB_REQUEST_BYTES
from liaison.secretariat import blob_gc, blob_refs
from liaison.secretariat.blob_gc import GRACE, collect, vouch
from liaison.secretariat.blobs import ServerBlobs
from liaison.secretariat.cli import main
from tests.secretariat.officers import Officer, World, change
from tests.secretariat.test_blobs import attach, put, status, upload

DAY = 24 * 3600.0


def data(label: str, size: int = 50_000) -> bytes:
    return (label.encode() * size)[:size]


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def files_of(world: World) -> ServerBlobs:
    assert world.server.files_dir is not None
    return ServerBlobs(world.server.files_dir)


def age(world: World, digest: str, days: float) -> None:
    """Make the bytes (and their holders' marks) look ``days`` old, as if uploaded back then."""
    files = files_of(world)
    when = time.time() - days * DAY
    os.utime(files.path(digest), (when, when))
    for mark in files.holders.glob(f"*/{digest}"):
        os.utime(mark, (when, when))


def stored(world: World, digest: str) -> bool:
    return files_of(world).has(digest)


def can_get(officer: Officer, digest: str) -> bool:
    return officer.http.get(f"/v1/blobs/{digest}").status_code == 200


def gc(world: World, **options: Any) -> blob_gc.Collected:
    return collect(world.server.admin.db, files_of(world), **options)


def test_gc_removes_exactly_the_unnamed_expired_bytes_and_stale_parts(world: World) -> None:
    named, tombstoned, never, recent = (data(label) for label in ("named", "tombstoned", "never", "recent"))
    for content in (named, tombstoned, never, recent):
        upload(world.aigerim, content)
    attach(world.aigerim, digest_of(named), visibility="shared", size=len(named))
    gone = attach(world.aigerim, digest_of(tombstoned), visibility="shared", size=len(tombstoned))
    rev = world.aigerim.pull_all()[0][gone]["rev"]
    assert world.aigerim.push_one(change(gone, entity="attachments", op="delete", base_rev=rev))[
        "status"
    ] == ("applied")
    for content in (named, tombstoned, never):
        age(world, digest_of(content), 100)  # uploaded long ago; the tombstone is today
    files = files_of(world)
    # two uploads left half-way: one idle for two days, one written an hour ago
    stale, fresh = data("stale part"), data("fresh part")
    assert put(world.leyla, digest_of(stale), stale[:1000], 0, len(stale)).status_code == 200
    assert put(world.nurlan, digest_of(fresh), fresh[:1000], 0, len(fresh)).status_code == 200
    stale_part = files.part(digest_of(stale), world.leyla.institution_id)
    os.utime(stale_part, (time.time() - 2 * DAY,) * 2)
    os.utime(files.part(digest_of(fresh), world.nurlan.institution_id), (time.time() - 3600,) * 2)

    done = gc(world)

    assert not stored(world, digest_of(never))
    assert not list(files.holders.glob(f"*/{digest_of(never)}"))  # its holders' marks went with it
    assert stored(world, digest_of(named)) and can_get(world.leyla, digest_of(named))
    assert stored(world, digest_of(tombstoned))  # released today: in its grace period
    assert stored(world, digest_of(recent))  # uploaded today, its metadata may come later
    assert not stale_part.exists()
    assert files.received(digest_of(fresh), world.nurlan.institution_id) == 1000
    assert (done.files_removed, done.bytes_removed, done.files_named, done.files_in_grace) == (
        1,
        len(never),
        1,
        2,
    )
    assert (done.parts_removed, done.part_bytes_removed, done.parts_kept) == (1, 1000, 1)
    # the laptop that uploaded the removed bytes is told the truth: send them again
    assert status(world.aigerim, digest_of(never)) == {
        "sha256": digest_of(never),
        "offset": 0,
        "complete": False,
        "max_chunk": MAX_BLOB_REQUEST_BYTES,
    }
    assert upload(world.aigerim, never)["complete"] is True

    # a month on: the tombstoned and the never-named go; the named stays, however old
    later = gc(world, now=time.time() + GRACE.total_seconds() + DAY)
    assert not stored(world, digest_of(tombstoned)) and not stored(world, digest_of(recent))
    assert not stored(world, digest_of(never))
    assert stored(world, digest_of(named)) and can_get(world.aigerim, digest_of(named))
    assert later.files_removed == 3 and later.files_named == 1
    with world.server.admin.db.read() as connection:  # no release time outlives its bytes
        assert blob_refs.released_at(connection, [digest_of(tombstoned)]) == {}


def test_a_withdrawn_record_releases_its_bytes(world: World) -> None:
    content = data("withdrawn")
    upload(world.aigerim, content)
    record_id = attach(world.aigerim, digest_of(content), visibility="institution", size=len(content))
    age(world, digest_of(content), 100)
    assert gc(world).files_named == 1 and stored(world, digest_of(content))
    rev = world.aigerim.pull_all()[0][record_id]["rev"]
    withdrawn = world.aigerim.push_one(
        change(record_id, entity="attachments", op="update", base_rev=rev, visibility="private")
    )
    assert withdrawn["status"] == "applied"
    assert gc(world).files_in_grace == 1 and stored(world, digest_of(content))  # withdrawn today
    assert gc(world, now=time.time() + GRACE.total_seconds() + DAY).files_removed == 1


def test_bytes_uploaded_before_a_long_silence_survive_the_metadata_coming_late(world: World) -> None:
    """Bytes first, metadata later: a laptop uploaded, then was cut off for 40 days. When it
    comes back it asks first; the "complete" answer refreshes the bytes, so a collection right
    then keeps them and the metadata finds them."""
    content = data("late metadata")
    upload(world.aigerim, content)
    age(world, digest_of(content), 40)
    assert status(world.aigerim, digest_of(content))["complete"] is True  # the laptop asks: kept
    assert gc(world).files_in_grace == 1 and stored(world, digest_of(content))
    attach(world.aigerim, digest_of(content), size=len(content))
    assert can_get(world.nurlan, digest_of(content))
    # and had the collection come first, the laptop would have been told to send them again
    other = data("collected first")
    upload(world.aigerim, other)
    age(world, digest_of(other), 40)
    assert gc(world).files_removed == 1
    assert status(world.aigerim, digest_of(other))["complete"] is False
    assert upload(world.aigerim, other)["complete"] is True
    attach(world.aigerim, digest_of(other), size=len(other))
    assert can_get(world.nurlan, digest_of(other))


def test_a_push_naming_the_bytes_while_gc_decides_keeps_them(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector's last check is made under the writers' lock: a push that named the bytes
    after its first look (a real push, through the server) is seen, and the bytes stay."""
    content = data("raced")
    upload(world.aigerim, content)
    age(world, digest_of(content), 40)
    real = blob_refs.named
    calls: list[int] = []

    def named_then_pushed(connection: Any, hashes: Any) -> set[str]:
        found = real(connection, hashes)
        if not calls:  # the first look saw it named by nothing; now a laptop pushes its record
            calls.append(1)
            attach(world.aigerim, digest_of(content), size=len(content))
        return found

    monkeypatch.setattr(blob_refs, "named", named_then_pushed)
    done = gc(world)
    assert calls and done.files_removed == 0 and done.files_named == 1
    assert stored(world, digest_of(content)) and can_get(world.nurlan, digest_of(content))


def test_bytes_being_promised_or_uploaded_again_are_kept(world: World) -> None:
    content = data("promised")
    upload(world.aigerim, content)
    age(world, digest_of(content), 40)
    files = files_of(world)
    with files.path(digest_of(content)).open("rb") as held:  # a vouch holding the shared lock
        fcntl.flock(held.fileno(), fcntl.LOCK_SH)
        assert gc(world).files_removed == 0
    # another institution uploading the same bytes (a part of them in tmp/) keeps them too
    assert put(world.leyla, digest_of(content), content[:1000], 0, len(content)).status_code == 200
    assert gc(world).files_removed == 0 and stored(world, digest_of(content))
    writing = files.begin(digest_of(content), world.leyla.institution_id, 1000, len(content))
    try:  # a part being written, however old, is never removed
        os.utime(files.part(digest_of(content), world.leyla.institution_id), (time.time() - 3 * DAY,) * 2)
        assert gc(world).parts_kept == 1
    finally:
        writing.close()
    done = gc(world)  # the part idle for days goes, and with it the last reason to keep the bytes
    assert done.parts_removed == 1 and done.files_removed == 1
    assert vouch(files, digest_of(content)) is False  # gone: no laptop is told otherwise


def test_a_dry_run_removes_nothing_and_the_command_reports(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    content = data("dry run")
    upload(world.aigerim, content)
    age(world, digest_of(content), 40)
    folder = str(world.server.files_dir)
    url = world.server.db_url
    assert main(["--db", url, "gc", "--files-dir", folder, "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True and report["files_removed"] == 1
    assert report["bytes_removed"] == len(content) and stored(world, digest_of(content))
    assert main(["--db", url, "gc", "--files-dir", folder, "--grace-days", "60"]) == 0
    assert "removed 0 file(s)" in capsys.readouterr().out and stored(world, digest_of(content))
    assert main(["--db", url, "gc", "--files-dir", folder]) == 0
    assert "removed 1 file(s)" in capsys.readouterr().out and not stored(world, digest_of(content))
    with pytest.raises(SystemExit) as refused:
        main(["--db", url, "gc", "--files-dir", folder, "--grace-days", "0"])
    assert refused.value.code == 2 and "--grace-days" in capsys.readouterr().err


def test_gc_without_a_files_folder_uses_serve_s_default_or_says_which_option(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LIAISON_SECRETARIAT_FILES", raising=False)
    code = main(["--db", db_url, "gc"])
    out, err = capsys.readouterr()
    if db_url.startswith("sqlite"):  # the folder beside the database, as serve's
        assert code == 0 and "removed 0 file(s)" in out
    else:
        assert code == 2 and "--files-dir" in err and err.count("\n") == 1
