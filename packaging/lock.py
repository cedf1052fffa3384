"""Refresh the lock every install here comes from: ``packaging/constraints.txt``.

Usage: python packaging/lock.py            (rewrite the lock from pyproject.toml's ranges)
       python packaging/lock.py --upgrade  (take the newest release each range allows)

The README's commands, ``.ci/run`` and the installers install with ``-c packaging/constraints.txt``,
so a release upstream (babel's new CLDR spacing turned a fresh checkout red once) cannot change
what a fresh machine gets; ``pyproject.toml`` keeps honest ranges for those who install the wheel.
The lock is *universal* (one file for every Python and platform the ranges admit, with markers),
made by uv's resolver: pip-tools resolves only for the interpreter it runs on, and the Qt
dependencies differ by Python version. Without ``--upgrade`` the versions already locked are kept
where the ranges still allow them, so a change to one range moves only what it must.
uv is a developer tool, not a dependency: ``pip install uv`` once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "constraints.txt"
EXTRAS = ("dev", "desktop", "server", "build")
OLDEST_PYTHON = "3.11"


def command(upgrade: bool) -> list[str]:
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    args = [uv, "pip", "compile", "pyproject.toml", "--universal", "--python-version", OLDEST_PYTHON,
            "--quiet", "--no-header", "--annotation-style", "line", "-o", str(LOCK.relative_to(ROOT))]
    declared = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for extra in EXTRAS:
        if f"\n{extra} = [" in declared:
            args += ["--extra", extra]
    if upgrade:
        args.append("--upgrade")
    return args


def main(argv: list[str]) -> int:
    args = command(upgrade="--upgrade" in argv)
    if not Path(args[0]).exists():
        print("uv is not installed: run `.venv/bin/pip install uv` first", file=sys.stderr)
        return 2
    done = subprocess.run(args, cwd=ROOT, check=False)
    if done.returncode == 0:
        body = LOCK.read_text(encoding="utf-8")
        LOCK.write_text(
            "# The lock every install of this checkout comes from: pip install -c packaging/constraints.txt\n"
            "# Made by `python packaging/lock.py`; do not edit by hand.\n" + body,
            encoding="utf-8",
        )
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
