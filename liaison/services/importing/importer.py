"""One import: read, map, clean, match, then write everything in one transaction.

A file with invalid rows writes nothing and lists every one of them, unless the officer skips
them. Rows that match an existing contact fill its empty fields and add new e-mails, phones,
tags and languages; a non-empty field is overwritten only with ``update_existing``. Each import
is a batch (``import_batches``) that records what it created and filled, for undo, and which
source row became which contact, so that importing the same file again creates nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.entities import CONTACTS
from liaison.services.fields import to_wire
from liaison.services.importing import columns as cols
from liaison.services.importing.errors import BAD_MAP, NO_NAME_COLUMN, UNKNOWN_COLUMN, ImportFileError
from liaison.services.importing.matching import ContactIndex, InstitutionIndex, Wanted, name_keys
from liaison.services.importing.participants import ParticipantPlan, check_role
from liaison.services.importing.readers import SourceTable, read_source
from liaison.services.importing.rows import RowIssue, SourceRow, build_row, clean_row
from liaison.store.base import new_id, utcnow
from liaison.store.imports import ImportBatch, ImportItem

if TYPE_CHECKING:
    from liaison.services.app import Liaison

Progress = Callable[[int, int], None]
SCALARS = ("latin_name", "honorific", "position", "institution_id", "state_code", "notes", "photo")
LISTS = ("emails", "phones", "tags", "languages")
_CHUNK = 5000
_NARROW = 2000  # up to this many rows (a preview), only the contacts they can match are read


class ImportCancelled(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was written.")


_ALIASES = {
    "email": "emails",
    "e-mail": "emails",
    "phone": "phones",
    "tag": "tags",
    "note": "notes",
    "language": "languages",
    "organization": "institution",
    "title": "position",
    "state_code": "state",
    "id": "source_id",
    "uid": "source_id",
    "skip": "ignore",
    "none": "ignore",
}


@dataclass(frozen=True)
class ImportOptions:
    sheet: str | None = None
    encoding: str | None = None
    mapping: Mapping[str, str] = field(default_factory=dict)  # header -> target, the officer's
    skip_invalid: bool = False
    update_existing: bool = False
    dry_run: bool = False
    event: str | None = None  # id or title: import participants into this event


def parse_map(items: Sequence[str]) -> dict[str, str]:
    """``--map "COLUMN=field"`` options as a mapping (checked against the file later)."""
    mapping: dict[str, str] = {}
    for item in items:
        column, equals, target = item.rpartition("=")
        target = _ALIASES.get(target.strip().lower(), target.strip().lower())
        if not equals or not column.strip() or target not in cols.TARGETS:
            raise ImportFileError(BAD_MAP, value=item, fields=", ".join(cols.TARGETS))
        mapping[column.strip()] = target
    return mapping


@dataclass
class PlannedRow:
    """What importing a row does: ``status`` is "new", "match" (fills or adds something),
    "unchanged" (matches, nothing new) or "invalid" (``issues`` say why)."""

    number: int
    status: str
    values: dict[str, Any]
    contact_id: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)
    source_key: str = ""
    source: SourceRow | None = None


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    batch: str | None = None
    written: bool = False
    participants: int | None = None
    institutions: int = 0
    skipped_rows: list[list[Any]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "errors": [issue.as_json() for issue in self.errors],
            "batch": self.batch,
        }
        if self.participants is not None:
            out["participants"] = self.participants
        return out


def _clean_source(
    source: SourceRow,
    region: str | None,
    clean: Callable[[dict[str, Any]], dict[str, Any]],
    columns: Mapping[str, list[int]],
    headers: Sequence[str],
    participants: bool,
) -> dict[str, Any] | None:
    """The row cleaned as the contact record cleans it (``None``: invalid, ``issues`` say why);
    for a participants list its role is checked too."""
    cleaned = clean_row(source, region, clean, columns, headers)
    if participants and check_role(source, columns, headers) is not None:
        return None
    return cleaned


@dataclass
class Preview:
    table: SourceTable
    mapping: dict[str, str]
    rows: list[PlannedRow]
    needs_name: bool = False  # no column is mapped to the name yet


class Importer:
    """Imports into one data directory's contacts (and an event's participants)."""

    def __init__(self, app: Liaison) -> None:
        self.app = app

    # -- reading and mapping -----------------------------------------------------------------
    def read(self, path: str | Path, options: ImportOptions, *, limit: int | None = None) -> SourceTable:
        return read_source(
            path, sheet=options.sheet, encoding=options.encoding, limit=limit, recognise=cols.count_recognised
        )

    def mapping_for(self, table: SourceTable, options: ImportOptions) -> dict[str, str]:
        """Header -> target: recognised, then as remembered for this header set, then the
        officer's ``--map``."""
        if table.fixed_mapping is not None:
            mapping = dict(table.fixed_mapping)
        else:
            mapping = cols.recognise(table.headers)
            remembered = self.app.settings.get(cols.header_set_key(table.headers))
            if isinstance(remembered, dict):
                mapping.update(
                    {h: t for h, t in remembered.items() if h in table.headers and t in cols.TARGETS}
                )
        folded = {cols._norm(h): h for h in table.headers}
        for column, target in options.mapping.items():
            header = column if column in table.headers else folded.get(cols._norm(column))
            if header is None:
                raise ImportFileError(UNKNOWN_COLUMN, value=f"{column}={target}", column=column)
            mapping[header] = target
        return mapping

    @staticmethod
    def _columns(table: SourceTable, mapping: Mapping[str, str]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for index, header in enumerate(table.headers):
            target = mapping.get(header)
            if target and target != "ignore":
                out.setdefault(target, []).append(index)
        return out

    # -- planning ----------------------------------------------------------------------------
    def plan(
        self, session: Session, table: SourceTable, mapping: Mapping[str, str], options: ImportOptions
    ) -> tuple[list[PlannedRow], list[tuple[str, str, str | None]]]:
        """Every row's plan, and the institutions to create (id, name, state)."""
        columns = self._columns(table, mapping)
        if not ({"name", "first_name", "last_name"} & columns.keys()):
            raise ImportFileError(NO_NAME_COLUMN, path=str(table.path))
        contacts = self.app.contacts
        institutions = InstitutionIndex(session)
        new_institutions: list[tuple[str, str, str | None]] = []
        sources = [
            build_row(number, cells, columns, table.headers)
            for number, cells in zip(table.row_numbers, table.rows, strict=True)
        ]
        belongs = [_institution(source, institutions, new_institutions) for source in sources]
        keys = [source.source_key() for source in sources]
        index = ContactIndex(session, _wanted(sources, belongs, keys) if len(sources) <= _NARROW else None)
        pending: dict[str, PlannedRow] = {}  # new records by id
        matched: dict[str, PlannedRow] = {}
        originals: dict[str, dict[str, Any]] = {}
        planned: list[PlannedRow] = []
        clean = lambda values: contacts._clean(values, {}, creating=True)  # noqa: E731
        for source, institution_id, key in zip(sources, belongs, keys, strict=True):
            number = source.number
            region = source.state or (institutions.states.get(institution_id) if institution_id else None)
            cleaned = _clean_source(source, region, clean, columns, table.headers, bool(options.event))
            if cleaned is None:
                planned.append(
                    PlannedRow(number, "invalid", source.values, issues=source.issues, source=source)
                )
                continue
            given = _given(cleaned, institution_id)
            names = name_keys(given) if institution_id else []
            found = index.find(given, source.source_id, key, institution_id, names)
            if found is None:
                record_id = source.source_id if _is_uuid(source.source_id) else new_id()
                values = {**cleaned, **given, "id": record_id}  # every field: written as cleaned
                row = PlannedRow(number, "new", values, record_id, source_key=key, source=source)
                pending[record_id] = row
                index.add(record_id, given, key, institution_id, names)
                planned.append(row)
                continue
            if found in pending:  # listed twice in the file: one new record with both rows' values
                _fill(pending[found].values, given, overwrite=False)
                planned.append(PlannedRow(number, "unchanged", given, found, source_key=key, source=source))
                continue
            if found not in originals:
                originals[found] = contacts.get_in(session, found)
            current = matched[found].values if found in matched else dict(originals[found])
            before = dict(current)
            _fill(current, given, overwrite=options.update_existing)
            changes = {n: (before.get(n), current[n]) for n in current if current[n] != before.get(n)}
            status = "match" if changes else "unchanged"
            row = PlannedRow(number, status, current, found, changes, source_key=key, source=source)
            index.add(found, given, key, institution_id, names)
            if found not in matched or changes:
                matched[found] = row
            planned.append(row)
        for record_id, row in matched.items():  # the changes against the stored record
            row.changes = _diff(originals[record_id], row.values)
        return planned, new_institutions

    def preview(self, path: str | Path, options: ImportOptions, *, limit: int = 200) -> Preview:
        """The first ``limit`` rows as they would be stored, each marked; nothing is written."""
        table = self.read(path, options, limit=limit)
        mapping = self.mapping_for(table, options)
        if not ({"name", "first_name", "last_name"} & set(mapping.values())):
            return Preview(table, mapping, [], needs_name=True)  # the officer maps one first
        with self.app.store.read() as session:
            rows, _ = self.plan(session, table, mapping, options)
        return Preview(table, mapping, rows)

    # -- importing ---------------------------------------------------------------------------
    def run(
        self,
        path: str | Path,
        options: ImportOptions,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        table: SourceTable | None = None,
    ) -> ImportResult:
        table = table or self.read(path, options)
        mapping = self.mapping_for(table, options)
        result = ImportResult(headers=list(table.headers))
        with self.app.store.write() as session:
            planned, new_institutions = self.plan(session, table, mapping, options)
            event = ParticipantPlan(self.app, session, options.event) if options.event else None
            invalid = [row for row in planned if row.status == "invalid"]
            for row in invalid:
                result.errors.extend(row.issues)
            if invalid and not options.skip_invalid:
                return result
            result.skipped = len(invalid)
            result.skipped_rows = [row.source.cells for row in invalid if row.source is not None]
            valid = [row for row in planned if row.status != "invalid"]
            creates = [row for row in valid if row.status == "new"]
            updates = {row.contact_id: row for row in valid if row.status == "match"}
            result.created = len(creates)
            result.updated = len(updates)
            result.unchanged = len(valid) - len(creates) - sum(1 for r in valid if r.status == "match")
            used = {r.values.get("institution_id") for r in valid}
            new_institutions = [i for i in new_institutions if i[0] in used]
            result.institutions = len(new_institutions)
            if event is not None:
                event.plan(valid)
                result.participants = event.count
            if options.dry_run:
                return result
            items = self._write(
                session, table, creates, list(updates.values()), new_institutions, progress, cancelled
            )
            if event is not None:
                items.extend(event.write(session))
            items.extend(
                {
                    "entity": CONTACTS.name,
                    "record_id": r.contact_id,
                    "action": "match",
                    "source_key": r.source_key,
                    "changes": None,
                }
                for r in valid
                if r.status != "new"
            )
            batch = new_id()
            session.add(
                ImportBatch(
                    id=batch,
                    file_name=str(Path(path).name),
                    entity=CONTACTS.name,
                    created_at=utcnow(),
                    summary=result.as_json(),
                )
            )
            session.flush()
            if items:
                session.execute(insert(ImportItem), [{**item, "batch_id": batch} for item in items])
            if table.fixed_mapping is None:
                self.app.settings.set_in(session, cols.header_set_key(table.headers), dict(mapping))
            result.batch = batch
            result.written = True
        return result

    def _write(
        self,
        session: Session,
        table: SourceTable,
        creates: list[PlannedRow],
        updates: list[PlannedRow],
        new_institutions: list[tuple[str, str, str | None]],
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> builtins.list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        total = len(creates) + len(updates)
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)

        if new_institutions:
            rows = [{"id": i, "name": n, "state_code": s} for i, n, s in new_institutions]
            self.app.institutions.create_many_in(session, rows)
            items.extend(
                {
                    "entity": "institutions",
                    "record_id": i,
                    "action": "create",
                    "source_key": None,
                    "changes": None,
                }
                for i, _n, _s in new_institutions
            )
        step(0)
        for start in range(0, len(creates), _CHUNK):
            chunk = creates[start : start + _CHUNK]
            self.app.contacts.create_many_in(
                session, [row.values for row in chunk], chunk=_CHUNK, cleaned=True
            )
            items.extend(
                {
                    "entity": CONTACTS.name,
                    "record_id": row.contact_id,
                    "action": "create",
                    "source_key": row.source_key,
                    "changes": None,
                }
                for row in chunk
            )
            step(len(chunk))
        for row in updates:
            assert row.contact_id is not None
            self.app.contacts.update_in(
                session, row.contact_id, {n: new for n, (_o, new) in row.changes.items()}
            )
            items.append(
                {
                    "entity": CONTACTS.name,
                    "record_id": row.contact_id,
                    "action": "update",
                    "source_key": row.source_key,
                    "changes": {n: [to_wire(old), to_wire(new)] for n, (old, new) in row.changes.items()},
                }
            )
            step(1)
        return items


def _given(cleaned: Mapping[str, Any], institution_id: str | None) -> dict[str, Any]:
    """The values a row gives (what it fills or adds on a match)."""
    given = {
        name: cleaned[name]
        for name in (*SCALARS, *LISTS, "name")
        if name in cleaned and cleaned[name] not in (None, [], "")
    }
    if institution_id:
        given["institution_id"] = institution_id
    return given


def _wanted(sources: list[SourceRow], belongs: list[str | None], keys: list[str]) -> Wanted:
    wanted = Wanted(source_keys=set(keys))
    for source, institution in zip(sources, belongs, strict=True):
        if source.source_id:
            wanted.ids.add(source.source_id)
        if institution:
            for name in (source.values.get("name"), source.values.get("latin_name")):
                if name:
                    wanted.names.add(str(name))
        for email in source.values.get("emails") or ():
            wanted.emails.add(str(email).strip().lower())
    return wanted


def _institution(
    source: SourceRow, institutions: InstitutionIndex, new: list[tuple[str, str, str | None]]
) -> str | None:
    """The institution a row names: an existing one, else one this import creates."""
    if not source.institution:
        return None
    found = institutions.find(source.institution)
    if found is None:
        found = new_id()
        institutions.add(found, source.institution, source.state)
        new.append((found, source.institution, source.state))
    return found


def _diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {name: (old.get(name), value) for name, value in new.items() if value != old.get(name)}


def _fill(current: dict[str, Any], given: Mapping[str, Any], *, overwrite: bool) -> None:
    for name, value in given.items():
        if name in ("name", "id"):
            continue
        if name in LISTS:
            have = list(current.get(name) or [])
            seen = {item.lower() for item in have} if name == "emails" else set(have)
            added = [i for i in value if (i.lower() if name == "emails" else i) not in seen]
            if added:
                current[name] = list(dict.fromkeys([*have, *added]))[:50]
        elif current.get(name) in (None, "") or (overwrite and current.get(name) != value):
            current[name] = value


def _is_uuid(text: str) -> bool:
    import uuid

    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False
