"""The attached files benchmark still runs: a small file, end to end (the Secretariat server
and the floor's server as processes, real HTTPS), with well-formed figures. Nothing is timed."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks import bench_attachments as bench


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    work = tmp_path / "work"
    assert bench.main(["--mb", "0.5", "--rounds", "1", "--workdir", str(work), "--json", str(out)]) == 0
    report = capsys.readouterr().out
    assert "upload" in report and "download" in report and "ratio" in report
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["megabytes"] == 0.5 and len(result["rounds"]) == 1
    for key in (
        "upload_s",
        "download_s",
        "floor_upload_s",
        "floor_download_s",
        "upload_ratio",
        "download_ratio",
    ):
        assert _positive(result[key]), key
    for key in ("upload_rss_mb", "download_rss_mb"):
        assert math.isfinite(result[key]), key
    assert not any(work.iterdir()), "the folders are removed"
