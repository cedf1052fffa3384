"""Bilateral meetings, on the margins of an event or standalone, and their parties."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced


class Bilateral(Synced, Base):
    """A bilateral meeting; ``event_id`` set when it was held on the margins of that event."""

    __tablename__ = "bilaterals"
    # the lists page through live records in this order; id breaks ties without a sort
    __table_args__ = (Index("ix_bilaterals_live_date", "deleted", "date", "id"),)
    event_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("events.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    date: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    topics: Mapped[str | None] = mapped_column(Text)
    outcomes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class BilateralParty(Synced, Base):
    """One side at a bilateral meeting: a state, an institution, a person, or several of these."""

    __tablename__ = "bilateral_parties"
    bilateral_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("bilaterals.id"), nullable=False, index=True
    )
    state_code: Mapped[str | None] = mapped_column(String(8), ForeignKey("states.code"))
    institution_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"))
    contact_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("contacts.id"), index=True)
