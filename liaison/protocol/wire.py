"""Bytes on the wire: compact UTF-8 JSON, and gzip with a bound on what a body may inflate to."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

from liaison.protocol.constants import GZIP_LEVEL, GZIP_MIN_BYTES, MAX_BODY_BYTES, TOO_LARGE
from liaison.protocol.errors import ProtocolError

JSON_TYPE = "application/json"
GZIP = "gzip"

_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def encode_json(message: Any) -> bytes:
    """Compact UTF-8 JSON (non-ASCII text as it is: Cyrillic costs half its escapes)."""
    text: str = _ENCODE(message)
    return text.encode("utf-8", "surrogatepass")


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json(data: bytes) -> Any:
    """Parse a body; anything that is not strict UTF-8 JSON is a :class:`ProtocolError`."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError("is not UTF-8 text") from None
    try:
        return json.loads(text, parse_constant=_no_constants)
    except (ValueError, RecursionError) as error:
        raise ProtocolError(f"is not valid JSON ({str(error)[:200]})") from None


def compress(data: bytes) -> bytes:
    """gzip, at the fastest level (see :data:`~liaison.protocol.constants.GZIP_LEVEL`)."""
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def should_compress(data: bytes) -> bool:
    return len(data) >= GZIP_MIN_BYTES


def encode_body(message: Any) -> tuple[bytes, dict[str, str]]:
    """A JSON body and its headers, gzipped when long enough to be worth it."""
    data = encode_json(message)
    headers = {"Content-Type": JSON_TYPE}
    if should_compress(data):
        data = compress(data)
        headers["Content-Encoding"] = GZIP
    return data, headers


def decompress(data: bytes, limit: int = MAX_BODY_BYTES) -> bytes:
    """Inflate a gzip body, refusing one that inflates past ``limit`` bytes (a zip bomb) with
    ``too_large`` and a damaged one with ``bad_request``. Concatenated gzip members are read
    as one body, as ``gzip.decompress`` would."""
    out: list[bytes] = []
    total = 0
    rest = data
    if not rest:
        raise ProtocolError("is empty but says it is gzip")
    while rest:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            chunk = inflater.decompress(rest, limit + 1 - total)
            total += len(chunk)
            out.append(chunk)
            if total > limit:
                raise ProtocolError(f"inflates to more than {limit} bytes", code=TOO_LARGE)
            while inflater.unconsumed_tail and not inflater.eof:
                chunk = inflater.decompress(inflater.unconsumed_tail, limit + 1 - total)
                total += len(chunk)
                out.append(chunk)
                if total > limit:
                    raise ProtocolError(f"inflates to more than {limit} bytes", code=TOO_LARGE)
        except zlib.error as error:
            raise ProtocolError(f"is not valid gzip ({error})") from None
        if not inflater.eof:
            raise ProtocolError("is truncated gzip")
        rest = inflater.unused_data
        if rest and not rest.strip(b"\x00"):
            break  # trailing padding, as gzip.decompress tolerates
    return b"".join(out)
