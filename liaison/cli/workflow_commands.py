"""Commands beyond add/list/show/edit/delete: search, the minutes workflow, overdue actions,
settings, the sample data and rebuilding the search index."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from liaison.cli.entity_commands import Subcommands, count, emit_record, emit_records, resolve_ref, target_id
from liaison.cli.output import Cli, CliError, Titles, display, out, print_json, print_table, tr
from liaison.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from liaison.services.app import Liaison
from liaison.services.entities import ACTION_ITEMS, BY_KEY, ENTITIES, MINUTES, EntitySpec
from liaison.services.fields import Field, Kind
from liaison.services.sample import load_sample_data, remove_training, training_dir
from liaison.services.search import SEARCH_KINDS
from liaison.services.settings import HOME_INSTITUTION, LANGUAGE, OFFICER_NAME

SETTINGS: dict[str, Field] = {
    HOME_INSTITUTION: Field(
        HOME_INSTITUTION, QT_TRANSLATE_NOOP("Fields", "Home institution"), Kind.REF, ref="institutions"
    ),
    OFFICER_NAME: Field(OFFICER_NAME, QT_TRANSLATE_NOOP("Fields", "Officer name"), max_length=200),
    LANGUAGE: Field(LANGUAGE, QT_TRANSLATE_NOOP("Fields", "Language"), Kind.CHOICE, choices=tuple(LANGUAGES)),
}
"""The settings an officer may set here, as fields (so values are checked like any other)."""


def _entity_label(name: str, *, plural: bool = False) -> str:
    spec: EntitySpec | None = BY_KEY.get(name) or ENTITIES.get(name)
    if spec is None:
        return name
    return translate("Entities", spec.plural if plural else spec.label)


# -- search -----------------------------------------------------------------------------------
def _search(app: Liaison, args: argparse.Namespace) -> int:
    hits = app.search(" ".join(args.text), limit=args.limit, kinds=args.kind or None)
    if args.json:
        print_json([asdict(hit) for hit in hits])
    elif not hits:
        out(tr(QT_TRANSLATE_NOOP("Cli", "Nothing found.")))
    else:
        print_table(
            [
                tr(QT_TRANSLATE_NOOP("Cli", "Kind")),
                tr(QT_TRANSLATE_NOOP("Cli", "Title")),
                tr(QT_TRANSLATE_NOOP("Cli", "Details")),
                tr(QT_TRANSLATE_NOOP("Cli", "Id")),
            ],
            [[_entity_label(hit.kind), hit.title, hit.subtitle or "", hit.id] for hit in hits],
            widths=[20, 60, 40, 0],
        )
    return 0


# -- minutes and actions ----------------------------------------------------------------------
def _agree(app: Liaison, args: argparse.Namespace) -> int:
    record = app.minutes.agree(target_id(app.minutes, args.id), by_name=args.by)
    emit_record(app, MINUTES, record, args)
    return 0


def _reopen(app: Liaison, args: argparse.Namespace) -> int:
    record = app.minutes.reopen(target_id(app.minutes, args.id), reason=args.reason, by_name=args.by)
    emit_record(app, MINUTES, record, args)
    return 0


def _overdue(app: Liaison, args: argparse.Namespace) -> int:
    emit_records(app, ACTION_ITEMS, app.actions.overdue(), args)
    return 0


# -- settings ---------------------------------------------------------------------------------
def _settings_get(app: Liaison, args: argparse.Namespace) -> int:
    keys = [args.key] if args.key else list(SETTINGS)
    values = {key: app.settings.get(key) for key in keys}
    if args.json:
        print_json(values)
    elif args.key:
        value = values[args.key]
        if value not in (None, ""):
            out(str(value))
    else:
        titles = Titles(app)
        for key, value in values.items():
            out(f"{key}: {display(SETTINGS[key], value, titles)}")
    return 0


def _settings_set(app: Liaison, args: argparse.Namespace) -> int:
    f = SETTINGS[args.key]
    value: Any = resolve_ref(app, f, args.value) if f.kind is Kind.REF else f.clean(args.value, {})
    app.settings.set(args.key, value)
    if args.json:
        print_json({args.key: value})
    else:
        out(f"{args.key}: {display(f, value, Titles(app))}")
    return 0


# -- data -------------------------------------------------------------------------------------
def _demo(app: Liaison, args: argparse.Namespace) -> int:
    """Load the sample into the training record (``DATA_DIR/training``), never into the
    officer's own record; ``--remove`` deletes the training record."""
    if app.settings.is_training():  # --data-dir names the training record itself
        return _demo_in(app, args, app.data_dir)
    folder = training_dir(app.data_dir)
    if args.remove:
        removed = remove_training(app.data_dir)
        if args.json:
            print_json({"removed": removed, "path": str(folder)})
        elif removed:
            out(tr(QT_TRANSLATE_NOOP("Cli", "Removed the training record {path}.")).format(path=folder))
        else:
            out(tr(QT_TRANSLATE_NOOP("Cli", "There is no training record in {path}.")).format(path=folder))
        return 0
    with Liaison.open(folder) as training:
        return _demo_in(training, args, folder)


def _demo_in(app: Liaison, args: argparse.Namespace, folder: Path) -> int:
    if args.remove:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "Run demo --remove on your own data folder, not on {path}."),
            path=str(folder),
        )
    counts = load_sample_data(app, progress=None)
    if args.json:
        print_json(counts)
        return 0
    if not any(counts.values()):
        out(
            tr(QT_TRANSLATE_NOOP("Cli", "The training record {path} already holds the sample data.")).format(
                path=folder
            )
        )
        return 0
    out(
        tr(QT_TRANSLATE_NOOP("Cli", "Loaded the sample data into the training record {path}:")).format(
            path=folder
        )
    )
    print_table(
        [tr(QT_TRANSLATE_NOOP("Cli", "Records")), tr(QT_TRANSLATE_NOOP("Cli", "Added"))],
        [[_entity_label(name, plural=True), str(number)] for name, number in counts.items()],
        widths=[0, 0],
    )
    out(
        tr(QT_TRANSLATE_NOOP("Cli", "It never syncs. Open it with: liaison --data-dir {path}")).format(
            path=folder
        )
    )
    return 0


def _reindex(app: Liaison, args: argparse.Namespace) -> int:
    indexed = app.rebuild_search_index()
    if args.json:
        print_json({"indexed": indexed})
    else:
        out(Cli.tr("Rebuilt the search index: %n record(s).", None, indexed))
    return 0


# -- the parsers ------------------------------------------------------------------------------
def add_workflow_commands(
    commands: Subcommands, common: argparse.ArgumentParser, entities: dict[str, Subcommands]
) -> None:
    search = commands.add_parser(
        "search", parents=[common], help="search contacts, institutions, events, ..."
    )
    search.add_argument("text", nargs="+", help="what to look for (any script: omuraliev finds Омуралиев)")
    search.add_argument(
        "--kind", action="append", choices=SEARCH_KINDS, help="only hits of this kind (repeatable)"
    )
    search.add_argument("--limit", type=count, default=50, metavar="N", help="at most N hits (default: 50)")
    search.set_defaults(handler=_search)

    agree = entities[MINUTES.key].add_parser(
        "agree", parents=[common], help="mark minutes as agreed (read-only)"
    )
    agree.add_argument("id", metavar="ID", help="id of the minutes")
    agree.add_argument("--by", metavar="NAME", help="who agreed them (default: the officer_name setting)")
    agree.set_defaults(handler=_agree)

    reopen = entities[MINUTES.key].add_parser(
        "reopen", parents=[common], help="reopen agreed minutes for changes"
    )
    reopen.add_argument("id", metavar="ID", help="id of the minutes")
    reopen.add_argument("--reason", required=True, help="why they are reopened (kept in the minutes log)")
    reopen.add_argument("--by", metavar="NAME", help="who reopened them (default: the officer_name setting)")
    reopen.set_defaults(handler=_reopen)

    overdue = entities[ACTION_ITEMS.key].add_parser(
        "overdue", parents=[common], help="open action items past their due date"
    )
    overdue.set_defaults(handler=_overdue)

    settings = commands.add_parser("settings", help="settings kept with the data")
    settings_actions = settings.add_subparsers(
        title="actions", dest="action", metavar="ACTION", required=True
    )
    get = settings_actions.add_parser("get", parents=[common], help="print a setting (or all)")
    get.add_argument("key", nargs="?", choices=list(SETTINGS), help="the setting")
    get.set_defaults(handler=_settings_get)
    put = settings_actions.add_parser(
        "set", parents=[common], help="change a setting (an empty value clears it)"
    )
    put.add_argument("key", choices=list(SETTINGS), help="the setting")
    put.add_argument("value", help="the new value (an institution's name or id for home_institution_id)")
    put.set_defaults(handler=_settings_set)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="load the sample data into the training record DATA_DIR/training (it never syncs)",
    )
    demo.add_argument("--remove", action="store_true", help="delete the training record")
    demo.set_defaults(handler=_demo)

    reindex = commands.add_parser("reindex", parents=[common], help="rebuild the search index")
    reindex.set_defaults(handler=_reindex)
