"""A contact's photo: an attachment of role "photo", read and written for the contact's ``photo``
field, and where its bytes are (:meth:`ContactPhotos.photo_state`).

A mixin of :class:`liaison.services.attachments.AttachmentRecords` (``Liaison.attachments``),
as :mod:`liaison.services.attachment_texts` is: the photo is one concern of the attachments
with its own rules (one live photo per contact, its bytes inside the contact record as the
front ends see it), kept apart from attaching and reading files back.

The contact's record carries the photo's bytes only when they are on this computer and sound
(:meth:`ContactPhotos.photo_bytes_in`): that is the contract the export, the vCard, the
briefing and the sync read. Whether a contact without bytes has a photo elsewhere — on the
Secretariat, not downloaded yet; set aside as damaged; missing — is asked beside the record, by
:meth:`ContactPhotos.photo_state`, never put into it.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from liaison.services.records import Record
from liaison.store.blobs import BlobStore, DamagedBlobError, MissingBlobError

PHOTO_ROLE = "photo"


def photo_name(data: bytes) -> str:
    """The file name a contact's photo is stored under: "photo.png", "photo.jpg"…"""
    if data.startswith(b"\x89PNG"):
        return "photo.png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "photo.gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "photo.webp"
    return "photo.jpg"


class PhotoWhere(StrEnum):
    """Where a contact's photo is."""

    NONE = "none"
    """The contact has no photo."""
    HERE = "here"
    """Its bytes are on this computer and sound (the record's ``photo`` holds them)."""
    ON_THE_SECRETARIAT = "on_the_secretariat"
    """Attached on another laptop (or downloaded here never): its bytes can be downloaded."""
    DAMAGED = "damaged"
    """Its bytes here no longer matched their SHA-256: set aside in ``files/damaged/`` (or, in a
    read-only data folder, left in place and refused)."""
    MISSING = "missing"
    """Attached here, never synced, and its bytes are gone: they are nowhere else."""


@dataclass(frozen=True)
class PhotoState:
    """What :meth:`ContactPhotos.photo_state` found: where the photo is, and its attachment
    (``None`` when there is no photo)."""

    where: PhotoWhere
    attachment: Record | None = None

    @property
    def size(self) -> int | None:
        """The photo's size in bytes (what a download would fetch)."""
        return None if self.attachment is None else int(self.attachment["size"])

    @property
    def downloadable(self) -> bool:
        """Whether its bytes are not here and the Secretariat has them (the attachment reached
        it): a download brings the photo (a damaged one too, fetched afresh)."""
        return (
            self.attachment is not None
            and self.where in (PhotoWhere.ON_THE_SECRETARIAT, PhotoWhere.DAMAGED)
            and int(self.attachment.get("server_rev") or 0) > 0
        )


class ContactPhotos:
    """Contacts' photos, as attachments of role "photo"."""

    table: Table
    blobs: BlobStore

    if TYPE_CHECKING:

        def read(self) -> AbstractContextManager[Session]: ...
        def note_damage(self, error: DamagedBlobError) -> None: ...
        def delete_in(self, session: Session, record_id: str) -> builtins.list[tuple[str, str]]: ...
        def create_in(
            self, session: Session, values: Mapping[str, Any], *, record_id: str | None = None
        ) -> Record: ...
        @staticmethod
        def may_be_on_the_secretariat(record: Mapping[str, Any]) -> bool: ...

    def photo_state(self, contact_id: str) -> PhotoState:
        """Where the contact's photo is: here (the bytes sound: what reading the contact gives),
        on the Secretariat (not downloaded yet), damaged (set aside: choosing the photo again,
        or downloading it again, mends it), missing, or none. Reads the bytes of a photo that
        is here to check them, as reading the contact does: damaged ones are set aside and
        noted (:meth:`note_damage`). With two live photos (a merge of two laptops' edits), the
        newest whose bytes are here, else the newest."""
        with self.read() as session:
            rows = self.live_photos_in(session, contact_id)
        if not rows:
            return PhotoState(PhotoWhere.NONE)
        for row in rows:
            if self._photo(str(row["sha256"]), str(row["name"])) is not None:
                return PhotoState(PhotoWhere.HERE, row)
        newest = rows[0]
        digest = str(newest["sha256"])
        if self.blobs.was_set_aside(digest) or self.blobs.has(digest):  # left in place: a read-only folder
            return PhotoState(PhotoWhere.DAMAGED, newest)
        if self.may_be_on_the_secretariat(newest):
            return PhotoState(PhotoWhere.ON_THE_SECRETARIAT, newest)
        return PhotoState(PhotoWhere.MISSING, newest)

    def live_photos_in(self, session: Session, contact_id: str) -> builtins.list[Record]:
        """The contact's live photo attachments (one, but a merge of two laptops' edits may make
        two: the newest is shown), newest first."""
        table = self.table
        rows = session.execute(
            select(table)
            .where(
                table.c.owner_entity == "contacts",
                table.c.owner_id == contact_id,
                table.c.role == PHOTO_ROLE,
                table.c.deleted.is_(False),
            )
            .order_by(table.c.created_at.desc(), table.c.id)
        ).mappings()
        return [dict(row) for row in rows]

    def photo_bytes_in(self, session: Session, contact_id: str, whose: str | None = None) -> bytes | None:
        """The bytes of the contact's photo, when it has one and its bytes are here and sound:
        bytes that no longer match their SHA-256 are set aside (``files/damaged/``) and left out,
        and the damage is noted (:meth:`noting_damage`), naming the file and ``whose`` it is."""
        for row in self.live_photos_in(session, contact_id):
            name = f"{row['name']} ({whose})" if whose else str(row["name"])
            data = self._photo(str(row["sha256"]), name)
            if data is not None:
                return data
        return None

    def _photo(self, digest: str, name: str) -> bytes | None:
        if not self.blobs.has(digest):
            return None
        try:
            return self.blobs.read_checked(digest, name=name)
        except DamagedBlobError as error:
            self.note_damage(error)
        except MissingBlobError:
            pass  # removed meanwhile: no photo
        return None

    def photos_of(self, contact_ids: Iterable[str]) -> dict[str, bytes]:
        """Contact id -> photo bytes, for those that have one here (the vCard export)."""
        wanted = list(dict.fromkeys(contact_ids))
        table = self.table
        found: dict[str, bytes] = {}
        with self.read() as session:
            for start in range(0, len(wanted), 900):
                rows = session.execute(
                    select(table.c.owner_id, table.c.sha256, table.c.name)
                    .where(
                        table.c.owner_entity == "contacts",
                        table.c.owner_id.in_(wanted[start : start + 900]),
                        table.c.role == PHOTO_ROLE,
                        table.c.deleted.is_(False),
                    )
                    .order_by(table.c.created_at)  # the newest last: it wins
                ).all()
                for owner_id, digest, name in rows:
                    data = self._photo(digest, name)
                    if data is not None:
                        found[owner_id] = data
        return found

    def set_photo_in(self, session: Session, contact_id: str, data: bytes | None) -> Record | None:
        """Make ``data`` the contact's photo (``None``: no photo), in the caller's transaction:
        its bytes stored (content-addressed), the previous photo removed (a tombstone that
        syncs), a new attachment of role "photo" written. The same bytes again change nothing."""
        current = self.live_photos_in(session, contact_id)
        if data:
            digest = hashlib.sha256(data).hexdigest()
            if len(current) == 1 and current[0]["sha256"] == digest and self.blobs.has(digest):
                return current[0]
        for row in current:
            self.delete_in(session, row["id"])
        if not data:
            return None
        info = self.blobs.add_stream([bytes(data)])
        from liaison.services.attachments import media_type_of  # imports this module

        name = photo_name(data)
        values = {
            "owner_entity": "contacts",
            "owner_id": contact_id,
            "name": name,
            "media_type": media_type_of(name),
            "size": info.size,
            "sha256": info.sha256,
            "role": PHOTO_ROLE,
        }
        return self.create_in(session, values)
