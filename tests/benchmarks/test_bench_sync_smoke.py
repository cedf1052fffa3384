"""The sync benchmark still runs: at a toy size, end to end (the Secretariat server and the
floor's static server as processes, real HTTPS), with well-formed figures. Nothing is timed."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from tests.benchmarks import bench_sync as bench


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    work = tmp_path / "work"
    assert (
        bench.main(["--sizes", "60", "--repetitions", "2", "--workdir", str(work), "--json", str(out)]) == 0
    )
    report = capsys.readouterr().out
    assert "first sync" in report and "no-op" in report
    (result,) = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert result["records"] == 60
    first = result["first_sync"]
    # every contact, its first post and the institutions reached the second laptop
    assert first["records"] >= result["records"] * 2 + bench.INSTITUTIONS
    assert first["pages"] >= 1 and first["gzip_bytes"] > 0
    for key in ("seconds", "floor_s", "floor_parse_s", "server_fetch_s", "ratio"):
        assert _positive(first[key]), key
    assert result["noop"]["requests"] == 1 and _positive(result["noop"]["ratio"])
    assert result["incremental"]["pushed"] == 10 and result["incremental"]["pulled"] >= 10
    assert not any(work.iterdir()), "the folders are removed"
