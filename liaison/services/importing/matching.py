"""Which existing contact a row is: the same source (vCard UID, source id, or the same row
imported before), else the one contact with one of its e-mails, else the same name in either
script (the folded key search uses, word order aside) at the same institution.

Records the import is about to create join the indexes as they are planned, so that a file
that lists a person twice creates them once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from liaison.services.entities import CONTACTS, INSTITUTIONS
from liaison.services.records import table_of
from liaison.store.imports import ImportBatch, ImportItem
from liaison.text import search_key


def name_key(name: str | None) -> str:
    """The folded name, word order aside: "Məmmədov Əli" and "Ali Mammadov" are one key."""
    return " ".join(sorted(search_key(name).split())) if name else ""


@dataclass
class Wanted:
    """What a few rows can match (the preview): only these contacts are read."""

    ids: set[str] = field(default_factory=set)
    source_keys: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # of rows that name an institution


class ContactIndex:
    """The live contacts by id, source key, e-mail and (name key, institution): all of them, or
    with ``wanted`` only those a few rows can match (a preview must not read 100,000)."""

    def __init__(self, session: Session, wanted: Wanted | None = None) -> None:
        table = table_of(CONTACTS)
        live = table.c.deleted == false()
        columns = (table.c.id, table.c.name, table.c.latin_name, table.c.institution_id, table.c.emails)
        sources = (
            select(ImportItem.source_key, ImportItem.record_id)
            .join(ImportBatch, ImportBatch.id == ImportItem.batch_id)
            .where(
                ImportItem.entity == CONTACTS.name,
                ImportItem.source_key.is_not(None),
                ImportBatch.undone_at.is_(None),
            )
        )
        if wanted is None:
            rows = session.execute(select(*columns).where(live)).all()
        else:
            sources = sources.where(ImportItem.source_key.in_(wanted.source_keys))
            ids = set(wanted.ids) | {rid for _key, rid in session.execute(sources).all()}
            connection = session.connection()
            # candidates from the search index (the same folded key search uses), read exactly
            # below: contacts whose title has a row's name words, or whose text has an e-mail's
            searches = [("{title}", name) for name in wanted.names]
            searches += [("{title body}", email) for email in wanted.emails]
            for columns_, value in searches:
                tokens = search_key(value).split()
                if not tokens:
                    continue
                terms = " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)
                ids.update(
                    row[0]
                    for row in connection.exec_driver_sql(
                        "SELECT d.record_id FROM search_fts JOIN search_docs AS d ON d.id = search_fts.rowid "
                        "WHERE search_fts MATCH ? AND d.kind = 'contact' LIMIT 1000",
                        (f"{columns_} : ({terms})",),
                    )
                )
            rows = session.execute(select(*columns).where(live, table.c.id.in_(ids))).all()
        self.ids: set[str] = set()
        self.emails: dict[str, set[str]] = defaultdict(set)
        self._names: list[tuple[str, str | None, str | None, str | None]] = []
        for record_id, name, latin, institution, emails in rows:
            self.ids.add(record_id)
            for email in emails or ():
                self.emails[email.lower()].add(record_id)
            if institution:
                self._names.append((record_id, name, latin, institution))
        self._by_name: dict[tuple[str, str], set[str]] | None = None
        self.sources: dict[str, str] = {
            key: rid for key, rid in session.execute(sources).all() if key and rid in self.ids
        }

    def _names_index(self) -> dict[tuple[str, str], set[str]]:
        if self._by_name is None:
            index: dict[tuple[str, str], set[str]] = defaultdict(set)
            for record_id, name, latin, institution in self._names:
                for value in (name, latin):
                    key = name_key(value)
                    if key and institution:
                        index[(key, institution)].add(record_id)
            self._by_name = index
        return self._by_name

    def find(
        self,
        values: dict[str, Any],
        source_id: str,
        source_key: str,
        institution: str | None,
        keys: list[str],
    ) -> str | None:
        if source_id and source_id in self.ids:
            return source_id
        if source_key in self.sources:
            return self.sources[source_key]
        for email in values.get("emails") or ():
            owners = self.emails.get(email.lower())
            if owners and len(owners) == 1:
                return next(iter(owners))
        if institution:
            index = self._names_index()
            found: set[str] = set()
            for key in keys:
                found |= index.get((key, institution), set())
            if len(found) == 1:
                return next(iter(found))
        return None

    def add(
        self,
        record_id: str,
        values: dict[str, Any],
        source_key: str,
        institution: str | None,
        keys: list[str],
    ) -> None:
        """A record this import creates (or a match), so later rows find it."""
        self.ids.add(record_id)
        self.sources.setdefault(source_key, record_id)
        for email in values.get("emails") or ():
            self.emails[email.lower()].add(record_id)
        if institution:
            index = self._names_index()
            for key in keys:
                index[(key, institution)].add(record_id)


def name_keys(values: dict[str, Any]) -> list[str]:
    """A row's name keys (its name and Latin name), computed once for ``find`` and ``add``."""
    return [k for k in (name_key(values.get("name")), name_key(values.get("latin_name"))) if k]


class InstitutionIndex:
    """Institutions by folded name, short name and name in own language (exact, as search
    folds them); names that fit several are ambiguous and match none."""

    def __init__(self, session: Session) -> None:
        table = table_of(INSTITUTIONS)
        rows = session.execute(
            select(
                table.c.id, table.c.name, table.c.short_name, table.c.native_name, table.c.state_code
            ).where(table.c.deleted == false())
        ).all()
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.states: dict[str, str | None] = {}
        for record_id, *names, state in rows:
            self.states[record_id] = state
            for name in names:
                if name:
                    self.by_key[search_key(name)].add(record_id)

    def find(self, name: str) -> str | None:
        found = self.by_key.get(search_key(name))
        return next(iter(found)) if found and len(found) == 1 else None

    def add(self, record_id: str, name: str, state: str | None) -> None:
        self.by_key[search_key(name)] = {record_id}
        self.states[record_id] = state
