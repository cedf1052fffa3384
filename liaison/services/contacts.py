"""Contacts: the record keeps the posts a person held when they change post."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from liaison.services.entities import CONTACT_POSITIONS
from liaison.services.records import Record, Records


class ContactRecords(Records):
    def after_write(self, session: Session, old: Record | None, new: Record) -> None:
        """When the current post changes, the previous one goes into the position history,
        ending today (a creation records the first post, open-ended)."""
        positions = Records(self.store, CONTACT_POSITIONS, self.services)
        if old is None:
            if new.get("position") or new.get("institution_id"):
                positions.create_in(
                    session,
                    {
                        "contact_id": new["id"],
                        "position": new.get("position"),
                        "institution_id": new.get("institution_id"),
                        "visibility": new.get("visibility"),
                        "owner_institution_id": new.get("owner_institution_id"),
                    },
                )
            return
        if (old.get("position"), old.get("institution_id")) == (
            new.get("position"),
            new.get("institution_id"),
        ):
            return
        today = date.today()
        current = [
            p
            for p in positions.list_in(session, {"contact_id": new["id"], "end_date": None})
            if p["position"] == old.get("position") and p["institution_id"] == old.get("institution_id")
        ]
        for post in current:
            start = post.get("start_date")
            positions.update_in(session, post["id"], {"end_date": max(today, start) if start else today})
        if new.get("position") or new.get("institution_id"):
            positions.create_in(
                session,
                {
                    "contact_id": new["id"],
                    "position": new.get("position"),
                    "institution_id": new.get("institution_id"),
                    "start_date": today,
                    "visibility": new.get("visibility"),
                    "owner_institution_id": new.get("owner_institution_id"),
                },
            )
