"""``liaison import`` and ``liaison export``: records in from CSV, spreadsheets and vCards, and
out to vCard, CSV, XLSX and iCalendar.

``import --json`` prints ``{"created", "updated", "unchanged", "skipped", "errors", "batch"}``
(``errors``: ``{"row", "column", "field", "message"}``) and exits with 1 when rows were invalid
and nothing was written. ``--skip-invalid`` imports the valid rows and reports the others;
``--save-skipped FILE`` writes them as CSV (the file's own columns), to fix and import again.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from liaison.cli.entity_commands import Subcommands
from liaison.cli.output import Cli, CliError, err, out, print_json, tr
from liaison.i18n import QT_TRANSLATE_NOOP, translate
from liaison.services.app import Liaison
from liaison.services.exporting import FORMATS, WHICH, atomic_path, export
from liaison.services.importing import (
    ENCODINGS,
    Importer,
    ImportOptions,
    ImportResult,
    parse_map,
    undo_import,
)

NEEDS_FILE = QT_TRANSLATE_NOOP("Cli", "Give the FILE to import, or --undo BATCH.")
ENCODING_GUESS = QT_TRANSLATE_NOOP("Cli", "Encoding: {encoding} ({reason}); change it with --encoding.")
SHEET = QT_TRANSLATE_NOOP("Cli", "Sheet: {sheet} (of {sheets}); choose another with --sheet.")
ROW_ERROR = QT_TRANSLATE_NOOP("Cli", "Row {row}, column “{column}”: {message}")
NOTHING_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "Nothing was imported. Fix these rows, or import the others with --skip-invalid."
)
DRY_RUN = QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written.")
BATCH = QT_TRANSLATE_NOOP("Cli", "Import {batch}; undo it with: liaison import --undo {batch}")
SAVED_SKIPPED = QT_TRANSLATE_NOOP("Cli", "The skipped rows are in {path}.")
UNDONE = QT_TRANSLATE_NOOP("Cli", "Undone: {removed} record(s) removed, {reverted} record(s) put back.")
KEPT = QT_TRANSLATE_NOOP("Cli", "Kept, because it was edited after the import: {entity} {id} {field}")
EXPORTED = QT_TRANSLATE_NOOP("Cli", "Wrote {count} record(s) to {path}.")


def _import(app: Liaison, args: argparse.Namespace) -> int:
    if args.undo:
        undone = undo_import(app, args.undo)
        if args.json:
            print_json(undone.as_json())
        else:
            out(tr(UNDONE).format(removed=undone.removed, reverted=undone.reverted))
            for kept in undone.kept:
                out(
                    tr(KEPT)
                    .format(entity=kept["entity"], id=kept["id"], field=kept.get("field", ""))
                    .rstrip()
                )
        return 0
    if not args.file:
        raise CliError(NEEDS_FILE)
    options = ImportOptions(
        sheet=args.sheet,
        encoding=args.encoding,
        mapping=parse_map(args.map or []),
        skip_invalid=args.skip_invalid,
        update_existing=args.update_existing,
        dry_run=args.dry_run,
        event=args.event,
    )
    importer = Importer(app)
    table = importer.read(args.file, options)
    result = importer.run(args.file, options, table=table)
    failed = bool(result.errors) and not result.written and not (options.dry_run and options.skip_invalid)
    if args.save_skipped and result.skipped_rows:
        with (
            atomic_path(args.save_skipped) as temp,
            temp.open("w", encoding="utf-8-sig", newline="") as handle,
        ):
            writer = csv.writer(handle)
            writer.writerow(result.headers)
            writer.writerows(
                [
                    [str(c) if not isinstance(c, list) else "; ".join(map(str, c)) for c in row]
                    for row in result.skipped_rows
                ]
            )
    if args.json:
        print_json(result.as_json())
        return 1 if failed else 0
    if table.encoding is not None and table.format != "spreadsheet":
        err(
            tr(ENCODING_GUESS).format(
                encoding=table.encoding.encoding, reason=translate("Import", table.encoding.reason)
            )
        )
    if table.sheet and len(table.sheets) > 1:
        err(tr(SHEET).format(sheet=table.sheet, sheets=", ".join(table.sheets)))
    for issue in result.errors:
        (err if failed else out)(
            tr(ROW_ERROR).format(row=issue.row, column=issue.column, message=issue.message)
        )
    if failed:
        err(tr(NOTHING_WRITTEN))
        return 1
    _summary(result)
    if options.dry_run:
        out(tr(DRY_RUN))
    elif result.batch:
        out(tr(BATCH).format(batch=result.batch))
    if args.save_skipped and result.skipped_rows:
        out(tr(SAVED_SKIPPED).format(path=args.save_skipped))
    return 0


def _summary(result: ImportResult) -> None:
    out(Cli.tr("Created: %n contact(s).", None, result.created))
    out(Cli.tr("Updated: %n contact(s).", None, result.updated))
    out(Cli.tr("Unchanged: %n contact(s).", None, result.unchanged))
    if result.skipped:
        out(Cli.tr("Skipped: %n invalid row(s).", None, result.skipped))
    if result.participants is not None:
        out(Cli.tr("Added to the event: %n participant(s).", None, result.participants))


def _export(app: Liaison, args: argparse.Namespace) -> int:
    count = export(app, args.what, args.format, Path(args.output), event=args.event, which=args.which)
    if args.json:
        print_json({"count": count, "path": str(args.output)})
    else:
        out(tr(EXPORTED).format(count=count, path=args.output))
    return 0


def add_transfer_commands(commands: Subcommands, common: argparse.ArgumentParser) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import contacts (or an event's participants) from CSV, XLSX, ODS or vCard",
    )
    imp.add_argument("file", nargs="?", metavar="FILE", help="the file to import")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (default: the first with data)")
    imp.add_argument(
        "--encoding",
        metavar="ENC",
        help=f"the encoding of a CSV or vCard (default: guessed; e.g. {', '.join(ENCODINGS)})",
    )
    imp.add_argument(
        "--map", action="append", metavar="COLUMN=field", help="map a column to a field (repeat for several)"
    )
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
    imp.add_argument(
        "--save-skipped", metavar="FILE.csv", help="with --skip-invalid: write the skipped rows here"
    )
    imp.add_argument(
        "--update-existing", action="store_true", help="overwrite non-empty fields of matched contacts"
    )
    imp.add_argument("--event", metavar="ID|TITLE", help="add the rows as participants of this event")
    imp.add_argument("--undo", metavar="BATCH", help="undo the import with this batch id")
    imp.set_defaults(handler=_import)

    exp = commands.add_parser(
        "export", parents=[common], help="export records to vCard, CSV, XLSX or iCalendar"
    )
    exp.add_argument("what", choices=list(FORMATS), help="what to export")
    exp.add_argument(
        "--format", required=True, choices=["vcard", "csv", "xlsx", "ics"], help="the file format"
    )
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    exp.add_argument("--event", metavar="ID|TITLE", help="participants: the event")
    exp.add_argument("--which", choices=list(WHICH), default="all", help="actions: all, open or overdue")
    exp.set_defaults(handler=_export)
