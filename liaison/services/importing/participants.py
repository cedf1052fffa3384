"""A delegation or participants list into one event: each row's contact (matched or created as
any import does) becomes a participant, in the delegation of the row's state (created when the
event has none yet), with the row's role. A role that is not a participant role makes its row
invalid (:func:`check_role`), like any wrong cell: nothing is written unless it is skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from liaison.i18n import translate
from liaison.services import vocabulary
from liaison.services.entities import DELEGATIONS, PARTICIPANTS
from liaison.services.errors import FieldMessages as M
from liaison.services.importing.columns import role_key
from liaison.services.importing.rows import RowIssue, column_of
from liaison.store.base import new_id

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from liaison.services.app import Liaison
    from liaison.services.importing.importer import PlannedRow
    from liaison.services.importing.rows import SourceRow

ROLE = PARTICIPANTS.field("role")


def check_role(
    source: SourceRow, columns: Mapping[str, list[int]], headers: Sequence[str]
) -> RowIssue | None:
    """A role the list gives that is not a participant role (by its key, or its label in English
    or the officer's language) makes the row invalid, naming the row, the column and the value:
    a guessed role would be written silently into the event's record. Returns the issue added."""
    if not source.role or role_key(source.role, ROLE.choices, vocabulary.PARTICIPANT_ROLES) in ROLE.choices:
        return None
    roles = ", ".join(translate("Choices", vocabulary.PARTICIPANT_ROLES[key]) for key in ROLE.choices)
    error = ROLE.error(M.BAD_CHOICE, value=source.role, choices=roles)
    issue = RowIssue(source.number, column_of("role", columns, headers), "role", error.message())
    source.issues.append(issue)
    return issue


class ParticipantPlan:
    def __init__(self, app: Liaison, session: Session, event: str) -> None:
        self.app = app
        self.event_id = app.events.resolve_in(session, event, field=PARTICIPANTS.field("event_id"))
        self.existing = {
            p["contact_id"] for p in app.participants.list_in(session, {"event_id": self.event_id})
        }
        self.delegations: dict[str, str] = {
            d["state_code"]: d["id"]
            for d in app.delegations.list_in(session, {"event_id": self.event_id})
            if d.get("state_code")
        }
        self.new_delegations: list[dict[str, Any]] = []
        self.new_participants: list[dict[str, Any]] = []

    @property
    def count(self) -> int:
        return len(self.new_participants)

    def plan(self, rows: list[PlannedRow]) -> None:
        for row in rows:
            contact_id = row.contact_id
            if contact_id is None or contact_id in self.existing:
                continue
            self.existing.add(contact_id)
            source = row.source
            state = source.state if source is not None else None
            delegation_id = None
            if state:
                delegation_id = self.delegations.get(state)
                if delegation_id is None:
                    delegation_id = new_id()
                    self.delegations[state] = delegation_id
                    self.new_delegations.append(
                        {"id": delegation_id, "event_id": self.event_id, "state_code": state}
                    )
            values: dict[str, Any] = {
                "id": new_id(),
                "event_id": self.event_id,
                "contact_id": contact_id,
                "delegation_id": delegation_id,
            }
            if source is not None and source.role:  # known: check_role refused the row otherwise
                values["role"] = role_key(source.role, ROLE.choices, vocabulary.PARTICIPANT_ROLES)
            self.new_participants.append(values)

    def write(self, session: Session) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        if self.new_delegations:
            self.app.delegations.create_many_in(session, self.new_delegations)
            items.extend(
                {
                    "entity": DELEGATIONS.name,
                    "record_id": d["id"],
                    "action": "create",
                    "source_key": None,
                    "changes": None,
                }
                for d in self.new_delegations
            )
        if self.new_participants:
            self.app.participants.create_many_in(session, self.new_participants)
            items.extend(
                {
                    "entity": PARTICIPANTS.name,
                    "record_id": p["id"],
                    "action": "create",
                    "source_key": None,
                    "changes": None,
                }
                for p in self.new_participants
            )
        return items
