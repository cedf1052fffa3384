"""Export, read back by independent readers (vobject, icalendar, openpyxl, csv), and round trips."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject

from liaison.services.app import Liaison
from liaison.services.exporting import ExportError, export
from liaison.services.importing import Importer, ImportOptions
from tests.transfer import fixtures as fx


@pytest.fixture
def people(app: Liaison) -> list[dict]:
    inst = app.institutions.create({"name": "Otandastar Qory; NJSC", "state_code": "KZ"})
    return [
        app.contacts.create(
            {
                "name": "Гүлнара Батырова",
                "latin_name": "Gulnara Batyrova",
                "honorific": "Ms",
                "position": "Head, International Relations",
                "institution_id": inst["id"],
                "state_code": "KZ",
                "languages": ["kk", "ru"],
                "emails": ["g.batyrova@example.kz", "gulnara@example.kz"],
                "phones": ["+77010000005", "+77272721111"],
                "tags": ["Forum", "Youth; 2025"],
                "notes": "Line one\nLine two, with a comma; and a semicolon",
                "photo": fx.PNG,
            }
        ),
        app.contacts.create({"name": "Işık Yılmaz", "state_code": "TR", "phones": ["+905321234567"]}),
    ]


def test_vcard_read_by_vobject(app: Liaison, people: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    assert export(app, "contacts", "vcard", path) == 2
    cards = {c.uid.value: c for c in vobject.readComponents(path.read_text(encoding="utf-8"))}
    gulnara = cards[f"urn:uuid:{people[0]['id']}"]
    assert gulnara.version.value == "4.0"
    names = {fn.value: fn.params for fn in gulnara.contents["fn"]}
    assert set(names) == {"Гүлнара Батырова", "Gulnara Batyrova"}
    assert all(p["ALTID"] == ["1"] for p in names.values())
    assert [e.value for e in gulnara.contents["email"]] == ["g.batyrova@example.kz", "gulnara@example.kz"]
    assert [t.value for t in gulnara.contents["tel"]] == ["tel:+77010000005", "tel:+77272721111"]
    assert gulnara.title.value == "Head, International Relations"
    assert gulnara.note.value == "Line one\nLine two, with a comma; and a semicolon"
    assert gulnara.org.value == ["Otandastar Qory; NJSC"]
    assert list(gulnara.categories.value) == ["Forum", "Youth; 2025"]
    assert max(len(line) for line in path.read_bytes().split(b"\r\n")) <= 75


def test_vcard_round_trip_updates_instead_of_duplicating(
    app: Liaison, people: list[dict], tmp_path: Path
) -> None:
    path = tmp_path / "contacts.vcf"
    export(app, "contacts", "vcard", path)
    again = Importer(app).run(path, ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2), again.errors
    other = Liaison.open(tmp_path / "other")
    try:
        result = Importer(other).run(path, ImportOptions())
        assert result.created == 2, result.errors
        with other.store.read() as session:
            copy = other.contacts.get_in(session, people[0]["id"])  # UID = the record id
        for name in ("name", "latin_name", "position", "emails", "phones", "tags", "notes", "languages"):
            assert copy[name] == people[0][name], name
        assert copy["photo"] == fx.PNG
        assert other.institutions.get(copy["institution_id"])["name"] == "Otandastar Qory; NJSC"
    finally:
        other.close()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_csv_and_xlsx_read_independently_and_round_trip(
    app: Liaison, people: list[dict], tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"contacts.{fmt}"
    export(app, "contacts", fmt, path)
    if fmt == "csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel shows Cyrillic
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    else:
        book = openpyxl.load_workbook(path, read_only=True)  # holds the file open until closed
        try:
            rows = [
                [("" if v is None else str(v)) for v in row]
                for row in book.active.iter_rows(values_only=True)
            ]
        finally:
            book.close()
    header = rows[0]
    gulnara = dict(zip(header, next(r for r in rows if r[0] == "Гүлнара Батырова"), strict=True))
    assert gulnara["E-mail"] == "g.batyrova@example.kz; gulnara@example.kz"
    assert gulnara["Phone"] == "+77010000005; +77272721111"  # text, not a number
    assert gulnara["Institution"] == "Otandastar Qory; NJSC"
    assert gulnara["Id"] == people[0]["id"]
    other = Liaison.open(tmp_path / "other")
    try:
        result = Importer(other).run(path, ImportOptions())
        assert result.created == 2, result.errors
        copy = other.contacts.get(people[0]["id"])
        for name in ("name", "latin_name", "honorific", "position", "emails", "phones", "languages", "notes"):
            assert copy[name] == people[0][name], name
    finally:
        other.close()


def test_calendar_read_by_icalendar(app: Liaison, people: list[dict], tmp_path: Path) -> None:
    event = app.events.create(
        {
            "kind": "diaspora_forum",
            "title": "7th Forum, Astana",
            "start_date": "2025-05-01",
            "end_date": "2025-05-03",
            "city": "Astana",
            "country": "KZ",
            "venue": "Palace of Peace",
            "description": "Two days; a plenary",
        }
    )
    app.participants.create({"event_id": event["id"], "contact_id": people[0]["id"]})
    app.participants.create({"event_id": event["id"], "contact_id": people[1]["id"]})
    path = tmp_path / "events.ics"
    export(app, "events", "ics", path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == f"{event['id']}@liaison.ots"
    assert vevent.decoded("DTSTART") == date(2025, 5, 1)
    assert vevent.decoded("DTEND") == date(2025, 5, 4)  # exclusive: the day after the last
    assert str(vevent["SUMMARY"]) == "7th Forum, Astana"
    assert "Palace of Peace" in str(vevent["LOCATION"])
    assert str(vevent["DESCRIPTION"]) == "Two days; a plenary"
    assert "DTSTAMP" in vevent and int(vevent["SEQUENCE"]) == 0
    attendees = sorted(str(a) for a in vevent.get("ATTENDEE"))
    assert attendees == ["mailto:g.batyrova@example.kz", f"urn:uuid:{people[1]['id']}"]
    app.events.update(event["id"], {"title": "7th Forum"})
    export(app, "events", "ics", path)
    (edited,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(edited["UID"]) == str(vevent["UID"]) and int(edited["SEQUENCE"]) >= 0


def test_bilaterals_all_day(app: Liaison, people: list[dict], tmp_path: Path) -> None:
    meeting = app.bilaterals.create(
        {"title": "KZ–TR on youth exchanges", "date": "2025-05-02", "city": "Astana"}
    )
    app.bilateral_parties.create({"bilateral_id": meeting["id"], "contact_id": people[0]["id"]})
    path = tmp_path / "b.ics"
    export(app, "bilaterals", "ics", path)
    (vevent,) = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert vevent.decoded("DTSTART") == date(2025, 5, 2)
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == timedelta(days=1)
    assert [str(a) for a in [vevent["ATTENDEE"]]] == ["mailto:g.batyrova@example.kz"]


def test_actions_and_participants(app: Liaison, people: list[dict], tmp_path: Path) -> None:
    app.actions.create({"title": "Send the list", "due_date": "2020-01-01"})
    app.actions.create({"title": "Done already", "status": "done"})
    app.actions.create({"title": "Later", "due_date": "2099-01-01"})
    for which, expected in (("all", 3), ("open", 2), ("overdue", 1)):
        path = tmp_path / f"{which}.xlsx"
        assert export(app, "actions", "xlsx", path, which=which) == expected
        sheet = openpyxl.load_workbook(path).active
        assert sheet.max_row == expected + 1
    csv_path = tmp_path / "overdue.csv"
    export(app, "actions", "csv", csv_path, which="overdue")
    rows = list(csv.DictReader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["Action"] == "Send the list" and rows[0]["Due date"] == "2020-01-01"
    event = app.events.create({"kind": "diaspora_forum", "title": "Forum", "start_date": "2025-05-01"})
    Importer(app).run(fx.delegation_xlsx(tmp_path / "d.xlsx"), ImportOptions(event="Forum"))
    path = tmp_path / "participants.xlsx"
    assert export(app, "participants", "xlsx", path, event=event["id"]) == 3
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["Delegation", "Name"]
    assert sorted(r[0] for r in values[1:]) == ["HU", "KZ", "KZ"]
    with pytest.raises(ExportError):
        export(app, "participants", "xlsx", path)


def test_written_whole_or_not_at_all(app: Liaison, people: list[dict], tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("the old file", encoding="utf-8")
    with pytest.raises(ExportError):
        export(app, "contacts", "ics", path)
    assert path.read_text(encoding="utf-8") == "the old file"

    def boom(*_args: object) -> None:
        raise RuntimeError("disk pulled out")

    from liaison.services.exporting import exporter

    original = exporter.write_vcards
    exporter.write_vcards = boom  # type: ignore[assignment]
    try:
        with pytest.raises(RuntimeError):
            export(app, "contacts", "vcard", path)
    finally:
        exporter.write_vcards = original
    assert path.read_text(encoding="utf-8") == "the old file"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
