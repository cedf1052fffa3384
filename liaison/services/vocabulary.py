"""The closed lists the record uses, with their English labels marked for translation.

Values are stored as the keys (stable, language-neutral); the labels are what people see. The
store keeps them as plain text without CHECK constraints, so that a newer client's new kind of
event syncs into an older one instead of failing; the services validate what is written here.
"""

from __future__ import annotations

from liaison.i18n import QT_TRANSLATE_NOOP as T

C = "Choices"

EVENT_KINDS: dict[str, str] = {
    "ministerial_meeting": T(C, "Meeting of Ministers and Heads of Institutions"),
    "contact_group_meeting": T(C, "Contact Group meeting"),
    "diaspora_forum": T(C, "Diaspora Forum"),
    "youth_forum": T(C, "Diaspora Youth Forum"),
    "capacity_building_training": T(C, "Capacity Building Training"),
    "exchange_programme": T(C, "Exchange of Experience Programme"),
    "internship": T(C, "Internship Programme"),
    "reception": T(C, "Reception"),
    "summit": T(C, "Summit"),
    "working_visit": T(C, "Working visit"),
    "other": T(C, "Other event"),
}

INSTITUTION_KINDS: dict[str, str] = {
    "diaspora_institution": T(C, "Diaspora institution"),
    "ministry": T(C, "Ministry"),
    "embassy": T(C, "Embassy or consulate"),
    "secretariat": T(C, "OTS Secretariat"),
    "representation_office": T(C, "Representation office"),
    "ngo": T(C, "Diaspora NGO"),
    "academic": T(C, "University or research institute"),
    "business": T(C, "Business association"),
    "international_organisation": T(C, "International organisation"),
    "other": T(C, "Other institution"),
}

PARTICIPANT_ROLES: dict[str, str] = {
    "head_of_delegation": T(C, "Head of delegation"),
    "delegate": T(C, "Delegate"),
    "speaker": T(C, "Speaker"),
    "observer": T(C, "Observer"),
    "secretariat": T(C, "Secretariat"),
    "host": T(C, "Host"),
    "guest": T(C, "Guest"),
}

MINUTES_STATUSES: dict[str, str] = {"draft": T(C, "Draft"), "agreed": T(C, "Agreed")}

MINUTES_ACTIONS: dict[str, str] = {"agreed": T(C, "Agreed"), "reopened": T(C, "Reopened")}

DOCUMENT_KINDS: dict[str, str] = {
    "action_plan": T(C, "Action plan"),
    "declaration": T(C, "Declaration"),
    "strategy": T(C, "Strategy"),
    "report": T(C, "Report"),
    "memorandum": T(C, "Memorandum"),
    "other": T(C, "Other document"),
}

ACTION_STATUSES: dict[str, str] = {
    "open": T(C, "Open"),
    "in_progress": T(C, "In progress"),
    "done": T(C, "Done"),
    "cancelled": T(C, "Cancelled"),
}

PLAN_STATUSES: dict[str, str] = {
    "draft": T(C, "Draft"),
    "adopted": T(C, "Adopted"),
    "closed": T(C, "Closed"),
}

ACTIVITY_STATUSES: dict[str, str] = {
    "planned": T(C, "Planned"),
    "in_progress": T(C, "In progress"),
    "done": T(C, "Done"),
    "postponed": T(C, "Postponed"),
    "cancelled": T(C, "Cancelled"),
}

VISIBILITY_LABELS: dict[str, str] = {
    "private": T(C, "Private (this computer only)"),
    "institution": T(C, "My institution"),
    "shared": T(C, "Shared with all OTS institutions"),
}
