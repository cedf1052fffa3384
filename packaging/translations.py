"""Developer tool: the translations — extract, compile, check, and list what is left to translate.

Usage (from the top of the checkout, with the project's venv):

    .venv/bin/python packaging/translations.py update        # after code changes: extract + compile
    .venv/bin/python packaging/translations.py untranslated  # what translators still have to do
    .venv/bin/python packaging/translations.py compile       # .ts -> .qm after editing translations
    .venv/bin/python packaging/translations.py check         # what CI checks (also run by the tests)

``update`` runs ``pyside6-lupdate`` over every module of ``liaison/`` into ``translations/liaison_<lang>.ts``
(new strings arrive as unfinished, strings gone from the code are dropped, a string moved to another
class keeps its translation: see :func:`carry_moved`), compiles the ``.qm`` files and lists the entries
still untranslated. Translate them in Qt Linguist (``pyside6-linguist
translations/liaison_kk.ts``) or in the XML, then run ``compile`` (or ``update`` again).

Decisions:

- **Locations are not stored** (``-locations none``): line numbers would change the ``.ts`` files on
  every edit anywhere, and "running lupdate leaves the .ts unchanged" is the check that no string was
  missed.
- ``T("Context", "text")`` is ``QT_TRANSLATE_NOOP`` by a shorter name (``entities.py``,
  ``vocabulary.py``): lupdate is told so with ``-tr-function-alias``.
- **The .qm files are committed**, not built by the package build: they are then found through
  ``importlib.resources`` the same way in a checkout, an editable install, a wheel and a frozen
  build, and building a wheel needs no Qt tools. ``check`` (and a test) proves they are what the
  ``.ts`` files compile to. They are compiled with ``-nounfinished``: a string whose translation is
  not yet reviewed shows in English rather than half-right.
- English is the source language; ``liaison_en.ts`` holds only its plural forms ("1 record", "2
  records"), which Qt needs to be told.
- ``qtbase_extra_<lang>.ts`` translate the Qt strings the window shows (standard buttons, the text
  fields' context menu, the file dialog, key names) for Azerbaijani, Kyrgyz and Uzbek, which Qt
  ships no translation of, and correct Qt's Turkish key names; they are loaded over Qt's own
  ``qtbase`` catalogue, written by hand and only compiled here.
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout: the reader below is the package's own

from liaison.i18n import Message, read_ts  # noqa: E402 - after the path is set

TRANSLATIONS = ROOT / "translations"
TARGETS = ("tr", "az", "kk", "ky", "uz", "hu", "ru")
"""The languages translated from English (English itself gets only its plural forms)."""
QT_EXTRA = ("tr", "az", "ky", "uz")
"""Languages with our own translations of Qt's strings, translations/qtbase_extra_<lang>.ts."""

LUPDATE_OPTIONS = (
    "-no-obsolete",
    "-locations",
    "none",
    "-tr-function-alias",
    "QT_TRANSLATE_NOOP+=T",
    "-source-language",
    "en",
    "-silent",
)

PLACEHOLDER = re.compile(r"%L?n|%\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def tool(name: str) -> str:
    """A Qt Linguist tool of the venv PySide6 came with (else from PATH)."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the dev dependencies (pip install -e '.[dev]')")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python module of the package, in a stable order (the .ts order follows it)."""
    return sorted(p for p in (root / "liaison").rglob("*.py") if "__pycache__" not in p.parts)


def ts_files(folder: Path = TRANSLATIONS) -> dict[str, Path]:
    """Language -> its liaison .ts file (English included)."""
    return {language: folder / f"liaison_{language}.ts" for language in ("en", *TARGETS)}


def qm_sources(folder: Path = TRANSLATIONS) -> list[Path]:
    """Every .ts file that is compiled into a .qm."""
    return [*ts_files(folder).values(), *(folder / f"qtbase_extra_{language}.ts" for language in QT_EXTRA)]


def lupdate(sources: Sequence[Path], targets: dict[str, Path], *, cwd: Path = ROOT) -> None:
    """Extract the strings of ``sources`` into ``targets`` (created or merged)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in sources) + "\n")
    try:
        for language, target in targets.items():
            command = [tool("pyside6-lupdate"), f"@{listing.name}", *LUPDATE_OPTIONS]
            command += ["-target-language", language, "-ts", str(target)]
            if language == "en":
                command.insert(2, "-pluralonly")
            result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
            if result.returncode != 0 or "Unbalanced" in result.stderr:
                raise SystemExit(f"lupdate failed for {target.name}:\n{result.stdout}{result.stderr}")
    finally:
        Path(listing.name).unlink()


@dataclass(frozen=True)
class Compiled:
    ts: Path
    finished: int
    unfinished: int
    untranslated: int
    output: str


_GENERATED = re.compile(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)")
_IGNORED = re.compile(r"Ignored (\d+) untranslated source text\(s\)")


def lrelease(ts: Path, qm: Path) -> Compiled:
    """Compile ``ts`` into ``qm``; what lrelease reported."""
    result = subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts.name}:\n{output}")
    generated = _GENERATED.search(output)
    ignored = _IGNORED.search(output)
    return Compiled(
        ts,
        finished=int(generated.group(2)) if generated else 0,
        unfinished=int(generated.group(3)) if generated else 0,
        untranslated=int(ignored.group(1)) if ignored else 0,
        output=output,
    )


def compile_all(folder: Path = TRANSLATIONS, into: Path | None = None) -> list[Compiled]:
    """Every .ts into its .qm (beside it, or in ``into``)."""
    return [lrelease(ts, (into or folder) / ts.with_suffix(".qm").name) for ts in qm_sources(folder)]


# -- reading the .ts files (the same reader the command line uses) --------------------------------
def messages(ts: Path) -> list[Message]:
    return read_ts(ts.read_text(encoding="utf-8"))


def untranslated(languages: Iterable[str] = TARGETS) -> dict[str, list[tuple[str, str]]]:
    """Language -> (context, source) of every entry not translated and marked finished."""
    found: dict[str, list[tuple[str, str]]] = {}
    for language in languages:
        path = ts_files()[language]
        found[language] = [
            (m.context, m.source) for m in messages(path) if not (m.finished and m.translations)
        ]
    return found


def placeholder_problems(ts: Path) -> list[str]:
    """Translations whose placeholders (%1, %n, {name}), accelerator (&) or closing "…" differ
    from the source's."""
    problems = []
    for m in messages(ts):
        source = m.source
        for form in m.translations:
            where = f"{ts.name}: {m.context}: {source!r} -> {form!r}"
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                problems.append(f"{where}: placeholders differ")
            if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(form)):
                problems.append(f"{where}: the keyboard accelerator (&) is missing or doubled")
            if source.endswith("…") != form.endswith("…"):
                problems.append(f"{where}: the closing ellipsis differs")
    return problems


def stale_ts() -> list[str]:
    """Differences between the committed .ts files and what lupdate makes of the code now."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        copies = {}
        for language, path in ts_files().items():
            copy = folder / path.name
            shutil.copyfile(path, copy)
            copies[language] = copy
        lupdate(source_files(), copies)
        diffs = []
        for language, path in ts_files().items():
            old, new = path.read_text(encoding="utf-8"), copies[language].read_text(encoding="utf-8")
            if old != new:
                diff = difflib.unified_diff(
                    old.splitlines(), new.splitlines(), path.name, f"{path.name} (lupdate)", lineterm="", n=1
                )
                diffs.append("\n".join(list(diff)[:40]))
        return diffs


def stale_qm() -> list[str]:
    """Committed .qm files that differ from what their .ts compiles to."""
    with tempfile.TemporaryDirectory() as scratch:
        compiled = compile_all(TRANSLATIONS, Path(scratch))
        stale = []
        for result in compiled:
            committed = result.ts.with_suffix(".qm")
            fresh = Path(scratch) / committed.name
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(committed.name)
        return stale


def unfinished_reports(compiled: Iterable[Compiled]) -> list[str]:
    return [
        f"{c.ts.name}: {c.unfinished} unfinished, {c.untranslated} untranslated"
        for c in compiled
        if c.unfinished or c.untranslated
    ]


# -- commands -----------------------------------------------------------------------------------
def print_untranslated(languages: Sequence[str]) -> int:
    left = untranslated(languages)
    total = sum(len(entries) for entries in left.values())
    for language, entries in left.items():
        if entries:
            print(f"{language}: {len(entries)} to translate in {ts_files()[language].relative_to(ROOT)}")
            for context, source in entries:
                print(f"    [{context}] {source}")
    print("Everything is translated." if total == 0 else f"{total} entries to translate.")
    return 1 if total else 0


def carry_moved(before: Sequence[Message], ts: Path) -> int:
    """Fill in the entries of ``ts`` (just updated by lupdate) that are new only because their
    string moved: the translation context is the class the string is in, so a string moved to
    another class arrives unfinished in the new context while the old entry is dropped, and
    lupdate carries nothing across contexts.

    The classes a new context took strings from are those whose dropped entries reappear in it.
    An unfinished entry takes the translation that those classes' finished entries in ``before``
    (the file before the update) gave the same source text, comment and plural-ness — dropped, or
    still there when the string is used in both classes now — if they agree on one; a string that
    is new, or translated differently by its origins, stays to translate. Returns how many entries
    were filled in."""
    import xml.etree.ElementTree as ET

    def key(m: Message) -> tuple[str, str, bool]:
        return (m.source, m.comment, m.numerus)

    now = messages(ts)
    kept = {(m.context, *key(m)) for m in now}
    dropped: dict[tuple[str, str, bool], set[str]] = {}  # a string -> the contexts it left
    finished: dict[tuple[str, str, bool, str], tuple[str, ...]] = {}
    for m in before:
        if (m.context, *key(m)) not in kept:
            dropped.setdefault(key(m), set()).add(m.context)
        if m.finished and m.translations:
            finished[(*key(m), m.context)] = m.translations
    origins: dict[str, set[str]] = {}  # a context -> the contexts strings moved into it from
    for m in now:
        if not m.finished:
            origins.setdefault(m.context, set()).update(dropped.get(key(m), ()))
    wanted = {}
    for m in now:
        if m.finished:
            continue
        found = {
            finished[(*key(m), origin)] for origin in origins[m.context] if (*key(m), origin) in finished
        }
        if len(found) == 1:
            wanted[(m.context, *key(m))] = found.pop()
    if not wanted:
        return 0
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            numerus = element.get("numerus") == "yes"
            found = (name, element.findtext("source") or "", element.findtext("comment") or "", numerus)
            translation = element.find("translation")
            if found not in wanted or translation is None or translation.get("type") != "unfinished":
                continue
            forms = wanted[found]
            del translation.attrib["type"]
            if numerus:
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def command_update(_args: argparse.Namespace) -> int:
    targets = ts_files()
    before = {language: messages(path) for language, path in targets.items() if path.exists()}
    lupdate(source_files(), targets)
    carried = {
        language: carry_moved(before[language], path)
        for language, path in targets.items()
        if language in before
    }
    for language, count in carried.items():
        if count:
            print(f"{targets[language].name}: {count} moved string(s) keep their translation")
    if any(carried.values()):
        lupdate(source_files(), targets)  # lupdate's own layout again
    for result in compile_all():
        print(f"{result.ts.name}: {result.finished} translated")
    return print_untranslated(TARGETS)


def command_compile(_args: argparse.Namespace) -> int:
    compiled = compile_all()
    for result in compiled:
        print(f"{result.ts.name}: {result.finished} translated")
    reports = unfinished_reports(compiled)
    for report in reports:
        print(report)
    return 1 if reports else 0


def command_untranslated(args: argparse.Namespace) -> int:
    unknown = sorted(set(args.language) - set(TARGETS))
    if unknown:
        raise SystemExit(f"unknown language(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    return print_untranslated(args.language or TARGETS)


def command_check(_args: argparse.Namespace) -> int:
    failures = []
    failures += [f"lupdate would change the .ts files (run update):\n{d}" for d in stale_ts()]
    with tempfile.TemporaryDirectory() as scratch:
        failures += unfinished_reports(compile_all(TRANSLATIONS, Path(scratch)))
    for path in qm_sources():
        failures += placeholder_problems(path)
    failures += [f"{name} is not what its .ts compiles to (run compile)" for name in stale_qm()]
    for failure in failures:
        print(failure)
    print("Translations: all checks pass." if not failures else f"{len(failures)} problem(s).")
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the strings (lupdate), compile, list what is untranslated")
    commands.add_parser("compile", help="compile the .ts files into .qm files (lrelease)")
    left = commands.add_parser("untranslated", help="list the entries still to translate")
    left.add_argument("language", nargs="*", help=f"only these languages ({', '.join(TARGETS)})")
    commands.add_parser("check", help="what CI checks: nothing missed, nothing unfinished, placeholders")
    args = parser.parse_args(argv)
    handlers = {
        "update": command_update,
        "compile": command_compile,
        "untranslated": command_untranslated,
        "check": command_check,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
