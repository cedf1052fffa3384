"""The first-push benchmark still runs: at a toy size, end to end (the Secretariat server and the
floor's sink as processes, real HTTPS), with well-formed figures and the progress reported.
Nothing is timed."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks import bench_first_push as bench


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    work = tmp_path / "work"
    assert bench.main(["--size", "600", "--workdir", str(work), "--json", str(out)]) == 0
    assert "floor" in capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    # every contact and its post, and the institutions, went in batches of at most 500
    assert result["changes"] == 600 * 2 + bench.INSTITUTIONS
    assert result["pushed"] >= result["changes"] and result["push_requests"] >= 3
    for key in ("seconds", "floor_s", "ratio", "gzip_bytes"):
        assert _positive(result[key]), key
    progress = result["progress"]
    assert progress["grows"] and progress["last"] == [result["changes"], result["changes"]]
    assert progress["first_push_reports"] >= result["push_requests"]
    assert not any(work.iterdir()), "the folders are removed"
