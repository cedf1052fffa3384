"""Fixtures for the briefing tests: the sample record loaded once, copied for tests that write.

Loading the sample takes a moment; the tests that only read share one data directory (opened
afresh by each test), the others get their own copy of it.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from liaison.briefing import BriefingRequest, Subject, write_briefing
from liaison.briefing.make import Briefing
from liaison.services.app import Liaison
from liaison.services.sample import load_sample_data

BISHKEK = "5th Meeting of the Ministers and Heads of Institutions in charge of Diaspora Affairs of the OTS"
KZ_KG = "Otandastar Qory – Ministry of Labour, Social Security and Migration of the Kyrgyz Republic"
KZ_AZ = "Otandastar Qory – State Committee on Work with Diaspora of Azerbaijan"
CONTACT_GROUP = "Diaspora Contact Group meeting (videoconference)"

# One sentence per language the officers write, with the letters reportlab's own fonts lack.
SCRIPTS = {
    "tr": "Türkiye’nin önerisi: işbirliği ağı güçlü, İstanbul’da çalıştay.",
    "az": "Azərbaycan: əməkdaşlıq, Şuşa, ğ ç ö ü ı Ə.",
    "kk": "Қазақстан: әріптестік ғылым қоғам мәңгі өнер ұлт үміт һәм ірі.",
    "ky": "Кыргызстан: үй, өлкө, жаңы ордо.",
    "uz": "Oʻzbekiston: oʻqituvchi va gʻoya, Gʻafur.",
    "hu": "Magyarország: erőforrás, őszi fűzfa, Lőrinc, Ű Ő.",
    "ru": "Россия: сотрудничество, съезд, ёлка, Щёлково.",
}
TALKING_POINTS = "\n".join(f"- {sentence}" for sentence in SCRIPTS.values()) + (
    "\n\nWatch the markup: a < b & c > d, <b>not bold</b> & AT&T."
)


def flat(text: str) -> str:
    """Text as compared: NFC, every run of white space one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Read:
    """A written PDF read back with pypdf."""

    path: Path
    reader: pypdf.PdfReader
    pages: list[str]  # each page's text, flattened

    @property
    def text(self) -> str:
        return " ".join(self.pages)


def read_pdf(path: Path) -> Read:
    reader = pypdf.PdfReader(path)
    return Read(path, reader, [flat(page.extract_text()) for page in reader.pages])


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample") / "data"
    folder.mkdir()
    with Liaison.open(folder) as app:
        load_sample_data(app)
    return folder


@pytest.fixture
def sample(sample_dir: Path) -> Iterator[Liaison]:
    """The shared sample record: read it, do not change it."""
    with Liaison.open(sample_dir) as app:
        yield app


@pytest.fixture
def own_sample(sample_dir: Path, tmp_path: Path) -> Iterator[Liaison]:
    """A copy of the sample record this test may change."""
    folder = tmp_path / "own"
    shutil.copytree(sample_dir, folder)
    with Liaison.open(folder) as app:
        yield app


@pytest.fixture(scope="session")
def bishkek_pack(sample_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Read]:
    """The pack for the 5th meeting in Bishkek and the two bilateral meetings on its margins,
    marked RESTRICTED, with talking points in every script."""
    out = tmp_path_factory.mktemp("pack") / "bishkek.pdf"
    with Liaison.open(sample_dir) as app:
        event = Subject("event", app.events.resolve(BISHKEK))
        subjects = (
            event,
            Subject("bilateral", app.bilaterals.resolve(KZ_KG)),
            Subject("bilateral", app.bilaterals.resolve(KZ_AZ)),
        )
        request = BriefingRequest(
            subjects=subjects, marking="RESTRICTED", talking_points={event: TALKING_POINTS}
        )
        briefing = write_briefing(app, request, out)
    return briefing, read_pdf(out)
