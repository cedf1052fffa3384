"""The files' visibility benchmark still runs: toy sizes, well-formed figures, same answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks import bench_blob_visibility as bench


def test_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    assert bench.main(["--records", "300", "--files", "40", "--repetitions", "5", "--json", str(out)]) == 0
    assert "before/after" in capsys.readouterr().out
    figures = json.loads(out.read_text(encoding="utf-8"))
    checks = figures["checks"]
    assert checks["hit"]["answer"] is True
    assert checks["hidden"]["answer"] is False and checks["guessed"]["answer"] is False
    assert all(
        row["before_ms"] > 0 and row["after_ms"] > 0 and row["floor_ms"] > 0 for row in checks.values()
    )
    assert figures["upgrade_s"] > 0
    assert figures["gc"]["files_removed"] == figures["gc"]["files_named"] == 20
