"""``login``, ``sync``, ``logout`` and ``conflicts``: sync with the Secretariat from the command line.

The password is read from standard input (``--password-stdin``, as ``docker login`` does), never
from the command line where other users could see it in the process list; it is sent once and
never stored. Without a usable system keyring the device token lives only as long as this
process: a warning says so, and ``sync --password-stdin`` logs in and syncs in one go.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from liaison.cli.entity_commands import Subcommands
from liaison.cli.output import Cli, CliError, err, out, print_json, print_table, tr
from liaison.cli.progress import TerminalProgress
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.app import Liaison
from liaison.sync import MassDeleteError, SyncClient, SyncSummary
from liaison.sync import state as sync_state

NO_KEYRING = QT_TRANSLATE_NOOP(
    "Cli",
    "liaison: warning: no system keyring is available, so the sign-in is kept only while this "
    "command runs; log in again next time (or use sync --password-stdin).",
)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password.removesuffix("\r")
    elif sys.stdin.isatty():
        password = getpass.getpass(tr(QT_TRANSLATE_NOOP("Cli", "Password: ")))
    else:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "Give the password on standard input with --password-stdin."))
    if not password:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "The password is empty."))
    return password


def _login(app: Liaison, args: argparse.Namespace) -> int:
    client = SyncClient(app)
    result = client.login(args.server, args.user, _password(args), ca_file=args.ca_file)
    if args.json:
        print_json(
            {
                "user": result.user,
                "institution": result.institution,
                "device_id": result.device_id,
                "token_in_keyring": result.token_in_keyring,
            }
        )
    else:
        connection = sync_state.connection(app)
        out(
            tr(QT_TRANSLATE_NOOP("Cli", "Logged in to {server} as {user} ({institution}).")).format(
                server=connection.server_url if connection else args.server,
                user=result.user,
                institution=result.institution.get("name", ""),
            )
        )
    if not result.token_in_keyring:
        err(tr(NO_KEYRING))
    return 0


def _print_summary(summary: SyncSummary) -> None:
    if summary.restored:
        from liaison.sync.restore import notice

        out(notice(summary.resent))
    out(
        tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Sent {pushed} changes ({merged} merged), received {pulled} records, deleted {deleted}; "
                "{conflicts} new conflicts, {open} open; {pending} changes waiting here. "
                "{requests} requests, {seconds:.1f} s.",
            )
        ).format(
            pushed=summary.pushed,
            merged=summary.merged,
            pulled=summary.pulled,
            deleted=summary.deleted,
            conflicts=summary.conflicts,
            open=summary.open_conflicts,
            pending=summary.pending,
            requests=summary.requests,
            seconds=summary.duration,
        )
    )
    if summary.open_conflicts:
        out(tr(QT_TRANSLATE_NOOP("Cli", "See them with: liaison conflicts")))
    _print_files(summary)
    for problem in summary.files_problems:  # a file held back, named, on every sync while it lasts
        err(problem)


def _print_files(summary: SyncSummary) -> None:
    """What the sync did with attached files, one line each, only when there is something to say."""
    if summary.downloaded:
        out(Cli.tr("Downloaded %n attached file(s).", None, summary.downloaded))
    if summary.files_waiting:
        out(
            Cli.tr(
                "%n attached file(s) left on the Secretariat (beyond the download budget, or not "
                "there yet): each downloads when opened.",
                None,
                summary.files_waiting,
            )
        )
    if summary.files_held:
        out(
            Cli.tr(
                "%n attached file(s) not sent: missing from this data folder or damaged on the way; "
                "the next sync tries again.",
                None,
                summary.files_held,
            )
        )


def _sync(app: Liaison, args: argparse.Namespace) -> int:
    with SyncClient(app) as client:
        return _sync_with(client, app, args)


def _sync_with(client: SyncClient, app: Liaison, args: argparse.Namespace) -> int:
    if args.password_stdin:
        connection = sync_state.connection(app)
        if connection is None:
            raise CliError(QT_TRANSLATE_NOOP("Cli", "Log in first: liaison login --server URL --user NAME"))
        client.login(connection.server_url, connection.username, _password(args), ca_file=connection.ca_file)
    progress = TerminalProgress()
    try:
        summary = client.sync(allow_mass_delete=args.yes, progress=progress)
    except MassDeleteError as error:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{message}\nRun liaison sync --yes to apply the deletions anyway.",
            ),
            message=error.message(),
        ) from error
    finally:
        progress.close()
    if args.json:
        print_json(summary.as_json())
    else:
        _print_summary(summary)
    return 0


def _logout(app: Liaison, args: argparse.Namespace) -> int:
    told = SyncClient(app).logout()
    if args.json:
        print_json({"revoked_on_server": told})
    elif told:
        out(tr(QT_TRANSLATE_NOOP("Cli", "Logged out; the server revoked this computer's sign-in.")))
    else:
        out(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Logged out here; the server could not be told (it will refuse the old sign-in only "
                    "once an administrator revokes it).",
                )
            )
        )
    return 0


def _conflicts(app: Liaison, args: argparse.Namespace) -> int:
    client = SyncClient(app)
    if args.resolve:
        for conflict_id in args.resolve:
            if not client.resolve_conflict(conflict_id):
                raise CliError(QT_TRANSLATE_NOOP("Cli", "There is no open conflict {id}."), id=conflict_id)
        if not args.json:
            out(tr(QT_TRANSLATE_NOOP("Cli", "Marked resolved; the server is told at the next sync.")))
    views = client.conflicts(include_resolved=args.all)
    if args.json:
        print_json([view.as_json() for view in views])
        return 0
    if not views:
        out(tr(QT_TRANSLATE_NOOP("Cli", "No conflicts.")))
        return 0
    rows = []
    for view in views:
        for name, sides in view.fields.items() if view.fields else [("", {})]:
            rows.append(
                [
                    view.id,
                    view.title,
                    view.kind,
                    name,
                    _show(sides.get("server")),
                    _show(sides.get("client")),
                    view.author or "",
                ]
            )
    print_table(
        [
            "Id",
            tr(QT_TRANSLATE_NOOP("Cli", "Record")),
            tr(QT_TRANSLATE_NOOP("Cli", "Kind")),
            tr(QT_TRANSLATE_NOOP("Cli", "Field")),
            tr(QT_TRANSLATE_NOOP("Cli", "Kept (server)")),
            tr(QT_TRANSLATE_NOOP("Cli", "Other (client)")),
            tr(QT_TRANSLATE_NOOP("Cli", "By")),
        ],
        rows,
        widths=[0, 30, 12, 16, 30, 30, 16],
    )
    return 0


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def add_sync_commands(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    login = commands.add_parser(
        "login",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "connect this data folder to the Secretariat's server")),
    )
    login.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the server, e.g. {example}")).replace(
            "{example}", "https://sync.example.org"
        ),
    )
    login.add_argument(
        "--user",
        required=True,
        metavar="USERNAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "your user name on the server")),
    )
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "read the password from standard input (one line)")),
    )
    login.add_argument(
        "--ca-file",
        metavar="CA.pem",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the Secretariat's own certificate authority, if it uses one")),
    )
    login.set_defaults(handler=_login)

    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "send your changes and receive the others'")),
    )
    sync.add_argument(
        "--yes",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "apply a pull that deletes many records without asking")),
    )
    sync.add_argument(
        "--password-stdin",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "log in again first (same server and user), reading the password from standard input"
            )
        ),
    )
    sync.set_defaults(handler=_sync)

    logout = commands.add_parser(
        "logout",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "revoke this computer's sign-in and forget it")),
    )
    logout.set_defaults(handler=_logout)

    conflicts = commands.add_parser(
        "conflicts",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "the conflict inbox: changes kept aside by a sync")),
    )
    conflicts.add_argument(
        "--all", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "include resolved conflicts"))
    )
    conflicts.add_argument(
        "--resolve",
        action="append",
        metavar="ID",
        help=tr(QT_TRANSLATE_NOOP("Cli", "mark a conflict resolved (repeatable)")),
    )
    conflicts.set_defaults(handler=_conflicts)
