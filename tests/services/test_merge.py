"""Merging two contacts and undoing it (liaison.services.merge), on a real data folder."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from liaison.services.app import Liaison
from liaison.services.errors import NotFoundError
from liaison.services.merge import MergeError, UnmergeError
from liaison.store.local import OutboxEntry


@pytest.fixture
def world(app: Liaison) -> dict[str, Any]:
    qory = app.institutions.create({"name": "Otandastar Qory"})["id"]
    keep = app.contacts.create(
        {"name": "Кубанычбек Омуралиев", "emails": ["k@example.kg"], "tags": ["forum"],
         "institution_id": qory, "position": "Director"}
    )["id"]  # fmt: skip
    other = app.contacts.create(
        {"name": "Kubanychbek Omuraliev", "latin_name": "Kubanychbek Omuraliev",
         "emails": ["ko@example.kg", "k@example.kg"], "phones": ["+996 312 62 45 00"], "tags": ["media"],
         "position": "Deputy", "institution_id": qory}
    )["id"]  # fmt: skip
    event = app.events.create({"title": "Forum", "kind": "diaspora_forum", "start_date": date(2024, 5, 1)})[
        "id"
    ]
    second = app.events.create({"title": "Summit", "kind": "summit", "start_date": date(2024, 6, 1)})["id"]
    refs = {
        "both_in": app.participants.create({"event_id": event, "contact_id": other})["id"],
        "keep_in": app.participants.create({"event_id": event, "contact_id": keep})["id"],
        "other_in": app.participants.create({"event_id": second, "contact_id": other})["id"],
        "head": app.delegations.create({"event_id": second, "state_code": "KG", "head_contact_id": other})[
            "id"
        ],
        "action": app.actions.create({"title": "Send the list", "assignee_contact_id": other})["id"],
        "bilateral": app.bilaterals.create({"title": "Talks", "date": date(2024, 5, 2)})["id"],
    }
    refs["party"] = app.bilateral_parties.create({"bilateral_id": refs["bilateral"], "contact_id": other})[
        "id"
    ]
    return {"keep": keep, "other": other, **refs}


def _contact_of(app: Liaison, entity: str, record_id: str, field: str = "contact_id") -> Any:
    return app.entity(entity).get(record_id, include_deleted=True)[field]


def test_merge_unites_moves_every_reference_and_removes_the_other(
    app: Liaison, world: dict[str, Any]
) -> None:
    keep, other = world["keep"], world["other"]
    merge_id = app.merge_contacts(keep, other)
    kept = app.contacts.get(keep)
    assert kept["emails"] == ["k@example.kg", "ko@example.kg"]
    assert kept["phones"] == ["+996312624500"] and kept["tags"] == ["forum", "media"]
    assert kept["latin_name"] == "Kubanychbek Omuraliev" and kept["position"] == "Director"
    assert app.contacts.get(other, include_deleted=True)["deleted"]
    assert _contact_of(app, "participants", world["other_in"]) == keep
    assert _contact_of(app, "delegations", world["head"], "head_contact_id") == keep
    assert _contact_of(app, "action_items", world["action"], "assignee_contact_id") == keep
    assert _contact_of(app, "bilateral_parties", world["party"]) == keep
    assert app.participants.get(world["both_in"], include_deleted=True)[
        "deleted"
    ]  # one participation an event
    posts = app.positions.list({"contact_id": keep})
    assert {p["position"] for p in posts} == {"Director", "Deputy"}
    assert app.positions.list({"contact_id": other}) == []
    assert [hit.id for hit in app.search("Omuraliev", kinds=["contact"])] == [keep]
    assert app.find_duplicates() == []
    with app.store.read() as session:  # every step is queued for sync
        queued = {(e.entity, e.record_id) for e in session.execute(select(OutboxEntry)).scalars()}
    assert ("participants", world["other_in"]) in queued and ("contacts", keep) in queued
    assert merge_id


def test_unmerge_restores_both_and_every_reference(app: Liaison, world: dict[str, Any]) -> None:
    keep, other = world["keep"], world["other"]
    before_keep = app.contacts.get(keep)
    merge_id = app.merge_contacts(keep, other)
    result = app.unmerge_contacts(merge_id)
    assert result["keep"] == keep and result["other"] == other and result["kept"] == 0
    assert not app.contacts.get(other)["deleted"]
    restored = app.contacts.get(keep)
    for name in ("emails", "phones", "tags", "latin_name"):
        assert restored[name] == before_keep[name], name
    assert _contact_of(app, "participants", world["other_in"]) == other
    assert _contact_of(app, "delegations", world["head"], "head_contact_id") == other
    assert _contact_of(app, "action_items", world["action"], "assignee_contact_id") == other
    assert _contact_of(app, "bilateral_parties", world["party"]) == other
    assert not app.participants.get(world["both_in"])["deleted"]
    assert {p["position"] for p in app.positions.list({"contact_id": other})} == {"Deputy"}
    with pytest.raises(UnmergeError):
        app.unmerge_contacts(merge_id)


def test_unmerge_leaves_what_was_changed_since(app: Liaison, world: dict[str, Any]) -> None:
    merge_id = app.merge_contacts(world["keep"], world["other"])
    app.actions.update(world["action"], {"assignee_contact_id": None})
    app.contacts.update(world["keep"], {"tags": ["vip"]})
    result = app.unmerge_contacts(merge_id)
    assert result["kept"] == 1
    assert _contact_of(app, "action_items", world["action"], "assignee_contact_id") is None
    assert app.contacts.get(world["keep"])["tags"] == ["vip"]


def test_a_contact_is_not_merged_with_itself_and_nothing_is_half_written(
    app: Liaison, world: dict[str, Any]
) -> None:
    with pytest.raises(MergeError):
        app.merge_contacts(world["keep"], world["keep"])
    with pytest.raises(NotFoundError):  # an unknown id: nothing moved
        app.merge_contacts(world["keep"], "no-such-id")
    assert _contact_of(app, "participants", world["other_in"]) == world["other"]
