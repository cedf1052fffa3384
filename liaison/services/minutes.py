"""Minutes and their workflow: Draft → Agreed, read-only once agreed, reopened on purpose.

Agreeing and reopening are logged (who, when, why) in ``minutes_log``, which syncs like any
record, so every delegation sees when the agreed text was opened again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.entities import MINUTES_LOG
from liaison.services.errors import ReadOnlyError, WorkflowError
from liaison.services.records import Record, Records, table_of
from liaison.services.settings import OFFICER_NAME, SIGNED_IN_USER
from liaison.store.base import utcnow

ALREADY_AGREED = QT_TRANSLATE_NOOP("Errors", "These minutes are already agreed.")
NOT_AGREED = QT_TRANSLATE_NOOP("Errors", "These minutes are not agreed, so there is nothing to reopen.")


def _is_agreed(session: Session, minutes_id: str | None) -> bool:
    if not minutes_id:
        return False
    from liaison.services.entities import MINUTES

    table = table_of(MINUTES)
    status = session.execute(select(table.c.status).where(table.c.id == minutes_id)).scalar()
    return status == "agreed"


class MinutesRecords(Records):
    _workflow = False

    def before_write(self, session: Session, old: Record | None, new: Record) -> None:
        if self._workflow:
            return
        if old is not None and old.get("status") == "agreed":
            raise ReadOnlyError()
        if new.get("status") == "agreed":
            # Agreeing goes through agree(), so that it is logged.
            new["status"] = old.get("status", "draft") if old else "draft"

    def before_delete(self, session: Session, old: Record) -> None:
        if old.get("status") == "agreed":
            raise ReadOnlyError()

    def agree(self, minutes_id: str, *, by_name: str | None = None, on: date | None = None) -> Record:
        """Mark the minutes agreed (read-only from now on) and log it."""
        with self.write() as session:
            return self.agree_in(session, minutes_id, by_name=by_name, on=on)

    def agree_in(
        self,
        session: Session,
        minutes_id: str,
        *,
        by_name: str | None = None,
        on: date | None = None,
        at: datetime | None = None,
    ) -> Record:
        """:meth:`agree` inside a caller's transaction; ``at`` dates the log entry (an import of
        historical minutes), by default now."""
        current = self.get_in(session, minutes_id)
        if current["status"] == "agreed":
            raise WorkflowError(ALREADY_AGREED)
        return self._transition(session, minutes_id, "agreed", on or date.today(), by_name, None, at)

    def reopen(self, minutes_id: str, *, reason: str | None = None, by_name: str | None = None) -> Record:
        """Make agreed minutes editable again, logging who did it and why."""
        with self.write() as session:
            return self.reopen_in(session, minutes_id, reason=reason, by_name=by_name)

    def reopen_in(
        self, session: Session, minutes_id: str, *, reason: str | None = None, by_name: str | None = None
    ) -> Record:
        current = self.get_in(session, minutes_id)
        if current["status"] != "agreed":
            raise WorkflowError(NOT_AGREED)
        return self._transition(session, minutes_id, "draft", None, by_name, reason, None)

    def _transition(
        self,
        session: Session,
        minutes_id: str,
        status: str,
        agreed_on: date | None,
        by: str | None,
        reason: str | None,
        at: datetime | None,
    ) -> Record:
        self._workflow = True
        try:
            record = self.update_in(session, minutes_id, {"status": status, "agreed_on": agreed_on})
        finally:
            self._workflow = False
        officer = by
        if not officer and self.services is not None:  # the name of Settings, else the sign-in's user
            settings = self.services.settings
            officer = settings.get_in(session, OFFICER_NAME) or settings.get_in(session, SIGNED_IN_USER)
        log: dict[str, Any] = {
            "minutes_id": minutes_id,
            "action": "agreed" if status == "agreed" else "reopened",
            "reason": reason,
            "by_name": officer,
            "at": at or utcnow(),
            "visibility": record["visibility"],
            "owner_institution_id": record["owner_institution_id"],
        }
        Records(self.store, MINUTES_LOG, self.services).create_in(session, log)
        return record


class MinutesEntryRecords(Records):
    """Entries of agreed minutes are as read-only as the minutes."""

    def before_write(self, session: Session, old: Record | None, new: Record) -> None:
        if _is_agreed(session, new.get("minutes_id")) or (old and _is_agreed(session, old.get("minutes_id"))):
            raise ReadOnlyError()

    def before_delete(self, session: Session, old: Record) -> None:
        if _is_agreed(session, old.get("minutes_id")):
            raise ReadOnlyError()
