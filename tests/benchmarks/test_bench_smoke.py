"""The benchmark code still works: run at a toy size, it produces well-formed figures.

Nothing here measures speed or asserts a time (machines are noisy; see README.md here): it
only proves that the benchmark runs end to end, that its floors measure the same work as the
service (the search floor finds exactly the hits the service finds) and that its data is valid.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import phonenumbers
import pytest

from tests.benchmarks import bench_foundation as bench

TOY = 500


def _positive(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


def test_runs_end_to_end_with_well_formed_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "figures.json"
    work = tmp_path / "work"
    argv = ["--sizes", str(TOY), "--in-process", "--repetitions", "3", "--warmup", "1", "--budget", "0.05"]
    assert bench.main([*argv, "--workdir", str(work), "--json", str(out), "--per-query"]) == 0

    report = capsys.readouterr().out
    assert "ratio(b)" in report and "Per keystroke" in report
    (result,) = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert result["contacts"] == TOY and result["events"] == TOY // 5
    assert not any(work.iterdir()), "the databases are removed unless --keep"

    bulk = result["bulk"]
    assert bulk["rows"] == TOY
    for key in ("service_s", "floor_a_s", "floor_b_s", "ratio_a", "ratio_b", "rows_per_s", "peak_rss_mb"):
        assert _positive(bulk[key]), key

    search = result["search"]
    assert set(search["classes"]) == set(bench.QUERY_CLASSES)
    for key in ("median_ms", "p95_ms", "floor_median_ms", "floor_p95_ms", "ratio", "worst_ratio"):
        assert _positive(search[key]), key
    queries = {q["query"]: q for q in search["queries"]}
    assert len(queries) == sum(len(texts) for texts in bench.QUERY_CLASSES.values())
    for q in queries.values():
        assert q["samples"] == 3 and _positive(q["median_ms"]) and _positive(q["floor_median_ms"])
        assert q["p95_ms"] >= q["median_ms"]
    assert queries["o"]["hits"] == bench.SEARCH_LIMIT
    assert queries["Омур"]["hits"] > 0 and queries["ış"]["hits"] > 0 and queries["bish"]["hits"] > 0
    assert queries["kurmanjan datka"]["hits"] == 1


def test_rows_are_deterministic_and_valid() -> None:
    institutions = [f"institution-{n}" for n in range(7)]
    rows = bench.make_contact_rows(200, institutions, seed=7)
    assert rows == bench.make_contact_rows(200, institutions, seed=7)
    assert rows[100]["name"] == bench.RARE_NAME[0]
    assert all(row["emails"] and row["institution_id"] in institutions for row in rows)
    phones = [row["phones"][0] for row in rows if "phones" in row]
    assert len(phones) == 20
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(phone, None)) for phone in phones)
    assert {phone.split()[0] for phone in (bench.make_phone(random.Random(n)) for n in range(60))} == {
        "+7",
        "+996",
        "+90",
    }
    assert bench.floor_expression("saparbekuly qory") == '{title body} : ("saparbekuli"* AND "kori"*)'
    assert bench.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 95) == 5.0
