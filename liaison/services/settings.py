"""Settings kept in the database: they travel with the data directory, not with the machine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from liaison.i18n import normalize
from liaison.store.base import new_id
from liaison.store.local import Setting

if TYPE_CHECKING:
    from liaison.store.engine import Store

HOME_INSTITUTION = "home_institution_id"
OFFICER_NAME = "officer_name"
DEVICE_ID = "device_id"
LANGUAGE = "language"
"""The interface language chosen in Settings ("kk", "ru", ...); absent: the system's."""
TRAINING = "training_record"
"""Set (true) in a training record: the sample, for trying Liaison out. It never syncs (the sync
client refuses to log in or sync it) and its records are the sample's only."""
SIGNED_IN_USER = "sync.username"
"""The Secretariat user this folder is signed in as (written by the sync client: ``liaison.sync.state``);
who agreed or reopened minutes when no officer name is set."""
DEFAULT_VISIBILITY = "default_visibility"
"""The visibility a new record gets when the officer does not choose one (Settings)."""


class Settings:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        with self.store.read() as session:
            return self.get_in(session, key, default)

    def get_in(self, session: Session, key: str, default: Any = None) -> Any:
        row = session.get(Setting, key)
        return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        with self.store.write() as session:
            self.set_in(session, key, value)

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The values set for ``keys`` (keys without one are left out), in one read."""
        wanted = list(keys)
        if not wanted:
            return {}
        with self.store.read() as session:
            rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted)))
            return {key: value for key, value in rows if value is not None}

    def set_many(self, values: Mapping[str, Any]) -> None:
        """Set (``None``: remove) several values in one transaction: all of them, or none."""
        with self.store.write() as session:
            for key, value in values.items():
                self.set_in(session, key, value)

    def set_in(self, session: Session, key: str, value: Any) -> None:
        if value is None:
            session.execute(delete(Setting).where(Setting.key == key))
        else:
            session.merge(Setting(key=key, value=value))

    def home_institution_in(self, session: Session) -> str | None:
        """The institution new records belong to (the officer's own), if one is set."""
        value = self.get_in(session, HOME_INSTITUTION)
        return str(value) if value else None

    def is_training(self) -> bool:
        """Whether this data folder is a training record (see :data:`TRAINING`)."""
        return bool(self.get(TRAINING))

    def language(self) -> str | None:
        """The language chosen in Settings, or None to follow the system."""
        return normalize(self.get(LANGUAGE))

    def set_language(self, language: str | None) -> None:
        """Choose the interface language (``None``: follow the system's)."""
        self.set(LANGUAGE, normalize(language))

    def device_id(self) -> str:
        """This data directory's stable id, made on first use (read without the write lock once
        it exists: the status bar asks for it while a sync may be writing a long transaction)."""
        with self.store.read() as session:
            value = self.get_in(session, DEVICE_ID)
        if value:
            return str(value)
        with self.store.write() as session:
            value = self.get_in(session, DEVICE_ID)
            if not value:
                value = new_id()
                self.set_in(session, DEVICE_ID, value)
            return str(value)
