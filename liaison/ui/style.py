"""The look of the application: Fusion on the system's own palette, light or dark, with a small
stylesheet for spacing and typography, and the spacing constants layouts use.

Nothing here forces colours: the palette is the platform's (Qt 6.5+ follows the system's light or
dark setting), and the few colours the stylesheet needs are derived from it and recomputed when
it changes. Call :func:`apply_style` once, right after creating the ``QApplication``.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLayout, QListView

from liaison.ui.icons import app_icon

# -- spacing (device-independent pixels; Qt scales them on high-DPI screens) ----------------------
MARGIN = 12
"""Around the content of a page, a dialog or a pane."""
SPACING = 8
"""Between the widgets of a layout."""
TIGHT_SPACING = 4
"""Between things that belong together: a field and its error, a label and its hint."""
SECTION_SPACING = 16
"""Between groups of fields or sections of a page."""

NAV_ICON_SIZE = 20
"""The icons of the sidebar (set by the stylesheet on ``#navigation``)."""
TOOLBAR_ICON_SIZE = 18
"""Icons in tool bars and tool buttons."""
BUTTON_ICON_SIZE = 16
"""Icons in push buttons and menus."""

LIGHT_ERROR = QColor("#c42b1c")
"""Error text on a light background (contrast 5.6:1 on white)."""
DARK_ERROR = QColor("#ff99a4")
"""Error text on a dark background (contrast 8:1 on #1e1e1e)."""


def configure_high_dpi() -> None:
    """Before the ``QApplication`` exists: scale by the screen's exact factor (150 % is 1.5, not 2).

    Qt 6 always scales for high-DPI screens; only the rounding of fractional factors is left to
    choose. Does nothing once the application exists (Qt would ignore it).
    """
    if QCoreApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def apply_spacing(layout: QLayout, *, margin: int | None = MARGIN, spacing: int = SPACING) -> None:
    """Give ``layout`` the standard spacing (``margin=None`` keeps its margins, e.g. nested)."""
    if margin is not None:
        layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(spacing)


def setup_navigation(view: QListView) -> None:
    """Make ``view`` the sidebar: the ``#navigation`` look, :data:`NAV_ICON_SIZE` icons, even rows.

    Call it right after creating the list, before adding items. (The list's row heights come from
    the stylesheet only once the list is polished; rows laid out earlier, e.g. by selecting one
    before the window is shown, would keep the unstyled height and overlap.)
    """
    view.setObjectName("navigation")
    view.setIconSize(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE))
    view.setUniformItemSizes(True)
    view.ensurePolished()
    view.doItemsLayout()


# -- colours ---------------------------------------------------------------------------------------
def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance of ``color`` (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    rgb = color.toRgb()
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) is a dark one: light text on dark."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return relative_luminance(window) < relative_luminance(text)


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` blended with ``amount`` (0…1) of ``second``."""
    a, b = first.toRgb(), second.toRgb()
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def error_color(palette: QPalette | None = None) -> QColor:
    """A red for error text that reads well (≥ 4.5:1) on ``palette``'s base and window colours."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return QColor(DARK_ERROR if is_dark(palette) else LIGHT_ERROR)


# -- the stylesheet --------------------------------------------------------------------------------
def stylesheet(palette: QPalette, font: QFont) -> str:
    """The application stylesheet for ``palette`` and the base ``font``.

    Only spacing, typography and a few colours derived from the palette: everything else is the
    Fusion style drawing with the system palette. Object names it styles:

    * ``#navigation`` — the sidebar list (taller rows, :data:`NAV_ICON_SIZE` icons, rounded selection);
    * ``QLabel#pageTitle`` — a page's heading; ``QLabel#sectionTitle`` — a group's heading;
    * ``QLabel#fieldError`` — a field's validation message, in :func:`error_color`;
    * ``QLabel#editorBanner`` — the note above a read-only record (agreed minutes, …);
    * ``QLabel#secondaryText`` — hints and counts, in a muted text colour;
    * ``QToolBar#searchToolbar`` — the tool bar holding the search box.
    """
    points = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    hover = mix(window, highlight, 0.16)
    banner_background = mix(base, highlight, 0.14)
    banner_border = mix(base, highlight, 0.55)
    muted = mix(text, base, 0.35)
    return f"""
QListView#navigation {{
    border: none;
    background: palette(window);
    padding: {SPACING}px {TIGHT_SPACING + 2}px;
    icon-size: {NAV_ICON_SIZE}px;
    outline: none;
}}
QListView#navigation::item {{
    padding: 6px {SPACING}px;
    margin: 1px 0;
    border-radius: 6px;
    color: palette(window-text);
}}
QListView#navigation::item:hover {{
    background: {hover.name()};
}}
QListView#navigation::item:selected {{
    background: palette(highlight);
    color: palette(highlighted-text);
}}
QLabel#pageTitle {{
    font-size: {points * 1.4:.1f}pt;
    font-weight: 600;
    padding-bottom: {TIGHT_SPACING}px;
}}
QLabel#sectionTitle {{
    font-size: {points * 1.1:.1f}pt;
    font-weight: 600;
    padding-top: {SPACING}px;
}}
QLabel#fieldError {{
    color: {error_color(palette).name()};
}}
QLabel#secondaryText {{
    color: {muted.name()};
}}
QLabel#editorBanner {{
    background: {banner_background.name()};
    color: palette(text);
    border: 1px solid {banner_border.name()};
    border-radius: 6px;
    padding: {SPACING}px {MARGIN}px;
    margin: 0 0 {SPACING}px 0;
}}
QToolBar#searchToolbar {{
    border: none;
    padding: {TIGHT_SPACING}px {SPACING}px;
    spacing: {SPACING}px;
}}
QStatusBar::item {{
    border: none;
}}
QStatusBar QLabel {{
    padding: 0 {SPACING}px;
}}
"""


class _PaletteWatcher(QObject):
    """Re-styles the application when its palette or the system colour scheme changes."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        # The palette signal, not an event filter on the application: a Python filter there sees
        # every event of every object, and PySide then builds Python enums for each new class it
        # meets (some 170 of them, ~15 ms before the first window paints).
        app.paletteChanged.connect(self._schedule)
        app.styleHints().colorSchemeChanged.connect(self._schedule)

    def _schedule(self, *_args: object) -> None:
        self._timer.start()  # a scheme change brings a palette change too: restyle once

    def refresh(self) -> None:
        sheet = stylesheet(self._app.palette(), self._app.font())
        if sheet != self._app.styleSheet():
            self._app.setStyleSheet(sheet)
        self.changed.emit()


_watchers: list[_PaletteWatcher] = []  # at most one: the current application's


def _palette_watcher(app: QApplication) -> _PaletteWatcher:
    if _watchers and shiboken6.isValid(_watchers[0]) and _watchers[0].parent() is app:
        return _watchers[0]
    _watchers[:] = [_PaletteWatcher(app)]
    return _watchers[0]


def apply_style(app: QApplication) -> None:
    """Fusion, the system palette, the stylesheet and the application icon; keeps them current.

    Safe to call again (it re-applies). The stylesheet's palette-derived colours are recomputed
    whenever the palette changes (the system switched between light and dark, or the application
    was given a palette); callbacks registered with :func:`on_palette_changed` run afterwards.
    """
    if app.styleSheet():
        app.setStyleSheet("")  # a stylesheet wraps the style and hides its name
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setStyleSheet(stylesheet(app.palette(), app.font()))
    app.setWindowIcon(app_icon())
    _palette_watcher(app)


def on_palette_changed(callback: Callable[[], None]) -> None:
    """Call ``callback`` after the application restyled itself for a new palette.

    Icons from :func:`liaison.ui.icons.icon` without a colour follow the palette by themselves;
    this is for anything else that bakes in palette colours (custom painting, rich text). Pass a
    bound method of a ``QObject``: the connection then ends when that object is deleted.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("on_palette_changed needs the QApplication")
    _palette_watcher(app).changed.connect(callback)
