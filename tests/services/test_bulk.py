"""Bulk creation (imports) stores exactly what creating the records one by one stores.

``create_many`` writes with one ``executemany`` of tuples per table instead of going through the
SQL expression layer per record; these tests hold it to the single-record path, byte for byte:
the record rows, the outbox entries and the search index.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from liaison.services import changes
from liaison.services.app import Liaison
from liaison.services.bulk_insert import insert_many
from liaison.services.errors import ReadOnlyError, ValidationError
from liaison.store.engine import DB_FILENAME
from liaison.store.local import OutboxEntry

SEED = 1918
CYRILLIC = (
    ("Бакыт", "Гульнара", "Нурлан", "Айгерим", "Эркин", "Жылдыз", "Асель", "Ерлан", "Динара"),
    ("Омуралиев", "Батырова", "Сапарбекулы", "Токтогулова", "Жумабаев", "Касымова", "Нурланулы"),
)
TURKISH = (
    ("Ayşe", "Çağrı", "Gökhan", "Şule", "Özlem", "İlker", "Ümit", "Büşra", "Yiğit"),
    ("Yıldız", "Öztürk", "Şahin", "Çelik", "Aksoy", "Kılıç", "Doğan", "Işık", "Güler"),
)
AZERI = (
    ("Elçin", "Rəşad", "Aynur", "Günel", "Vüqar", "Nərmin", "Leyla", "Orxan", "Səbinə"),
    ("Məmmədov", "Əliyeva", "Hüseynov", "Həsənova", "Quliyev", "Rzayeva", "İsmayılov", "Cəfərova"),
)
POSITIONS = ("Chairman", "Председатель", "Daire Başkanı", "Şöbə müdiri", "  Adviser to the Minister  ", "")
TAGS = ("youth forum", "media", "VIP", "alumni", "women leaders", "2024 forum", "Медиа", "gençlik")
LANGUAGES = ("ky", "ru", "Tr", "az-Latn", "uz-Cyrl", "kk", "en-GB", "tk")
# (phone as typed, state giving its region when it has no +CC)
PHONES = (
    ("+996 555 123 456", None),
    ("0700 987 654", "KG"),
    ("8 701 234 56 78", "KZ"),
    ("+7 777 123 45 67", "KG"),  # the +CC wins over the state's region
    ("0532 123 45 67", "TR"),
    ("0533 840 12 34", "TRNC"),  # TRNC numbers are dialled as Türkiye's
    ("050 123 45 67", "AZ"),
    ("90 123 45 67", "UZ"),
    ("+90 542 765 43 21 ext. 12", None),
)
NOTE = (
    "Met at the 5th Meeting of the Ministers in Bishkek.\r\n"
    "Встречались на форуме молодёжи; обещал прислать концепцию.\r\n\r\n"
    "Toplantıda gençlik forumu konuşuldu — Məmmədov bəy iştirak etdi.\t(see minutes)\n"
)
SYNC_TIMES = ("id", "created_at", "updated_at")
STORED_DATETIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def _people(rng: random.Random, count: int) -> Iterator[tuple[str, str | None, str]]:
    """Unique (name, latin name, state) in Cyrillic, Turkish and Azerbaijani, in turn."""
    for n in range(count):
        script, k = n % 3, n // 3
        given, family = (CYRILLIC, TURKISH, AZERI)[script]
        pairs = len(given) * len(family)
        name = f"{given[k % len(given)]} {family[k // len(given) % len(family)]}"
        if k >= pairs:  # a double-barrelled surname keeps every name unique
            name += f"-{family[k // pairs % len(family)]}"
        if script == 0:
            yield name, None if n % 2 else f"Latin {n}", rng.choice(("KG", "KZ"))
        elif script == 1:
            yield name, None, rng.choice(("TR", "TRNC"))
        else:
            yield name, name.replace("ə", "a").replace("Ə", "A") if n % 2 else None, "AZ"


def contact_rows(institutions: list[str], count: int = 300) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    rows: list[dict[str, Any]] = []
    for n, (name, latin, state) in enumerate(_people(rng, count)):
        local = f"user{n}"
        row: dict[str, Any] = {"name": f"  {name} " if n % 11 == 0 else name, "state_code": state}
        if latin is not None:
            row["latin_name"] = latin
        if n % 2:
            row["position"] = rng.choice(POSITIONS)
        if n % 3 == 0:
            row["institution_id"] = institutions[n % len(institutions)]
        if n % 5 == 0:  # several e-mails typed in one box, a duplicate among them
            row["emails"] = f"{local}@Otandastar.KZ; {local}.work@MFA.GOV.KG, {local}@otandastar.kz"
        elif n % 5 != 4:
            row["emails"] = [f"{local.title()}@YTB.Gov.TR"]
        if n % 4 == 0:
            phone, region = PHONES[n % len(PHONES)]
            row["phones"] = [phone]
            if region is not None:
                row["state_code"] = region
        if n % 6 == 0:
            row["tags"] = rng.sample(TAGS, k=rng.randint(1, 3))
        elif n % 6 == 1:
            row["tags"] = "media, VIP"
        if n % 4 == 1:
            row["languages"] = rng.sample(LANGUAGES, k=rng.randint(1, 3))
        if n % 10 == 0:
            row["notes"] = NOTE * rng.randint(1, 40)
        elif n % 10 == 1:
            row["notes"] = ""
        if n % 13 == 0:
            row["honorific"] = rng.choice(("H.E.", "Dr.", "Prof.", "Sayın", "Г-н"))
        if n % 17 == 0:
            row["visibility"] = rng.choice(("Shared", "private", " institution "))
        if n % 19 == 0:
            row["owner_institution_id"] = institutions[-1]
        if n % 23 == 0:
            row["latin_name"] = None
            row["phones"] = []
        rows.append(row)
    return rows


def event_rows(institutions: list[str], count: int = 40) -> list[dict[str, Any]]:
    return [
        {
            "kind": "ministerial_meeting" if n % 2 else "Youth forum",
            "title": f"Meeting {n} — Кеңешме {n}",
            "number": n + 1 if n % 3 else None,
            "start_date": f"2024-0{n % 9 + 1}-1{n % 10}",
            "end_date": date(2024, n % 9 + 1, 20) if n % 4 == 0 else None,
            "city": ("Bishkek", "Astana", "Bakı", "İstanbul")[n % 4],
            "country": ("kg", "KZ", "az", "tr")[n % 4],
            "host_institution_id": institutions[n % len(institutions)] if n % 2 else None,
            "description": NOTE if n % 5 == 0 else None,
        }
        for n in range(count)
    ]


@pytest.fixture
def template(tmp_path: Path) -> tuple[Path, list[str]]:
    """A data directory with institutions and a home institution; copies of it start every
    path from the same ids."""
    folder = tmp_path / "template"
    with Liaison.open(folder) as app:
        ids = [
            app.institutions.create({"name": name, "state_code": state})["id"]
            for name, state in (
                ("NJSC Otandastar Qory", "KZ"),
                ("Кыргыз диаспора борбору", "KG"),
                ("Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı", "TR"),
                ("Diaspora ilə İş üzrə Dövlət Komitəsi", "AZ"),
            )
        ]
        app.settings.set("home_institution_id", ids[0])
    return folder, ids


def copy_of(template: Path, name: str) -> Path:
    target = template.parent / name
    shutil.copytree(template, target)
    return target


def stored(folder: Path, entity: str) -> dict[str, dict[str, Any]]:
    """What is on disk for each record of ``entity``, keyed by its name or title: the row as
    SQLite holds it (no id or times), its outbox entries, its search document and keys."""
    key = "name" if entity == "contacts" else "title"
    with closing(sqlite3.connect(folder / DB_FILENAME)) as db:
        db.row_factory = sqlite3.Row
        out: dict[str, dict[str, Any]] = {}
        for row in db.execute(f"SELECT * FROM {entity}"):
            record = {k: row[k] for k in row.keys() if k not in SYNC_TIMES}  # noqa: SIM118
            outbox = [
                (e["op"], e["base_rev"], e["batch_id"], e["fields"])
                for e in db.execute(
                    "SELECT * FROM outbox WHERE entity = ? AND record_id = ? ORDER BY seq",
                    (entity, row["id"]),
                )
            ]
            doc = db.execute(
                "SELECT d.kind, d.title, d.subtitle, f.title, f.body, f.kind FROM search_docs d "
                "JOIN search_fts f ON f.rowid = d.id WHERE d.record_id = ?",
                (row["id"],),
            ).fetchall()
            assert STORED_DATETIME.match(row["created_at"]), row["created_at"]
            assert row["created_at"] == row["updated_at"]
            assert record[key] not in out, f"duplicate {record[key]!r}"
            out[record[key]] = {"row": record, "outbox": outbox, "search": [tuple(d) for d in doc]}
        return out


def test_bulk_create_stores_what_one_by_one_creation_stores(template: tuple[Path, list[str]]) -> None:
    folder, institutions = template
    rows = contact_rows(institutions)
    events = event_rows(institutions)
    bulk_dir, single_dir = copy_of(folder, "bulk"), copy_of(folder, "single")
    with Liaison.open(bulk_dir) as app:
        ids = app.contacts.create_many(rows, chunk=64)  # several chunks, the last one short
        event_ids = app.events.create_many(events, chunk=16)
    with Liaison.open(single_dir) as app:
        for row in rows:
            app.contacts.create(row)
        for row in events:
            app.events.create(row)
    assert len(set(ids)) == len(rows) == 300 and len(set(event_ids)) == len(events)
    for entity in ("contacts", "events"):
        bulk, single = stored(bulk_dir, entity), stored(single_dir, entity)
        assert len(bulk) == len(single) == (len(rows) if entity == "contacts" else len(events))
        assert bulk.keys() == single.keys()
        for name, expected in single.items():
            assert bulk[name] == expected, name
            assert len(expected["outbox"]) == 1 and len(expected["search"]) == 1
    # the rows are as varied as they claim to be
    contacts = stored(bulk_dir, "contacts")
    phones = {p for c in contacts.values() for p in json.loads(c["row"]["phones"])}
    assert {
        "+996555123456",
        "+996700987654",
        "+905338401234",
        "+77771234567",
        "+905427654321;ext=12",
    } <= phones
    emails = {e for c in contacts.values() for e in json.loads(c["row"]["emails"])}
    assert "user0.work@mfa.gov.kg" in emails and "User1@ytb.gov.tr" in emails
    assert sum(c["row"]["institution_id"] is not None for c in contacts.values()) == 100
    assert {c["row"]["owner_institution_id"] for c in contacts.values()} == {
        institutions[0],
        institutions[-1],
    }
    assert max(len(c["row"]["notes"] or "") for c in contacts.values()) > 5000


def test_bulk_outbox_entries_are_compact_json_the_orm_reads(template: tuple[Path, list[str]]) -> None:
    folder, institutions = template
    with Liaison.open(folder) as app:
        [contact_id] = app.contacts.create_many([{"name": "Омуралиев Бакыт", "tags": ["Медиа", "VIP"]}])
        [event_id] = app.events.create_many(event_rows(institutions, 1))
        single = app.contacts.create({"name": "Gökhan Işık", "emails": ["G.Isik@YTB.GOV.TR"]})
        app.contacts.update(single["id"], {"notes": "Gençlik forumu"})  # folds into its create
        with app.store.read() as session:
            entries = {e.record_id: e for e in session.scalars(select(OutboxEntry))}
    with closing(sqlite3.connect(folder / DB_FILENAME)) as db:
        texts = dict(db.execute("SELECT record_id, fields FROM outbox"))
    for record_id, text in texts.items():
        assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
        assert entries[record_id].fields == json.loads(text)  # the ORM's JSON type reads it
    assert '"name":"Омуралиев Бакыт"' in texts[contact_id]
    assert entries[contact_id].fields["tags"] == ["Медиа", "VIP"]
    assert entries[event_id].fields["start_date"] == "2024-01-10"  # dates travel as ISO text
    assert entries[single["id"]].op == "create"
    assert entries[single["id"]].fields["notes"] == "Gençlik forumu"
    assert entries[single["id"]].fields["emails"] == ["G.Isik@ytb.gov.tr"]


def test_bulk_created_records_read_back_as_python_values(template: tuple[Path, list[str]]) -> None:
    folder, institutions = template
    with Liaison.open(folder) as app:
        [contact_id] = app.contacts.create_many(
            [
                {
                    "name": "Aynur Əliyeva",
                    "emails": "A@MFA.GOV.AZ; b@mfa.gov.az",
                    "languages": ["az-Latn", "Ru"],
                }
            ]
        )
        [event_id] = app.events.create_many(event_rows(institutions, 1))
        contact = app.contacts.get(contact_id)
        event = app.events.get(event_id)
        listed = app.contacts.list({"id": contact_id})
    assert contact["emails"] == ["A@mfa.gov.az", "b@mfa.gov.az"]
    assert contact["languages"] == ["az-Latn", "ru"]
    assert contact["phones"] == [] and contact["tags"] == []
    assert contact["deleted"] is False and contact["server_rev"] == 0 and contact["deleted_at"] is None
    assert isinstance(contact["created_at"], datetime) and contact["created_at"] == contact["updated_at"]
    assert contact["owner_institution_id"] == institutions[0]
    assert listed[0]["emails"] == contact["emails"]
    assert event["start_date"] == date(2024, 1, 10) and event["end_date"] == date(2024, 1, 20)
    assert isinstance(event["created_at"], datetime)


def counts(folder: Path) -> tuple[int, ...]:
    with closing(sqlite3.connect(folder / DB_FILENAME)) as db:
        return tuple(
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("contacts", "outbox", "search_docs", "search_fts")
        )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"emails": ["broken@"]}, "Row 120: E-mail: “broken@” is not a valid e-mail address."),
        ({"phones": ["12"], "name": " "}, "Row 120: Name is required."),
        (
            {"institution_id": "00000000-0000-0000-0000-000000000000"},
            "Row 120: Institution: no record matches",
        ),
        ({"colour": "red"}, "Row 120: "),
    ],
)
def test_a_bad_row_names_itself_and_nothing_is_written(
    template: tuple[Path, list[str]], row: dict[str, Any], message: str
) -> None:
    folder, institutions = template
    rows = contact_rows(institutions, 150)
    rows[119] = {**rows[119], **row}
    before = counts(folder)
    with Liaison.open(folder) as app, pytest.raises(ValidationError) as caught:
        app.contacts.create_many(rows, chunk=50)  # rows 1-100 are inserted when row 120 fails
    assert caught.value.message().startswith(message)
    assert counts(folder) == before


def test_a_row_with_several_wrong_references_names_them_all(template: tuple[Path, list[str]]) -> None:
    folder, institutions = template
    rows = contact_rows(institutions, 10)
    missing = "00000000-0000-0000-0000-000000000000"
    rows[8].update(institution_id=missing, owner_institution_id=missing)
    rows[9].update(institution_id=missing)
    with Liaison.open(folder) as app, pytest.raises(ValidationError) as caught:
        app.contacts.create_many(rows)
    assert caught.value.message().startswith("Row 9: ")
    assert [e.field for e in caught.value.errors] == ["institution_id", "owner_institution_id"]


def test_outbox_text_falls_back_to_escapes_for_what_utf8_cannot_hold() -> None:
    assert changes.dumps({"name": "Işık"}) == '{"name":"Işık"}'
    assert changes.dumps({"name": "a\ud800"}) == '{"name":"a\\ud800"}'
    assert json.loads(changes.dumps({"tags": ["Медиа"]})) == {"tags": ["Медиа"]}


def test_outbox_text_holds_the_wire_form_of_every_value() -> None:
    from liaison.services.fields import to_wire

    fields: dict[str, Any] = {
        "none": None,
        "text": "Işık",
        "int": 3,
        "bool": True,
        "float": 2.5,
        "empty": [],
        "list": ["a", "Медиа"],
        "date": date(2024, 1, 2),
        "datetime": datetime(2024, 1, 2, 3, 4, 5, 6),
        "image": b"\x89PNG",
        "dates": [date(2024, 1, 2)],
        "tuple": ("a",),
    }
    wire = {name: to_wire(value) for name, value in fields.items()}
    assert changes.dumps(fields) == json.dumps(wire, ensure_ascii=False, separators=(",", ":"))
    with pytest.raises(TypeError):
        changes.dumps({"set": {1}})


def test_records_that_leave_columns_out_are_inserted_by_sqlalchemy(app: Liaison) -> None:
    now = datetime(2024, 5, 6, 7, 8, 9)
    sync = {"server_rev": 0, "deleted": False, "deleted_at": None, "created_at": now, "updated_at": now}
    record = {"id": "c1", "name": "Нурлан", "visibility": "shared", **sync}  # no list fields, no photo
    with app.store.write() as session:
        insert_many(session, app.contacts.table, [record], sync)
    stored = app.contacts.get("c1")
    assert (stored["name"], stored["emails"], stored["photo"]) == ("Нурлан", [], None)
    assert stored["created_at"] == now


def test_bulk_import_keeps_each_entitys_rules(app: Liaison) -> None:
    ministry = app.institutions.create({"name": "Ministry of Labour, Social Security and Migration"})
    ids = app.contacts.create_many(
        [
            {"name": "Гульнара Батырова", "position": "Minister", "institution_id": ministry["id"]},
            {"name": "No post"},
        ]
    )
    posts = app.positions.list({"contact_id": ids})
    assert [(p["contact_id"], p["position"]) for p in posts] == [(ids[0], "Minister")]
    event = app.events.create({"kind": "reception", "title": "Nowruz", "start_date": "2024-03-21"})
    minutes = app.minutes.create({"event_id": event["id"]})
    app.minutes.agree(minutes["id"])
    with pytest.raises(ReadOnlyError):
        app.minutes_entries.create_many([{"minutes_id": minutes["id"], "notes": "sneaked in"}])
    assert app.minutes_entries.count() == 0
    done = app.actions.create_many([{"title": "Closed at import", "status": "done"}])
    assert app.actions.get(done[0])["completed_on"] is not None


def test_a_lone_surrogate_is_a_field_error_not_a_database_error(app: Liaison) -> None:
    with pytest.raises(ValidationError) as caught:
        app.contacts.create({"name": "broken \udc80 text"})
    assert [e.field for e in caught.value.errors] == ["name"]
