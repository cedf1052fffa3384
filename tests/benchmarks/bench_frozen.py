"""Cold start of the frozen window (``packaging/build.py``'s folder) against the same code
started from the venv: the ratio frozen / venv, target <= 1.5 (issue 11).

Each run is a new process on a demo record, offscreen, alternating frozen and venv so that load
on the machine falls on both alike; the window writes when it first painted and when its record
was open (``LIAISON_STARTUP_REPORT``, liaison/ui/app.py) and is then closed with SIGTERM. Times
are from just before the process is started; medians are reported. The first run of each is
untimed (the files come into the page cache): this measures a new process, not a cold disk.

    python -m tests.benchmarks.bench_frozen [--runs 7] [--dist DIR] [--json FILE]

Without ``--dist`` the build is found or made as the smoke test does (tests/installers/frozen.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.installers.frozen import Build, _found, clean_environment, frozen_build, unpack


def start_once(command: list[str], data: Path, home: Path) -> dict[str, float]:
    report = home / "startup.json"
    report.unlink(missing_ok=True)
    env = clean_environment(home) | {"LIAISON_STARTUP_REPORT": str(report)}
    started = time.time()
    process = subprocess.Popen(
        [*command, "--data-dir", str(data)],
        env=env,
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not report.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"{command[0]} did not open its window: {process.stderr.read() if process.stderr else ''}"
                )
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    marks = json.loads(report.read_text(encoding="utf-8"))
    return {"painted": marks["painted"] - started, "opened": marks["opened"] - started}


def bench(build: Build, runs: int, work: Path) -> dict[str, Any]:
    program = unpack(build, work / "frozen")
    home = work / "home"
    home.mkdir()
    data = home / "record"
    subprocess.run(
        [str(program), "--data-dir", str(data), "demo"],
        env=clean_environment(home),
        check=True,
        capture_output=True,
        timeout=300,
    )
    venv = [sys.executable, "-m", "liaison.cli.main"]
    frozen = [str(program)]
    start_once(frozen, data, home)
    start_once(venv, data, home)
    times: dict[str, list[dict[str, float]]] = {"frozen": [], "venv": []}
    for _ in range(runs):
        times["frozen"].append(start_once(frozen, data, home))
        times["venv"].append(start_once(venv, data, home))
    medians = {
        kind: {mark: statistics.median(run[mark] for run in runs_) for mark in ("painted", "opened")}
        for kind, runs_ in times.items()
    }
    return {
        "runs": runs,
        "medians_s": medians,
        "ratio_painted": medians["frozen"]["painted"] / medians["venv"]["painted"],
        "ratio_opened": medians["frozen"]["opened"] / medians["venv"]["opened"],
        "all_s": times,
    }


def report(result: dict[str, Any]) -> str:
    medians = result["medians_s"]
    return "\n".join(
        [
            f"Cold start, frozen vs venv, median of {result['runs']} new processes each (target <= 1.5x):",
            *(
                f"  {label}: frozen {medians['frozen'][mark]:.2f} s, venv {medians['venv'][mark]:.2f} s,"
                f" ratio {result['ratio_' + mark]:.2f}x"
                for label, mark in (("window painted", "painted"), ("record open   ", "opened"))
            ),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dist", type=Path, help="a dist folder made by packaging/build.py")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-frozen-"))
    try:
        build = _found(args.dist.resolve()) if args.dist else frozen_build(work / "build")
        if build is None:
            parser.error(f"no build in {args.dist}")
        result = bench(build, args.runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
