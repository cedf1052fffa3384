"""Three laptops of two institutions edit at random and sync through a faulty network; then the
network heals and they must converge with nothing lost, nothing duplicated and nothing leaked.

One *trial* is reproducible from its seed: the seed draws every operation, every laptop, every
value and, through :class:`~tests.fault.proxy.FaultProxy`, every broken connection. The rules
that make "lost" decidable without guessing at causality:

- only a record's creator changes its ``position``, visibility, or deletes and restores it, so the
  final ``position`` must be the creator's last value;
- anyone appends lines to a record's ``notes`` (as delegates do to minutes), each line a unique
  marker, so every marker an officer saved must be in the final notes, or in a conflict the
  inbox holds (overlapping edits and edits against a delete are conflicts, and a change to
  another institution's record is refused into the author's inbox), and never twice;
- a record created private and never shared must exist on its laptop only (and not on the
  server); an ``institution`` record must not reach the other institution alive; a record
  withdrawn (made private, issue 12 §4) must be alive on its creator's laptop only.

Failures of a sync while the network is broken are expected and counted, as long as they are the
client's typed :class:`~liaison.sync.SyncError`; anything else is a defect and ends the trial.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text

from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES
from liaison.services.records import table_of
from liaison.services.replica import record_wire
from liaison.sync import RetryPolicy, SyncClient, SyncError, TokenStore, conflicts
from liaison.sync.transport import Timeouts
from tests.fault.proxy import FaultProxy
from tests.secretariat.server import DEFAULT_PASSWORD, RunningServer, database_url, running_server

OFFICERS = (
    ("aigerim", "Otandastar Qory", "KZ"),
    ("nurlan", "Otandastar Qory", "KZ"),
    ("elvin", "State Committee on Diaspora Affairs", "AZ"),
)
QUICK = Timeouts(connect=3.0, read=3.0, write=3.0, pool=3.0)
NO_WAIT = RetryPolicy(attempts=3, base=0.0, cap=0.0)


@dataclass
class Figures:
    """What trials did and found; the last three must stay 0."""

    trials: int = 0
    operations: int = 0
    syncs: int = 0
    failed_syncs: int = 0
    markers: int = 0
    conflicts: int = 0
    connections: Counter[str] = field(default_factory=Counter)
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    diverged: list[str] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name in ("trials", "operations", "syncs", "failed_syncs", "markers", "conflicts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.connections.update(other.connections)
        for name in ("lost", "duplicated", "leaked", "diverged"):
            getattr(self, name).extend(getattr(other, name))

    @property
    def clean(self) -> bool:
        return not (self.lost or self.duplicated or self.leaked or self.diverged)

    def summary(self) -> str:
        faults = sum(n for fault, n in self.connections.items() if fault != "none")
        return (
            f"{self.trials} trials, {self.operations} operations, {self.markers} lines typed, "
            f"{self.syncs} syncs ({self.failed_syncs} failed on the broken network), "
            f"{sum(self.connections.values())} exchanges ({faults} broken: "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.connections.items()) if k != "none")
            + f"), {self.conflicts} conflicts kept; lost {len(self.lost)}, duplicated "
            f"{len(self.duplicated)}, leaked {len(self.leaked)}, diverged {len(self.diverged)}"
        )


@dataclass
class Laptop:
    name: str
    institution: str
    app: Liaison
    client: SyncClient


@dataclass
class Made:
    """What the harness knows of a contact it created."""

    creator: str
    institution: str
    visibility: str
    ever_left: bool  # was ever institution or shared (so it may be on the server)
    deleted: bool = False
    position: str | None = None


class Trial:
    """One seeded run; :meth:`run` returns its :class:`Figures`."""

    def __init__(self, folder: Path, seed: int, steps: int, *, rate: float = 0.3) -> None:
        self.folder, self.seed, self.steps, self.rate = folder, seed, steps, rate
        self.rng = random.Random(seed)
        self.figures = Figures(trials=1)
        self.made: dict[str, Made] = {}
        self.lines: dict[str, list[str]] = {}  # record id -> markers saved into its notes
        self.counter = 0

    # -- set-up --------------------------------------------------------------------------------
    @contextmanager
    def world(self) -> Iterator[tuple[RunningServer, FaultProxy, list[Laptop]]]:
        with ExitStack() as stack:
            url = stack.enter_context(database_url("sqlite", self.folder))
            server = stack.enter_context(running_server(url, self.folder))
            proxy = FaultProxy(server.port, seed=self.seed, rate=0.0, stall_seconds=QUICK.read + 0.5)
            stack.callback(proxy.close)
            laptops = []
            for institution, state in dict((i, s) for _, i, s in OFFICERS).items():
                server.admin.add_institution(institution, state)
            for name, institution, _ in OFFICERS:
                server.admin.add_user(name, institution)
                app = Liaison.open(self.folder / f"laptop-{name}")
                stack.callback(app.close)
                client = SyncClient(app, tokens=TokenStore(), retry=NO_WAIT, timeouts=QUICK)
                stack.callback(client.close)
                client.login(
                    f"https://127.0.0.1:{proxy.port}", name, DEFAULT_PASSWORD, ca_file=str(server.ca_file)
                )
                laptops.append(Laptop(name, institution, app, client))
            for laptop in laptops:
                self.sync(laptop)
            yield server, proxy, laptops
            self.figures.connections.update(proxy.counts)

    # -- operations ----------------------------------------------------------------------------
    def marker(self) -> str:
        self.counter += 1
        return f"s{self.seed}m{self.counter}"

    def sync(self, laptop: Laptop) -> None:
        self.figures.syncs += 1
        try:
            laptop.client.sync(allow_mass_delete=True)
        except SyncError:
            self.figures.failed_syncs += 1

    def live_ids(self, laptop: Laptop) -> list[str]:
        return [row["id"] for row in laptop.app.contacts.list(limit=None)]

    def step(self, laptops: list[Laptop]) -> None:
        laptop = self.rng.choice(laptops)
        roll = self.rng.random()
        self.figures.operations += 1
        mine = [i for i, m in self.made.items() if m.creator == laptop.name]
        if roll < 0.22 or not mine:
            self.create(laptop)
        elif roll < 0.45:
            self.append_line(laptop)
        elif roll < 0.55:
            self.set_position(laptop, self.rng.choice(mine))
        elif roll < 0.61:
            self.delete_or_restore(laptop, self.rng.choice(mine))
        elif roll < 0.68:
            self.change_visibility(laptop, self.rng.choice(mine))
        else:
            self.sync(laptop)

    def create(self, laptop: Laptop) -> None:
        visibility = self.rng.choices(["private", "institution", "shared"], [15, 35, 50])[0]
        marker = self.marker()
        record = laptop.app.contacts.create(
            {"name": f"Delegate {marker}", "visibility": visibility, "notes": f"{marker}\n"}
        )
        self.made[record["id"]] = Made(laptop.name, laptop.institution, visibility, visibility != "private")
        self.lines[record["id"]] = [marker]
        self.figures.markers += 1

    def append_line(self, laptop: Laptop) -> None:
        visible = [i for i in self.live_ids(laptop) if i in self.made]
        if not visible:
            return
        record_id = self.rng.choice(visible)
        current = laptop.app.contacts.get(record_id)
        marker = self.marker()
        laptop.app.contacts.update(record_id, {"notes": (current.get("notes") or "") + f"{marker}\n"})
        self.lines[record_id].append(marker)
        self.figures.markers += 1

    def set_position(self, laptop: Laptop, record_id: str) -> None:
        if self.made[record_id].deleted:
            return
        marker = self.marker()
        laptop.app.contacts.update(record_id, {"position": marker})
        self.made[record_id].position = marker

    def delete_or_restore(self, laptop: Laptop, record_id: str) -> None:
        made = self.made[record_id]
        if made.deleted:
            laptop.app.contacts.restore(record_id)
        else:
            laptop.app.contacts.delete(record_id)
        made.deleted = not made.deleted

    def change_visibility(self, laptop: Laptop, record_id: str) -> None:
        made = self.made[record_id]
        if made.deleted:
            return
        # Made private, a shared record is withdrawn (issue 12 §4): it must leave the others'
        # laptops, and the lines they wrote into it must survive in a conflict. (Keeping their
        # copies is not drawn: the copies then go their own way by design, and "lost" could not
        # be decided from the creator's laptop.)
        choices = {
            "private": ["institution", "shared"],
            "institution": ["shared", "private"],
            "shared": ["institution", "private"],
        }
        visibility = self.rng.choice(choices[made.visibility])
        laptop.app.contacts.update(record_id, {"visibility": visibility}, withdraw=visibility == "private")
        made.visibility, made.ever_left = visibility, True

    # -- the run -------------------------------------------------------------------------------
    def run(self, tamper: Callable[[list[Laptop]], None] | None = None) -> Figures:
        """Edit and sync through the broken network, heal it, converge, check. ``tamper`` runs
        just before the checks (the tests use it to show that the checks can fail)."""
        with self.world() as (server, proxy, laptops):
            proxy.rate = self.rate
            for _ in range(self.steps):
                self.step(laptops)
            proxy.rate = 0.0
            for _ in range(3):
                for laptop in laptops:
                    laptop.client.sync(allow_mass_delete=True)  # the network is whole: must pass
            if tamper is not None:
                tamper(laptops)
            self.check(server, laptops)
        return self.figures

    # -- the checks ----------------------------------------------------------------------------
    def check(self, server: RunningServer, laptops: list[Laptop]) -> None:
        by_name = {laptop.name: laptop for laptop in laptops}
        kept = self.conflict_texts(laptops)
        self.figures.conflicts += len(kept)
        for record_id, made in self.made.items():
            creator = by_name[made.creator]
            row = creator.app.contacts.get(record_id, include_deleted=True)
            notes = row.get("notes") or ""
            for marker in self.lines[record_id]:
                count = notes.count(f"{marker}\n")
                if count > 1:
                    self.figures.duplicated.append(f"{marker} {count} times in {record_id}")
                if count == 0 and not any(marker in text for text in kept):
                    self.figures.lost.append(f"{marker} of {record_id} ({made.visibility})")
            position = made.position
            if (
                position is not None
                and row.get("position") != position
                and not any(position in t for t in kept)
            ):
                self.figures.lost.append(f"position {made.position} of {record_id}: {row.get('position')}")
            if made.deleted and not row["deleted"] and not self.delete_refused(laptops, record_id):
                self.figures.lost.append(f"the delete of {record_id} by {made.creator}, with no conflict")
            for other in laptops:
                if other is creator:
                    continue
                may_see = self.may_see(other, record_id)
                held = other.app.contacts.list(limit=None)
                alive_there = any(r["id"] == record_id for r in held)
                if not made.ever_left and self.has_any(other, record_id):
                    self.figures.leaked.append(f"private {record_id} of {made.creator} on {other.name}")
                elif alive_there and not may_see:
                    self.figures.leaked.append(
                        f"{made.visibility} {record_id} of {made.creator} on {other.name}"
                    )
                elif may_see and alive_there == bool(row["deleted"]):
                    self.figures.diverged.append(f"{record_id} on {other.name}: alive={alive_there}")
        self.check_server(server)
        self.check_converged(laptops)

    def has_any(self, laptop: Laptop, record_id: str) -> bool:
        try:
            laptop.app.contacts.get(record_id, include_deleted=True)
        except Exception:
            return False
        return True

    def delete_refused(self, laptops: list[Laptop], record_id: str) -> bool:
        """A delete against a colleague's edit is refused and kept as an edit/delete conflict."""
        return any(
            view.record_id == record_id and view.kind == "edit_delete"
            for laptop in laptops
            for view in conflicts.list_conflicts(laptop.app, include_resolved=True)
        )

    def conflict_texts(self, laptops: list[Laptop]) -> list[str]:
        texts = []
        for laptop in laptops:
            for view in conflicts.list_conflicts(laptop.app, include_resolved=True):
                texts.append(repr(view.fields))
        return texts

    def check_server(self, server: RunningServer) -> None:
        private = [i for i, m in self.made.items() if not m.ever_left]
        if not private:
            return
        engine = create_engine(server.db_url)
        try:
            with engine.connect() as connection:
                for record_id in private:
                    found = connection.execute(text("SELECT 1 FROM records WHERE id = :i"), {"i": record_id})
                    if found.first() is not None:
                        self.figures.leaked.append(f"private {record_id} on the server")
        finally:
            engine.dispose()

    def may_see(self, laptop: Laptop, record_id: str) -> bool:
        made = self.made[record_id]
        return made.visibility == "shared" or (
            made.visibility == "institution" and laptop.institution == made.institution
        )

    def check_converged(self, laptops: list[Laptop]) -> None:
        """Every pair of laptops holds the same version of each record both may see."""
        snapshots = {laptop.name: snapshot(laptop.app) for laptop in laptops}
        for index, first in enumerate(laptops):
            for other in laptops[index + 1 :]:
                a, b = snapshots[first.name], snapshots[other.name]
                for key in sorted(set(a) | set(b)):
                    record_id = key[1]
                    if record_id not in self.made or not (
                        self.may_see(first, record_id) and self.may_see(other, record_id)
                    ):
                        continue
                    gone = {None, "deleted"}
                    if {_state(a.get(key)), _state(b.get(key))} <= gone:
                        continue  # a delete that reached one laptop before it ever saw the record
                    if a.get(key) != b.get(key):
                        delta = {
                            k: (a.get(key, {}).get(k), b.get(key, {}).get(k))
                            for k in set(a.get(key, {})) | set(b.get(key, {}))
                            if a.get(key, {}).get(k) != b.get(key, {}).get(k)
                        }
                        self.figures.diverged.append(
                            f"{key} differs between {first.name} and {other.name}: {delta}"
                        )


def snapshot(app: Liaison) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record the server knows, as a laptop holds it (fields, visibility, tombstone)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with app.store.read() as session:
        for name, spec in ENTITIES.items():
            table = table_of(spec)
            for row in session.execute(select(table).where(table.c.server_rev > 0)).mappings():
                out[(name, row["id"])] = {
                    **record_wire(spec, row),
                    "visibility": row["visibility"],
                    "deleted": row["deleted"],
                    "rev": row["server_rev"],
                }
    return out


def _state(record: dict[str, Any] | None) -> str | None:
    if record is None:
        return None
    return "deleted" if record["deleted"] else "alive"
