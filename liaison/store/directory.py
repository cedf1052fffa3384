"""Who is who: institutions, contacts and the posts contacts have held."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from liaison.store.base import Base, Synced


class Institution(Synced, Base):
    """A diaspora institution or ministry of a state, a diaspora NGO abroad, an embassy, the
    Secretariat or one of its offices. ``parent_id`` links e.g. NJSC Otandastar Qory to the
    Ministry of Foreign Affairs of Kazakhstan it sits under."""

    __tablename__ = "institutions"
    # the lists page through live records in this order; id breaks ties without a sort
    __table_args__ = (Index("ix_institutions_live_name_sort", "deleted", "name_sort", "id"),)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_sort: Mapped[str | None] = mapped_column(Text)
    """``liaison.text.collate.sort_key(name)``: the lists' order (written with the search key)."""
    native_name: Mapped[str | None] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(40), nullable=False, default="diaspora_institution")
    state_code: Mapped[str | None] = mapped_column(String(8), ForeignKey("states.code"), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(120))
    parent_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"))
    website: Mapped[str | None] = mapped_column(String(300))
    emails: Mapped[list[str]] = mapped_column(default=list)
    phones: Mapped[list[str]] = mapped_column(default=list)
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Contact(Synced, Base):
    """A person. ``name`` is as the person writes it (often Cyrillic), ``latin_name`` the Latin
    form used in English correspondence; ``position``/``institution_id`` are the current post."""

    __tablename__ = "contacts"
    # the lists page through live records in this order; id breaks ties without a sort
    __table_args__ = (Index("ix_contacts_live_name_sort", "deleted", "name_sort", "id"),)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_sort: Mapped[str | None] = mapped_column(Text)
    """``liaison.text.collate.sort_key(name)``: the lists' order (written with the search key)."""
    latin_name: Mapped[str | None] = mapped_column(String(200))
    honorific: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[str | None] = mapped_column(String(300))
    institution_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"), index=True)
    state_code: Mapped[str | None] = mapped_column(String(8), ForeignKey("states.code"), index=True)
    languages: Mapped[list[str]] = mapped_column(default=list)
    emails: Mapped[list[str]] = mapped_column(default=list)
    phones: Mapped[list[str]] = mapped_column(default=list)
    tags: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)


class ContactPosition(Synced, Base):
    """A post a contact held (or holds): people change posts, the record keeps the history."""

    __tablename__ = "contact_positions"
    contact_id: Mapped[str] = mapped_column(String(36), ForeignKey("contacts.id"), nullable=False, index=True)
    position: Mapped[str | None] = mapped_column(String(300))
    institution_id: Mapped[str | None] = mapped_column(String(36), ForeignKey("institutions.id"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
