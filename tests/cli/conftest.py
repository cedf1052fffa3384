"""Running the command line in-process (fast) and as the real console script (end to end)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from liaison.cli.main import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run("contact", "list", "--json")``: ``main()`` on the test's data directory."""

    def run(*args: str) -> Result:
        code = main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def ok(run: Run) -> Callable[..., Any]:
    """Run a command that must succeed with ``--json``; returns the parsed output."""

    def ok(*args: str) -> Any:
        result = run(*args, "--json")
        assert result.code == 0, result.err
        assert result.err == ""
        return result.json()

    return ok


@pytest.fixture
def console_argv() -> list[str]:
    """The installed ``liaison`` console script, or the same entry point through ``-c``."""
    script = Path(sys.executable).with_name("liaison")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-c", "from liaison.cli.main import main; raise SystemExit(main())"]


Console = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def console(console_argv: list[str]) -> Console:
    """``console("--data-dir", d, "contact", "list")``: the real console script in a subprocess;
    output decoded as UTF-8 whatever the locale."""

    def console(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        environment = {key: value for key, value in os.environ.items() if key != "LIAISON_DATA_DIR"}
        environment.update(env or {})
        return subprocess.run(
            [*console_argv, *args],
            capture_output=True,
            env=environment,
            timeout=120,
            check=False,
            encoding="utf-8",
            errors="strict",
        )

    return console
