"""The briefing benchmark still works: one meeting, one run, well-formed figures.

Nothing here measures speed or asserts a time (see README.md in this folder): it proves the
benchmark's record builds through the services, that ours and the floor make the same document
(the same number of pages), and that the report and the JSON come out."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks import bench_briefing as bench


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    argv = ["--events", "1", "--repetitions", "1", "--warmup", "0", "--json", str(out)]
    assert bench.main([*argv, "--workdir", str(tmp_path / "work")]) == 0
    report = capsys.readouterr().out
    assert "Briefing pack: 1 meetings" in report and "ratio" in report
    result = json.loads(out.read_text(encoding="utf-8"))["result"]
    assert result["events"] == 1 and result["pages"] > 10
    for key in ("ours_s", "floor_s", "ratio", "layout_s", "ratio_layout", "gather_s", "ms_per_page"):
        assert _positive(result[key]), key
    assert result["layout_s"] <= result["floor_s"]  # the floor's layout is part of the floor
