"""Import from files as officers have them: every format, encodings, matching, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from liaison.services.app import Liaison
from liaison.services.importing import (
    Importer,
    ImportFileError,
    ImportOptions,
    guess_encoding,
    read_source,
    undo_import,
)
from tests.transfer import fixtures as fx


def _by_name(app: Liaison) -> dict[str, dict]:
    return {c["name"]: c for c in app.contacts.list()}


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Ad;Soyad\nIşık;Yılmaz\nŞükrü;Öğüt\nAyşe;Çağlar\n", "cp1254"),
        ("Имя;Фамилия\nКубанычбек;Омуралиев\n", "cp1251"),
        ("Név\nKovács Ödön\nErdős Lőrinc\nSzűcs Béla\n", "cp1250"),
    ],
)
def test_the_legacy_code_page_is_the_one_that_gives_the_officers_letters(text: str, encoding: str) -> None:
    guess = guess_encoding(text.encode(encoding))
    assert guess.encoding == encoding
    assert guess.scores[encoding] == max(guess.scores.values())


def test_boms_and_utf8(tmp_path: Path) -> None:
    assert guess_encoding("\ufeffAd\nIşık".encode()).encoding == "utf-8-sig"
    assert guess_encoding("Ad\nIşık".encode("utf-16")).encoding == "utf-16"
    assert guess_encoding("Ad\nIşık".encode()).encoding == "utf-8"
    path = tmp_path / "u16.csv"
    path.write_bytes("Name\tE-mail\nIşık Yılmaz\tisik@ytb.gov.tr\n".encode("utf-16"))
    table = read_source(path)
    assert table.delimiter == "\t"
    assert table.rows[0][0] == "Işık Yılmaz"


def test_outlook_cp1254_semicolons(app: Liaison, tmp_path: Path) -> None:
    path = fx.outlook_csv(tmp_path / "outlook.csv")
    result = Importer(app).run(path, ImportOptions())
    assert (result.created, result.errors) == (2, [])
    people = _by_name(app)
    isik = people["Işık Yılmaz"]
    assert isik["honorific"] == "Dr."  # Outlook's "Title" beside "Job Title"
    assert isik["position"] == "Daire Başkanı"
    assert isik["phones"] == ["+903122180000", "+905321234567"]  # no +CC: Türkiye's plan (the row's state)
    assert isik["notes"] == "Şubat toplantısı; ağır gündem"
    assert isik["tags"] == ["Forum"]
    assert people["Şükrü Öğüt"]["emails"] == ["sukru@ytb.gov.tr", "s.ogut@example.com.tr"]
    assert isik["institution_id"] == people["Şükrü Öğüt"]["institution_id"]  # one YTB, created once
    assert app.institutions.get(isik["institution_id"])["name"] == "YTB"


def test_google_contacts(app: Liaison, tmp_path: Path) -> None:
    result = Importer(app).run(fx.google_csv(tmp_path / "google.csv"), ImportOptions())
    assert result.created == 2, result.errors
    aigerim = _by_name(app)["Aigerim Seitkali"]
    assert aigerim["emails"] == ["a.seitkali@otandastar.kz", "aigerim@example.kz"]
    assert aigerim["phones"] == ["+77010000003", "+77272721111"]
    assert aigerim["tags"] == ["Forum"]  # "* myContacts" is Google's, not the officer's
    assert aigerim["position"] == "Head of Department"
    assert aigerim["notes"] == "Met at the 6th Forum"
    assert _by_name(app)["Kubanychbek Omuraliev"]["honorific"] == "Dr."


def test_apple_vcard(app: Liaison, tmp_path: Path) -> None:
    result = Importer(app).run(fx.apple_vcard(tmp_path / "apple.vcf"), ImportOptions())
    assert result.created == 1, result.errors
    with app.store.read() as session:
        rashad = app.contacts.get_in(session, app.contacts.list()[0]["id"])
    assert rashad["name"] == "Rəşad Məmmədov"
    assert rashad["emails"] == ["r.mammadov@diaspora.gov.az", "rashad@example.az"]
    assert rashad["position"] == "Şöbə müdiri"
    assert rashad["notes"] == "First line\nSecond, with comma"
    assert rashad["tags"] == ["Forum", "Youth"]
    assert rashad["photo"] == fx.PNG
    assert app.institutions.get(rashad["institution_id"])["name"] == "Diaspora ilə İş üzrə Dövlət Komitəsi"


def test_old_phone_vcard_21_quoted_printable(app: Liaison, tmp_path: Path) -> None:
    result = Importer(app).run(fx.old_phone_vcard(tmp_path / "phone.vcf"), ImportOptions())
    assert result.created == 1, result.errors
    person = app.contacts.list()[0]
    assert person["name"] == "Кубанычбек Омуралиев"
    assert person["phones"] == ["+996555123456", "+996312624500"]
    assert person["notes"] == "Встреча в Бишкеке"  # its own CHARSET, windows-1251


def test_vcard4_names_in_two_scripts(app: Liaison, tmp_path: Path) -> None:
    Importer(app).run(fx.vcard4_two_scripts(tmp_path / "v4.vcf"), ImportOptions())
    person = app.contacts.list()[0]
    assert (person["name"], person["latin_name"]) == ("Гүлнара Батырова", "Gulnara Batyrova")
    assert person["id"] == "3f1c3a9e-1d3b-4c1e-9a55-0b1f2c3d4e5f"
    assert person["languages"] == ["kk"]
    assert person["phones"] == ["+77010000005"]


def test_spreadsheet_as_officers_have_it(app: Liaison, tmp_path: Path) -> None:
    path = fx.delegation_xlsx(tmp_path / "delegation.xlsx")
    table = read_source(path)
    assert table.sheets == ["Делегация", "Notes"]
    assert table.header_row == 4
    assert table.row_numbers == [5, 6, 7]
    assert table.rows[0][4] == "77010000003"  # a number, not 77010000003.0
    assert table.rows[1][0] == "Kazakhstan"  # the merged delegation cell belongs to both rows
    result = Importer(app).run(path, ImportOptions())
    assert result.created == 3, result.errors
    people = _by_name(app)
    assert people["Дана Серікқызы"]["state_code"] == "KZ"
    assert people["Дана Серікқызы"]["phones"] == ["+77010000004"]
    assert people["Kovács Ödön"]["state_code"] == "HU"
    assert people["Әлібек Жұмабаев"]["position"] == "Төраға"


def test_another_sheet_and_a_missing_one(tmp_path: Path) -> None:
    path = fx.delegation_xlsx(tmp_path / "delegation.xlsx")
    assert read_source(path, sheet="Notes").rows == [] or read_source(path, sheet="Notes").sheet == "Notes"
    with pytest.raises(ImportFileError, match="no sheet named"):
        read_source(path, sheet="Sheet9")


def test_ods(app: Liaison, tmp_path: Path) -> None:
    result = Importer(app).run(fx.minimal_ods(tmp_path / "people.ods"), ImportOptions())
    assert result.created == 1, result.errors
    person = app.contacts.list()[0]
    assert (person["name"], person["emails"], person["phones"]) == (
        "Ayşe Çağlar",
        ["ayse@example.com.tr"],
        ["+905321112233"],
    )


def test_a_file_that_is_not_what_its_name_says(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(ImportFileError) as caught:
        read_source(broken)
    assert "broken.xlsx" in caught.value.message() and "\n" not in caught.value.message()
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(ImportFileError):
        read_source(binary)
    with pytest.raises(ImportFileError, match="no such file"):
        read_source(tmp_path / "missing.csv")


def test_invalid_rows_write_nothing_and_are_all_listed(app: Liaison, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Title row of the list\n\nName,E-mail,Phone,State\nGood One,good@example.kz,+77010000001,KZ\n"
        "Bad Mail,bad@,,KZ\n,nobody@example.kz,,\nBad State,x@example.kz,,Atlantis\n",
        encoding="utf-8",
    )
    result = Importer(app).run(path, ImportOptions())
    assert not result.written and app.contacts.count() == 0
    found = {(e.row, e.column, e.field) for e in result.errors}
    assert found == {(5, "E-mail", "emails"), (6, "Name", "name"), (7, "State", "state_code")}
    skipped = Importer(app).run(path, ImportOptions(skip_invalid=True))
    assert (skipped.created, skipped.skipped, app.contacts.count()) == (1, 3, 1)
    assert len(skipped.skipped_rows) == 3


def test_matching_fills_and_adds_and_a_second_import_creates_nothing(app: Liaison, tmp_path: Path) -> None:
    home = app.institutions.create({"name": "Otandastar Qory", "state_code": "KZ"})
    existing = app.contacts.create(
        {
            "name": "Әлібек Жұмабаев",
            "institution_id": home["id"],
            "emails": ["old@example.kz"],
            "position": "Chair",
        }
    )
    by_mail = app.contacts.create({"name": "Someone Else", "emails": ["a.seitkali@otandastar.kz"]})
    path = fx.delegation_xlsx(tmp_path / "delegation.xlsx")
    first = Importer(app).run(path, ImportOptions())
    assert (first.created, first.updated) == (2, 1), first.errors
    merged = app.contacts.get(existing["id"])  # same name (folded) at the same institution
    assert merged["emails"] == ["old@example.kz", "a.zh@example.kz"]
    assert merged["position"] == "Chair"  # never overwritten unasked
    assert merged["phones"] == ["+77010000003"]
    second = Importer(app).run(path, ImportOptions())
    assert (second.created, second.updated, second.unchanged) == (0, 0, 3)
    google = Importer(app).run(fx.google_csv(tmp_path / "g.csv"), ImportOptions())
    assert google.updated == 1 and app.contacts.get(by_mail["id"])["position"] == "Head of Department"
    forced = Importer(app).run(path, ImportOptions(update_existing=True, mapping={"Lavozimi": "position"}))
    assert forced.updated >= 1 and app.contacts.get(existing["id"])["position"] == "Төраға"


def test_name_in_another_script_matches(app: Liaison, tmp_path: Path) -> None:
    inst = app.institutions.create({"name": "Ministry of Labour", "state_code": "KG"})
    person = app.contacts.create({"name": "Kubanychbek Omuraliev", "institution_id": inst["id"]})
    path = tmp_path / "ru.csv"
    path.write_text(
        "ФИО;Организация;Телефон\nОмуралиев Кубанычбек;Ministry of Labour;0312 62 45 00\n", "utf-8"
    )
    result = Importer(app).run(path, ImportOptions())
    assert (result.created, result.updated) == (0, 1), result.errors
    assert app.contacts.get(person["id"])["phones"] == ["+996312624500"]  # the institution's state's plan


def test_undo_removes_and_reverts_but_keeps_what_was_edited_since(app: Liaison, tmp_path: Path) -> None:
    home = app.institutions.create({"name": "Otandastar Qory", "state_code": "KZ"})
    existing = app.contacts.create({"name": "Әлібек Жұмабаев", "institution_id": home["id"]})
    result = Importer(app).run(fx.delegation_xlsx(tmp_path / "d.xlsx"), ImportOptions())
    assert result.batch and result.created == 2
    dana = _by_name(app)["Дана Серікқызы"]
    app.contacts.update(dana["id"], {"notes": "called her"})
    undone = undo_import(app, result.batch)
    assert undone.removed >= 2  # Kovács and the new institution
    assert [k["id"] for k in undone.kept] == [dana["id"]]
    assert set(_by_name(app)) == {"Әлібек Жұмабаев", "Дана Серікқызы"}
    assert app.contacts.get(existing["id"])["phones"] == []  # the filled phone is taken back
    with pytest.raises(Exception, match="already undone"):
        undo_import(app, result.batch)


def test_dry_run_writes_nothing_and_preview_marks_rows(app: Liaison, tmp_path: Path) -> None:
    app.contacts.create({"name": "X", "emails": ["a.zh@example.kz"]})
    path = fx.delegation_xlsx(tmp_path / "d.xlsx")
    result = Importer(app).run(path, ImportOptions(dry_run=True))
    assert (result.created, result.updated, result.written) == (2, 1, False)
    assert app.contacts.count() == 1
    preview = Importer(app).preview(path, ImportOptions(), limit=2)
    assert [r.status for r in preview.rows] == ["match", "new"]
    assert preview.rows[1].values["phones"] == ["+77010000004"]


def test_mapping_given_and_remembered(app: Liaison, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Kim,Nereden,Posta kutusu\nAli Veli,YTB,ali@example.com.tr\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="names"):
        Importer(app).run(path, ImportOptions())
    options = ImportOptions(mapping={"Kim": "name", "Nereden": "institution", "Posta kutusu": "email"})
    assert Importer(app).run(path, options).created == 1
    again = tmp_path / "odd2.csv"
    again.write_text("Kim,Nereden,Posta kutusu\nAyşe Kaya,YTB,ayse@example.com.tr\n", encoding="utf-8")
    assert Importer(app).run(again, ImportOptions()).created == 1  # the header set's mapping remembered


def test_participants_into_an_event(app: Liaison, tmp_path: Path) -> None:
    event = app.events.create({"kind": "diaspora_forum", "title": "7th Forum", "start_date": "2025-05-01"})
    result = Importer(app).run(fx.delegation_xlsx(tmp_path / "d.xlsx"), ImportOptions(event="7th Forum"))
    assert result.participants == 3
    participants = app.participants.list({"event_id": event["id"]})
    delegations = {d["id"]: d["state_code"] for d in app.delegations.list({"event_id": event["id"]})}
    assert sorted(delegations[p["delegation_id"]] for p in participants) == ["HU", "KZ", "KZ"]
    again = Importer(app).run(fx.delegation_xlsx(tmp_path / "d.xlsx"), ImportOptions(event=event["id"]))
    assert again.participants == 0 and app.participants.count() == 3


@pytest.mark.parametrize("narrow", [True, False], ids=["few rows", "many rows"])
def test_both_ways_of_reading_the_record_match_alike(
    app: Liaison, tmp_path: Path, narrow: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A preview reads only the contacts its rows can match; a big import reads them all."""
    from liaison.services.importing import importer

    monkeypatch.setattr(importer, "_NARROW", 10_000 if narrow else 0)
    home = app.institutions.create({"name": "Otandastar Qory", "state_code": "KZ"})
    by_name = app.contacts.create({"name": "Алибек Жумабаев", "institution_id": home["id"]})
    by_mail = app.contacts.create({"name": "Someone", "emails": ["A.ZH@example.kz"]})
    app.contacts.create({"name": "Twin", "emails": ["shared@example.kz"]})
    app.contacts.create({"name": "Twin two", "emails": ["shared@example.kz"]})
    path = tmp_path / "m.csv"
    path.write_text(
        "Name,Institution,E-mail\nAlibek Zhumabaev,Otandastar Qory,\n"
        "X Y,,a.zh@example.kz\nZ,,shared@example.kz\n",
        encoding="utf-8",
    )
    rows = Importer(app).preview(path, ImportOptions()).rows
    assert [(r.status, r.contact_id) for r in rows[:2]] == [
        ("unchanged", by_name["id"]),
        ("unchanged", by_mail["id"]),
    ]
    assert rows[2].status == "new"  # an e-mail two contacts share matches neither
    first = Importer(app).run(path, ImportOptions())
    assert first.created == 1
    assert Importer(app).run(path, ImportOptions()).unchanged == 3


def test_an_unknown_participant_role_is_invalid_naming_the_row_and_value(
    app: Liaison, tmp_path: Path
) -> None:
    from liaison.i18n import install_translator, use_language

    event = app.events.create({"kind": "diaspora_forum", "title": "7th Forum", "start_date": "2025-05-01"})
    path = tmp_path / "delegation.csv"
    path.write_text(
        "Name,Delegation,Role\n"
        "Әлібек Жұмабаев,Kazakhstan,Head of delegation\n"
        "Дана Серікқызы,Kazakhstan,Делегат\n"  # a role named in Russian: known
        "Kovács Ödön,Hungary,Chief Wizard\n",
        encoding="utf-8",
    )
    options = ImportOptions(event=event["id"])
    result = Importer(app).run(path, options)
    [issue] = result.errors
    assert (issue.row, issue.column, issue.field) == (4, "Role", "role")
    assert "“Chief Wizard”" in issue.message and "Head of delegation" in issue.message
    # Nothing half-written: no contact, no delegation, no participant.
    assert app.contacts.count() == 0 and app.participants.count() == 0 and app.delegations.count() == 0
    preview = Importer(app).preview(path, options)
    assert [r.status for r in preview.rows] == ["new", "new", "invalid"]
    # In the officer's language.
    use_language("tr")
    try:
        [turkish] = Importer(app).run(path, options).errors
        assert "“Chief Wizard”" in turkish.message and turkish.message != issue.message
    finally:
        install_translator(None)
    # Skipped on request: the two others are written, with their roles.
    skipped = Importer(app).run(path, ImportOptions(event=event["id"], skip_invalid=True))
    assert skipped.skipped == 1 and skipped.participants == 2
    roles = sorted(p["role"] for p in app.participants.list({"event_id": event["id"]}))
    assert roles == ["delegate", "head_of_delegation"]
