"""Undo an import: remove the records it created and put back the fields it filled.

A record created by the import and edited since is kept (the officer's edit is not thrown
away), and so is a field whose value changed since the import; both are listed in the result,
so the officer knows what to look at. Undo is one transaction, like the import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.fields import to_wire
from liaison.services.records import table_of
from liaison.store.base import utcnow
from liaison.store.imports import ImportBatch, ImportItem

if TYPE_CHECKING:
    from liaison.services.app import Liaison


class UnknownBatchError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no import with the id {batch}.")


class AlreadyUndoneError(KnownError):
    template = QT_TRANSLATE_NOOP("Errors", "The import {batch} was already undone.")


@dataclass
class UndoResult:
    batch: str
    removed: int = 0
    reverted: int = 0
    kept: list[dict[str, Any]] = field(default_factory=list)  # {"entity", "id", "field"?, "reason"}

    def as_json(self) -> dict[str, Any]:
        return {"batch": self.batch, "removed": self.removed, "reverted": self.reverted, "kept": self.kept}


def undo_import(app: Liaison, batch_id: str) -> UndoResult:
    result = UndoResult(batch_id)
    with app.store.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise UnknownBatchError(batch=batch_id)
        if batch.undone_at is not None:
            raise AlreadyUndoneError(batch=batch_id)
        items = session.execute(
            select(ImportItem.entity, ImportItem.record_id, ImportItem.action, ImportItem.changes)
            .where(ImportItem.batch_id == batch_id, ImportItem.action != "match")
            .order_by(ImportItem.seq.desc())
        ).all()
        for entity, record_id, action, changes in items:
            records = app.records[entity]
            table = table_of(records.spec)
            row = session.execute(
                select(table.c.deleted, table.c.created_at, table.c.updated_at).where(table.c.id == record_id)
            ).first()
            if row is None or row.deleted:
                continue
            if action == "create":
                if row.updated_at != row.created_at:
                    result.kept.append(
                        {"entity": entity, "id": record_id, "reason": "edited since the import"}
                    )
                    continue
                records.delete_in(session, record_id)
                result.removed += 1
            elif action == "update" and changes:
                current = records.get_in(session, record_id)
                revert: dict[str, Any] = {}
                for name, (old, new) in changes.items():
                    if to_wire(current.get(name)) == new:
                        revert[name] = old
                    else:
                        result.kept.append(
                            {
                                "entity": entity,
                                "id": record_id,
                                "field": name,
                                "reason": "edited since the import",
                            }
                        )
                if revert:
                    records.update_in(session, record_id, revert)
                    result.reverted += 1
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(undone_at=utcnow()))
    return result
