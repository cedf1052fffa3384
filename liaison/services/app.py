"""The front door of the use cases: one object per open data directory.

``Liaison.open(data_dir)`` opens (and migrates) the database and gives a :class:`Records`
service per entity, plus search, settings and the pending-change count. Front ends (the window,
the command line, sync, briefing) hold one of these and nothing from the store.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from liaison.services import changes, duplicates, merge, search
from liaison.services.actions import ActionRecords
from liaison.services.attachments import AttachmentRecords
from liaison.services.contacts import ContactRecords
from liaison.services.entities import BY_KEY, ENTITIES, EntitySpec
from liaison.services.minutes import MinutesEntryRecords, MinutesRecords
from liaison.services.records import Records
from liaison.services.settings import Settings
from liaison.store.engine import Store, open_store

SPECIAL: dict[str, type[Records]] = {
    "contacts": ContactRecords,
    "minutes": MinutesRecords,
    "minutes_entries": MinutesEntryRecords,
    "action_items": ActionRecords,
    "attachments": AttachmentRecords,
}


class Liaison:
    """Everything the front ends can do with one data directory."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.settings = Settings(store)
        self.records: dict[str, Records] = {
            name: SPECIAL.get(name, Records)(store, spec, self) for name, spec in ENTITIES.items()
        }
        self.institutions = self.records["institutions"]
        self.contacts: ContactRecords = self.records["contacts"]  # type: ignore[assignment]
        self.positions = self.records["contact_positions"]
        self.events = self.records["events"]
        self.delegations = self.records["delegations"]
        self.participants = self.records["participants"]
        self.agenda = self.records["agenda_items"]
        self.minutes: MinutesRecords = self.records["minutes"]  # type: ignore[assignment]
        self.minutes_entries: MinutesEntryRecords = self.records["minutes_entries"]  # type: ignore[assignment]
        self.documents = self.records["documents"]
        self.minutes_log = self.records["minutes_log"]
        self.bilaterals = self.records["bilaterals"]
        self.bilateral_parties = self.records["bilateral_parties"]
        self.actions: ActionRecords = self.records["action_items"]  # type: ignore[assignment]
        self.plans = self.records["joint_action_plans"]
        self.activities = self.records["plan_activities"]
        self.attachments: AttachmentRecords = self.records["attachments"]  # type: ignore[assignment]

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Liaison:
        app = cls(open_store(data_dir))
        try:
            search.ensure_current(app.store)  # a newer search key: the index is rebuilt once
        except BaseException:
            app.close()
            raise
        app.attachments.tidy()
        return app

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Liaison:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def entity(self, key_or_name: str) -> Records:
        """The service for an entity given as its key ("contact") or table ("contacts")."""
        spec: EntitySpec | None = BY_KEY.get(key_or_name) or ENTITIES.get(key_or_name)
        if spec is None:
            raise KeyError(key_or_name)
        return self.records[spec.name]

    def search(self, text: str, *, limit: int = 50, kinds: Sequence[str] | None = None) -> list[search.Hit]:
        """Search as you type: the best ``limit`` hits for ``text``, from any thread.

        No ORM session (it would cost more than a narrow search): see
        :func:`liaison.services.search.search_store` for the order and ``Hit.rank``."""
        return search.search_store(self.store, text, limit=limit, kinds=kinds)

    def pending_changes(self) -> int:
        with self.store.read() as session:
            return changes.pending_count(session)

    def find_duplicates(self) -> list[duplicates.DuplicateGroup]:
        """Groups of contacts that are probably one person (see :mod:`liaison.services.duplicates`)."""
        with self.store.read() as session:
            return duplicates.find_duplicates(session)

    def merge_contacts(self, keep_id: str, other_id: str) -> str:
        """Merge ``other_id`` into ``keep_id`` (see :mod:`liaison.services.merge`); the merge's id."""
        return merge.merge(self, keep_id, other_id)

    def unmerge_contacts(self, merge_id: str) -> dict[str, Any]:
        """Undo a merge: both contacts and every reference that moved come back."""
        return merge.unmerge(self, merge_id)

    def rebuild_search_index(self) -> int:
        with self.store.write() as session:
            return search.rebuild(session)
