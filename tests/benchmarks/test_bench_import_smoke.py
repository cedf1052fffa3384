"""The import/export benchmark still runs (small; the figures are not checked)."""

from __future__ import annotations

from tests.benchmarks import bench_import


def test_bench_import_runs_small(capsys) -> None:  # type: ignore[no-untyped-def]
    figures = bench_import.main(["--size", "300"])
    assert figures["import_csv_ratio"] > 0 and figures["export_xlsx_ratio"] > 0
    assert "ratio" in capsys.readouterr().out
