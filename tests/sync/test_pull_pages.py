"""Pulled pages: decoded from their bytes and checked in one step, written a few together with
the cursor, and never half-written when a group fails."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sqlalchemy import select, text

from liaison.protocol import constants as c
from liaison.protocol.errors import ProtocolError
from liaison.services.app import Liaison
from liaison.services.replica import RemoteRecord
from liaison.store.directory import Contact
from liaison.store.engine import WAL_PAGES, WAL_PAGES_BULK
from liaison.sync import ServerError, pull, state
from tests.sync.conftest import Laptop

CONTACT_ID = "0b7c3e52-5f0e-4f7a-9a53-0d6a8e3c2b11"


def page_bytes(records: list[dict[str, Any]], conflicts: list[Any] | None = None, **extra: Any) -> bytes:
    body = {
        "records": records,
        "conflicts": conflicts or [],
        "next_after": 9,
        "has_more": False,
        "server_seq": 9,
    }
    return json.dumps({**body, **extra}).encode()


def record(**changes: Any) -> dict[str, Any]:
    base = {
        "entity": "contacts",
        "id": CONTACT_ID,
        "rev": 7,
        "deleted": False,
        "visibility": "shared",
        "owner_institution_id": None,
        "fields": {"name": "Айгерим Сапарова", "emails": ["a@example.kz"]},
    }
    return {**base, **changes}


def test_a_page_decodes_straight_into_records() -> None:
    page = pull.decode_page(page_bytes([record(), record(id=str(uuid.uuid4()), hidden=True, deleted=True)]))
    first, second = page.records
    assert isinstance(first, RemoteRecord)
    assert (first.entity, first.id, first.rev, first.fields["name"]) == (
        "contacts",
        CONTACT_ID,
        7,
        "Айгерим Сапарова",
    )
    assert not first.hidden and second.hidden and second.deleted
    assert (page.next_after, page.has_more, page.server_seq) == (9, False, 9)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"id": "not-a-uuid"}, "$.records[0].id"),
        ({"id": CONTACT_ID.upper()}, "$.records[0].id"),
        ({"entity": "passwords"}, "$.records[0].entity"),
        ({"visibility": "private"}, "$.records[0].visibility"),
        ({"rev": -1}, "$.records[0].rev"),
        ({"rev": "7"}, "$.records[0].rev"),
        ({"owner_institution_id": "somebody"}, "$.records[0].owner_institution_id"),
        ({"fields": ["name"]}, "$.records[0].fields"),
    ],
)
def test_a_malformed_record_is_refused_naming_where(change: dict[str, Any], where: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        pull.decode_page(page_bytes([record(**change)]))
    assert where in caught.value.reason


def test_other_malformed_pages_are_refused() -> None:
    with pytest.raises(ProtocolError, match=r"JSON|malformed|truncated"):
        pull.decode_page(b'{"records": [')
    with pytest.raises(ProtocolError, match="next_after"):
        pull.decode_page(page_bytes([], next_after=-3))
    too_many = [record(id=str(uuid.uuid4())) for _ in range(c.MAX_PAGE_LIMIT + 1)]
    with pytest.raises(ProtocolError, match="records"):
        pull.decode_page(page_bytes(too_many))
    # a conflict is checked by the protocol's own decoder, field by field
    with pytest.raises(ProtocolError, match=r"conflicts\[0\]"):
        pull.decode_page(page_bytes([], conflicts=[{"id": CONTACT_ID, "entity": "contacts"}]))


def test_a_malformed_page_from_the_server_is_a_server_error(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = laptop("aigerim")
    decode = pull.decode_page

    def broken(data: bytes) -> pull.Page:  # what a server with a bug would send
        return decode(page_bytes([record(id="not-a-uuid")]))

    monkeypatch.setattr(pull, "decode_page", broken)
    with pytest.raises(ServerError, match=r"records\[0\]\.id"):
        officer.sync()
    with officer.app.store.read() as session:
        assert state.cursor_in(officer.app, session) == 0


def _contacts(app: Liaison) -> int:
    with app.store.read() as session:
        return len(session.execute(select(Contact.id)).all())


def test_pages_are_written_in_groups_and_a_failed_group_keeps_those_before_it(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed = laptop("seed")
    seed.app.contacts.create_many([{"name": f"Contact {n:03}", "visibility": "shared"} for n in range(50)])
    seed.sync()
    monkeypatch.setattr(pull, "PAGE_LIMIT", 10)
    monkeypatch.setattr(pull, "GROUP_RECORDS", 20)
    officer = laptop("officer")
    written: list[int] = []
    real_apply = pull.apply_records

    def apply(session: Any, records: Any, **kwargs: Any) -> Any:
        if len(written) == 2:
            raise RuntimeError("power cut")
        written.append(len(records))
        return real_apply(session, records, **kwargs)

    monkeypatch.setattr(pull, "apply_records", apply)
    with pytest.raises(RuntimeError, match="power cut"):
        officer.sync()
    # two groups of two pages were written, each with its cursor; the third wrote nothing
    assert written == [20, 20]
    assert _contacts(officer.app) == 40
    with officer.app.store.read() as session:
        cursor = state.cursor_in(officer.app, session)
    assert cursor > 0

    monkeypatch.setattr(pull, "apply_records", real_apply)
    summary = officer.sync()
    # the rest of the 51 (the 50 contacts and the seed's institution), not what the cursor passed
    assert summary.pulled == 51 - 40
    assert _contacts(officer.app) == 50
    assert sorted(r["name"] for r in officer.app.contacts.list()) == sorted(
        r["name"] for r in seed.app.contacts.list()
    )
    # pulled list values read back as lists (stored as compact JSON)
    assert [hit.title for hit in officer.app.search("Contact 042")] == ["Contact 042"]


def test_a_pulled_group_is_not_flushed_but_local_edits_are(tmp_path: Any) -> None:
    app = Liaison.open(tmp_path / "folder")
    try:
        with app.store.write(foreign_keys=False, durable=False) as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            # and the WAL may grow: the pull checkpoints it when it ends
            assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == WAL_PAGES_BULK
            app.contacts.create_many_in(session, [{"name": f"Contact {n}"} for n in range(2000)])
        size = app.store.path.stat().st_size
        app.store.checkpoint()  # the pages written to the WAL are copied into the file
        assert app.store.path.stat().st_size > size
        with app.store.write() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL again
            assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == WAL_PAGES
        with app.store.read() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2
    finally:
        app.close()
