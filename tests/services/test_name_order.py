"""Lists sort names as the officers' alphabets do (liaison.text.collate), through an index,
whichever path wrote the name: one record, create_many, an edit, a pulled record, a migration."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from liaison.services.app import Liaison
from liaison.services.replica import RemoteRecord, apply_records
from liaison.store.base import new_id
from liaison.store.engine import make_engine
from liaison.store.migrate import alembic_config
from liaison.text.collate import sort_key

NAMES = ["Szűcs", "Zeynep", "Ömer", "İrem", "Əli", "Çelik", "Cem", "Ali", "Ozan", "Işık", "Әлихан", "Айгерім"]
ORDER = ["Ali", "Cem", "Çelik", "Əli", "Işık", "İrem", "Ozan", "Ömer", "Szűcs", "Zeynep", "Айгерім", "Әлихан"]


def _names(app: Liaison, **kwargs: object) -> list[str]:
    return [row["name"] for row in app.contacts.list(order_by=["name"], **kwargs)]  # type: ignore[arg-type]


def test_one_by_one_and_in_bulk(app: Liaison) -> None:
    for name in NAMES[:6]:
        app.contacts.create({"name": name})
    app.contacts.create_many([{"name": name} for name in NAMES[6:]])
    assert _names(app) == ORDER
    assert [row["name"] for row in app.contacts.list(order_by=["-name"])] == ORDER[::-1]
    assert _names(app, limit=3, offset=3) == ORDER[3:6]  # paged


def test_an_edit_moves_the_name(app: Liaison) -> None:
    created = {name: app.contacts.create({"name": name})["id"] for name in ("Ali", "Cem", "Zeynep")}
    app.contacts.update(created["Zeynep"], {"name": "Bülent"})
    assert _names(app) == ["Ali", "Bülent", "Cem"]


def test_institutions_too(app: Liaison) -> None:
    for name in ("Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı", "İstanbul Office", "Otandastar Qory"):
        app.institutions.create({"name": name})
    names = [row["name"] for row in app.institutions.list(order_by=["name"])]
    assert names == [
        "İstanbul Office",
        "Otandastar Qory",
        "Yurtdışı Türkler ve Akraba Topluluklar Başkanlığı",
    ]


def test_pulled_records(app: Liaison) -> None:
    first, second = new_id(), new_id()

    def pulled(record_id: str, rev: int, name: str) -> RemoteRecord:
        return RemoteRecord(
            entity="contacts", id=record_id, rev=rev, deleted=False, visibility="shared",
            owner_institution_id=None, fields={"name": name}, hidden=False,
        )  # fmt: skip

    with app.store.write(foreign_keys=False) as session:
        apply_records(session, [pulled(first, 1, "Szűcs"), pulled(second, 1, "Zeynep")])
    app.contacts.create({"name": "İrem"})
    assert _names(app) == ["İrem", "Szűcs", "Zeynep"]
    with app.store.write(foreign_keys=False) as session:  # a newer revision renames
        apply_records(session, [pulled(second, 2, "Ilkay Işık")])
    assert _names(app) == ["Ilkay Işık", "İrem", "Szűcs"]
    with app.store.read() as session:
        stored = dict(session.execute(text("SELECT name, name_sort FROM contacts")).all())
    assert stored == {name: sort_key(name) for name in stored}


def test_the_order_comes_from_the_index(app: Liaison) -> None:
    with app.store.read() as session:
        query = "SELECT id FROM contacts WHERE deleted = 0 ORDER BY name_sort, id LIMIT 9"
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {query}")).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_contacts_live_name_sort" in details and "TEMP B-TREE" not in details


def test_the_migration_fills_the_keys_of_existing_names(data_dir: Path) -> None:
    with Liaison.open(data_dir) as app:
        for name in NAMES:
            app.contacts.create({"name": name})
    engine = make_engine(data_dir / "liaison.sqlite3")
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002")
    finally:
        engine.dispose()
    with Liaison.open(data_dir) as app:
        assert _names(app) == ORDER
