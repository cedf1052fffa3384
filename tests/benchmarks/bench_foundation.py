"""Foundation benchmarks: search as you type and bulk contact creation, each against its floor.

Every figure is printed as a ratio against a floor measured in the same run on the same
machine, because absolute times on a shared machine mean little. These are measurements, not
timed tests: nothing here fails when a target is missed (see ``README.md`` in this folder).

    python -m tests.benchmarks.bench_foundation --sizes 1000,10000,100000 --json bench.json
    python tests/benchmarks/bench_foundation.py --sizes 1000000

Per size N (contacts; events = N / 5), in a fresh folder:

1. A template database at the current schema (``Liaison.open`` → ``open_store``: Alembic)
   holding ~200 institutions made through the service. Every database below starts as a byte
   copy of it, so the service and the floors start from exactly the same state.
2. Bulk: ``app.contacts.create_many(rows)`` on a copy, timed. The rows it wrote are read back
   and raw-inserted, with one ``executemany`` per table in one transaction on a plain
   ``sqlite3`` connection configured like the application's (WAL, ``synchronous=FULL``,
   foreign keys on), into two more copies: floor (a) the ``contacts`` rows only; floor (b)
   everything the service wrote (contacts, outbox, search_docs and search_fts rows).
3. ``app.events.create_many`` adds N / 5 events to the service's copy (timed, reported, no
   target), then the WAL is checkpointed and the file size reported.
4. Search: for each typed query, interleaved and repeated, ``Liaison.search(text, limit=50)``
   end to end against the floor, a plain ``sqlite3`` connection on the same file running
   ``SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50`` with the
   same MATCH expression, computed beforehand.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import multiprocessing
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers

from liaison.services.app import Liaison
from liaison.services.vocabulary import EVENT_KINDS
from liaison.store.engine import BUSY_TIMEOUT_MS, DB_FILENAME
from liaison.text import fts_prefix_query, search_key, transliterate_cyrillic

DEFAULT_SIZES = (1_000, 10_000, 100_000)
SEED = 20240611
INSTITUTIONS = 200
SEARCH_LIMIT = 50
FLOOR_SQL = f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT {SEARCH_LIMIT}"
TARGET_RATIO = 3.0
TARGET_SEARCH_MS = 20.0

# What an officer types, keystroke by keystroke, grouped by the kind of query it is.
QUERY_CLASSES: dict[str, tuple[str, ...]] = {
    "first letter": ("o", "b", "m", "i", "s", "О"),
    "Latin prefix": ("om", "omu", "omur", "omura", "omural", "omuraliev"),
    "Cyrillic prefix": ("Ом", "Ому", "Омур", "Омура", "Омуралиев"),
    "Azerbaijani": ("ma", "mam", "mamm", "mammad", "Məmmədov"),
    "Turkish": ("ı", "ış", "işı", "işık"),
    "place": ("bi", "bis", "bish", "bishkek"),
    "two words": ("saparbekuly", "saparbekuly q", "saparbekuly qo", "saparbekuly qory"),
    "rare name": ("kurmanjan", "kurmanjan d", "kurmanjan datka"),
}

# -- synthetic data -------------------------------------------------------------------------------
# Names are built from syllables with a fixed seed; the lists make sure the queries above find
# common names (Омуралиев/Omuraliev, Сапарбекулы, Məmmədov, Işık, Bishkek) and one rare one.

CYRILLIC_GIVEN = (
    (
        "Ай",
        "Нур",
        "Бак",
        "Ас",
        "Ер",
        "Жыл",
        "Гүл",
        "Мир",
        "Кан",
        "Тал",
        "Чол",
        "Ал",
        "Дин",
        "Ому",
        "Сул",
        "Бол",
    ),
    ("бек", "лан", "гүл", "дыз", "ыт", "ель", "ара", "пон", "мас", "ат", "тан", "жан", "рбек", "жамал"),
)
CYRILLIC_SURNAME = (
    ("Омур", "Сапар", "Тур", "Жол", "Иса", "Мам", "Ток", "Кул", "Бай", "Сыд", "Касым", "Аб", "Нур", "Жума"),
    ("али", "бек", "ган", "дыр", "ат", "ма", "ке", "", "тай", "бай"),
    ("ев", "ов", "ева", "ова", "улы", "қызы", "уулу", "кызы"),
)
LATIN_GIVEN = (
    ("Nur", "Ai", "Dil", "Sho", "Bek", "Zhan", "Yer", "Qai", "Sau", "Ulu", "Ja", "Ma"),
    ("lan", "gerim", "noza", "xrux", "zat", "na", "rat", "le", "gbek", "sur", "dina"),
)
LATIN_SURNAME = (
    ("Sapar", "Omur", "Tokt", "Qasym", "Nazar", "Yusup", "Ergash", "Rashid", "Zhaksy", "Abdu", "Mamyr"),
    ("bek", "ali", "ar", "", "ov", "lla"),
    ("uly", "qyzy", "ov", "ova", "uulu", "ev", "jonov"),
)
TURKISH_GIVEN = (
    ("Ah", "Ay", "Ça", "Gök", "Şu", "Öz", "Ü", "Eb", "İl", "Yi", "Bü", "Ha", "Mu", "Se", "Ke"),
    ("met", "şe", "ğrı", "han", "le", "ge", "mit", "ru", "ker", "ğit", "şra", "kan", "rat", "lin", "mal"),
)
TURKISH_SURNAME = (
    ("Yıl", "Öz", "Şa", "Çe", "Ak", "Ka", "Er", "Ay", "Doğ", "Gül", "Iş", "Kı", "Ars", "Tu", "Bü"),
    ("dız", "türk", "hin", "lik", "soy", "ya", "can", "taş", "men", "an", "ık", "lıç", "lan", "ncer", "yük"),
)
AZERI_GIVEN = (
    ("El", "Rə", "Ay", "Gü", "Vü", "Nər", "Tu", "Ley", "Or", "Sə", "Fə", "İl", "Kə", "Şah"),
    ("çin", "şad", "nur", "nel", "qar", "min", "ral", "la", "xan", "bina", "rid", "ham", "nan", "in"),
)
AZERI_SURNAME = (
    (
        "Məmməd",
        "Əli",
        "Hüseyn",
        "Həsən",
        "Quli",
        "Rza",
        "İsmayıl",
        "Abbas",
        "Cəfər",
        "Nəsib",
        "Qasım",
        "Kərim",
    ),
    ("ov", "ova", "yev", "yeva", "li", "zadə"),
)
AZERI_LATIN = str.maketrans(
    {"ə": "a", "Ə": "A", "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ğ": "gh", "ı": "i", "İ": "I",
     "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "x": "kh", "q": "g", "Q": "G"}
)  # fmt: skip
RARE_NAME = ("Курманжан Датка", "Kurmanjan Datka")
POSITIONS = (
    "Chairman", "Deputy Chairman", "Head of Department", "Chief Specialist", "Adviser to the Minister",
    "Attaché", "Председатель", "Заместитель директора", "Главный специалист", "Başkan", "Daire Başkanı",
    "Uzman", "Şöbə müdiri", "Baş məsləhətçi", "Boʻlim boshligʻi", "Diaspora coordinator",
)  # fmt: skip
TAGS = ("youth forum", "media", "VIP", "alumni", "women leaders", "business council", "scholar", "2024 forum")
DOMAINS = ("otandastar.kz", "kairylman.kg", "ytb.gov.tr", "diaspora.gov.az", "vatandoshlar.uz", "gmail.com")
INSTITUTION_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "KZ": (
        ("NJSC Otandastar Qory", "Qazaq Diaspora Association", "Ministry of Foreign Affairs of Kazakhstan"),
        ("Astana", "Almaty", "Shymkent", "Aktobe"),
    ),
    "KG": (
        ("State Agency for Diaspora Affairs Kairylman", "Кыргыз диаспора борбору", "Ministry of Culture"),
        ("Bishkek", "Osh", "Karakol"),
    ),
    "TR": (
        ("Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı", "Türk Dünyası Vakfı", "Dışişleri Bakanlığı"),
        ("Ankara", "İstanbul", "İzmir"),
    ),
    "AZ": (("Diaspora ilə İş üzrə Dövlət Komitəsi", "Azərbaycan Diaspor Mərkəzi"), ("Bakı", "Gəncə")),
    "UZ": (("Vatandoshlar jamoat fondi", "Oʻzbekiston Xalqaro Madaniyat Markazi"), ("Toshkent", "Samarqand")),
    "HU": (("Hungarian Turan Foundation",), ("Budapest", "Debrecen")),
    "TM": (("Türkmenistanyň Daşary işler ministrligi",), ("Aşgabat",)),
}
EVENT_CITIES = ("Bishkek", "Astana", "Baku", "Istanbul", "Tashkent", "Budapest", "Turkistan", "Cholpon-Ata")
VENUES = (
    "Congress Hall",
    "Rixos Hotel",
    "Ministry of Foreign Affairs",
    "Ala-Too Square",
    "Palace of Independence",
)


def _pick(rng: random.Random, parts: Sequence[Sequence[str]]) -> str:
    return "".join(rng.choice(part) for part in parts)


def make_phone(rng: random.Random) -> str:
    """A mobile number of Kazakhstan (+7 7xx), Kyrgyzstan (+996) or Türkiye (+90) that
    ``phonenumbers`` accepts as valid (the service refuses the others)."""
    while True:
        family = rng.randrange(3)
        if family == 0:
            operator = rng.choice(("01", "02", "05", "07", "47", "71", "75", "76", "77", "78"))
            text = (
                f"+7 7{operator} {rng.randrange(1000):03d} {rng.randrange(100):02d} {rng.randrange(100):02d}"
            )
        elif family == 1:
            operator = rng.choice(("555", "700", "770", "550", "501", "222"))
            text = f"+996 {operator} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"
        else:
            operator = rng.choice(("05", "30", "32", "33", "36", "42", "43", "52", "55"))
            text = (
                f"+90 5{operator} {rng.randrange(1000):03d} {rng.randrange(100):02d} {rng.randrange(100):02d}"
            )
        if phonenumbers.is_valid_number(phonenumbers.parse(text, None)):
            return text


def make_name(rng: random.Random) -> tuple[str, str | None, str]:
    """(name, latin_name, state_code): Cyrillic 45 %, Latin 20 %, Turkish 20 %, Azerbaijani 15 %."""
    roll = rng.random()
    if roll < 0.45:
        name = f"{_pick(rng, CYRILLIC_GIVEN)} {_pick(rng, CYRILLIC_SURNAME)}"
        return name, transliterate_cyrillic(name), rng.choice(("KG", "KZ"))
    if roll < 0.65:
        return f"{_pick(rng, LATIN_GIVEN)} {_pick(rng, LATIN_SURNAME)}", None, rng.choice(("KZ", "UZ", "KG"))
    if roll < 0.85:
        return f"{_pick(rng, TURKISH_GIVEN)} {_pick(rng, TURKISH_SURNAME)}", None, "TR"
    name = f"{_pick(rng, AZERI_GIVEN)} {_pick(rng, AZERI_SURNAME)}"
    return name, name.translate(AZERI_LATIN) if rng.random() < 0.5 else None, "AZ"


def make_contact_rows(count: int, institution_ids: Sequence[str], seed: int = SEED) -> list[dict[str, Any]]:
    """``count`` contact rows as an import would pass them to ``create_many``: one e-mail each,
    a phone on every 10th, tags on every 4th, and the one rare name at ``count // 2``."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for number in range(count):
        name, latin, state = make_name(rng)
        if number == count // 2:
            name, latin = RARE_NAME
        local = search_key(latin or name).replace(" ", ".")
        row: dict[str, Any] = {
            "name": name,
            "latin_name": latin,
            "position": rng.choice(POSITIONS),
            "institution_id": rng.choice(institution_ids),
            "state_code": state,
            "emails": [f"{local}{number}@{rng.choice(DOMAINS)}"],
        }
        if number % 10 == 0:
            row["phones"] = [make_phone(rng)]
        if number % 4 == 0:
            row["tags"] = rng.sample(TAGS, k=rng.randint(1, 2))
        rows.append(row)
    return rows


def make_institution_rows(count: int = INSTITUTIONS, seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed + 1)
    states = list(INSTITUTION_NAMES)
    rows = []
    for number in range(count):
        state = states[number % len(states)]
        names, cities = INSTITUTION_NAMES[state]
        city = rng.choice(cities)
        rows.append({"name": f"{rng.choice(names)} ({city}) #{number // len(states) + 1}",
                     "state_code": state, "city": city})  # fmt: skip
    return rows


def make_event_rows(count: int, institution_ids: Sequence[str], seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed + 2)
    kinds = tuple(EVENT_KINDS)
    rows = []
    for _ in range(count):
        kind = rng.choice(kinds)
        city = rng.choice(EVENT_CITIES)
        start = date(2010, 1, 1) + timedelta(days=rng.randrange(16 * 365))
        number = rng.randint(1, 30)
        rows.append(
            {
                "kind": kind,
                "title": f"{number}. {EVENT_KINDS[kind]}, {city} {start.year}",
                "number": number,
                "start_date": start,
                "end_date": start + timedelta(days=rng.randrange(3)),
                "city": city,
                "venue": rng.choice(VENUES),
                "host_institution_id": rng.choice(institution_ids),
                "description": f"Diaspora cooperation in {city}: {rng.choice(TAGS)}, {rng.choice(VENUES)}.",
            }
        )
    return rows


# -- measuring helpers ---------------------------------------------------------------------------


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (Linux); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def peak_rss_mb() -> float:
    """Peak RSS since the last reset (Linux VmHWM), else since the process started."""
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


@contextlib.contextmanager
def raw_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection set up as the application sets up its own (engine.py)."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL").fetchall()
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = FULL")
        yield connection
    finally:
        connection.close()


def checkpoint(path: Path) -> None:
    with raw_connection(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def clone(template: Path, target: Path) -> Path:
    """A byte copy of the template's database in a new data directory ``target``."""
    target.mkdir(parents=True)
    assert not (template / f"{DB_FILENAME}-wal").exists(), "the template must be checkpointed"
    shutil.copyfile(template / DB_FILENAME, target / DB_FILENAME)
    return target


def db_megabytes(directory: Path) -> float:
    files = [directory / DB_FILENAME, directory / f"{DB_FILENAME}-wal"]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


# -- bulk creation -----------------------------------------------------------------------------


def make_template(directory: Path, institutions: int = INSTITUTIONS, seed: int = SEED) -> list[str]:
    """A data directory at the current schema holding ``institutions`` institutions (made
    through the service); returns their ids. Closed and checkpointed: ready to be copied."""
    with Liaison.open(directory) as app:
        ids = app.institutions.create_many(make_institution_rows(institutions, seed))
    checkpoint(directory / DB_FILENAME)
    return ids


Batch = list[tuple[str, list[tuple[Any, ...]]]]
"""INSERT statements with their rows, in the order the service writes them."""


def written_by_service(path: Path, before: Mapping[str, int]) -> dict[str, Batch]:
    """What ``create_many`` wrote, read back as stored: floor (a) and floor (b) statements."""
    with raw_connection(path) as connection:

        def batch(table: str, query: str, *params: Any) -> tuple[str, list[tuple[Any, ...]]]:
            cursor = connection.execute(query, params)
            columns = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            marks = ", ".join("?" * len(columns))
            return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows

        contacts = batch("contacts", "SELECT * FROM contacts ORDER BY rowid")
        outbox = batch(
            "outbox",
            "SELECT change_id, entity, record_id, op, fields, base_rev, created_at, batch_id FROM outbox "
            "WHERE seq > ? ORDER BY seq",
            before["outbox"],
        )
        docs = batch("search_docs", "SELECT * FROM search_docs WHERE id > ? ORDER BY id", before["docs"])
        fts = batch(
            "search_fts", "SELECT rowid, title, body, kind FROM search_fts WHERE rowid > ? ORDER BY rowid",
            before["docs"],
        )  # fmt: skip
    return {"a": [contacts], "b": [contacts, outbox, docs, fts]}


def time_raw_inserts(directory: Path, statements: Batch) -> float:
    """Seconds to run ``statements`` with executemany in one write transaction, committed."""
    with raw_connection(directory / DB_FILENAME) as connection:
        gc.collect()
        start = time.perf_counter_ns()
        connection.execute("BEGIN IMMEDIATE")
        for sql, rows in statements:
            connection.executemany(sql, rows)
        connection.execute("COMMIT")
        return (time.perf_counter_ns() - start) / 1e9


def high_water(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        outbox = connection.execute("SELECT coalesce(max(seq), 0) FROM outbox").fetchone()[0]
        docs = connection.execute("SELECT coalesce(max(id), 0) FROM search_docs").fetchone()[0]
    return {"outbox": int(outbox), "docs": int(docs)}


def bench_bulk(
    template: Path, workdir: Path, rows: Sequence[Mapping[str, Any]]
) -> tuple[dict[str, Any], Path]:
    """Service create_many against floors (a) and (b); returns the figures and the service's
    data directory (kept: it becomes the database searched)."""
    service_dir = clone(template, workdir / "service")
    before = high_water(service_dir / DB_FILENAME)
    with Liaison.open(service_dir) as app:
        gc.collect()
        reset_peak_rss()
        start = time.perf_counter_ns()
        ids = app.contacts.create_many(rows)
        service_s = (time.perf_counter_ns() - start) / 1e9
        peak = peak_rss_mb()
    assert len(ids) == len(rows)
    log(f"  service create_many: {service_s:.3f} s")
    written = written_by_service(service_dir / DB_FILENAME, before)
    assert len(written["b"][0][1]) == len(written["b"][3][1]) == len(rows), "one search row per contact"
    floors = {}
    for name, statements in written.items():
        floor_dir = clone(template, workdir / f"floor-{name}")
        floors[name] = time_raw_inserts(floor_dir, statements)
        shutil.rmtree(floor_dir)
        log(f"  floor ({name}): {floors[name]:.3f} s")
    del written
    return {
        "rows": len(rows),
        "service_s": service_s,
        "floor_a_s": floors["a"],
        "floor_b_s": floors["b"],
        "ratio_a": service_s / floors["a"],
        "ratio_b": service_s / floors["b"],
        "rows_per_s": len(rows) / service_s,
        "peak_rss_mb": peak,
    }, service_dir


# -- search --------------------------------------------------------------------------------------


def floor_expression(text: str) -> str | None:
    """The MATCH expression ``search.search`` builds for ``text`` (no kinds filter)."""
    match = fts_prefix_query(text)
    return None if match is None else f"{{title body}} : ({match})"


def _sample(
    ours: Callable[[], Sequence[Any]], floor: Callable[[], Sequence[Any]], repetitions: int, budget_s: float
) -> tuple[list[float], list[float]]:
    """Interleaved timings (ms), alternating which goes first: ``repetitions`` pairs, or fewer
    (but at least 5) once ``budget_s`` seconds have passed."""
    ours_ms: list[float] = []
    floor_ms: list[float] = []
    deadline = time.perf_counter() + budget_s
    for rep in range(repetitions):
        pair = ((ours, ours_ms), (floor, floor_ms))
        for call, into in pair if rep % 2 else reversed(pair):
            start = time.perf_counter_ns()
            call()
            into.append((time.perf_counter_ns() - start) / 1e6)
        if rep >= 4 and time.perf_counter() > deadline:
            break
    return ours_ms, floor_ms


def _summary(ours_ms: Sequence[float], floor_ms: Sequence[float]) -> dict[str, float]:
    ours_median, floor_median = statistics.median(ours_ms), statistics.median(floor_ms)
    return {
        "median_ms": ours_median,
        "p95_ms": percentile(ours_ms, 95),
        "floor_median_ms": floor_median,
        "floor_p95_ms": percentile(floor_ms, 95),
        "ratio": ours_median / floor_median,
        "samples": len(ours_ms),
    }


def bench_search(
    directory: Path,
    classes: Mapping[str, Sequence[str]] = QUERY_CLASSES,
    *,
    repetitions: int = 200,
    warmup: int = 5,
    budget_s: float = 2.0,
) -> dict[str, Any]:
    """Liaison.search against the bare FTS5 MATCH, per query and per class of query."""
    queries: list[dict[str, Any]] = []
    per_class: dict[str, dict[str, Any]] = {}
    all_ours: list[float] = []
    all_floor: list[float] = []
    with (
        Liaison.open(directory) as app,
        contextlib.closing(sqlite3.connect(directory / DB_FILENAME, isolation_level=None)) as raw,
    ):
        for name, texts in classes.items():
            class_ours: list[float] = []
            class_floor: list[float] = []
            for text in texts:
                expression = floor_expression(text)
                assert expression is not None, text

                def ours(text: str = text) -> Sequence[Any]:
                    return app.search(text, limit=SEARCH_LIMIT)

                def floor(expression: str = expression) -> Sequence[Any]:
                    return raw.execute(FLOOR_SQL, (expression,)).fetchall()

                hits, floor_hits = len(ours()), len(floor())
                assert hits == floor_hits, (text, hits, floor_hits)
                warm_until = time.perf_counter() + budget_s / 2
                for _ in range(warmup):
                    ours()
                    floor()
                    if time.perf_counter() > warm_until:
                        break
                ours_ms, floor_ms = _sample(ours, floor, repetitions, budget_s)
                queries.append({"class": name, "query": text, "hits": hits, **_summary(ours_ms, floor_ms)})
                class_ours += ours_ms
                class_floor += floor_ms
            per_class[name] = {
                **_summary(class_ours, class_floor),
                "worst_query_ratio": max(q["ratio"] for q in queries if q["class"] == name),
                "hits": {q["query"]: q["hits"] for q in queries if q["class"] == name},
            }
            all_ours += class_ours
            all_floor += class_floor
    worst = max(queries, key=lambda q: q["ratio"])
    slowest = max(queries, key=lambda q: q["p95_ms"])
    return {
        **_summary(all_ours, all_floor),
        "worst_ratio": worst["ratio"],
        "worst_ratio_query": worst["query"],
        "worst_p95_ms": slowest["p95_ms"],
        "worst_p95_query": slowest["query"],
        "classes": per_class,
        "queries": queries,
    }


# -- one size ------------------------------------------------------------------------------------


def run_size(
    size: int,
    workdir: Path,
    *,
    repetitions: int = 200,
    warmup: int = 5,
    budget_s: float = 2.0,
    seed: int = SEED,
    institutions: int = INSTITUTIONS,
    keep: bool = False,
) -> dict[str, Any]:
    """Every figure for ``size`` contacts (and size / 5 events), in ``workdir/size-<n>``."""
    folder = workdir / f"size-{size}"
    folder.mkdir(parents=True)
    try:
        log(f"size {size}: template with {institutions} institutions")
        institution_ids = make_template(folder / "template", institutions, seed)
        rows = make_contact_rows(size, institution_ids, seed)
        log(f"size {size}: bulk create of {len(rows)} contacts")
        bulk, service_dir = bench_bulk(folder / "template", folder, rows)
        del rows
        events = make_event_rows(size // 5, institution_ids, seed)
        with Liaison.open(service_dir) as app:
            start = time.perf_counter_ns()
            app.events.create_many(events)
            events_s = (time.perf_counter_ns() - start) / 1e9
        log(f"size {size}: {len(events)} events in {events_s:.3f} s")
        checkpoint(service_dir / DB_FILENAME)
        db_mb = db_megabytes(service_dir)
        log(f"size {size}: database {db_mb:.1f} MB; searching")
        search = bench_search(service_dir, repetitions=repetitions, warmup=warmup, budget_s=budget_s)
        return {
            "size": size,
            "contacts": size,
            "events": len(events),
            "events_create_many_s": events_s,
            "db_mb": db_mb,
            "bulk": bulk,
            "search": search,
            "process_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


# -- report --------------------------------------------------------------------------------------


Column = tuple[str, int, Callable[[Mapping[str, Any]], str]]
"""A table column: heading, width, and how a row shows in it."""


def _number(key: str, digits: int, limit: float | None = None) -> Callable[[Mapping[str, Any]], str]:
    """A figure with ``digits`` decimals, marked ``!`` when over ``limit``."""

    def show(row: Mapping[str, Any]) -> str:
        value = row[key]
        return f"{value:,.{digits}f}" + ("!" if limit is not None and value > limit else " ")

    return show


def _table(columns: Sequence[Column], rows: Sequence[Mapping[str, Any]]) -> list[str]:
    header = " | ".join(f"{title:>{width}}" for title, width, _show in columns)
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(" | ".join(f"{show(row):>{width}}" for _title, width, show in columns))
    return lines


SEARCH_COLUMNS: tuple[Column, ...] = (
    ("median ms", 10, _number("median_ms", 3, TARGET_SEARCH_MS)),
    ("p95 ms", 9, _number("p95_ms", 2, TARGET_SEARCH_MS)),
    ("floor med", 9, _number("floor_median_ms", 3)),
    ("floor p95", 9, _number("floor_p95_ms", 2)),
    ("ratio", 6, _number("ratio", 2, TARGET_RATIO)),
)


def growth_rows(results: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One flat row per size for the growth table."""
    return [
        {
            "size": r["size"],
            **{f"search_{k}": v for k, v in r["search"].items() if not isinstance(v, dict | list)},
            **r["bulk"],
            "events_s": r["events_create_many_s"],
            "db_mb": r["db_mb"],
        }
        for r in results
    ]


GROWTH_COLUMNS: tuple[Column, ...] = (
    ("size", 10, lambda r: f"{r['size']:,} "),
    ("search median ms", 16, _number("search_median_ms", 3, TARGET_SEARCH_MS)),
    ("floor ms", 8, _number("search_floor_median_ms", 3)),
    ("ratio", 6, _number("search_ratio", 2, TARGET_RATIO)),
    ("worst ratio", 11, _number("search_worst_ratio", 2, TARGET_RATIO)),
    ("worst p95 ms", 12, _number("search_worst_p95_ms", 2, TARGET_SEARCH_MS)),
    ("bulk s", 8, _number("service_s", 2)),
    ("floor(a) s", 10, _number("floor_a_s", 2)),
    ("ratio(a)", 8, _number("ratio_a", 2, TARGET_RATIO)),
    ("floor(b) s", 10, _number("floor_b_s", 2)),
    ("ratio(b)", 8, _number("ratio_b", 2, TARGET_RATIO)),
    ("peak RSS MB", 11, _number("peak_rss_mb", 0)),
    ("events s", 8, _number("events_s", 2)),
    ("DB MB", 8, _number("db_mb", 1)),
)


def format_report(results: Sequence[Mapping[str, Any]], *, per_query: bool = False) -> str:
    lines = [
        f"Growth. Ratios are against floors measured in the same run; '!' marks a figure over its target "
        f"(search <= {TARGET_RATIO:g}x its floor and <= {TARGET_SEARCH_MS:g} ms; bulk <= {TARGET_RATIO:g}x).",
        "search: median over every keystroke of every class; worst ratio/p95: the worst single keystroke.",
        "peak RSS: during create_many. DB MB: the file with contacts and events, checkpointed.",
        "",
        *_table(GROWTH_COLUMNS, growth_rows(results)),
    ]
    for r in results:
        s = r["search"]
        lines += ["", f"Search by query class at {r['size']:,} contacts + {r['events']:,} events:", ""]
        classes = [
            {"class": name, **c, "hit_list": " ".join(f"{q}:{n}" for q, n in c["hits"].items())}
            for name, c in s["classes"].items()
        ]
        columns: tuple[Column, ...] = (
            ("class".ljust(16), 16, lambda c: f"{c['class']:<16}"),
            *SEARCH_COLUMNS,
            ("worst q ratio", 13, _number("worst_query_ratio", 2, TARGET_RATIO)),
            ("hits per keystroke".ljust(18), 18, lambda c: f"{c['hit_list']:<18}"),
        )
        lines += _table(columns, classes)
        lines.append(
            f"worst ratio {s['worst_ratio']:.2f} ({s['worst_ratio_query']!r}); "
            f"worst p95 {s['worst_p95_ms']:.2f} ms ({s['worst_p95_query']!r})"
        )
        if per_query:
            lines += ["", f"Per keystroke at {r['size']:,} contacts:", ""]
            query_columns: tuple[Column, ...] = (
                ("class".ljust(16), 16, lambda q: f"{q['class']:<16}"),
                ("query".ljust(18), 18, lambda q: f"{q['query']:<18}"),
                ("hits", 4, lambda q: str(q["hits"])),
                *SEARCH_COLUMNS,
                ("runs", 4, lambda q: str(q["samples"])),
            )
            lines += _table(query_columns, s["queries"])
    return "\n".join(lines)


def environment() -> dict[str, Any]:
    import sqlalchemy

    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="comma-separated contact counts (events = count / 5); default %(default)s",
    )
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--repetitions", type=int, default=200, help="timed runs per query (max)")
    parser.add_argument("--budget", type=float, default=2.0, help="seconds per query before stopping early")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--workdir", type=Path, help="where the databases go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the databases")
    parser.add_argument("--per-query", action="store_true", help="also print every keystroke's figures")
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every size in this process (default: one process per size)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="liaison-bench-"))
    options = {
        "repetitions": args.repetitions,
        "warmup": args.warmup,
        "budget_s": args.budget,
        "seed": args.seed,
        "keep": args.keep,
    }
    results = []
    try:
        for size in sizes:
            if args.in_process:
                results.append(run_size(size, workdir, **options))
                continue
            # A fresh process per size: peak RSS, caches and the heap belong to that size alone.
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
                results.append(pool.submit(run_size, size, workdir, **options).result())
    finally:
        if args.workdir is None and not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_report(results, per_query=args.per_query))
    if args.json:
        args.json.write_text(
            json.dumps({"environment": environment(), "results": results}, indent=2, ensure_ascii=False)
            + "\n",
            encoding="utf-8",
        )
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
