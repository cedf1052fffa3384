"""The ``liaison`` console script: parse the command line, open the data directory, run one
command, and turn an officer's mistakes into one-line messages and exit codes.

Exit codes: 0 done; 1 the command failed for a reason the message gives (invalid value, no such
record, a file that is not a Liaison database, ...); 2 the command line itself is wrong (argparse)
or the desktop window is not available; 130 interrupted with Ctrl+C. Tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from liaison import __version__, i18n
from liaison.errors import DamagedDatabaseError, KnownError
from liaison.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from liaison.store.paths import ENV_DATA_DIR, resolve_data_dir

UI_MODULE = "liaison.ui.app"
_UI_MODULES = frozenset({"liaison.ui", UI_MODULE})
_QT_PACKAGES = frozenset({"PySide6", "shiboken6"})

WINDOW_MISSING = QT_TRANSLATE_NOOP(
    "Cli", "The desktop window is not installed in this build; use a subcommand, see liaison --help"
)

DESCRIPTION = QT_TRANSLATE_NOOP(
    "Cli",
    "Liaison: the desk application of the OTS diaspora liaison officers. Without a command it opens the desktop window; with one it works on the data from the command line (for scripts and bulk work).",  # noqa: E501 - one literal for Qt Linguist
)

EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "The data directory is --data-dir, else ${env}, else the platform's user data folder. Records are named by id or, where they have one, by name ({example}). Use --json on any command for output a script can read; errors always go to standard error, with exit code 1.",  # noqa: E501 - one literal for Qt Linguist
)

EXAMPLES = """\
  liaison institution add --name "Otandastar Qory" --state-code KZ
  liaison contact add --name "Омуралиев Бакыт" --latin-name "Bakyt Omuraliev" --institution "otandastar qory"
  liaison search omuraliev --json
  liaison contact list --where state-code=KG --where tag=forum --limit 20
  liaison minutes agree ID --by "A. Officer"
  liaison login --server https://sync.example.org --user aigerim --password-stdin < password.txt
  liaison sync
"""


def _tr(source: str) -> str:
    return i18n.translate("Cli", source)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with the "usage:" prefix in the chosen language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(
            usage, actions, groups, _tr(QT_TRANSLATE_NOOP("Cli", "usage: ")) if prefix is None else prefix
        )


class RawHelpFormatter(HelpFormatter, argparse.RawDescriptionHelpFormatter):
    """The same, keeping the line breaks of the main description and its examples."""


class Parser(argparse.ArgumentParser):
    """No abbreviated options (``--lat`` for ``--latin-name``): a script that works today must
    not start failing, or mean something else, when an entity gains a field.

    The help is in the chosen language: the texts Liaison gives, and those of argparse's own that
    a help page shows (the usage prefix, the group titles, -h). argparse's error messages
    ("invalid choice", "the following arguments are required") come from its gettext domain,
    which has no catalogue for our languages, and stay in English."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        kwargs.setdefault("formatter_class", HelpFormatter)
        add_help = kwargs.pop("add_help", True)
        parents = kwargs.pop("parents", [])
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        # argparse titles these groups through gettext as it makes them: they are titled again,
        # translated, before the parents' options join them (a parent's group joins the group
        # of the same title), then -h and the parents are added as ArgumentParser would.
        self._positionals.title = _tr(QT_TRANSLATE_NOOP("Cli", "positional arguments"))
        self._optionals.title = _tr(QT_TRANSLATE_NOOP("Cli", "options"))
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=_tr(QT_TRANSLATE_NOOP("Cli", "show this help and exit")),
            )
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)


def build_parser() -> argparse.ArgumentParser:
    # The commands import the services (SQLAlchemy): not needed, nor paid for, by plain
    # ``liaison``, which puts the window on screen first (see window_request()).
    from liaison.cli.attachment_commands import add_attachment_commands
    from liaison.cli.brief_commands import add_brief_command
    from liaison.cli.care_commands import add_care_commands
    from liaison.cli.entity_commands import add_entity_commands
    from liaison.cli.sync_commands import add_sync_commands
    from liaison.cli.transfer_commands import add_transfer_commands
    from liaison.cli.workflow_commands import add_workflow_commands

    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_tr(QT_TRANSLATE_NOOP("Cli", "the data directory")),
    )
    common.add_argument(
        "--json",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("Cli", "print {json} for scripts")).replace("{json}", "JSON"),
    )

    wrap = textwrap.TextWrapper(width=100)
    parser: argparse.ArgumentParser = Parser(
        prog="liaison",
        description=wrap.fill(_tr(DESCRIPTION)),
        epilog=wrap.fill(_tr(EPILOG).replace("{env}", ENV_DATA_DIR).replace("{example}", '"Otandastar Qory"'))
        + "\n"
        + _tr(QT_TRANSLATE_NOOP("Cli", "Examples:"))
        + "\n"
        + EXAMPLES,
        formatter_class=RawHelpFormatter,
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help=_tr(QT_TRANSLATE_NOOP("Cli", "the data directory (else ${env})")).replace("{env}", ENV_DATA_DIR),
    )
    parser.add_argument(
        "--language",
        choices=list(LANGUAGES),
        default=None,
        # Before the command only: after it, --language is a contact's field.
        help=_tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "the language of messages and of the window (default: the Settings choice, else the system's)",  # noqa: E501
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("Cli", "print the version and the data directory")),
    )
    commands = parser.add_subparsers(
        title=_tr(QT_TRANSLATE_NOOP("Cli", "commands")), dest="command", metavar="COMMAND"
    )
    entities = add_entity_commands(commands, common)
    add_workflow_commands(commands, common, entities)
    add_attachment_commands(commands, common, entities)
    add_sync_commands(commands, common)
    add_brief_command(commands, common)
    add_care_commands(commands, common)
    add_transfer_commands(commands, common)
    return parser


_WINDOW_OPTIONS = ("--data-dir", "--language")


def window_request(argv: Sequence[str]) -> tuple[bool, str | None, str | None]:
    """Whether ``argv`` asks for the window (no command: nothing but ``--data-dir DIR`` and
    ``--language LANG``, each at most once, in either order), with the directory and the
    language it names. That case skips building the parser, whose commands import the
    services: the window opens the record itself, on its worker, once it is on screen. An
    unknown language or anything else goes to the parser, which explains what is wrong."""
    given: dict[str, str] = {}
    rest = list(argv)
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option not in _WINDOW_OPTIONS or option in given:
            return False, None, None
        if not equals:
            if not rest:
                return False, None, None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return False, None, None
        given[option] = value
    language = given.get("--language")
    if language is not None and language not in LANGUAGES:
        return False, None, None
    return True, given.get("--data-dir"), language


def early_language(argv: Sequence[str]) -> str | None:
    """The --language given before the command, if it is one of ours (else the parser says)."""
    rest = list(argv)
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if not option.startswith("-"):
            return None  # the command: a --language after it is a contact's field
        if option == "--language":
            value = value if equals else (rest.pop(0) if rest else "")
            return value if value in LANGUAGES else None
        if option == "--data-dir" and not equals and rest:
            rest.pop(0)
    return None


def open_window(data_dir: Path) -> int:
    """Open the desktop window (imported by name: the command line never imports Qt itself)."""
    try:
        ui = importlib.import_module(UI_MODULE)
    except ModuleNotFoundError as error:
        name = error.name or ""
        if name not in _UI_MODULES and name.split(".")[0] not in _QT_PACKAGES:
            raise  # a module the window needs is missing: a bug, not a build without the window
        from liaison.cli.output import error_lines, tr

        error_lines(tr(WINDOW_MISSING))
        return 2
    result = ui.run(data_dir)
    return result if isinstance(result, int) else 0


def _run(args: argparse.Namespace) -> int:
    from liaison.cli.output import out, tr
    from liaison.services.app import Liaison

    if args.version:
        out(f"liaison {__version__}")
        out(
            tr(QT_TRANSLATE_NOOP("Cli", "Data directory: {path}")).format(
                path=resolve_data_dir(args.data_dir)
            )
        )
        return 0
    if getattr(args, "handler", None) is None:
        return open_window(resolve_data_dir(args.data_dir))
    if getattr(args, "file_handler", False):  # doctor, recover, backup, restore: the file itself
        code = int(args.handler(resolve_data_dir(args.data_dir), args))
        sys.stdout.flush()
        return code
    with Liaison.open(args.data_dir) as app:
        if app.store.damaged:  # a script must not go on with what a damaged file may hide
            raise DamagedDatabaseError(path=str(app.store.path))
        i18n.use_language(i18n.preferred_language(app.settings.language()))  # Settings, unless --language
        code = int(args.handler(app, args))
    sys.stdout.flush()  # so that a closed pipe (| head) is caught in main(), not at exit
    return code


def _silence_stdout() -> None:
    """After a broken pipe (``liaison contact list | head``), send what is left to devnull so
    that the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture stdout)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    window, data_dir, language = window_request(sys.argv[1:] if argv is None else list(argv))
    if window:
        i18n.set_command_line_language(language)
        return open_window(resolve_data_dir(data_dir))
    from liaison.cli.output import ensure_utf8, err, error_lines

    ensure_utf8(sys.stdout)
    ensure_utf8(sys.stderr)
    # The help speaks --language (given before the command), else $LIAISON_LANGUAGE or the
    # system's: the Settings choice is in the data folder, not opened to print a help page.
    i18n.set_command_line_language(early_language(sys.argv[1:] if argv is None else list(argv)))
    i18n.use_language(i18n.preferred_language())
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help (0) or a usage error (2), already printed
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    i18n.set_command_line_language(args.language)
    i18n.use_language(i18n.preferred_language())
    try:
        return _run(args)
    except KnownError as error:
        error_lines(error.message())
        return 1
    except KeyboardInterrupt:
        err("")
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
