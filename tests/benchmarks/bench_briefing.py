"""Briefing benchmark: a ~100-page pack against reportlab laying out the same flowables.

The figure is a ratio against a floor measured in the same run on the same machine (see
``README.md`` in this folder); nothing fails when the target is missed.

    python -m tests.benchmarks.bench_briefing                  # 6 meetings: about 110 pages
    python -m tests.benchmarks.bench_briefing --events 16 --json briefing.json

The record: ``--events`` ministerial meetings a year apart, each with nine delegations (one per
OTS state, a head and a delegate each, the same people from meeting to meeting, so profiles
carry a history), ten agenda items, agreed minutes of ten entries, two bilateral meetings with
outcomes, open action items, and a Joint Action Plan of eight activities per year; names in
Cyrillic, Turkish, Azerbaijani, Uzbek and Hungarian spellings. The pack briefs on every meeting.

- **ours**: :func:`liaison.briefing.write_briefing` end to end — reading the record through the
  services, building the flowables, laying them out (every pass ``multiBuild`` needs for the
  contents and "page X of Y"), and writing the file through a temporary file and a rename.
- **floor**: the same flowables built and laid out without our data gathering: from data
  gathered once beforehand, the story is made (``Layout.story``) and laid out by the same
  document template with ``multiBuild`` into memory. The layout alone (``multiBuild`` of a
  story made beforehand, reportlab's work only) is timed too and reported as a second, stricter
  ratio.

Runs alternate (ours, floor, ours, …) after an untimed warm-up of each; figures are medians.
Targets (issue 5): ours within **1.5×** the floor and under **3 s** for about 100 pages.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from liaison.briefing import BriefingRequest, Subject, write_briefing
from liaison.briefing.document import BriefingDocument
from liaison.briefing.gather import gather
from liaison.briefing.layout import Layout
from liaison.briefing.styles import make_styles
from liaison.briefing.wording import Wording
from liaison.services.app import Liaison
from liaison.store.reference import STATES

TARGET_RATIO = 1.5
TARGET_SECONDS = 3.0
TODAY = date(2026, 11, 22)

HEADS = {
    "TR": ("Abdullah Eren", None),
    "AZ": ("Fuad Muradov", None),
    "KZ": ("Абзал Сапарбекұлы", "Abzal Saparbekuly"),
    "KG": ("Гульнара Батырова", "Gulnara Batyrova"),
    "UZ": ("Oʻktam Gʻaniyev", "Oktam Ganiyev"),
    "HU": ("Szűcs Bence", "Bence Szűcs"),
    "TM": ("Мерген Өвезов", "Mergen Ovezov"),
    "TRNC": ("Ayşe Güleryüz", None),
    "OTS": ("Кубанычбек Омуралиев", "Kubanychbek Omuraliev"),
}
DELEGATES = {
    "TR": ("Elif Işık", None),
    "AZ": ("Rəşad Məmmədov", "Rashad Mammadov"),
    "KZ": ("Айгерім Жақсылықова", "Aigerim Zhaksylykova"),
    "KG": ("Айбек Токтогулов", "Aibek Toktogulov"),
    "UZ": ("Dilnoza Yoʻldosheva", "Dilnoza Yuldosheva"),
    "HU": ("Lőrinc Kovács", "Lőrinc Kovács"),
    "TM": ("Огулджемал Мырадова", "Oguljemal Myradova"),
    "TRNC": ("Mehmet Öztürk", None),
    "OTS": ("İrem Başoğlu", None),
}
CITIES = ("Bishkek", "Tashkent", "Budapest", "Baku", "Astana", "Ankara", "Ashgabat", "Lefkoşa")
COUNTRIES = ("KG", "UZ", "HU", "AZ", "KZ", "TR", "TM", "CY")
PARAGRAPH = (
    "The Parties exchanged views on the capacity building training programmes for diaspora NGO "
    "representatives abroad, on the OTS Diaspora Youth Forum and on the exchange of experience "
    "among the diaspora institutions; they noted the Qazalem portal, the Yurt application and the "
    "work of the Vatandoshlar foundation, and asked the Secretariat to circulate the proposals."
)


def build_record(app: Liaison, events: int) -> list[Subject]:
    """The record described in the module docstring; returns the subjects of the pack."""
    institutions = {
        code: app.institutions.create({"name": f"Diaspora institution of {name}", "state_code": code})["id"]
        for code, name, _status in STATES
    }
    people: dict[str, tuple[str, str]] = {}
    for code, _name, _status in STATES:
        for table in (HEADS, DELEGATES):
            name, latin = table[code]
            record = app.contacts.create(
                {
                    "name": name,
                    "latin_name": latin,
                    "honorific": "Mr",
                    "position": "Head of Department, Relations with Diaspora Organisations",
                    "institution_id": institutions[code],
                    "state_code": code,
                    "languages": ["ru", "en"],
                    "emails": [f"{code.lower()}.{len(people)}@example.org"],
                    "notes": PARAGRAPH,
                }
            )
            people.setdefault(code, (record["id"], ""))
            if table is DELEGATES:
                people[code] = (people[code][0], record["id"])
    subjects = []
    for n in range(events):
        start = date(2019 + n, 11, 20)
        event = app.events.create(
            {
                "kind": "ministerial_meeting",
                "number": n + 3,
                "title": f"{n + 3}th Meeting of the Ministers and Heads of Diaspora Institutions",
                "start_date": start,
                "city": CITIES[n % len(CITIES)],
                "country": COUNTRIES[n % len(COUNTRIES)],
                "host_institution_id": institutions[STATES[n % len(STATES)][0]],
                "description": PARAGRAPH,
            }
        )
        subjects.append(Subject("event", event["id"]))
        agenda = [
            app.agenda.create(
                {"event_id": event["id"], "position": i, "title": f"Agenda item {i + 1}: {PARAGRAPH[:80]}"}
            )
            for i in range(10)
        ]
        for code, _name, _status in STATES:
            head, delegate = people[code]
            delegation = app.delegations.create(
                {
                    "event_id": event["id"],
                    "state_code": code,
                    "institution_id": institutions[code],
                    "head_contact_id": head,
                }
            )
            for contact, role in ((head, "head_of_delegation"), (delegate, "delegate")):
                app.participants.create(
                    {
                        "event_id": event["id"],
                        "contact_id": contact,
                        "delegation_id": delegation["id"],
                        "role": role,
                        "attended": True,
                    }
                )
        minutes = app.minutes.create(
            {"event_id": event["id"], "title": f"Minutes of meeting {n + 3}", "summary": PARAGRAPH}
        )
        for i, item in enumerate(agenda):
            app.minutes_entries.create(
                {
                    "minutes_id": minutes["id"],
                    "agenda_item_id": item["id"],
                    "position": i,
                    "notes": PARAGRAPH,
                    "decisions": PARAGRAPH[:160],
                }
            )
        app.minutes.agree(minutes["id"], by_name="OTS Secretariat", on=start)
        plan = app.plans.create(
            {
                "year": start.year + 1,
                "title": f"Diaspora Joint Activity Plan {start.year + 1}",
                "adopted_event_id": event["id"],
            }
        )
        for i in range(8):
            app.activities.create(
                {
                    "plan_id": plan["id"],
                    "position": i + 1,
                    "title": f"Activity {i + 1}: {PARAGRAPH[:70]}",
                    "description": PARAGRAPH[:200],
                    "responsible_states": ["OTS", STATES[i % 5][0]],
                    "timeframe": f"{start.year + 1}",
                    "status": "planned",
                }
            )
        for i in range(2):
            a, b = STATES[(n + i) % 5][0], STATES[(n + i + 1) % 5][0]
            bilateral = app.bilaterals.create(
                {
                    "event_id": event["id"],
                    "title": f"Bilateral {a}–{b} at meeting {n + 3}",
                    "date": start,
                    "topics": PARAGRAPH,
                    "outcomes": PARAGRAPH[:200],
                }
            )
            for code in (a, b):
                app.bilateral_parties.create(
                    {
                        "bilateral_id": bilateral["id"],
                        "state_code": code,
                        "institution_id": institutions[code],
                        "contact_id": people[code][0],
                    }
                )
            app.actions.create(
                {
                    "title": f"Follow up the bilateral {a}–{b}",
                    "assignee_institution_id": institutions[a],
                    "assignee_contact_id": people[a][1],
                    "due_date": start + timedelta(days=90),
                    "event_id": event["id"],
                }
            )
    return subjects  # fmt: skip


def _median(values: list[float]) -> float:
    return statistics.median(values)


def run(events: int, repetitions: int, warmup: int, workdir: Path) -> dict[str, Any]:
    data = workdir / "data"
    data.mkdir(parents=True)
    started = time.perf_counter()
    with Liaison.open(data) as app:
        subjects = build_record(app, events)
        setup_s = time.perf_counter() - started
        request = BriefingRequest(subjects=tuple(subjects), marking="RESTRICTED", today=TODAY)
        wording = Wording("en")
        pack = gather(app, request)  # the floor's data, gathered once, outside its timing

        def ours() -> tuple[float, int]:
            out = workdir / "pack.pdf"
            start = time.perf_counter()
            briefing = write_briefing(app, request, out)
            return time.perf_counter() - start, briefing.pages

        def floor() -> tuple[float, float, int]:
            """(flowables and layout, layout alone, pages)"""
            start = time.perf_counter()
            story, counter = Layout(pack, wording, make_styles()).story()
            built = time.perf_counter()
            document = BriefingDocument(BytesIO(), pack, wording, counter)
            document.multiBuild(story, maxPasses=6)
            end = time.perf_counter()
            return end - start, end - built, int(counter.total or 0)

        def gathering() -> float:
            start = time.perf_counter()
            gather(app, request)
            return time.perf_counter() - start

        for _ in range(warmup):
            ours()
            floor()
        ours_s: list[float] = []
        floor_s: list[float] = []
        layout_s: list[float] = []
        gather_s: list[float] = []
        pages = floor_pages = 0
        for _ in range(repetitions):
            seconds, pages = ours()
            ours_s.append(seconds)
            seconds, layout, floor_pages = floor()
            floor_s.append(seconds)
            layout_s.append(layout)
            gather_s.append(gathering())
    assert pages == floor_pages, (pages, floor_pages)  # the same document
    ours_median, floor_median, layout_median = _median(ours_s), _median(floor_s), _median(layout_s)
    return {
        "events": events,
        "pages": pages,
        "setup_s": setup_s,
        "repetitions": repetitions,
        "ours_s": ours_median,
        "floor_s": floor_median,
        "ratio": ours_median / floor_median,
        "layout_s": layout_median,
        "ratio_layout": ours_median / layout_median,
        "gather_s": _median(gather_s),
        "ours_runs_s": ours_s,
        "floor_runs_s": floor_s,
        "ms_per_page": 1000 * ours_median / max(pages, 1),
    }


def format_report(result: dict[str, Any]) -> str:
    ratio_mark = "" if result["ratio"] <= TARGET_RATIO else " !"
    time_mark = "" if result["ours_s"] < TARGET_SECONDS else " !"
    target = f"target ≤ {TARGET_RATIO}x and < {TARGET_SECONDS:.0f} s"
    return "\n".join(
        [
            f"Briefing pack: {result['events']} meetings, {result['pages']} pages "
            f"(record built in {result['setup_s']:.1f} s), median of {result['repetitions']} runs",
            f"  ours   gather + flowables + layout + file   {result['ours_s']:.3f} s"
            f"  ({result['ms_per_page']:.1f} ms/page){time_mark}",
            f"  floor  flowables + layout (no gathering)    {result['floor_s']:.3f} s",
            f"  ratio  {result['ratio']:.2f}x{ratio_mark}   ({target})",
            f"  layout alone (reportlab multiBuild)         {result['layout_s']:.3f} s"
            f"   ratio {result['ratio_layout']:.2f}x",
            f"  gathering the record                        {result['gather_s']:.3f} s",
        ]
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=6, help="meetings in the pack (default 6: ~110 pages)")
    parser.add_argument("--repetitions", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each first (default 1)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--workdir", type=Path, help="where the database goes (kept); default a temporary folder"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="liaison-bench-briefing-"))
    try:
        result = run(args.events, args.repetitions, args.warmup, workdir)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_report(result))
    if args.json:
        environment = {"python": sys.version.split()[0], "platform": platform.platform()}
        args.json.write_text(
            json.dumps({"environment": environment, "result": result}, indent=2) + "\n", encoding="utf-8"
        )
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
