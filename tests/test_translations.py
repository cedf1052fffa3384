"""The translations: what CI checks (nothing missed by lupdate, nothing unfinished, placeholders and
accelerators kept, .qm files current), that every string marked in the code reaches the .ts files,
that the Qt-less catalogue answers as Qt does, and that the command line speaks the chosen language.

These run in the normal suite, so ``.ci/run`` covers them; ``packaging/translations.py check`` runs
the same checks by hand.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from liaison import i18n
from liaison.cli.main import main
from liaison.i18n import LANGUAGES, Catalog, catalog, read_ts

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ("tr", "az", "kk", "ky", "uz", "hu", "ru")


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@pytest.fixture(autouse=True)
def source_language() -> Iterator[None]:
    """The command line installs a translator process-wide: leave English behind."""
    yield
    i18n.set_command_line_language(None)
    i18n.install_translator(None)


# -- what CI checks -----------------------------------------------------------------------------
def test_running_lupdate_leaves_the_committed_ts_files_unchanged() -> None:
    assert tool.stale_ts() == [], "a string is new or gone: run packaging/translations.py update"


def test_lrelease_reports_nothing_unfinished_and_the_committed_qm_files_are_current(tmp_path: Path) -> None:
    compiled = tool.compile_all(tool.TRANSLATIONS, tmp_path)
    assert {c.ts.name for c in compiled} >= {f"liaison_{language}.ts" for language in TRANSLATED}
    assert tool.unfinished_reports(compiled) == []
    for result in compiled:
        assert result.finished > 0, result.output
        committed = result.ts.with_suffix(".qm")
        assert committed.read_bytes() == (tmp_path / committed.name).read_bytes(), (
            f"{committed.name} is stale: run packaging/translations.py compile"
        )


def test_placeholders_accelerators_and_ellipses_are_kept_in_every_translation() -> None:
    problems = [problem for path in tool.qm_sources() for problem in tool.placeholder_problems(path)]
    assert problems == []


def test_the_placeholder_check_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / "liaison_xx.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        "<context><name>Errors</name>"
        "<message><source>{field} is required.</source>"
        "<translation>{поле} обязательно.</translation></message>"
        "<message><source>&amp;Save</source><translation>Сохранить</translation></message>"
        "<message><source>Choose…</source><translation>Выбрать</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = tool.placeholder_problems(broken)
    assert len(problems) == 3
    assert "placeholders" in problems[0] and "accelerator" in problems[1] and "ellipsis" in problems[2]


def test_nothing_is_left_untranslated() -> None:
    assert tool.untranslated(TRANSLATED) == {language: [] for language in TRANSLATED}


# -- every string marked in the code reaches the .ts files --------------------------------------
def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Marks(ast.NodeVisitor):
    """(context, source) of every marked string, as the code will look it up at run time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []  # context, source, where
        self.problems: list[str] = []
        self.context_classes: set[str] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if any(isinstance(base, ast.Name) and base.id in ("Context", "Cli") for base in node.bases):
            self.context_classes.add(node.name)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        args = node.args
        if name in ("QT_TRANSLATE_NOOP", "T", "translate") and len(args) >= 2 and _literal(args[1]):
            context = _literal(args[0])
            if context is None:
                self.problems.append(f"{where}: the context of {name}() must be a literal")
            else:
                self.found.append((context, str(_literal(args[1])), where))
        elif name == "tr" and args and _literal(args[0]) is not None:
            owner = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                self.found.append((self.classes[-1], str(_literal(args[0])), where))
            elif isinstance(owner, ast.Name) and owner.id[:1].isupper():
                self.found.append((owner.id, str(_literal(args[0])), where))
            else:
                self.problems.append(f"{where}: tr() outside a class: lupdate files it under no context")
        self.generic_visit(node)


def _marked_strings() -> tuple[list[tuple[str, str, str]], list[str]]:
    found, problems = [], []
    for path in tool.source_files():
        marks = _Marks(path)
        marks.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += marks.found
        problems += marks.problems
    return found, problems


def test_every_marked_string_is_in_the_ts_files_under_its_runtime_context() -> None:
    """lupdate skips calls inside f-strings and files module-level tr() under no context;
    this reads the code the way the running program looks the strings up."""
    found, problems = _marked_strings()
    assert problems == []
    assert len(found) > 400
    extracted = {
        (m.context, m.source) for m in read_ts((tool.TRANSLATIONS / "liaison_ru.ts").read_text("utf-8"))
    }
    missing = [
        f"{where}: {context}: {source!r}"
        for context, source, where in found
        if (context, source) not in extracted
    ]
    assert missing == []
    assert all(m.context for m in read_ts((tool.TRANSLATIONS / "liaison_kk.ts").read_text("utf-8")))


def test_classes_that_use_self_tr_are_not_subclassed() -> None:
    """PySide looks self.tr() up under type(self).__name__, lupdate under the class the code is in:
    a subclass would see its base class's strings untranslated."""
    users: set[str] = set()
    bases: dict[str, set[str]] = {}
    for path in [*tool.source_files(), *sorted((ROOT / "tests").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            bases[cls.name] = {b.id for b in cls.bases if isinstance(b, ast.Name)}
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                owner = func.value if isinstance(func, ast.Attribute) and func.attr == "tr" else None
                if isinstance(owner, ast.Name) and owner.id == "self":
                    users.add(cls.name)
    subclassed = {name: sorted(c for c, b in bases.items() if name in b) for name in users}
    assert {name: subs for name, subs in subclassed.items() if subs} == {}
    assert {"MainWindow", "MeetingMode", "RecordEditor"} <= users


# -- the languages themselves ---------------------------------------------------------------------
def _translations(language: str) -> list[str]:
    messages = read_ts((tool.TRANSLATIONS / f"liaison_{language}.ts").read_text("utf-8"))
    return [form for m in messages for form in m.translations]


# Latin words that stay Latin in Cyrillic translations: the product, keys, formats, codes, options.
_LATIN_ALLOWED = re.compile(
    r"Liaison|Ctrl\+Return|Ctrl\+[A-Z]|Ctrl|Enter|Delete|F9|PNG|JPEG|png|jpg|jpeg|PDF|pdf|pem|crt|URL|NAME|sync|https?://(?:host(?::port)?)?|http|"
    r"KG|TR|DE|en|kk|tr|ru|--help|--force|--[a-z-]+|liaison(?: [a-z-]+)*|"
    r"<[^>]+>|%\d|%n|\{[a-z_]+(?::[^}]*)?\}|"
    # file formats and command-line words of import and export
    r"BATCH|UTF-8|ASCII|CSV|Excel|XLSX|XLS|OpenDocument|ODS|vCard|VCF|BEGIN:VCARD|ID|=name|\*\.[a-z]+|\(\*\)|"
    # attached files' kinds and their hash
    r"DOCX|ODT|SHA-256|"
    # the values of ``liaison brief --attachments``
    r"\(list\)|\(first-pages\)|\bfirst-pages\b|\blist\b|\bnone\b"
)


@pytest.mark.parametrize("language", ["kk", "ky", "ru"])
def test_kazakh_kyrgyz_and_russian_are_written_in_cyrillic(language: str) -> None:
    latin = [text for text in _translations(language) if re.search(r"[A-Za-z]", _LATIN_ALLOWED.sub("", text))]
    assert latin == []


@pytest.mark.parametrize("language", ["tr", "az", "uz", "hu"])
def test_latin_languages_have_no_cyrillic(language: str) -> None:
    assert [text for text in _translations(language) if re.search(r"[\u0400-\u04ff]", text)] == []


def test_uzbek_writes_o_and_g_with_the_turned_comma_and_azerbaijani_has_schwa() -> None:
    uzbek = " ".join(_translations("uz"))
    assert "oʻ" in uzbek and "gʻ" in uzbek  # U+02BB, as the Uzbek Latin alphabet has it
    assert not re.search(r"[oOgG]['‘’`]", uzbek)
    assert "ə" in " ".join(_translations("az"))
    assert "қ" in " ".join(_translations("kk")) and "ң" in " ".join(_translations("ky"))


@pytest.mark.parametrize(
    ("language", "secretariat", "contact_group", "plan"),
    [
        ("tr", "TDT Sekreteryası", "Temas Grubu", "Ortak Eylem Planı"),
        ("az", "TDT Katibliyi", "Əlaqə Qrupu", "Birgə Fəaliyyət Planı"),
        ("kk", "ТМҰ Хатшылығы", "Байланыс тобы", "Бірлескен іс-қимыл жоспары"),
        ("ky", "ТМУнун Катчылыгы", "Байланыш тобу", "Биргелешкен иш-аракеттер планы"),
        ("uz", "TDT Kotibiyati", "Aloqa guruhi", "Qoʻshma harakatlar rejasi"),
        ("hu", "TÁSZ Titkárság", "Kapcsolattartó Csoport", "Közös Cselekvési Terv"),
        ("ru", "Секретариат ОТГ", "Контактной группы", "Совместный план действий"),
    ],
)
def test_the_ots_bodies_carry_the_organisation_s_own_names(
    language: str, secretariat: str, contact_group: str, plan: str
) -> None:
    translate = catalog(language)
    assert translate("States", "OTS Secretariat") == secretariat
    assert contact_group in translate("Choices", "Contact Group meeting")
    assert translate("Entities", "Joint Action Plan") == plan


# -- the catalogue without Qt -----------------------------------------------------------------------
def test_the_catalogue_translates_and_falls_back_to_the_source() -> None:
    kk = catalog("kk")
    assert kk("MainWindow", "&File") == "&Файл"
    assert kk("Errors", "{field} is required.").format(field="Аты") == "«Аты» өрісі міндетті."
    assert kk("MainWindow", "not a marked string") == "not a marked string"
    assert kk("SyncView", "%n change(s) not yet synced", None, 3) == "3 өзгеріс әлі синхрондалмаған"
    ru = catalog("ru")
    forms = [ru("SyncView", "%n change(s) not yet synced", None, n) for n in (1, 3, 5, 11, 21, 22, 25, 111)]
    assert forms == [
        "1 изменение не синхронизировано",
        "3 изменения не синхронизированы",
        "5 изменений не синхронизировано",
        "11 изменений не синхронизировано",
        "21 изменение не синхронизировано",
        "22 изменения не синхронизированы",
        "25 изменений не синхронизировано",
        "111 изменений не синхронизировано",
    ]
    en = catalog("en")
    assert (
        en("Cli", "Rebuilt the search index: %n record(s).", None, 1) == "Rebuilt the search index: 1 record."
    )
    assert (
        en("Cli", "Rebuilt the search index: %n record(s).", None, 2)
        == "Rebuilt the search index: 2 records."
    )
    assert en("MainWindow", "&File") == "&File"  # English is the source


def test_unfinished_translations_are_not_used(tmp_path: Path) -> None:
    messages = read_ts(
        '<?xml version="1.0"?><TS version="2.1" language="kk"><context><name>C</name>'
        '<message><source>Done</source><translation type="unfinished">Дайын</translation></message>'
        "<message><source>Open</source><translation>Ашық</translation></message>"
        '<message><source>Gone</source><translation type="vanished">Жоқ</translation></message>'
        "</context></TS>"
    )
    translate = Catalog("kk", messages)
    assert (translate("C", "Done"), translate("C", "Open"), translate("C", "Gone")) == (
        "Done",
        "Ашық",
        "Gone",
    )


def test_the_catalogue_answers_as_qt_does_for_every_string_and_count(qapp: object) -> None:
    """The command line (without Qt) and the window (with Qt) must say the same thing."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    for language in ("en", *TRANSLATED):
        translator = QTranslator()
        assert translator.load(str(tool.TRANSLATIONS / f"liaison_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            ours = catalog(language)
            messages = read_ts((tool.TRANSLATIONS / f"liaison_{language}.ts").read_text("utf-8"))
            assert messages
            for m in messages:
                counts = range(0, 130) if m.numerus else (-1,)
                for n in counts:
                    qt = QCoreApplication.translate(m.context, m.source, m.comment or None, n)
                    assert ours(m.context, m.source, m.comment or None, n) == qt, (language, m.source, n)
        finally:
            QCoreApplication.removeTranslator(translator)


def test_every_language_loads_in_qt_and_translates_a_known_string() -> None:
    from PySide6.QtCore import QTranslator

    for language in TRANSLATED:
        translator = QTranslator()
        data = (tool.TRANSLATIONS / f"liaison_{language}.qm").read_bytes()
        assert translator.load(data), language
        text = translator.translate("MainWindow", "&File")
        assert text and text != "&File", language
        assert text == catalog(language)("MainWindow", "&File")


# -- which language ---------------------------------------------------------------------------------
def test_locale_names_and_tags_map_to_the_supported_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [
        i18n.normalize(t) for t in ("kk_KZ.UTF-8", "uz-Cyrl-UZ", "az_Latn_AZ", "ru", "de_DE", "", None)
    ] == [
        "kk",
        "uz",
        "az",
        "ru",
        None,
        None,
        None,
    ]
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    assert i18n.system_language(["de-DE", "ky-KG", "ru-RU"]) == "ky"  # the first one Liaison speaks
    assert i18n.system_language(["de-DE", "fr"]) == "en"
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "hu_HU.UTF-8")
    assert i18n.system_language() == "hu"
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "tr")
    assert i18n.system_language(["ru"]) == "tr"
    assert i18n.preferred_language(stored="uz", os_tags=["ru"]) == "uz"  # Settings beat the system
    i18n.set_command_line_language("kk")
    assert i18n.preferred_language(stored="uz") == "kk"  # --language beats Settings


def test_dates_numbers_and_country_names_follow_the_language() -> None:
    day = date(2023, 11, 22)
    assert i18n.format_date(day, language="en") == "22 Nov 2023"
    assert "нояб" in i18n.format_date(day, language="ru")
    assert "қар" in i18n.format_date(day, language="kk")
    assert "Kas" in i18n.format_date(day, language="tr")
    assert "noyabr" in i18n.format_date(day, "d MMMM y", language="uz")
    grouped = i18n.format_number(100000, language="ru")  # CLDR's group separator is a space of its choosing
    assert grouped[:3] == "100" and grouped[-3:] == "000" and grouped[3:-3].isspace()
    assert i18n.country_name("KG", language="kk") == "Қырғызстан"
    assert i18n.country_name("HU", language="hu") == "Magyarország"


# -- the command line -------------------------------------------------------------------------------
def test_the_command_line_speaks_the_language_asked_for(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "--language", "kk", "contact", "add", "--latin-name", "X"]) == 1
    assert "«Аты» өрісі міндетті." in capsys.readouterr().err  # a typed service error, in Kazakh
    assert main(["--data-dir", str(data_dir), "--language", "ru", "reindex"]) == 0
    assert capsys.readouterr().out == "Поисковый индекс перестроен: 0 записей.\n"


def test_the_settings_language_is_the_command_line_s_default(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "settings", "set", "language", "hu"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "contact", "show", "nobody"]) == 1
    assert "Kapcsolat: egyetlen rekord sem felel meg ennek: „nobody”." in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "--language", "en", "contact", "show", "nobody"]) == 1
    assert "Contact: no record matches “nobody”." in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "settings", "set", "language", "xx"]) == 1
    assert "xx" in capsys.readouterr().err


def test_the_tool_lists_untranslated_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the lead runs after merging other branches: new strings show up as to be translated."""
    scratch = Path(tempfile.mkdtemp(dir=tmp_path))
    (scratch / "liaison" / "ui").mkdir(parents=True)
    (scratch / "liaison" / "ui" / "briefing.py").write_text(
        "class BriefingDialog:\n    def title(self):\n        return self.tr('Briefing note')\n",
        encoding="utf-8",
    )
    copies = {}
    for language, path in tool.ts_files().items():
        copies[language] = scratch / path.name
        copies[language].write_bytes(path.read_bytes())
    tool.lupdate([*tool.source_files(), scratch / "liaison" / "ui" / "briefing.py"], copies)
    monkeypatch.setattr(tool, "ts_files", lambda folder=None: copies)
    left = tool.untranslated(TRANSLATED)
    assert left == {language: [("BriefingDialog", "Briefing note")] for language in TRANSLATED}
    assert set(LANGUAGES) == {"en", *TRANSLATED}


def test_update_carries_the_translation_of_a_string_moved_to_another_class(tmp_path: Path) -> None:
    """A string moved from one class to another changes context: lupdate drops the old entry and
    adds the new one unfinished; the tool gives it the translation it had in the class it came
    from (plural forms too; also when that class still uses it), unless its origins disagree."""
    source = tmp_path / "window.py"
    source.write_text(
        "class MainWindow:\n"
        "    def texts(self):\n"
        "        return self.tr('Offline'), self.tr('%n conflict(s)', None, 2), self.tr('Open'), "
        "self.tr('Read-only')\n"
        "class Inbox:\n"
        "    def texts(self):\n"
        "        return self.tr('Open')\n"
        "class About:\n"
        "    def texts(self):\n"
        "        return self.tr('Help')\n",
        encoding="utf-8",
    )
    ts = tmp_path / "liaison_ru.ts"
    tool.lupdate([source], {"ru": ts}, cwd=tmp_path)
    text = ts.read_text(encoding="utf-8")
    for english, russian in (("Offline", "Не в сети"), ("Read-only", "Только чтение"), ("Help", "Справка")):
        text = text.replace(
            f'<source>{english}</source>\n        <translation type="unfinished"></translation>',
            f"<source>{english}</source>\n        <translation>{russian}</translation>",
        )
    text = re.sub(
        r'(<source>%n conflict\(s\)</source>\s*)<translation type="unfinished">.*?</translation>',
        r"\1<translation><numerusform>%n конфликт</numerusform><numerusform>%n конфликта</numerusform>"
        r"<numerusform>%n конфликтов</numerusform></translation>",
        text,
        flags=re.S,
    )
    opens = iter(["Открыть", "Раскрыть"])  # the same English, translated differently in each class
    text = re.sub(
        r'(<source>Open</source>\s*)<translation type="unfinished"></translation>',
        lambda match: f"{match.group(1)}<translation>{next(opens)}</translation>",
        text,
    )
    ts.write_text(text, encoding="utf-8")
    before = tool.messages(ts)
    assert all(m.finished for m in before)
    source.write_text(
        "class MainWindow:\n"
        "    def texts(self):\n"
        "        return self.tr('Read-only')\n"
        "class SyncView:\n"
        "    def texts(self):\n"
        "        return self.tr('Offline'), self.tr('%n conflict(s)', None, 2), self.tr('Open'), "
        "self.tr('Read-only'), self.tr('Help')\n"
        "class About:\n"
        "    def texts(self):\n"
        "        return self.tr('Help')\n",
        encoding="utf-8",
    )
    tool.lupdate([source], {"ru": ts}, cwd=tmp_path)
    assert tool.carry_moved(before, ts) == 3
    tool.lupdate([source], {"ru": ts}, cwd=tmp_path)
    after = {m.source: m for m in tool.messages(ts) if m.context == "SyncView"}
    assert after["Offline"].finished and after["Offline"].translations == ("Не в сети",)
    assert after["%n conflict(s)"].translations == ("%n конфликт", "%n конфликта", "%n конфликтов")
    assert after["%n conflict(s)"].finished
    assert after["Read-only"].finished and after["Read-only"].translations == ("Только чтение",)
    assert not after["Open"].finished  # two translations left with it: which one is for a translator
    assert not after["Help"].finished  # nothing moved from About: a new use, for a translator
    assert ts.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
