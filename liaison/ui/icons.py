"""The application's icons: line drawings in ``resources/icons`` (shipped as ``liaison.resources``),
tinted to the palette and drawn at the size and device pixel ratio they are shown at.

Each drawing is a 24x24 SVG stroked in the literal colour ``currentColor``. Qt's SVG renderer
knows nothing of the widget palette, so before rendering, :func:`icon` swaps ``currentColor`` for a
real colour:

* ``icon("contacts")`` follows the application palette: window text when normal, the disabled
  window text when disabled, and highlighted text on a selected row (a selected sidebar entry).
  The colour is looked up each time the icon is drawn, so a switch between light and dark needs
  no re-tinting: Qt repaints every widget on a palette change and the icons come out right;
* ``icon("conflict", QColor("#c42b1c"))`` is always that colour (dimmed when disabled).

Icons are rendered on demand at the exact pixel size asked for (16 px on a 150 % screen is a
24-pixel bitmap, not a blurred 16-pixel one), and the bitmaps are cached in the icon.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging

import shiboken6
from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_NAMES: tuple[str, ...] = (
    "contacts",  # a person
    "institutions",  # a building with columns
    "events",  # a calendar page
    "bilaterals",  # two speech bubbles
    "actions",  # a ticked box
    "plans",  # a clipboard with a list
    "search",  # a magnifying glass
    "new",  # a plus
    "delete",  # a waste bin
    "undo",  # an arrow turning back
    "save",  # a diskette
    "meeting",  # a microphone: the meeting is in session
    "agree",  # a seal with a tick
    "reopen",  # an open padlock
    "sync",  # two arrows chasing each other round
    "offline",  # a cloud struck through
    "online",  # a cloud
    "conflict",  # a warning triangle
    "brief",  # a written page
    "settings",  # a cog wheel
    "about",  # the letter i in a circle
    "overdue",  # a clock with an exclamation mark
    "attended",  # a person with a tick
    "profile",  # an identity card
)
"""The tintable icons, by name. The application icon is separate: :func:`app_icon`."""

APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
"""The sizes the application icon offers the platform (window decoration, task bar, dock)."""

PLACEHOLDER = "currentColor"
"""The stroke colour in the SVG sources that :func:`icon` replaces."""

DISABLED_OPACITY = 0.4
"""How much of an explicitly coloured icon shows when it is disabled."""

_CACHE_LIMIT = 48  # bitmaps kept per icon: a few sizes x pixel ratios x modes x palettes

log = logging.getLogger(__name__)


@functools.cache
def _source(name: str) -> str:
    # One name per joinpath: in a frozen build this is Python 3.11's MultiplexedPath, which takes one.
    path = importlib.resources.files("liaison.resources").joinpath("icons").joinpath(f"{name}.svg")
    return path.read_text(encoding="utf-8")


def _palette_color(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


_clones: list[QIconEngine] = []
"""Engines handed to Qt by :meth:`SvgIconEngine.clone`.

PySide does not pass ownership of an engine returned from a Python ``clone()`` to Qt, so Python
would delete it while the detached icon still uses it. Keeping a reference here leaves the
deleting to Qt (the icon's destructor), after which the wrapper is invalid and is dropped.
"""


class SvgIconEngine(QIconEngine):
    """Draws one SVG at any size, in the palette's or a fixed colour.

    Qt calls these methods from C++ (painting): they must not raise. The drawing is read when the
    icon is made (:func:`icon` raises there if it is missing), so rendering has nothing to fail on;
    should it fail anyway, the error is logged and the icon comes out blank.
    """

    def __init__(self, name: str, source: str, color: QColor | None = None, *, tinted: bool = True) -> None:
        super().__init__()
        self._name = name
        self._source = source
        self._color = QColor(color) if color is not None else None
        self._tinted = tinted
        self._pixmaps: dict[tuple[int, int, float, int, int], QPixmap] = {}

    # -- colour ------------------------------------------------------------------------------
    def color(self, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor | None:
        """The colour the icon is drawn in for ``mode`` (``None``: the drawing's own colours)."""
        if not self._tinted:
            return None
        if self._color is None:
            return _palette_color(mode)
        if mode == QIcon.Mode.Disabled:
            dimmed = QColor(self._color)
            dimmed.setAlphaF(self._color.alphaF() * DISABLED_OPACITY)
            return dimmed
        return QColor(self._color)

    # -- rendering ---------------------------------------------------------------------------
    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        color = self.color(mode)
        key = (size.width(), size.height(), round(scale, 3), int(mode.value), color.rgba() if color else 0)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        source = self._source
        if color is not None:
            source = source.replace(PLACEHOLDER, color.name(QColor.NameFormat.HexRgb))
        renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
        renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if color is not None and color.alpha() < 255:
            painter.setOpacity(color.alphaF())
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self._pixmaps) >= _CACHE_LIMIT:
            self._pixmaps.clear()
        self._pixmaps[key] = pixmap
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        if size.isEmpty():
            return QPixmap()
        try:
            return self._render(size, mode, scale if scale > 0 else 1.0)
        except Exception:
            log.exception("Cannot draw the icon %r", self._name)
            return QPixmap()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        if side <= 0:
            return
        square = QRect(0, 0, side, side)
        square.moveCenter(rect.center())
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        pixmap = self.scaledPixmap(QSize(side, side), mode, state, scale)
        if not pixmap.isNull():
            painter.drawPixmap(square, pixmap)

    # -- description -------------------------------------------------------------------------
    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in APP_ICON_SIZES]

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "liaison-svg"

    def clone(self) -> QIconEngine:
        _clones[:] = [engine for engine in _clones if shiboken6.isValid(engine)]
        copy = SvgIconEngine(self._name, self._source, self._color, tinted=self._tinted)
        _clones.append(copy)
        return copy


_icons: dict[tuple[str, int | None], QIcon] = {}


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon ``name`` (one of :data:`ICON_NAMES`), following the palette unless ``color`` is given.

    An unknown name raises ``KeyError``: it is a bug, not a missing theme icon to shrug off.
    """
    if name not in ICON_NAMES:
        raise KeyError(name)
    key = (name, None if color is None else QColor(color).rgba())
    cached = _icons.get(key)
    if cached is None:
        cached = _icons[key] = QIcon(SvgIconEngine(name, _source(name), color))
    return QIcon(cached)


def app_icon() -> QIcon:
    """The application icon, in its own colours (OTS blue and white) whatever the palette."""
    key = ("app", None)
    cached = _icons.get(key)
    if cached is None:
        cached = _icons[key] = QIcon(SvgIconEngine("app", _source("app"), tinted=False))
    return QIcon(cached)


def clear_cache() -> None:
    """Forget the icons made so far (the widgets showing them keep their copies)."""
    _icons.clear()
