"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must never touch the officer's real data directory.
os.environ.pop("LIAISON_DATA_DIR", None)
# ... and speak English whatever the machine's locale (tests that switch languages say so).
os.environ["LIAISON_LANGUAGE"] = "en"

from liaison.services.app import Liaison


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def app(data_dir: Path) -> Iterator[Liaison]:
    service = Liaison.open(data_dir)
    try:
        yield service
    finally:
        service.close()
