"""The sample record ("demo") a newcomer can load on first run, and its loader.

The data lives in ``sample_data.json`` next to this module (shipped as package data): the
diaspora cooperation of the OTS around the 5th meeting of the Ministers and Heads of Diaspora
Institutions (Bishkek, 22 November 2023), with the earlier and later meetings, trainings,
receptions, a Joint Action Plan with its activities, bilateral meetings and action items. Its
``about`` text says which parts are public facts and which are invented for the demonstration.

The file holds one list per entity table, each record being ``key`` (the name other sample
records refer to it by) plus the entity's own fields; a reference field gives the key of the
record it names. A few extras the entity has no field for: ``since`` on a contact (start date
of the current post), ``text`` on an attachment (the file's content, stored as its bytes in the
training record's ``files/``) and the ``agree_minutes`` list (minutes agreed through the
workflow, so that the agreement is logged). Records are ``shared`` unless they say otherwise.

Everything goes through the record services inside ONE write transaction, so each record is
validated, queued in the outbox and indexed for search exactly as if an officer had typed it,
and a failure or a cancel leaves the data directory as it was.

**The sample never reaches the Secretariat.** It lives in a *training record*: a data folder
of its own, ``training/`` inside the officer's data folder (:func:`training_dir`), marked with
the ``training_record`` setting in the same transaction as the sample's records. The sync
client refuses to log in or sync a folder so marked (``TrainingRecordError``), and the
outbox the services filled while loading is emptied, so that nothing would go even if the
mark were lost. The loader refuses a folder that holds records and is not a training record
(the officer's real record); a second load into a training record that has the sample adds
nothing. The window opens the training record in a window of its own with a banner, a way
back and a way to remove it (``liaison.ui.training``); ``liaison demo`` loads it on the command
line and ``liaison demo --remove`` deletes it.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from liaison.errors import KnownError
from liaison.i18n import QT_TRANSLATE_NOOP
from liaison.services.attachments import media_type_of
from liaison.services.entities import ENTITIES, EntitySpec
from liaison.services.fields import Kind
from liaison.services.records import Record, table_of
from liaison.services.settings import TRAINING
from liaison.store.local import OUTBOX

if TYPE_CHECKING:
    from liaison.services.app import Liaison

DATA_FILE = "sample_data.json"

AGREE = "agree_minutes"
"""Pseudo-section: minutes to agree (after their entries exist), each ``minutes_id``, ``on``, ``by``."""

LOAD_ORDER: tuple[str, ...] = (
    "institutions",
    "contacts",
    "contact_positions",
    "events",
    "delegations",
    "participants",
    "agenda_items",
    "minutes",
    "minutes_entries",
    AGREE,
    "joint_action_plans",
    "plan_activities",
    "documents",
    "bilaterals",
    "bilateral_parties",
    "action_items",
    "attachments",
)
"""Sections in the order they are written: every record after the records it refers to
(documents name plans, so plans come before documents)."""

EXTRAS: dict[str, frozenset[str]] = {
    "contacts": frozenset({"since"}),
    "attachments": frozenset({"text"}),  # the file's content (UTF-8 text), stored as its bytes
}
"""Keys a sample record may carry besides its entity's fields."""

DEFAULT_VISIBILITY = "shared"

TRAINING_FOLDER = "training"
"""The training record's folder inside the officer's data folder."""

SAMPLE_LOADED = "sample_loaded"
"""Setting: the sample is in this training record (a second load adds nothing)."""

Progress = Callable[[int, int], None]


class Cancelled(KnownError):
    """The officer cancelled loading the sample; the transaction was rolled back."""

    template = QT_TRANSLATE_NOOP("Errors", "Loading the sample data was cancelled; nothing was written.")


class NotATrainingRecord(KnownError):
    """The sample was to be loaded into a folder holding the officer's own records."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} holds your own records: the sample data goes only into the training record "
        "(liaison demo, or File → Open the training record).",
    )


def training_dir(data_dir: str | Path) -> Path:
    """Where the training record of the data folder ``data_dir`` lives."""
    return Path(data_dir) / TRAINING_FOLDER


def open_training(data_dir: str | Path) -> Liaison:
    """Open (making it if needed) the training record of the data folder ``data_dir``, marked as
    one before anything is written to it. A folder there holding other records is refused."""
    from liaison.services.app import Liaison

    app = Liaison.open(training_dir(data_dir))
    try:
        with app.store.write() as session:
            if not app.settings.get_in(session, TRAINING):
                if any(_table_counts(session).values()):
                    raise NotATrainingRecord(path=str(app.data_dir))
                app.settings.set_in(session, TRAINING, True)
    except BaseException:
        app.close()
        raise
    return app


def has_sample(app: Liaison) -> bool:
    """Whether the sample is loaded in this (training) record."""
    return bool(app.settings.get(SAMPLE_LOADED))


def remove_training(data_dir: str | Path) -> bool:
    """Delete the training record of ``data_dir`` (closed first by the caller); returns whether
    there was one. Only a folder whose database is a training record is removed."""
    folder = training_dir(data_dir)
    if not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True


@cache
def _raw_text() -> str:
    return resources.files("liaison.services").joinpath(DATA_FILE).read_text(encoding="utf-8")


def sample_data() -> dict[str, Any]:
    """The sample file, parsed (a fresh copy each time: callers may change it)."""
    data = json.loads(_raw_text())
    assert isinstance(data, dict)
    unknown = set(data) - set(LOAD_ORDER) - {"about"}
    if unknown:
        raise ValueError(f"{DATA_FILE}: unknown sections {sorted(unknown)}")
    return data


def _steps(data: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(section, item) for section in LOAD_ORDER for item in data.get(section, [])]


def step_count() -> int:
    """How many steps :func:`load_sample_data` reports through ``progress``."""
    return len(_steps(sample_data()))


def _table_counts(session: Session) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, spec in ENTITIES.items():
        table = table_of(spec)
        counts[name] = int(session.scalar(select(func.count()).select_from(table)) or 0)
    return counts


def is_empty(app: Liaison) -> bool:
    """Whether the data directory holds no records at all (deleted ones included): the only
    state in which the front ends offer to load the sample."""
    with app.store.read() as session:
        return not any(_table_counts(session).values())


def _values(
    spec: EntitySpec, item: Mapping[str, Any], keys: Mapping[str, str], owner: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The field values of a sample record (references resolved to ids) and its extras."""
    values: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    allowed = EXTRAS.get(spec.name, frozenset())
    for name, value in item.items():
        if name == "key":
            continue
        if name in allowed:
            extras[name] = value
            continue
        field = spec.by_name.get(name)
        if field is not None and field.kind is Kind.REF and isinstance(value, str):
            if value not in keys:
                raise KeyError(f"{DATA_FILE}: {spec.name} {item.get('key')!r}: {name}: unknown key {value!r}")
            values[name] = keys[value]
        else:
            values[name] = value  # an unknown name is refused by the service, naming it
    values.setdefault("visibility", DEFAULT_VISIBILITY)
    if owner is not None:  # what the service would fill in, looked up once rather than per record
        values.setdefault("owner_institution_id", owner)
    return values, extras


def _set_post_start(app: Liaison, session: Session, contact_id: str, since: str) -> None:
    """Date the current post the contact service recorded (open-ended) on creation."""
    for post in app.positions.list_in(session, {"contact_id": contact_id, "end_date": None}):
        app.positions.update_in(session, post["id"], {"start_date": since})


def _agree(app: Liaison, session: Session, item: Mapping[str, Any], keys: Mapping[str, str]) -> None:
    minutes_id = keys[item["minutes_id"]]
    on = date.fromisoformat(item["on"])
    # The sample's agreement is historical: its log entry carries the day it was agreed.
    app.minutes.agree_in(
        session, minutes_id, by_name=item.get("by"), on=on, at=datetime.combine(on, time(12))
    )


def _write(
    app: Liaison,
    session: Session,
    section: str,
    item: Mapping[str, Any],
    keys: dict[str, str],
    owner: str | None,
) -> None:
    if section == AGREE:
        _agree(app, session, item, keys)
        return
    key = item.get("key")
    if key in keys:
        raise ValueError(f"{DATA_FILE}: duplicate key {key!r}")
    service = app.records[section]
    values, extras = _values(service.spec, item, keys, owner)
    if section == "attachments":  # the bytes first, then the row, as attaching does
        info = app.attachments.blobs.add_stream([str(extras["text"]).encode("utf-8")])
        values.update(size=info.size, sha256=info.sha256, media_type=media_type_of(str(values["name"])))
        extracted = app.attachments.read_text(info.sha256, str(values["name"]))
        if extracted is not None:  # found by search, as an attached file is
            app.attachments.store_text_in(session, info.sha256, extracted)
    record: Record = service.create_in(session, values)
    if key:
        keys[key] = record["id"]
    if extras.get("since"):
        _set_post_start(app, session, record["id"], extras["since"])


def load_sample_data(
    app: Liaison,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> dict[str, int]:
    """Load the sample record into an open data directory in ONE write transaction (all or
    nothing): returns counts per entity table name.

    The counts are what the load added to each table, records the services derive included
    (the post a contact is created with, the log entry of agreed minutes). ``progress(done,
    total)`` is called, on the calling thread and inside the transaction, first with ``done =
    0`` and then after each step up to ``done == total``. If ``cancel`` is set (from any
    thread) the load stops before its next step, or before committing, and raises
    :class:`Cancelled`: nothing is written.

    The folder becomes a training record (see the module's docstring): a folder holding other
    records raises :class:`NotATrainingRecord`; a training record already holding the sample
    gets nothing more (the counts are all zero).
    """
    steps = _steps(sample_data())
    total = len(steps)
    keys: dict[str, str] = {}

    def check_cancel() -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()

    with app.store.write() as session:
        before = _table_counts(session)
        settings = app.settings
        if settings.get_in(session, SAMPLE_LOADED):
            return {name: 0 for name in ENTITIES}
        if any(before.values()) and not settings.get_in(session, TRAINING):
            raise NotATrainingRecord(path=str(app.data_dir))
        settings.set_in(session, TRAINING, True)
        settings.set_in(session, SAMPLE_LOADED, True)
        owner = app.settings.home_institution_in(session)
        if progress is not None:
            progress(0, total)
        for done, (section, item) in enumerate(steps, start=1):
            check_cancel()
            _write(app, session, section, item, keys, owner)
            if progress is not None:
                progress(done, total)
        check_cancel()
        after = _table_counts(session)
        session.execute(delete(OUTBOX))  # a training record has nothing to send
    return {name: after[name] - before[name] for name in ENTITIES}
