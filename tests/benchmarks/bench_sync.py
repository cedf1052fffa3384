"""Sync benchmark: each figure a ratio against a raw HTTPS transfer measured in the same run.

A measurement, not a timed test (see ``README.md`` here): nothing fails when a target is missed.

    python -m tests.benchmarks.bench_sync                       # 1,000 and 100,000 records
    python -m tests.benchmarks.bench_sync --sizes 1000,10000 --json sync.json

Per size N, in a fresh folder, with the Secretariat's reference server started as its own
process (``liaison-secretariat serve``, SQLite, a trustme certificate on 127.0.0.1):

1. **Seed**: a first laptop creates N contacts (``create_many``, the generator of
   ``bench_foundation``) and ~200 institutions, and syncs them up (the first push is timed and
   reported; no target).
2. **First sync**: a fresh laptop logs in and syncs: it pulls every record, writes it and indexes
   it. Floor: the very bytes of every ``/v1/changes`` page of that pull (gzipped, as the server
   sends them), captured afterwards, served by a static ASGI app under uvicorn with the same
   certificate, also as its own process, and fetched over HTTPS with httpx on one connection
   (inflated, not parsed). Also reported: the same pages fetched from the real server (what the
   server's queries cost) and the floor with ``json.loads`` (what parsing costs). A second
   floor, the **write floor**: SQLite alone writing the same rows into an empty database of
   the same schema (``INSERT … SELECT`` from the synced file, attached: every table the sync
   wrote, its indexes and the search index; no Python per row, no network), in one
   transaction per table. The first sync is also given as a ratio against the two floors
   added together: what it would cost with nothing but the transfer and SQLite's own work.
3. **No-op sync**: the same laptop syncs again with nothing to do; its request count (target: 1)
   and time against a floor of one small GET to the static server on an open connection (the
   client keeps its connection between syncs); the same GET with a fresh client (TLS handshake)
   is reported too.
4. **Incremental**: the seed laptop edits 10 contacts and syncs; the measured laptop edits 10
   others and syncs (pushes 10, pulls 10). Median of ``--repetitions``. The target is that this
   follows the number of changes, not the database: the printed ratio is the incremental time at
   each size over the smallest size's.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import trustme
from keyring.backend import KeyringBackend

from liaison.protocol import CHANGES_PATH, MAX_PAGE_LIMIT, PROTOCOL_HEADER, PROTOCOL_VERSION, SCHEMA_HEADER
from liaison.services.app import Liaison
from liaison.store.migrate import HEAD_REVISION
from liaison.sync import SyncClient, TokenStore

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SIZES = (1_000, 100_000)
PASSWORD = "benchmark password"
TARGET_FIRST = 3.0
INSTITUTIONS = 200


# -- the floor's server: precomputed bodies, nothing else -------------------------------------------
async def floor_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An ASGI app serving ``$BENCH_FLOOR_DIR/<name>`` as it is, gzip-encoded when it is gzip."""
    if scope["type"] != "http":
        return
    name = scope["path"].strip("/").replace("/", "_") or "index"
    path = Path(os.environ["BENCH_FLOOR_DIR"]) / name
    body = path.read_bytes() if path.is_file() else b"{}"
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if body[:2] == b"\x1f\x8b":
        headers.append((b"content-encoding", b"gzip"))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# -- processes ------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not start")


@contextmanager
def _process(argv: Sequence[str], port: int, what: str, env: dict[str, str] | None = None) -> Iterator[None]:
    """Run a server process while the block runs; its output goes to a temporary file, shown
    if it fails to start."""
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            list(argv), cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            try:
                _wait_for(port, process, what)
            except RuntimeError as error:
                log.seek(0)
                raise RuntimeError(f"{error}: {log.read().decode(errors='replace')[-2000:]}") from None
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _secretariat(*args: str, stdin: str | None = None, db: str) -> None:
    command = [sys.executable, "-c", "from liaison.secretariat.cli import main; raise SystemExit(main())"]
    subprocess.run(
        [*command, "--db", db, *args], input=stdin, text=True, check=True, capture_output=True, cwd=ROOT
    )


class Certificates:
    def __init__(self, folder: Path) -> None:
        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file, self.cert_file, self.key_file = (
            folder / "ca.pem",
            folder / "cert.pem",
            folder / "key.pem",
        )
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert.private_key_pem.write_to_path(str(self.key_file))
        self.cert_file.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))

    def context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))


# -- measuring ------------------------------------------------------------------------------------
def _timed(call: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = call()
    return time.perf_counter() - start, value


def _capture_pages(url: str, certs: Certificates, token: str, folder: Path) -> tuple[float, int, int]:
    """Fetch every page from the real server as the client did, keep each raw (gzipped) body
    for the floor; returns (seconds, pages, compressed bytes)."""
    folder.mkdir()
    headers = {
        PROTOCOL_HEADER: str(PROTOCOL_VERSION),
        SCHEMA_HEADER: HEAD_REVISION,
        "Authorization": f"Bearer {token}",
    }
    after, pages, size = 0, 0, 0
    start = time.perf_counter()
    with httpx.Client(base_url=url, verify=certs.context(), headers=headers, timeout=120) as http:
        while True:
            with http.stream("GET", CHANGES_PATH, params={"after": after, "limit": MAX_PAGE_LIMIT}) as answer:
                raw = b"".join(answer.iter_raw())
                encoding = answer.headers.get("content-encoding")
            (folder / f"page_{pages:05d}").write_bytes(raw)
            page = json.loads(gzip.decompress(raw) if encoding == "gzip" else raw)
            pages += 1
            size += len(raw)
            after = page["next_after"]
            if not page["has_more"]:
                break
    return time.perf_counter() - start, pages, size


def _floor_transfer(url: str, certs: Certificates, pages: int, *, parse: bool) -> float:
    start = time.perf_counter()
    with httpx.Client(base_url=url, verify=certs.context(), timeout=120) as http:
        for number in range(pages):
            content = http.get(f"/page_{number:05d}").content
            if parse:
                json.loads(content)
    return time.perf_counter() - start


def _floor_round_trips(url: str, certs: Certificates, count: int) -> tuple[float, float]:
    """Medians of one small GET on an open connection (what a sync shortly after the last
    one costs: the client keeps its connection) and with a fresh client (TLS handshake)."""
    warm, fresh = [], []
    with httpx.Client(base_url=url, verify=certs.context(), timeout=30) as http:
        http.get("/noop").raise_for_status()
        for _ in range(count):
            start = time.perf_counter()
            http.get("/noop").raise_for_status()
            warm.append(time.perf_counter() - start)
    for _ in range(count):
        start = time.perf_counter()
        with httpx.Client(base_url=url, verify=certs.context(), timeout=30) as http:
            http.get("/noop").raise_for_status()
        fresh.append(time.perf_counter() - start)
    return statistics.median(warm), statistics.median(fresh)


def _write_floor(synced: Path, folder: Path) -> float:
    """Seconds SQLite alone takes to write what the first sync wrote (see the docstring)."""
    import sqlite3

    from liaison.services.entities import ENTITIES
    from liaison.services.records import table_of

    empty = Liaison.open(folder)
    empty.close()
    connection = sqlite3.connect(folder / synced.name, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = NORMAL")  # as the pulled pages are written
        connection.execute("ATTACH DATABASE ? AS synced", (str(synced),))
        tables = [table_of(spec).name for spec in ENTITIES.values()] + ["search_docs"]
        start = time.perf_counter()
        for table in tables:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM synced.{table}")
            connection.execute("COMMIT")
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            "INSERT INTO main.search_fts (rowid, title, body, kind) "
            "SELECT rowid, title, body, kind FROM synced.search_fts"
        )
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def _laptop(
    folder: Path, url: str, user: str, certs: Certificates, tokens: TokenStore
) -> tuple[Liaison, SyncClient]:
    app = Liaison.open(folder)
    client = SyncClient(app, tokens=tokens)
    client.login(url, user, PASSWORD, ca_file=str(certs.ca_file))
    return app, client


def run_size(size: int, workdir: Path, *, repetitions: int, seed: int) -> dict[str, Any]:
    from tests.benchmarks.bench_foundation import make_contact_rows, make_institution_rows

    folder = Path(tempfile.mkdtemp(prefix=f"sync-{size}-", dir=workdir))
    certs = Certificates(folder)
    db = f"sqlite:///{folder / 'secretariat.sqlite3'}"
    _secretariat("init", db=db)
    _secretariat("add-institution", "Otandastar Qory", "--state", "KZ", db=db)
    for user in ("seed", "officer"):
        _secretariat(
            "add-user", user, "--institution", "Otandastar Qory", "--password-stdin", stdin=PASSWORD, db=db
        )
    port, floor_port = _free_port(), _free_port()
    url, floor_url = f"https://127.0.0.1:{port}", f"https://127.0.0.1:{floor_port}"
    serve = [
        sys.executable, "-c", "from liaison.secretariat.cli import main; raise SystemExit(main())",
        "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port),
        "--cert", str(certs.cert_file), "--key", str(certs.key_file),
    ]  # fmt: skip
    floor_dir = folder / "floor"
    floor = [
        sys.executable, "-m", "uvicorn", "tests.benchmarks.bench_sync:floor_app", "--host", "127.0.0.1",
        "--port", str(floor_port), "--ssl-certfile", str(certs.cert_file),
        "--ssl-keyfile", str(certs.key_file), "--log-level", "critical", "--no-access-log",
        "--lifespan", "off",
    ]  # fmt: skip
    result: dict[str, Any] = {"records": size}
    tokens = TokenStore(_MemoryBackend())
    with _process(serve, port, "the Secretariat server"):
        seed_app, seed_client = _laptop(folder / "seed", url, "seed", certs, tokens)
        institutions = seed_app.institutions.create_many(
            [{**row, "visibility": "shared"} for row in make_institution_rows(INSTITUTIONS, seed)]
        )
        rows = [{**row, "visibility": "shared"} for row in make_contact_rows(size, institutions, seed)]
        created = time.perf_counter()
        contact_ids = seed_app.contacts.create_many(rows)
        result["create_s"] = time.perf_counter() - created
        push_s, pushed = _timed(seed_client.sync)
        result["first_push_s"], result["first_push_changes"] = push_s, pushed.pushed

        app, client = _laptop(folder / "officer", url, "officer", certs, tokens)
        first_s, first = _timed(client.sync)
        result["first_sync"] = {"seconds": first_s, "records": first.pulled, "requests": first.requests}
        connection_token = tokens.get(client._account(_connection(app)))
        assert connection_token is not None
        fetch_s, pages, raw_bytes = _capture_pages(url, certs, connection_token, floor_dir)
        result["first_sync"].update(pages=pages, gzip_bytes=raw_bytes, server_fetch_s=fetch_s)

        noop = []
        for _ in range(repetitions):
            seconds, summary = _timed(client.sync)
            noop.append((seconds, summary.requests))
        incremental = []
        for round_ in range(repetitions):
            theirs = contact_ids[round_ * 20 : round_ * 20 + 10]
            mine = contact_ids[round_ * 20 + 10 : round_ * 20 + 20]
            for number, record_id in enumerate(theirs):
                seed_app.contacts.update(record_id, {"position": f"Edited by the seed {round_}-{number}"})
            seed_client.sync()
            for number, record_id in enumerate(mine):
                app.contacts.update(record_id, {"notes": f"Edited here {round_}-{number}"})
            seconds, summary = _timed(client.sync)
            incremental.append((seconds, summary.pushed, summary.pulled))
        client.close()
        seed_client.close()
        app.close()
        seed_app.close()
    write_floor_s = _write_floor(app.store.path, folder / "write-floor")
    with _process(floor, floor_port, "the floor server", env={"BENCH_FLOOR_DIR": str(floor_dir)}):
        _floor_transfer(floor_url, certs, min(pages, 3), parse=False)  # warm the page cache
        floor_s = min(_floor_transfer(floor_url, certs, pages, parse=False) for _ in range(3))
        parse_s = min(_floor_transfer(floor_url, certs, pages, parse=True) for _ in range(3))
        floor_rt, floor_fresh = _floor_round_trips(floor_url, certs, max(5, repetitions))
    first_figures = result["first_sync"]
    first_figures.update(
        floor_s=floor_s,
        floor_parse_s=parse_s,
        ratio=first_s / floor_s,
        server_ratio=fetch_s / floor_s,
        write_floor_s=write_floor_s,
        write_floor_ratio=write_floor_s / floor_s,
        ratio_both_floors=first_s / (floor_s + write_floor_s),
    )
    result["noop"] = {
        "median_s": statistics.median(s for s, _ in noop),
        "requests": max(r for _, r in noop),
        "floor_s": floor_rt,
        "floor_fresh_connection_s": floor_fresh,
        "ratio": statistics.median(s for s, _ in noop) / floor_rt,
    }
    result["incremental"] = {
        "median_s": statistics.median(s for s, _, _ in incremental),
        "pushed": incremental[-1][1],
        "pulled": incremental[-1][2],
        "floor_round_trip_s": floor_rt,
    }
    shutil.rmtree(folder, ignore_errors=True)
    return result


def _connection(app: Liaison) -> Any:
    from liaison.sync import state

    connection = state.connection(app)
    assert connection is not None
    return connection


class _MemoryBackend(KeyringBackend):
    """A keyring backend in memory: the benchmark must not touch the real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


# -- report ---------------------------------------------------------------------------------------
def format_report(results: Sequence[dict[str, Any]]) -> str:
    lines = ["Sync benchmark (ratios against a raw HTTPS transfer measured in the same run)", ""]
    header = (
        f"{'records':>9}  {'first sync s':>12}  {'floor s':>8}  {'ratio':>6}  {'server fetch':>12}  "
        f"{'+parse':>7}  {'no-op s':>8}  {'req':>3}  {'ratio':>6}  {'incr. s':>8}  {'vs smallest':>11}"
    )
    lines += [header, "-" * len(header)]
    smallest = results[0]["incremental"]["median_s"] if results else 1.0
    for r in results:
        first, noop, incr = r["first_sync"], r["noop"], r["incremental"]
        mark = " !" if first["ratio"] > TARGET_FIRST else ""
        cells = [
            f"{r['records']:>9,}",
            f"{first['seconds']:>12.2f}",
            f"{first['floor_s']:>8.3f}",
            f"{first['ratio']:>5.1f}x{mark:2}{first['server_fetch_s']:>10.2f}s",
            f"{first['floor_parse_s']:>6.2f}s",
            f"{noop['median_s']:>8.3f}",
            f"{noop['requests']:>3}",
            f"{noop['ratio']:>5.1f}x",
            f"{incr['median_s']:>8.3f}",
            f"{incr['median_s'] / smallest:>10.2f}x",
        ]
        lines.append("  ".join(cells))
    lines.append("")
    for r in results:
        first = r["first_sync"]
        lines.append(
            f"{r['records']:,} records: {first['pages']} pages, {first['gzip_bytes'] / 1e6:.1f} MB gzipped; "
            f"seed: create_many {r['create_s']:.1f} s, first push of {r['first_push_changes']:,} changes "
            f"{r['first_push_s']:.1f} s; incremental sync pushed {r['incremental']['pushed']} and pulled "
            f"{r['incremental']['pulled']}"
        )
    for r in results:
        first = r["first_sync"]
        lines.append(
            f"{r['records']:,} records: write floor (SQLite alone writing the same rows) "
            f"{first['write_floor_s']:.2f} s = {first['write_floor_ratio']:.1f}x the transfer; first sync "
            f"{first['ratio_both_floors']:.2f}x the transfer and the write floor together"
        )
    lines.append(f"targets: first sync within {TARGET_FIRST:.0f}x the transfer; a no-op sync is 1 request; "
                 "incremental time independent of size")  # fmt: skip
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES), help="records per run")
    parser.add_argument("--repetitions", type=int, default=5, help="no-op and incremental syncs per size")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--workdir", type=Path, help="where the folders go (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="liaison-bench-sync-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        results = [
            run_size(size, workdir, repetitions=args.repetitions, seed=args.seed) for size in sorted(sizes)
        ]
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_report(results))
    if args.json:
        args.json.write_text(json.dumps({"results": results}, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
