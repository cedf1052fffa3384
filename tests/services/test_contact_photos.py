"""Where a contact's photo is (``Liaison.attachments.photo_state``): here, on the Secretariat,
damaged and set aside, missing, or none — with a real data folder, real bytes in ``files/``,
and damage made by overwriting a stored file's bytes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete

from liaison.services.app import Liaison
from liaison.services.contact_photos import PhotoWhere
from liaison.store.local import OutboxEntry
from tests.services.test_attachments import outbox

PHOTO = b"\x89PNG\r\n\x1a\n" + b"a portrait" * 40


def contact_with_photo(app: Liaison, photo: bytes = PHOTO) -> dict[str, Any]:
    return app.contacts.create({"name": "Elif Işık", "photo": photo})


def synced(app: Liaison, contact_id: str) -> dict[str, Any]:
    """The contact and its photo as after a push: on the Secretariat (a server revision), nothing
    left to send. The photo attachment is returned."""
    (photo,) = app.attachments.for_record("contacts", contact_id)
    for table, record_id in ((app.contacts.table, contact_id), (app.attachments.table, photo["id"])):
        with app.store.write() as session:
            session.execute(table.update().where(table.c.id == record_id).values(server_rev=1))
    with app.store.write() as session:
        session.execute(delete(OutboxEntry))
    return app.attachments.get(photo["id"])


def only_on_the_secretariat(app: Liaison) -> tuple[dict[str, Any], dict[str, Any]]:
    """A contact whose photo was attached on another laptop: its metadata synced, its bytes not
    downloaded (over the budget)."""
    contact = contact_with_photo(app)
    photo = synced(app, contact["id"])
    assert app.attachments.blobs.discard(photo["sha256"])
    return contact, photo


def damage(app: Liaison, sha256: str) -> None:
    """Bytes that changed on the disk: same size, other content."""
    path = app.attachments.blobs.path(sha256)
    path.write_bytes(b"\x00" * path.stat().st_size)


def test_no_photo_and_a_photo_here(app: Liaison) -> None:
    plain = app.contacts.create({"name": "Nurlan Abenov"})
    state = app.attachments.photo_state(plain["id"])
    assert state.where is PhotoWhere.NONE and state.attachment is None and not state.downloadable

    contact = contact_with_photo(app)
    state = app.attachments.photo_state(contact["id"])
    assert state.where is PhotoWhere.HERE and state.size == len(PHOTO) and not state.downloadable
    assert state.attachment is not None and state.attachment["role"] == "photo"
    assert app.contacts.get(contact["id"])["photo"] == PHOTO


def test_a_photo_only_on_the_secretariat_has_its_size_and_downloads(app: Liaison) -> None:
    contact, photo = only_on_the_secretariat(app)
    assert app.contacts.get(contact["id"]).get("photo") is None  # the record holds bytes here only
    state = app.attachments.photo_state(contact["id"])
    assert state.where is PhotoWhere.ON_THE_SECRETARIAT and state.downloadable
    assert state.size == len(PHOTO) and state.attachment is not None
    assert state.attachment["id"] == photo["id"]

    def download(wanted: dict[str, Any]) -> None:  # the sync layer's downloader, without a network
        app.attachments.blobs.add_stream([PHOTO], expected_sha256=wanted["sha256"])

    app.attachments.downloader = download
    app.attachments.ensure_local(state.attachment)
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.HERE
    assert app.contacts.get(contact["id"])["photo"] == PHOTO


def test_a_damaged_photo_is_set_aside_and_said_so_until_chosen_again(app: Liaison) -> None:
    contact = contact_with_photo(app)
    (photo,) = app.attachments.for_record("contacts", contact["id"])
    damage(app, photo["sha256"])
    with app.attachments.noting_damage() as found:
        state = app.attachments.photo_state(contact["id"])
    assert state.where is PhotoWhere.DAMAGED and len(found) == 1
    assert not state.downloadable  # never synced: nowhere else to fetch it from
    assert not app.attachments.blobs.has(photo["sha256"])
    (aside,) = (app.data_dir / "files" / "damaged").iterdir()
    assert aside.name.startswith(photo["sha256"] + "-")
    # asked again (the bytes are gone from the store now), and after reading the contact
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.DAMAGED
    assert app.contacts.get(contact["id"]).get("photo") is None
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.DAMAGED

    app.contacts.update(contact["id"], {"photo": PHOTO})  # the officer chooses the photo again
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.HERE
    assert app.contacts.get(contact["id"])["photo"] == PHOTO


def test_damage_found_when_the_contact_is_read_is_damage_too(app: Liaison) -> None:
    contact = contact_with_photo(app)
    photo = synced(app, contact["id"])
    damage(app, photo["sha256"])
    assert app.contacts.get(contact["id"]).get("photo") is None  # read: set aside there
    state = app.attachments.photo_state(contact["id"])
    assert state.where is PhotoWhere.DAMAGED
    assert state.downloadable  # it reached the Secretariat: a download fetches it afresh


def test_a_photo_never_synced_whose_bytes_are_gone_is_missing(app: Liaison) -> None:
    contact = contact_with_photo(app)
    (photo,) = app.attachments.for_record("contacts", contact["id"])
    app.attachments.blobs.discard(photo["sha256"])
    state = app.attachments.photo_state(contact["id"])
    assert state.where is PhotoWhere.MISSING and not state.downloadable


def test_removing_a_photo_not_here_tombstones_it_and_saving_other_fields_keeps_it(app: Liaison) -> None:
    contact, photo = only_on_the_secretariat(app)
    app.contacts.update(contact["id"], {"position": "Consul"})
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.ON_THE_SECRETARIAT
    assert outbox(app) == []  # the photo's attachment was not touched

    app.contacts.update(contact["id"], {"photo": None})
    assert app.attachments.photo_state(contact["id"]).where is PhotoWhere.NONE
    assert app.attachments.get(photo["id"], include_deleted=True)["deleted"]
    (entry,) = outbox(app)
    assert entry.record_id == photo["id"] and entry.op == "delete"  # a tombstone that syncs
