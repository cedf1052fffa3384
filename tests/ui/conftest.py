"""Fixtures for the desktop tests: real widgets on Qt's offscreen platform, real SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from liaison.services.app import Liaison
from liaison.ui.tasks import TaskManager


@pytest.fixture
def tasks(qapp: object) -> Iterator[TaskManager]:
    """The serialized database worker, drained and stopped after the test."""
    manager = TaskManager()
    try:
        yield manager
    finally:
        manager.drain()
        manager.shutdown()


@pytest.fixture
def sample_app(app: Liaison) -> Liaison:
    """An open data directory holding the sample record."""
    from liaison.services.sample import load_sample_data

    load_sample_data(app)
    return app
