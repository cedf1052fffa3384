"""First push benchmark: a seed laptop's first sync after importing N contacts (issue 13: 100,000
contacts, 200,000 changes with their posts, under 30 s end to end, with progress shown), as a
ratio against a raw HTTPS transfer of the same bytes measured in the same run.

A measurement, not a timed test (see ``README.md`` here): nothing fails when a target is missed.

    python -m tests.benchmarks.bench_first_push                      # 100,000 contacts
    python -m tests.benchmarks.bench_first_push --size 20000 --json push.json

In a fresh folder, with the Secretariat's reference server started as its own process
(``liaison-secretariat serve``, SQLite, a trustme certificate on 127.0.0.1), as ``bench_sync``:

1. A laptop creates ~200 institutions and N contacts with ``create_many`` (``bench_foundation``'s
   generator; each contact's post is a record too), signs in, and syncs: **timed**, the push of
   every change and the pull that follows (its own records coming back), end to end, with the
   progress callback the window and ``liaison sync`` use. The progress reports are counted and
   checked to grow to the outbox's size, and the CPU each side used during the sync is read
   (the wall clock of a shared machine measures its other work too).
2. **Floor**: every request body that sync sent to ``/v1/push`` (gzipped, as sent), captured
   with the client's request hook, POSTed again over HTTPS with httpx on one connection, in
   order, to a static ASGI app under uvicorn (its own process, the same certificate) that reads
   each body whole and answers ``{}``: moving the same bytes over the same kind of connection,
   with no work on either side. The ratio is the push over it; the target is absolute (30 s).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from liaison.protocol import CHANGES_PATH, PUSH_PATH
from liaison.sync import SyncClient, SyncProgress, TokenStore
from tests.benchmarks.bench_sync import (
    INSTITUTIONS,
    PASSWORD,
    Certificates,
    _free_port,
    _MemoryBackend,
    _process,
    _secretariat,
)

DEFAULT_SIZE = 100_000
TARGET_SECONDS = 30.0


async def sink_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An ASGI app that reads a request's body whole and answers ``{}``."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"2")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": b"{}"})


def _floor(url: str, certs: Certificates, bodies: Sequence[tuple[bytes, dict[str, str]]]) -> float:
    with httpx.Client(verify=certs.context(), http2=False, timeout=120) as client:
        client.get(url + "/warm")  # the TLS handshake is the push's too, but once: not timed
        start = time.perf_counter()
        for body, headers in bodies:
            client.post(url + PUSH_PATH, content=body, headers=headers).raise_for_status()
        return time.perf_counter() - start


def _cpu_of(marker: str) -> float:
    """CPU seconds (user and system) used so far by this process's children whose command line
    holds ``marker`` (Linux ``/proc``; 0 elsewhere): on a shared machine the CPU each side spent
    says more than the wall clock, which other work stretches."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) != os.getpid():  # the parent's pid
                continue
            if marker not in (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                errors="replace"
            ):
                continue
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return total


def run(size: int, workdir: Path, *, seed: int) -> dict[str, Any]:
    from liaison.services.app import Liaison
    from tests.benchmarks.bench_foundation import make_contact_rows, make_institution_rows

    folder = Path(tempfile.mkdtemp(prefix=f"push-{size}-", dir=workdir))
    certs = Certificates(folder)
    db = f"sqlite:///{folder / 'secretariat.sqlite3'}"
    _secretariat("init", db=db)
    _secretariat("add-institution", "Otandastar Qory", "--state", "KZ", db=db)
    _secretariat(
        "add-user", "seed", "--institution", "Otandastar Qory", "--password-stdin", stdin=PASSWORD, db=db
    )
    port, floor_port = _free_port(), _free_port()
    url, floor_url = f"https://127.0.0.1:{port}", f"https://127.0.0.1:{floor_port}"
    serve = [
        sys.executable, "-c", "from liaison.secretariat.cli import main; raise SystemExit(main())",
        "--db", db, "serve", "--host", "127.0.0.1", "--port", str(port),
        "--cert", str(certs.cert_file), "--key", str(certs.key_file),
    ]  # fmt: skip
    sink = [
        sys.executable, "-m", "uvicorn", "tests.benchmarks.bench_first_push:sink_app", "--host", "127.0.0.1",
        "--port", str(floor_port), "--ssl-certfile", str(certs.cert_file),
        "--ssl-keyfile", str(certs.key_file), "--log-level", "critical", "--no-access-log",
        "--lifespan", "off",
    ]  # fmt: skip
    result: dict[str, Any] = {"contacts": size}
    requests: list[httpx.Request] = []
    progress: list[SyncProgress] = []
    stamps: list[float] = []  # when each progress report came

    def report(update: SyncProgress) -> None:
        stamps.append(time.perf_counter())
        progress.append(update)

    with _process(serve, port, "the Secretariat server"):
        app = Liaison.open(folder / "seed")
        try:
            institutions = app.institutions.create_many(
                [{**row, "visibility": "shared"} for row in make_institution_rows(INSTITUTIONS, seed)]
            )
            rows = [{**row, "visibility": "shared"} for row in make_contact_rows(size, institutions, seed)]
            created = time.perf_counter()
            app.contacts.create_many(rows)
            result["create_s"] = time.perf_counter() - created
            del rows  # a laptop syncing holds no import's rows (their 100,000 dicts slowed every collection)
            gc.collect()
            result["changes"] = app.pending_changes()
            client = SyncClient(app, tokens=TokenStore(_MemoryBackend()), on_request=requests.append)
            try:
                client.login(url, "seed", PASSWORD, ca_file=str(certs.ca_file))
                requests.clear()
                server_cpu = _cpu_of(f"--port {port}")
                laptop_cpu = time.process_time()
                start = time.perf_counter()
                summary = client.sync(progress=report)
                end = time.perf_counter()
                result["seconds"] = end - start
                result["laptop_cpu_s"] = time.process_time() - laptop_cpu
                result["server_cpu_s"] = _cpu_of(f"--port {port}") - server_cpu
            finally:
                client.close()
        finally:
            app.close()
    pushes = [request for request in requests if request.url.path == PUSH_PATH]
    bodies = [
        (request.content, {name: request.headers[name] for name in ("content-type", "content-encoding")
                           if name in request.headers})
        for request in pushes
    ]  # fmt: skip
    pushed_at = start  # the first push's last report (a push after the pull names the institution)
    for at, update in zip(stamps, progress, strict=True):
        if update.phase == "pull":
            break
        if update.phase == "push":
            pushed_at = at
    result.update(
        pushed=summary.pushed,
        requests=summary.requests,
        push_requests=len(pushes),
        pull_requests=sum(1 for request in requests if request.url.path == CHANGES_PATH),
        after_push_s=end - pushed_at,
        gzip_bytes=sum(len(body) for body, _headers in bodies),
    )
    pushes_seen: list[list[SyncProgress]] = []
    for report in progress:
        if report.phase == "push":
            if report.done == 0 or not pushes_seen:  # each push of the sync starts at 0
                pushes_seen.append([])
            pushes_seen[-1].append(report)
    first = pushes_seen[0] if pushes_seen else []
    result["progress"] = {
        "reports": len(progress),
        "first_push_reports": len(first),
        "grows": all(a.done <= b.done for a, b in itertools.pairwise(first)),
        "last": [first[-1].done, first[-1].total] if first else None,
    }
    with _process(sink, floor_port, "the floor's server"):
        result["floor_s"] = _floor(floor_url, certs, bodies)
    result["ratio"] = result["seconds"] / result["floor_s"]
    shutil.rmtree(folder, ignore_errors=True)
    return result


def format_report(r: dict[str, Any]) -> str:
    mark = "" if r["seconds"] <= TARGET_SECONDS or r["contacts"] < DEFAULT_SIZE else "  (over the target)"
    last = r["progress"]["last"]
    return "\n".join(
        [
            "First push benchmark (against a raw HTTPS transfer of the same bodies, same run)",
            "",
            f"{r['contacts']:,} contacts created with create_many in {r['create_s']:.1f} s: "
            f"{r['changes']:,} changes to send",
            f"first sync (push and the pull after it): {r['seconds']:.1f} s{mark}; pushed {r['pushed']:,} "
            f"changes in {r['push_requests']} pushes ({r['gzip_bytes'] / 1e6:.1f} MB gzipped), "
            f"{r['requests']} requests in all",
            f"after the last push's confirmation (the pull, mostly): {r['after_push_s']:.1f} s, "
            f"{r['pull_requests']} pages pulled",
            f"CPU during the sync: laptop {r['laptop_cpu_s']:.1f} s (all its threads), server "
            f"{r['server_cpu_s']:.1f} s",
            f"floor (the same bodies POSTed to a server that only reads them): {r['floor_s']:.2f} s; "
            f"ratio {r['ratio']:.1f}x",
            f"progress: {r['progress']['reports']} reports ({r['progress']['first_push_reports']} of the "
            "first push, "
            f"growing: {r['progress']['grows']}, last {last[0]:,} of {last[1]:,})"
            if last
            else "progress: none",
            f"target: {TARGET_SECONDS:.0f} s for {DEFAULT_SIZE:,} contacts, with progress shown",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="contacts")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--workdir", type=Path, help="where the folders go (default: a temporary one)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="liaison-bench-push-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        result = run(args.size, workdir, seed=args.seed)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
