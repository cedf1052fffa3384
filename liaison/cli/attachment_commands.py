"""Files on the record from the command line (the issue's exact forms, for scripts and tests):

    liaison attach KIND ID FILE [--json]          # {"id", "name", "sha256", "size"}
    liaison attachments KIND ID [--json]          # a list of those, each with "local"
    liaison attachment get ATTACHMENT_ID -o FILE  # downloads first if only on the Secretariat
    liaison attachment remove ATTACHMENT_ID       # a tombstone; "attachment restore" undoes it

KIND is an entity's key as elsewhere (event, bilateral, document, minutes, plan, action,
contact); ID its id, or its exact name where the kind has names.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from liaison.cli.entity_commands import Subcommands, target_id
from liaison.cli.output import error_lines, out, print_json, print_table, tr
from liaison.i18n import QT_TRANSLATE_NOOP, translate
from liaison.services.app import Liaison
from liaison.services.attachments import safe_file_name, size_text
from liaison.services.entities import ATTACHMENTS, ENTITIES
from liaison.services.records import Record
from liaison.sync import files
from liaison.sync import state as sync_state


def _brief(record: Record) -> dict[str, Any]:
    return {
        "id": record["id"],
        "name": record["name"],
        "sha256": record["sha256"],
        "size": record["size"],
        "media_type": record["media_type"],
    }


def _owner(app: Liaison, kind: str, text: str) -> tuple[str, str, Record]:
    """The owner's table, id and record from KIND and ID (or name)."""
    entity = app.attachments.owner_entity(kind)
    records = app.records[entity]
    owner_id = target_id(records, text)
    return entity, owner_id, records.get(owner_id)


def _attach(app: Liaison, args: argparse.Namespace) -> int:
    entity, owner_id, owner = _owner(app, args.kind, args.id)
    attached = app.attachments.attach(entity, owner_id, Path(args.file), name=args.name)
    record = attached.record
    if attached.warning is not None:
        error_lines(translate("Errors", attached.warning).format(name=record["name"]))
    if args.json:
        print_json({key: value for key, value in _brief(record).items() if key != "media_type"})
    else:
        out(
            tr(QT_TRANSLATE_NOOP("Cli", "Attached {name} ({size}) to {title} [{id}].")).format(
                name=record["name"],
                size=size_text(int(record["size"])),
                title=ENTITIES[entity].title(owner) or owner_id,
                id=record["id"],
            )
        )
    return 0


def _list(app: Liaison, args: argparse.Namespace) -> int:
    entity, owner_id, _owner_record = _owner(app, args.kind, args.id)
    records = app.attachments.for_record(entity, owner_id)
    if args.json:
        print_json([{**_brief(record), "local": record["local"]} for record in records])
        return 0
    if not records:
        out(tr(QT_TRANSLATE_NOOP("Cli", "No files attached.")))
        return 0
    here = tr(QT_TRANSLATE_NOOP("Cli", "here"))
    away = tr(QT_TRANSLATE_NOOP("Cli", "on the Secretariat"))
    lost = tr(QT_TRANSLATE_NOOP("Cli", "missing"))  # attached here, not synced, bytes gone

    def where(record: Record) -> str:
        if record["local"]:
            return here
        return away if app.attachments.may_be_on_the_secretariat(record) else lost

    print_table(
        [
            tr(QT_TRANSLATE_NOOP("Cli", "File")),
            tr(QT_TRANSLATE_NOOP("Cli", "Size")),
            tr(QT_TRANSLATE_NOOP("Cli", "Where")),
            tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        ],
        [[safe_file_name(r["name"]), size_text(int(r["size"])), where(r), r["id"]] for r in records],
        widths=[60, 10, 20, 0],
    )
    return 0


def _get(app: Liaison, args: argparse.Namespace) -> int:
    target = Path(args.output)
    if app.attachments.downloader is None and sync_state.connection(app) is not None:
        app.attachments.downloader = files.downloader(app)  # only on the Secretariat: downloaded first
    record = app.attachments.save_copy(args.id.strip(), target)
    if args.json:
        print_json({**_brief(record), "path": str(target)})
    else:
        saved = tr(QT_TRANSLATE_NOOP("Cli", "Saved {name} to {path}."))
        out(saved.format(name=safe_file_name(record["name"]), path=target))
    return 0


def _remove(app: Liaison, args: argparse.Namespace) -> int:
    record = app.attachments.get(args.id.strip())
    app.attachments.delete(record["id"])
    if args.json:
        print_json({"id": record["id"], "removed": True})
    else:
        out(
            tr(
                QT_TRANSLATE_NOOP("Cli", "Removed {name} [{id}]; to undo: liaison attachment restore {id}")
            ).format(name=safe_file_name(record["name"]), id=record["id"])
        )
    return 0


def _kind_and_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        metavar="KIND",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the kind of record: {kinds}")).replace(
            "{kinds}", "event, bilateral, document, minutes, plan, action, contact"
        ),
    )
    parser.add_argument(
        "id", metavar="ID", help=tr(QT_TRANSLATE_NOOP("Cli", "the record's id (or exact name)"))
    )


def add_attachment_commands(
    commands: Subcommands, common: argparse.ArgumentParser, entities: dict[str, Subcommands]
) -> None:
    attach = commands.add_parser(
        "attach", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "attach a file to a record"))
    )
    _kind_and_id(attach)
    attach.add_argument("file", metavar="FILE", help=tr(QT_TRANSLATE_NOOP("Cli", "the file to attach")))
    attach.add_argument(
        "--name",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the name it is shown under (default: the file's own)")),
    )
    attach.set_defaults(handler=_attach)

    listing = commands.add_parser(
        "attachments", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "list a record's files"))
    )
    _kind_and_id(listing)
    listing.set_defaults(handler=_list)

    group = entities[ATTACHMENTS.key]
    get = group.add_parser(
        "get",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "save a copy of an attached file")),
    )
    get.add_argument("id", metavar="ATTACHMENT_ID", help=tr(QT_TRANSLATE_NOOP("Cli", "its id")))
    get.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        required=True,
        help=tr(QT_TRANSLATE_NOOP("Cli", "where to write the copy")),
    )
    get.set_defaults(handler=_get)

    remove = group.add_parser(
        "remove",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("Cli", "remove a file from its record ({restore} undoes it)")).replace(
            "{restore}", "restore"
        ),
    )
    remove.add_argument("id", metavar="ATTACHMENT_ID", help=tr(QT_TRANSLATE_NOOP("Cli", "its id")))
    remove.set_defaults(handler=_remove)
