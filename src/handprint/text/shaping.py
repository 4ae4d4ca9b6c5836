"""Complex scripts: shaping with HarfBuzz (through ReportLab's ShapedStr) and the order of
text on a line that mixes directions.

Shaping turns a word's letters into the glyphs a script needs (Arabic letters joined, marks
placed); ReportLab draws a ShapedStr glyph by glyph at HarfBuzz's positions. Direction is the
Unicode Bidirectional Algorithm as python-bidi implements it (the Rust unicode-bidi crate,
which passes Unicode's conformance tests): embedding levels per character, then pieces of a
line put in visual order by rule L2.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

RTL_CLASSES = {"R", "AL"}
# Languages written right to left: their pages are mirrored (a row's first block at the
# right, the page count at the left).
RTL_LANGS = {"ar", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi"}
NUMBER_CLASSES = {"EN", "AN"}
# What a right-to-left word's neutral pieces look like mirrored (HarfBuzz mirrors the ones it
# shapes; a bracket drawn from a Latin font is mirrored here).
MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def rtl_language(lang: str) -> bool:
    return lang.split("-")[0].lower() in RTL_LANGS


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def reads_rtl(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong letter does (UBA P2-P3)."""
    from bidi import get_base_level  # here: only right-to-left text needs python-bidi

    return get_base_level(text) == 1


@lru_cache(maxsize=4096)
def levels(text: str, rtl: bool) -> tuple[int, ...]:
    """Each character's embedding level in a paragraph of the given direction (even: left to
    right, odd: right to left). python-bidi gives levels only in its debug view, one per
    UTF-8 byte of the text: read them there, one per character."""
    from bidi.bidi import get_display_inner

    view = get_display_inner(text, "R" if rtl else "L", True)
    found = _LEVELS.search(view)
    per_byte = [int(v) for v in _LEVEL.findall(found.group(1))] if found else []
    out, at = [], 0
    for ch in text:
        out.append(per_byte[at] if at < len(per_byte) else -1)
        at += len(ch.encode("utf-8"))
    if at != len(per_byte) or -1 in out:
        raise RuntimeError(f"python-bidi changed how it shows levels: {view[:200]!r}")
    return tuple(out)


def visual_order(word_levels: list[int]) -> list[int]:
    """Indices of a line's pieces left to right, from their levels (UBA L2: from the highest
    level down to the lowest odd one, reverse every run at that level or above)."""
    order = list(range(len(word_levels)))
    if not word_levels:
        return order
    lowest_odd = min((lv for lv in word_levels if lv % 2), default=max(word_levels) + 1)
    for level in range(max(word_levels), lowest_odd - 1, -1):
        n = 0
        while n < len(order):
            if word_levels[order[n]] >= level:
                end = n
                while end < len(order) and word_levels[order[end]] >= level:
                    end += 1
                order[n:end] = order[n:end][::-1]
                n = end
            else:
                n += 1
    return order


def needs_shaping(text: str) -> bool:
    """Whether a piece has letters HarfBuzz must join or place (not only digits and
    punctuation, which are drawn as they are so a number is never turned around)."""
    return any(unicodedata.category(ch)[0] in "LM" for ch in text)


@lru_cache(maxsize=16384)
def shape(text: str, font: str) -> str:
    """The text as glyphs for drawing at any size: a ShapedStr (glyphs in visual order, with
    HarfBuzz's advances and offsets in thousandths of an em) where shaping changes anything,
    else the text itself. `font` is a registered TrueType font."""
    if not needs_shaping(text):
        return text
    # ReportLab's shapeStr also turns on discretionary ligatures (dlig), which OpenType
    # leaves off: Hebrew's vav-yod became the Yiddish ligature U+05F1 in copied text.
    shaped = shapeFragWord([pdfmetrics.stringWidth(text, font, 1000.0),
                            (ABag(fontName=font, fontSize=1000.0), text)],
                           features={"kern": True, "liga": True})[1][1]
    if isinstance(shaped, ShapedStr):
        _note_letters(text, shaped, font)
    return shaped


# Glyphs HarfBuzz picks that have no character of their own in the font (the lam and alef
# forms of an Arabic lam-alef): ReportLab gives each a private-use code (U+E000...) and its
# ToUnicode map says so, so copied, searched and spoken text lost those letters. Here each
# such glyph is mapped to the letters of its HarfBuzz cluster, per font.
_LETTERS: dict[str, dict[int, str]] = {}


def _face_key(font: str) -> str:
    face = pdfmetrics.getFont(font).face
    return (face.name + face.subfontNameX).decode("latin-1")


def _note_letters(text: str, shaped: ShapedStr, font: str) -> None:
    data = shaped.__shapeData__
    starts = sorted({d.cluster for d in data} | {len(text)})
    for ch, d in zip(shaped, data, strict=False):
        if 0xE000 <= ord(ch) <= 0xF8FF:
            end = next(s for s in starts if s > d.cluster)
            _LETTERS.setdefault(_face_key(font), {}).setdefault(ord(ch), text[d.cluster:end])


def read_back(drawn: str, font: str) -> str:
    """What a reader gets from drawn glyphs (in drawing order) through the ToUnicode map."""
    letters = _LETTERS.get(_face_key(font), {}) if isinstance(drawn, ShapedStr) else {}
    return "".join(letters.get(ord(ch), ch) for ch in drawn)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap, with the letters a private-use glyph stands for."""
    letters = _LETTERS.get(fontname.split("+", 1)[-1], {})
    pairs = [f"<{i:02X}> <{letters.get(v, chr(v)).encode('utf-16-be').hex().upper()}>"
             for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *pairs, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def width_1000(text: str, font: str) -> float:
    """The shaped text's advance at 1000 pt."""
    shaped = shape(text, font)
    if isinstance(shaped, ShapedStr):
        return float(sum(d.x_advance for d in shaped.__shapeData__))
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, font, 1000)
