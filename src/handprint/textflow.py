"""Inline markup and line breaking: text -> lines of positioned font runs (pure data)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import fonts

_MARK = re.compile(r"(\\\*|\*\*|\*)")
_BLANK = re.compile(r"(\{[A-Za-z][A-Za-z0-9_-]*\})")
BLANK_MARK = "\x00"  # starts a part that stands for a blank


@dataclass(frozen=True)
class Piece:
    dx: float  # from the line's start
    text: str
    font: str
    blank: str = ""  # a fill-in blank's name: no text, just room of `width`
    width: float = 0.0


@dataclass(frozen=True)
class Line:
    width: float
    pieces: tuple[Piece, ...]
    gap_after: bool = False  # a paragraph ends here


class TooWide(Exception):
    def __init__(self, word: str):
        self.word = word
        super().__init__(word)


def spans(text: str) -> list[tuple[str, bool, bool]]:
    """'a **b** *c*' -> [(text, bold, italic)]. An unpaired marker stays a literal '*'."""
    parts = _MARK.split(text)
    state = {"**": False, "*": False}
    out: list[tuple[str, bool, bool]] = []
    for n, part in enumerate(parts):
        if part in state and (state[part] or part in parts[n + 1:]):
            state[part] = not state[part]
            continue
        literal = "*" if part == "\\*" else part
        if literal:
            out.append((literal, state["**"], state["*"]))
    return out


def visible(text: str) -> bool:
    """Whether text prints anything once markup is taken out (not only spaces, zero-width or
    control characters)."""
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in "CZ"
               for part, _, _ in spans(text) for ch in part)


def _words(text: str, blanks: bool) -> list[list[tuple[str, bool, bool]] | str]:
    """Words as lists of styled parts; '\\n' and '\\n\\n' kept as break tokens. With blanks,
    '{name}' becomes a part of its own that stands for a blank."""
    items: list[list[tuple[str, bool, bool]] | str] = []
    current: list[tuple[str, bool, bool]] = []
    for chunk, bold, italic in spans(text):
        for token in re.split(r"(\n\s*\n|\n|[ \t\u200b]+)", chunk):
            if not token:
                continue
            if token.strip(" \t\u200b") == "" or token.startswith("\n"):
                if current:
                    items.append(current)
                    current = []
                if token.startswith("\n"):
                    items.append("\n\n" if token.count("\n") > 1 else "\n")
            else:
                for part in _BLANK.split(token) if blanks else [token]:
                    if blanks and _BLANK.fullmatch(part):
                        current.append((BLANK_MARK + part[1:-1], bold, italic))
                    elif part:
                        current.append((part, bold, italic))
    if current:
        items.append(current)
    return items


Measured = tuple[str | tuple[str, tuple[tuple[str, str, float], ...]], ...]


@lru_cache(maxsize=4096)
def _measured(text: str, family: str, bold: bool, blanks: bool) -> Measured:
    """Words once split into font runs and measured at 1000 pt, for wrap at any size and
    width: each word is (its text, ((piece, font, width at 1000 pt), ...)); a blank's piece
    has no font and no width. '\n' and '\n\n' stay break tokens."""
    out: list[str | tuple[str, tuple[tuple[str, str, float], ...]]] = []
    for item in _words(text, blanks):
        if isinstance(item, str):
            out.append(item)
            continue
        runs = tuple((t, f, fonts.width_1000(t, f) if f else 0.0) for part, b, i in item
                     for t, f in ([(part, "")] if part.startswith(BLANK_MARK) and blanks
                                  else fonts.split(part, family, b or bold, i)))
        out.append(("".join(p for p, _, _ in item), runs))
    return tuple(out)


def wrap(text: str, family: str, size: float, width: float, bold: bool = False,
         blanks: dict[str, float] | None = None) -> list[Line]:
    """Greedy line breaking at spaces. Raises TooWide for a word wider than the column,
    fonts.MissingGlyph for a character no font has."""
    lines: list[Line] = []
    pieces: list[Piece] = []
    x = 0.0

    def end_line(gap: bool = False) -> None:
        nonlocal pieces, x
        if pieces or gap:
            lines.append(Line(x, tuple(pieces), gap))
        pieces, x = [], 0.0

    for item in _measured(text, family, bold, blanks is not None):
        if isinstance(item, str):
            end_line(gap=item == "\n\n")
            continue
        word, runs = item
        # the same sums as measuring at this size (fonts.width scales the 1000 pt width)
        widths = [w * size / 1000 if f else
                  blanks.get(t[1:], 0.0) if blanks else fonts.width(t, f, size)
                  for t, f, w in runs]
        word_w = sum(widths)
        if word_w > width + 1e-6:
            raise TooWide(word)
        space = fonts.width(" ", pieces[-1].font or fonts.face(family), size) if pieces else 0
        if pieces and x + space + word_w > width + 1e-6:
            end_line()
        if pieces:  # a real space, so copied and extracted text reads right
            last = pieces[-1]
            space_font = last.font or fonts.face(family)
            if last.font:
                pieces[-1] = Piece(last.dx, last.text + " ", last.font)
            x += fonts.width(" ", space_font, size)
        for (t, f, _), w in zip(runs, widths, strict=True):
            if not f:
                pieces.append(Piece(x, "", "", t[1:], w))
            elif pieces and pieces[-1].font == f and x > 0:
                last = pieces[-1]
                pieces[-1] = Piece(last.dx, last.text + t, f)
            else:
                pieces.append(Piece(x, t, f))
            x += w
    end_line()
    while lines and not lines[-1].pieces:
        lines.pop()
    return lines


def line_count(text: str, family: str, size: float, width: float, bold: bool = False) -> int:
    """len(wrap(text, family, size, width, bold)), by the same sums, without building the
    lines: for searches that try many widths."""
    count = full = 0  # lines ended, and how many of them up to the last with words
    x, has_words, last_font = 0.0, False, ""
    for item in _measured(text, family, bold, False):
        if isinstance(item, str):
            count += has_words or item == "\n\n"
            full = count if has_words else full
            x, has_words = 0.0, False
            continue
        word, runs = item
        widths = [w * size / 1000 for _, _, w in runs]
        word_w = sum(widths)
        if word_w > width + 1e-6:
            raise TooWide(word)
        if has_words:
            space = fonts.width(" ", last_font or fonts.face(family), size)
            if x + space + word_w > width + 1e-6:
                count += 1
                full, x = count, 0.0
            else:
                x += space
        for w in widths:
            x += w
        has_words, last_font = True, runs[-1][1]
    return count + 1 if has_words else full


def first_line(text: str, family: str, size: float, width: float) -> Line:
    """The first line of text, for a running header, cut short with '…' where a word is too
    wide for it."""
    while True:
        try:
            return (wrap(text, family, size, width) or [Line(0.0, ())])[0]
        except TooWide:
            if len(text) <= 2:
                return Line(0.0, ())
            text = text[: len(text) * 3 // 4 - 1].rstrip("\\*") + "…"
