"""Duplicate detection (liaison.services.duplicates): time on a real data folder, and growth.

Two measurements (see README.md here):

1. **On a data folder** of ``--db-size`` contacts (default 100,000; made with ``create_many``
   from bench_foundation's generator, one contact in a hundred given a second record: the same
   name in the other script, its words turned round, or one letter changed, half of them with
   the first one's e-mail): ``Liaison.find_duplicates()`` end to end, against a floor measured
   in the same run on the same file: reading the same columns of every live contact and folding
   every name with the search key (what any detection "by the folded name key" must do).
   Target: under 5 s at 100,000.
2. **Growth**, 1k to 1M (``--sizes``): the detection on rows held in memory (no database), and
   its floor (folding the names). Each size's time over the previous one's, divided by the
   ratio of the sizes: about 1 when linear, about the size ratio (10) when quadratic.

    python -m tests.benchmarks.bench_duplicates                       # 100k folder; 1k..1M growth
    python -m tests.benchmarks.bench_duplicates --db-size 10000 --sizes 1000,10000,100000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from liaison.services import duplicates
from liaison.services.app import Liaison
from liaison.text import search_key
from tests.benchmarks.bench_foundation import SEED, log, make_contact_rows

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
TARGET_SECONDS = 5.0
_TWIN_EVERY = 100


def with_twins(rows: list[dict[str, Any]], seed: int = SEED) -> tuple[list[dict[str, Any]], int]:
    """``rows`` plus a second record for one in :data:`_TWIN_EVERY`; returns them and the count."""
    rng = random.Random(seed + 1)
    twins = []
    for index in range(0, len(rows), _TWIN_EVERY):
        row = rows[index]
        name = str(row["name"])
        how = rng.randrange(3)
        if how == 0 and row.get("latin_name"):
            twin = {"name": row["latin_name"], "latin_name": None}
        elif how == 1 and " " in name:
            first, _space, rest = name.partition(" ")
            twin = {"name": f"{rest} {first}"}
        else:
            position = max(1, len(name) - 3)
            twin = {"name": name[:position] + ("o" if name[position] != "o" else "a") + name[position + 1 :]}
        twin["institution_id"] = row.get("institution_id")
        if rng.random() < 0.5:
            twin["emails"] = list(row.get("emails") or [])
        twins.append(twin)
    return rows + twins, len(twins)


def _tuples(rows: Sequence[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (str(i), r["name"], r.get("latin_name"), r.get("institution_id"), r.get("emails"), r.get("phones"))
        for i, r in enumerate(rows)
    ]


def _floor(rows: Sequence[tuple[Any, ...]]) -> float:
    start = time.perf_counter()
    for row in rows:
        search_key(row[1])
        if row[2]:
            search_key(row[2])
    return time.perf_counter() - start


def growth(sizes: Sequence[int], institutions: Sequence[str]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for size in sizes:
        rows, twins = with_twins(make_contact_rows(size, institutions))
        tuples = _tuples(rows)
        floor = _floor(tuples)
        start = time.perf_counter()
        with duplicates._no_gc():
            groups = duplicates.group_people(duplicates._people(tuples))
        seconds = time.perf_counter() - start
        found = sum(1 for g in groups if len(g.ids) >= 2)
        result = {"contacts": len(rows), "twins": twins, "groups": found, "seconds": seconds, "floor": floor}
        if results:
            before = results[-1]
            result["growth"] = (seconds / before["seconds"]) / (len(rows) / before["contacts"])
        results.append(result)
        log(f"growth {len(rows):>9,}: {seconds:7.2f} s, floor {floor:6.2f} s, {found:,} groups")
    return results


def on_a_folder(size: int, workdir: Path) -> dict[str, Any]:
    with Liaison.open(workdir) as app:
        institutions = [str(app.institutions.create({"name": f"Institution {i}"})["id"]) for i in range(20)]
        rows, twins = with_twins(make_contact_rows(size, institutions))
        log(f"folder: creating {len(rows):,} contacts")
        app.contacts.create_many(rows)
        log("folder: detecting")
        with app.store.read() as session:
            start = time.perf_counter()
            table = duplicates.Contact.__table__
            read = session.execute(
                table.select()
                .with_only_columns(
                    table.c.id,
                    table.c.name,
                    table.c.latin_name,
                    table.c.institution_id,
                    table.c.emails,
                    table.c.phones,
                )
                .where(table.c.deleted.is_(False))
            ).all()
            _floor(read)
            floor = time.perf_counter() - start
        start = time.perf_counter()
        groups = app.find_duplicates()
        seconds = time.perf_counter() - start
    return {
        "contacts": len(rows),
        "twins": twins,
        "groups": len(groups),
        "seconds": seconds,
        "floor": floor,
        "ratio": seconds / floor if floor else None,
    }


def report(folder: dict[str, Any] | None, grown: Sequence[dict[str, Any]]) -> None:
    if folder is not None:
        mark = "!" if folder["seconds"] > TARGET_SECONDS else ""
        print(
            f"On a data folder: {folder['contacts']:,} contacts ({folder['twins']:,} seeded twins): "
            f"find_duplicates {folder['seconds']:.2f} s{mark} (target < {TARGET_SECONDS:.0f} s), "
            f"floor (read + fold) {folder['floor']:.2f} s, ratio {folder['ratio']:.2f}; "
            f"{folder['groups']:,} groups"
        )
    print()
    print("Growth (in memory): growth = (time / previous time) / (size / previous size); 1 is linear")
    print(f"{'contacts':>10} | {'seconds':>8} | {'floor s':>8} | {'ratio':>6} | {'growth':>6} | groups")
    for row in grown:
        ratio, grew = row["seconds"] / row["floor"], row.get("growth", float("nan"))
        print(
            f"{row['contacts']:>10,} | {row['seconds']:8.2f} | {row['floor']:8.2f} | "
            f"{ratio:6.2f} | {grew:6.2f} | {row['groups']:,}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)))
    parser.add_argument("--db-size", type=int, default=100_000, help="0: no data folder")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    folder = None
    if args.db_size:
        with tempfile.TemporaryDirectory() as work:
            folder = on_a_folder(args.db_size, Path(work))
    grown = growth(sizes, [f"inst-{i}" for i in range(200)])
    report(folder, grown)
    if args.json:
        args.json.write_text(json.dumps({"folder": folder, "growth": grown}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
