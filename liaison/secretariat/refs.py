"""References a change may not make: to a record its author may not see.

A change's ``ref`` fields (a position's ``contact_id``, a delegation's ``event_id``, …) name
other records. Naming one that exists on the server but is out of the author's sight (another
institution's ``institution`` record) would attach a child to it — a position written by a
stranger in another institution's contact's profile — so such a change is rejected. A
reference to a record the server does not hold is kept, as the desktop's are (its parent may
be private, or still to come): the server cannot refuse those without breaking offline work,
and the difference says no more than the reference itself, since a record id is a random UUID
that only someone who was shown the record, or a reference to it, can hold.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from liaison.protocol import ENTITIES, ENTITY_FIELDS, OP_DELETE, SHARED, Change
from liaison.secretariat.accounts import Principal
from liaison.secretariat.models import SyncRecord

_CHUNK = 500


def out_of_sight(connection: Connection, principal: Principal, changes: list[Change]) -> set[str]:
    """The ids that ``changes`` refer to which exist on the server out of ``principal``'s sight."""
    wanted: set[str] = set()
    for change in changes:
        if change["op"] == OP_DELETE:
            continue
        kinds = ENTITY_FIELDS[change["entity"]]
        wanted.update(
            value
            for name, value in change["fields"].items()
            if kinds.get(name) == "ref" and value is not None
        )
    hidden: set[str] = set()
    ids = sorted(wanted)
    for start in range(0, len(ids), _CHUNK):
        rows = connection.execute(
            # entity IN (…) AND id IN (…): the records' primary key (entity, id) serves it
            select(SyncRecord.id).where(
                SyncRecord.entity.in_(list(ENTITIES)),
                SyncRecord.id.in_(ids[start : start + _CHUNK]),
                SyncRecord.visibility != SHARED,
                SyncRecord.owner_institution_id != principal.institution_id,
            )
        )
        hidden.update(str(row[0]) for row in rows)
    return hidden


def hidden_reference(change: Change, hidden: set[str]) -> str | None:
    """The first field of ``change`` that names a record in ``hidden``, if any."""
    if not hidden or change["op"] == OP_DELETE:
        return None
    kinds = ENTITY_FIELDS[change["entity"]]
    for name, value in change["fields"].items():
        if kinds.get(name) == "ref" and value in hidden:
            return name
    return None
