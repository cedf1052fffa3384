"""Events and what is fixed before they start: delegations, participants, the agenda."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced


class Event(Synced, Base):
    """A ministerial meeting, Contact Group meeting, forum, training, programme or reception.
    ``number`` is the ordinal of a recurring series ("5th meeting")."""

    __tablename__ = "events"
    # the lists page through live records in this order; id breaks ties without a sort
    __table_args__ = (Index("ix_events_live_start_date", "deleted", "start_date", "id"),)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    number: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    venue: Mapped[str | None] = mapped_column(String(300))
    host_institution_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"))
    description: Mapped[str | None] = mapped_column(Text)


class Delegation(Synced, Base):
    """A state's (or institution's) delegation to an event."""

    __tablename__ = "delegations"
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    state_code: Mapped[str | None] = mapped_column(String(8), ForeignKey("states.code"))
    institution_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"))
    head_contact_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("contacts.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Participant(Synced, Base):
    """A person at an event; ``attended`` is the check-in made in meeting mode."""

    __tablename__ = "participants"
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    contact_id: Mapped[str] = mapped_column(String(36), ForeignKey("contacts.id"), nullable=False, index=True)
    delegation_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("delegations.id"))
    role: Mapped[str] = mapped_column(String(40), nullable=False, default="delegate")
    attended: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class AgendaItem(Synced, Base):
    """One item of an event's agenda, in ``position`` order."""

    __tablename__ = "agenda_items"
    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("events.id"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
