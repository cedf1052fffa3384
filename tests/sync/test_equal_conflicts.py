"""A conflict whose two values say the same thing is no conflict ("6 Dec 2026" vs "6 Dec 2026")."""

from __future__ import annotations

import unicodedata
from datetime import date

from liaison.services.app import Liaison
from liaison.store.base import new_id
from liaison.sync import conflicts


def _server_conflict(record_id: str, fields: dict[str, dict[str, object]]) -> dict[str, object]:
    return {
        "id": new_id(),
        "entity": "action_items",
        "record_id": record_id,
        "kind": "field",
        "fields": fields,
        "author": "nurlan",
        "rev": 3,
        "created_at": "2026-12-06T10:00:00+00:00",
    }


def test_equal_sides_are_not_kept_shown_or_counted(app: Liaison) -> None:
    action = app.actions.create({"title": "Book the hall", "due_date": date(2026, 12, 6)})
    same_day = {"due_date": {"base": None, "server": "2026-12-06", "client": "2026-12-06T00:00:00"}}
    nfd = {"title": {"base": None, "server": "Şəki", "client": unicodedata.normalize("NFD", "Şəki")}}
    with app.store.write() as session:
        assert not conflicts.store_server_conflict(session, _server_conflict(action["id"], same_day))
        assert not conflicts.store_server_conflict(session, _server_conflict(action["id"], nfd))
        conflicts.store_local_conflict(
            session,
            entity="action_items",
            record_id=action["id"],
            kind="field",
            fields=same_day,
            change_id=None,
            author="aigerim",
            message=None,
        )
    assert conflicts.list_conflicts(app) == []
    assert conflicts.open_count(app) == 0


def test_only_the_fields_that_differ_are_shown(app: Liaison) -> None:
    action = app.actions.create({"title": "Book the hall", "due_date": date(2026, 12, 6)})
    fields = {
        "due_date": {"base": None, "server": "2026-12-06", "client": "2026-12-06T00:00:00"},
        "title": {"base": "Book the hall", "server": "Book the big hall", "client": "Book the small hall"},
    }
    with app.store.write() as session:
        assert conflicts.store_server_conflict(session, _server_conflict(action["id"], fields))
    [view] = conflicts.list_conflicts(app)
    assert list(view.fields) == ["title"]
    assert conflicts.same_value("action_items", "due_date", "2026-12-06", date(2026, 12, 6))
    assert not conflicts.same_value("action_items", "due_date", "2026-12-06", "2026-12-07")
    assert not conflicts.same_value("action_items", "title", "1", "01 ")
