"""Contacts as vCard 4.0 (RFC 6350): the name in both scripts as one ALTID group, UID the
record id (a re-export updates the receiving address book instead of duplicating), e-mails,
phones as ``tel:`` URIs, ORG, TITLE, NOTE, CATEGORIES, LANG and the photo as a data URI.

Written by hand rather than with vobject: the format is small, and vobject builds a tree of
objects per property, several times slower than writing 100,000 cards directly.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from typing import IO, Any

_STATE_LANGUAGE = {
    "TR": "tr",
    "AZ": "az",
    "KZ": "kk",
    "KG": "ky",
    "UZ": "uz",
    "HU": "hu",
    "TM": "tk",
    "TRNC": "tr",
}


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """RFC 6350 folding: lines of at most 75 octets, never splitting a UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74  # continuation lines start with a space
        current.append(ch)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def _script(text: str) -> str:
    return "Cyrl" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "Latn"


def card(record: Mapping[str, Any], institutions: Mapping[str, str]) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{record['id']}"]
    name, latin = record.get("name") or "", record.get("latin_name") or ""
    if latin and latin != name:
        language = (record.get("languages") or [None])[0] or _STATE_LANGUAGE.get(
            record.get("state_code") or "", "und"
        )
        lines.append(f"FN;ALTID=1;LANGUAGE={language}-{_script(name)}:{escape(name)}")
        lines.append(f"FN;ALTID=1;LANGUAGE={language}-Latn:{escape(latin)}")
    else:
        lines.append(f"FN:{escape(name)}")
    if record.get("honorific"):
        lines.append(f"N:;;;{escape(record['honorific'])};")
    for email in record.get("emails") or ():
        lines.append(f"EMAIL:{escape(email)}")
    for phone in record.get("phones") or ():
        lines.append(f"TEL;VALUE=uri:tel:{phone}")
    institution = institutions.get(record.get("institution_id") or "")
    if institution:
        lines.append(f"ORG:{escape(institution)}")
    if record.get("position"):
        lines.append(f"TITLE:{escape(record['position'])}")
    if record.get("notes"):
        lines.append(f"NOTE:{escape(record['notes'])}")
    if record.get("tags"):
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in record["tags"]))
    for language in record.get("languages") or ():
        lines.append(f"LANG:{language}")
    photo = record.get("photo")
    if photo:
        kind = "png" if photo.startswith(b"\x89PNG") else "jpeg"
        lines.append(f"PHOTO:data:image/{kind};base64,{base64.b64encode(photo).decode('ascii')}")
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def write_vcards(
    handle: IO[str], records: Iterable[Mapping[str, Any]], institutions: Mapping[str, str]
) -> int:
    count = 0
    for record in records:
        handle.write(card(record, institutions))
        count += 1
    return count
