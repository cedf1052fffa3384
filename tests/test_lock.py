"""The lock (packaging/constraints.txt): every install of this checkout comes from it, it pins every
dependency pyproject.toml declares within its declared range, and the README's commands use it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "constraints.txt"


def locked(environment: dict[str, str]) -> dict[str, str]:
    """Name -> pinned version of every lock line whose marker holds in ``environment``."""
    pins: dict[str, str] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        spec = line.split("#", 1)[0].strip()
        if not spec:
            continue
        requirement = Requirement(spec)
        if requirement.marker is None or requirement.marker.evaluate(environment):
            (pin,) = requirement.specifier
            assert pin.operator == "==", line
            pins[canonicalize_name(requirement.name)] = pin.version
    return pins


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        specs += extra
    return [Requirement(spec) for spec in specs]


def environments() -> list[dict[str, str]]:
    """This interpreter, and the others the lock is made for (markers differ by Python version)."""
    here = default_environment()
    versions = ("3.11", "3.12", "3.13")
    others = [{**here, "python_version": v, "python_full_version": f"{v}.0"} for v in versions]
    return [here, *others]


def test_the_lock_pins_every_declared_dependency_within_its_range() -> None:
    for environment in environments():
        pins = locked(environment)
        for requirement in declared():
            marker = requirement.marker
            if marker is not None and not marker.evaluate(environment | {"extra": ""}):
                continue
            name = canonicalize_name(requirement.name)
            if name == "liaison":
                continue
            assert name in pins, f"{name} is not in the lock: run python packaging/lock.py"
            assert requirement.specifier.contains(pins[name], prereleases=True), (
                f"{name}=={pins[name]} is outside {requirement.specifier}: run python packaging/lock.py"
            )


def test_the_lock_check_can_fail() -> None:
    assert not Requirement("babel>=2.14,<2.15").specifier.contains(locked(default_environment())["babel"])


def test_the_readme_and_ci_install_from_the_lock() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^python3 -m venv .*$", readme, flags=re.MULTILINE)
    assert len(commands) >= 2
    for command in commands[:2]:
        assert "-c packaging/constraints.txt" in command, command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines(), ".ci/run must run the README's test command word for word"
