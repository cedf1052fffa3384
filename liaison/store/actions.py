"""Follow-up action items, traced to the minutes or bilateral meeting they came from."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced


class ActionItem(Synced, Base):
    """What is to be done, by whom (an institution and/or a person), by when, and where it was
    agreed, so that a follow-up can be tracked from meeting to meeting."""

    __tablename__ = "action_items"
    # the lists page through live records in this order; id breaks ties without a sort
    __table_args__ = (
        Index("ix_action_items_live_due_date", "deleted", "due_date", "id"),
        # the Today view: open (or overdue) actions by due date, without walking the done ones
        Index("ix_action_items_live_status_due_date", "deleted", "status", "due_date", "id"),
    )
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    assignee_institution_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("institutions.id"), index=True
    )
    assignee_contact_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("contacts.id"), index=True)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="open")
    completed_on: Mapped[date | None] = mapped_column(Date)
    event_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("events.id"), index=True)
    minutes_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("minutes.id"))
    bilateral_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("bilaterals.id"))
