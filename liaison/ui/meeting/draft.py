"""The records behind meeting mode's text: one place to write per agenda item, and the writer
that stores the minutes and their entries on the database worker (no widgets here)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from liaison.errors import DatabaseLockedError, KnownError
from liaison.services.app import Liaison
from liaison.services.records import Record
from liaison.sync.merge import merge_text

SUMMARY_KEY = ("minutes", "summary")
NOTES = "notes"
DECISIONS = "decisions"
AOB = "aob"

# What the services refuse in long text (see liaison.services.fields): such characters come
# from pasted documents, never from typing, and would make every save fail. They are dropped.
_CONTROL_LONG = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    return _CONTROL_LONG.sub("", value)


@dataclass(frozen=True)
class Slot:
    """One place to write: an agenda item, or text not attached to one ("any other business")."""

    key: str  # "agenda:<id>", "entry:<id>" (an entry without an agenda item) or "aob"
    agenda_item_id: str | None
    title: str
    description: str
    heading: str  # the entry's heading when it is created
    position: int
    number: int | None  # 1-based place on the agenda; None off the agenda


@dataclass
class WriteResult:
    """What one save wrote: the minutes' id and the records created or changed."""

    minutes_id: str
    created: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    merged: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    """Texts a sync had changed since this window's last save: key -> (what was typed, what
    was stored: the typing merged with the other side's words)."""


class DraftWriter:
    """Writes the minutes' text; runs only on the database worker, which keeps it consistent.

    The minutes and the entries are created lazily, inside the transaction of the first save
    that needs them, so that a failed save leaves nothing half-made; the ids are remembered only
    once that transaction has committed.
    """

    def __init__(
        self,
        services: Liaison,
        event: Record,
        slots: Mapping[str, Slot],
        minutes: Record | None,
        entry_ids: Mapping[str, str],
        minutes_title: str,
    ) -> None:
        self.services = services
        self.event_record = event
        self.slots = dict(slots)
        self.minutes_id: str | None = minutes["id"] if minutes else None
        self.visibility: str | None = minutes["visibility"] if minutes else None
        self.entry_ids = dict(entry_ids)
        self.minutes_title = minutes_title
        self.bases: dict[tuple[str, str], str] = {}
        """Each text as this window last stored it (or loaded it): the common ancestor when a
        sync has written someone else's words into the record since."""

    def write(self, values: Mapping[Any, Any]) -> WriteResult:
        services = self.services
        minutes_fields: dict[str, Any] = {}
        entry_fields: dict[str, dict[str, Any]] = {}
        for (target, name), value in values.items():
            text = clean_text(str(value or ""))
            if target == "minutes":
                minutes_fields[name] = text
            else:
                entry_fields.setdefault(target, {})[name] = text
        try:
            result = self._write(minutes_fields, entry_fields)
        except KnownError:
            raise
        except Exception as error:
            # The store does not yet translate a lock met by BEGIN IMMEDIATE itself (only one met
            # inside the transaction): say what it is, not what SQLAlchemy says.
            if "database is locked" in str(error).lower():
                raise DatabaseLockedError(path=str(services.store.path)) from error
            raise
        # Committed: these texts are what the record holds now.
        self.bases.update({("minutes", name): text for name, text in minutes_fields.items()})
        for slot_key, fields in entry_fields.items():
            self.bases.update({(slot_key, name): text for name, text in fields.items()})
        return result

    def _reconcile(
        self,
        target: str,
        stored: Record,
        fields: dict[str, Any],
        merged: dict[tuple[str, str], tuple[str, str]],
    ) -> None:
        """In the save's transaction: a field a sync changed since this window last stored it
        gets the typing merged three-way with the other side's words, so that neither is lost
        (without this the save would write the screen's text over theirs)."""
        for name, ours in fields.items():
            key = (target, name)
            base, theirs = self.bases.get(key), stored.get(name) or ""
            if base is None or theirs in (base, ours):
                continue
            text = merge_text(base, ours, theirs)
            fields[name] = text if text is not None else ours + "\n\n" + theirs  # overlap: keep both
            merged[key] = (ours, fields[name])

    def _write(self, minutes_fields: dict[str, Any], entry_fields: dict[str, dict[str, Any]]) -> WriteResult:
        services = self.services
        created: list[tuple[str, str]] = []
        updated: list[tuple[str, str]] = []
        merged: dict[tuple[str, str], tuple[str, str]] = {}
        new_entries: dict[str, str] = {}
        with services.store.write() as session:
            minutes_id, visibility = self.minutes_id, self.visibility
            if minutes_id is None:
                record = services.minutes.create_in(
                    session,
                    {
                        "event_id": self.event_record["id"],
                        "title": self.minutes_title,
                        "status": "draft",
                        **minutes_fields,
                    },
                )
                minutes_id, visibility = record["id"], record["visibility"]
                created.append(("minutes", minutes_id))
            elif minutes_fields:
                stored = services.minutes.get_in(session, minutes_id)
                self._reconcile("minutes", stored, minutes_fields, merged)
                services.minutes.update_in(session, minutes_id, minutes_fields)
                updated.append(("minutes", minutes_id))
            for slot_key, fields in entry_fields.items():
                entry_id = self.entry_ids.get(slot_key)
                if entry_id is None:
                    slot = self.slots[slot_key]
                    entry = services.minutes_entries.create_in(
                        session,
                        {
                            "minutes_id": minutes_id,
                            "agenda_item_id": slot.agenda_item_id,
                            "position": slot.position,
                            "heading": slot.heading[:500],
                            "visibility": visibility,
                            **fields,
                        },
                    )
                    new_entries[slot_key] = entry["id"]
                    created.append(("minutes_entries", entry["id"]))
                else:
                    self._reconcile(
                        slot_key, services.minutes_entries.get_in(session, entry_id), fields, merged
                    )
                    services.minutes_entries.update_in(session, entry_id, fields)
                    updated.append(("minutes_entries", entry_id))
        # Committed: from now on these records exist.
        self.minutes_id, self.visibility = minutes_id, visibility
        self.entry_ids.update(new_entries)
        return WriteResult(minutes_id, created, updated, merged)


def load_draft(
    services: Liaison, event_id: str, aob: Slot
) -> tuple[Record | None, list[Slot], dict[str, str], dict[str, tuple[str, str]]]:
    """The event's minutes to write in (the officer's institution's draft, else its last agreed
    ones, else another institution's, to read), a place to write per agenda item and per entry
    not on the agenda (else ``aob``, "any other business", placed last), and the stored ids and
    texts of the entries by place."""
    from liaison.services.settings import HOME_INSTITUTION

    slots: list[Slot] = []
    every = services.minutes.list({"event_id": event_id})
    home = services.settings.get(HOME_INSTITUTION)
    # The officer's own institution's minutes first (theirs to write), a draft before agreed ones;
    # another institution's minutes open to be read (meeting mode shows them read-only).
    ranked = sorted(
        range(len(every)),
        key=lambda i: (
            not (home and every[i].get("owner_institution_id") in (home, None)),
            every[i]["status"] == "agreed",
            -i if every[i]["status"] == "agreed" else i,  # the newest agreed, the first draft
        ),
    )
    minutes = every[ranked[0]] if ranked else None
    agenda = services.agenda.list({"event_id": event_id})
    entries = services.minutes_entries.list({"minutes_id": minutes["id"]}) if minutes else []
    entry_ids: dict[str, str] = {}
    texts: dict[str, tuple[str, str]] = {}
    for number, item in enumerate(agenda, start=1):
        slots.append(
            Slot(
                key=f"agenda:{item['id']}",
                agenda_item_id=item["id"],
                title=item["title"],
                description=item.get("description") or "",
                heading=item["title"],
                position=item["position"] or 0,
                number=number,
            )
        )
    by_key = {slot.key: slot for slot in slots}
    last = max((slot.position for slot in slots), default=-1)
    unattached: list[Slot] = []
    for entry in entries:
        key = f"agenda:{entry['agenda_item_id']}" if entry["agenda_item_id"] else None
        if key is None or key not in by_key or key in entry_ids:
            key = f"entry:{entry['id']}"
            unattached.append(
                Slot(
                    key=key,
                    agenda_item_id=entry["agenda_item_id"] if entry["agenda_item_id"] else None,
                    title=entry["heading"] or aob.title,
                    description="",
                    heading=entry["heading"] or "",
                    position=entry["position"] or 0,
                    number=None,
                )
            )
        entry_ids[key] = entry["id"]
        texts[key] = (entry["notes"] or "", entry["decisions"] or "")
    slots.extend(unattached)
    if not unattached:
        slots.append(replace(aob, position=min(last + 1, 10_000)))
    return minutes, slots, entry_ids, texts
