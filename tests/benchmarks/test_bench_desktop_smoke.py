"""The desktop benchmark still works: run at a toy size, it produces well-formed figures.

Nothing here measures speed or asserts a time (machines are noisy; see README.md here): it
only proves that the benchmark runs end to end (database, child processes, the window on the
offscreen platform, the report) and that its fallback data generator makes valid records.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from liaison.services.app import Liaison
from tests.benchmarks import bench_desktop as bench

CONTACTS, EVENTS = 300, 60


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


@pytest.mark.slow
def test_runs_end_to_end_with_well_formed_figures(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "figures.json"
    argv = ["--contacts", str(CONTACTS), "--events", str(EVENTS), "--runs", "1", "--repetitions", "1"]
    argv += ["--warmup", "0", "--workdir", str(tmp_path / "work"), "--json", str(out), "--per-key"]
    assert bench.main(argv) == 0

    report = capsys.readouterr().out
    assert "Cold start" in report and "Peak memory" in report and "Per keystroke" in report
    figures = json.loads(out.read_text(encoding="utf-8"))
    database = figures["database"]
    assert (database["contacts"], database["events"]) == (CONTACTS, EVENTS)

    start = figures["start"]
    for key in ("python_s", "floor_s", "app_s", "ratio", "floor_rss_mib", "app_rss_mib", "rss_ratio"):
        assert _positive(start[key]), key
    assert start["runs"] == len(start["app_samples_s"]) == len(start["floor_samples_s"]) == 1
    assert start["floor_s"] >= start["floor_marks"]["shown"] > 0
    marks = start["app_marks"]
    assert 0 < marks["imported"] <= marks["shown"] <= marks["painted"] <= marks["interactive"]
    assert marks["interactive"] == start["app_s"]
    assert marks["interactive"] <= marks["ready"] == start["rows_s"]
    assert start["rows_at_ready"] > 0
    assert start["rows_scrolled"] == CONTACTS  # a toy list scrolls to its end
    assert start["search_hits"]["omur"] > 0

    keys = figures["keystrokes"]
    typed = sum(len(query) for query in bench.KEYSTROKE_QUERIES)
    assert keys["samples"] == len(keys["keystrokes"]) == typed
    assert set(keys["queries"]) == set(bench.KEYSTROKE_QUERIES)
    for figures_ in [keys, *keys["queries"].values(), *keys["keystrokes"]]:
        for key in (
            "median_ms",
            "p95_ms",
            "max_ms",
            "floor_median_ms",
            "floor_p95_ms",
            "ratio",
            "shown_p95_ms",
        ):
            assert _positive(figures_[key]), key
        assert figures_["max_ms"] >= figures_["p95_ms"] >= figures_["median_ms"]
        assert math.isfinite(figures_["beyond_floor_median_ms"])
        # the GUI-thread time is part of the time until the hits show
        assert figures_["shown_median_ms"] >= figures_["median_ms"]
    by_text = {k["text"]: k for k in keys["keystrokes"]}
    assert by_text["o"]["hits"] == bench.SEARCH_LIMIT
    assert by_text["kurmanjan datka"]["hits"] == 1


def test_fallback_generator_makes_valid_records(tmp_path: Path) -> None:
    institutions = bench._fallback_template(tmp_path, 7, bench.SEED)
    contacts = bench._fallback_contacts(60, institutions, bench.SEED)
    events = bench._fallback_events(12, institutions, bench.SEED)
    assert contacts == bench._fallback_contacts(60, institutions, bench.SEED)
    assert {row["state_code"] for row in contacts} >= {"TR", "AZ"}
    with Liaison.open(tmp_path) as app:
        assert len(app.contacts.create_many(contacts)) == 60
        assert len(app.events.create_many(events)) == 12
        assert [hit.title for hit in app.search("kurmanjan datka")] == ["Курманжан Датка (Kurmanjan Datka)"]
    assert bench.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 95) == 5.0
