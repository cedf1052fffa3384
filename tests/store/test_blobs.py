"""The content-addressed store of attached files: real files in a tmp folder, read back."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from liaison.errors import DiskFullError
from liaison.store.blobs import (
    BadHashError,
    BlobStore,
    BlobTooLargeError,
    DamagedBlobError,
    HashMismatchError,
    MissingBlobError,
    check_sha256,
)
from tests.disk import small_disk


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_file_is_stored_under_its_hash_and_read_back(tmp_path: Path) -> None:
    source = tmp_path / "plan.pdf"
    data = b"%PDF-1.7\n" + os.urandom(3 * 1024 * 1024 + 17)  # several chunks
    source.write_bytes(data)
    blobs = BlobStore(tmp_path / "files")
    info = blobs.add_file(source)
    assert info.sha256 == _sha(data) and info.size == len(data)
    assert blobs.path(info.sha256) == tmp_path / "files" / info.sha256[:2] / info.sha256
    assert blobs.has(info.sha256)
    with blobs.open(info.sha256) as stored:
        assert stored.read() == data
    assert list((tmp_path / "files" / "tmp").iterdir()) == []  # no temporary file left
    assert list(blobs.stored()) == [info.sha256]


def test_the_same_bytes_are_stored_once(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    first = blobs.add_stream([b"the same ", b"bytes"])
    second = blobs.add_stream([b"the same bytes"])
    assert first == second
    assert list(blobs.stored()) == [first.sha256]


def test_a_hash_mismatch_stores_nothing(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    wanted = _sha(b"what the server promised")
    with pytest.raises(HashMismatchError) as raised:
        blobs.add_stream([b"what arrived"], expected_sha256=wanted, name="agenda.pdf")
    assert "agenda.pdf" in raised.value.message()
    assert not blobs.has(wanted) and not blobs.has(_sha(b"what arrived"))
    assert list(blobs.stored()) == [] and list(blobs.tmp.iterdir()) == []
    assert (
        blobs.add_stream([b"what the server ", b"promised"], expected_sha256=wanted.upper()).sha256 == wanted
    )


def test_too_large_stops_while_copying_and_stores_nothing(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    with pytest.raises(BlobTooLargeError):
        blobs.add_stream((b"x" * 1024 for _ in range(3000)), max_size=2 * 1024 * 1024)
    assert list(blobs.stored()) == [] and list(blobs.tmp.iterdir()) == []


def test_a_failing_source_leaves_no_file(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")

    def chunks() -> object:
        yield b"half a file"
        raise OSError("the USB stick was pulled out")

    with pytest.raises(OSError):
        blobs.add_stream(chunks())  # type: ignore[arg-type]
    assert list(blobs.stored()) == [] and list(blobs.tmp.iterdir()) == []


@pytest.mark.parametrize(
    "hostile", ["../x", "/etc/passwd", "..", "a" * 63, "g" * 64, "0" * 64 + "/..", "", "0" * 63 + "\n"]
)
def test_a_hostile_hash_never_becomes_a_path(tmp_path: Path, hostile: str) -> None:
    blobs = BlobStore(tmp_path / "files")
    with pytest.raises(BadHashError):
        blobs.path(hostile)
    with pytest.raises(BadHashError):
        blobs.has(hostile)
    with pytest.raises(BadHashError):
        blobs.discard(hostile)
    with pytest.raises(BadHashError):
        blobs.add_stream([b"x"], expected_sha256=hostile)


def test_check_sha256_lowercases() -> None:
    assert check_sha256("AB" * 32) == "ab" * 32


def test_missing_bytes_are_a_typed_error(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    with pytest.raises(MissingBlobError) as raised:
        blobs.open("0" * 64, name="photo.jpg")
    assert "photo.jpg" in raised.value.message()
    assert not (tmp_path / "files").exists()  # reading creates nothing


def test_discard_and_clean_tmp(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    info = blobs.add_stream([b"bytes"])
    assert blobs.discard(info.sha256) and not blobs.has(info.sha256)
    assert not blobs.discard(info.sha256)
    stale = blobs.tmp / "blob-crashed.part"
    stale.write_bytes(b"half")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    fresh = blobs.tmp / "blob-writing.part"
    fresh.write_bytes(b"in progress")
    assert blobs.clean_tmp() == 1
    assert not stale.exists() and fresh.exists()  # another process may be writing it


def test_a_full_disk_is_one_typed_error_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    """A write the full disk refuses must not come back, untyped, when the file is closed (a
    buffered writer keeps the refused tail and raises again: a traceback for the officer)."""
    with small_disk(tmp_path / "disk", "2m") as disk:
        blobs = BlobStore(tmp_path / "disk" / "files")
        blobs.tmp.mkdir(parents=True)
        disk.fill()
        for data in (b"a short note\n", os.urandom(300_000)):
            with pytest.raises(DiskFullError) as raised:
                blobs.add_stream([data], name="note.txt")
            assert "full" in raised.value.message()
            assert list(blobs.stored()) == [] and list(blobs.tmp.iterdir()) == []
        disk.free()  # the cause gone, the next try works
        info = blobs.add_stream([b"a short note\n"])
        assert blobs.path(info.sha256).read_bytes() == b"a short note\n"


def _damage(blobs: BlobStore, sha256: str) -> None:
    """Change a byte in the middle of the stored file, as a failing disk or a hand would."""
    path = blobs.path(sha256)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damaged_bytes_are_never_handed_over_and_are_set_aside(tmp_path: Path) -> None:
    data = b"%PDF-1.7\n" + os.urandom(2 * 1024 * 1024 + 5)
    blobs = BlobStore(tmp_path / "files")
    info = blobs.add_stream([data])
    copy = tmp_path / "copy.bin"
    with copy.open("wb") as out:
        assert blobs.copy_checked(info.sha256, out) == len(data)
    assert copy.read_bytes() == data
    blobs.verify(info.sha256)

    _damage(blobs, info.sha256)
    with copy.open("wb") as out, pytest.raises(DamagedBlobError) as raised:
        blobs.copy_checked(info.sha256, out, name="plan.pdf")
    message = raised.value.message()
    assert "plan.pdf" in message and "damaged" in message
    assert not blobs.has(info.sha256)  # free for a download, or the original attached again
    (kept,) = (blobs.root / "damaged").iterdir()
    assert kept.name.startswith(info.sha256) and str(kept.parent) in message
    assert list(blobs.stored()) == []  # never counted as stored
    with pytest.raises(MissingBlobError):
        blobs.verify(info.sha256)
    assert blobs.add_stream([data]).sha256 == info.sha256  # the original again
    blobs.verify(info.sha256)


def test_the_same_bytes_stored_again_replace_damaged_ones(tmp_path: Path) -> None:
    """Stored once, but not kept damaged: the good bytes replace those of the same size that no
    longer hash to their name."""
    data = os.urandom(100_000)
    blobs = BlobStore(tmp_path / "files")
    info = blobs.add_stream([data])
    _damage(blobs, info.sha256)
    blobs.add_stream([data])
    assert blobs.path(info.sha256).read_bytes() == data
    assert list(blobs.tmp.iterdir()) == []


def test_a_download_resumes_from_its_part_and_a_second_writer_gets_its_own_file(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 5)
    digest = _sha(data)
    blobs = BlobStore(tmp_path / "files")
    with blobs.partial(digest, name="plan.pdf") as first:
        assert first.offset == 0
        first.add([data[:1000], data[1000:2_000_000]])
        with blobs.partial(digest, name="plan.pdf") as second:  # another process, the same file
            assert second.offset == 0 and second.path != first.path
        # cut off here: the part stays
    (part,) = blobs.tmp.iterdir()
    assert part.name == f"dl-{digest}.part" and part.stat().st_size == 2_000_000
    with blobs.partial(digest, name="plan.pdf") as again:
        assert again.offset == 2_000_000 and again.resumed
        again.add([data[2_000_000:]])
        assert again.finish().size == len(data)
    assert blobs.path(digest).read_bytes() == data
    assert list(blobs.tmp.iterdir()) == []


def test_a_download_s_part_is_kept_a_week_other_leftovers_an_hour(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "files")
    digest = _sha(b"x")
    with blobs.partial(digest) as part:
        part.add([b"half"])
    leftover = blobs.tmp / "blob-crashed.part"
    leftover.write_bytes(b"crashed attach")
    assert blobs.clean_tmp(older_than=0) == 1  # the attach's leftover; the download resumes later
    (kept,) = blobs.tmp.iterdir()
    week_ago = time.time() - 8 * 24 * 3600
    os.utime(kept, (week_ago, week_ago))
    assert blobs.clean_tmp() == 1 and list(blobs.tmp.iterdir()) == []
