"""The yearly Joint Action Plans and their activities."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced


class JointActionPlan(Synced, Base):
    """A yearly plan, e.g. "Diaspora Joint Activity Plan of the OTS for the year 2024"."""

    __tablename__ = "joint_action_plans"
    # the lists page through live records in this order; id breaks ties without a sort
    __table_args__ = (Index("ix_joint_action_plans_live_year", "deleted", "year", "id"),)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")
    adopted_event_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("events.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class PlanActivity(Synced, Base):
    """An activity of a plan: what, which states are responsible, when, and how far it got."""

    __tablename__ = "plan_activities"
    plan_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("joint_action_plans.id"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    responsible_states: Mapped[list[str]] = mapped_column(default=list)
    lead_institution_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"))
    timeframe: Mapped[str | None] = mapped_column(String(120))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="planned")
    event_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("events.id"))
