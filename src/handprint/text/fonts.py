"""Fonts: registration, per-character fallback, width measurement.

ReportLab keeps registered fonts in a process-wide table; we register lazily
so a spec that needs no fallback never parses the large Noto files.

A character none of the theme's fonts has is drawn from Noto Sans, then from the font for
its script: bundled for Arabic and Hebrew, else the first TrueType font that FONT_DIRS or
fontconfig (`fc-list :lang=zh-cn`) offers for it (Chinese, Japanese, Korean, Thai, Hindi).
"""

from __future__ import annotations

import os
import struct
import unicodedata
import zlib
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from handprint import ASSETS
from handprint.text import shaping

FONT_DIR = ASSETS / "fonts"
# family -> (regular, bold, italic, bold italic) file stems
FAMILIES: dict[str, tuple[str, str, str, str]] = {
    "Cabin Sketch": ("CabinSketch-Regular", "CabinSketch-Bold", "CabinSketch-Regular",
                     "CabinSketch-Bold"),
    "Comic Neue": ("ComicNeue-Regular", "ComicNeue-Bold", "ComicNeue-Italic",
                   "ComicNeue-BoldItalic"),
    "Noto Sans": ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
    "Noto Naskh Arabic": ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold",
                          "NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"),
    "Noto Sans Hebrew": ("NotoSansHebrew-Regular", "NotoSansHebrew-Bold",
                         "NotoSansHebrew-Regular", "NotoSansHebrew-Bold"),
}
FALLBACK = "Noto Sans"
# Characters we place ourselves rather than draw from a font.
LAYOUT_CHARS = set(" \n\t\u200b")
# Folders searched for script fonts before fontconfig (HANDPRINT_FONTS, like PATH), and
# whether fontconfig is asked at all. Tests set these.
FONT_DIRS: list[Path] = [Path(p) for p in os.environ.get("HANDPRINT_FONTS", "").split(os.pathsep)
                         if p]
SYSTEM_FONTS = True


class Script(NamedTuple):
    language: str  # named in messages
    fc_lang: str  # fontconfig's language code
    family: str  # a bundled family, or "" to look for one
    install: str  # what to install when there is none
    ranges: tuple[tuple[int, int], ...]
    sample: str  # a letter any font for the script has
    shaped: bool = True  # HarfBuzz places its glyphs


SCRIPTS = (
    Script("Arabic", "ar", "Noto Naskh Arabic", "",
           ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF)), "\u0628"),
    Script("Hebrew", "he", "Noto Sans Hebrew", "", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
           "\u05d0"),
    Script("Japanese", "ja", "", "fonts-droid-fallback",
           ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)), "\u3042", shaped=False),
    Script("Korean", "ko", "", "fonts-nanum",
           ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)), "\ud55c", shaped=False),
    Script("Chinese", "zh-cn", "", "fonts-wqy-microhei or fonts-droid-fallback",
           ((0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3100, 0x312F), (0x31C0, 0x31EF),
            (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF), (0x20000, 0x2FFFF)), "\u4e2d", shaped=False),
    Script("Thai", "th", "", "fonts-thai-tlwg-ttf", ((0x0E00, 0x0E7F),), "\u0e01"),
    Script("Hindi", "hi", "", "fonts-lohit-deva", ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
           "\u0915"),
)


def script_of(char: str) -> Script | None:
    code = ord(char)
    return next((s for s in SCRIPTS if any(lo <= code <= hi for lo, hi in s.ranges)), None)


# Invisible characters that only shape an emoji: variation selectors, the zero-width joiner,
# the keycap mark, skin tones and tag characters (flags of regions).
EMOJI_PARTS = {"\ufe0e", "\ufe0f", "\u200d", "\u20e3", *map(chr, range(0x1F3FB, 0x1F400)),
               *map(chr, range(0xE0020, 0xE0080))}


def is_emoji(char: str) -> bool:
    """A pictograph from the emoji blocks (the bundled fonts have none of them)."""
    n = ord(char)
    return (0x1F000 <= n <= 0x1FAFF or 0x2600 <= n <= 0x27BF or 0x2B00 <= n <= 0x2BFF
            or n in (0x231A, 0x231B, 0x2328, 0x23CF, 0x3030, 0x303D, 0x3297, 0x3299)
            or 0x23E9 <= n <= 0x23FA) and chr(n) not in EMOJI_PARTS


def missing_messages(chars: list[str], where: str = "") -> list[str]:
    """What to say about characters no font has: one message per language (naming up to five
    of its characters and what to install), or per character of no known script."""
    by_language: dict[str, list[str]] = {}
    out = []
    unique = list(dict.fromkeys(chars))
    emoji = [ch for ch in unique if is_emoji(ch)]
    if emoji:
        shown = ", ".join(f"U+{ord(c):04X} '{c}'" for c in emoji[:5])
        more = f" and {len(emoji) - 5} more" if len(emoji) > 5 else ""
        them = "them" if len(emoji) > 1 else "it"
        out.append(f"emoji cannot be printed ({shown}{more})" + (f" {where}" if where else "")
                   + f": remove {them}, or use a drawing as an icon (an illustration block)")
    for ch in unique:
        if ch in emoji or (ch in EMOJI_PARTS and emoji):
            continue  # an invisible part of an emoji already reported
        if ch in EMOJI_PARTS:
            out.append(f"U+{ord(ch):04X} is an invisible character that asks for emoji style"
                       + (f" ({where})" if where else "") + ": delete it")
            continue
        script = script_of(ch)
        if script:
            by_language.setdefault(script.language, []).append(ch)
        else:
            out.append(f"no bundled font has the character U+{ord(ch):04X} '{ch}'"
                       + (f" ({where})" if where else ""))
    for language, group in by_language.items():
        script = next(s for s in SCRIPTS if s.language == language)
        shown = ", ".join(f"U+{ord(c):04X} '{c}'" for c in group[:5])
        more = f" and {len(group) - 5} more" if len(group) > 5 else ""
        out.append(f"no font for {language} text ({shown}{more})"
                   + (f" {where}" if where else "")
                   + f": install the package {script.install}, or any TrueType font for "
                     f"{language} that fontconfig can find")
    return out


class MissingGlyph(Exception):
    def __init__(self, char: str):
        self.char = char
        super().__init__(missing_messages([char])[0])


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """The registered font name for a family and style."""
    name = FAMILIES[family][bold + 2 * italic]
    _register(name)
    return name


_FILES: dict[str, tuple[Path, int]] = {}  # fonts found outside assets/fonts: (file, index)
# registered fonts whose text HarfBuzz shapes (system fonts join when found)
_SHAPED: set[str] = {*FAMILIES["Noto Naskh Arabic"], *FAMILIES["Noto Sans Hebrew"]}


@cache
def _register(name: str) -> frozenset[int]:
    path, index = _FILES.get(name, (FONT_DIR / f"{name}.ttf", 0))
    font = TTFont(name, str(path), subfontIndex=index, asciiReadable=False)
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def covers(name: str, char: str) -> bool:
    return ord(char) in _chars(name)


@cache
def _chars(name: str) -> frozenset[int]:
    """The characters a font maps. A bundled font not registered yet is read from its cmap
    alone: asking whether Noto Sans has a letter should not parse all of Noto Sans (ReportLab
    reads every table when it registers a font)."""
    path, index = _FILES.get(name, (FONT_DIR / f"{name}.ttf", 0))
    if index == 0 and path.suffix.lower() == ".ttf" and path.parent == FONT_DIR:
        try:
            return cmap_chars(path.read_bytes())
        except (OSError, ValueError, struct.error):
            pass
    return _register(name)


def cmap_chars(font: bytes) -> frozenset[int]:
    """The characters of a TrueType file's cmap, as ReportLab reads them (the same subtable,
    every code in a format 4 or 12 segment). ValueError for other formats."""
    tables = {font[12 + 16 * n:16 + 16 * n]: struct.unpack(">I", font[20 + 16 * n:24 + 16 * n])[0]
              for n in range(struct.unpack(">H", font[4:6])[0])}
    base = tables[b"cmap"] if b"cmap" in tables else 0
    if not base:
        raise ValueError("no cmap")
    count = struct.unpack(">H", font[base + 2:base + 4])[0]
    chosen, enc = None, 0
    for n in range(count):
        platform, encoding, offset = struct.unpack(">HHI", font[base + 4 + 8 * n:base + 12 + 8 * n])
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, enc = offset, 1
        elif platform == 1 and encoding == 0 and enc != 1:
            chosen, enc = offset, 2
    if chosen is None:
        raise ValueError("no usable cmap")
    at = base + chosen
    fmt = struct.unpack(">H", font[at:at + 2])[0]
    out: set[int] = set()
    if fmt == 4:
        segs = struct.unpack(">H", font[at + 6:at + 8])[0] // 2
        ends = struct.unpack(f">{segs}H", font[at + 14:at + 14 + 2 * segs])
        starts = struct.unpack(f">{segs}H", font[at + 16 + 2 * segs:at + 16 + 4 * segs])
        for lo, hi in zip(starts, ends, strict=True):
            out.update(range(lo, hi + 1))
    elif fmt == 12:
        groups = struct.unpack(">I", font[at + 12:at + 16])[0]
        for n in range(groups):
            lo, hi = struct.unpack(">II", font[at + 16 + 12 * n:at + 24 + 12 * n])
            out.update(range(lo, hi + 1))
    else:
        raise ValueError(f"cmap format {fmt}")
    if 0x20 in out or 0xA0 in out:  # ReportLab draws a no-break space with the space glyph
        out |= {0x20, 0xA0}
    return frozenset(out)


def sources() -> tuple[tuple[Path, ...], bool]:
    """Where script fonts are looked for now: a cache key for what depends on it."""
    return tuple(FONT_DIRS), SYSTEM_FONTS


def _candidates(script: Script, sources: tuple[tuple[Path, ...], bool]) -> list[tuple[Path, int]]:
    """Font files that may have the script: those in the font folders, then fontconfig's
    TrueType (not CFF, which ReportLab cannot embed) fonts for its language."""
    dirs, system = sources
    found = [(p, 0) for d in dirs for p in sorted(d.glob("*"))
             if p.suffix.lower() in (".ttf", ".ttc", ".otf")]
    if system:
        import subprocess  # here: only a script our fonts lack asks fontconfig

        try:
            listing = subprocess.run(
                ["fc-list", "--format", "%{file}\t%{index}\t%{fontformat}\t%{variable}\n",
                 f":lang={script.fc_lang}"], capture_output=True, text=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            listing = ""
        rows = sorted(line.split("\t") for line in listing.splitlines())
        found += [(Path(r[0]), int(r[1])) for r in rows
                  if len(r) == 4 and r[1].isdigit() and r[2] == "TrueType" and r[3] != "True"]
    return found


@cache
def _script_face(script: Script, bold: bool, italic: bool,
                 sources: tuple[tuple[Path, ...], bool]) -> str | None:
    """The registered font for a script: bundled, else the first candidate ReportLab can
    read that has the script's sample letter. None if there is none."""
    if script.family:
        name = face(script.family, bold, italic)
    else:
        name = ""
        for path, index in _candidates(script, sources):
            name = f"{path.stem}-{index}-{zlib.crc32(str(path).encode()):08x}"
            _FILES[name] = (path, index)
            try:
                if covers(name, script.sample):
                    break
            except Exception:  # not a font ReportLab can read (CFF outlines, broken file)
                pass
            del _FILES[name]
            name = ""
    if name and script.shaped:
        _SHAPED.add(name)
    return name or None


def fallback(char: str, bold: bool = False, italic: bool = False) -> str | None:
    """The font that draws a character the theme's fonts lack: Noto Sans, else its
    script's font. None if no font has it."""
    name = FAMILIES[FALLBACK][bold + 2 * italic]
    if covers(name, char):
        return face(FALLBACK, bold, italic)  # registered: it will be measured and drawn
    script = script_of(char)
    found = _script_face(script, bold, italic, sources()) if script else None
    return found if found and covers(found, char) else None


def has_font(char: str) -> bool:
    """Whether some font can draw the character (the theme's own fonts aside). Noto Sans is
    asked without registering it."""
    return covers(FAMILIES[FALLBACK][0], char) or fallback(char) is not None


def split(text: str, family: str, bold: bool = False,
          italic: bool = False) -> tuple[tuple[str, str], ...]:
    """Split text into (piece, font name) runs, falling back per character. Right-to-left
    text keeps its punctuation in its own font where it can, so does a word from a fallback
    font, combining marks stay with their letter, and digits are runs of their own (never
    shaped, so never reversed).

    Raises MissingGlyph for a character that no font has.
    """
    return _split(text, family, bold, italic, sources())


@lru_cache(maxsize=65536)
def _split(text: str, family: str, bold: bool, italic: bool,
           sources: tuple[tuple[Path, ...], bool]) -> tuple[tuple[str, str], ...]:
    main = face(family, bold, italic)
    first_rtl = next((ch for ch in text if shaping.has_rtl(ch)), "")
    rtl = fallback(first_rtl, bold, italic) if first_rtl else None
    if not rtl and not all(covers(main, ch) for ch in text):
        whole = face(FALLBACK, bold, italic)  # a word is set in one face, not letter by letter
        if all(covers(whole, ch) for ch in text):
            return ((text, whole),)
    runs: list[tuple[str, str]] = []
    digit = False
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        was_digit, digit = digit, kind in shaping.NUMBER_CLASSES
        if runs and unicodedata.category(ch).startswith("M") and covers(runs[-1][1], ch):
            name = runs[-1][1]
        elif rtl and kind not in ("L", "EN", "AN") and covers(rtl, ch):
            name = rtl
        elif (runs and runs[-1][1] != main and unicodedata.category(ch).startswith("P")
              and covers(runs[-1][1], ch)):  # "неизбежны." ends in Noto Sans, like its word
            name = runs[-1][1]
        elif covers(main, ch):
            name = main
        else:
            found = fallback(ch, bold, italic)
            if found is None:
                raise MissingGlyph(ch)
            name = found
        if runs and runs[-1][1] == name and digit == was_digit:
            runs[-1] = (runs[-1][0] + ch, name)
        else:
            runs.append((ch, name))
    return tuple(runs)


def drawn(text: str, name: str) -> str:
    """What pdf.py draws for a run's text: shaped glyphs for a font that needs shaping."""
    return shaping.shape(text, name) if name in _SHAPED else text


def width(text: str, name: str, size: float) -> float:
    return _width_1000(text, name) * size / 1000


def width_1000(text: str, name: str) -> float:
    """The width at 1000 pt, which width() scales: measure once, wrap at any size."""
    return _width_1000(text, name)


@lru_cache(maxsize=65536)
def _width_1000(text: str, name: str) -> float:
    if name in _SHAPED:
        return shaping.width_1000(text, name)
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
