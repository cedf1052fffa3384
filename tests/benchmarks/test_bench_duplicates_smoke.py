"""The duplicates benchmark still runs: toy sizes, well-formed figures, seeded twins found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmarks import bench_duplicates as bench


def test_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    assert bench.main(["--sizes", "300,900", "--db-size", "300", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "On a data folder" in printed and "Growth" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    folder = figures["folder"]
    assert folder["contacts"] == 303 and folder["seconds"] > 0 and folder["floor"] > 0
    assert folder["groups"] >= folder["twins"] // 2  # most seeded twins are found
    sizes = [row["contacts"] for row in figures["growth"]]
    assert sizes == [303, 909] and "growth" in figures["growth"][1]
