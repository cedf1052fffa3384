"""The server's check "may this officer download these bytes?" at scale, before and after the
index on ``records.blob_sha256`` (schema version 3), and the collector on the same database.

On a server database of ``--records`` attachment records (default 100,000: two institutions,
institution-only and shared, one in ten a tombstone) and half as many contacts, written as the
push writes them (the column filled):

1. **The check** for three hashes — named by a record the officer may see (``hit``), named
   only by another institution's institution-only record (``hidden``), named by nothing
   (``guessed``) — by the old query (the attachments' JSON ``sha256``, through the primary key's
   ``entity`` prefix: what ``may_see`` ran before version 3, kept here as the reference) and by
   :func:`liaison.secretariat.blob_routes.may_see` now; the floor is a read of one record by its
   primary key in the same kind of transaction. Medians of interleaved runs.
2. **The upgrade**: the column and index dropped (a version 2 database), then ``init``, timed
   (it adds them and fills the column from every attachment's fields).
3. **The collector**: ``--files`` small files in a files folder, half of them named by live
   records, the rest old and named by nothing; :func:`liaison.secretariat.blob_gc.collect`
   timed (it removes the unnamed half).

    python -m tests.benchmarks.bench_blob_visibility                 # SQLite, 100k records
    python -m tests.benchmarks.bench_blob_visibility --postgres      # on $LIAISON_TEST_POSTGRES_URL
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, text, update

from liaison.secretariat import blob_gc
from liaison.secretariat.accounts import Principal
from liaison.secretariat.blob_routes import may_see
from liaison.secretariat.blobs import ServerBlobs
from liaison.secretariat.db import Database
from liaison.secretariat.models import Institution, Meta, SyncRecord, utcnow
from tests.secretariat.server import database_url

CHUNK = 5_000


def digest(n: int) -> str:
    return hashlib.sha256(f"file {n}".encode()).hexdigest()


def populate(db: Database, records: int) -> tuple[Principal, dict[str, str]]:
    kz, az = str(uuid.uuid4()), str(uuid.uuid4())
    with db.write() as connection:
        connection.execute(
            insert(Institution),
            [
                {"id": kz, "name": "Otandastar Qory", "state": "KZ", "created_at": utcnow()},
                {"id": az, "name": "Diaspora Committee", "state": "AZ", "created_at": utcnow()},
            ],
        )
    rows: list[dict[str, Any]] = []
    for n in range(records):
        owner = az if n % 2 else kz
        visibility = "shared" if n % 5 == 0 else "institution"
        sha = digest(n)
        rows.append(
            {
                "entity": "attachments",
                "id": str(uuid.uuid4()),
                "rev": n + 1,
                "deleted": n % 10 == 3,
                "visibility": visibility,
                "owner_institution_id": owner,
                "was_shared": visibility == "shared",
                "fields": {
                    "owner_entity": "contacts",
                    "owner_id": str(uuid.uuid4()),
                    "name": f"Plan {n}.pdf",
                    "media_type": "application/pdf",
                    "size": 1000 + n,
                    "sha256": sha,
                    "role": "file",
                },
                "blob_sha256": sha,
            }
        )
    for n in range(records // 2):
        rows.append(
            {
                "entity": "contacts",
                "id": str(uuid.uuid4()),
                "rev": records + n + 1,
                "deleted": False,
                "visibility": "shared",
                "owner_institution_id": kz,
                "was_shared": True,
                "fields": {"name": f"Contact {n}", "notes": "x" * 200},
                "blob_sha256": None,
            }
        )
    for start in range(0, len(rows), CHUNK):
        with db.write() as connection:
            connection.execute(insert(SyncRecord), rows[start : start + CHUNK])
    with db.write() as connection:
        connection.execute(update(Meta).values(seq=len(rows)))
    with db.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()
    middle = records // 2
    middle -= middle % 10 == 3
    who = Principal(
        str(uuid.uuid4()), "aigerim", str(uuid.uuid4()), {"id": kz, "name": "Otandastar Qory", "state": "KZ"}
    )
    hit = middle - middle % 2  # a KZ record (even n), live
    if hit % 10 == 3:
        hit += 2
    cases = {
        "hit": digest(hit),
        "hidden": digest(hit + 1 if (hit + 1) % 5 else hit + 3),
        "guessed": digest(-1),
    }
    return who, {name: sha for name, sha in cases.items()}


def old_check(db: Database, who: Principal, sha256: str) -> bool:
    """``may_see`` as it was before the index (schema version 2)."""
    visible = (SyncRecord.visibility == "shared") | (SyncRecord.owner_institution_id == who.institution_id)
    with db.read() as connection:
        found = connection.execute(
            select(SyncRecord.id)
            .where(
                SyncRecord.entity == "attachments",
                SyncRecord.deleted.is_(False),
                SyncRecord.fields["sha256"].as_string() == sha256,
                visible,
            )
            .limit(1)
        ).first()
    return found is not None


def floor_read(db: Database, key: tuple[str, str]) -> bool:
    with db.read() as connection:
        return (
            connection.execute(
                select(SyncRecord.rev).where(SyncRecord.entity == key[0], SyncRecord.id == key[1])
            ).first()
            is not None
        )


def timed(
    runs: Sequence[tuple[str, Callable[[], object]]], repetitions: int, budget: float
) -> dict[str, float]:
    """Median milliseconds of each callable, run interleaved (their order turned each round)."""
    samples: dict[str, list[float]] = {name: [] for name, _run in runs}
    started = time.perf_counter()
    for round_ in range(repetitions):
        order = runs if round_ % 2 == 0 else list(reversed(runs))
        for name, run in order:
            begin = time.perf_counter_ns()
            run()
            samples[name].append((time.perf_counter_ns() - begin) / 1e6)
        if round_ >= 4 and time.perf_counter() - started > budget:
            break
    return {name: statistics.median(values) for name, values in samples.items()}


def measure(
    db: Database, records: int, files_count: int, repetitions: int, budget: float, workdir: Path
) -> dict[str, Any]:
    log(f"{records:,} attachment records and {records // 2:,} contacts ...")
    began = time.perf_counter()
    who, cases = populate(db, records)
    log(f"  written in {time.perf_counter() - began:.1f} s")
    with db.read() as connection:
        key = connection.execute(select(SyncRecord.entity, SyncRecord.id).limit(1).offset(records // 3)).one()
    figures: dict[str, Any] = {"records": records, "database": db.engine.dialect.name, "checks": {}}
    for case, sha in cases.items():
        assert old_check(db, who, sha) == may_see(db, who, sha), case
        medians = timed(
            [
                ("before", lambda sha=sha: old_check(db, who, sha)),
                ("after", lambda sha=sha: may_see(db, who, sha)),
                ("floor", lambda: floor_read(db, (str(key[0]), str(key[1])))),
            ],
            repetitions,
            budget,
        )
        figures["checks"][case] = {
            **{f"{name}_ms": round(value, 3) for name, value in medians.items()},
            "before_over_after": round(medians["before"] / medians["after"], 1),
            "after_over_floor": round(medians["after"] / medians["floor"], 2),
            "answer": may_see(db, who, sha),
        }
    figures["upgrade_s"] = round(upgrade(db), 2)
    figures["gc"] = collect(db, records, files_count, workdir)
    return figures


def upgrade(db: Database) -> float:
    with db.write() as connection:
        connection.execute(text("DROP INDEX ix_records_blob_sha256"))
        connection.execute(text("ALTER TABLE records DROP COLUMN blob_sha256"))
        connection.execute(update(Meta).values(schema_version=2))
    began = time.perf_counter()
    db.init()
    seconds = time.perf_counter() - began
    db.check()
    return seconds


def collect(db: Database, records: int, count: int, workdir: Path) -> dict[str, Any]:
    files = ServerBlobs(workdir / "files")
    old = time.time() - 60 * 86400
    for n in range(count):
        # even n below records: a KZ record, live unless n % 10 == 3; odd n above: named by nothing
        sha = digest(2 * n) if n % 2 == 0 else digest(records + n)
        path = files.path(sha)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
        os.utime(path, (old, old))
    began = time.perf_counter()
    done = blob_gc.collect(db, files)
    seconds = time.perf_counter() - began
    return {"files": count, "seconds": round(seconds, 3), **done.as_dict()}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=2_000)
    parser.add_argument("--postgres", action="store_true", help="on $LIAISON_TEST_POSTGRES_URL")
    parser.add_argument("--repetitions", type=int, default=50)
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per case, at most")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-blobs-") as folder:
        workdir = Path(folder)
        with database_url("postgres" if args.postgres else "sqlite", workdir) as url:
            db = Database(url)
            try:
                figures = measure(db, args.records, args.files, args.repetitions, args.budget, workdir)
            finally:
                db.close()
    print(
        f"The download's visibility check, {figures['records']:,} attachment records ({figures['database']})"
    )
    print(
        f"{'case':<9}{'before ms':>11}{'after ms':>10}{'floor ms':>10}{'before/after':>14}{'after/floor':>13}"
    )
    for case, row in figures["checks"].items():
        print(
            f"{case:<9}{row['before_ms']:>11.3f}{row['after_ms']:>10.3f}{row['floor_ms']:>10.3f}"
            f"{row['before_over_after']:>14.1f}{row['after_over_floor']:>13.2f}"
        )
    print(f"Upgrade of a version 2 database (init: column, index, backfill): {figures['upgrade_s']:.2f} s")
    gc = figures["gc"]
    print(
        f"gc over {gc['files']:,} files: {gc['seconds']:.3f} s "
        f"({gc['files_removed']} removed, {gc['files_named']} named, {gc['files_in_grace']} in grace)"
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
