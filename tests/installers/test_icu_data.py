"""The ICU data trimmed for the frozen build (packaging/icu_data.py) still serves Liaison's
languages, and only drops what it says it drops.

The real ``libicudata`` of the Qt wheel is trimmed and loaded in front of Qt's own (LD_PRELOAD:
the same soname and symbol, so Qt's ICU takes it), and Qt is asked what an officer's screen
depends on: Turkish and Azerbaijani dotted capitals, Turkish and Kazakh alphabetical order, the
Turkish Windows codepage of an Outlook export. Swedish order, a language Liaison does not speak,
shows the trimming took effect (it falls back to the root order, as ICU does for any locale it
lacks)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.i18n import LANGUAGES
from tests.installers.frozen import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import icu_data

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
LIBRARIES = sorted(p for p in QT_LIB.glob("libicudata.so.*") if not p.is_symlink())

pytestmark = pytest.mark.skipif(
    not LIBRARIES or not all(shutil.which(tool) for tool in ("gcc", "nm", "readelf", "strip")),
    reason="the Linux Qt wheel's ICU, and gcc with binutils",
)

PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
def order(locale, words):
    collator = QCollator(QLocale(locale))
    return sorted(words, key=collator.sortKey)
print(json.dumps({
    "tr_upper": QLocale("tr_TR").toUpper("istanbul ığdır"),
    "az_upper": QLocale("az_AZ").toUpper("izmir"),
    "en_upper": QLocale("en_GB").toUpper("izmir"),
    "tr_order": order("tr_TR", ["çay", "cam", "zil", "ıslak", "inek", "ördek", "ok"]),
    "kk_order": order("kk_KZ", ["ұл", "уақыт", "әже", "ағаш", "аға"]),
    "sv_order": order("sv_SE", ["öl", "zebra"]),
    "cp1254": QStringDecoder("windows-1254").isValid(),
    "koi8": QStringDecoder("KOI8-R").isValid(),
    "shift_jis": QStringDecoder("Shift_JIS").isValid(),
}))
"""


def _probe(preload: Path | None) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_package_keeps_liaisons_languages_and_drops_the_rest() -> None:
    library = LIBRARIES[0]
    symbol, offset, size = icu_data._symbol(library)
    package = library.read_bytes()[offset : offset + size]
    header, items = icu_data.read_package(package)
    trimmed, dropped = icu_data.trim(package, icu_data.keep_for(LANGUAGES))
    header_after, kept = icu_data.read_package(trimmed)

    assert symbol.startswith("icudt") and header_after == header
    original = dict(items)
    assert {name for name, _ in kept} | set(dropped) == set(original)
    assert all(blob.rstrip(b"\0") == original[name].rstrip(b"\0") for name, blob in kept)
    names = {name.split("/", 1)[1] for name, _ in kept}
    for language in LANGUAGES:
        collation = f"coll/{language}.res"
        assert f"{language}.res" in names and f"lang/{language}.res" in names, language
        assert collation in names or not any(name.endswith(collation) for name in original), language
    assert {"root.res", "pool.res", "coll/root.res", "coll/ucadata.icu", "zone/pool.res", "nfkc.nrm"} <= names
    assert "sv.res" not in names and "coll/zh.res" not in names and "brkitr/cjdict.dict" not in names
    assert len(trimmed) < len(package) / 3


def test_qt_with_the_trimmed_data_serves_the_officers_languages(tmp_path: Path) -> None:
    trimmed = tmp_path / LIBRARIES[0].name
    shutil.copyfile(LIBRARIES[0], trimmed)
    before, after = icu_data.trim_library(trimmed, LANGUAGES)
    assert after < before / 3

    full, lean = _probe(None), _probe(trimmed)
    for key in ("tr_upper", "az_upper", "en_upper", "tr_order", "kk_order", "cp1254", "koi8"):
        assert lean[key] == full[key], key
    assert (
        lean["tr_upper"] == "İSTANBUL IĞDIR" and lean["az_upper"] == "İZMİR" and lean["en_upper"] == "IZMIR"
    )
    assert lean["tr_order"] == ["cam", "çay", "ıslak", "inek", "ok", "ördek", "zil"]
    assert lean["cp1254"] is True
    # what went: Swedish order (ö after z) falls back to the root's, Shift_JIS is gone
    assert full["sv_order"] == ["zebra", "öl"] and lean["sv_order"] == ["öl", "zebra"]
    assert full["shift_jis"] is True and lean["shift_jis"] is False
