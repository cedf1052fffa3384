"""Which Qt an install gets, by Python version (pyproject.toml's markers, the lock's pins).

On Python 3.11: PySide6-Essentials and PySide6-Addons below 6.12 (Addons for QtPdf alone). On 3.12
and later: Essentials 6.12 and the small PySide6-Pdf wheel, never Addons. Only Python 3.11 runs
here, so the 3.12 branch is resolved by pip against the real index for a 3.12 interpreter
(``--python-version 3.12 --only-binary=:all:``, wheels only, as a 3.12 machine would install).

pip evaluates environment markers for the interpreter it runs on, whatever ``--python-version``
says (pypa/pip#10050), so the test evaluates pyproject's and the lock's markers for 3.12 itself
and hands pip what a 3.12 machine would read: the direct requirements and the lock's pins.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "constraints.txt"
QT = {"pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6"}


def environment(python: str) -> dict[str, str]:
    here = dict(default_environment())
    return {**here, "python_version": python, "python_full_version": f"{python}.0", "extra": ""}


def requirements_for(python: str) -> list[Requirement]:
    """What ``pip install 'liaison[desktop]'`` on a machine with this Python reads from
    pyproject.toml: the base dependencies and the desktop extra (Qt lives there)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = [*project["dependencies"], *project["optional-dependencies"]["desktop"]]
    found = [Requirement(spec) for spec in specs]
    return [r for r in found if r.marker is None or r.marker.evaluate(environment(python))]


def lock_for(python: str) -> list[str]:
    """The lock's pins whose markers hold on this Python, markers dropped."""
    pins = []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        spec = line.split("#", 1)[0].strip()
        if not spec:
            continue
        requirement = Requirement(spec)
        if requirement.marker is None or requirement.marker.evaluate(environment(python)):
            pins.append(f"{requirement.name}{requirement.specifier}")
    return pins


def qt_of(requirements: list[Requirement]) -> dict[str, str]:
    named = {canonicalize_name(r.name): str(r.specifier) for r in requirements}
    return {name: specifier for name, specifier in named.items() if name in QT}


def test_python_3_11_keeps_essentials_and_addons_below_6_12() -> None:
    qt = qt_of(requirements_for("3.11"))
    assert set(qt) == {"pyside6-essentials", "pyside6-addons"}
    for specifier in qt.values():
        assert "<6.12" in specifier
    pins = dict(pin.split("==") for pin in lock_for("3.11"))
    assert pins["pyside6-essentials"] == pins["pyside6-addons"]
    assert "pyside6-pdf" not in pins


def test_python_3_12_asks_for_essentials_6_12_and_pdf_never_addons() -> None:
    qt = qt_of(requirements_for("3.12"))
    assert set(qt) == {"pyside6-essentials", "pyside6-pdf"}
    pins = dict(pin.split("==") for pin in lock_for("3.12"))
    assert pins["pyside6-essentials"].startswith("6.12.")
    assert "pyside6-addons" not in pins


@pytest.mark.slow
def test_pip_resolves_the_3_12_install_to_essentials_and_pdf_wheels(tmp_path: Path) -> None:
    """Needs the package index (pip talks to it as the README's install does)."""
    (tmp_path / "requirements.txt").write_text(
        "\n".join(f"{r.name}{r.specifier}" for r in requirements_for("3.12")) + "\n", encoding="utf-8"
    )
    (tmp_path / "constraints.txt").write_text("\n".join(lock_for("3.12")) + "\n", encoding="utf-8")
    report = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--dry-run",
            "--quiet",
            "--ignore-installed",
            "--disable-pip-version-check",
            "--target",
            str(tmp_path / "never"),
            "--python-version",
            "3.12",
            "--only-binary=:all:",
            "-r",
            str(tmp_path / "requirements.txt"),
            "-c",
            str(tmp_path / "constraints.txt"),
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    items = json.loads(report.read_text(encoding="utf-8"))["install"]
    installed = {
        canonicalize_name(meta["name"]): (meta["version"], item["download_info"]["url"])
        for item in items
        for meta in [item["metadata"]]
    }
    assert "pyside6-addons" not in installed
    assert installed["pyside6-pdf"][0].startswith("6.12.")
    assert installed["pyside6-essentials"][0].startswith("6.12.")
    assert installed["shiboken6"][0] == installed["pyside6-essentials"][0]
    for name in ("pyside6-pdf", "pyside6-essentials"):
        wheel = installed[name][1].rsplit("/", 1)[-1]
        assert wheel.endswith(".whl") and "abi3" in wheel, wheel
