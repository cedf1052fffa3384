"""The window's sections, known before the record is open.

The main window is on screen before the services (and SQLAlchemy under them) are imported: that
import and opening the record take several times longer than Qt needs to show a window, so they
run on the worker while the officer already sees the window. The navigation therefore needs the
sections' names and icons from a module that imports nothing but Qt; a test checks that this
table agrees with the pages and the entity declarations.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from liaison.i18n import QT_TRANSLATE_NOOP

ENTITY_CONTEXT = "Entities"
"""The translation context of entity names, shared with :mod:`liaison.services.entities`."""


class Section(NamedTuple):
    entity: str
    """The entity the section lists (a key of ``liaison.services.entities.ENTITIES``), or
    ``"today"``: the Today view (:mod:`liaison.ui.today`), the first section."""
    label: str
    """The entity's plural name, untranslated (the same source text as its declaration)."""
    icon: str


SECTIONS: tuple[Section, ...] = (
    Section("today", QT_TRANSLATE_NOOP("Entities", "Today"), "overdue"),  # not an entity: ui/today.py
    Section("contacts", QT_TRANSLATE_NOOP("Entities", "Contacts"), "contacts"),
    Section("institutions", QT_TRANSLATE_NOOP("Entities", "Institutions"), "institutions"),
    Section("events", QT_TRANSLATE_NOOP("Entities", "Events"), "events"),
    Section("bilaterals", QT_TRANSLATE_NOOP("Entities", "Bilateral meetings"), "bilaterals"),
    Section("action_items", QT_TRANSLATE_NOOP("Entities", "Action items"), "actions"),
    Section("joint_action_plans", QT_TRANSLATE_NOOP("Entities", "Joint Action Plans"), "plans"),
)


def tr_entity(label: str) -> str:
    """An entity name (as declared in the services) in the interface language."""
    return QCoreApplication.translate(ENTITY_CONTEXT, label)
