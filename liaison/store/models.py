"""Every mapped class, and the registry of syncable tables by name."""

from __future__ import annotations

from liaison.store.actions import ActionItem
from liaison.store.attachments import Attachment, AttachmentText
from liaison.store.base import Base, Synced
from liaison.store.bilaterals import Bilateral, BilateralParty
from liaison.store.directory import Contact, ContactPosition, Institution
from liaison.store.imports import ImportBatch, ImportItem
from liaison.store.local import ContactMerge, OutboxEntry, SearchDoc, Setting
from liaison.store.meetings import AgendaItem, Delegation, Event, Participant
from liaison.store.minutes import Document, Minutes, MinutesEntry, MinutesLogEntry
from liaison.store.plans import JointActionPlan, PlanActivity
from liaison.store.reference import State
from liaison.store.sync_state import Conflict, SentField

SYNCED_MODELS: dict[str, type[Synced]] = {
    m.__tablename__: m
    for m in (
        Institution,
        Contact,
        ContactPosition,
        Event,
        Delegation,
        Participant,
        AgendaItem,
        Minutes,
        MinutesEntry,
        Document,
        MinutesLogEntry,
        Bilateral,
        BilateralParty,
        ActionItem,
        JointActionPlan,
        PlanActivity,
        Attachment,
    )
}
"""Syncable tables by table name, parents before children (the order a full import applies)."""

__all__ = [
    "SYNCED_MODELS",
    "ActionItem",
    "AgendaItem",
    "Attachment",
    "AttachmentText",
    "Base",
    "Bilateral",
    "BilateralParty",
    "Conflict",
    "Contact",
    "ContactMerge",
    "ContactPosition",
    "Delegation",
    "Document",
    "Event",
    "ImportBatch",
    "ImportItem",
    "Institution",
    "JointActionPlan",
    "Minutes",
    "MinutesEntry",
    "MinutesLogEntry",
    "OutboxEntry",
    "Participant",
    "PlanActivity",
    "SearchDoc",
    "SentField",
    "Setting",
    "State",
    "Synced",
]
