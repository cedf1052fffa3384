"""Which field each column of a file holds: the common exports (Google Contacts, Outlook,
Thunderbird, Apple) and headers in the officers' eight languages, matched by the same folded
key search uses (so "E-posta", "e-posta" and "E POSTA" are one header, and "Электронная почта"
is matched in either script).

A target is a contact field or one of the import's own: ``first_name``, ``middle_name`` and
``last_name`` (joined into the name), ``institution`` (a name, matched to an institution or
created), ``state`` (a code or a state's name in any of the languages), ``source_id`` (the
source's own id: re-imports update), ``role`` and ``delegation`` (participants), ``ignore``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable

from liaison.i18n import QT_TRANSLATE_NOOP as T
from liaison.i18n import translate
from liaison.services.entities import CONTACTS
from liaison.text import search_key

TARGETS: dict[str, str] = {
    "name": T("Import", "Name"),
    "first_name": T("Import", "First name"),
    "middle_name": T("Import", "Middle name"),
    "last_name": T("Import", "Last name"),
    "latin_name": T("Import", "Name in Latin script"),
    "honorific": T("Import", "Honorific"),
    "position": T("Import", "Position"),
    "institution": T("Import", "Institution"),
    "state": T("Import", "State"),
    "languages": T("Import", "Languages"),
    "emails": T("Import", "E-mail"),
    "phones": T("Import", "Phone"),
    "tags": T("Import", "Tags"),
    "notes": T("Import", "Notes"),
    "photo": T("Import", "Photo"),
    "source_id": T("Import", "Source id"),
    "role": T("Import", "Role"),
    "delegation": T("Import", "Delegation"),
    "ignore": T("Import", "(not imported)"),
}
"""Every target a column may be mapped to, with its label (marked under "Import")."""

MULTI = frozenset({"emails", "phones", "tags", "notes", "languages"})
"""Targets several columns may feed (Outlook's three e-mail columns, ...)."""

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "display name",
        "contact",
        "contact name",
        "person",
        "participant",
        "ad soyad",
        "adı soyadı",
        "adi soyadi",
        "isim",
        "isim soyisim",
        "ad soyad (yerel)",
        "ad və soyad",
        "soyadı, adı",
        "аты-жөні",
        "аты жөні",
        "толық аты",
        "аты-жөнү",
        "толук аты",
        "ism familiya",
        "f.i.sh.",
        "fish",
        "ism-sharif",
        "ismi sharifi",
        "to'liq ismi",
        "név",
        "teljes név",
        "фио",
        "ф.и.о.",
        "полное имя",
        "имя и фамилия",
        "фамилия, имя",
        "фамилия имя отчество",
    ),
    "first_name": (
        "first name",
        "given name",
        "firstname",
        "forename",
        "adı",
        "ad",
        "ilk ad",
        "имя",
        "аты",
        "ismi",
        "ism",
        "keresztnév",
        "utónév",
    ),
    "middle_name": (
        "middle name",
        "additional name",
        "отчество",
        "әкесінің аты",
        "атасынын аты",
        "otasining ismi",
    ),
    "last_name": (
        "last name",
        "family name",
        "surname",
        "lastname",
        "soyadı",
        "soyad",
        "soy adı",
        "фамилия",
        "тегі",
        "фамилиясы",
        "familiya",
        "familiyasi",
        "vezetéknév",
        "családnév",
    ),
    "latin_name": (
        "latin name",
        "name in latin script",
        "name (latin)",
        "latin",
        "latin script",
        "transliteration",
        "latince ad",
        "latin harfleriyle",
        "latın qrafikası",
        "латынша",
        "латынча",
        "латиницей",
        "латиница",
        "имя латиницей",
        "lotin yozuvida",
        "lotincha",
        "latin betűs név",
    ),
    "honorific": (
        "honorific",
        "name prefix",
        "prefix",
        "salutation",
        "hitap",
        "unvan öneki",
        "обращение",
        "megszólítás",
    ),
    "position": (
        "position",
        "job title",
        "title",
        "role in institution",
        "organization title",
        "organization 1 title",
        "görev",
        "görevi",
        "unvan",
        "ünvan",
        "unvanı",
        "pozisyon",
        "iş unvanı",
        "vəzifə",
        "vəzifəsi",
        "лауазымы",
        "лауазым",
        "қызметі",
        "кызматы",
        "кызмат орду",
        "lavozimi",
        "lavozim",
        "beosztás",
        "pozíció",
        "munkakör",
        "должность",
    ),
    "institution": (
        "institution",
        "organization",
        "organisation",
        "company",
        "organization name",
        "organization 1 name",
        "agency",
        "ministry",
        "employer",
        "kurum",
        "kurumu",
        "kuruluş",
        "şirket",
        "kurum adı",
        "təşkilat",
        "qurum",
        "müəssisə",
        "ұйым",
        "мекеме",
        "ұйымы",
        "уюм",
        "мекемеси",
        "tashkilot",
        "muassasa",
        "szervezet",
        "intézmény",
        "cég",
        "организация",
        "учреждение",
        "место работы",
    ),
    "state": (
        "state",
        "country",
        "country/region",
        "member state",
        "home country",
        "business country/region",
        "ülke",
        "devlet",
        "ölkə",
        "dövlət",
        "мемлекет",
        "ел",
        "өлкө",
        "mamlakat",
        "davlat",
        "ország",
        "állam",
        "страна",
        "государство",
    ),
    "languages": (
        "languages",
        "language",
        "diller",
        "dil",
        "dillər",
        "тілдер",
        "тилдер",
        "tillar",
        "nyelvek",
        "языки",
    ),
    "emails": (
        "email",
        "e-mail",
        "e-mail address",
        "email address",
        "primary email",
        "secondary email",
        "mail",
        "e-mail value",
        "e-posta",
        "e-posta adresi",
        "eposta",
        "e-poçt",
        "elektron poçt",
        "электрондық пошта",
        "эл. пошта",
        "электрондук почта",
        "elektron pochta",
        "e-pochta",
        "e-mail cím",
        "email cím",
        "электронная почта",
        "эл. почта",
        "почта",
    ),
    "phones": (
        "phone",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "mobile number",
        "business phone",
        "home phone",
        "work phone",
        "cell",
        "phone value",
        "telefon",
        "cep telefonu",
        "iş telefonu",
        "telefon numarası",
        "mobil",
        "mobil telefon",
        "телефон",
        "ұялы телефон",
        "уюлдук телефон",
        "telefonszám",
        "мобильный телефон",
        "моб. телефон",
        "рабочий телефон",
    ),
    "tags": (
        "tags",
        "labels",
        "categories",
        "group membership",
        "groups",
        "etiketler",
        "kategoriler",
        "teqlər",
        "тегтер",
        "белгилер",
        "teglar",
        "címkék",
        "метки",
        "теги",
        "категории",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "remarks",
        "notlar",
        "açıklama",
        "not",
        "qeydlər",
        "qeyd",
        "ескертпе",
        "эскертүү",
        "izoh",
        "eslatmalar",
        "megjegyzés",
        "примечания",
        "примечание",
        "заметки",
    ),
    "photo": ("photo", "picture", "fotoğraf", "фото"),
    "source_id": ("id", "uid", "source id", "contact id", "record id"),
    "role": ("role", "participant role", "rol", "rolü", "роль", "рөлі", "ролу", "roli", "szerep"),
    "delegation": (
        "delegation",
        "heyet",
        "delegasyon",
        "nümayəndə heyəti",
        "делегация",
        "делегациясы",
        "delegatsiya",
        "delegáció",
    ),
}

_IGNORED_WORDS = frozenset({"label", "type"})  # Google's "E-mail 1 - Label", "Phone 1 - Type"
_DROPPED_WORDS = frozenset({"value", "address", "adresi", "number"})
_CONTAINS = (
    ("emails", ("e mail", "email", "e posta", "pocta", "posta", "pochta")),
    ("phones", ("phone", "telefon", "mobile")),
)


def _norm(header: str) -> str:
    words = [w for w in search_key(header).split() if not w.isdigit()]
    return " ".join(words)


_EXACT: dict[str, str] = {}
for _target, _names in _SYNONYMS.items():
    for _name in _names:
        _EXACT.setdefault(_norm(_name), _target)


def _field_labels() -> dict[str, str]:
    """The contact fields' labels in the officer's language (an export's own headers)."""
    labels = {}
    for f in CONTACTS.fields:
        if f.name in TARGETS:
            labels[_norm(translate("Fields", f.label))] = f.name
            labels[_norm(f.label)] = f.name
    labels[_norm(translate("Fields", "Institution"))] = "institution"
    labels[_norm(translate("Fields", "State"))] = "state"
    labels[_norm(translate("Fields", "Id"))] = "source_id"
    labels[_norm(translate("Fields", "Delegation"))] = "delegation"
    return labels


def recognise_one(header: str) -> str | None:
    key = _norm(header)
    if not key:
        return None
    words = key.split()
    if _IGNORED_WORDS & set(words):
        return "ignore"
    found = _EXACT.get(key) or _field_labels().get(key)
    if found:
        return found
    stripped = " ".join(w for w in words if w not in _DROPPED_WORDS)
    found = _EXACT.get(stripped)
    if found:
        return found
    padded = f" {key} "
    for target, parts in _CONTAINS:
        if any(f" {part} " in padded for part in parts):
            return target
    return None


def recognise(headers: Iterable[str]) -> dict[str, str]:
    """Header -> target for the headers recognised. Outlook's "Title" is the honorific when a
    "Job Title" column is there too; a single-valued target takes its first column only."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    listed = list(headers)
    keys = {_norm(h) for h in listed}
    for header in listed:
        target = recognise_one(header)
        if target == "position" and _norm(header) == "title" and "job title" in keys:
            target = "honorific"
        if target is None:
            continue
        if target not in MULTI and target != "ignore" and target in taken:
            continue
        taken.add(target)
        result[header] = target
    if "name" in taken and "first_name" in taken and "last_name" not in taken:
        # a lone "Ad"/"Имя" beside a full-name column is a duplicate of it
        for header, target in list(result.items()):
            if target == "first_name":
                result[header] = "ignore"
    return result


def count_recognised(headers: list[str]) -> int:
    """How many of ``headers`` name a known column (finds the header row under title rows)."""
    return sum(1 for h in headers if isinstance(h, str) and recognise_one(h) not in (None, "ignore"))


def header_set_key(headers: Iterable[str]) -> str:
    """The settings key under which a mapping for these headers is remembered."""
    digest = hashlib.sha1("\x1f".join(_norm(h) for h in headers).encode("utf-8")).hexdigest()
    return f"import_mapping:{digest[:20]}"


_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "TR": (
        "Türkiye",
        "Turkey",
        "Turkiye",
        "Türkiyə",
        "Түркия",
        "Турция",
        "Turkiya",
        "Törökország",
        "Түркия Республикасы",
    ),
    "AZ": (
        "Azerbaijan",
        "Azərbaycan",
        "Azerbaycan",
        "Әзербайжан",
        "Азербайджан",
        "Azarbayjon",
        "Azerbajdzsán",
    ),
    "KZ": (
        "Kazakhstan",
        "Kazakistan",
        "Qazaxıstan",
        "Қазақстан",
        "Казахстан",
        "Qozog'iston",
        "Kazahsztán",
        "Qazaqstan",
    ),
    "KG": (
        "Kyrgyzstan",
        "Kırgızistan",
        "Qırğızıstan",
        "Қырғызстан",
        "Кыргызстан",
        "Киргизия",
        "Qirg'iziston",
        "Kirgizisztán",
    ),
    "UZ": ("Uzbekistan", "Özbekistan", "Özbəkistan", "Өзбекстан", "Узбекистан", "O'zbekiston", "Üzbegisztán"),
    "HU": ("Hungary", "Macaristan", "Macarıstan", "Мажарстан", "Венгрия", "Vengriya", "Magyarország"),
    "TM": ("Turkmenistan", "Türkmenistan", "Түрікменстан", "Туркменистан", "Turkmaniston", "Türkmenisztán"),
    "TRNC": (
        "Turkish Republic of Northern Cyprus",
        "Northern Cyprus",
        "KKTC",
        "Kuzey Kıbrıs Türk Cumhuriyeti",
        "Kuzey Kıbrıs",
    ),
    "OTS": (
        "OTS",
        "Organization of Turkic States",
        "TDT",
        "Türk Devletleri Teşkilatı",
        "ОТГ",
        "TDT Sekreterliği",
        "OTS Secretariat",
    ),
}
_STATE_KEYS: dict[str, str] = {}
for _code, _names_ in _STATE_NAMES.items():
    _STATE_KEYS[_norm(_code)] = _code
    for _name in _names_:
        _STATE_KEYS[_norm(_name)] = _code


def state_code(value: str) -> str:
    """The OTS state code a cell names ("KZ", "Kazakhstan", "Қазақстан"), else the cell as given
    (which then fails validation naming it)."""
    text = value.strip()
    return _STATE_KEYS.get(_norm(text), text)


_ROLE_WORDS = re.compile(r"\s+")


@functools.cache
def _role_names(pairs: tuple[tuple[str, str], ...], language: str) -> dict[str, str]:
    """Every way of writing each role (folded) -> its key; ``language`` is the installed one."""
    from liaison.i18n import LANGUAGES, catalog

    names: dict[str, str] = {}
    for choice, label in reversed(pairs):  # the first choice wins a name two share
        written = {choice.replace("_", " "), label, translate("Choices", label)}
        written.update(catalog(other)("Choices", label) for other in LANGUAGES)
        names.update((_norm(text), choice) for text in written if text)
    return names


def role_key(value: str, choices: Iterable[str], labels: dict[str, str]) -> str:
    """A participant role given as its key, or its label in English or any of the officers'
    languages (a host's list in Russian reads the same for a Hungarian officer)."""
    from liaison.i18n import current_language

    names = _role_names(tuple((choice, labels.get(choice, "")) for choice in choices), current_language())
    found = names.get(_norm(value))
    if found is not None:
        return found
    return _ROLE_WORDS.sub("_", value.strip().lower())
