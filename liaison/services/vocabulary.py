"""The closed lists the record uses, with their English labels marked for translation.

Values are stored as the keys (stable, language-neutral); the labels are what people see. The
store keeps them as plain text without CHECK constraints, so that a newer client's new kind of
event syncs into an older one instead of failing; the services validate what is written here.
"""

from __future__ import annotations

from collections.abc import Mapping

# T marks a label for translation; it is QT_TRANSLATE_NOOP by a shorter name, which
# packaging/translations.py tells lupdate (-tr-function-alias). Contexts must be literals.
from liaison.i18n import QT_TRANSLATE_NOOP as T

EVENT_KINDS: dict[str, str] = {
    "ministerial_meeting": T("Choices", "Meeting of Ministers and Heads of Institutions"),
    "contact_group_meeting": T("Choices", "Contact Group meeting"),
    "diaspora_forum": T("Choices", "Diaspora Forum"),
    "youth_forum": T("Choices", "Diaspora Youth Forum"),
    "capacity_building_training": T("Choices", "Capacity Building Training"),
    "exchange_programme": T("Choices", "Exchange of Experience Programme"),
    "internship": T("Choices", "Internship Programme"),
    "reception": T("Choices", "Reception"),
    "summit": T("Choices", "Summit"),
    "working_visit": T("Choices", "Working visit"),
    "other": T("Choices", "Other event"),
}

INSTITUTION_KINDS: dict[str, str] = {
    "diaspora_institution": T("Choices", "Diaspora institution"),
    "ministry": T("Choices", "Ministry"),
    "embassy": T("Choices", "Embassy or consulate"),
    "secretariat": T("Choices", "OTS Secretariat"),
    "representation_office": T("Choices", "Representation office"),
    "ngo": T("Choices", "Diaspora NGO"),
    "academic": T("Choices", "University or research institute"),
    "business": T("Choices", "Business association"),
    "international_organisation": T("Choices", "International organisation"),
    "other": T("Choices", "Other institution"),
}

PARTICIPANT_ROLES: dict[str, str] = {
    "head_of_delegation": T("Choices", "Head of delegation"),
    "delegate": T("Choices", "Delegate"),
    "speaker": T("Choices", "Speaker"),
    "observer": T("Choices", "Observer"),
    "secretariat": T("Choices", "Secretariat"),
    "host": T("Choices", "Host"),
    "guest": T("Choices", "Guest"),
}

MINUTES_STATUSES: dict[str, str] = {"draft": T("Choices", "Draft"), "agreed": T("Choices", "Agreed")}

MINUTES_ACTIONS: dict[str, str] = {"agreed": T("Choices", "Agreed"), "reopened": T("Choices", "Reopened")}

DOCUMENT_KINDS: dict[str, str] = {
    "action_plan": T("Choices", "Action plan"),
    "declaration": T("Choices", "Declaration"),
    "strategy": T("Choices", "Strategy"),
    "report": T("Choices", "Report"),
    "memorandum": T("Choices", "Memorandum"),
    "other": T("Choices", "Other document"),
}

ACTION_STATUSES: dict[str, str] = {
    "open": T("Choices", "Open"),
    "in_progress": T("Choices", "In progress"),
    "done": T("Choices", "Done"),
    "cancelled": T("Choices", "Cancelled"),
}

PLAN_STATUSES: dict[str, str] = {
    "draft": T("Choices", "Draft"),
    "adopted": T("Choices", "Adopted"),
    "closed": T("Choices", "Closed"),
}

ACTIVITY_STATUSES: dict[str, str] = {
    "planned": T("Choices", "Planned"),
    "in_progress": T("Choices", "In progress"),
    "done": T("Choices", "Done"),
    "postponed": T("Choices", "Postponed"),
    "cancelled": T("Choices", "Cancelled"),
}

VISIBILITY_LABELS: dict[str, str] = {
    "private": T("Choices", "Private (this computer only)"),
    "institution": T("Choices", "My institution"),
    "shared": T("Choices", "Shared with all OTS institutions"),
}


VOCABULARIES: dict[str, Mapping[str, str]] = {
    "kind:events": EVENT_KINDS,
    "kind:institutions": INSTITUTION_KINDS,
    "kind:documents": DOCUMENT_KINDS,
    "role": PARTICIPANT_ROLES,
    "status:minutes": MINUTES_STATUSES,
    "status:action_items": ACTION_STATUSES,
    "status:joint_action_plans": PLAN_STATUSES,
    "status:plan_activities": ACTIVITY_STATUSES,
    "action": MINUTES_ACTIONS,
    "visibility": VISIBILITY_LABELS,
}
"""The labels of each choice field: "field:entity" for one entity's field, or "field" for all."""


def vocabulary(entity: str, field_name: str) -> Mapping[str, str]:
    """Key → English label (marked under "Choices") of one entity's choice field."""
    return VOCABULARIES.get(f"{field_name}:{entity}") or VOCABULARIES.get(field_name) or {}


def label_key(key: str) -> str:
    """Any status or kind key's English label ("in_progress" → "In progress"), else the key."""
    for labels in VOCABULARIES.values():
        if key in labels:
            return labels[key]
    return key
