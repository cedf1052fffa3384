"""Fixtures: each server test runs on SQLite and, when $LIAISON_TEST_POSTGRES_URL is set, on
PostgreSQL (.ci/run starts one on loopback and sets it)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.secretariat.officers import World, populate
from tests.secretariat.server import POSTGRES_ENV, RunningServer, database_url, running_server


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "postgres" and not os.environ.get(POSTGRES_ENV):
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} (.ci/run does) to run on it too")
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(db_url, tmp_path) as running:
        yield running


@pytest.fixture
def world(server: RunningServer) -> Iterator[World]:
    """KZ officers aigerim and nurlan, AZ officer leyla, each logged in with an httpx client."""
    populated = populate(server)
    try:
        yield populated
    finally:
        populated.close()
