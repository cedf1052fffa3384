"""What the package ships: every module, the migrations, the sample data, icons, translations."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_directory_is_listed() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "liaison").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    assert found <= listed_packages()
    assert {"liaison.resources", "liaison.translations"} <= listed_packages()


@pytest.mark.slow
def test_the_wheel_carries_code_data_and_resources(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    [wheel] = tmp_path.glob("liaison-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for required in (
        "liaison/cli/main.py",
        "liaison/store/migrations/env.py",
        "liaison/store/migrations/script.py.mako",
        "liaison/store/migrations/versions/0001_initial_schema.py",
        "liaison/services/sample_data.json",
        "liaison/resources/icons/contacts.svg",
        "liaison/resources/fonts/DejaVuSans.ttf",
        "liaison/resources/fonts/DejaVuSerif-Bold.ttf",
        "liaison/resources/fonts/LICENSE",
        "liaison/briefing/layout.py",
        "liaison/translations/liaison_kk.qm",
        "liaison/translations/liaison_kk.ts",
        "liaison/ui/main_window.py",
        "liaison/py.typed",
    ):
        assert required in names, required
