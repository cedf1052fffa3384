"""Trim the ICU data that Qt's Linux wheels ship to what Liaison's languages need.

Qt links ICU (collation, case mapping, the text codecs it does not build in, IDNA). The wheel's
``libicudata.so.NN`` carries ICU's whole "common data" package: every locale of CLDR (about 880),
their collations, units, currencies, time-zone and language names, the CJK and South-East Asian
word-break dictionaries and some 190 legacy codepages: 32 MB, a fifth of the frozen folder, for
eight languages.

The package format is simple and documented (ICU's ``udata.h`` / ``ucmndata.h``: a header, a
table of contents of ``(name offset, data offset)`` pairs, the names, then the items), so this
module reads it, keeps the items Liaison can use and writes the package back; ``gcc`` then wraps
it in a shared library exporting the same symbol (``icudtNN_dat``) under the same soname, so the
Qt libraries load it unchanged. Nothing is rebuilt from ICU's sources, no ICU tool is needed.

What is kept (``keep``):
- every item that is not a locale's: the root locale, normalization, properties, the time zones'
  rules, plural rules, break-iterator rules, ``pool.res`` and ``res_index.res`` of every tree;
- every locale of the languages Liaison speaks (``liaison.i18n.LANGUAGES``: tr, az, kk, ky, uz,
  hu, ru, en, with their scripts and regions: ``az_Cyrl``, ``uz_Latn_UZ``, ``tr_CY`` …), in
  every tree (main, collation, currencies, languages, regions, units, zones, spell-out rules);
- the single-byte codepages (windows-125x, ISO 8859, KOI8, IBM PC code pages: 866, 857 …).

What goes: other languages' locales (ICU falls back to the root locale for them, as for any
locale it does not know), the word dictionaries of Chinese, Japanese, Thai, Lao, Khmer and
Burmese (their word breaking falls back to the rules), and the multi-byte East Asian and EBCDIC
codepages (``euc-tw``, ``gb18030``, ``ibm-1390`` …; Liaison's imports decode with Python's
codecs, never Qt's). About 25 MB of 32.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

ALIGN = 16
LOCALE = re.compile(r"^([a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
TREE_FILES = frozenset({"root.res", "pool.res", "res_index.res"})
SINGLE_BYTE_CODEPAGE_MAX = 40_000  # a one-byte table (256 entries + fallbacks) is well under


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items ``(name, bytes)`` in table-of-contents order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian)")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    names: list[str] = []
    for name_offset, _ in toc:
        start = header_size + name_offset
        names.append(data[start : data.index(b"\0", start)].decode("ascii"))
    items: list[tuple[str, bytes]] = []
    for index, (name, (_, data_offset)) in enumerate(zip(names, toc, strict=True)):
        end = toc[index + 1][1] if index + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset : header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """A package with ``header`` and ``items`` (kept in the sorted order ICU binary-searches)."""
    entries = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    toc_size = 4 + 8 * len(entries)
    names_end = toc_size + len(names)
    first_item = -(-names_end // ALIGN) * ALIGN
    offsets, blobs, position = [], [], first_item
    name_position = toc_size
    for name, blob in entries:
        offsets.append((name_position, position))
        name_position += len(name) + 1
        padded = blob + b"\0" * (-len(blob) % ALIGN)
        blobs.append(padded)
        position += len(padded)
    toc = struct.pack("<I", len(entries)) + b"".join(struct.pack("<II", n, d) for n, d in offsets)
    return header + toc + names + b"\0" * (first_item - names_end) + b"".join(blobs)


def keep_for(languages: Iterable[str]) -> Callable[[str, bytes], bool]:
    """The rule described in the module docstring, for these language codes."""
    wanted = frozenset(languages)

    def keep(name: str, blob: bytes) -> bool:
        base = name.rsplit("/", 1)[-1]
        if base.endswith(".dict"):
            return False
        if base.endswith(".cnv"):
            return len(blob) <= SINGLE_BYTE_CODEPAGE_MAX and not base.startswith("icu-internal-compound")
        if base in TREE_FILES:
            return True
        match = LOCALE.match(base)
        return match is None or match.group(1) in wanted

    return keep


def trim(data: bytes, keep: Callable[[str, bytes], bool]) -> tuple[bytes, list[str]]:
    """The package without the items ``keep`` refuses, and the names it dropped."""
    header, items = read_package(data)
    kept = [(name, blob) for name, blob in items if keep(name, blob)]
    dropped = [name for name, blob in items if not keep(name, blob)]
    return write_package(header, kept), dropped


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, its file offset and size (``icudt73_dat`` in ``.rodata``)."""
    listing = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True, text=True, check=True)
    for line in listing.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], _file_offset(library, address), size
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True)
    for line in sections.stdout.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[0].startswith("[") and fields[1] == ".rodata":
            section_address, section_offset = int(fields[3], 16), int(fields[4], 16)
            return address - section_address + section_offset
    raise ValueError(f"{library}: no .rodata section")


def _soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-dW", str(library)], capture_output=True, text=True, check=True)
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic.stdout)
    return match.group(1) if match else library.name


def trim_library(library: Path, languages: Iterable[str]) -> tuple[int, int]:
    """Replace ``library`` (a ``libicudata.so``) by one with the trimmed package; sizes before and
    after. The new library exports the same symbol under the same soname."""
    symbol, offset, size = _symbol(library)
    raw = library.read_bytes()
    trimmed, _ = trim(raw[offset : offset + size], keep_for(languages))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "icudata.dat").write_bytes(trimmed)
        (work / "icudata.S").write_text(
            "\n".join(
                [
                    '.section .rodata,"a"',
                    f".globl {symbol}",
                    f".type {symbol}, @object",
                    f".balign {ALIGN}",
                    f"{symbol}:",
                    f'.incbin "{work / "icudata.dat"}"',
                    f".size {symbol}, .-{symbol}",
                    '.section .note.GNU-stack,"",@progbits',
                    "",
                ]
            ),
            encoding="ascii",
        )
        output = work / library.name
        subprocess.run(
            [
                "gcc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{_soname(library)}",
                "-o",
                str(output),
                str(work / "icudata.S"),
            ],
            check=True,
        )
        subprocess.run(["strip", "--strip-unneeded", str(output)], check=True)
        before = library.stat().st_size
        shutil.copyfile(output, library)
    return before, library.stat().st_size
