"""A careful vCard 2.1 / 3.0 / 4.0 reader (RFC 2426, RFC 6350 and the vCard 2.1 specification).

Our own rather than vobject's: old phones write 2.1 with quoted-printable values whose soft line
breaks are not folds, a CHARSET per property, and bare parameters (``TEL;CELL;PREF``), which
vobject reads badly or not at all, and an import must not stop at one odd card. Each card is
read from bytes: a value's charset is its CHARSET parameter, else the file's encoding.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field

_LINE = re.compile(rb"\r\n|\n|\r")
_SPLIT_UNESCAPED = {ch: re.compile(rf"(?<!\\){re.escape(ch)}") for ch in ";,"}


@dataclass
class Property:
    name: str
    params: dict[str, list[str]]
    value: str  # decoded text (unescaped for 3.0/4.0, except the structured separators)
    raw: bytes  # the value's bytes after transfer decoding (photos)

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[0] if values else None


@dataclass
class Card:
    line: int  # the line of BEGIN:VCARD (1-based), as the officer's editor shows it
    version: str = "3.0"
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Unfolded lines with the number of the physical line each starts on."""
    physical = _LINE.split(data)
    lines: list[tuple[int, bytes]] = []
    i = 0
    while i < len(physical):
        number, line = i + 1, physical[i]
        i += 1
        while True:
            if i < len(physical) and physical[i][:1] in (b" ", b"\t"):
                line += physical[i][1:]
                i += 1
            elif (
                line.endswith(b"=")
                and b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
                and i < len(physical)
            ):
                line = line[:-1] + physical[i]  # a quoted-printable soft line break
                i += 1
            else:
                break
        if line.strip():
            lines.append((number, line))
    return lines


def _split_params(head: bytes) -> tuple[str, dict[str, list[str]]]:
    parts: list[str] = []
    current, quoted = "", False
    for ch in head.decode("utf-8", errors="replace"):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append(current)
            current = ""
            continue
        current += ch
    parts.append(current)
    name = parts[0].strip().upper().rpartition(".")[2]  # "item1.EMAIL" (Apple's groups)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, value = part.partition("=")
        if equals:
            values = [v.strip().strip('"') for v in value.split(",")]
            params.setdefault(key.strip().upper(), []).extend(values)
        elif key.strip().upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
            params.setdefault("ENCODING", []).append(key.strip())
        else:  # vCard 2.1's bare types: TEL;CELL;PREF
            params.setdefault("TYPE", []).append(key.strip())
    return name, params


def unescape(text: str) -> str:
    return re.sub(r"\\([\\nN,;:])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_structured(text: str, separator: str = ";") -> list[str]:
    """Components of a structured value (N, ORG) or a list (CATEGORIES), unescaped."""
    return [unescape(part) for part in _SPLIT_UNESCAPED[separator].split(text)]


def _decode_value(raw: bytes, params: dict[str, list[str]], encoding: str) -> tuple[str, bytes]:
    transfer = (params.get("ENCODING") or [""])[0].upper()
    data = raw
    if transfer == "QUOTED-PRINTABLE":
        data = quopri.decodestring(raw)
    elif transfer in ("BASE64", "B"):
        try:
            data = base64.b64decode(re.sub(rb"\s", b"", raw), validate=False)
        except (binascii.Error, ValueError):
            data = b""
        return "", data
    charset = (params.get("CHARSET") or [encoding])[0]
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        text = data.decode(encoding, errors="replace")
    return text, data


def parse_vcards(data: bytes, encoding: str) -> list[Card]:
    """Every card in ``data``; lines outside cards are ignored."""
    cards: list[Card] = []
    card: Card | None = None
    for number, line in _logical_lines(data):
        head, colon, raw = line.partition(b":")
        if not colon:
            continue
        name, params = _split_params(head)
        if name == "BEGIN" and raw.strip().upper() == b"VCARD":
            card = Card(number)
            continue
        if card is None:
            continue
        if name == "END" and raw.strip().upper() == b"VCARD":
            cards.append(card)
            card = None
            continue
        text, decoded = _decode_value(raw, params, encoding)
        if name == "VERSION":
            card.version = text.strip()
            continue
        card.properties.append(Property(name, params, text, decoded))
    return cards
