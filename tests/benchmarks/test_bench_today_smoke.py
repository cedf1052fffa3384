"""The Today view's benchmark still works: at a toy size it produces well-formed figures (no
time is asserted; see README.md here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks import bench_today as bench


@pytest.mark.slow
def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "today.json"
    argv = [
        "--contacts",
        "300",
        "--events",
        "120",
        "--repetitions",
        "3",
        "--workdir",
        str(tmp_path),
        "--json",
        str(out),
    ]
    assert bench.main(argv) == 0
    assert "Today view read" in capsys.readouterr().out
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["records"]["action_items"] == 120 * bench.ACTIONS_PER_EVENT
    for side in ("ours", "floor"):
        assert figures[side]["p95_ms"] >= figures[side]["median_ms"] > 0
    rows = figures["rows"]
    assert rows["overdue_count"] >= rows["overdue"] > 0 and rows["minutes_to_agree"] > 0
