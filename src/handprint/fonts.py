"""Bundled fonts: registration, per-character fallback, width measurement.

ReportLab keeps registered fonts in a process-wide table; we register lazily
so a spec that needs no fallback never parses the large Noto files.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
# family -> (regular, bold, italic, bold italic) file stems
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "Cabin Sketch": ("CabinSketch-Regular", "CabinSketch-Bold", "CabinSketch-Regular",
                     "CabinSketch-Bold"),
    "Comic Neue": ("ComicNeue-Regular", "ComicNeue-Bold", "ComicNeue-Italic",
                   "ComicNeue-BoldItalic"),
    "Noto Sans": ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
}
FALLBACK = "Noto Sans"
# Characters we place ourselves rather than draw from a font.
LAYOUT_CHARS = set(" \n\t\u200b")


class MissingGlyph(Exception):
    def __init__(self, char: str):
        self.char = char
        super().__init__(f"no bundled font has the character U+{ord(char):04X} '{char}'")


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The registered font name for a family and style."""
    name = FAMILIES[family][bold + 2 * italic]
    _register(name)
    return name


@cache
def _register(name: str) -> frozenset[int]:
    font = TTFont(name, str(FONT_DIR / f"{name}.ttf"))
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def covers(name: str, char: str) -> bool:
    return ord(char) in _register(name)


@lru_cache(maxsize=65536)
def split(text: str, family: str, bold: bool = False,
          italic: bool = False) -> tuple[tuple[str, str], ...]:
    """Split text into (piece, font name) runs, falling back per character.

    Raises MissingGlyph for a character that no bundled font has.
    """
    main = face(family, bold, italic)
    runs: list[tuple[str, str]] = []
    for ch in text:
        name = main
        if not covers(main, ch):
            name = face(FALLBACK, bold, italic)
            if not covers(name, ch):
                raise MissingGlyph(ch)
        if runs and runs[-1][1] == name:
            runs[-1] = (runs[-1][0] + ch, name)
        else:
            runs.append((ch, name))
    return tuple(runs)


def width(text: str, name: str, size: float) -> float:
    return _width_1000(text, name) * size / 1000


@lru_cache(maxsize=65536)
def _width_1000(text: str, name: str) -> float:
    return pdfmetrics.stringWidth(text, name, 1000)


def ascent(name: str, size: float) -> float:
    """Height above the baseline of capitals and ascenders, for placing the first line."""
    _register(name)
    return pdfmetrics.getFont(name).face.ascent * size / 1000


def cap_height(name: str, size: float) -> float:
    """Height of capital letters, for legibility at a distance."""
    _register(name)
    face = pdfmetrics.getFont(name).face
    cap = getattr(face, "capHeight", 0) or face.ascent * 0.7
    return cap * size / 1000
