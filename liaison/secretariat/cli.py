"""``liaison-secretariat``: set up and run the Secretariat's sync server.

    liaison-secretariat --db URL init
    liaison-secretariat --db URL add-institution NAME --state CODE
    liaison-secretariat --db URL add-user USERNAME --institution NAME --password-stdin
    liaison-secretariat --db URL revoke USERNAME
    liaison-secretariat --db URL list-institutions [--json]
    liaison-secretariat --db URL list-users [--json]
    liaison-secretariat --db URL reset-password USERNAME --password-stdin
    liaison-secretariat --db URL disable-user USERNAME | enable-user USERNAME
    liaison-secretariat --db URL backup FILE [--force]
    liaison-secretariat --db URL restored
    liaison-secretariat --db URL gc [--files-dir DIR] [--grace-days N] [--part-hours N] [--dry-run] [--json]
    liaison-secretariat --db URL serve --host H --port P --cert CERT.pem --key KEY.pem \
        [--workers N] [--forwarded-allow-ips IPS] [--files-dir DIR] [--upload-chunk-mb MB]

``--db`` defaults to ``$LIAISON_SECRETARIAT_DB``. Every failure an administrator can cause is one
line on stderr and an exit code, never a traceback: 1 refused (duplicate, unknown name), 2 bad
usage or input, 3 database unusable (unreachable, not initialised, another schema version).
Passwords are read from standard input only, never from the command line (which other users of
the machine can see in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from liaison.protocol import STATE_CODES
from liaison.protocol.constants import MAX_BLOB_BYTES, MAX_BLOB_CHUNK_BYTES, MAX_BLOB_REQUEST_BYTES
from liaison.secretariat import accounts, admin, blob_gc
from liaison.secretariat.app import default_files_dir
from liaison.secretariat.blobs import ServerBlobs
from liaison.secretariat.db import Database
from liaison.secretariat.errors import NoFilesFolderError, SecretariatError
from liaison.secretariat.serving import ServeOptions, serve

PROG = "liaison-secretariat"
ENV_DB = "LIAISON_SECRETARIAT_DB"
EXIT_USAGE = 2
MIB = 1024 * 1024


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # argparse's is NoReturn
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="The Secretariat's reference sync server for Liaison.")
    parser.add_argument(
        "--db",
        default=os.environ.get(ENV_DB),
        metavar="URL",
        help=f"sqlite:///PATH, a file path, or postgresql://USER@HOST/DB (default: ${ENV_DB})",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("init", help="create the server's tables (safe to run again)")
    institution = commands.add_parser("add-institution", help="add an institution whose officers sync")
    institution.add_argument("name", metavar="NAME")
    institution.add_argument("--state", required=True, metavar="CODE", help=", ".join(STATE_CODES))
    user = commands.add_parser("add-user", help="add an officer of an institution")
    user.add_argument("username", metavar="USERNAME")
    user.add_argument("--institution", required=True, metavar="NAME")
    user.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password from standard input"
    )
    revoke = commands.add_parser("revoke", help="revoke a user and every device they logged in with")
    revoke.add_argument("username", metavar="USERNAME")
    for name, what in (("list-institutions", "institutions"), ("list-users", "users")):
        listing = commands.add_parser(name, help=f"list the {what}")
        listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    reset = commands.add_parser(
        "reset-password", help="set a user's password (from standard input) and end their device tokens"
    )
    reset.add_argument("username", metavar="USERNAME")
    reset.add_argument(
        "--password-stdin", action="store_true", required=True, help="read the password from standard input"
    )
    disable = commands.add_parser("disable-user", help="stop a user from logging in and syncing (reversible)")
    disable.add_argument("username", metavar="USERNAME")
    enable = commands.add_parser("enable-user", help="let a disabled or revoked user sync again")
    enable.add_argument("username", metavar="USERNAME")
    backup = commands.add_parser("backup", help="copy a SQLite database to FILE while it is in use")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    commands.add_parser(
        "restored",
        help="after restoring the database other than from a backup copy (pg_restore, a disk "
        "snapshot): a new epoch, so that every laptop sends again what the database lacks",
    )
    gc = commands.add_parser(
        "gc",
        help="remove files' bytes no live record has named for the grace period, and uploads "
        "abandoned half-way (safe while serve runs)",
    )
    _files_dir_option(gc)
    gc.add_argument(
        "--grace-days",
        type=_count,
        default=blob_gc.GRACE.days,
        metavar="N",
        help=f"keep bytes named by no live record this many days (default {blob_gc.GRACE.days})",
    )
    gc.add_argument(
        "--part-hours",
        type=_count,
        default=int(blob_gc.PART_GRACE.total_seconds() // 3600),
        metavar="N",
        help="remove an upload in progress after this many hours without a chunk (default 24)",
    )
    gc.add_argument("--dry-run", action="store_true", help="say what would be removed, remove nothing")
    gc.add_argument("--json", action="store_true", help="print JSON for scripts")
    serve_ = commands.add_parser("serve", help="serve the sync protocol over HTTPS")
    serve_.add_argument("--host", default="127.0.0.1", metavar="H")
    serve_.add_argument("--port", type=int, default=8443, metavar="P", help="0 picks a free port")
    serve_.add_argument(
        "--cert", required=True, type=Path, metavar="CERT.pem", help="certificate chain (PEM)"
    )
    serve_.add_argument("--key", required=True, type=Path, metavar="KEY.pem", help="private key (PEM)")
    serve_.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="processes to serve with (PostgreSQL only)"
    )
    serve_.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        default=None,
        help="comma-separated addresses of reverse proxies whose X-Forwarded-For is trusted",
    )
    _files_dir_option(serve_)
    serve_.add_argument(
        "--upload-chunk-mb",
        type=_upload_mb,
        default=MAX_BLOB_REQUEST_BYTES // MIB,
        metavar="MB",
        help=f"the most one request of a file's upload carries, in MiB (1 to {MAX_BLOB_BYTES // MIB}; "
        f"default {MAX_BLOB_REQUEST_BYTES // MIB}: a whole file in one request). Behind a reverse proxy "
        f"that buffers request bodies, {MAX_BLOB_CHUNK_BYTES // MIB}",
    )
    return parser


def _files_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--files-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="where attached files' bytes are kept (default: $LIAISON_SECRETARIAT_FILES, or beside "
        "a SQLite database; required with PostgreSQL for files to sync)",
    )


def _count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 3650:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 3650, not {text!r}")
    return int(text)


def _upload_mb(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_BLOB_BYTES // MIB:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of MiB from 1 to {MAX_BLOB_BYTES // MIB}, not {text!r}"
        )
    return int(text)


def _positive(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) <= 64:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to 64, not {text!r}")
    return int(text)


def read_password() -> str:
    """The first line of standard input (a prompt without echo when it is a terminal)."""
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        return getpass.getpass("Password: ")
    # Bytes, decoded here whatever the locale makes of standard input: bytes that are not UTF-8
    # come through as surrogates, which add_user refuses with a message (a strict locale
    # raised UnicodeDecodeError in readline, a traceback).
    raw = sys.stdin.buffer.readline() if hasattr(sys.stdin, "buffer") else sys.stdin.readline().encode()
    return raw.decode("utf-8", "surrogateescape").removesuffix("\n").removesuffix("\r")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.db:
        print(f"{PROG}: error: --db URL is required (or set ${ENV_DB})", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _run(args)
    except SecretariatError as problem:
        print(f"{PROG}: error: {problem.message(english=True)}", file=sys.stderr)
        return problem.exit_code
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    db = Database(args.db)
    try:
        if args.command == "init":
            created = db.init()
            print("initialised" if created else "already initialised", db.shown_url)
            return 0
        if args.command == "serve":
            options = ServeOptions(
                args.db,
                args.host,
                args.port,
                args.cert,
                args.key,
                args.workers,
                args.forwarded_allow_ips,
                args.files_dir,
                args.upload_chunk_mb * MIB,
            )
            return serve(db, options)
        if args.command == "backup":
            size = admin.backup(db, args.file, force=args.force)
            print(f"backed up {db.shown_url} to {args.file.expanduser().absolute()} ({size} bytes)")
            return 0
        db.check()
        if args.command == "add-institution":
            info = accounts.add_institution(db, args.name, args.state)
            print(f"institution {info['name']} ({info['state']}) {info['id']}")
        elif args.command == "add-user":
            accounts.add_user(db, args.username, args.institution, read_password())
            print(f"user {args.username} added to {args.institution}")
        elif args.command == "restored":
            epoch = admin.restored(db)
            print(
                f"new epoch {epoch.epoch} from sequence {epoch.since_seq}: laptops send again what it lacks"
            )
        elif args.command == "gc":
            _collect(db, args)
        elif args.command == "revoke":
            devices = accounts.revoke_user(db, args.username)
            print(f"user {args.username} revoked ({devices} device token(s))")
        else:
            _administer(db, args)
        return 0
    finally:
        db.close()


def _administer(db: Database, args: argparse.Namespace) -> None:
    if args.command == "list-institutions":
        _print_table(admin.list_institutions(db), args.json, ("name", "state", "active_users", "id"))
    elif args.command == "list-users":
        _print_table(
            admin.list_users(db), args.json, ("username", "institution", "disabled", "devices", "created_at")
        )
    elif args.command == "reset-password":
        ended = admin.reset_password(db, args.username, read_password())
        print(f"password of {args.username} reset ({ended} device token(s) ended: sign in again)")
    elif args.command in ("disable-user", "enable-user"):
        disabled = args.command == "disable-user"
        changed = admin.set_disabled(db, args.username, disabled)
        word = "disabled" if disabled else "enabled"
        print(f"user {args.username} {word}" + ("" if changed else f" (already {word})"))


def _collect(db: Database, args: argparse.Namespace) -> None:
    folder = args.files_dir if args.files_dir is not None else default_files_dir(db)
    if folder is None:
        raise NoFilesFolderError()
    done = blob_gc.collect(
        db,
        ServerBlobs(folder.expanduser()),
        grace=timedelta(days=args.grace_days),
        part_grace=timedelta(hours=args.part_hours),
        dry_run=args.dry_run,
    )
    if args.json:
        print(json.dumps({**done.as_dict(), "dry_run": args.dry_run}, indent=2))
        return
    verb = "would remove" if args.dry_run else "removed"
    print(
        f"{verb} {done.files_removed} file(s) ({done.bytes_removed} bytes) named by no live record "
        f"for {args.grace_days} days and {done.parts_removed} abandoned upload(s) "
        f"({done.part_bytes_removed} bytes); kept {done.files_named} named, {done.files_in_grace} "
        f"in their grace period, {done.parts_kept} upload(s) in progress"
    )


def _print_table(rows: list[dict[str, object]], as_json: bool, columns: tuple[str, ...]) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    cells = [[str(row[column]) for column in columns] for row in rows]
    widths = [max([len(column), *(len(line[n]) for line in cells)]) for n, column in enumerate(columns)]
    for line in [list(columns), *cells]:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
