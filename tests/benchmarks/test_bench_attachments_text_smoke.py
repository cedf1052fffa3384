"""The attachments' text benchmark still works: at a few pages it produces well-formed figures
(no time is asserted; see README.md here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks import bench_attachments_text as bench


@pytest.mark.slow
def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "text.json"
    assert (
        bench.main(["--pages", "4", "--repetitions", "1", "--workdir", str(tmp_path), "--json", str(out)])
        == 0
    )
    assert "ratio ours / floor" in capsys.readouterr().out
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["pages"] == 4 and figures["characters_read"] > 0.9 * figures["characters_drawn"]
    assert figures["ours_ms"] >= figures["reading_ms"] > 0 and figures["floor_ms"] > 0
    assert figures["ratio"] > 0 and figures["max_main_thread_gap_ms"] > 0
