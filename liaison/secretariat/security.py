"""Passwords and device tokens: what the server keeps instead of them.

Passwords: scrypt (``hashlib.scrypt``, memory-hard, in the standard library) with a random
16-byte salt per user, stored as ``scrypt$n$r$p$salt$hash`` so the cost can be raised later
without invalidating old hashes. Tokens: 32 random bytes; the server keeps their SHA-256 only —
a token has 256 bits of entropy, so a slow hash would add nothing but latency to every request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_DKLEN = 32
MIN_PASSWORD_CHARS = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """The stored form of ``password`` (in NFC: "ə" typed as a letter or as "e" and a mark is
    one password); ``n`` (the cost) is kept in it, so it can change later."""
    password = unicodedata.normalize("NFC", password)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_DKLEN)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``, compared in NFC as it was stored (and as typed,
    for a hash made before passwords were normalised); constant time in the comparison."""
    normal = unicodedata.normalize("NFC", password)
    return _verify(normal, stored) or (normal != password and _verify(password, stored))


def _verify(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8", "surrogatepass"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


_DUMMY = hash_password("not a password: evens out the time of a login with an unknown name")


def burn_password_time(password: str) -> None:
    """Spend the time of one verification, so that an unknown username answers as slowly as a
    known one and cannot be told apart by timing."""
    verify_password(password, _DUMMY)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
