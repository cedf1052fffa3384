"""Contacts' photos move to the attachments: for every contact with a photo in its row, the
bytes go into the data folder's content-addressed store (files/<2 hex>/<sha256>) and an
attachment of role "photo" is written (owner: the contact; its visibility, owner institution
and deletion copied), and the row's photo is cleared. Both changes are queued in the outbox, so
the next sync sends the small attachment record (its bytes by the attachments' endpoints) and
the contact without its base64 photo. The ``photo`` column is kept, empty: laptops with an
older Liaison still send a photo there during the transition (see README, "Files on the record").

A database without a data folder on disk (in memory) keeps its photos where they are.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

import base64
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from alembic import op

from liaison.store.blobs import BlobStore

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _name(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\x89PNG"):
        return "photo.png", "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "photo.gif", "image/gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "photo.webp", "image/webp"
    return "photo.jpg", "image/jpeg"


def _data_dir() -> Path | None:
    rows = op.get_bind().exec_driver_sql("PRAGMA database_list").fetchall()
    main = next((row[2] for row in rows if row[1] == "main"), "")
    return Path(main).parent if main else None


def upgrade() -> None:
    folder = _data_dir()
    if folder is None:
        return
    connection = op.get_bind()
    contacts = connection.exec_driver_sql(
        "SELECT id, photo, server_rev, deleted, deleted_at, visibility, owner_institution_id "
        "FROM contacts WHERE photo IS NOT NULL"
    ).fetchall()
    if not contacts:
        return
    blobs = BlobStore(folder / "files")
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    for contact_id, photo, rev, deleted, deleted_at, visibility, owner_institution in contacts:
        data = bytes(photo)
        if not data:
            continue
        info = blobs.add_stream([data])  # bytes first (fsync'd, renamed), then the rows
        name, media_type = _name(data)
        attachment_id = str(uuid.uuid4())
        fields = {
            "owner_entity": "contacts",
            "owner_id": contact_id,
            "name": name,
            "media_type": media_type,
            "size": info.size,
            "sha256": info.sha256,
            "role": "photo",
            "visibility": visibility,
            "owner_institution_id": owner_institution,
        }
        connection.exec_driver_sql(
            "INSERT INTO attachments (id, owner_entity, owner_id, name, media_type, size, sha256, role, "
            "server_rev, deleted, deleted_at, visibility, created_at, updated_at, owner_institution_id) "
            "VALUES (?, 'contacts', ?, ?, ?, ?, ?, 'photo', 0, ?, ?, ?, ?, ?, ?)",
            (attachment_id, contact_id, name, media_type, info.size, info.sha256, deleted, deleted_at,
             visibility, now, now, owner_institution),
        )
        connection.exec_driver_sql("UPDATE contacts SET photo = NULL, updated_at = ? WHERE id = ?", (now, contact_id))
        if deleted:
            continue  # a deleted contact's photo goes nowhere; a restore queues it with the contact
        _queue(connection, "attachments", attachment_id, "create", fields, 0, {}, now)
        unsent = connection.exec_driver_sql(
            "SELECT seq, fields FROM outbox WHERE entity = 'contacts' AND record_id = ? AND batch_id IS NULL "
            "AND op != 'delete' ORDER BY seq DESC LIMIT 1",
            (contact_id,),
        ).fetchone()
        if unsent is not None:  # fold into the unsent entry, as change capture does
            queued = json.loads(unsent[1]) if isinstance(unsent[1], str) else dict(unsent[1])
            queued["photo"] = None
            connection.exec_driver_sql(
                "UPDATE outbox SET fields = ? WHERE seq = ?", (json.dumps(queued, ensure_ascii=False), unsent[0])
            )
        else:
            old = base64.b64encode(data).decode("ascii")
            _queue(connection, "contacts", contact_id, "update", {"photo": None}, rev, {"photo": old}, now)


def _queue(connection, entity, record_id, op_name, fields, base_rev, base_fields, now) -> None:  # type: ignore[no-untyped-def]
    connection.exec_driver_sql(
        "INSERT INTO outbox (change_id, entity, record_id, op, fields, base_rev, base_fields, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), entity, record_id, op_name, json.dumps(fields, ensure_ascii=False), base_rev,
         json.dumps(base_fields), now),
    )


def downgrade() -> None:
    """Photo attachments back into the contacts' rows (their bytes, when here); the attachment
    rows of role "photo" go."""
    folder = _data_dir()
    connection = op.get_bind()
    rows = connection.exec_driver_sql(
        "SELECT owner_id, sha256 FROM attachments WHERE role = 'photo' AND deleted = 0 ORDER BY created_at"
    ).fetchall()
    if folder is not None:
        blobs = BlobStore(folder / "files")
        for contact_id, digest in rows:
            if blobs.has(digest):
                connection.exec_driver_sql(
                    "UPDATE contacts SET photo = ? WHERE id = ?", (blobs.path(digest).read_bytes(), contact_id)
                )
    connection.exec_driver_sql("DELETE FROM attachments WHERE role = 'photo'")
