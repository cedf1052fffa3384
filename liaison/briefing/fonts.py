"""The fonts of the PDFs: DejaVu Sans and Serif, shipped in ``resources/fonts`` (see its LICENSE).

reportlab's built-in fonts (Helvetica, Times) stop at Latin-1: no ə, no ғ or қ, no ő. DejaVu
covers Latin and Cyrillic in full, including ә ғ қ ң ө ұ ү һ і, ʻ (Uzbek oʻ gʻ), ő ű. The fonts
are read from the package (``liaison.resources``) as bytes, so they load from a wheel, an
editable install or a frozen build alike, and are registered with reportlab once per process.

Shaping is switched off (``shapable=False``): with uharfbuzz installed reportlab would apply the
fonts' ligatures (ﬁ, ﬂ), and text copied out of the PDF would no longer be the text typed.
"""

from __future__ import annotations

import threading
from importlib import resources
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "LiaisonSans"
SERIF = "LiaisonSerif"

# family -> (regular, bold, italic, bold italic) file names in resources/fonts
FILES: dict[str, tuple[str, str, str, str]] = {
    SANS: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    SERIF: (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
}
SUFFIXES = ("", "-Bold", "-Italic", "-BoldItalic")

_lock = threading.Lock()
_registered = False


def font_bytes(file_name: str) -> bytes:
    # One name per joinpath: in a frozen build this is Python 3.11's MultiplexedPath, which takes one.
    return resources.files("liaison.resources").joinpath("fonts").joinpath(file_name).read_bytes()


def register_fonts() -> None:
    """Register both families (and their bold/italic faces for ``<b>``/``<i>``); idempotent."""
    global _registered  # noqa: PLW0603 - reportlab's font registry is process-wide too
    with _lock:
        if _registered:
            return
        for family, files in FILES.items():
            for suffix, file_name in zip(SUFFIXES, files, strict=True):
                font = TTFont(family + suffix, BytesIO(font_bytes(file_name)), shapable=False)
                pdfmetrics.registerFont(font)
            regular, bold, italic, bold_italic = (family + suffix for suffix in SUFFIXES)
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold_italic)
        _registered = True


def bold(family: str) -> str:
    return family + "-Bold"


def italic(family: str) -> str:
    return family + "-Italic"
