"""Making a shared record private, and sharing it again: what the officer is asked about and
what goes with the record (README, "Making a shared record private").

The use cases call these in their own transaction (``Records.update_in``); the question itself
is the window's (``liaison.ui.going_private``) and the command line's (``--withdraw``,
``--keep-shared-copies``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Table, false, select, update
from sqlalchemy.orm import Session

from liaison.services import changes
from liaison.services.entities import CHILDREN, EntitySpec


def _table(spec: EntitySpec) -> Table:
    table = spec.model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


SYNCED_VISIBILITIES = ("institution", "shared")


def going_private(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Whether this change makes private a record that others may hold: it was shared with the
    institution or everyone, and it reached the Secretariat (``server_rev``). The officer is asked
    whether to keep their copies or withdraw it (``update(..., withdraw=True)``)."""
    return (
        new.get("visibility") == "private"
        and old.get("visibility") in SYNCED_VISIBILITIES
        and int(old.get("server_rev") or 0) > 0
    )


def children_follow(
    session: Session, spec: EntitySpec, record_id: str, visibility: str, when: datetime
) -> None:
    """What a record holds goes with it when it is withdrawn, and comes back with it.

    Withdrawn (``visibility`` private): every live child not private yet becomes private, and
    one that reached the Secretariat is withdrawn too — an event's agenda, delegations and
    minutes, a contact's posts: left with colleagues, they would keep what the officer took back,
    under a parent they no longer have. Shared again: the children that are private and reached
    the Secretariat (shared once, so taken back with it, or made private after) are shared again
    with the same visibility; those never synced stay as they are."""
    for child in CHILDREN.get(spec.name, []):
        table = _table(child)
        rows = session.execute(
            select(table.c.id, table.c.visibility, table.c.server_rev).where(
                table.c[child.parent or ""] == record_id, table.c.deleted == false()
            )
        ).all()
        for child_id, current, server_rev in rows:
            if visibility == "private":
                if current == "private":
                    continue
            elif current != "private" or not server_rev:
                continue
            session.execute(
                update(table).where(table.c.id == child_id).values(visibility=visibility, updated_at=when)
            )
            changes.capture(
                session,
                child.name,
                child_id,
                "update",
                {"visibility": visibility},
                server_rev,
                {"visibility": current},
            )
            if visibility == "private" and server_rev:
                changes.capture_withdrawal(session, child.name, child_id, server_rev)
            elif visibility != "private":
                changes.cancel_withdrawal(session, child.name, child_id)
            children_follow(session, child, child_id, visibility, when)
