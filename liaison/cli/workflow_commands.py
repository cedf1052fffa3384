"""Commands beyond add/list/show/edit/delete: search, the minutes workflow, overdue actions,
settings, the sample data and rebuilding the search index."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from liaison.cli.entity_commands import Subcommands, count, emit_record, emit_records, resolve_ref, target_id
from liaison.cli.output import Cli, CliError, Titles, display, err, out, print_json, print_table, tr
from liaison.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from liaison.services.app import Liaison
from liaison.services.entities import ACTION_ITEMS, BY_KEY, CONTACTS, ENTITIES, MINUTES, EntitySpec
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
        return 0
    unread = len(app.attachments.pending_texts())
    if unread:  # attached before search read inside files, or a reading was cut short
        err(Cli.tr("%n attached file(s) not read for search yet: liaison reindex reads them.", None, unread))
    if not hits:
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
    if args.remove_old:
        return _remove_old(app, args)
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


def _remove_old(app: Liaison, args: argparse.Namespace) -> int:
    """The sample an older version loaded into this (real) record: removed where untouched,
    kept and listed where changed or linked to the officer's own records."""
    from liaison.services.old_sample import find_old_sample, remove_old_sample

    result = find_old_sample(app) if args.dry_run else remove_old_sample(app)
    if args.json:
        print_json(result.as_json())
        return 0
    if not result.found:
        out(
            tr(QT_TRANSLATE_NOOP("Cli", "No sample records of an older version in {path}.")).format(
                path=app.data_dir
            )
        )
        return 0
    if args.dry_run:
        out(
            Cli.tr(
                "%n sample record(s) can be removed (run without --dry-run to remove them).",
                None,
                len(result.removable),
            )
        )
    else:
        out(
            Cli.tr(
                "Removed %n sample record(s) an older version had loaded into this record.",
                None,
                result.removed,
            )
        )
    if result.kept:
        out(tr(QT_TRANSLATE_NOOP("Cli", "Kept, because you changed them or your records refer to them:")))
        why = {
            "changed": tr(QT_TRANSLATE_NOOP("Cli", "changed since")),
            "linked": tr(QT_TRANSLATE_NOOP("Cli", "your records refer to it")),
        }
        print_table(
            [
                tr(QT_TRANSLATE_NOOP("Cli", "Records")),
                tr(QT_TRANSLATE_NOOP("Cli", "Title")),
                tr(QT_TRANSLATE_NOOP("Cli", "Why")),
                tr(QT_TRANSLATE_NOOP("Cli", "Ids")),
            ],
            [
                [_entity_label(entity), title, why[reason], record_id]
                for entity, record_id, title, reason in result.kept
            ],
            widths=[0, 60, 0, 0],
        )
        if result.with_kept:
            out(
                Cli.tr(
                    "%n more sample record(s) kept with them (what they refer to, and their parts).",
                    None,
                    result.with_kept,
                )
            )
    return 0


def _demo_in(app: Liaison, args: argparse.Namespace, folder: Path) -> int:
    if args.remove or args.remove_old:
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


def _duplicates(app: Liaison, args: argparse.Namespace) -> int:
    from liaison.services.duplicate_review import unmarked_groups

    groups = app.find_duplicates() if args.all else unmarked_groups(app)
    if args.json:
        print_json([group.as_json() for group in groups])
        return 0
    if not groups:
        out(tr(QT_TRANSLATE_NOOP("Cli", "No duplicates found.")))
        return 0
    names = {
        record["id"]: app.contacts.spec.title(record)
        for record in app.contacts.list({"id": [i for g in groups for i in g.ids]})
    }
    print_table(
        [
            tr(QT_TRANSLATE_NOOP("Cli", "Score")),
            tr(QT_TRANSLATE_NOOP("Cli", "Contacts")),
            tr(QT_TRANSLATE_NOOP("Cli", "Why")),
            tr(QT_TRANSLATE_NOOP("Cli", "Ids")),
        ],
        [
            [
                f"{group.score:.2f}",
                " / ".join(names.get(i, i) for i in group.ids),
                ", ".join(translate("Duplicates", reason) for reason in group.reasons),
                " ".join(group.ids),
            ]
            for group in groups
        ],
        widths=[0, 60, 40, 0],
    )
    return 0


def _merge(app: Liaison, args: argparse.Namespace) -> int:
    keep = target_id(app.contacts, args.keep)
    merge_id = app.merge_contacts(keep, target_id(app.contacts, args.other))
    if args.json:
        print_json({"id": keep, "merge": merge_id})
    else:
        out(
            tr(QT_TRANSLATE_NOOP("Cli", "Merged into {id}; to undo: liaison contact unmerge {merge}")).format(
                id=keep, merge=merge_id
            )
        )
    return 0


def _unmerge(app: Liaison, args: argparse.Namespace) -> int:
    result = app.unmerge_contacts(args.merge)
    if args.json:
        print_json(result)
    else:
        out(tr(QT_TRANSLATE_NOOP("Cli", "Restored {other} beside {keep}.")).format(**result))
    return 0


def _reindex(app: Liaison, args: argparse.Namespace) -> int:
    """Rebuild the index, then read the attached files whose text it lacks (the window does this
    at start-up; here it runs in the foreground, a file per transaction: Ctrl+C keeps what was read)."""
    indexed = app.rebuild_search_index()
    files = app.attachments.index_pending()
    if args.json:
        print_json({"indexed": indexed, "files_read": files})
    else:
        out(Cli.tr("Rebuilt the search index: %n record(s).", None, indexed))
        if files:
            out(Cli.tr("Read %n attached file(s) for search.", None, files))
    return 0


# -- the parsers ------------------------------------------------------------------------------
def add_workflow_commands(
    commands: Subcommands, common: argparse.ArgumentParser, entities: dict[str, Subcommands]
) -> None:
    search = commands.add_parser(
        "search",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "search contacts, institutions, events, ...")),
    )
    search.add_argument(
        "text",
        nargs="+",
        help=tr(QT_TRANSLATE_NOOP("Cli", "what to look for (any script: {latin} finds {cyrillic})"))
        .replace("{latin}", "omuraliev")
        .replace("{cyrillic}", "Омуралиев"),
    )
    search.add_argument(
        "--kind",
        action="append",
        choices=SEARCH_KINDS,
        help=tr(QT_TRANSLATE_NOOP("Cli", "only hits of this kind (repeatable)")),
    )
    search.add_argument(
        "--limit",
        type=count,
        default=50,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("Cli", "at most {n} hits (default: 50)")).replace("{n}", "N"),
    )
    search.set_defaults(handler=_search)

    agree = entities[MINUTES.key].add_parser(
        "agree", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "mark minutes as agreed (read-only)"))
    )
    agree.add_argument("id", metavar="ID", help=tr(QT_TRANSLATE_NOOP("Cli", "id of the minutes")))
    agree.add_argument(
        "--by",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "who agreed them (default: the {setting} setting)")).replace(
            "{setting}", "officer_name"
        ),
    )
    agree.set_defaults(handler=_agree)

    reopen = entities[MINUTES.key].add_parser(
        "reopen", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "reopen agreed minutes for changes"))
    )
    reopen.add_argument("id", metavar="ID", help=tr(QT_TRANSLATE_NOOP("Cli", "id of the minutes")))
    reopen.add_argument(
        "--reason",
        required=True,
        help=tr(QT_TRANSLATE_NOOP("Cli", "why they are reopened (kept in the minutes log)")),
    )
    reopen.add_argument(
        "--by",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "who reopened them (default: the {setting} setting)")).replace(
            "{setting}", "officer_name"
        ),
    )
    reopen.set_defaults(handler=_reopen)

    merge = entities[CONTACTS.key].add_parser(
        "merge",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "merge a duplicate into the contact to keep (undoable)")),
    )
    merge.add_argument("keep", metavar="KEEP_ID", help=tr(QT_TRANSLATE_NOOP("Cli", "the contact to keep")))
    merge.add_argument(
        "other",
        metavar="OTHER_ID",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the contact merged into it and removed")),
    )
    merge.set_defaults(handler=_merge)

    unmerge = entities[CONTACTS.key].add_parser(
        "unmerge",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "undo a merge: both contacts and their references come back")),
    )
    unmerge.add_argument(
        "merge", metavar="MERGE_ID", help=tr(QT_TRANSLATE_NOOP("Cli", "the id the merge printed"))
    )
    unmerge.set_defaults(handler=_unmerge)

    overdue = entities[ACTION_ITEMS.key].add_parser(
        "overdue",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "open action items past their due date")),
    )
    overdue.set_defaults(handler=_overdue)

    settings = commands.add_parser(
        "settings", help=tr(QT_TRANSLATE_NOOP("Cli", "settings kept with the data"))
    )
    settings_actions = settings.add_subparsers(
        title=tr(QT_TRANSLATE_NOOP("Cli", "actions")), dest="action", metavar="ACTION", required=True
    )
    get = settings_actions.add_parser(
        "get", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "print a setting (or all)"))
    )
    get.add_argument(
        "key", nargs="?", choices=list(SETTINGS), help=tr(QT_TRANSLATE_NOOP("Cli", "the setting"))
    )
    get.set_defaults(handler=_settings_get)
    put = settings_actions.add_parser(
        "set",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "change a setting (an empty value clears it)")),
    )
    put.add_argument("key", choices=list(SETTINGS), help=tr(QT_TRANSLATE_NOOP("Cli", "the setting")))
    put.add_argument(
        "value",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "the new value (an institution's name or id for {setting})")
        ).replace("{setting}", "home_institution_id"),
    )
    put.set_defaults(handler=_settings_set)

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "load the sample data into the training record {folder} (it never syncs)"
            )
        ).replace("{folder}", "DATA_DIR/training"),
    )
    demo.add_argument(
        "--remove", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "delete the training record"))
    )
    demo.add_argument(
        "--remove-old",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "remove the sample records an older version loaded into your own record "
                "(those you changed or linked to stay)",
            )
        ),
    )
    demo.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "with --remove-old: only say what would be removed")),
    )
    demo.set_defaults(handler=_demo)

    duplicates = commands.add_parser(
        "duplicates",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "list contacts that are probably one person, with why")),
    )
    duplicates.add_argument(
        "--all",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "also the contacts marked “not a duplicate” in the window's review")
        ),
    )
    duplicates.set_defaults(handler=_duplicates)

    reindex = commands.add_parser(
        "reindex", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "rebuild the search index"))
    )
    reindex.set_defaults(handler=_reindex)
