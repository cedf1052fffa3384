"""Institutions, officers and their devices: the administrator's commands and the login.

An officer belongs to one institution; that institution owns the records they create and is
what decides what they see. Logging in makes a *device* with its own bearer token, so that one
laptop can be logged out (or a user revoked, which revokes all their devices) without touching
the others.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import exc, insert, select, update

from liaison.protocol import STATE_CODES, InstitutionInfo, LoginResponse
from liaison.secretariat import security
from liaison.secretariat.db import Database
from liaison.secretariat.errors import (
    DuplicateInstitutionError,
    DuplicateUserError,
    InvalidNameError,
    UnknownInstitutionError,
    UnknownStateError,
    UnknownUserError,
    WeakPasswordError,
)
from liaison.secretariat.models import Device, Institution, User, utcnow

MAX_NAME = 200
_USERNAME = re.compile(r"^[\w.@+-]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Principal:
    """Who is asking: the user behind a valid device token."""

    user_id: str
    username: str
    device_id: str
    institution: InstitutionInfo

    @property
    def institution_id(self) -> str:
        return self.institution["id"]


def clean_name(value: str, what: str) -> str:
    """An institution or device name: NFC, trimmed, one line, not empty, not too long."""
    name = unicodedata.normalize("NFC", value).strip()
    if not name:
        raise InvalidNameError(field=what, reason="must not be empty")
    if len(name) > MAX_NAME:
        raise InvalidNameError(field=what, reason=f"is longer than {MAX_NAME} characters")
    if _CONTROL.search(name):
        raise InvalidNameError(field=what, reason="must not contain control characters")
    return name


def clean_username(value: str) -> str:
    name = clean_name(value, "Username")
    if not _USERNAME.match(name):
        raise InvalidNameError(
            field="Username", reason="may hold only letters, digits and . _ @ + - (no spaces)"
        )
    return name


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_new_password(password: str) -> None:
    """Refuse a password too short, too long, or not text (add-user, reset-password)."""
    if len(password) < security.MIN_PASSWORD_CHARS:
        raise WeakPasswordError(reason=f"use at least {security.MIN_PASSWORD_CHARS} characters")
    if len(password) > 1024:
        raise WeakPasswordError(reason="is longer than 1024 characters")
    if not _is_utf8(password):  # bytes that are not UTF-8 on standard input: no client could send it
        raise WeakPasswordError(reason="is not UTF-8 text")


def add_institution(db: Database, name: str, state: str) -> InstitutionInfo:
    clean = clean_name(name, "Institution name")
    code = state.strip().upper()
    if code not in STATE_CODES:
        raise UnknownStateError(code=state, codes=", ".join(STATE_CODES))
    info: InstitutionInfo = {"id": str(uuid.uuid4()), "name": clean, "state": code}
    with db.write() as connection:
        if connection.scalar(select(Institution.id).where(Institution.name == clean)) is not None:
            raise DuplicateInstitutionError(name=clean)
        try:
            connection.execute(insert(Institution).values(**info, created_at=utcnow()))
        except exc.IntegrityError as error:
            raise DuplicateInstitutionError(name=clean) from error
    return info


def add_user(
    db: Database, username: str, institution: str, password: str, *, scrypt_n: int = security.SCRYPT_N
) -> str:
    """Create an officer of ``institution`` (by name); returns the user's id. ``scrypt_n`` is
    the hash's cost (stored in the hash; tests lower it to stay fast)."""
    name = clean_username(username)
    check_new_password(password)
    digest = security.hash_password(password, n=scrypt_n)  # slow: outside the transaction
    user_id = str(uuid.uuid4())
    with db.write() as connection:
        institution_id = connection.scalar(
            select(Institution.id).where(
                Institution.name == unicodedata.normalize("NFC", institution).strip()
            )
        )
        if institution_id is None:
            raise UnknownInstitutionError(name=institution)
        if connection.scalar(select(User.id).where(User.username == name)) is not None:
            raise DuplicateUserError(username=name)
        try:
            connection.execute(
                insert(User).values(
                    id=user_id,
                    username=name,
                    institution_id=institution_id,
                    password_hash=digest,
                    revoked=False,
                    created_at=utcnow(),
                )
            )
        except exc.IntegrityError as error:
            raise DuplicateUserError(username=name) from error
    return user_id


def revoke_user(db: Database, username: str) -> int:
    """Revoke a user and every device they logged in with; returns how many devices."""
    with db.write() as connection:
        user_id = connection.scalar(
            select(User.id).where(User.username == unicodedata.normalize("NFC", username).strip())
        )
        if user_id is None:
            raise UnknownUserError(username=username)
        connection.execute(update(User).where(User.id == user_id).values(revoked=True))
        result = connection.execute(
            update(Device).where(Device.user_id == user_id, Device.revoked.is_(False)).values(revoked=True)
        )
        return int(result.rowcount)


def login(db: Database, username: str, password: str, device_name: str) -> LoginResponse | None:
    """A new device token for valid credentials of a user who is not revoked, else ``None``.
    The username is compared in NFC, as it was stored (a keyboard may send "ə" decomposed)."""
    username = unicodedata.normalize("NFC", username).strip()
    with db.read() as connection:
        row = connection.execute(
            select(
                User.id, User.password_hash, User.revoked, Institution.id, Institution.name, Institution.state
            )
            .join(Institution, Institution.id == User.institution_id)
            .where(User.username == username)
        ).first()
    if row is None:
        security.burn_password_time(password)
        return None
    user_id, digest, revoked, institution_id, institution_name, state = row
    if not security.verify_password(password, digest) or revoked:
        return None
    token = security.new_token()
    device_id = str(uuid.uuid4())
    name = unicodedata.normalize("NFC", device_name).strip()[:MAX_NAME] or "device"
    with db.write() as connection:
        connection.execute(
            insert(Device).values(
                id=device_id,
                user_id=user_id,
                name=name,
                token_hash=security.hash_token(token),
                revoked=False,
                created_at=utcnow(),
            )
        )
    return {
        "token": token,
        "device_id": device_id,
        "user": username,
        "institution": {"id": institution_id, "name": institution_name, "state": state},
    }


def authenticate(db: Database, token: str) -> Principal | None:
    """The user behind ``token``, or ``None`` if it is unknown, or it or its user is revoked."""
    with db.read() as connection:
        row = connection.execute(
            select(
                User.id,
                User.username,
                Device.id,
                Institution.id,
                Institution.name,
                Institution.state,
            )
            .join(User, User.id == Device.user_id)
            .join(Institution, Institution.id == User.institution_id)
            .where(
                Device.token_hash == security.hash_token(token),
                Device.revoked.is_(False),
                User.revoked.is_(False),
            )
        ).first()
    if row is None:
        return None
    user_id, username, device_id, institution_id, institution_name, state = row
    return Principal(
        user_id, username, device_id, {"id": institution_id, "name": institution_name, "state": state}
    )


def logout(db: Database, principal: Principal) -> None:
    with db.write() as connection:
        connection.execute(update(Device).where(Device.id == principal.device_id).values(revoked=True))
