"""SIGKILL of ``liaison sync`` mid-flight: afterwards the next sync completes, the server holds
every record exactly once, and a colleague receives them all.

A laptop creates a few hundred contacts (several push batches, so the kill can land between a
batch's claim, the server's commit and the confirmation), a ``liaison sync`` process sends them
and is killed at a random moment drawn from the seed; then the laptop syncs normally and a
second laptop of the same institution pulls.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import create_engine, text

from liaison.services.app import Liaison
from liaison.sync import SyncClient, TokenStore
from tests.fault.harness import NO_WAIT, Figures
from tests.secretariat.server import DEFAULT_PASSWORD, database_url, running_server

ROOT = Path(__file__).resolve().parents[2]
CONTACTS = "entity = 'contacts'"


def kill_trial(folder: Path, seed: int, *, contacts: int = 1500) -> Figures:
    """One kill; ``figures.lost``/``duplicated``/``diverged`` name anything that went wrong."""
    rng = random.Random(seed)
    figures = Figures(trials=1)
    with ExitStack() as stack:
        url = stack.enter_context(database_url("sqlite", folder))
        server = stack.enter_context(running_server(url, folder))
        server.admin.add_institution("Otandastar Qory", "KZ")
        server.admin.add_user("aigerim", "Otandastar Qory")
        server.admin.add_user("nurlan", "Otandastar Qory")
        laptops = {}
        for name in ("aigerim", "nurlan"):
            app = Liaison.open(folder / f"laptop-{name}")
            stack.callback(app.close)
            client = SyncClient(app, tokens=TokenStore(), retry=NO_WAIT)
            stack.callback(client.close)
            client.login(server.url, name, DEFAULT_PASSWORD, ca_file=str(server.ca_file))
            laptops[name] = (app, client)
        app, client = laptops["aigerim"]
        made = app.contacts.create_many(
            [
                {"name": f"Делегат {seed}-{n}", "visibility": "shared", "notes": f"k{seed}n{n}\n"}
                for n in range(contacts)
            ]
        )
        ids = set(made)
        figures.markers += len(ids)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        sync = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "liaison",
                "--data-dir",
                str(folder / "laptop-aigerim"),
                "sync",
                "--password-stdin",
                "--yes",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert sync.stdin is not None
        sync.stdin.write(f"{DEFAULT_PASSWORD}\n".encode())
        sync.stdin.close()
        if rng.random() < 0.3:
            time.sleep(rng.uniform(0.1, 2.0))  # anywhere: start-up, login, the first batch
        else:  # once the push has begun, so that most kills land between claim, commit and confirm
            deadline = time.monotonic() + 30
            while sync.poll() is None and _count(server.db_url) == 0 and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.25))
        figures.operations += 1
        if sync.poll() is None:
            os.kill(sync.pid, signal.SIGKILL)
            sync.wait(timeout=30)
            sent = _count(server.db_url)
            phase = "before its push" if sent == 0 else "after its push" if sent >= len(ids) else "mid-push"
            figures.connections[f"killed {phase}"] += 1
        else:
            sync.wait(timeout=30)
            figures.connections["finished before the kill"] += 1
        for name in ("aigerim", "nurlan", "aigerim"):
            laptops[name][1].sync()
            figures.syncs += 1
        engine = create_engine(server.db_url)
        try:
            with engine.connect() as connection:
                held = connection.execute(
                    text("SELECT id, fields FROM records WHERE entity = 'contacts'")
                ).all()
        finally:
            engine.dispose()
        on_server = {row[0]: json.loads(row[1]) if isinstance(row[1], str) else row[1] for row in held}
        figures.lost += [f"{i} not on the server" for i in ids - set(on_server)]
        figures.duplicated += [
            f"{i} notes doubled on the server"
            for i, fields in on_server.items()
            if fields["notes"].count("\n") != 1
        ]
        for name, (other, _) in laptops.items():
            notes = {r["id"]: r.get("notes") for r in other.contacts.list(limit=None)}
            figures.lost += [f"{i} not on {name}" for i in ids - set(notes)]
            figures.duplicated += [
                f"{i} notes doubled on {name}" for i in ids & set(notes) if notes[i].count("\n") != 1
            ]
        with app.store.read() as session:
            pending = session.execute(text("SELECT count(*) FROM outbox")).scalar_one()
        if pending:
            figures.diverged.append(f"{pending} changes still waiting after the syncs")
    return figures


def _count(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text("SELECT count(*) FROM records WHERE entity = 'contacts'")
                ).scalar_one()
            )
    finally:
        engine.dispose()
