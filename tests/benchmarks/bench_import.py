"""Import and export benchmarks: each figure a ratio against a floor measured in the same run.

    python -m tests.benchmarks.bench_import                  # 100,000 contacts
    python -m tests.benchmarks.bench_import --size 10000

For N contacts (default 100,000) with ~200 institutions already in the record:

1. **Import from CSV and from XLSX** (``Importer.run``: read, recognise the columns, clean,
   match against the record, write in one transaction with the batch for undo) against the
   floor: the fastest reader alone reading the same file (the ``csv`` module; python-calamine
   for XLSX) plus ``contacts.create_many`` of the same rows, institutions already resolved, on
   a copy of the same database. Target: within 2x.
2. **Preview** of the first 200 rows of the N-row files (``Importer.preview``): target < 1 s.
3. **Export of N contacts** to vCard and XLSX (``export``, reading the record included)
   against the library alone writing the same rows: vobject serialising the same cards, and
   xlsxwriter (constant memory) writing the same cells. Target: within 2x.

Not timed tests: nothing fails when a target is missed (``test_bench_import_smoke.py`` runs it
small to keep it working).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from liaison.services.app import Liaison
from liaison.services.exporting import export
from liaison.services.importing import Importer, ImportOptions
from liaison.text import transliterate_cyrillic

SEED = 20261206
HEADERS = ["Name", "Latin name", "Position", "Institution", "State", "E-mail", "Phone", "Tags"]
_CYR = ["Ку", "ба", "ныч", "бек", "Ай", "гүл", "Са", "пар", "Жұ", "ма", "Нур", "сұл", "тан", "Ер", "лан"]
_LAT = ["Ay", "şe", "Meh", "met", "Rə", "şad", "Mam", "mad", "Er", "dő", "Ló", "rinc", "Az", "iz"]
_STATES = ["KZ", "KG", "TR", "AZ", "UZ", "HU"]
_PHONES = {
    "KZ": "+7 701 {:03d} {:02d} {:02d}",
    "KG": "+996 555 {:03d} {:03d}",
    "TR": "+90 532 {:03d} {:02d} {:02d}",
}


def _word(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()


def _unique_word(i: int, syllables: list[str]) -> str:
    """A surname made of ``i``'s digits in base len(syllables): every row a different person."""
    parts = []
    while True:
        i, digit = divmod(i, len(syllables))
        parts.append(syllables[digit])
        if i == 0:
            break
    return "".join(parts).capitalize()


def make_rows(n: int, institutions: list[str]) -> list[list[str]]:
    rng = random.Random(SEED)
    rows = []
    for i in range(n):
        cyrillic = rng.random() < 0.5
        syllables = _CYR if cyrillic else _LAT
        name = f"{_word(rng, syllables)} {_unique_word(i, syllables)}"
        latin = transliterate_cyrillic(name).title() if cyrillic else ""
        state = rng.choice(_STATES)
        phone = ""
        if i % 10 == 0 and state in _PHONES:
            phone = (
                _PHONES[state].format(i % 1000, (i // 1000) % 100, i % 97)
                if state != "KG"
                else (_PHONES[state].format(i % 1000, (i // 1000) % 1000))
            )
        rows.append(
            [
                name,
                latin,
                rng.choice(["Head of Department", "Маман", "Uzman", "Бас маман"]),
                rng.choice(institutions),
                state,
                f"person{i}@example.org",
                phone,
                "forum" if i % 4 == 0 else "",
            ]
        )
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    import xlsxwriter

    csv_path = folder / "contacts.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerows(rows)
    xlsx_path = folder / "contacts.xlsx"
    workbook = xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Contacts")
    sheet.write_row(0, 0, HEADERS)
    for r, row in enumerate(rows, start=1):
        sheet.write_row(r, 0, row)
    workbook.close()
    return csv_path, xlsx_path


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _copy(template: Path, folder: Path) -> Path:
    shutil.copytree(template, folder)
    return folder


def _floor_rows(rows: list[list[str]], institution_ids: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for name, latin, position, institution, state, email, phone, tags in rows:
        values: dict[str, Any] = {
            "name": name,
            "position": position,
            "institution_id": institution_ids[institution],
            "state_code": state,
            "emails": [email],
        }
        if latin:
            values["latin_name"] = latin
        if phone:
            values["phones"] = [phone]
        if tags:
            values["tags"] = [tags]
        out.append(values)
    return out


def run(size: int, workdir: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    template = workdir / "template"
    with Liaison.open(template) as app:
        institutions = [f"Institution {i} of the diaspora" for i in range(200)]
        ids = {name: app.institutions.create({"name": name})["id"] for name in institutions}
    rows = make_rows(size, institutions)
    csv_path, xlsx_path = write_files(workdir, rows)

    # floors: the fastest reader alone + create_many of the same rows
    def read_csv() -> list[list[str]]:
        with csv_path.open(encoding="utf-8", newline="") as handle:
            return list(csv.reader(handle))

    def read_xlsx() -> list[list[Any]]:
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(xlsx_path))
        try:
            return list(workbook.get_sheet_by_name("Contacts").to_python())
        finally:
            workbook.close()

    prepared = _floor_rows(rows, ids)
    for label, reader, path in (("csv", read_csv, csv_path), ("xlsx", read_xlsx, xlsx_path)):
        read_s, _ = timed(reader)
        with Liaison.open(_copy(template, workdir / f"floor-{label}")) as app:
            create_s, _ = timed(lambda app=app: app.contacts.create_many(prepared))
        floor = read_s + create_s
        with Liaison.open(_copy(template, workdir / f"import-{label}")) as app:
            service_s, result = timed(lambda app=app, path=path: Importer(app).run(path, ImportOptions()))
            assert result.created == size, result.errors[:3]
            preview_s, preview = timed(
                lambda app=app, path=path: Importer(app).preview(path, ImportOptions())
            )
            assert len(preview.rows) == min(200, size)
        figures[f"import_{label}_s"] = service_s
        figures[f"import_{label}_floor_s"] = floor
        figures[f"import_{label}_read_s"] = read_s
        figures[f"import_{label}_ratio"] = service_s / floor
        figures[f"preview_{label}_s"] = preview_s

    # export against the library alone
    with Liaison.open(workdir / "import-csv") as app:
        vcf = workdir / "out.vcf"
        export_s, _ = timed(lambda: export(app, "contacts", "vcard", vcf))
        figures["export_vcard_s"] = export_s
        xlsx_out = workdir / "out.xlsx"
        export_x, _ = timed(lambda: export(app, "contacts", "xlsx", xlsx_out))
        figures["export_xlsx_s"] = export_x
    figures["export_vcard_floor_s"] = _vobject_floor(rows, workdir / "floor.vcf")
    figures["export_xlsx_floor_s"] = _xlsxwriter_floor(rows, workdir / "floor.xlsx")
    figures["export_vcard_ratio"] = figures["export_vcard_s"] / figures["export_vcard_floor_s"]
    figures["export_xlsx_ratio"] = figures["export_xlsx_s"] / figures["export_xlsx_floor_s"]
    return figures


def _vobject_floor(rows: list[list[str]], path: Path) -> float:
    import vobject

    def write() -> None:
        with path.open("w", encoding="utf-8") as handle:
            for i, (name, latin, position, institution, _state, email, phone, tags) in enumerate(rows):
                card = vobject.vCard()
                card.add("uid").value = f"urn:uuid:{i}"
                card.add("fn").value = name
                if latin:
                    card.add("fn").value = latin
                card.add("email").value = email
                if phone:
                    card.add("tel").value = phone
                card.add("org").value = [institution]
                card.add("title").value = position
                if tags:
                    card.add("categories").value = [tags]
                handle.write(card.serialize())

    return timed(write)[0]


def _xlsxwriter_floor(rows: list[list[str]], path: Path) -> float:
    import xlsxwriter

    def write() -> None:
        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
        sheet = workbook.add_worksheet("Contacts")
        sheet.write_row(0, 0, [*HEADERS, "Notes", "Id"])
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if value:
                    sheet.write_string(r, c, value)
            sheet.write_string(r, 9, f"id-{r}")
        workbook.close()

    return timed(write)[0]


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        figures = run(args.size, Path(folder))
    print(f"{args.size:,} contacts")
    for label in ("csv", "xlsx"):
        f = {
            k.removeprefix(f"import_{label}_"): v
            for k, v in figures.items()
            if k.startswith(f"import_{label}")
        }
        print(
            f"import {label:5}: {f['s']:7.2f} s   floor {f['floor_s']:7.2f} s"
            f" (reading alone {f['read_s']:.2f} s + create_many)   ratio {f['ratio']:.2f} (target <= 2)"
        )
        print(
            f"preview {label:4}: {figures[f'preview_{label}_s'] * 1000:7.0f} ms for 200 rows (target < 1000)"
        )
    for label in ("vcard", "xlsx"):
        print(
            f"export {label:5}: {figures[f'export_{label}_s']:7.2f} s   library alone "
            f"{figures[f'export_{label}_floor_s']:7.2f} s   "
            f"ratio {figures[f'export_{label}_ratio']:.2f} (target <= 2)"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
