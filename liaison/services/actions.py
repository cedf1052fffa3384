"""Action items: the completion date follows the status, and overdue is a query, not a field."""

from __future__ import annotations

from datetime import date

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from liaison.services.records import Record, Records

OPEN_STATUSES = ("open", "in_progress")


class ActionRecords(Records):
    def before_write(self, session: Session, old: Record | None, new: Record) -> None:
        if new.get("status") == "done" and not new.get("completed_on"):
            new["completed_on"] = date.today()
        elif new.get("status") in OPEN_STATUSES and old is not None and old.get("status") == "done":
            new["completed_on"] = None

    def overdue(self, today: date | None = None) -> list[Record]:
        """Open actions whose due date has passed, oldest first."""
        day = today or date.today()
        with self.read() as session:
            query = (
                select(*self._list_columns)
                .where(
                    self.table.c.deleted == false(),
                    self.table.c.status.in_(OPEN_STATUSES),
                    self.table.c.due_date < day,
                )
                .order_by(self.table.c.due_date, self.table.c.id)
            )
            return [dict(row) for row in session.execute(query).mappings()]
