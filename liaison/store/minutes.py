"""What an event produced: minutes per agenda item, adopted documents, the minutes' log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced


class Minutes(Synced, Base):
    """The minutes of an event. ``draft`` until the parties agree them; ``agreed`` minutes are
    read-only until explicitly reopened (both steps land in :class:`MinutesLogEntry`)."""

    __tablename__ = "minutes"
    # the Today view: an event's minutes still in draft, read from the index alone
    __table_args__ = (Index("ix_minutes_event_live_status", "event_id", "deleted", "status"),)
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    summary: Mapped[str | None] = mapped_column(Text)
    agreed_on: Mapped[date | None] = mapped_column(Date)


class MinutesEntry(Synced, Base):
    """Notes and decisions on one agenda item (or on none: "any other business")."""

    __tablename__ = "minutes_entries"
    minutes_id: Mapped[str] = mapped_column(String(36), ForeignKey("minutes.id"), nullable=False, index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("agenda_items.id"))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    heading: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)


class Document(Synced, Base):
    """A document adopted or presented at an event, e.g. the "Diaspora Joint Activity Plan of the
    OTS for the year 2024"; ``plan_id`` links it to the plan it adopted."""

    __tablename__ = "documents"
    event_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("events.id"), index=True)
    minutes_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("minutes.id"))
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False, default="other")
    adopted_on: Mapped[date | None] = mapped_column(Date)
    plan_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("joint_action_plans.id"))


class MinutesLogEntry(Synced, Base):
    """An entry of the minutes' workflow log: agreed, reopened (with the reason)."""

    __tablename__ = "minutes_log"
    minutes_id: Mapped[str] = mapped_column(String(36), ForeignKey("minutes.id"), nullable=False, index=True)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    by_name: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
