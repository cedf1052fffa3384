"""The frozen build the installers' smoke test and benchmark run against, built once.

``LIAISON_FROZEN_DIST=DIR`` names a dist folder made by ``packaging/build.py`` (CI's installers
workflow); otherwise ``dist/`` is used when it holds a folder, tarball and ``.deb`` newer than
every source they are made from, and else ``packaging/build.py`` builds into a temporary folder
(PyInstaller's cache stays in ``build/``, so the next build only redoes what changed).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _load_platforms() -> ModuleType:
    """packaging/platforms.py, loaded by path: putting packaging/ on sys.path would let its
    scripts (build.py, translations.py, ...) shadow modules of the same name for the session."""
    path = ROOT / "packaging" / "platforms.py"
    spec = importlib.util.spec_from_file_location("liaison_packaging_platforms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


platforms = _load_platforms()

SOURCES = ("liaison", "resources", "translations", "packaging", "pyproject.toml")


@dataclass(frozen=True)
class Build:
    dist: Path
    folder: Path
    tarball: Path
    deb: Path


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
            if item.is_file() and "__pycache__" not in item.parts:
                newest = max(newest, item.stat().st_mtime)
    return newest


def _found(dist: Path) -> Build | None:
    tarballs = sorted(dist.glob("liaison-*-linux-*.tar.gz"))
    debs = sorted(dist.glob("liaison_*.deb"))
    folder = dist / "liaison"
    if not (tarballs and debs and (folder / platforms.LINUX.executable).is_file()):
        return None
    return Build(dist, folder, tarballs[-1], debs[-1])


def _fresh(build: Build) -> bool:
    made = min(path.stat().st_mtime for path in (build.tarball, build.deb, build.folder / "liaison"))
    return made > _newest_source()


_BUILT: list[Build] = []  # one build per test session, whichever module asks first


def frozen_build(scratch: Path) -> Build:
    if not _BUILT:
        _BUILT.append(_frozen_build(scratch))
    return _BUILT[0]


def _frozen_build(scratch: Path) -> Build:
    named = os.environ.get("LIAISON_FROZEN_DIST")
    if named:
        build = _found(Path(named).resolve())
        assert build is not None, f"no build in {named}"
        return build
    existing = _found(ROOT / "dist")
    if existing is not None and _fresh(existing):
        return existing
    dist = scratch / "dist"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(ROOT / "build"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1800,
        capture_output=True,
    )
    build = _found(dist)
    assert build is not None, f"packaging/build.py made no build in {dist}"
    return build


def unpack(build: Build, target: Path) -> Path:
    """The tarball unpacked somewhere else; returns the frozen program."""
    with tarfile.open(build.tarball) as archive:
        archive.extractall(target, filter="tar")
    return target / "liaison" / platforms.LINUX.executable


def clean_environment(home: Path) -> dict[str, str]:
    """What a user's session has: no venv, no PYTHONPATH, their own home; offscreen Qt."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "LIAISON_", "QT_"))
    }
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin"
    env["HOME"] = str(home)
    env["XDG_DATA_HOME"] = str(home / ".local" / "share")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LIAISON_LANGUAGE"] = "en"
    return env
