"""Inline markup and line breaking: text -> lines of positioned font runs (pure data)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from handprint.text import fonts, placeholders, shaping

_MARK = re.compile(r"(\\\*|\*\*|\*)")
BLANK_MARK = "\x00"  # starts a part that stands for a blank


class Piece(NamedTuple):
    dx: float  # from the line's start
    text: str
    font: str
    blank: str = ""  # a fill-in blank's name: no text, just room of `width`
    width: float = 0.0


class Line(NamedTuple):
    width: float
    pieces: tuple[Piece, ...]
    gap_after: bool = False  # a paragraph ends here
    rtl: bool = False  # its paragraph reads right to left: it starts at the right


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


# No line starts with these (closing punctuation, small kana), none ends with the openers.
NO_START = set("、。，．：；？！）〕］｝〉》」』】〙〗〟’”ー・…‥"
               "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻゛゜ゝゞヽヾ%),.:;!?]}")
NO_END = set("（〔［｛〈《「『【〘〖〝‘“([{")
JOIN = ""  # between two words that touch: a line may break there, but no space is drawn


def _cjk(ch: str) -> bool:
    """Chinese and Japanese characters (and their punctuation): a line may break between
    any two of them."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF)


def _may_break(before: str, after: str) -> bool:
    return (_cjk(before) or _cjk(after)) and after not in NO_START and before not in NO_END


def _segments(part: str) -> list[str]:
    """A word cut where a line may break with no space: between CJK characters."""
    if all(ord(ch) < 0x2E80 for ch in part):
        return [part]
    out = [part[0]]
    for before, after in zip(part, part[1:], strict=False):
        if _may_break(before, after):
            out.append(after)
        else:
            out[-1] += after
    return out


def _words(text: str, blanks: bool) -> list[list[tuple[str, bool, bool]] | str]:
    """Words as lists of styled parts; '\\n' and '\\n\\n' kept as break tokens, JOIN between
    CJK characters. With blanks, '{name}' becomes a part of its own that stands for a
    blank."""
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
                for part in placeholders.SPLIT.split(token) if blanks else [token]:
                    name = placeholders.blank_name(part) if blanks else None
                    if name:
                        current.append((BLANK_MARK + name, bold, italic))
                        continue
                    if blanks and part in ("{{", "}}"):
                        part = part[0]
                    for n, seg in enumerate(_segments(part) if part else []):
                        if current and (n or _may_break(current[-1][0][-1], seg[0])):
                            items += [current, JOIN]
                            current = []
                        current.append((seg, bold, italic))
    if current:
        items.append(current)
    return items


Runs = tuple[tuple[str, str, float], ...]  # (text, font, width at 1000 pt); a blank: no font
Measured = tuple[str | tuple[str, Runs, bool], ...]


def _measured(text: str, family: str, bold: bool, blanks: bool) -> Measured:
    """Words once split into font runs and measured at 1000 pt, for wrap at any size and
    width: each word is (its text, ((piece, font, width at 1000 pt), ...), whether a space
    comes before it); a blank's piece has no font and no width. '\n' and '\n\n' stay break
    tokens. Text is taken in Unicode's composed form (NFC), so a letter and its accents come
    from one font."""
    return _measured_with(text, family, bold, blanks, fonts.sources())


@lru_cache(maxsize=4096)
def _measured_with(text: str, family: str, bold: bool, blanks: bool,
                   sources: tuple[tuple[Path, ...], bool]) -> Measured:
    """_measured, cached per place script fonts are looked for (`sources` is only a key)."""
    out: list[str | tuple[str, Runs, bool]] = []
    spaced = True
    for item in _words(unicodedata.normalize("NFC", text), blanks):
        if item == JOIN:
            spaced = False
            continue
        if isinstance(item, str):
            out.append(item)
            spaced = True
            continue
        runs = tuple((t, f, fonts.width_1000(t, f) if f else 0.0) for part, b, i in item
                     for t, f in ([(part, "")] if part.startswith(BLANK_MARK) and blanks
                                  else fonts.split(part, family, b or bold, i)))
        out.append(("".join(p for p, _, _ in item), runs, spaced))
        spaced = True
    return tuple(out)


@lru_cache(maxsize=4096)
def _direction(text: str) -> tuple[bool, bool]:
    """(whether the text has right-to-left letters, whether it reads right to left: its
    first strong letter is right-to-left)."""
    if not shaping.has_rtl(text):
        return False, False
    return True, shaping.reads_rtl(placeholders.TOKEN.sub(" ", text))


def _space_font(runs: Runs, family: str, bidi: bool) -> str:
    """The font of the space after a word: its last piece's, or (right-to-left text, where
    words are reordered) the family's."""
    return fonts.face(family) if bidi or not runs[-1][1] else runs[-1][1]


def _ltr_pieces(words: list[tuple[Runs, bool]], family: str, size: float) -> list[Piece]:
    """Pieces left to right, same-font neighbours merged; the space after a word is a real
    space at the end of its piece, so copied and extracted text reads right."""
    pieces: list[Piece] = []
    x = 0.0
    for runs, spaced in words:
        if pieces and spaced:
            last = pieces[-1]
            if last.font:
                pieces[-1] = Piece(last.dx, last.text + " ", last.font)
            x += fonts.width(" ", last.font or fonts.face(family), size)
        for t, f, w in runs:
            if not f:
                pieces.append(Piece(x, "", "", t[1:], w))
            elif pieces and pieces[-1].font == f and x > 0:
                last = pieces[-1]
                pieces[-1] = Piece(last.dx, last.text + t, f)
            else:
                pieces.append(Piece(x, t, f))
            x += w
    return pieces


def _bidi_pieces(words: list[tuple[Runs, bool]], family: str, size: float,
                 rtl: bool) -> tuple[list[Piece], float]:
    """Pieces in reading (logical) order, each placed where the Unicode Bidirectional
    Algorithm draws it: so the page looks right and a screen reader, which follows the order
    pieces are drawn and tagged in, hears the words in order. A piece is one font at one
    embedding level (a number inside a right-to-left word is a piece of its own); HarfBuzz
    puts each piece's glyphs in order when drawn; spaces between words are pieces too."""
    space_font = fonts.face(family)
    atoms: list[tuple[str, str, float]] = []  # (text, font, width); a blank: (mark+name, "")
    for n, (runs, spaced) in enumerate(words):
        if n and spaced:
            atoms.append((" ", space_font, fonts.width(" ", space_font, size)))
        atoms += runs
    # a blank is one neutral character to the algorithm, like an inline object
    text = "".join(t if f else "\ufffc" for t, f, _ in atoms)
    char_levels = shaping.levels(text, rtl)
    pieces: list[tuple[str, str, float, int]] = []  # (text, font, width, level)
    at = 0
    for t, f, w in atoms:
        n = len(t) if f else 1
        own = char_levels[at:at + n]
        at += n
        if not f or len(set(own)) == 1:
            pieces.append((t, f, w, own[0]))
            continue
        start = 0
        for k in range(1, n + 1):  # one piece per level change
            if k == n or own[k] != own[start]:
                part = t[start:k]
                pieces.append((part, f, fonts.width(part, f, size), own[start]))
                start = k
    x = 0.0
    dx = [0.0] * len(pieces)
    for i in shaping.visual_order([lv for _, _, _, lv in pieces]):
        dx[i] = x
        x += pieces[i][2]
    out = []
    for (t, f, w, level), left in zip(pieces, dx, strict=True):
        if not f:
            out.append(Piece(left, "", "", t[1:], w))
        else:
            mirrored = level % 2 == 1 and not shaping.has_rtl(t)
            out.append(Piece(left, t.translate(shaping.MIRROR) if mirrored else t, f))
    return out, x


def wrap(text: str, family: str, size: float, width: float, bold: bool = False,
         blanks: dict[str, float] | None = None) -> list[Line]:
    """Greedy line breaking at spaces, and between CJK characters. Lines with right-to-left
    text are laid out in visual order, and marked rtl when the paragraph reads right to
    left. Raises TooWide for a word wider than the column, fonts.MissingGlyph for a
    character no font has.

    Lines are kept per (text, font, size, width) for the process: the type-fitting search
    and the next build after an edit ask for the same ones again."""
    key = tuple(sorted(blanks.items())) if blanks is not None else None
    return list(_wrap(text, family, size, width, bold, key, fonts.sources()))


@lru_cache(maxsize=8192)
def _wrap(text: str, family: str, size: float, width: float, bold: bool,
          blank_widths: tuple[tuple[str, float], ...] | None,
          sources: tuple[tuple[Path, ...], bool]) -> tuple[Line, ...]:
    """wrap, cached (`sources` is only a key). Raises as wrap does; errors are not kept."""
    blanks = dict(blank_widths) if blank_widths is not None else None
    bidi, rtl = _direction(text)
    lines: list[Line] = []
    words: list[tuple[Runs, bool]] = []  # the line's words (widths at this size), spaced?
    x = 0.0

    def end_line(gap: bool = False) -> None:
        nonlocal words, x
        if words or gap:
            pieces, line_w = (_bidi_pieces(words, family, size, rtl) if bidi
                              else (_ltr_pieces(words, family, size), x))
            lines.append(Line(line_w, tuple(pieces), gap, rtl))
        words, x = [], 0.0

    for item in _measured(text, family, bold, blanks is not None):
        if isinstance(item, str):
            end_line(gap=item == "\n\n")
            continue
        word, runs, spaced = item
        # the same sums as measuring at this size (fonts.width scales the 1000 pt width)
        widths = [w * size / 1000 if f else
                  blanks.get(t[1:], 0.0) if blanks else fonts.width(t, f, size)
                  for t, f, w in runs]
        word_w = sum(widths)
        if word_w > width + 1e-6:
            raise TooWide(word)
        space = (fonts.width(" ", _space_font(words[-1][0], family, bidi), size)
                 if words and spaced else 0.0)
        if words and x + space + word_w > width + 1e-6:
            end_line()
        elif words:
            x += space
        for w in widths:
            x += w
        words.append((tuple((t, f, w) for (t, f, _), w in zip(runs, widths, strict=True)),
                      spaced))
    end_line()
    while lines and not lines[-1].pieces:
        lines.pop()
    return tuple(lines)


def line_count(text: str, family: str, size: float, width: float, bold: bool = False) -> int:
    """len(wrap(text, family, size, width, bold)), by the same sums, without building the
    lines: for searches that try many widths (kept per text, font, size and width, as wrap's
    lines are)."""
    return _line_count(text, family, size, width, bold, fonts.sources())


@lru_cache(maxsize=16384)
def _line_count(text: str, family: str, size: float, width: float, bold: bool,
                sources: tuple[tuple[Path, ...], bool]) -> int:
    return len(_shape(text, family, size, width, bold, sources))


def shape(text: str, family: str, size: float, width: float,
          bold: bool = False) -> tuple[tuple[float, bool], ...]:
    """(width, a paragraph ends here) of each line wrap() makes, by wrap's own sums, without
    building the lines: what fitting needs (heights and widths) at every size it tries."""
    if _direction(text)[0]:  # right to left: widths come from the bidi layout
        return tuple((ln.width, ln.gap_after) for ln in wrap(text, family, size, width, bold))
    return _shape(text, family, size, width, bold, fonts.sources())


@lru_cache(maxsize=8192)
def _shape(text: str, family: str, size: float, width: float, bold: bool,
           sources: tuple[tuple[Path, ...], bool]) -> tuple[tuple[float, bool], ...]:
    """shape() by wrap's sums, and line_count() (where lines break is the same in any
    direction; a right-to-left line's width comes from its bidi layout)."""
    lines: list[tuple[float, bool, bool]] = []  # (width, gap after, has words)
    x, has_words = 0.0, False
    limit = width + 1e-6
    for item in _sized(text, family, bold, size, sources):
        if isinstance(item, str):
            if has_words or item == "\n\n":
                lines.append((x, item == "\n\n", has_words))
            x, has_words = 0.0, False
            continue
        word, widths, word_w, space = item
        if word_w > limit:
            raise TooWide(word)
        if has_words:
            if x + space + word_w > limit:
                lines.append((x, False, True))
                x = 0.0
            else:
                x += space
        for w in widths:
            x += w
        has_words = True
    if has_words:
        lines.append((x, False, True))
    while lines and not lines[-1][2]:
        lines.pop()
    return tuple((w, gap) for w, gap, _ in lines)


Sized = tuple[str | tuple[str, tuple[float, ...], float, float], ...]


@lru_cache(maxsize=1024)
def _sized(text: str, family: str, bold: bool, size: float,
           sources: tuple[tuple[Path, ...], bool]) -> Sized:
    """_measured's words at one size, for line_count's many widths: (word, run widths, their
    sum, the space before it when it follows a word on the line), by wrap's own sums."""
    bidi = _direction(text)[0]
    out: list[str | tuple[str, tuple[float, ...], float, float]] = []
    last_runs: Runs = ()
    for item in _measured(text, family, bold, False):
        if isinstance(item, str):
            out.append(item)
            continue
        word, runs, spaced = item
        widths = [w * size / 1000 for _, _, w in runs]
        space = (fonts.width(" ", _space_font(last_runs, family, bidi), size)
                 if spaced and last_runs else 0.0)
        out.append((word, tuple(widths), sum(widths), space))
        last_runs = runs
    return tuple(out)


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
