"""The frozen cold-start benchmark still runs: one run each, well-formed figures; no timing asserted."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from tests.benchmarks import bench_frozen as bench
from tests.installers.frozen import frozen_build


@pytest.mark.slow
@pytest.mark.timeout(2400)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux installers")
def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path) -> None:
    result = bench.bench(frozen_build(tmp_path / "build"), 1, tmp_path)
    for kind in ("frozen", "venv"):
        for mark in ("painted", "opened"):
            value = result["medians_s"][kind][mark]
            assert math.isfinite(value) and 0 < value < 120
        assert result["medians_s"][kind]["painted"] <= result["medians_s"][kind]["opened"]
    assert "ratio" in bench.report(result)
