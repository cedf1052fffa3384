"""The load-under-attack benchmark still runs: a few laptops, one round each way, the attackers
on; the figures are well formed. Nothing is timed; the memory bound is the test's own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.benchmarks import bench_hostile as bench


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/status")
def test_runs_with_every_honest_sync_succeeding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    argv = ["--laptops", "4", "--rounds", "1", "--edits", "2", "--attackers", "2"]
    assert bench.main([*argv, "--workdir", str(tmp_path / "work"), "--json", str(out)]) == 0
    assert "honest syncs" in capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["succeeded"] == result["syncs"] == 4 * 3, result["failures"]
    assert result["server_alive"]
    assert result["server_mb"]["peak"] < bench.PEAK_BOUND_MB
    assert result["p95_ratio"] > 0
    answered = result["attacks"]
    assert answered and not any(name.endswith("→ 500") for name in answered), answered
