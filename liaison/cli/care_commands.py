"""``doctor``, ``recover``, ``backup`` and ``restore``: looking after the data file itself.

These work on the file, not through an opened record (a damaged or refused file cannot be
opened): the handlers get the data directory. See :mod:`liaison.store.rescue` for what each does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison.cli.entity_commands import Subcommands
from liaison.cli.output import err, out, print_json, tr
from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services import care


def _doctor(directory: Path, args: argparse.Namespace) -> int:
    report = care.doctor(directory)
    if args.json:
        print_json({"path": str(report.path), "sound": report.sound, "problems": report.problems})
    elif report.sound:
        out(tr(QT_TRANSLATE_NOOP("Cli", "{path}: no damage found.")).format(path=report.path))
    else:
        out(tr(QT_TRANSLATE_NOOP("Cli", "{path} is damaged:")).format(path=report.path))
        for problem in report.problems:
            out(f"  {problem}")
        out(tr(QT_TRANSLATE_NOOP("Cli", "Run “liaison recover” to copy what can be read into a new file.")))
    return 0 if report.sound else 1


def _recover(directory: Path, args: argparse.Namespace) -> int:
    try:
        recovered = care.recover(directory, wait=args.wait)
    except KnownError:
        if not args.open:
            raise
        from liaison.cli.main import open_window

        return open_window(directory)  # still damaged: the window says so again
    if args.json:
        print_json(
            {
                "path": str(recovered.path),
                "damaged_copy": str(recovered.damaged_copy),
                "contacts": recovered.contacts,
                "events": recovered.events,
            }
        )
    else:
        out(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Recovered into {path} ({contacts} contacts, {events} events); "
                    "the damaged file is kept as {copy}.",
                )
            ).format(
                path=recovered.path,
                copy=recovered.damaged_copy,
                contacts=recovered.contacts,
                events=recovered.events,
            )
        )
    if args.open:
        from liaison.cli.main import open_window

        return open_window(directory)
    return 0


def _backup(directory: Path, args: argparse.Namespace) -> int:
    snapshot = care.take_snapshot(directory)
    if args.json:
        print_json({"snapshot": str(snapshot)})
    else:
        out(tr(QT_TRANSLATE_NOOP("Cli", "Snapshot saved: {path}")).format(path=snapshot))
    return 0


def _restore(directory: Path, args: argparse.Namespace) -> int:
    if args.list:
        found = care.snapshots(directory)
        if args.json:
            print_json([str(path) for path in found])
        elif not found:
            err(tr(QT_TRANSLATE_NOOP("Cli", "No snapshots yet.")))
        for path in found if not args.json else ():
            out(str(path))
        return 0
    snapshot = Path(args.snapshot) if args.snapshot else None
    restored, before = care.restore(directory, snapshot)
    if args.json:
        print_json({"restored": str(restored), "previous_copy": str(before)})
    else:
        out(
            tr(
                QT_TRANSLATE_NOOP("Cli", "Restored {snapshot}; the file it replaced is kept as {copy}.")
            ).format(snapshot=restored, copy=before)
        )
    return 0


def add_care_commands(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    doctor = commands.add_parser(
        "doctor", parents=[common], help="check the data file for damage (exit 1 if damaged)"
    )
    doctor.set_defaults(handler=_doctor, file_handler=True)
    recover = commands.add_parser(
        "recover",
        parents=[common],
        help="copy what can be read from a damaged data file into a new one (the damaged one is kept)",
    )
    recover.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for other programs to close it",
    )
    recover.add_argument("--open", action="store_true", help="open the window afterwards")
    recover.set_defaults(handler=_recover, file_handler=True)
    backup = commands.add_parser("backup", parents=[common], help="save a snapshot of the data file now")
    backup.set_defaults(handler=_backup, file_handler=True)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="put a snapshot in the data file's place (the current file is kept in backups/)",
    )
    restore.add_argument("snapshot", nargs="?", help="the snapshot file (default: the newest)")
    restore.add_argument("--list", action="store_true", help="list the snapshots, newest first")
    restore.set_defaults(handler=_restore, file_handler=True)
