"""The Today view's queries on a large record, against a floor measured in the same run.

    python -m tests.benchmarks.bench_today                        # 100,000 contacts, 20,000 events
    python -m tests.benchmarks.bench_today --contacts 10000 --events 2000 --json today.json

The database is ``bench_desktop``'s (contacts and events by ``create_many``; reused from
``--workdir``), plus action items (four per event: most done, some overdue, some due soon, some
later), a bilateral meeting for every fifth event and minutes for every past event (one in ten
still a draft), all by ``create_many``. Then, alternating which goes first, ``--repetitions``
times each:

- **ours**: :func:`liaison.services.today.agenda_in` for a day inside the record's dates (the
  Today view's one read: events and bilaterals of the next weeks, overdue and due-soon actions
  with the overdue count, draft minutes of past meetings), in a read transaction;
- **floor**: the first page of the events list (``Records.list(limit=50)``) in a read
  transaction, what any page of the window reads first.

Target: the Today view's read under 20 ms (median and p95 printed, with the ratio to the floor).
A measurement, not a timed test: nothing fails when the target is missed (see README.md).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from liaison.services.app import Liaison
from liaison.services.today import agenda_in
from tests.benchmarks.bench_desktop import DEFAULT_CONTACTS, DEFAULT_EVENTS, SEED, build_database, log

TARGET_MS = 20.0
ACTIONS_PER_EVENT = 4


def add_today_records(directory: Path, seed: int = SEED) -> dict[str, int]:
    """Action items, bilateral meetings and minutes for the events of ``directory`` (once: a
    marker file says they are there)."""
    marker = directory / "today.json"
    if marker.exists():
        counts: dict[str, int] = json.loads(marker.read_text(encoding="utf-8"))
        return counts
    rng = random.Random(seed)
    with Liaison.open(directory) as app:
        events = app.events.list()
        today = middle_day(app)
        actions: list[dict[str, Any]] = []
        bilaterals: list[dict[str, Any]] = []
        for number, event in enumerate(events):
            start: date = event["start_date"]
            for index in range(ACTIONS_PER_EVENT):
                due = start + timedelta(days=rng.randint(7, 120))
                done = due < today and rng.random() < 0.9
                actions.append(
                    {
                        "title": f"Follow-up {index + 1} of {event['title'][:60]}",
                        "due_date": due,
                        "status": "done" if done else rng.choice(("open", "in_progress")),
                        "event_id": event["id"],
                    }
                )
            if number % 5 == 0:
                bilaterals.append(
                    {"title": f"Bilateral on the margins {number}", "date": start, "event_id": event["id"]}
                )
        app.actions.create_many(actions)
        app.bilaterals.create_many(bilaterals)
        minutes = [
            {"event_id": e["id"], "title": f"Minutes {n}", "status": "draft" if n % 10 == 0 else "agreed"}
            for n, e in enumerate(events)
            if e["start_date"] <= today
        ]
        created = len(app.minutes.create_many(minutes))
    counts = {"action_items": len(actions), "bilaterals": len(bilaterals), "minutes": created}
    marker.write_text(json.dumps(counts), encoding="utf-8")
    return counts


def middle_day(app: Liaison) -> date:
    """A day in the middle of the record's events (so that each list of the view has rows)."""
    with app.store.read() as session:
        from sqlalchemy import func, select

        from liaison.store.meetings import Event

        first, last = session.execute(select(func.min(Event.start_date), func.max(Event.start_date))).one()
    if first is None:
        return date.today()
    return first + (last - first) / 2  # type: ignore[no-any-return]


def _ms(values: Sequence[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000,
    }


def bench(directory: Path, repetitions: int) -> dict[str, Any]:
    with Liaison.open(directory) as app:
        today = middle_day(app)
        ours: list[float] = []
        floor: list[float] = []
        shown: dict[str, int] = {}

        def run_ours() -> None:
            start = time.perf_counter()
            with app.store.read() as session:
                seen = agenda_in(session, today)
            ours.append(time.perf_counter() - start)
            shown.update(
                events=len(seen.events),
                bilaterals=len(seen.bilaterals),
                overdue=len(seen.overdue),
                overdue_count=seen.overdue_count,
                due_soon=len(seen.due_soon),
                minutes_to_agree=len(seen.minutes_to_agree),
            )

        def run_floor() -> None:
            start = time.perf_counter()
            app.events.list(limit=50)
            floor.append(time.perf_counter() - start)

        for _ in range(3):  # warm the page cache and the statement caches
            run_ours()
            run_floor()
        ours.clear()
        floor.clear()
        for repetition in range(repetitions):
            for run in (run_ours, run_floor) if repetition % 2 == 0 else (run_floor, run_ours):
                run()
    result = {"today": today.isoformat(), "ours": _ms(ours), "floor": _ms(floor), "rows": shown}
    result["ratio"] = result["ours"]["median_ms"] / max(result["floor"]["median_ms"], 1e-9)
    return result


def format_report(result: dict[str, Any]) -> str:
    ours, floor, db = result["ours"], result["floor"], result["database"]
    mark = "ok" if ours["p95_ms"] < TARGET_MS else "MISSED"
    return "\n".join(
        [
            f"Today view on {db['contacts']:,} contacts, {db['events']:,} events "
            f"({result['records']}), as of {result['today']}",
            f"  Today view read: median {ours['median_ms']:.2f} ms, p95 {ours['p95_ms']:.2f} ms "
            f"(target < {TARGET_MS:.0f} ms: {mark})",
            f"  floor (events list, first page): median {floor['median_ms']:.2f} ms, "
            f"p95 {floor['p95_ms']:.2f} ms",
            f"  ratio {result['ratio']:.1f}x; rows shown {result['rows']}",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--contacts", type=int, default=DEFAULT_CONTACTS)
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS)
    parser.add_argument("--repetitions", type=int, default=50)
    parser.add_argument("--workdir", type=Path, default=None, help="where the database goes (kept)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="liaison-bench-today-"))
    directory, info = build_database(workdir, args.contacts, args.events)
    log("adding action items, bilateral meetings and minutes")
    records = add_today_records(directory)
    result = bench(directory, args.repetitions)
    result.update(database=info, records=records)
    print(format_report(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
