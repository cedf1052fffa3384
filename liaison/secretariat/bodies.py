"""Request bodies read with bounds: a streaming inflate that stops at the endpoint's limit, and
typed decoding of each endpoint's message.

Nothing a stranger sends may cost the server more memory than the endpoint's limit allows:

- the body is read chunk by chunk as it arrives and, when gzipped, inflated as it arrives with
  ``zlib.decompressobj(...).decompress(chunk, max_length)``, so neither the compressed nor the
  inflated body ever grows past its limit (:class:`BodyLimit`, per endpoint) before the request
  is answered 413;
- the JSON is decoded by msgspec straight into the endpoint's message types (:class:`Login`,
  :class:`Push`), never into generic objects: every value has a declared type and bound, so a
  body of ``[{},{},…]`` (which ``json.loads`` turns into millions of dicts) is refused at its
  first byte, and nesting can go no deeper than the message's own (a push: body, changes,
  change, fields, a list value, its text items);
- what passes is then checked by the protocol's own validators (entity field names and wire
  types, the same rules the desktop uses), whose error paths the 400s carry.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import msgspec

from liaison.protocol import (
    ENTITIES,
    GZIP,
    MAX_PUSH_CHANGES,
    TOO_LARGE,
    LoginRequest,
    ProtocolError,
    PushRequest,
    decode_login_request,
    decode_push_request,
)
from liaison.protocol.constants import MAX_IMAGE_CHARS, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_PASSWORD_CHARS

_UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_MAX_SEQ = 2**62


@dataclass(frozen=True)
class BodyLimit:
    """The most an endpoint reads: ``compressed`` bytes off the wire, ``inflated`` after gzip."""

    compressed: int
    inflated: int


class TooLarge(ProtocolError):
    """A body past its endpoint's limit: 413 ``too_large``."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(f"is larger than {limit} bytes{what}", field="body", code=TOO_LARGE)


async def read_body(chunks: AsyncIterator[bytes], encoding: str, limit: BodyLimit) -> bytearray:
    """The body from ``chunks`` (as they arrive), inflated when ``encoding`` is gzip; raises
    :class:`TooLarge` as soon as either size passes ``limit`` and :class:`ProtocolError` for a
    damaged gzip stream. Concatenated gzip members are one body, as ``gzip.decompress`` reads.
    The buffer it was gathered in is what is returned (msgspec decodes from it): a copy into
    ``bytes`` held a second 16 MiB during a full push's last moment of reading."""
    out = bytearray()
    received = 0
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS) if encoding == GZIP else None
    async for chunk in chunks:
        received += len(chunk)
        if received > limit.compressed:
            raise TooLarge(limit.compressed, "")
        if inflater is None:
            out += chunk
            continue
        pending = chunk
        while pending:
            if inflater.eof:  # the next gzip member, or padding after the last
                if not pending.strip(b"\x00"):
                    break
                inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
            try:
                out += inflater.decompress(pending, min(limit.inflated + 1 - len(out), _PIECE))
            except zlib.error as error:
                raise ProtocolError(f"is not valid gzip ({error})") from None
            if len(out) > limit.inflated:
                raise TooLarge(limit.inflated, " once inflated")
            pending = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
    if inflater is not None:
        if received == 0:
            raise ProtocolError("is empty but says it is gzip")
        if not inflater.eof:
            raise ProtocolError("is truncated gzip")
    return out


_PIECE = 64 * 1024
"""Inflated at most at a time: a highly compressible chunk (64 KiB of one repeated letter, a
notes field) inflated in one call to the body's limit made a 16 MiB ``bytes`` beside the
buffer it was added to, at the moment that buffer was largest."""


# ---------------------------------------------------------------------------------------------
# The messages, as msgspec types (unknown keys are ignored, as the protocol says)

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_NAME_CHARS)]
Password = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_PASSWORD_CHARS)]
Uuid = Annotated[str, msgspec.Meta(pattern=_UUID_PATTERN)]
Entity = Annotated[str, msgspec.Meta(pattern="^(" + "|".join(re.escape(name) for name in ENTITIES) + ")$")]
FieldName = Annotated[str, msgspec.Meta(max_length=64)]
ListItem = None | bool | int | Annotated[str, msgspec.Meta(max_length=MAX_NAME_CHARS * 2)]
FieldValue = (
    None
    | bool
    | Annotated[int, msgspec.Meta(ge=-(2**53), le=2**53)]
    | float
    | Annotated[str, msgspec.Meta(max_length=MAX_IMAGE_CHARS)]
    | Annotated[list[ListItem], msgspec.Meta(max_length=MAX_LIST_ITEMS)]
)
Visibility = Literal["private", "institution", "shared"]


class Login(msgspec.Struct, gc=False):
    username: Name
    password: Password
    device_name: Name


class Change(msgspec.Struct, gc=False):
    change_id: Uuid
    entity: Entity
    record_id: Uuid
    op: Literal["create", "update", "delete"]
    base_rev: (
        Annotated[int, msgspec.Meta(ge=0, le=_MAX_SEQ)] | Annotated[float, msgspec.Meta(ge=0, le=_MAX_SEQ)]
    ) = 0
    fields: Annotated[dict[FieldName, FieldValue], msgspec.Meta(max_length=64)] = msgspec.field(
        default_factory=dict
    )
    visibility: Visibility | None = None
    owner_institution_id: Uuid | None = None
    merged_into: Uuid | None = None


class Push(msgspec.Struct, gc=False):
    changes: Annotated[list[Change], msgspec.Meta(max_length=MAX_PUSH_CHANGES)]


_LOGIN = msgspec.json.Decoder(Login)
_PUSH = msgspec.json.Decoder(Push)
_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<name>[^`]+)`")


def _refusal(error: msgspec.MsgspecError) -> ProtocolError:
    """msgspec's message as the protocol's error: its ``$.changes[2].op`` path becomes the
    field (``changes[2].op``), a missing key is named by its own path, malformed JSON is
    ``body``."""
    text = str(error)
    found = _PATH.search(text)
    path = found.group("path").lstrip(".").split("[...]")[0] if found else ""  # [...]: a dict's key
    reason = text[: found.start()] if found else text
    missing = _MISSING.match(reason)
    if missing:
        path = f"{path}.{missing.group('name')}" if path else missing.group("name")
        reason = "is missing"
    if isinstance(error, msgspec.DecodeError) and not isinstance(error, msgspec.ValidationError):
        return ProtocolError(f"is not valid JSON ({reason[:200]})")
    return ProtocolError(reason[:300], field=path or "body")


def decode_login(body: bytes | bytearray) -> LoginRequest:
    try:
        message = _LOGIN.decode(body)
    except msgspec.MsgspecError as error:
        raise _refusal(error) from None
    return decode_login_request(msgspec.structs.asdict(message))


def decode_push(body: bytes | bytearray) -> PushRequest:
    try:
        message = _PUSH.decode(body)
    except msgspec.MsgspecError as error:
        raise _refusal(error) from None
    changes: list[Any] = [_whole_numbers(msgspec.structs.asdict(change)) for change in message.changes]
    return decode_push_request({"changes": changes})


def _whole_numbers(change: dict[str, Any]) -> dict[str, Any]:
    """``537.0`` read as ``537``: JSON has one kind of number, and JSON Schema (the published
    API) calls a number without a fraction an integer. Any other float stays, for the protocol's
    validator to refuse by its field's name."""
    for holder, key in [(change, "base_rev"), *((change["fields"], name) for name in change["fields"])]:
        value = holder[key]
        if isinstance(value, float) and value.is_integer():
            holder[key] = int(value)
    return change
