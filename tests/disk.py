"""A real small disk for tests: a tmpfs mounted on a folder, which can be filled or made
read-only (root ignores file permissions, so ``chmod`` proves nothing in CI; a read-only mount
refuses root too). Tests skip where the system does not let them mount (not root, or a
container without the right)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


class SmallDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def read_only(self) -> None:
        result = _mount("-o", "remount,ro", str(self.root))
        assert result.returncode == 0, result.stderr

    def writable(self) -> None:
        result = _mount("-o", "remount,rw", str(self.root))
        assert result.returncode == 0, result.stderr

    def fill(self) -> None:
        """Leave no free byte (tmpfs: a file written until ENOSPC)."""
        chunk = os.urandom(1 << 16)
        # unbuffered: a buffered writer keeps the tail of a partial write and raises ENOSPC again
        # when it is closed (it did once the record's schema grew by a few pages)
        with self.filler.open("ab", buffering=0) as handle:
            try:
                while handle.write(chunk):
                    pass
            except OSError:
                pass
            small = chunk[:512]
            try:
                while handle.write(small):
                    pass
            except OSError:
                pass

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@contextmanager
def small_disk(folder: Path, size: str = "16m") -> Iterator[SmallDisk]:
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs the tests as root)")
    result = _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield SmallDisk(folder)
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def damage_one_page(path: Path, table: str = "contacts", seed: int = 12) -> int:
    """Overwrite one leaf page of ``table`` (the middle one) with random bytes, as a failing
    disk would; returns the page's number. Pages are found with SQLite's ``dbstat``."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
            )
        ]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    assert pages, f"{table} has no leaf page"
    number = pages[len(pages) // 2]
    with path.open("r+b") as handle:
        handle.seek((number - 1) * page_size)
        handle.write(random.Random(seed).randbytes(page_size))
    return int(number)


def malformed(path: Path) -> bool:
    """What SQLite's own ``integrity_check`` says, through a read-only connection."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True
    finally:
        connection.close()
