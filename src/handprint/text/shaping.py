"""Complex scripts: shaping with HarfBuzz (through ReportLab's ShapedStr) and the order of
words on a line that mixes directions.

Shaping turns a word's letters into the glyphs a script needs (Arabic letters joined, marks
placed); ReportLab draws a ShapedStr glyph by glyph at HarfBuzz's positions. Direction here is
a simplified Unicode Bidirectional Algorithm that works on whole words: each word takes the
direction of its first strong letter, numbers follow the rules for European numbers, and
spaces and punctuation between words take the direction around them. Mixed directions inside
one word and explicit embedding marks are not handled.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

RTL_CLASSES = {"R", "AL"}
NUMBER_CLASSES = {"EN", "AN"}
# What a right-to-left word's neutral pieces look like mirrored (HarfBuzz mirrors the ones it
# shapes; a bracket drawn from a Latin font is mirrored here).
MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def strong(text: str) -> str:
    """'R' for right-to-left, 'L' for left-to-right (the first strong letter decides), 'EN'
    for a number, '' for only punctuation or spaces."""
    number = ""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
        if kind in NUMBER_CLASSES:
            number = "EN"
    return number


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def levels(kinds: list[str], rtl: bool) -> list[int]:
    """Embedding levels of the words on a line, from their strong() kinds, in a paragraph
    whose direction is right-to-left (rtl) or not: UBA rules W7, N1-N2 and I1-I2 at word
    granularity."""
    base = "R" if rtl else "L"
    resolved: list[str] = []
    last = base
    for kind in kinds:  # W7: a number after a left-to-right word is left-to-right
        if kind in ("L", "R"):
            last = kind
        resolved.append("L" if kind == "EN" and last == "L" else kind)
    out: list[int] = []
    for n, kind in enumerate(resolved):
        if not kind:  # N1-N2: neutrals between two of one direction take it, else the base
            before = next((k for k in reversed(resolved[:n]) if k), base)
            after = next((k for k in resolved[n + 1:] if k), base)
            before, after = ("R" if k == "EN" else k for k in (before, after))
            kind = before if before == after else base
        if rtl:
            out.append(1 if kind == "R" else 2)
        else:
            out.append({"L": 0, "R": 1}.get(kind, 2))
    return out


def visual_order(word_levels: list[int]) -> list[int]:
    """Indices of the words left to right (UBA L2: from the highest level down to the lowest
    odd one, reverse every run at that level or above)."""
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
    return shapeStr(text, font, 1000.0)


def width_1000(text: str, font: str) -> float:
    """The shaped text's advance at 1000 pt."""
    shaped = shape(text, font)
    if isinstance(shaped, ShapedStr):
        return float(sum(d.x_advance for d in shaped.__shapeData__))
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(text, font, 1000)
