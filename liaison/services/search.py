"""The search index: one search over contacts, institutions, events, minutes, bilateral
meetings, action items and Joint Action Plans.

Each indexed record has a row in ``search_docs`` (what a hit shows) and one in ``search_fts``
under the same rowid (the folded keys). Keys come from :func:`liaison.text.search_key`, used for
the indexed text and for the query alike, which is what makes ``isik`` find "IŞIK" and
``Омуралиев`` find "Omuraliev". The index is written in the same transaction as the record, so
search never shows a record that is not saved nor misses one that is.

Ranking (a product decision, for speed as you type): FTS5 scores every match with bm25 before
it can return the best 50, and the first letter or two typed match nearly every record (``o``:
63,000 of 120,000, 70 ms ranked against well under 1 ms unranked). So when more than 1,000
records match the first letters typed, names that start with them come first, in index order;
relevance ranking starts once the query narrows it down (at most :data:`RANK_AT_MOST` matches:
bm25, a word in the title weighing ten times one in the body, as configured on the table).
:func:`search` with a session (resolving a typed name to one record inside the caller's
transaction) always ranks: the best match must be among its candidates, whatever it costs.

Two statements per search, both on the FTS5 table or its rowid: the rowids (exactly the
``SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?`` a bare FTS5
search runs, or its unranked variants), then ``search_docs`` for those rowids, ordered in
Python. :func:`search_store` (``Liaison.search``: the search box, list filters, pickers) runs
them on a pooled DBAPI connection in one ``BEGIN DEFERRED`` read transaction, without an ORM
session (which cost more than a narrow search itself); every call checks a connection out of
the pool and returns it, so each thread (the window, the database worker, the search thread)
works on a connection of its own. :func:`search` runs the same statements in a session.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Table, delete, insert, select, text
from sqlalchemy.orm import Session

from liaison.services import vocabulary as v
from liaison.services.entities import ATTACHMENT_OWNERS
from liaison.services.file_text import fold_text
from liaison.store import models as m
from liaison.store.engine import Store
from liaison.store.local import Setting
from liaison.store.reference import STATES
from liaison.text import KEY_VERSION, fts_prefix_query, index_key
from liaison.text.collate import sort_key

STATE_NAMES = {code: name for code, name, _status in STATES}


@dataclass(frozen=True)
class Hit:
    """One search result."""

    kind: str  # contact | institution | event | minutes | bilateral | action | plan
    id: str
    title: str
    subtitle: str | None
    rank: int
    """The hit's position in the results: 0 for the first (not a relevance score)."""
    attachment: str | None = None
    """When the words were found inside an attached file: the attachment's id (the hit is its
    owner record, ``subtitle`` names the file)."""


@dataclass(frozen=True)
class Doc:
    title: str
    subtitle: str | None
    title_text: str
    body_text: str
    kind: str | None = None
    """The hit's kind when it is not the entity's own (a file's text: its owner's kind)."""
    owner_id: str | None = None
    """A file's text: the record the hit opens."""
    body_key: str | None = None
    """The body's search key when already folded (a file's text, folded when read)."""


def _join(*parts: Any) -> str:
    return " ".join(str(p) for p in parts if p)


def _subtitle(*parts: Any) -> str:
    """What a hit shows under its title: "Minister · Ministry of Labour", "2023-11-22 · Bishkek"."""
    return " · ".join(str(p) for p in parts if p)


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _row(session: Session, model: type[m.Synced], record_id: str | None) -> Mapping[str, Any] | None:
    if not record_id:
        return None
    row = session.execute(select(_table(model)).where(_table(model).c.id == record_id)).mappings().first()
    return None if row is None else dict(row)


def _names(session: Session, model: type[m.Synced], ids: Iterable[str | None], column: str) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    table = _table(model)
    rows = session.execute(select(table.c.id, table.c[column]).where(table.c.id.in_(wanted))).all()
    return {row[0]: row[1] for row in rows}


def _children(session: Session, model: type[m.Synced], parent_column: str, parent_id: str) -> list[Any]:
    table = _table(model)
    query = select(table).where(table.c[parent_column] == parent_id, table.c.deleted.is_(False))
    if "position" in table.c:
        query = query.order_by(table.c.position)
    return list(session.execute(query).mappings())


def _contact_doc(session: Session, row: Mapping[str, Any], institutions: Mapping[str, str]) -> Doc:
    institution = institutions.get(row["institution_id"] or "")
    title = row["name"] if not row["latin_name"] else f"{row['name']} ({row['latin_name']})"
    return Doc(
        title=title,
        subtitle=_subtitle(row["position"], institution) or None,
        title_text=_join(row["name"], row["latin_name"]),
        body_text=_join(
            row["honorific"],
            row["position"],
            institution,
            STATE_NAMES.get(row["state_code"] or ""),
            " ".join(row["emails"] or []),
            " ".join(row["tags"] or []),
            row["notes"],
        ),
    )


def contact_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    return _contact_doc(session, row, _names(session, m.Institution, [row["institution_id"]], "name"))


def institution_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    parent = _names(session, m.Institution, [row["parent_id"]], "name").get(row["parent_id"] or "")
    return Doc(
        title=row["name"] if not row["short_name"] else f"{row['name']} ({row['short_name']})",
        subtitle=_subtitle(STATE_NAMES.get(row["state_code"] or ""), row["city"]) or None,
        title_text=_join(row["name"], row["native_name"], row["short_name"]),
        body_text=_join(
            parent, row["city"], STATE_NAMES.get(row["state_code"] or ""), row["website"], row["notes"]
        ),
    )


def event_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    agenda = _children(session, m.AgendaItem, "event_id", row["id"])
    return Doc(
        title=row["title"],
        subtitle=_subtitle(row["start_date"], row["city"]) or None,
        # "the 5th meeting in Bishkek": the place and the year name an event as much as its title
        title_text=_join(row["title"], row["city"], row["start_date"].year if row["start_date"] else None),
        body_text=_join(
            v.EVENT_KINDS.get(row["kind"], ""),
            row["city"],
            row["venue"],
            row["start_date"].year if row["start_date"] else None,
            row["description"],
            *(_join(item["title"], item["description"]) for item in agenda),
        ),
    )


def minutes_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    event = _row(session, m.Event, row["event_id"])
    entries = _children(session, m.MinutesEntry, "minutes_id", row["id"])
    event_title = event["title"] if event else ""
    return Doc(
        title=row["title"] or event_title,  # the hit's kind says "minutes"; the UI translates it
        subtitle=_subtitle(
            event["start_date"] if event else None, event["city"] if event else None, row["status"]
        ),
        title_text=_join(row["title"], "minutes", event_title),
        body_text=_join(
            row["summary"],
            *(_join(e["heading"], e["notes"], e["decisions"]) for e in entries),
        ),
    )


def bilateral_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    parties = _children(session, m.BilateralParty, "bilateral_id", row["id"])
    people = _names(session, m.Contact, (p["contact_id"] for p in parties), "name")
    latin = _names(session, m.Contact, (p["contact_id"] for p in parties), "latin_name")
    bodies = _names(session, m.Institution, (p["institution_id"] for p in parties), "name")
    return Doc(
        title=row["title"],
        subtitle=_subtitle(row["date"], row["city"]) or None,
        title_text=row["title"],
        body_text=_join(
            *people.values(),
            *(name for name in latin.values() if name),
            *bodies.values(),
            *(STATE_NAMES.get(p["state_code"] or "", "") for p in parties),
            row["topics"],
            row["outcomes"],
            row["notes"],
        ),
    )


def action_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    who = _names(session, m.Institution, [row["assignee_institution_id"]], "name")
    person = _names(session, m.Contact, [row["assignee_contact_id"]], "name")
    return Doc(
        title=row["title"],
        subtitle=_subtitle(row["due_date"], row["status"]) or None,
        title_text=row["title"],
        body_text=_join(*who.values(), *person.values(), row["description"]),
    )


def plan_doc(session: Session, row: Mapping[str, Any]) -> Doc:
    activities = _children(session, m.PlanActivity, "plan_id", row["id"])
    return Doc(
        title=row["title"],
        subtitle=_subtitle(row["year"], row["status"]),
        title_text=_join(row["title"], row["year"]),
        body_text=_join(
            row["notes"], *(_join(a["title"], a["description"], a["timeframe"]) for a in activities)
        ),
    )


FILE_KIND = "file"
"""The kind, in the FTS table, of the text of attached files: searches for records of given
kinds (pickers, list filters, names typed on the command line) never find inside files; the
search box and ``liaison search`` do, and ``--kind file`` finds only there."""

OWNER_KINDS: dict[str, str] = {"documents": "document"}
"""Hit kinds of owners that have no search document of their own."""


def _owner_title(session: Session, entity: str, row: Mapping[str, Any]) -> str:
    if entity == "minutes" and not row.get("title"):
        event = _row(session, m.Event, row.get("event_id"))
        return str(event["title"]) if event else ""
    return str(row.get("title") or row.get("name") or "")


def attachment_doc(session: Session, row: Mapping[str, Any]) -> Doc | None:
    """A live attachment's document: its file name (title key) and the text read from its
    bytes (body key, when read: ``attachment_texts``); the hit is its owner record, titled as
    the owner, with the file's name as subtitle. None while the owner is not here or deleted."""
    if row["role"] == "photo":  # a contact's photo is no paper to search
        return None
    entity = row["owner_entity"]
    model = ENTITY_MODELS.get(entity)
    owner = _row(session, model, row["owner_id"]) if model is not None else None
    if owner is None or owner["deleted"]:
        return None
    texts = _table(m.AttachmentText)
    read = session.execute(
        select(texts.c.text, texts.c.key, texts.c.key_version).where(
            texts.c.sha256 == row["sha256"], texts.c.status == "text"
        )
    ).first()
    key = ""
    if read is not None:
        key = read.key if read.key_version == KEY_VERSION else fold_text(read.text)
    kind = INDEXED[entity][0] if entity in INDEXED else OWNER_KINDS.get(entity, entity)
    return Doc(
        title=_owner_title(session, entity, owner),
        subtitle=row["name"],  # the window says "in the attached file …" (Hit.attachment tells)
        title_text=row["name"],
        body_text="",
        kind=kind,
        owner_id=row["owner_id"],
        body_key=key,
    )


Builder = Callable[[Session, Mapping[str, Any]], Doc | None]

INDEXED: dict[str, tuple[str, type[m.Synced], Builder]] = {
    "contacts": ("contact", m.Contact, contact_doc),
    "institutions": ("institution", m.Institution, institution_doc),
    "events": ("event", m.Event, event_doc),
    "minutes": ("minutes", m.Minutes, minutes_doc),
    "bilaterals": ("bilateral", m.Bilateral, bilateral_doc),
    "action_items": ("action", m.ActionItem, action_doc),
    "joint_action_plans": ("plan", m.JointActionPlan, plan_doc),
    "attachments": (FILE_KIND, m.Attachment, attachment_doc),
}
"""Entities with their own search hits: entity -> (hit kind, model, document builder)."""

CONTAINED: dict[str, tuple[str, str]] = {
    "agenda_items": ("event_id", "events"),
    "minutes_entries": ("minutes_id", "minutes"),
    "bilateral_parties": ("bilateral_id", "bilaterals"),
    "plan_activities": ("plan_id", "joint_action_plans"),
}
"""Entities whose text is part of their parent's document: entity -> (parent field, parent)."""

_FILES = ("attachments", "owner_id")
DEPENDENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "institutions": (("contacts", "institution_id"),),
    "events": (("minutes", "event_id"), _FILES),
    **{owner: (_FILES,) for owner in ATTACHMENT_OWNERS if owner != "events"},
}
"""Documents that quote another record's name: when it changes they are rebuilt (a file's
document is titled as its owner)."""


SEARCH_KINDS = tuple(kind for kind, _model, _builder in INDEXED.values())


def _write_doc(session: Session, kind: str, record_id: str, doc: Doc | None) -> None:
    docs = _table(m.SearchDoc)
    rowid = session.execute(select(docs.c.id).where(docs.c.record_id == record_id)).scalar()
    if rowid is not None:
        session.execute(text("DELETE FROM search_fts WHERE rowid = :rowid"), {"rowid": rowid})
        if doc is None:
            session.execute(delete(docs).where(docs.c.id == rowid))
            return
        session.execute(
            docs.update()
            .where(docs.c.id == rowid)
            .values(title=doc.title, subtitle=doc.subtitle, kind=doc.kind or kind, owner_id=doc.owner_id)
        )
    elif doc is None:
        return
    else:
        rowid = session.execute(
            insert(docs)
            .values(
                kind=doc.kind or kind,
                record_id=record_id,
                title=doc.title,
                subtitle=doc.subtitle,
                owner_id=doc.owner_id,
            )
            .returning(docs.c.id)
        ).scalar_one()
    session.execute(
        text("INSERT INTO search_fts(rowid, title, body, kind) VALUES (:rowid, :title, :body, :kind)"),
        {
            "rowid": rowid,
            "title": index_key(doc.title_text),
            "body": index_key(doc.body_text) if doc.body_key is None else doc.body_key,
            "kind": kind,
        },
    )


SORTED_BY_NAME: dict[str, str] = {"contacts": "name", "institutions": "name"}
"""Entities whose lists sort by a name: entity -> the column whose :func:`sort_key` is kept in
``name_sort`` (indexed: the lists page through it). It is kept where the search key is, so
every path that writes a name (the services, ``create_many``, sync's replica) keeps both."""
SORT_COLUMN = "name_sort"


def fill_sort_keys(entity: str, rows: Iterable[MutableMapping[str, Any]]) -> None:
    """Set ``name_sort`` in rows about to be written (bulk paths, which write whole rows)."""
    column = SORTED_BY_NAME.get(entity)
    if column is not None:
        for row in rows:
            row[SORT_COLUMN] = sort_key(row.get(column))


def _keep_sort_keys(session: Session, entity: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """Write the ``name_sort`` of rows just written whose stored key is not their name's."""
    column = SORTED_BY_NAME.get(entity)
    if column is None:
        return
    stale = []
    for row in rows:
        key = sort_key(row.get(column))
        if row.get(SORT_COLUMN) != key:
            stale.append((key, row["id"]))
    if stale:
        session.connection().exec_driver_sql(f"UPDATE {entity} SET {SORT_COLUMN} = ? WHERE id = ?", stale)


def reindex(session: Session, entity: str, record_id: str) -> None:
    """Bring the index up to date for one record just written (and what quotes it), and its
    name's sort key."""
    if entity in CONTAINED:
        parent_field, parent_entity = CONTAINED[entity]
        row = _row(session, ENTITY_MODELS[entity], record_id)
        if row is not None and row[parent_field]:
            reindex(session, parent_entity, row[parent_field])
        return
    if entity not in INDEXED:
        return
    kind, model, builder = INDEXED[entity]
    row = _row(session, model, record_id)
    if row is not None:
        _keep_sort_keys(session, entity, [row])
    doc = builder(session, row) if row is not None and not row["deleted"] else None
    _write_doc(session, kind, record_id, doc)


def reindex_dependents(
    session: Session, entity: str, record_id: str, *, besides: Container[str] = ()
) -> None:
    """Rebuild the documents that quote this record's name, except those ``besides``."""
    reindex_dependents_of(session, entity, [record_id], besides=besides)


def reindex_dependents_of(
    session: Session, entity: str, record_ids: Sequence[str], *, besides: Container[str] = ()
) -> None:
    """:func:`reindex_dependents` for many records of one entity: one query per dependent
    entity and block of ids (a pulled page may update thousands of contacts)."""
    for dependent, column in DEPENDENTS.get(entity, ()):
        table = _table(ENTITY_MODELS[dependent])
        clauses: list[ColumnElement[bool]] = [table.c.deleted.is_(False)]
        if dependent == "attachments":  # the owner index leads with the owner's entity
            clauses.append(table.c.owner_entity == entity)
        for start in range(0, len(record_ids), _DOCS_PER_STATEMENT):
            block = record_ids[start : start + _DOCS_PER_STATEMENT]
            ids = session.execute(select(table.c.id).where(table.c[column].in_(block), *clauses)).scalars()
            for dependent_id in list(ids):
                if dependent_id not in besides:
                    reindex(session, dependent, dependent_id)


def index_new_contacts(session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
    """Index freshly created contacts in bulk: two statements, not four per contact (plain
    SQL with positional parameters: a first sync indexes 100,000 of them).

    The search keys are folded part by part (the keys of texts joined with spaces are their
    keys joined with spaces, ``tests/text``), and the parts many contacts share (a position,
    an institution, a state, tags) once each: folding was a fifth of a first sync."""
    institutions = _names(session, m.Institution, (r.get("institution_id") for r in rows), "name")
    columns = _table(m.Contact).c.keys()
    full = [row if len(row) >= len(columns) else {**dict.fromkeys(columns), **row} for row in rows]
    shared = functools.lru_cache(maxsize=4096)(index_key)
    docs: list[tuple[str, str | None]] = []
    keys: list[tuple[str, str]] = []
    for row in full:
        institution = institutions.get(row["institution_id"] or "")
        name, latin = row["name"], row["latin_name"]
        docs.append(
            (name if not latin else f"{name} ({latin})", _subtitle(row["position"], institution) or None)
        )
        body = (
            shared(row["honorific"] or ""),
            shared(row["position"] or ""),
            shared(institution or ""),
            shared(STATE_NAMES.get(row["state_code"] or "", "")),
            index_key(" ".join(row["emails"] or [])),
            shared(" ".join(row["tags"] or [])),
            index_key(row["notes"] or ""),
        )
        keys.append((index_key(_join(name, latin)), " ".join(part for part in body if part)))
    _insert_docs(
        session,
        "contact",
        [(row["id"], *doc, *key, None, None) for row, doc, key in zip(full, docs, keys, strict=True)],
    )


def index_new(session: Session, entity: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Index records just inserted (no document yet) from their complete rows, in bulk: a
    first sync brings hundreds of institutions and events, and one statement per document
    and table cost more than building them."""
    _keep_sort_keys(session, entity, rows)
    if entity == "contacts":
        index_new_contacts(session, rows)
        return
    kind, _model, builder = INDEXED[entity]
    built = [(row["id"], builder(session, row)) for row in rows if not row["deleted"]]
    _insert_docs(
        session,
        kind,
        [
            (
                record_id,
                doc.title,
                doc.subtitle,
                index_key(doc.title_text),
                index_key(doc.body_text) if doc.body_key is None else doc.body_key,
                doc.kind,
                doc.owner_id,
            )
            for record_id, doc in built
            if doc is not None
        ],
    )


NewDoc = tuple[str, str, str | None, str, str, str | None, str | None]
"""A document to insert: record id, title, subtitle, title key, body key, the hit's kind when
not the entity's own, the owner record (a file's text)."""


def _insert_docs(session: Session, kind: str, docs: Sequence[NewDoc]) -> None:
    """Documents of records not indexed yet."""
    if not docs:
        return
    connection = session.connection()
    first = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM search_docs").scalar_one()
    connection.exec_driver_sql(
        "INSERT INTO search_docs (id, kind, record_id, title, subtitle, owner_id) VALUES (?, ?, ?, ?, ?, ?)",
        [(first + n, doc[5] or kind, *doc[:3], doc[6]) for n, doc in enumerate(docs, start=1)],
    )
    connection.exec_driver_sql(
        "INSERT INTO search_fts (rowid, title, body, kind) VALUES (?, ?, ?, ?)",
        [(first + n, doc[3], doc[4], kind) for n, doc in enumerate(docs, start=1)],
    )


def rebuild(session: Session) -> int:
    """Rebuild the whole index from the records (after an import, a repair or a new key);
    returns the number of documents. In bulk, a few thousand records a statement."""
    session.execute(text("DELETE FROM search_fts"))
    session.execute(delete(_table(m.SearchDoc)))
    count = 0
    for entity, (_kind, model, _builder) in INDEXED.items():
        table = _table(model)
        rows = session.execute(select(table).where(table.c.deleted.is_(False))).mappings()
        while chunk := [dict(row) for row in rows.fetchmany(_REBUILD_CHUNK)]:
            index_new(session, entity, chunk)
            count += len(chunk)
    return count


_REBUILD_CHUNK = 5000
KEY_VERSION_SETTING = "search_key_version"
"""The settings row naming the :data:`liaison.text.KEY_VERSION` the index was built with."""


def ensure_current(store: Store) -> bool:
    """Rebuild the index if it was built with another search key (a newer Liaison reads the
    same names differently); True when it did. A read, unless the key changed: an index
    without documents is only stamped."""
    with store.read() as session:
        stamped = session.get(Setting, KEY_VERSION_SETTING)
        if stamped is not None and stamped.value == KEY_VERSION:
            return False
    with store.write() as session:
        row = session.get(Setting, KEY_VERSION_SETTING)
        if row is not None and row.value == KEY_VERSION:
            return False
        built = session.execute(select(_table(m.SearchDoc).c.id).limit(1)).first() is not None
        if built:
            rebuild(session)
        session.merge(Setting(key=KEY_VERSION_SETTING, value=KEY_VERSION))
        return built


RANK_AT_MOST = 1000
"""Rank with bm25 only when at most this many records match (see the module docstring)."""

_RANKED = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?"
_UNRANKED = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?"
_DOCS = "SELECT id, kind, record_id, title, subtitle, owner_id FROM search_docs WHERE id IN ({})"
_DOCS_PER_STATEMENT = 500  # bound parameters per statement stay far below SQLite's limit

Run = Callable[[str, tuple[Any, ...]], Sequence[Sequence[Any]]]
"""Runs one SQL statement with qmark parameters and returns all its rows."""


def _expressions(query: str, kinds: Sequence[str] | None) -> tuple[str, str] | None:
    """The MATCH expressions for ``query``: (title or body, title only); None when blank."""
    match = fts_prefix_query(query)
    if match is None:
        return None
    kind_filter = ""
    if kinds:
        unknown = set(kinds) - set(SEARCH_KINDS)
        if unknown:
            raise ValueError(f"unknown search kinds: {sorted(unknown)}")
        kind_filter = " AND kind : (" + " OR ".join(kinds) + ")"
    return f"{{title body}} : ({match}){kind_filter}", f"{{title}} : ({match}){kind_filter}"


def _rowids(run: Run, everywhere: str, titles: str, limit: int, rank_at_most: int | None) -> list[int]:
    """The rowids of the hits, best first (see the module docstring for the order)."""
    if rank_at_most is None:
        return [row[0] for row in run(_RANKED, (everywhere, limit))]
    probe = [row[0] for row in run(_UNRANKED, (everywhere, rank_at_most + 1))]
    if len(probe) <= rank_at_most:
        return [row[0] for row in run(_RANKED, (everywhere, limit))] if probe else []
    rowids = [row[0] for row in run(_UNRANKED, (titles, limit))]
    if len(rowids) < limit:
        first = set(rowids)
        others = probe
        if len(probe) - len(first) < limit - len(rowids):  # more wanted than the probe holds
            others = [row[0] for row in run(_UNRANKED, (everywhere, limit + len(first)))]
        rowids += [rowid for rowid in others if rowid not in first][: limit - len(rowids)]
    return rowids


def _find(run: Run, expressions: tuple[str, str], limit: int, rank_at_most: int | None) -> list[Hit]:
    rowids = _rowids(run, *expressions, limit, rank_at_most)
    docs: dict[int, Sequence[Any]] = {}
    for start in range(0, len(rowids), _DOCS_PER_STATEMENT):
        chunk = tuple(rowids[start : start + _DOCS_PER_STATEMENT])
        for row in run(_DOCS.format(",".join("?" * len(chunk))), chunk):
            docs[row[0]] = row
    ordered = (docs[rowid] for rowid in rowids if rowid in docs)
    return [
        Hit(kind=row[1], id=row[2], title=row[3], subtitle=row[4], rank=position)
        if row[5] is None
        else Hit(kind=row[1], id=row[5], title=row[3], subtitle=row[4], rank=position, attachment=row[2])
        for position, row in enumerate(ordered)
    ]


def search(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    kinds: Sequence[str] | None = None,
    rank_at_most: int | None = None,
) -> list[Hit]:
    """Hits for what the officer typed, each word a prefix, in ``session``'s transaction.

    Ranked by bm25 however many records match, unless ``rank_at_most`` is given (then as
    :func:`search_store`). Used to resolve a typed name to a record, where the best match
    must be among the candidates."""
    expressions = _expressions(query, kinds)
    if expressions is None or limit <= 0:
        return []

    def run(sql: str, parameters: tuple[Any, ...]) -> Sequence[Sequence[Any]]:
        return session.connection().exec_driver_sql(sql, parameters).all()

    return _find(run, expressions, limit, rank_at_most)


def search_store(
    store: Store,
    query: str,
    *,
    limit: int = 50,
    kinds: Sequence[str] | None = None,
    rank_at_most: int | None = RANK_AT_MOST,
) -> list[Hit]:
    """Hits for what the officer typed, each word a prefix (search as you type), best first.

    ``Hit.rank`` is the hit's position (0 = first). Ranked by bm25 when at most
    ``rank_at_most`` records match, else title matches first (see the module docstring).
    Safe to call from any thread: one read transaction on a connection of its own."""
    expressions = _expressions(query, kinds)  # a blank query or bad kinds: no connection needed
    if expressions is None or limit <= 0:
        return []
    with store.raw_read() as connection:

        def run(sql: str, parameters: tuple[Any, ...]) -> Sequence[Sequence[Any]]:
            return connection.execute(sql, parameters).fetchall()

        return _find(run, expressions, limit, rank_at_most)


ENTITY_MODELS: dict[str, type[m.Synced]] = dict(m.SYNCED_MODELS)
