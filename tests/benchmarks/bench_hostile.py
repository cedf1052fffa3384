"""Load under attack: many laptops syncing against one server while strangers (and one hostile
officer) send it bombs. A measurement, not a timed test (see ``README.md`` here).

    python -m tests.benchmarks.bench_hostile                          # 50 laptops, 3 rounds
    python -m tests.benchmarks.bench_hostile --laptops 20 --rounds 2 --json hostile.json

The Secretariat server runs as its own process (``liaison-secretariat serve``, SQLite, a
trustme certificate on 127.0.0.1); its peak memory is its ``VmHWM`` in ``/proc``. Each laptop
is a real data folder with the real sync client, officers of two institutions. Per round every
laptop edits ``--edits`` of its records (shared, so everyone pulls them) and syncs, all laptops
at once (one thread each).

1. **Quiet** (the floor): ``--rounds`` rounds with nothing else going on.
2. **Hostile**: the same rounds again while ``--attackers`` threads send, without pause,
   gzip bombs of ``[{},{},…]`` (59 KB, 61 MB inflated) to ``/v1/login`` and to ``/v1/push``
   without a token, the same and the costliest well-formed push (16 MiB of deletes, past the
   2,000 a push may hold) with a hostile officer's token, and wrong passwords; with
   ``--largest-push`` also the costliest push the server accepts (2,000 new contacts filling
   16 MiB).

Reported: every honest sync's success (target: all), the p50 and p95 of a sync in each phase
and the hostile phase's p95 as a ratio over the quiet one's, the server's resting and peak
memory against the stated bound (300 MiB), and what the attackers were answered.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from liaison.protocol import MAX_PUSH_BODY_BYTES, MAX_PUSH_CHANGES
from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore
from tests.benchmarks.bench_sync import _MemoryBackend
from tests.secretariat.process import ServerProcess, served

PASSWORD = "correct horse battery"
PEAK_BOUND_MB = 300
INSTITUTIONS = (("Otandastar Qory", "KZ"), ("Diaspora Committee", "AZ"))


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


class Laptop:
    def __init__(self, folder: Path, server: ServerProcess, user: str) -> None:
        self.app = Liaison.open(folder)
        self.client = SyncClient(self.app, tokens=TokenStore(_MemoryBackend()))
        self.client.login(server.url, user, PASSWORD, ca_file=str(server.ca_file))
        self.ids: list[str] = []

    def edit(self, round_no: int, count: int) -> None:
        while len(self.ids) < count:
            made = self.app.contacts.create(
                {"name": f"Контакт {uuid.uuid4().hex[:8]}", "visibility": "shared"}
            )
            self.ids.append(made["id"])
        for record_id in self.ids[:count]:
            self.app.contacts.update(record_id, {"position": f"Round {round_no}"})

    def sync(self) -> tuple[float, str | None]:
        started = time.perf_counter()
        try:
            self.client.sync(allow_mass_delete=True)
        except Exception as error:  # a failed honest sync is the figure this benchmark reports
            return time.perf_counter() - started, f"{type(error).__name__}: {error}"
        return time.perf_counter() - started, None

    def close(self) -> None:
        self.client.close()
        self.app.close()


def _bodies() -> dict[str, bytes]:
    empty = b"[" + b"{}," * 20_333_333 + b"{}]"
    one = b'{"change_id":"%s","entity":"contacts","record_id":"%s","op":"delete"}' % (
        str(uuid.uuid4()).encode(),
        str(uuid.uuid4()).encode(),
    )
    worst = b'{"changes":[' + b",".join([one] * ((MAX_PUSH_BODY_BYTES - 100) // (len(one) + 1))) + b"]}"
    return {"bomb": gzip.compress(empty, 9, mtime=0), "worst push": gzip.compress(worst, 9, mtime=0)}


def _largest_push() -> bytes:
    """The costliest push the server accepts: as many changes as it takes, each a new contact
    (seen by the attacker's institution only) whose notes fill the body to its limit; new ids
    every time, so that every one is applied, not answered from the record."""
    notes = "x" * ((MAX_PUSH_BODY_BYTES - 65_536) // MAX_PUSH_CHANGES - 250)
    changes = [
        {
            "change_id": str(uuid.uuid4()),
            "entity": "contacts",
            "record_id": str(uuid.uuid4()),
            "op": "create",
            "fields": {"name": "Mallory", "notes": notes},
            "visibility": "institution",
        }
        for _ in range(MAX_PUSH_CHANGES)
    ]
    return gzip.compress(json.dumps({"changes": changes}).encode(), 1, mtime=0)


def _attacker(
    server: ServerProcess,
    token: str,
    stop: threading.Event,
    seen: Counter[str],
    lock: threading.Lock,
    largest_push: bool = False,
) -> None:
    bodies = _bodies()
    gz = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    attacks: list[tuple[str, Callable[[httpx.Client], httpx.Response]]] = [
        ("login bomb", lambda http: http.post("/v1/login", content=bodies["bomb"], headers=gz)),
        ("stranger push bomb", lambda http: http.post("/v1/push", content=bodies["bomb"], headers=gz)),
        (
            "officer push bomb",
            lambda http: http.post(
                "/v1/push", content=bodies["bomb"], headers={**gz, "Authorization": f"Bearer {token}"}
            ),
        ),
        (
            "officer worst push",
            lambda http: http.post(
                "/v1/push", content=bodies["worst push"], headers={**gz, "Authorization": f"Bearer {token}"}
            ),
        ),
        (
            "officer largest push",
            lambda http: http.post(
                "/v1/push", content=_largest_push(), headers={**gz, "Authorization": f"Bearer {token}"}
            ),
        ),
        (
            "wrong password",
            lambda http: http.post(
                "/v1/login", json={"username": "aigerim0", "password": "guess", "device_name": "x"}
            ),
        ),
    ]
    if not largest_push:
        attacks = [(name, attack) for name, attack in attacks if name != "officer largest push"]
    turn = 0
    with server.client() as http:
        while not stop.is_set():
            name, attack = attacks[turn % len(attacks)]
            turn += 1
            try:
                status = str(attack(http).status_code)
            except httpx.HTTPError as error:
                status = type(error).__name__
            with lock:
                seen[f"{name} → {status}"] += 1


def _rounds(laptops: list[Laptop], rounds: int, edits: int, offset: int) -> tuple[list[float], list[str]]:
    times: list[float] = []
    failures: list[str] = []
    with ThreadPoolExecutor(len(laptops)) as pool:
        for round_no in range(rounds):
            for laptop in laptops:
                laptop.edit(offset + round_no, edits)
            for seconds, failure in pool.map(lambda laptop: laptop.sync(), laptops):
                times.append(seconds)
                if failure is not None:
                    failures.append(failure)
    return times, failures


def run(
    laptops: int, rounds: int, edits: int, attackers: int, workdir: Path, *, largest_push: bool = False
) -> dict[str, Any]:
    with served(workdir) as server:
        for name, state in INSTITUTIONS:
            server.admin.add_institution(name, state)
        users = [f"aigerim{n}" if n % 2 == 0 else f"leyla{n}" for n in range(laptops)]
        for n, user in enumerate(users):
            server.admin.add_user(user, INSTITUTIONS[n % 2][0], PASSWORD)
        server.admin.add_institution("Mallory's", "TM")
        server.admin.add_user("mallory", "Mallory's", PASSWORD)
        hostile_token = server.login("mallory", PASSWORD)
        fleet = [Laptop(workdir / f"laptop-{n}", server, user) for n, user in enumerate(users)]
        try:
            first, first_failures = _rounds(fleet, 1, edits, 0)  # the first sync of each: not counted
            resting = server.rss_mb()
            quiet, quiet_failures = _rounds(fleet, rounds, edits, 1)
            quiet_peak = server.peak_mb()
            stop, lock, seen = threading.Event(), threading.Lock(), Counter[str]()
            threads = [
                threading.Thread(
                    target=_attacker,
                    args=(server, hostile_token, stop, seen, lock, largest_push),
                    daemon=True,
                )
                for _ in range(attackers)
            ]
            for thread in threads:
                thread.start()
            try:
                time.sleep(1)  # the attack is on before the honest syncs start
                hostile, hostile_failures = _rounds(fleet, rounds, edits, 1 + rounds)
            finally:
                stop.set()
                for thread in threads:
                    thread.join(timeout=120)
            peak = server.peak_mb()
            alive = server.alive()
        finally:
            for laptop in fleet:
                laptop.close()
    failures = first_failures + quiet_failures + hostile_failures
    syncs = len(first) + len(quiet) + len(hostile)
    return {
        "laptops": laptops,
        "rounds": rounds,
        "syncs": syncs,
        "succeeded": syncs - len(failures),
        "failures": failures[:10],
        "quiet": {"p50_s": statistics.median(quiet), "p95_s": _percentile(quiet, 0.95)},
        "hostile": {"p50_s": statistics.median(hostile), "p95_s": _percentile(hostile, 0.95)},
        "p95_ratio": _percentile(hostile, 0.95) / _percentile(quiet, 0.95),
        "server_mb": {"resting": resting, "quiet_peak": quiet_peak, "peak": peak, "bound": PEAK_BOUND_MB},
        "server_alive": alive,
        "attacks": dict(sorted(seen.items())),
    }


def format_report(result: dict[str, Any]) -> str:
    memory = result["server_mb"]
    lines = [
        f"{result['laptops']} laptops, {result['rounds']} rounds quiet then {result['rounds']} under attack",
        f"honest syncs: {result['succeeded']} of {result['syncs']} succeeded",
        f"sync p50/p95 quiet:   {result['quiet']['p50_s']:.2f} s / {result['quiet']['p95_s']:.2f} s",
        f"sync p50/p95 hostile: {result['hostile']['p50_s']:.2f} s / {result['hostile']['p95_s']:.2f} s"
        f"  (p95 ×{result['p95_ratio']:.2f} the quiet one)",
        f"server memory: resting {memory['resting']:.0f} MiB, peak quiet {memory['quiet_peak']:.0f} MiB, "
        f"peak under attack {memory['peak']:.0f} MiB (bound {memory['bound']} MiB: "
        f"{'within' if memory['peak'] < memory['bound'] else 'EXCEEDED'})",
        "attacks answered:",
        *(f"  {name}: {count}" for name, count in result["attacks"].items()),
    ]
    if result["failures"]:
        lines += ["failed syncs (first 10):", *(f"  {failure}" for failure in result["failures"])]
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--edits", type=int, default=5, help="records each laptop edits per round")
    parser.add_argument("--attackers", type=int, default=4, help="threads sending hostile requests")
    parser.add_argument(
        "--largest-push",
        action="store_true",
        help="also send the costliest push the server accepts (not in the default figures: see README)",
    )
    parser.add_argument("--workdir", type=Path, help="where the folders go (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="liaison-bench-hostile-") as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        result = run(
            args.laptops, args.rounds, args.edits, args.attackers, workdir, largest_push=args.largest_push
        )
    print(format_report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
