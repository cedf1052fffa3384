"""``liaison-secretariat``: set up and run the Secretariat's sync server.

    liaison-secretariat --db URL init
    liaison-secretariat --db URL add-institution NAME --state CODE
    liaison-secretariat --db URL add-user USERNAME --institution NAME --password-stdin
    liaison-secretariat --db URL revoke USERNAME
    liaison-secretariat --db URL serve --host H --port P --cert CERT.pem --key KEY.pem

``--db`` defaults to ``$LIAISON_SECRETARIAT_DB``. Every failure an administrator can cause is one
line on stderr and an exit code, never a traceback: 1 refused (duplicate, unknown name), 2 bad
usage or input, 3 database unusable (unreachable, not initialised, another schema version).
Passwords are read from standard input only, never from the command line (which other users of
the machine can see in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import os
import socket
import ssl
import sys
from collections.abc import Sequence
from pathlib import Path

from liaison.protocol import STATE_CODES
from liaison.secretariat import accounts
from liaison.secretariat.db import Database
from liaison.secretariat.errors import CertificateError, SecretariatError, ServeError, ServerExtraMissingError

PROG = "liaison-secretariat"
ENV_DB = "LIAISON_SECRETARIAT_DB"
EXIT_USAGE = 2


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
    serve = commands.add_parser("serve", help="serve the sync protocol over HTTPS")
    serve.add_argument("--host", default="127.0.0.1", metavar="H")
    serve.add_argument("--port", type=int, default=8443, metavar="P")
    serve.add_argument("--cert", required=True, type=Path, metavar="CERT.pem", help="certificate chain (PEM)")
    serve.add_argument("--key", required=True, type=Path, metavar="KEY.pem", help="private key (PEM)")
    return parser


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
            return _serve(db, args)
        db.check()
        if args.command == "add-institution":
            info = accounts.add_institution(db, args.name, args.state)
            print(f"institution {info['name']} ({info['state']}) {info['id']}")
        elif args.command == "add-user":
            accounts.add_user(db, args.username, args.institution, read_password())
            print(f"user {args.username} added to {args.institution}")
        elif args.command == "revoke":
            devices = accounts.revoke_user(db, args.username)
            print(f"user {args.username} revoked ({devices} device token(s))")
        return 0
    finally:
        db.close()


def _serve(db: Database, args: argparse.Namespace) -> int:
    try:  # the web server's libraries come with the 'server' extra; the admin commands need none
        import uvicorn

        from liaison.secretariat.app import create_app
    except ModuleNotFoundError as error:
        raise ServerExtraMissingError(module=error.name or "uvicorn") from error

    for path in (args.cert, args.key):
        if not path.is_file():
            raise CertificateError(path=str(path), reason="no such file")
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(args.cert, args.key)
    except (ssl.SSLError, OSError) as problem:
        raise CertificateError(path=str(args.cert), reason=str(problem)) from problem
    if not 0 < args.port < 65536:
        raise ServeError(host=args.host, port=args.port, reason="the port must be between 1 and 65535")
    app = create_app(db)
    try:
        family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        sock = socket.create_server((args.host, args.port), family=family)
        # Accepted connections inherit it: without it Nagle and the client's delayed ACK add
        # ~40 ms to every answer (asyncio sets it only on sockets made with proto=IPPROTO_TCP).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError as problem:
        raise ServeError(host=args.host, port=args.port, reason=problem.strerror or str(problem)) from problem
    config = uvicorn.Config(
        app,
        ssl_certfile=str(args.cert),
        ssl_keyfile=str(args.key),
        log_level="info",
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=10,  # Ctrl+C: finish pushes in flight, then go (idle TLS peers hold on)
    )
    print(f"serving {db.shown_url} on https://{args.host}:{args.port}", file=sys.stderr)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
