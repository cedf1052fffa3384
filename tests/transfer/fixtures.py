"""Files as other programs make them: Google Contacts and Outlook CSV, Apple and old phones'
vCards, Excel workbooks with title rows and merged cells, LibreOffice ODS."""

from __future__ import annotations

import base64
import re
import zipfile
from datetime import date
from pathlib import Path

# a 1x1 PNG
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def google_csv(path: Path) -> Path:
    """Google Contacts' export (UTF-8, comma, " ::: " between several values)."""
    header = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Name Prefix,Nickname,File As,Organization Name,"
        "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,"
        "E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value"
    )
    rows = [
        "Aigerim,,Seitkali,,,,,Otandastar Qory,Head of Department,,,Met at the 6th Forum,"
        "https://lh3.googleusercontent.com/x.jpg,* myContacts ::: Forum,* Work,a.seitkali@otandastar.kz,"
        "Home,aigerim@example.kz,Mobile,+7 701 000 00 03 ::: +7 727 272 11 11",
        "Kubanychbek,,Omuraliev,,Dr.,,,,,,,,,* myContacts,,k.omuraliev@example.kg,,,Work,+996 312 62 45 00",
    ]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def outlook_csv(path: Path) -> Path:
    """Turkish Outlook's export: cp1254, semicolons, CRLF, a local number without +CC."""
    text = (
        "Title;First Name;Middle Name;Last Name;Company;Job Title;Business Phone;Mobile Phone;"
        "E-mail Address;E-mail 2 Address;Categories;Notes;Country/Region\r\n"
        "Dr.;Işık;;Yılmaz;YTB;Daire Başkanı;0312 218 00 00;0532 123 45 67;isik@ytb.gov.tr;;Forum;"
        '"Şubat toplantısı; ağır gündem";Türkiye\r\n'
        ";Şükrü;;Öğüt;YTB;Uzman;;;sukru@ytb.gov.tr;s.ogut@example.com.tr;;;TR\r\n"
    )
    path.write_bytes(text.encode("cp1254"))
    return path


def apple_vcard(path: Path) -> Path:
    """Apple Contacts' vCard 3.0: grouped properties, X-ABLabel, a base64 photo."""
    photo = base64.b64encode(PNG).decode("ascii")
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
        "N:Məmmədov;Rəşad;;;\r\nFN:Rəşad Məmmədov\r\nORG:Diaspora ilə İş üzrə Dövlət Komitəsi;\r\n"
        "TITLE:Şöbə müdiri\r\nitem1.EMAIL;type=INTERNET;type=pref:r.mammadov@diaspora.gov.az\r\n"
        "item1.X-ABLabel:_$!<Other>!$_\r\nEMAIL;type=INTERNET;type=WORK:rashad@example.az\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:+994 50 123 45 67\r\nTEL;type=WORK:+994 12 555 12 34\r\n"
        "NOTE:First line\\nSecond\\, with comma\r\nCATEGORIES:Forum,Youth\r\n"
        f"PHOTO;ENCODING=b;TYPE=PNG:{photo[:40]}\r\n {photo[40:]}\r\n"
        "UID:apple-1234-5678\r\nEND:VCARD\r\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def old_phone_vcard(path: Path) -> Path:
    """A 2009 phone's vCard 2.1: quoted-printable with soft line breaks, CHARSET, bare types."""
    name = "Кубанычбек Омуралиев".encode()
    qp = "".join(f"={b:02X}" for b in name)
    note = "Встреча в Бишкеке".encode("cp1251")
    qp_note = "".join(f"={b:02X}" for b in note)
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp[:60]}=\r\n{qp[60:]}\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp[:60]}=\r\n{qp[60:]}\r\n"
        "TEL;CELL;PREF:+996555123456\r\nTEL;WORK:+996312624500\r\n"
        f"NOTE;CHARSET=WINDOWS-1251;QUOTED-PRINTABLE:{qp_note}\r\n"
        "EMAIL;INTERNET:k.omuraliev@example.kg\r\nEND:VCARD\r\n"
    )
    path.write_bytes(text.encode("ascii"))
    return path


def vcard4_two_scripts(path: Path) -> Path:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:3f1c3a9e-1d3b-4c1e-9a55-0b1f2c3d4e5f\r\n"
        "FN;ALTID=1;LANGUAGE=kk:Гүлнара Батырова\r\nFN;ALTID=1;LANGUAGE=kk-Latn:Gulnara Batyrova\r\n"
        "EMAIL;TYPE=work:g.batyrova@example.kz\r\nTEL;VALUE=uri;TYPE=cell:tel:+7-701-000-0005\r\n"
        "LANG:kk\r\nEND:VCARD\r\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def delegation_xlsx(path: Path) -> Path:
    """An Excel delegation list as host countries send it: two title rows (merged), a blank row,
    the header on row 4, phones stored as numbers, a delegation merged down its members, trailing
    empty rows, and a second sheet."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Делегация"
    sheet["A1"] = "7th Turkic Diaspora Forum"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "List of participants"
    sheet.merge_cells("A2:F2")
    sheet.append([])
    sheet.append(["Delegation", "Аты-жөні", "Lavozimi", "Ұйым", "Телефон", "Электронная почта"])
    sheet.append(
        ["Kazakhstan", "Әлібек Жұмабаев", "Төраға", "Otandastar Qory", 77010000003, "a.zh@example.kz"]
    )
    sheet.append([None, "Дана Серікқызы", "Маман", "Otandastar Qory", 77010000004, None])
    sheet.merge_cells("A5:A6")
    sheet.append(
        ["Hungary", "Kovács Ödön", "Főosztályvezető", "Nemzetpolitikai Államtitkárság", "+36 1 795 1000", ""]
    )
    sheet.append([])
    sheet.append([])
    sheet["C12"] = None
    other = workbook.create_sheet("Notes")
    other["A1"] = "Prepared on"
    other["B1"] = date(2025, 5, 1)
    workbook.save(path)
    return path


def minimal_ods(path: Path) -> Path:
    """An ODS as LibreOffice saves it (the parts calamine reads)."""
    content = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Kişiler">
<table:table-row><table:table-cell office:value-type="string"><text:p>Ad Soyad</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>E-posta</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Telefon</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>Ayşe Çağlar</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>ayse@example.com.tr</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="905321112233">
<text:p>905321112233</text:p></table:table-cell>
</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    content = re.sub(r">\s+<", "><", content)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path
