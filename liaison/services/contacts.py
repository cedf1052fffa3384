"""Contacts: the record keeps the posts a person held when they change post."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from liaison.services.entities import CONTACT_POSITIONS
from liaison.services.records import Record, Records


class ContactRecords(Records):
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
