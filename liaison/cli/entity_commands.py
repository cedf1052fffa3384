"""``add/list/show/edit/delete/restore`` for every entity, generated from its field declarations.

One option per field: ``latin_name`` → ``--latin-name``; a reference drops its ``_id`` and takes a
name or an id (``institution_id`` → ``--institution "Otandastar Qory"``); a list is repeatable
under its singular name (``--email a@x.kz --email b@y.kz``; the plural is accepted too); a photo
is a file path; yes/no fields take ``yes`` or ``no``. Everything else is passed to the services
as typed, so that the one set of validators decides and names the field that is wrong.
"""

from __future__ import annotations

import argparse
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, TypeAlias

from liaison.cli.output import (
    Cli,
    CliError,
    Titles,
    display,
    json_record,
    out,
    print_json,
    print_record,
    print_table,
    tr,
)
from liaison.i18n import QT_TRANSLATE_NOOP, translate
from liaison.services.app import Liaison
from liaison.services.entities import ENTITIES, EntitySpec
from liaison.services.errors import FieldError, ValidationError
from liaison.services.fields import Field, Kind
from liaison.services.records import Record, Records
from liaison.services.withdrawal import going_private
from liaison.store.base import VISIBILITIES

Handler = Callable[[Liaison, argparse.Namespace], int]
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"  # argparse's (private) type

# Columns of ``list`` besides the id and the title; entities not named here get the first few
# short fields (see :func:`list_columns`).
LIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact": ("position", "institution_id", "state_code"),
    "institution": ("kind", "state_code", "city"),
    "event": ("kind", "start_date", "city"),
    "delegation": ("event_id", "institution_id", "head_contact_id"),
    "participant": ("contact_id", "event_id", "attended"),
    "minutes": ("event_id", "status", "agreed_on"),
    "bilateral": ("date", "city", "country"),
    "action": ("status", "due_date", "assignee_institution_id"),
    "plan": ("year", "status"),
    "activity": ("plan_id", "status", "timeframe"),
}
_NOT_A_COLUMN = frozenset({Kind.LONG_TEXT, Kind.IMAGE, Kind.VISIBILITY})
_TITLE_FIELDS = frozenset({"title", "name", "latin_name", "owner_institution_id"})


# -- names ------------------------------------------------------------------------------------
def option_stem(f: Field) -> str:
    """The option's name without dashes: references drop ``_id``, lists are singular."""
    stem = f.name
    if f.kind is Kind.REF and stem.endswith("_id"):
        stem = stem[: -len("_id")]
    elif f.is_list and stem.endswith("s"):
        stem = stem[:-1]
    return stem.replace("_", "-")


WITHDRAW_HELP = QT_TRANSLATE_NOOP(
    "Cli", "when --visibility makes a shared record private: take it back from everyone else"
)
KEEP_COPIES_HELP = QT_TRANSLATE_NOOP(
    "Cli", "when --visibility makes a shared record private: others keep the copy they have"
)


def option_strings(f: Field) -> list[str]:
    names = [f"--{option_stem(f)}"]
    plural = "--" + f.name.replace("_", "-")
    if f.is_list and plural not in names:
        names.append(plural)
    return names


def dest(f: Field) -> str:
    return f"field__{f.name}"


def field_aliases(spec: EntitySpec) -> dict[str, Field]:
    """Every way a field may be named in ``--clear`` and ``--where``: ``latin_name``,
    ``latin-name``, ``institution`` for ``institution_id``, ``email`` for ``emails``."""
    aliases: dict[str, Field] = {}
    for f in spec.fields:
        for name in (f.name, *(option[2:] for option in option_strings(f))):
            aliases.setdefault(name, f)
            aliases.setdefault(name.replace("-", "_"), f)
            aliases.setdefault(name.replace("_", "-"), f)
    return aliases


def _field_type(spec: EntitySpec) -> Callable[[str], str]:
    aliases = field_aliases(spec)

    def field_name(text: str) -> str:
        f = aliases.get(text.strip().lstrip("-"))
        if f is None:
            names = ", ".join(option_stem(f) for f in spec.fields)
            raise argparse.ArgumentTypeError(f"unknown field {text!r} of {spec.key} (fields: {names})")
        return f.name

    return field_name


def _where_type(spec: EntitySpec) -> Callable[[str], tuple[str, str]]:
    field_name = _field_type(spec)

    def where(text: str) -> tuple[str, str]:
        name, equals, value = text.partition("=")
        if not equals:
            raise argparse.ArgumentTypeError(f"expected FIELD=VALUE, not {text!r}")
        return field_name(name), value

    return where


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected zero or more, not {value}")
    return value


# -- options ----------------------------------------------------------------------------------
_METAVARS = {
    Kind.DATE: "YYYY-MM-DD",
    Kind.DATETIME: "YYYY-MM-DDTHH:MM",
    Kind.BOOL: "yes|no",
    Kind.INT: "N",
    Kind.IMAGE: "FILE",
    Kind.EMAILS: "E-MAIL",
    Kind.PHONES: "PHONE",
    Kind.STATE: "STATE",
    Kind.STATES: "STATE",
    Kind.COUNTRY: "CC",
    Kind.LANGUAGES: "LANG",
    Kind.TAGS: "TAG",
}


def _metavar(f: Field) -> str:
    if f.kind is Kind.REF and f.ref is not None:
        return "NAME|ID" if ENTITIES[f.ref].lookup else "ID"
    return _METAVARS.get(f.kind, option_stem(f).upper().replace("-", "_"))


def _help(f: Field, *, creating: bool) -> str:
    parts = [translate("Fields", f.label)]
    if f.required and creating:
        parts.append(tr(QT_TRANSLATE_NOOP("Cli", "required")))
    if f.kind is Kind.REF and f.ref is not None:
        target = ENTITIES[f.ref]
        what = translate("Entities", target.label)
        parts.append(
            (
                tr(QT_TRANSLATE_NOOP("Cli", "name or id of the record ({entity})"))
                if target.lookup
                else tr(QT_TRANSLATE_NOOP("Cli", "id of the record ({entity})"))
            ).replace("{entity}", what)
        )
    one_of = tr(QT_TRANSLATE_NOOP("Cli", "one of: {values}"))
    if f.choices:
        parts.append(one_of.replace("{values}", ", ".join(f.choices)))
    if f.kind is Kind.VISIBILITY:
        parts.append(one_of.replace("{values}", ", ".join(VISIBILITIES)))
    if f.kind in (Kind.STATE, Kind.STATES):
        parts.append(
            tr(QT_TRANSLATE_NOOP("Cli", "an OTS state code, e.g. {examples}")).replace(
                "{examples}", "KZ, TR, TRNC"
            )
        )
    if f.kind is Kind.PHONES:
        parts.append(tr(QT_TRANSLATE_NOOP("Cli", "{code} followed by the number")).replace("{code}", "+CC"))
    if f.kind is Kind.IMAGE:
        parts.append(tr(QT_TRANSLATE_NOOP("Cli", "a PNG or JPEG file")))
    if f.is_list:
        parts.append(tr(QT_TRANSLATE_NOOP("Cli", "repeatable")))
    if creating and f.default not in (None, [], ""):
        parts.append(tr(QT_TRANSLATE_NOOP("Cli", "default: {value}")).replace("{value}", str(f.default)))
    return "; ".join(parts).replace("%", "%%")


def _add_field_options(parser: argparse.ArgumentParser, spec: EntitySpec, *, creating: bool) -> None:
    group = parser.add_argument_group(tr(QT_TRANSLATE_NOOP("Cli", "fields")))
    for f in spec.fields:
        group.add_argument(
            *option_strings(f),
            dest=dest(f),
            default=argparse.SUPPRESS,
            action="append" if f.is_list else "store",
            metavar=_metavar(f),
            help=_help(f, creating=creating),
        )


# -- turning options into values --------------------------------------------------------------
def read_image(text: str) -> bytes | None:
    if not text.strip():
        return None
    path = Path(text).expanduser()
    try:
        return path.read_bytes()
    except OSError as error:
        raise CliError(
            QT_TRANSLATE_NOOP("Cli", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=error.strerror or error,
        ) from error


def resolve_ref(app: Liaison, f: Field, text: str) -> str | None:
    """The id a reference option names (``None`` for an empty value, which clears it)."""
    assert f.ref is not None
    if not text.strip():
        return None
    return app.entity(f.ref).resolve(text, field=f)


def _convert(app: Liaison, f: Field, raw: Any) -> Any:
    if f.kind is Kind.REF:
        return resolve_ref(app, f, raw)
    if f.kind is Kind.IMAGE:
        return read_image(raw)
    return raw


def given_values(app: Liaison, spec: EntitySpec, args: argparse.Namespace) -> dict[str, Any]:
    """The fields given on the command line (references resolved, photos read), plus the
    ``--clear``-ed ones as empty. When a reference names no record, the other values are
    checked too, so that every wrong field is reported at once, as the services do."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for f in spec.fields:
        if hasattr(args, dest(f)):
            try:
                values[f.name] = _convert(app, f, getattr(args, dest(f)))
            except FieldError as error:
                errors.append(error)
    if errors:
        failed = {error.field for error in errors}
        for f in spec.fields:
            if f.name in values and f.name not in failed and f.kind is not Kind.REF:
                try:
                    f.clean(values[f.name], values)
                except FieldError as error:
                    errors.append(error)
        order = list(spec.by_name)
        raise ValidationError(sorted(errors, key=lambda error: order.index(error.field)))
    for name in getattr(args, "clear", None) or []:
        f = spec.field(name)
        if name in values:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "{field} is both given and cleared; choose one."),
                field=translate("Fields", f.label),
            )
        values[name] = f.empty()
    return values


def target_id(records: Records, text: str) -> str:
    """The id of the record a command names: an id, or a name where the entity has names."""
    if records.spec.lookup:
        return records.resolve(text)
    return text.strip()


def _where(
    app: Liaison, spec: EntitySpec, pairs: Sequence[tuple[str, str]]
) -> tuple[dict[str, Any], list[Any]]:
    """``--where`` pairs as equality filters for the services, and list-field filters (the
    record's list must hold every given item) applied here."""
    equal: dict[str, Any] = {}
    contains: list[tuple[str, list[Any]]] = []
    for name, raw in pairs:
        f = spec.field(name)
        if f.kind is Kind.IMAGE:
            raise CliError(
                QT_TRANSLATE_NOOP("Cli", "Records cannot be filtered by {field}."),
                field=translate("Fields", f.label),
            )
        empty = not raw.strip()  # FIELD= : the records that have none
        if f.is_list:
            contains.append((name, [] if empty else f.clean(raw, {})))
        elif empty:
            equal[name] = None
        elif f.kind is Kind.REF:
            equal[name] = resolve_ref(app, f, raw)
        else:
            equal[name] = f.clean(raw, {})
    return equal, contains


def _matches(record: Mapping[str, Any], contains: Sequence[tuple[str, list[Any]]]) -> bool:
    for name, items in contains:
        have = record.get(name) or []
        if (not items and have) or any(item not in have for item in items):
            return False
    return True


def list_columns(spec: EntitySpec) -> list[Field]:
    names = LIST_COLUMNS.get(spec.key)
    if names is not None:
        return [spec.field(name) for name in names]
    short = [
        f
        for f in spec.fields
        if f.kind not in _NOT_A_COLUMN and not f.is_list and f.name not in _TITLE_FIELDS
    ]
    return short[:3]


# -- handlers ---------------------------------------------------------------------------------
def emit_record(app: Liaison, spec: EntitySpec, record: Record, args: argparse.Namespace) -> None:
    if args.json:
        print_json(json_record(spec, record))
    else:
        print_record(spec, record, Titles(app))


def emit_records(app: Liaison, spec: EntitySpec, records: Sequence[Record], args: argparse.Namespace) -> None:
    if args.json:
        print_json([json_record(spec, record) for record in records])
        return
    if not records:
        out(tr(QT_TRANSLATE_NOOP("Cli", "No records.")))
        return
    titles = Titles(app)
    columns = list_columns(spec)
    headers = [
        tr(QT_TRANSLATE_NOOP("Cli", "Id")),
        translate("Entities", spec.label),
        *(translate("Fields", f.label) for f in columns),
    ]
    rows = [
        [
            str(record["id"]),
            spec.title(record) or "",
            *(display(f, record.get(f.name), titles, with_id=False, entity=spec.name) for f in columns),
        ]
        for record in records
    ]
    print_table(headers, rows, widths=[0, 60, *([30] * len(columns))])


def _add(spec: EntitySpec, app: Liaison, args: argparse.Namespace) -> int:
    record = app.entity(spec.key).create(given_values(app, spec, args))
    emit_record(app, spec, record, args)
    return 0


def _fetch(
    records: Records, where: Mapping[str, Any], *, include_deleted: bool, **paging: Any
) -> list[Record]:
    if include_deleted and not where:
        # Records.list then calls sqlalchemy's and_() without arguments, which warns
        # (SADeprecationWarning); harmless here, and to be fixed in the services.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return records.list(where, include_deleted=True, **paging)
    return records.list(where, include_deleted=include_deleted, **paging)


def _list(spec: EntitySpec, app: Liaison, args: argparse.Namespace) -> int:
    records = app.entity(spec.key)
    equal, contains = _where(app, spec, args.where)
    if contains or (args.offset and args.limit is None):  # filtered or paged here, not in SQL
        rows = [
            r for r in _fetch(records, equal, include_deleted=args.include_deleted) if _matches(r, contains)
        ]
        end = None if args.limit is None else args.offset + args.limit
        rows = rows[args.offset : end]
    else:
        rows = _fetch(
            records, equal, include_deleted=args.include_deleted, limit=args.limit, offset=args.offset
        )
    emit_records(app, spec, rows, args)
    return 0


def _show(spec: EntitySpec, app: Liaison, args: argparse.Namespace) -> int:
    records = app.entity(spec.key)
    record_id = args.id.strip() if args.include_deleted else target_id(records, args.id)
    emit_record(app, spec, records.get(record_id, include_deleted=args.include_deleted), args)
    return 0


def _edit(spec: EntitySpec, app: Liaison, args: argparse.Namespace) -> int:
    records = app.entity(spec.key)
    record_id = target_id(records, args.id)
    values = given_values(app, spec, args)
    old = records.get(record_id)
    wanted = values.get("visibility")
    new = {**old, "visibility": wanted.strip().lower() if isinstance(wanted, str) else old["visibility"]}
    if going_private(old, new) and not (args.withdraw or args.keep_shared_copies):
        # Others have it: a script must say whether they keep it (a silent default would either
        # leave a record the officer wanted private in everyone's hands, or take it from them).
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "“{title}” has been shared: others have it. To make it private, say what happens to "
                "their copies: --withdraw (taken back from everyone; you keep it here) or "
                "--keep-shared-copies (they keep the version they have; your later edits stay here).",
            ),
            title=spec.title(old) or record_id,
        )
    record = records.update(record_id, values, withdraw=bool(args.withdraw))
    emit_record(app, spec, record, args)
    return 0


def _delete(spec: EntitySpec, app: Liaison, args: argparse.Namespace) -> int:
    records = app.entity(spec.key)
    record_id = target_id(records, args.id)
    title = spec.title(records.get(record_id)) or record_id
    removed = records.delete(record_id)
    if args.json:
        print_json([{"kind": ENTITIES[entity].key, "id": rid} for entity, rid in removed])
        return 0
    out(tr(QT_TRANSLATE_NOOP("Cli", "Deleted {title} [{id}].")).format(title=title, id=record_id))
    if len(removed) > 1:
        out(Cli.tr("Also deleted %n record(s) it held; restore brings them back.", None, len(removed) - 1))
    return 0


def _restore(spec: EntitySpec, app: Liaison, args: argparse.Namespace) -> int:
    record = app.entity(spec.key).restore(args.id.strip())
    emit_record(app, spec, record, args)
    return 0


# -- the parsers ------------------------------------------------------------------------------
def _id_argument(parser: argparse.ArgumentParser, spec: EntitySpec, *, names: bool = True) -> None:
    if names and spec.lookup:
        parser.add_argument(
            "id", metavar="ID|NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "its id or exact name"))
        )
    else:
        parser.add_argument("id", metavar="ID", help=tr(QT_TRANSLATE_NOOP("Cli", "its id")))


def add_entity_commands(commands: Subcommands, common: argparse.ArgumentParser) -> dict[str, Subcommands]:
    """A command per entity (``spec.key``) with its six subcommands; returns each entity's
    subcommand group, for the workflow commands to add to."""
    groups: dict[str, Subcommands] = {}
    for spec in ENTITIES.values():
        plural = translate("Entities", spec.plural)
        summary = "add, list, show, edit, delete, restore" if spec.generic_editing else "show, restore"
        entity = commands.add_parser(spec.key, help=f"{plural}: {summary}")
        actions = entity.add_subparsers(
            title=tr(QT_TRANSLATE_NOOP("Cli", "actions")), dest="action", metavar="ACTION", required=True
        )
        groups[spec.key] = actions

        if spec.generic_editing:  # else written by its own service and commands (attachments)
            add = actions.add_parser(
                "add", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "add one and print it"))
            )
            _add_field_options(add, spec, creating=True)
            add.set_defaults(handler=partial(_add, spec))

            listing = actions.add_parser(
                "list", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "list them"))
            )
            listing.add_argument(
                "--limit",
                type=count,
                metavar="N",
                help=tr(QT_TRANSLATE_NOOP("Cli", "at most {n} records")).replace("{n}", "N"),
            )
            listing.add_argument(
                "--offset",
                type=count,
                default=0,
                metavar="N",
                help=tr(QT_TRANSLATE_NOOP("Cli", "skip the first {n} records")).replace("{n}", "N"),
            )
            listing.add_argument(
                "--where",
                type=_where_type(spec),
                action="append",
                default=[],
                metavar="FIELD=VALUE",
                help=tr(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "only records whose {field} is {value} (references: a name or id; empty: none; repeatable)",  # noqa: E501
                    )
                )
                .replace("{field}", "FIELD")
                .replace("{value}", "VALUE"),
            )
            listing.add_argument(
                "--include-deleted",
                action="store_true",
                help=tr(QT_TRANSLATE_NOOP("Cli", "include deleted records")),
            )
            listing.set_defaults(handler=partial(_list, spec))

        show = actions.add_parser("show", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "show one")))
        _id_argument(show, spec)
        show.add_argument(
            "--include-deleted",
            action="store_true",
            help=tr(QT_TRANSLATE_NOOP("Cli", "show it even if deleted (give the id)")),
        )
        show.set_defaults(handler=partial(_show, spec))

        if spec.generic_editing:
            edit = actions.add_parser(
                "edit", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "change the given fields of one"))
            )
            _id_argument(edit, spec)
            _add_field_options(edit, spec, creating=False)
            edit.add_argument(
                "--clear",
                type=_field_type(spec),
                action="append",
                default=[],
                metavar="FIELD",
                help=tr(QT_TRANSLATE_NOOP("Cli", "empty this field (repeatable)")),
            )
            if any(f.kind is Kind.VISIBILITY for f in spec.fields):
                going = edit.add_mutually_exclusive_group()
                going.add_argument(
                    "--withdraw",
                    action="store_true",
                    help=tr(WITHDRAW_HELP),
                )
                going.add_argument(
                    "--keep-shared-copies",
                    action="store_true",
                    help=tr(KEEP_COPIES_HELP),
                )
            edit.set_defaults(handler=partial(_edit, spec), withdraw=False, keep_shared_copies=False)

            delete = actions.add_parser(
                "delete",
                parents=[common],
                help=tr(
                    QT_TRANSLATE_NOOP("Cli", "delete one (and what it holds); {restore} undoes it")
                ).replace("{restore}", "restore"),
            )
            _id_argument(delete, spec)
            delete.set_defaults(handler=partial(_delete, spec))

        restore = actions.add_parser(
            "restore", parents=[common], help=tr(QT_TRANSLATE_NOOP("Cli", "undo the delete of one"))
        )
        _id_argument(restore, spec, names=False)
        restore.set_defaults(handler=partial(_restore, spec))
    return groups
