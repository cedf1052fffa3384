"""The icons (every drawing renders, crisp at 1x, 1.5x and 2x, in the colour asked for or the
palette's) and the application style (Fusion on the system palette, a stylesheet legible in light
and dark)."""

from __future__ import annotations

import gc
import importlib.resources
import itertools
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from liaison.ui import icons, style
from liaison.ui.icons import ICON_NAMES, app_icon, icon

SVG = "{http://www.w3.org/2000/svg}"


def _image(pixmap: QPixmap) -> QImage:
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _opaque_pixels(image: QImage) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]


def _alpha_counts(image: QImage) -> tuple[int, int]:
    """(pixels drawn at all, pixels left fully transparent)."""
    alphas = [image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())]
    return sum(1 for a in alphas if a > 0), sum(1 for a in alphas if a == 0)


def _paint(what: QIcon, image: QImage, rect: QRect) -> None:
    painter = QPainter(image)
    try:
        what.paint(painter, rect)
    finally:
        painter.end()  # an active painter outliving its image crashes the interpreter


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202020",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1a1a1a",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2d2d2d",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3a8ee6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#7a7a7a"))
    return palette


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application with :func:`apply_style`; the global state is put back afterwards."""
    sheet, window_icon = qapp.styleSheet(), qapp.windowIcon()
    style.apply_style(qapp)
    try:
        yield qapp
    finally:
        for watcher in style._watchers:
            if shiboken6.isValid(watcher):
                shiboken6.delete(watcher)
        style._watchers.clear()
        if qapp.testAttribute(Qt.ApplicationAttribute.AA_SetPalette):
            qapp.setPalette(QPalette())  # back to the system palette
        qapp.setStyleSheet(sheet)
        qapp.setWindowIcon(window_icon)


# -- the drawings --------------------------------------------------------------------------------
def test_every_name_has_a_drawing_and_every_drawing_a_name() -> None:
    folder = importlib.resources.files("liaison.resources").joinpath("icons")
    drawings = {entry.name.removesuffix(".svg") for entry in folder.iterdir() if entry.name.endswith(".svg")}
    assert drawings == {*ICON_NAMES, "app"}
    assert len(set(ICON_NAMES)) == len(ICON_NAMES)
    assert any(entry.name.upper().startswith(("LICENSE", "README")) for entry in folder.iterdir())


@pytest.mark.parametrize("name", ICON_NAMES)
def test_drawings_share_one_line_style(name: str) -> None:
    """24x24 grid, stroke 2 with round ends and joins, no fills, only the placeholder colour."""
    source = importlib.resources.files("liaison.resources").joinpath("icons", f"{name}.svg")
    text = source.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 24 24"
    group = root.find(f"{SVG}g")
    assert group is not None
    assert group.attrib == {
        "fill": "none",
        "stroke": "currentColor",
        "stroke-width": "2",
        "stroke-linecap": "round",
        "stroke-linejoin": "round",
    }
    for element in group.iter():
        if element is not group:
            assert not {"fill", "stroke", "stroke-width", "style"} & set(element.attrib), element.attrib
    assert "#" not in text.replace("<!--", "").split("-->")[-1]  # no hard-coded colours


# -- rendering ------------------------------------------------------------------------------------
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_renders_at_every_pixel_ratio(qapp: QApplication, name: str, scale: float) -> None:
    pixmap = icon(name, QColor("#000000")).pixmap(QSize(24, 24), scale)
    assert not pixmap.isNull()
    assert pixmap.size() == QSize(round(24 * scale), round(24 * scale))  # drawn for the screen, not scaled
    assert pixmap.devicePixelRatio() == pytest.approx(scale)
    drawn, clear = _alpha_counts(_image(pixmap))
    area = pixmap.width() * pixmap.height()
    assert drawn > area * 0.08, f"{name} is nearly empty"
    assert clear > area * 0.3, f"{name} is a blot, not a line drawing"


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_app_icon_renders_in_its_own_colours(qapp: QApplication, scale: float) -> None:
    app = app_icon()
    assert not app.isNull()
    assert QSize(256, 256) in app.availableSizes()
    image = _image(app.pixmap(QSize(64, 64), scale))
    assert image.size() == QSize(round(64 * scale), round(64 * scale))
    corner, centre = image.pixelColor(1, 1), image.pixelColor(image.width() // 2, image.height() // 2)
    assert corner.alpha() == 0  # rounded square
    edge = image.pixelColor(round(6 * scale), image.height() // 2)
    assert edge.alpha() == 255
    assert edge.blue() > 150 and edge.red() < 80  # OTS blue
    assert centre == QColor("#ffffff")  # the table
    # the palette has no say in it
    qapp.setPalette(_dark_palette())
    try:
        assert _image(app_icon().pixmap(QSize(64, 64), scale)) == image
    finally:
        qapp.setPalette(QPalette())


@pytest.mark.parametrize("colour", ["#c42b1c", "#0081c6", "#2e7d32", "#ffffff"])
def test_tinted_icons_are_drawn_in_the_given_colour(qapp: QApplication, colour: str) -> None:
    for name in ("conflict", "agree", "sync"):
        pixels = _opaque_pixels(_image(icon(name, QColor(colour)).pixmap(QSize(48, 48), 1.0)))
        assert len(pixels) > 100
        assert {pixel.name() for pixel in pixels} == {colour}


def test_a_translucent_colour_stays_translucent(qapp: QApplication) -> None:
    image = _image(icon("new", QColor(0, 0, 255, 128)).pixmap(QSize(24, 24), 1.0))
    assert image.pixelColor(12, 12).alpha() == pytest.approx(128, abs=2)
    assert image.pixelColor(12, 12).blue() == 255


def test_palette_icons_follow_the_palette_and_the_mode(qapp: QApplication) -> None:
    themed = icon("contacts")

    def colours(mode: QIcon.Mode) -> set[str]:
        image = _image(themed.pixmap(QSize(48, 48), 1.0, mode))
        return {pixel.name() for pixel in _opaque_pixels(image)}

    palette = qapp.palette()
    assert colours(QIcon.Mode.Normal) == {palette.color(QPalette.ColorRole.WindowText).name()}
    assert colours(QIcon.Mode.Selected) == {palette.color(QPalette.ColorRole.HighlightedText).name()}
    qapp.setPalette(_dark_palette())
    try:
        # the same QIcon object: nothing to re-tint, it is drawn in the new colours
        assert colours(QIcon.Mode.Normal) == {"#e6e6e6"}
        assert colours(QIcon.Mode.Selected) == {"#ffffff"}
        assert colours(QIcon.Mode.Disabled) == {"#7a7a7a"}
    finally:
        qapp.setPalette(QPalette())
    assert colours(QIcon.Mode.Normal) == {palette.color(QPalette.ColorRole.WindowText).name()}


def test_a_disabled_coloured_icon_is_dimmed(qapp: QApplication) -> None:
    red = icon("delete", QColor("#c42b1c"))
    image = _image(red.pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled))
    strongest = max(image.pixelColor(x, y).alpha() for y in range(24) for x in range(24))
    assert strongest == pytest.approx(255 * icons.DISABLED_OPACITY, abs=2)


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_painting_on_a_high_dpi_device_draws_at_its_resolution(qapp: QApplication, scale: float) -> None:
    """What a widget gets on a 150 % screen is the drawing rendered for 150 %, not a scaled bitmap."""
    side = round(32 * scale)
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(scale)
    search = icon("search", QColor("#000000"))
    _paint(search, image, QRect(0, 0, 32, 32))
    expected = _image(search.pixmap(QSize(32, 32), scale))
    expected.setDevicePixelRatio(scale)
    assert image == expected
    if scale != 1.0:
        upscaled = _image(search.pixmap(QSize(32, 32), 1.0)).scaled(side, side)
        upscaled.setDevicePixelRatio(scale)
        assert image != upscaled


def test_an_unknown_name_is_a_bug(qapp: QApplication) -> None:
    with pytest.raises(KeyError):
        icon("contact")
    with pytest.raises(KeyError):
        icon("app")  # the application icon is app_icon(), in its own colours


def test_a_missing_drawing_fails_when_the_icon_is_made(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> str:
        raise FileNotFoundError(name)

    monkeypatch.setattr(icons, "_source", missing)
    with pytest.raises(FileNotFoundError):
        icon("about", QColor("#010203"))  # not later, inside a paint event


def test_a_drawing_that_fails_to_render_is_blank_not_a_crash(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_data: object) -> object:
        raise RuntimeError("renderer gone")

    about = icon("about", QColor("#040506"))
    monkeypatch.setattr(icons, "QSvgRenderer", broken)
    assert about.pixmap(QSize(16, 16), 1.0).isNull()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    _paint(about, image, QRect(0, 0, 16, 16))
    assert "Cannot draw the icon 'about'" in caplog.text


def test_icons_are_made_once_per_name_and_colour(qapp: QApplication) -> None:
    assert icon("events").cacheKey() == icon("events").cacheKey()
    assert icon("events", QColor("red")).cacheKey() == icon("events", QColor("#ff0000")).cacheKey()
    assert icon("events").cacheKey() != icon("events", QColor("red")).cacheKey()
    assert icon("events").isNull() is False


def test_a_detached_copy_outlives_the_original(qapp: QApplication) -> None:
    """Qt clones the engine when a copy of the icon is changed; the clone must stay alive."""
    original = icon("search")
    copy = QIcon(original)
    copy.addPixmap(QPixmap(8, 8))  # detaches: Qt calls clone()
    del original
    icons.clear_cache()
    gc.collect()
    assert _alpha_counts(_image(copy.pixmap(QSize(24, 24), 1.0)))[0] > 0
    del copy
    gc.collect()
    assert all(not shiboken6.isValid(engine) for engine in icons._clones)


def test_icons_show_in_widgets(qapp: QApplication, qtbot: object) -> None:
    nav = QListWidget()
    qtbot.addWidget(nav)  # type: ignore[attr-defined]
    for name in ("contacts", "institutions", "events"):
        nav.addItem(QListWidgetItem(icon(name), name))
    nav.setCurrentRow(1)
    nav.resize(200, 150)
    nav.show()
    assert not nav.grab().isNull()


# -- the style ------------------------------------------------------------------------------------
def test_contrast_ratio_matches_wcag() -> None:
    assert style.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert style.contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1)
    assert style.contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("base", ["#ffffff", "#f3f3f3", "#efefef", "#fafafa"])
def test_the_light_error_red_reads_on_light_backgrounds(base: str) -> None:
    assert style.contrast_ratio(style.LIGHT_ERROR, QColor(base)) >= 4.5


@pytest.mark.parametrize("base", ["#000000", "#1a1a1a", "#1e1e1e", "#202326", "#2d2d2d", "#353535"])
def test_the_dark_error_red_reads_on_dark_backgrounds(base: str) -> None:
    assert style.contrast_ratio(style.DARK_ERROR, QColor(base)) >= 4.5


def _form() -> tuple[QWidget, dict[str, QLabel]]:
    form = QWidget()
    layout = QVBoxLayout(form)
    style.apply_spacing(layout)
    labels = {}
    for name in ("pageTitle", "sectionTitle", "fieldError", "editorBanner", "secondaryText"):
        label = QLabel(name, form)
        label.setObjectName(name)
        layout.addWidget(label)
        labels[name] = label
    nav = QListWidget(form)
    nav.setObjectName("navigation")
    nav.addItem(QListWidgetItem(icon("contacts"), "Contacts"))
    nav.setCurrentRow(0)
    layout.addWidget(nav)
    return form, labels


def test_apply_style_sets_fusion_the_stylesheet_and_the_icon(styled: QApplication, qtbot: object) -> None:
    assert "QLabel#fieldError" in styled.styleSheet()
    assert styled.windowIcon().cacheKey() == app_icon().cacheKey()
    assert not styled.testAttribute(Qt.ApplicationAttribute.AA_SetPalette)  # the system palette, untouched
    form, labels = _form()
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    form.show()
    assert not form.grab().isNull()  # every rule parsed and drawn, no Qt warning (the run fails on one)
    assert labels["fieldError"].palette().color(QPalette.ColorRole.WindowText) == style.error_color()
    assert labels["pageTitle"].font().pointSizeF() > styled.font().pointSizeF()
    assert labels["pageTitle"].font().weight() >= QFont.Weight.DemiBold
    # again: the same result, one watcher
    sheet = styled.styleSheet()
    style.apply_style(styled)
    assert styled.styleSheet() == sheet
    assert len(style._watchers) == 1


def test_the_style_follows_a_dark_palette(styled: QApplication, qtbot: object) -> None:
    light_palette = QPalette(styled.palette())
    assert not style.is_dark(light_palette)
    calls: list[int] = []
    style.on_palette_changed(lambda: calls.append(1))
    form, labels = _form()
    qtbot.addWidget(form)  # type: ignore[attr-defined]
    form.show()
    light_error = labels["fieldError"].palette().color(QPalette.ColorRole.WindowText)
    assert light_error == style.LIGHT_ERROR
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        assert style.contrast_ratio(light_error, light_palette.color(role)) >= 4.5

    dark = _dark_palette()
    styled.setPalette(dark)
    qtbot.waitUntil(lambda: bool(calls))  # type: ignore[attr-defined]
    assert style.is_dark()
    assert style.DARK_ERROR.name() in styled.styleSheet()
    form.grab()
    dark_error = labels["fieldError"].palette().color(QPalette.ColorRole.WindowText)
    assert dark_error == style.DARK_ERROR
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        assert style.contrast_ratio(dark_error, dark.color(role)) >= 4.5
    banner = labels["editorBanner"]
    banner_text = banner.palette().color(QPalette.ColorRole.WindowText)
    banner_background = style.mix(
        dark.color(QPalette.ColorRole.Base), dark.color(QPalette.ColorRole.Highlight), 0.14
    )
    assert style.contrast_ratio(banner_text, banner_background) >= 7
    muted = style.mix(dark.color(QPalette.ColorRole.Text), dark.color(QPalette.ColorRole.Base), 0.35)
    assert style.contrast_ratio(muted, dark.color(QPalette.ColorRole.Base)) >= 4.5

    styled.setPalette(QPalette())
    qtbot.waitUntil(lambda: style.LIGHT_ERROR.name() in styled.styleSheet())  # type: ignore[attr-defined]
    assert len(calls) >= 2


def test_the_navigation_rows_are_even_and_do_not_overlap(styled: QApplication, qtbot: object) -> None:
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    nav = QListWidget()
    style.setup_navigation(nav)
    for name in ("contacts", "institutions", "events", "bilaterals"):
        nav.addItem(QListWidgetItem(icon(name), name.title()))
    nav.setCurrentRow(2)  # lays the rows out before the window is shown
    QVBoxLayout(window).addWidget(nav)
    window.show()
    rects = [nav.visualItemRect(nav.item(row)) for row in range(nav.count())]
    heights = {rect.height() for rect in rects}
    assert len(heights) == 1
    assert heights.pop() >= style.NAV_ICON_SIZE + 8  # the stylesheet's padding, not the bare icon
    assert all(below.top() > above.bottom() for above, below in itertools.pairwise(rects))
    assert nav.iconSize() == QSize(style.NAV_ICON_SIZE, style.NAV_ICON_SIZE)


def test_spacing_constants_and_high_dpi_setup(qapp: QApplication) -> None:
    assert style.TIGHT_SPACING < style.SPACING < style.MARGIN < style.SECTION_SPACING
    style.configure_high_dpi()  # the application exists: a no-op, and no Qt warning
    layout = QVBoxLayout()
    style.apply_spacing(layout, margin=None, spacing=style.TIGHT_SPACING)
    assert layout.spacing() == style.TIGHT_SPACING
