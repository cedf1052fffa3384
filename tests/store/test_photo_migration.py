"""Migration 0009: the contacts' photos move from their rows to attachments (bytes in the data
folder's store), queued for sync; the photo still reads back, and exports to vCard."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import vobject
from alembic import command
from sqlalchemy import insert

from liaison.services.app import Liaison
from liaison.services.exporting import export
from liaison.store.engine import make_engine
from liaison.store.migrate import alembic_config
from liaison.store.models import Contact

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0" + b"JFIF" + bytes(200)


def old_folder(folder: Path) -> None:
    """A data folder at revision 0009 (before the move) holding contacts with photos: one
    synced (server revision 3, nothing queued), one not pushed yet (its create queued), one
    deleted, one private, one without a photo."""
    engine = make_engine(folder / "liaison.sqlite3")
    now = datetime(2026, 12, 1, 9, 0)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0009")
        with engine.begin() as connection:
            base = {
                "languages": [],
                "emails": [],
                "phones": [],
                "tags": [],
                "created_at": now,
                "updated_at": now,
                "deleted": False,
                "visibility": "institution",
                "server_rev": 0,
            }
            rows = [
                {**base, "id": "synced", "name": "Aliyev Kamran", "photo": PNG, "server_rev": 3},
                {**base, "id": "unsent", "name": "Omuraliev Bakyt", "photo": JPEG},
                {
                    **base,
                    "id": "gone",
                    "name": "Deleted Person",
                    "photo": PNG,
                    "deleted": True,
                    "deleted_at": now,
                },
                {**base, "id": "mine", "name": "Private Person", "photo": JPEG, "visibility": "private"},
                {**base, "id": "plain", "name": "No Photo", "photo": None},
            ]
            connection.execute(insert(Contact.__table__), rows)
            connection.exec_driver_sql(
                "INSERT INTO outbox (change_id, entity, record_id, op, fields, base_rev, base_fields, "
                "created_at) VALUES ('c1', 'contacts', 'unsent', 'create', ?, 0, '{}', ?)",
                (json.dumps({"name": "Omuraliev Bakyt", "photo": base64.b64encode(JPEG).decode()}), now),
            )
    finally:
        engine.dispose()


def test_photos_move_to_attachments_and_read_back(data_dir: Path, tmp_path: Path) -> None:
    old_folder(data_dir)
    with Liaison.open(data_dir) as app:  # migrates to the head
        assert app.contacts.get("synced")["photo"] == PNG
        assert app.contacts.get("unsent")["photo"] == JPEG
        assert app.contacts.get("mine")["photo"] == JPEG
        assert app.contacts.get("plain")["photo"] is None
        listed = app.attachments.for_record("contact", "synced")
        assert [(a["role"], a["name"], a["media_type"], a["local"]) for a in listed] == [
            ("photo", "photo.png", "image/png", True)
        ]
        assert listed[0]["sha256"] == hashlib.sha256(PNG).hexdigest()
        stored = data_dir / "files" / listed[0]["sha256"][:2] / listed[0]["sha256"]
        assert stored.read_bytes() == PNG
        assert app.attachments.for_record("contact", "mine")[0]["visibility"] == "private"
        path = tmp_path / "contacts.vcf"
        export(app, "contacts", "vcard", path)
    text = path.read_text(encoding="utf-8")
    cards = {card.fn.value: card for card in vobject.readComponents(text)}
    assert cards["Aliyev Kamran"].photo.value.startswith("data:image/png")  # vobject sees the PHOTO
    # vobject splits a 4.0 data URI at its comma: the bytes are read from the unfolded line
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    card = next(part for part in unfolded.split("END:VCARD") if "FN:Aliyev Kamran" in part)
    line = next(row for row in card.splitlines() if row.startswith("PHOTO:"))
    assert base64.b64decode(line.partition(";base64,")[2]) == PNG

    database = sqlite3.connect(data_dir / "liaison.sqlite3")
    try:
        assert database.execute("SELECT count(*) FROM contacts WHERE photo IS NOT NULL").fetchone() == (0,)
        deleted = database.execute("SELECT deleted FROM attachments WHERE owner_id = 'gone'").fetchall()
        assert deleted == [(1,)]
        outbox = database.execute(
            "SELECT entity, record_id, op, fields, base_rev FROM outbox ORDER BY seq"
        ).fetchall()
    finally:
        database.close()
    by_record = {
        (entity, record): (op, json.loads(fields), rev) for entity, record, op, fields, rev in outbox
    }
    assert by_record[("contacts", "synced")] == ("update", {"photo": None}, 3)
    assert by_record[("contacts", "unsent")][0] == "create"
    assert by_record[("contacts", "unsent")][1]["photo"] is None  # folded into the unsent create
    created = {
        fields["owner_id"]
        for (entity, _r), (op, fields, _rev) in by_record.items()
        if entity == "attachments"
    }
    assert created == {"synced", "unsent", "mine"}  # a deleted contact's photo is not queued
    assert all(
        len(fields) < 1000 for _op, fields, _rev in [(o, json.dumps(f), r) for o, f, r in by_record.values()]
    )


def test_a_photo_set_now_is_an_attachment_and_the_record_stays_small(app: Liaison) -> None:
    contact = app.contacts.create({"name": "Işık Ali", "photo": PNG})
    assert app.contacts.get(contact["id"])["photo"] == PNG
    database = sqlite3.connect(app.store.data_dir / "liaison.sqlite3")
    try:
        (column,) = database.execute("SELECT photo FROM contacts WHERE id = ?", (contact["id"],)).fetchone()
        entries = database.execute("SELECT fields FROM outbox WHERE entity = 'contacts'").fetchall()
    finally:
        database.close()
    assert column is None and all(len(fields) < 1000 for (fields,) in entries)
    app.contacts.update(contact["id"], {"photo": JPEG})  # a new photo replaces the old (a tombstone)
    photos = app.attachments.for_record("contact", contact["id"])
    assert [p["name"] for p in photos] == ["photo.jpg"] and app.contacts.get(contact["id"])["photo"] == JPEG
    app.contacts.update(contact["id"], {"photo": None})
    assert app.attachments.for_record("contact", contact["id"]) == []


def test_a_photo_an_older_laptop_sent_in_the_row_still_shows_and_moves_when_edited(app: Liaison) -> None:
    contact = app.contacts.create({"name": "Old Laptop"})
    database = sqlite3.connect(app.store.data_dir / "liaison.sqlite3")
    try:
        database.execute(
            "UPDATE contacts SET photo = ? WHERE id = ?", (PNG, contact["id"])
        )  # as sync writes it
        database.commit()
    finally:
        database.close()
    assert app.contacts.get(contact["id"])["photo"] == PNG
    app.contacts.update(contact["id"], {"photo": JPEG})
    assert app.contacts.get(contact["id"])["photo"] == JPEG
    with app.store.read() as session:
        from sqlalchemy import select

        assert session.scalar(select(Contact.photo).where(Contact.id == contact["id"])) is None
