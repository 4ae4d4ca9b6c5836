"""Hyphenation for narrow measures (newspaper columns, table cells), with pyphen's
dictionaries in the spec's language: a line that would end far short of the edge takes the
first part of the next word, with a hyphen.

A break is written into the text as "pre-" + ZERO WIDTH SPACE + "rest": wrap() breaks there
(and, the break falling at the line's end, nothing else changes).
"""

from __future__ import annotations

import re
from functools import cache

from handprint.text import fonts
from handprint.text.textflow import Line, TooWide, wrap

NARROW = 22.0  # a measure under this many ems of its type is narrow: hyphenate
ZWSP = "\u200b"
SHY = "\u00ad"  # drawn as a hyphen; PDF readers join the word again (copy, search)
MIN_WORD = 6  # shorter words are never split


@cache
def _dic(lang: str):  # pyphen.Pyphen | None
    import pyphen  # only narrow columns need it

    found = pyphen.language_fallback(lang.replace("-", "_"))
    return pyphen.Pyphen(lang=found, left=2, right=3) if found else None


def _plain(word: str) -> bool:
    return word.isalpha() and len(word) >= MIN_WORD


def _split(word: str, room: float, family: str, size: float, bold: bool,
           lang: str) -> tuple[str, str] | None:
    """The longest first part of word (with its hyphen) that fits in room."""
    dic = _dic(lang)
    core = word.rstrip(".,;:!?)\"'’”")
    if dic is None or not _plain(core):
        return None
    face = fonts.face(family, bold=bold)
    for pos in reversed(dic.positions(core)):
        first = core[:pos] + SHY
        if fonts.width(first, face, size) <= room:
            return first, word[pos:]
    return None


def wrap_narrow(text: str, family: str, size: float, width: float, lang: str,
                bold: bool = False) -> list[Line]:
    """wrap(), hyphenating where the measure is narrow. A word too wide for the measure is
    split at its hyphenation points; TooWide names it when even its syllables do not fit."""
    if width >= NARROW * size or "{" in text:
        return wrap(text, family, size, width, bold)
    words = text.split(" ")
    face = fonts.face(family, bold=bold)
    for n, word in enumerate(words):  # too wide: break it where pyphen allows
        if fonts.width(word.replace("*", ""), face, size) > width and _plain(word.strip(".,;:")):
            parts: list[str] = []
            rest = word
            while fonts.width(rest, face, size) > width:
                cut = _split(rest, width, family, size, bold, lang)
                if cut is None:
                    raise TooWide(word)
                parts.append(cut[0])
                rest = cut[1]
            words[n] = ZWSP.join([*parts, rest])
    text = " ".join(words)
    lines = wrap(text, family, size, width, bold)
    k = 0
    space = fonts.width(" ", face, size)
    while k < len(lines) - 1:
        line, nxt = lines[k], lines[k + 1]
        room = width - line.width - space
        if line.gap_after or room < size * 2.5 or not nxt.pieces:
            k += 1
            continue
        word = nxt.pieces[0].text.split(" ")[0]
        if len("".join(p.text for p in nxt.pieces).split()) < 2:
            k += 1  # the word alone on its line: splitting it saves no line
            continue
        cut = _split(word, room, family, size, bold, lang) if "*" not in word else None
        at = _find(text, lines, k + 1, word)
        if cut is None or at < 0:
            k += 1
            continue
        text = text[:at] + cut[0] + ZWSP + cut[1] + text[at + len(word):]
        lines = wrap(text, family, size, width, bold)
        k += 1
    return lines


def _find(text: str, lines: list[Line], k: int, word: str) -> int:
    """Where the first word of lines[k] is in text: after the words of the lines above."""
    before = " ".join(p.text for ln in lines[:k] for p in ln.pieces)
    seen = len(before.replace(ZWSP, " ").split())
    for n, m in enumerate(re.finditer(r"[^\s\u200b]+", text)):
        if n == seen:
            return m.start() if text.startswith(word, m.start()) else -1
    return -1
