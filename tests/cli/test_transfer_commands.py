"""``liaison import`` and ``liaison export`` as scripts use them."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl

from tests.cli.conftest import Run
from tests.transfer import fixtures as fx


def test_import_json_shape_and_exit_codes(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name;E-posta\nAli Veli;ali@example.com.tr\nBad;nope@\n", encoding="utf-8")
    failed = run("import", str(path), "--json")
    assert failed.code == 1
    assert failed.json() == {
        "created": 0,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
        "batch": None,
        "errors": [
            {
                "row": 3,
                "column": "E-posta",
                "field": "emails",
                "message": "E-mail: “nope@” is not a valid e-mail address.",
            }
        ],
    }
    assert run("contact", "list", "--json").json() == []
    skipped = tmp_path / "skipped.csv"
    done = run("import", str(path), "--skip-invalid", "--save-skipped", str(skipped), "--json")
    assert done.code == 0
    result = done.json()
    assert (result["created"], result["skipped"], len(result["errors"])) == (1, 1, 1)
    assert list(csv.reader(skipped.read_text(encoding="utf-8-sig").splitlines())) == [
        ["Name", "E-posta"],
        ["Bad", "nope@"],
    ]
    again = run("import", str(path), "--skip-invalid", "--json").json()
    assert (again["created"], again["unchanged"]) == (0, 1)
    undone = run("import", "--undo", result["batch"])
    assert undone.code == 0 and run("contact", "list", "--json").json() == []


def test_import_human_output_lists_rows_and_the_encoding(run: Run, tmp_path: Path) -> None:
    path = fx.outlook_csv(tmp_path / "outlook.csv")
    result = run("import", str(path), "--dry-run")
    assert result.code == 0, result.err
    assert "cp1254" in result.err
    assert "Created: 2 contacts." in result.out and "Dry run" in result.out
    assert run("contact", "list", "--json").json() == []
    wrong = run("import", str(path), "--encoding", "cp1251", "--json")
    assert wrong.code == 1 and "Tьrkiye" in wrong.out  # the wrong code page shows in the values
    bad = run("import", str(tmp_path / "missing.xlsx"))
    assert bad.code == 1 and bad.err.count("\n") == 1 and "Traceback" not in bad.err


def test_import_map_sheet_and_event(run: Run, tmp_path: Path) -> None:
    path = fx.delegation_xlsx(tmp_path / "d.xlsx")
    run("event", "add", "--kind", "diaspora_forum", "--title", "7th Forum", "--start-date", "2025-05-01")
    result = run(
        "import",
        str(path),
        "--sheet",
        "Делегация",
        "--event",
        "7th Forum",
        "--json",
        "--map",
        "Lavozimi=position",
    )
    assert result.code == 0, result.err
    assert result.json()["participants"] == 3
    bad_map = run("import", str(path), "--map", "Lavozimi")
    assert bad_map.code == 1 and "COLUMN=field" in bad_map.err
    no_sheet = run("import", str(path), "--sheet", "Sheet9")
    assert no_sheet.code == 1 and "Делегация" in no_sheet.err


def test_export_commands(run: Run, tmp_path: Path) -> None:
    run("contact", "add", "--name", "Гүлнара Батырова", "--email", "g@example.kz")
    out = tmp_path / "c.xlsx"
    result = run("export", "contacts", "--format", "xlsx", "-o", str(out))
    assert result.code == 0, result.err
    assert openpyxl.load_workbook(out).active["A2"].value == "Гүлнара Батырова"
    ics = tmp_path / "e.ics"
    assert run("export", "events", "--format", "ics", "-o", str(ics)).code == 0
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    wrong = run("export", "events", "--format", "csv", "-o", str(tmp_path / "e.csv"))
    assert wrong.code == 1 and not (tmp_path / "e.csv").exists()
    assert (
        run("export", "actions", "--format", "csv", "-o", str(tmp_path / "a.csv"), "--which", "overdue").code
        == 0
    )
