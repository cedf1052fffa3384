"""The syncable entities, their fields and each field's wire type.

Keys are the desktop's table names (``liaison.services.entities.ENTITIES`` and ``outbox.entity``).
``visibility`` and ``owner_institution_id`` are not listed: they travel beside ``fields`` (see the
package docstring). A client test checks these lists against the store's models, so they cannot
drift apart silently; a field added to the desktop is added here in the same change.

Wire types, and what a value must be (``None`` is always allowed, meaning empty):
- ``text``: a string (one line; also choices, state and country codes);
- ``long_text``: a string merged three-way on the server (notes, minutes, descriptions);
- ``int``: an integer (not a boolean); ``bool``: a boolean;
- ``date`` / ``datetime``: ISO 8601 text (``2024-05-31``, ``2024-05-31T09:30:00``);
- ``ref``: the UUID text of another record;
- ``list``: a list of strings (e-mails, phones, tags, languages, states);
- ``image``: base64 text.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, Literal

WireType = Literal["text", "long_text", "int", "bool", "date", "datetime", "ref", "list", "image"]

TEXT: Final = "text"
LONG_TEXT: Final = "long_text"


def _spec(**fields: WireType) -> MappingProxyType[str, WireType]:
    return MappingProxyType(fields)


ENTITY_FIELDS: Final[MappingProxyType[str, MappingProxyType[str, WireType]]] = MappingProxyType(
    {
        "institutions": _spec(
            name="text",
            native_name="text",
            short_name="text",
            kind="text",
            state_code="text",
            country="text",
            city="text",
            parent_id="ref",
            website="text",
            emails="list",
            phones="list",
            address="long_text",
            notes="long_text",
        ),
        "contacts": _spec(
            name="text",
            latin_name="text",
            honorific="text",
            position="text",
            institution_id="ref",
            state_code="text",
            languages="list",
            emails="list",
            phones="list",
            tags="list",
            notes="long_text",
            photo="image",
        ),
        "contact_positions": _spec(
            contact_id="ref",
            position="text",
            institution_id="ref",
            start_date="date",
            end_date="date",
        ),
        "events": _spec(
            kind="text",
            title="text",
            number="int",
            start_date="date",
            end_date="date",
            city="text",
            country="text",
            venue="text",
            host_institution_id="ref",
            description="long_text",
        ),
        "delegations": _spec(
            event_id="ref",
            state_code="text",
            institution_id="ref",
            head_contact_id="ref",
            notes="long_text",
        ),
        "participants": _spec(
            event_id="ref",
            contact_id="ref",
            delegation_id="ref",
            role="text",
            attended="bool",
        ),
        "agenda_items": _spec(
            event_id="ref",
            position="int",
            title="text",
            description="long_text",
        ),
        "minutes": _spec(
            event_id="ref",
            title="text",
            status="text",
            summary="long_text",
            agreed_on="date",
        ),
        "minutes_entries": _spec(
            minutes_id="ref",
            agenda_item_id="ref",
            position="int",
            heading="text",
            notes="long_text",
            decisions="long_text",
        ),
        "documents": _spec(
            event_id="ref",
            minutes_id="ref",
            title="text",
            kind="text",
            adopted_on="date",
            plan_id="ref",
        ),
        "minutes_log": _spec(
            minutes_id="ref",
            action="text",
            reason="long_text",
            by_name="text",
            at="datetime",
        ),
        "bilaterals": _spec(
            event_id="ref",
            title="text",
            date="date",
            city="text",
            country="text",
            topics="long_text",
            outcomes="long_text",
            notes="long_text",
        ),
        "bilateral_parties": _spec(
            bilateral_id="ref",
            state_code="text",
            institution_id="ref",
            contact_id="ref",
        ),
        "action_items": _spec(
            title="text",
            description="long_text",
            assignee_institution_id="ref",
            assignee_contact_id="ref",
            due_date="date",
            status="text",
            completed_on="date",
            event_id="ref",
            minutes_id="ref",
            bilateral_id="ref",
        ),
        "joint_action_plans": _spec(
            year="int",
            title="text",
            status="text",
            adopted_event_id="ref",
            notes="long_text",
        ),
        "plan_activities": _spec(
            plan_id="ref",
            position="int",
            title="text",
            description="long_text",
            responsible_states="list",
            lead_institution_id="ref",
            timeframe="text",
            start_date="date",
            end_date="date",
            status="text",
            event_id="ref",
        ),
        # A file attached to a record (bytes travel by their own endpoints, never in pages).
        # owner_entity names the owner's table, owner_id the owner; the attachment's visibility
        # and owner institution are its owner record's (set when attached, following the owner's
        # changes), so whoever may see the owner may see its files and no one else.
        "attachments": _spec(
            owner_entity="text",
            owner_id="ref",
            name="text",
            media_type="text",
            size="int",
            sha256="text",
            role="text",
        ),
    }
)
"""Entity (table name) → field name → wire type, parents before children."""

ENTITIES: Final[tuple[str, ...]] = tuple(ENTITY_FIELDS)
"""The syncable entity keys, parents before children."""

LONG_TEXT_FIELDS: Final[MappingProxyType[str, frozenset[str]]] = MappingProxyType(
    {
        entity: frozenset(name for name, kind in fields.items() if kind == LONG_TEXT)
        for entity, fields in ENTITY_FIELDS.items()
    }
)
"""Entity → the fields the server merges three-way (diff-match-patch); all others are scalars."""


_REF_NAMES: Final[MappingProxyType[str, str | None]] = MappingProxyType(
    {
        "parent_id": "institutions",
        "institution_id": "institutions",
        "host_institution_id": "institutions",
        "assignee_institution_id": "institutions",
        "lead_institution_id": "institutions",
        "contact_id": "contacts",
        "head_contact_id": "contacts",
        "assignee_contact_id": "contacts",
        "event_id": "events",
        "adopted_event_id": "events",
        "delegation_id": "delegations",
        "minutes_id": "minutes",
        "agenda_item_id": "agenda_items",
        "plan_id": "joint_action_plans",
        "bilateral_id": "bilaterals",
        "owner_id": None,  # an attachment's owner: any entity (its owner_entity says which)
    }
)

REF_TARGETS: Final[MappingProxyType[str, MappingProxyType[str, str | None]]] = MappingProxyType(
    {
        entity: MappingProxyType({name: _REF_NAMES[name] for name, kind in fields.items() if kind == "ref"})
        for entity, fields in ENTITY_FIELDS.items()
    }
)
"""Entity → ``ref`` field → the entity it names (``None``: any). The server looks a reference
up in its target's rows only (a client test checks this against the desktop's declarations)."""


def is_long_text(entity: str, field: str) -> bool:
    """Whether ``field`` of ``entity`` merges three-way."""
    return field in LONG_TEXT_FIELDS.get(entity, frozenset())


CONTACT_REFS: Final[tuple[tuple[str, str], ...]] = (
    ("contact_positions", "contact_id"),
    ("delegations", "head_contact_id"),
    ("participants", "contact_id"),
    ("bilateral_parties", "contact_id"),
    ("action_items", "assignee_contact_id"),
)
"""(entity, field) of every ``ref`` that names a contact: what a merge moves (a client test
checks it against the desktop's declarations)."""

ONE_PER_PARENT: Final[MappingProxyType[str, str]] = MappingProxyType(
    {"participants": "event_id", "bilateral_parties": "bilateral_id"}
)
"""A contact takes part once per event (per bilateral meeting): when a merge would give the
kept contact a second one, the moved one is deleted instead (the desktop's merge and the
server's redirects apply the same rule)."""
