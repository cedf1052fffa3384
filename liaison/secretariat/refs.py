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

from liaison.protocol import ENTITIES, OP_DELETE, SHARED, Change
from liaison.protocol.entities import REF_TARGETS
from liaison.secretariat.accounts import Principal
from liaison.secretariat.models import SyncRecord

_CHUNK = 500


def out_of_sight(connection: Connection, principal: Principal, changes: list[Change]) -> set[str]:
    """The ids that ``changes`` refer to which exist on the server out of ``principal``'s sight.
    Each is looked up among the records of the entity its field names
    (:data:`~liaison.protocol.entities.REF_TARGETS`; any entity for an attachment's owner): the
    desktop resolves it there only, so a record of another entity with that id is no parent of
    it. By (entity, id), the records' primary key; across every entity that was 17 lookups a
    reference, a tenth of a first push's server time."""
    wanted: dict[str | None, set[str]] = {}
    for change in changes:
        if change["op"] == OP_DELETE:
            continue
        targets = REF_TARGETS[change["entity"]]
        for name, value in change["fields"].items():
            if value is not None and name in targets:
                wanted.setdefault(targets[name], set()).add(value)
    hidden: set[str] = set()
    for target, found in wanted.items():
        entities = list(ENTITIES) if target is None else [target]
        ids = sorted(found)
        for start in range(0, len(ids), _CHUNK):
            rows = connection.execute(
                select(SyncRecord.id).where(
                    SyncRecord.entity.in_(entities),
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
    targets = REF_TARGETS[change["entity"]]
    for name, value in change["fields"].items():
        if name in targets and value in hidden:
            return name
    return None
