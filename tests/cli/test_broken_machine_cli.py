"""The command line on a misbehaving machine: one line on standard error naming the cause and
what to do (never a traceback, never the SQL or the officer's data); reads work on a read-only
record; a damaged record is reported, recovered, and backed up and restored."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.services.app import Liaison
from liaison.store import rescue
from liaison.store.engine import DB_FILENAME
from tests.cli.conftest import Console, Run
from tests.disk import damage_one_page, malformed, small_disk

SECRET = "Gulnara Batyrova, met privately in Osh"


def _one_clean_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "INSERT" not in result.stderr and SECRET not in result.stderr
    for word in words:
        assert word in lines[0]


def _seed(folder: Path, contacts: int = 1) -> str:
    with Liaison.open(folder) as app:
        first = str(app.contacts.create({"name": "Kubanychbek Omuraliev"})["id"])
        for number in range(contacts - 1):
            app.contacts.create({"name": f"Contact {number}", "notes": "x" * 200})
    return first


def test_a_read_only_mount_reads_and_refuses_writes_in_one_line(tmp_path: Path, console: Console) -> None:
    with small_disk(tmp_path / "disk") as disk:
        folder = str(disk.root / "data")
        contact_id = _seed(Path(folder))
        disk.read_only()
        for command in (["contact", "list"], ["search", "omuraliev"], ["contact", "show", contact_id]):
            result = console("--data-dir", folder, *command)
            assert result.returncode == 0, result.stderr
            assert "Omuraliev" in result.stdout
        added = console("--data-dir", folder, "contact", "add", "--name", SECRET)
        _one_clean_line(added, "read-only", DB_FILENAME)
        doctor = console("--data-dir", folder, "doctor")
        assert doctor.returncode == 0 and "no damage found" in doctor.stdout, doctor.stderr
        _one_clean_line(console("--data-dir", folder, "backup"), "read-only")


def test_a_full_disk_is_one_line_and_nothing_is_half_written(tmp_path: Path, console: Console) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        folder = str(disk.root / "data")
        _seed(Path(folder))
        disk.fill()
        added = console("--data-dir", folder, "contact", "add", "--name", SECRET, "--notes", "ə" * 40_000)
        _one_clean_line(added, "full")
        disk.free()
        listed = console("--data-dir", folder, "contact", "list", "--json")
        assert SECRET not in listed.stdout and "Omuraliev" in listed.stdout


def test_a_folder_the_officer_may_not_write_opens_for_reading(tmp_path: Path, console: Console) -> None:
    """As an ordinary user (root ignores permissions): a folder and file made read-only."""
    if os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists():
        pytest.skip("needs root to become an ordinary user")
    top = Path(sys.executable).resolve()
    if not os.access(top, os.X_OK):
        pytest.skip("the interpreter is not readable by others")
    folder = Path("/tmp") / f"liaison-ro-{os.getpid()}"
    folder.mkdir(mode=0o755)
    try:
        _seed(folder)
        (folder / DB_FILENAME).chmod(0o444)
        folder.chmod(0o555)
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        command = [
            *as_nobody,
            sys.executable,
            "-c",
            "from liaison.cli.main import main; raise SystemExit(main())",
        ]
        environment = dict(os.environ, HOME=str(folder))

        def as_officer(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*command, "--data-dir", str(folder), *args],
                capture_output=True,
                text=True,
                check=False,
                env=environment,
                cwd="/",
            )

        listed = as_officer("contact", "list")
        if "Permission denied" in listed.stderr and "liaison" not in listed.stderr:
            pytest.skip("this checkout is not readable by an ordinary user")
        assert listed.returncode == 0, listed.stderr
        assert "Omuraliev" in listed.stdout
        added = as_officer("contact", "add", "--name", SECRET)
        _one_clean_line(added, "read-only")
    finally:
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()


def test_a_damaged_record_stops_commands_and_recovers(data_dir: Path, run: Run, console: Console) -> None:
    _seed(data_dir, contacts=300)
    path = data_dir / DB_FILENAME
    damage_one_page(path)
    assert malformed(path)
    before = path.read_bytes()
    for command in (["contact", "add", "--name", SECRET], ["search", "omuraliev"]):
        result = console("--data-dir", str(data_dir), *command)
        _one_clean_line(result, "damaged", "liaison doctor", "liaison recover")
    assert path.read_bytes() == before

    doctor = run("doctor", "--json")
    assert doctor.code == 1 and doctor.json()["sound"] is False and doctor.json()["problems"]

    recovered = run("recover", "--json")
    assert recovered.code == 0, recovered.err
    report = recovered.json()
    assert Path(report["damaged_copy"]).read_bytes() == before  # the damaged file is kept as it was
    assert 250 < report["contacts"] < 301  # one leaf page of contacts is lost, the rest are back
    assert not malformed(path)
    assert run("doctor").code == 0
    found = run("search", "omuraliev", "--json")
    assert found.code == 0 and found.json()
    assert run("contact", "add", "--name", "Aigerim").code == 0


def test_backup_and_restore(data_dir: Path, run: Run) -> None:
    _seed(data_dir)
    backup = run("backup", "--json")
    assert backup.code == 0, backup.err
    snapshot = Path(backup.json()["snapshot"])
    assert snapshot.parent == data_dir / "backups"
    assert run("contact", "add", "--name", "Added after the snapshot").code == 0

    with Liaison.open(data_dir):  # the window holds the record: restore refuses, changes nothing
        refused = run("restore")
        assert refused.code == 1 and "open in another program" in refused.err
    restored = run("restore", "--json")
    assert restored.code == 0, restored.err
    names = {contact["name"] for contact in run("contact", "list", "--json").json()}
    assert names == {"Kubanychbek Omuraliev"}
    previous = Path(restored.json()["previous_copy"])
    kept = sqlite3.connect(previous).execute("SELECT name FROM contacts").fetchall()
    assert ("Added after the snapshot",) in kept  # what the restore replaced is kept


def test_snapshots_rotate_and_never_fill_the_disk(
    data_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(data_dir)
    monkeypatch.setattr(rescue, "SNAPSHOT_KEEP", 2)
    taken = [Path(run("backup", "--json").json()["snapshot"]) for _ in range(3)]
    assert rescue.snapshots(data_dir) == [taken[2], taken[1]]
    assert rescue.snapshot_due(data_dir) is False

    monkeypatch.setattr(rescue, "FREE_RESERVE_BYTES", 1 << 60)  # no disk has this much to spare
    refused = run("backup")
    assert refused.code == 1 and "free space" in refused.err
    assert rescue.snapshots(data_dir) == [taken[2], taken[1]]
    assert not list((data_dir / "backups").glob("*.part"))
