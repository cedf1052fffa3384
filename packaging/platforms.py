"""Everything that differs between Linux, Windows and macOS in the installers, in one place.

``packaging/build.py`` and the PyInstaller spec (``packaging/liaison.spec``) read only this module
for names, paths and per-platform Qt pieces; the recipes they fill in (the Inno Setup script, the
``.desktop`` entry, the AppStream metainfo) sit beside it under ``packaging/``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

APP_NAME = "Liaison"
APP_ID = "org.turkicstates.Liaison"
"""Reverse-DNS id (the OTS's turkicstates.org): the .desktop file, the icon, AppStream, macOS's bundle."""
SUMMARY = "Desk application of the OTS diaspora liaison officers"
MAINTAINER = "OTS Secretariat <liaison@turkicstates.org>"
ICON_SVG = ROOT / "resources" / "icons" / "app.svg"

LANGUAGES = ("en", "tr", "az", "kk", "ky", "uz", "hu", "ru")
"""The eight languages: Qt's own ``qtbase_<lang>.qm`` of these (where Qt has one) stay in the bundle."""

# Qt modules Liaison imports (liaison/ui): the spec keeps these and their libraries, nothing else.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets")

# What pip's Qt wheels carry that Liaison never loads. PyInstaller collects Qt by the modules
# imported, but libraries and plugins come along with hooks and with ldd; these never ship.
QT_EXCLUDED_MODULES = (
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "QtWebView",
    "Qt3DCore",
    "Qt3DRender",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DAnimation",
    "Qt3DExtras",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickWidgets",
    "QtQml",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtSpatialAudio",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtBluetooth",
    "QtNfc",
    "QtPositioning",
    "QtLocation",
    "QtSensors",
    "QtSerialPort",
    "QtSerialBus",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtSql",
    "QtTest",
    "QtTextToSpeech",
    "QtHttpServer",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSvgWidgets",
    "QtXml",
    "QtConcurrent",
    "QtDBus",
    "QtAxContainer",
    "QtNetworkAuth",
    "QtCanvasPainter",
    "QtPdfQuick",
    # QtPdf's library loads QtNetwork's; Liaison never imports its Python module (1.2 MB).
    "QtNetwork",
)
# Libraries (by name fragment) of those modules, for when a hook pulls one in anyway.
QT_EXCLUDED_LIBRARIES = (
    "WebEngine",
    "Qt63D",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6Multimedia",
    "Qt6SpatialAudio",
    "Qt6Charts",
    "Qt6DataVisualization",
    "Qt6Graphs",
    "Qt6Bluetooth",
    "Qt6Nfc",
    "Qt6Positioning",
    "Qt6Location",
    "Qt6Sensors",
    "Qt6Serial",
    "Qt6RemoteObjects",
    "Qt6Scxml",
    "Qt6StateMachine",
    "Qt6Sql",
    "Qt6Test",
    "Qt6TextToSpeech",
    "Qt6HttpServer",
    "Qt6Designer",
    "Qt6Help",
    "Qt6ShaderTools",
    "Qt6VirtualKeyboard",
    "Qt6Pdf" + "Quick",
    "Qt6Lottie",
    "Qt6Charts",
    "Qt6WebView",
    "Qt6Quick3D",
    "Qt6Svg" + "Widgets",
    "Qt6OpenGLWidgets",
    "Qt6WaylandCompositor",
    "Qt6Labs",
    "Qt6Concurrent",
    "Qt6Xml",
    "Qt6UiTools",
    "Qt6CanvasPainter",
    "avcodec",
    "avformat",
    "avutil",
    "swresample",
    "swscale",
    "Qt6EglFS",
    "Qt6EglFs",
    "qtvirtualkeyboard",
    "libjpeg.so.62",  # pulled in by the GTK 3 theme plugin's dependencies before the plugin is dropped
)
# Plugin folders kept (by Qt's folder name); every other plugin folder is dropped.
QT_PLUGIN_FOLDERS_COMMON = (
    "platforms",
    "imageformats",
    "iconengines",
    "printsupport",
    "styles",
    "platformthemes",
)
# Image formats the window and the PDFs use: SVG icons, photos (JPEG, PNG is built in), QtPdf's.
QT_IMAGE_FORMATS = ("qsvg", "qjpeg", "qpdf", "qico", "qgif", "qwebp")


@dataclass(frozen=True)
class Platform:
    """One operating system's choices."""

    key: str
    executable: str  # the frozen program inside the bundle folder
    platform_plugins: tuple[str, ...]  # Qt's platforms/ plugins kept
    plugin_folders: tuple[str, ...]  # extra Qt plugin folders kept
    icon: str | None  # the icon file PyInstaller puts on the executable (made by build.py)
    data_dir: str  # where the officer's data lives (platformdirs; documentation and tests)
    installer: str  # what build.py makes besides the folder
    system_dependencies: tuple[str, ...] = field(default=())  # Debian packages the .deb declares
    # Libraries left to the system (name prefixes): PyInstaller would copy the build machine's.
    system_libraries: tuple[str, ...] = field(default=())
    platform_themes: tuple[str, ...] = field(default=())  # Qt's platformthemes/ plugins kept
    # ICU's data library inside the frozen folder, trimmed to Liaison's languages by build.py
    # (packaging/icu_data.py); None where Qt's wheel ships no ICU (Windows uses the system's,
    # macOS none).
    icu_data: str | None = None


LINUX = Platform(
    key="linux",
    executable="liaison",
    icu_data="_internal/PySide6/Qt/lib/libicudata.so.*",
    # xcb for X11 desktops, wayland for Wayland ones, offscreen for tests and headless runs.
    platform_plugins=(
        "libqxcb.so",
        "libqwayland.so",
        "libqwayland-egl.so",
        "libqwayland-generic.so",
        "libqoffscreen.so",
        "libqminimal.so",
    ),
    plugin_folders=(
        "xcbglintegrations",
        "wayland-shell-integration",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "platforminputcontexts",
    ),
    icon=None,
    # The XDG portal gives native file dialogs on GNOME and KDE; Qt's GTK 3 theme would drag the
    # whole GTK stack (cairo, pango, gdk-pixbuf) in or fail to load without it.
    platform_themes=("libqxdgdesktopportal.so",),
    # A desktop that runs Qt has these (the .deb depends on them): copied from the build machine
    # they would only duplicate the system's, and could clash with its graphics drivers and
    # printing. Python's own (libpython, sqlite with FTS5, OpenSSL, libffi) stay in the bundle.
    system_libraries=(
        "libglib-2.0.",
        "libgio-2.0.",
        "libgobject-2.0.",
        "libgmodule-2.0.",
        "libdbus-1.",
        "libfontconfig.",
        "libfreetype.",
        "libharfbuzz.",
        "libgraphite2.",
        "libpng16.",
        "libexpat.",
        "libX11.",
        "libX11-xcb.",
        "libXext.",
        "libXau.",
        "libXdmcp.",
        "libxcb",
        "libxkbcommon",
        "libwayland-",
        "libEGL.",
        "libGL",
        "libOpenGL.",
        "libdrm.",
        "libgbm.",
        "libcups.",
        "libavahi-",
        "libgssapi_krb5.",
        "libkrb5",
        "libk5crypto.",
        "libcom_err.",
        "libkeyutils.",
        "libsystemd.",
        "libgnutls.",
        "libp11-kit.",
        "libgmp.",
        "libnettle.",
        "libhogweed.",
        "libtasn1.",
        "libidn2.",
        "libunistring.",
        "libgcrypt.",
        "libgpg-error.",
        "liblz4.",
        "libzstd.",
        "libbrotli",
        "libselinux.",
        "libpcre2-",
        "libmount.",
        "libblkid.",
        "libbsd.",
        "libmd.",
        "libcap.",
        "libstdc++.",
        "libgcc_s.",
        "libtinfo.",
        "libreadline.",
        "libpixman-",
        "libcairo",
        "libpango",
        "libatk",
        "libgdk",
        "libgtk",
        "libfribidi.",
        "libthai.",
        "libdatrie.",
        "libepoxy.",
        "libXrender.",
        "libXi.",
        "libXrandr.",
        "libXcursor.",
        "libXinerama.",
        "libXfixes.",
        "libXcomposite.",
        "libXdamage.",
        "libuuid.",
        # OpenSSL 3 (Python's ssl and hashlib): every system with glibc 2.34, which Qt needs, has it.
        "libssl.",
        "libcrypto.",
    ),
    data_dir="~/.local/share/Liaison",
    installer=".tar.gz and .deb",
    system_dependencies=(
        # What Qt's xcb and Wayland platform plugins and QtGui load from the system (the wheels
        # do not carry them); the package names are Debian 12's and Ubuntu 22.04's.
        "libc6 (>= 2.34)",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libfreetype6",
        "libxkbcommon0",
        "libxkbcommon-x11-0",
        "libdbus-1-3",
        "libglib2.0-0",
        "libx11-6",
        "libx11-xcb1",
        "libxcb1",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-xfixes0",
        "libxcb-xinerama0",
        "libxcb-xkb1",
        "libxcb-sync1",
        "libxcb-shm0",
        "libxcb-render0",
        "libxcb-glx0",
        "libwayland-client0",
        "libwayland-cursor0",
        "libwayland-egl1",
        "libgssapi-krb5-2",
        "libbrotli1",
        "libzstd1",
        "libharfbuzz0b",
        "libpng16-16",
        "libexpat1",
        "libcups2",
        "libstdc++6 (>= 12)",
        "libssl3 | libssl3t64",
    ),
)
WINDOWS = Platform(
    key="windows",
    executable="liaison.exe",
    platform_plugins=("qwindows.dll", "qoffscreen.dll", "qminimal.dll"),
    plugin_folders=(),
    icon="liaison-256.png",  # PyInstaller turns it into .ico with Pillow
    data_dir="%LOCALAPPDATA%\\Liaison",
    installer="Liaison-VERSION-setup.exe (Inno Setup, packaging/windows/liaison.iss)",
)
MACOS = Platform(
    key="macos",
    executable="liaison",
    platform_plugins=("libqcocoa.dylib", "libqoffscreen.dylib", "libqminimal.dylib"),
    plugin_folders=(),
    icon="liaison-256.png",  # ... and into .icns
    data_dir="~/Library/Application Support/Liaison",
    installer="Liaison.app in Liaison-VERSION.dmg",
)


def current() -> Platform:
    if sys.platform.startswith("win"):
        return WINDOWS
    if sys.platform == "darwin":
        return MACOS
    return LINUX


# Linux installation layout (the .deb; the tarball unpacks the same folder anywhere).
DEB_PREFIX = "/opt/liaison"
DEB_LAUNCHER = "/usr/bin/liaison"
DEB_DESKTOP = f"/usr/share/applications/{APP_ID}.desktop"
DEB_METAINFO = f"/usr/share/metainfo/{APP_ID}.metainfo.xml"
DEB_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEB_ICON_SVG = f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"


def deb_icon_png(size: int) -> str:
    return f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"


LINUX_RECIPES = HERE / "linux"  # the .desktop entry and the AppStream metainfo, with @PLACEHOLDERS@
WINDOWS_RECIPE = HERE / "windows" / "liaison.iss"
MACOS_INFO = {  # Info.plist entries PyInstaller's BUNDLE writes into Liaison.app
    "CFBundleName": APP_NAME,
    "CFBundleDisplayName": APP_NAME,
    "NSHighResolutionCapable": True,
    "LSMinimumSystemVersion": "12.0",
}

# Size budget of the frozen folder and its archive (the smoke test asserts them), as issue 11
# set them. Spreadsheet import and duplicate detection took the folder to 157.5 MB; trimming
# ICU's data to Liaison's languages (packaging/icu_data.py) brought it back well under.
BUDGET_BUNDLE_MB = 150
BUDGET_ARCHIVE_MB = 70
