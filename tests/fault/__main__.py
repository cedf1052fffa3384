"""The fault harness by hand: ``python -m tests.fault`` runs the short version CI runs,
``python -m tests.fault --soak`` the long one (hundreds of trials; about an hour on 2 cores).

Each network trial: three laptops of two institutions edit at random and sync through a relay that
refuses, delays, cuts, corrupts and stalls connections, then converge (tests/fault/harness.py).
Each kill trial: ``liaison sync`` SIGKILLed mid-flight, then the next sync (tests/fault/kills.py).
Prints the figures; exits 1 if anything was lost, duplicated, leaked or left diverged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import keyring

from tests.fault.harness import Figures, Trial
from tests.fault.kills import kill_trial
from tests.sync.conftest import MemoryKeyring


def kill_summary(figures: Figures) -> str:
    phases = ", ".join(f"{phase} {n}" for phase, n in sorted(figures.connections.items()))
    return (
        f"{figures.trials} syncs SIGKILLed ({phases}), {figures.markers} contacts to send; "
        f"lost {len(figures.lost)}, duplicated {len(figures.duplicated)}, diverged {len(figures.diverged)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fault", description=__doc__.splitlines()[0])
    parser.add_argument("--soak", action="store_true", help="the long run: 200 network and 100 kill trials")
    parser.add_argument("--trials", type=int, help="network trials (default 2, --soak 200)")
    parser.add_argument("--steps", type=int, default=150, help="operations per network trial")
    parser.add_argument("--kills", type=int, help="kill trials (default 2, --soak 100)")
    parser.add_argument("--rate", type=float, default=0.3, help="share of exchanges broken")
    parser.add_argument("--seed", type=int, default=1, help="the first seed")
    args = parser.parse_args(argv)
    trials = args.trials if args.trials is not None else (200 if args.soak else 2)
    kills = args.kills if args.kills is not None else (100 if args.soak else 2)
    keyring.set_keyring(MemoryKeyring())  # no keyring backend here; the token stays in memory
    network, killed = Figures(trials=0), Figures(trials=0)
    started = time.monotonic()
    for seed in range(args.seed, args.seed + trials):
        with tempfile.TemporaryDirectory() as folder:
            network.add(Trial(Path(folder), seed, args.steps, rate=args.rate).run())
        print(f"network trial seed {seed}: {network.summary()}", flush=True)
    for seed in range(args.seed, args.seed + kills):
        with tempfile.TemporaryDirectory() as folder:
            killed.add(kill_trial(Path(folder), seed))
        print(f"kill trial seed {seed}: {kill_summary(killed)}", flush=True)
    print(f"network: {network.summary()}")
    print(f"kills: {kill_summary(killed)}")
    print(f"{time.monotonic() - started:.0f} s")
    problems = [*network.lost, *network.duplicated, *network.leaked, *network.diverged]
    problems += [*killed.lost, *killed.duplicated, *killed.leaked, *killed.diverged]
    for problem in problems[:50]:
        print(f"  {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
