"""The real entry point in its own process: it opens, and a termination signal closes it
gracefully (saving first) instead of killing it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from liaison.services.app import Liaison


@pytest.mark.parametrize("sample", [True, False], ids=["with-record", "first-run"])
def test_sigterm_closes_the_window_gracefully(data_dir: Path, sample: bool) -> None:
    if sample:
        from liaison.services.sample import load_sample_data

        with Liaison.open(data_dir) as app:
            load_sample_data(app)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from liaison.cli.main import main; raise SystemExit(main())",
            "--data-dir",
            str(data_dir),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / "liaison.sqlite3").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(3)  # the window is up and idle (or its first-run question is)
        assert process.poll() is None, process.communicate()[0]
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, output
