"""Contacts: the record keeps the posts a person held when they change post, and the photo is
an attachment.

A contact's photo is an attachment of role "photo" (``liaison.services.attachments``): its
bytes in the data folder's content-addressed store, its metadata a small record that syncs,
the bytes by the attachments' own endpoints, never inside the contact's JSON. The ``photo``
field stays on the contact record as the front ends see it: reading a contact (``get``) gives
the photo's bytes; writing ``photo`` (the editor, an import, a merge) makes or removes the
photo attachment and leaves the contacts table's ``photo`` column empty. The column is kept,
for the transition: a laptop with an older Liaison still sends and reads a photo there, and a
contact whose only photo came that way shows it (see README, "Files on the record").
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from liaison.services import changes
from liaison.services.entities import CONTACT_POSITIONS
from liaison.services.records import Record, Records
from liaison.store.base import utcnow

PHOTO = "photo"


class ContactRecords(Records):
    # -- the photo, an attachment ------------------------------------------------------------
    def get_in(self, session: Session, record_id: str, *, include_deleted: bool = False) -> Record:
        record = super().get_in(session, record_id, include_deleted=include_deleted)
        if self.services is not None:
            photo = self.services.attachments.photo_bytes_in(session, record_id, record.get("name"))
            if photo is not None:
                record[PHOTO] = photo
        return record

    def _photo_value(self, values: Mapping[str, Any]) -> bytes | None:
        cleaned = self.spec.by_name[PHOTO].clean(values[PHOTO], values)
        return bytes(cleaned) if cleaned else None

    def create_in(
        self, session: Session, values: Mapping[str, Any], *, record_id: str | None = None
    ) -> Record:
        if self.services is None or not values.get(PHOTO):
            return super().create_in(session, values, record_id=record_id)
        photo = self._photo_value(values)
        record = super().create_in(session, {**values, PHOTO: None}, record_id=record_id)
        self._set_photo_in(session, record["id"], photo)
        record[PHOTO] = photo
        return record

    def update_in(
        self, session: Session, record_id: str, values: Mapping[str, Any], *, withdraw: bool = False
    ) -> Record:
        if self.services is None or PHOTO not in values:
            return super().update_in(session, record_id, values, withdraw=withdraw)
        photo = self._photo_value(values)
        rest = {name: value for name, value in values.items() if name != PHOTO}
        if rest:
            super().update_in(session, record_id, rest, withdraw=withdraw)
        else:
            self.get_in(session, record_id)  # a NotFoundError for a missing contact
        self._set_photo_in(session, record_id, photo)
        return self.get_in(session, record_id)

    def create_many_in(
        self, session: Session, rows: Sequence[Mapping[str, Any]], *, chunk: int = 5000, cleaned: bool = False
    ) -> builtins.list[str]:
        if self.services is None or not any(row.get(PHOTO) for row in rows):
            return super().create_many_in(session, rows, chunk=chunk, cleaned=cleaned)
        photos = {n: row[PHOTO] for n, row in enumerate(rows) if row.get(PHOTO)}
        stripped = [{**row, PHOTO: None} if n in photos else row for n, row in enumerate(rows)]
        ids = super().create_many_in(session, stripped, chunk=chunk, cleaned=cleaned)
        for n, data in photos.items():
            photo = bytes(data) if cleaned else self._photo_value(rows[n])
            self._set_photo_in(session, ids[n], photo)
        return ids

    def _set_photo_in(self, session: Session, contact_id: str, photo: bytes | None) -> None:
        """The photo as an attachment; a photo still in the contact's column (an older
        Liaison's) is cleared, and the clearing queued, so the record leaves the wire small."""
        assert self.services is not None
        self.services.attachments.set_photo_in(session, contact_id, photo)
        table = self.table
        legacy, rev = session.execute(
            select(table.c.photo, table.c.server_rev).where(table.c.id == contact_id)
        ).one()
        if legacy is not None:
            now = utcnow()
            session.execute(update(table).where(table.c.id == contact_id).values(photo=None, updated_at=now))
            cleared = {PHOTO: None}
            changes.capture(session, self.spec.name, contact_id, "update", cleared, rev, {PHOTO: legacy})

    # -- posts -------------------------------------------------------------------------------
    def after_create_many(self, session: Session, records: Sequence[Record]) -> None:
        """An import records each contact's first post, as one-by-one creation does."""
        positions = Records(self.store, CONTACT_POSITIONS, self.services)
        posts = [
            {
                "contact_id": record["id"],
                "position": record.get("position"),
                "institution_id": record.get("institution_id"),
                "visibility": record.get("visibility"),
                "owner_institution_id": record.get("owner_institution_id"),
            }
            for record in records
            if record.get("position") or record.get("institution_id")
        ]
        positions.create_many_in(session, posts)

    def after_write(self, session: Session, old: Record | None, new: Record) -> None:
        """When the current post changes, the previous one goes into the position history,
        ending today (a creation records the first post, open-ended)."""
        positions = Records(self.store, CONTACT_POSITIONS, self.services)
        post = (new.get("position"), new.get("institution_id"))
        if old is not None:
            if (old.get("position"), old.get("institution_id")) == post:
                return
            today = date.today()
            previous = (old.get("position"), old.get("institution_id"))
            for held in positions.list_in(session, {"contact_id": new["id"], "end_date": None}):
                if (held["position"], held["institution_id"]) == previous:
                    start = held.get("start_date")
                    ended = max(today, start) if start else today
                    positions.update_in(session, held["id"], {"end_date": ended})
        if any(post):
            positions.create_in(
                session,
                {
                    "contact_id": new["id"],
                    "position": post[0],
                    "institution_id": post[1],
                    "start_date": None if old is None else date.today(),
                    "visibility": new.get("visibility"),
                    "owner_institution_id": new.get("owner_institution_id"),
                },
            )
