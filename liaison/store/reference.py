"""Reference data that ships with the application and never syncs: the states of the OTS."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base


class State(Base):
    """A member or observer state of the OTS, or the Secretariat itself.

    ``code`` is ISO 3166 alpha-2 where one exists; the Turkish Republic of Northern Cyprus has
    none and is ``TRNC``; the Secretariat is ``OTS``.
    """

    __tablename__ = "states"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)  # member | observer | secretariat
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


STATES: tuple[tuple[str, str, str], ...] = (
    ("TR", "Türkiye", "member"),
    ("AZ", "Azerbaijan", "member"),
    ("KZ", "Kazakhstan", "member"),
    ("KG", "Kyrgyzstan", "member"),
    ("UZ", "Uzbekistan", "member"),
    ("HU", "Hungary", "observer"),
    ("TM", "Turkmenistan", "observer"),
    ("TRNC", "Turkish Republic of Northern Cyprus", "observer"),
    ("OTS", "OTS Secretariat", "secretariat"),
)
"""The rows of ``states``, in the order the OTS lists them (members, observers, Secretariat)."""
