"""What an operator runs on a live server besides adding accounts: look, reset, disable, back up.

Decisions:
- **Disable, enable, revoke.** ``disable-user`` stops a user at once (no login; every device
  token refused) without ending their tokens, so that ``enable-user`` lets their laptops sync
  again without a new sign-in (an officer on leave). ``revoke`` is a disable that also ends every
  token (a laptop lost): after it, ``enable-user`` needs the officer to sign in again. All three
  use the user's one ``revoked`` flag, so no schema change and one rule in ``authenticate``.
- **Resetting a password** ends every token of the user: whoever knew the old password may have
  signed a device in with it. The officer signs in again with the new one.
- **Backup** uses SQLite's online backup API on a connection of its own: a consistent copy while
  the server keeps serving (writers wait only for the page copy steps). The copy is written to a
  temporary file beside the target, checked (``PRAGMA quick_check``), switched out of WAL mode
  (one self-contained file) and renamed into place, so a backup is whole or absent. PostgreSQL is
  refused with the ``pg_dump`` command: its own tool does it better (consistent snapshot, no
  lock, restorable into a newer server).
- **A restore is a new epoch.** Every backup copy gets an epoch of its own (a new random id,
  beginning at the copy's sequence number), written into the copy before it is renamed into
  place: serving a restored copy is then seen by every laptop as a server that went back in
  time, and each one sends again what the copy lacks (:mod:`liaison.sync.restore`). A database
  restored another way (``pg_restore``, a disk snapshot) needs ``restored``, which draws a new
  epoch in place. Nothing is lost by a needless new epoch: the laptops send what they hold
  above its start and read the record again.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import unicodedata
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import make_url

from liaison.secretariat import accounts, security
from liaison.secretariat.db import Database, Epoch, start_epoch
from liaison.secretariat.errors import (
    BackupError,
    BackupExistsError,
    BackupNotSupportedError,
    UnknownUserError,
)
from liaison.secretariat.models import Device, Institution, User, utcnow


def list_institutions(db: Database) -> list[dict[str, Any]]:
    """Every institution by name, with its count of active users."""
    active = (
        select(User.institution_id, func.count().label("users"))
        .where(User.revoked.is_(False))
        .group_by(User.institution_id)
        .subquery()
    )
    with db.read() as connection:
        rows = connection.execute(
            select(Institution.id, Institution.name, Institution.state, func.coalesce(active.c.users, 0))
            .outerjoin(active, active.c.institution_id == Institution.id)
            .order_by(Institution.name)
        ).all()
    return [
        {"id": id_, "name": name, "state": state, "active_users": int(users)}
        for id_, name, state, users in rows
    ]


def list_users(db: Database) -> list[dict[str, Any]]:
    """Every user by name: institution, whether disabled, and how many devices are signed in."""
    devices = (
        select(Device.user_id, func.count().label("devices"))
        .where(Device.revoked.is_(False))
        .group_by(Device.user_id)
        .subquery()
    )
    with db.read() as connection:
        rows = connection.execute(
            select(
                User.username,
                Institution.name,
                User.revoked,
                func.coalesce(devices.c.devices, 0),
                User.created_at,
            )
            .join(Institution, Institution.id == User.institution_id)
            .outerjoin(devices, devices.c.user_id == User.id)
            .order_by(User.username)
        ).all()
    return [
        {
            "username": username,
            "institution": institution,
            "disabled": bool(revoked),
            "devices": int(count),
            "created_at": created.isoformat(timespec="seconds") + "Z",
        }
        for username, institution, revoked, count, created in rows
    ]


def _user_id(connection: Any, username: str) -> str:
    user_id = connection.scalar(
        select(User.id).where(User.username == unicodedata.normalize("NFC", username).strip())
    )
    if user_id is None:
        raise UnknownUserError(username=username)
    return str(user_id)


def reset_password(db: Database, username: str, password: str, *, scrypt_n: int = security.SCRYPT_N) -> int:
    """Set a new password and end every device token of the user; returns how many."""
    accounts.check_new_password(password)
    digest = security.hash_password(password, n=scrypt_n)  # slow: outside the transaction
    with db.write() as connection:
        user_id = _user_id(connection, username)
        connection.execute(update(User).where(User.id == user_id).values(password_hash=digest))
        ended = connection.execute(
            update(Device).where(Device.user_id == user_id, Device.revoked.is_(False)).values(revoked=True)
        )
        return int(ended.rowcount)


def set_disabled(db: Database, username: str, disabled: bool) -> bool:
    """Disable (or enable) a user; ``False`` if they already were."""
    with db.write() as connection:
        user_id = _user_id(connection, username)
        changed = connection.execute(
            update(User).where(User.id == user_id, User.revoked.is_(not disabled)).values(revoked=disabled)
        )
        return bool(changed.rowcount)


def backup(db: Database, target: Path, *, force: bool = False) -> int:
    """Copy the SQLite database to ``target`` while it is in use; returns the copy's size."""
    if not db.is_sqlite:
        raise BackupNotSupportedError()
    db.check()
    db.ensure_epoch()  # a database of an earlier release gains its table before the copy
    source_path = make_url(db.url).database or ""
    target = target.expanduser().absolute()
    if target.exists() and not force:
        raise BackupExistsError(path=str(target))
    if target.is_dir():
        raise BackupError(path=str(target), reason="it is a folder")
    if not target.parent.is_dir():
        raise BackupError(path=str(target), reason=f"the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
        try:
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                with copy:  # the copy is another timeline from the moment it is served
                    copy.execute(
                        "UPDATE server_epoch SET epoch = ?, since_seq = "
                        "(SELECT seq FROM server_meta WHERE id = 1), started_at = ? WHERE id = 1",
                        (str(uuid.uuid4()), utcnow().isoformat(sep=" ")),
                    )
                (verdict,) = copy.execute("PRAGMA quick_check").fetchone()
                if verdict != "ok":
                    raise BackupError(path=str(target), reason=f"the copy fails SQLite's check: {verdict}")
            finally:
                copy.close()
        finally:
            source.close()
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as problem:
        raise BackupError(path=str(target), reason=str(problem)) from problem
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target.stat().st_size


def restored(db: Database) -> Epoch:
    """Tell the laptops that this database was restored (by ``pg_restore``, a file copy, a disk
    snapshot: any way but serving a ``backup`` copy, which has an epoch of its own): a new
    epoch beginning at the current sequence number. Safe on a live server."""
    db.check()
    db.ensure_epoch()
    with db.write() as connection:
        return start_epoch(connection)
