"""Build the installers of Liaison for the platform this runs on: ``python packaging/build.py``.

Run it with the interpreter of a venv installed from the lock with the ``build`` extra
(``pip install -c packaging/constraints.txt -e '.[build]'``; ``.[dev]`` includes it). It freezes
Liaison with PyInstaller (``packaging/liaison.spec``) into a folder with its own Python and only
the Qt modules Liaison uses, then makes, under ``dist/``:

- Linux: ``liaison/`` (the folder), ``liaison-VERSION-linux-ARCH.tar.gz`` (the same folder, runs
  on a machine with no Python: unpack, run ``liaison/liaison``), ``liaison_VERSION_ARCH.deb``
  (``/opt/liaison``, ``/usr/bin/liaison``, a ``.desktop`` entry, hicolor icons, AppStream
  metainfo; built with dpkg-deb);
- Windows: ``liaison/`` and, when Inno Setup's ``iscc`` is on PATH, ``Liaison-VERSION-setup.exe``;
- macOS: ``Liaison.app`` and ``Liaison-VERSION.dmg`` (hdiutil).

Platform-specific names and paths all come from ``packaging/platforms.py``.
Options: ``--dist DIR`` (instead of ``dist/``), ``--work DIR`` (PyInstaller's work folder,
instead of ``build/``), ``--no-installers`` (the folder only).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import platforms  # noqa: E402

ROOT = platforms.ROOT


def version() -> str:
    namespace: dict[str, object] = {}
    for line in (ROOT / "liaison" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            exec(line, namespace)
    return str(namespace["__version__"])


def machine() -> str:
    """The architecture in Debian's words (amd64, arm64), from dpkg when there is one."""
    if shutil.which("dpkg"):
        return subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def render_icons(target: Path) -> dict[int, Path]:
    """PNGs of resources/icons/app.svg at the hicolor sizes (Qt's SVG renderer, offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(platforms.ICON_SVG))
    target.mkdir(parents=True, exist_ok=True)
    made = {}
    for size in platforms.DEB_ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = target / f"liaison-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        made[size] = path
    return made


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the frozen folder (dist/liaison)."""
    env = {**os.environ, "LIAISON_BUILD_ICONS": str(work / "icons")}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(HERE / "liaison.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )
    return dist / "liaison"


def tarball(folder: Path, dist: Path, name: str) -> Path:
    target = dist / f"{name}.tar.gz"
    partial = target.with_suffix(".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname="liaison")
    partial.replace(target)
    return target


def fill(template: Path, values: dict[str, str]) -> str:
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    assert "@" not in text.replace("@turkicstates", ""), f"unfilled placeholder in {template}"
    return text


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())


def deb(folder: Path, dist: Path, work: Path, icons: dict[int, Path], release: str) -> Path:
    """A .deb made with dpkg-deb from a staged root; no maintainer scripts (nothing to do at
    install or removal, and nothing that could touch an officer's data folder)."""
    arch = machine()
    root = work / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    prefix = root / platforms.DEB_PREFIX.lstrip("/")
    shutil.copytree(folder, prefix, symlinks=True)
    launcher = root / platforms.DEB_LAUNCHER.lstrip("/")
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(f"{platforms.DEB_PREFIX}/{platforms.LINUX.executable}")
    values = {
        "APP_ID": platforms.APP_ID,
        "VERSION": release,
        "DATE": time.strftime("%Y-%m-%d"),
        "EXEC": Path(platforms.DEB_LAUNCHER).name,
        "SUMMARY": platforms.SUMMARY,
    }
    for source, destination in (
        ("liaison.desktop", platforms.DEB_DESKTOP),
        ("liaison.metainfo.xml", platforms.DEB_METAINFO),
    ):
        path = root / destination.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(fill(platforms.LINUX_RECIPES / source, values), encoding="utf-8")
    svg = root / platforms.DEB_ICON_SVG.lstrip("/")
    svg.parent.mkdir(parents=True)
    shutil.copyfile(platforms.ICON_SVG, svg)
    for size, png in icons.items():
        path = root / platforms.deb_icon_png(size).lstrip("/")
        path.parent.mkdir(parents=True)
        shutil.copyfile(png, path)
    doc = root / "usr" / "share" / "doc" / "liaison"
    doc.mkdir(parents=True)
    shutil.copyfile(platforms.LINUX_RECIPES / "copyright", doc / "copyright")
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    control = root / "DEBIAN"
    control.mkdir()
    installed_kb = (folder_size(root) + 1023) // 1024
    (control / "control").write_text(
        f"Package: liaison\nVersion: {release}\nArchitecture: {arch}\nMaintainer: {platforms.MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\nDepends: {', '.join(platforms.LINUX.system_dependencies)}\n"
        "Section: misc\nPriority: optional\nHomepage: https://www.turkicstates.org/\n"
        f"Description: {platforms.SUMMARY}\n"
        " Liaison keeps the record of the diaspora liaison officers of the Organization of\n"
        " Turkic States: contacts, institutions, meetings, minutes, action items and plans;\n"
        " it works offline, syncs with the Secretariat and prints briefing packs.\n"
        " .\n"
        " The officer's data lives in ~/.local/share/Liaison, never under /opt.\n",
        encoding="utf-8",
    )
    target = dist / f"liaison_{release}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(root), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def windows_installer(dist: Path, release: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup (iscc) is not on PATH: the folder only", file=sys.stderr)
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={release}",
            f"/DSourceDir={dist / 'liaison'}",
            f"/O{dist}",
            str(platforms.WINDOWS_RECIPE),
        ],
        check=True,
    )
    return dist / f"Liaison-{release}-setup.exe"


def macos_dmg(dist: Path, release: str) -> Path:
    target = dist / f"Liaison-{release}.dmg"
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            platforms.APP_NAME,
            "-srcfolder",
            str(dist / f"{platforms.APP_NAME}.app"),
            "-ov",
            "-format",
            "UDZO",
            str(target),
        ],
        check=True,
    )
    return target


def trim_icu(folder: Path, platform: platforms.Platform) -> None:
    """Trim the bundled ICU data to Liaison's languages (see packaging/icu_data.py)."""
    if platform.icu_data is None:
        return
    import icu_data

    from liaison.i18n import LANGUAGES

    for library in folder.glob(platform.icu_data):
        if library.is_file() and not library.is_symlink():
            before, after = icu_data.trim_library(library, LANGUAGES)
            print(
                f"  ICU data trimmed to {', '.join(LANGUAGES)}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB"
            )


def build(dist: Path, work: Path, installers: bool = True) -> list[Path]:
    release = version()
    started = time.monotonic()
    icons = render_icons(work / "icons")
    folder = freeze(dist, work)
    trim_icu(folder, platforms.current())
    made = [folder]
    platform = platforms.current()
    if installers and platform is platforms.LINUX:
        made.append(tarball(folder, dist, f"liaison-{release}-linux-{os.uname().machine}"))
        made.append(deb(folder, dist, work, icons, release))
    elif installers and platform is platforms.WINDOWS:
        made += [p for p in [windows_installer(dist, release)] if p]
    elif installers and platform is platforms.MACOS:
        made.append(macos_dmg(dist, release))
    print(f"built in {time.monotonic() - started:.0f} s:")
    for path in made:
        size = folder_size(path) if path.is_dir() else path.stat().st_size
        print(f"  {path}  {size / 1e6:.1f} MB")
    return made


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--no-installers", action="store_true")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve(), installers=not args.no_installers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
