"""Each block laid out in a column: a Box of items relative to its own top-left (pure)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from handprint.layout.display import Item, Run, edit, tagged
from handprint.spec import registry
from handprint.spec.model import Block, Theme
from handprint.text import fonts
from handprint.text.hyphens import wrap_narrow
from handprint.text.textflow import Line, TooWide, line_count, shape, wrap


class Style(NamedTuple):
    """A kind's design sizes in points at Letter width; everything scales from these."""

    headings: tuple[float, float, float]
    body: float
    banner: float
    footer: float
    margin: float
    gap: float
    min_body: float
    align: str
    grow: float  # how far type may grow to fill a roomy page
    art_share: float  # tallest a wide drawing may be, as a share of the page's content height
    measure: float = 1e9  # widest column, in ems of body type (comfortable line length)


class Ctx(NamedTuple):
    style: Theme
    kind: Style
    unit: float  # page scale (short side / Letter width) times the fit scale
    fit: float  # the fit scale alone
    art: float  # extra shrink for drawings when type is already at its smallest
    content_h: float
    key: str  # seeds ornaments: spec name
    lang: str = "en"  # the spec's language: hyphenation in narrow columns
    hyphenate: bool = False  # in newspaper columns and table cells: narrow lines hyphenate


class Box:
    """A block laid out: its height, its items (relative to its top-left), where a page may
    cut it (every item above a break is whole), and `split`: for blocks that do more than cut
    at a break (a table repeats its header, columns reflow), given the room left on a page,
    (what fits, the rest) or None. `Box.later` knows its height now and makes the rest when
    first asked: fitting tries a dozen sizes and reads only heights."""

    __slots__ = ("height", "_items", "_breaks", "_split", "_make")

    def __init__(self, height: float, items: tuple[Item, ...] = (),
                 breaks: tuple[float, ...] = (),
                 split: Callable[[float], tuple[Box, Box] | None] | None = None):
        self.height = height
        self._items, self._breaks, self._split = items, breaks, split
        self._make: Callable[[], Box] | None = None

    @classmethod
    def later(cls, height: float, make: Callable[[], Box]) -> Box:
        box = cls(height)
        box._make = make
        return box

    def made(self) -> Box:
        """The box, its items made (once)."""
        if self._make is not None:
            made = self._make().made()
            assert made.height == self.height, (made.height, self.height)
            self._items, self._breaks, self._split = made._items, made._breaks, made._split
            self._make = None
        return self

    @property
    def items(self) -> tuple[Item, ...]:
        self.made()
        return self._items

    @property
    def breaks(self) -> tuple[float, ...]:
        self.made()
        return self._breaks

    @property
    def split(self) -> Callable[[float], tuple[Box, Box] | None] | None:
        self.made()
        return self._split


class TooNarrow(TooWide):
    """A word that does not fit a named part of a block (a table's column)."""

    def __init__(self, word: str, message: str):
        super().__init__(word)
        self.message = message


def retagged(box: Box, change: Callable[[tuple[Item, ...]], tuple[Item, ...]]) -> Box:
    """The box with change() applied to its items, and to the parts it splits into."""
    if box._make is not None:  # stays lazy: made when its items are first asked for
        return Box.later(box.height, lambda: retagged(box.made(), change))
    split = None
    if box.split is not None:
        inner = box.split

        def split(room: float) -> tuple[Box, Box] | None:
            parts = inner(room)
            return None if parts is None else (retagged(parts[0], change),
                                               retagged(parts[1], change))
    return Box(box.height, change(box.items), box.breaks, split)


def shift(items: tuple[Item, ...] | list[Item], dx: float, dy: float) -> tuple[Item, ...]:
    return tuple(edit(i, x=i.x + dx, y=i.y + dy) for i in items)


def baselines(gaps: Sequence[bool], size: float, leading: float,
              font: str) -> tuple[list[float], float]:
    """Each line's baseline (the first at the font's ascent; a paragraph's end leaves more
    room) and the lines' height, from whether a paragraph ends at each line."""
    top = fonts.ascent(font, size) * 0.92
    y = top
    step = size * leading
    ys: list[float] = []
    for gap in gaps:
        ys.append(y)
        y += step * (1.6 if gap else 1.0)
    return ys, (y - step + size * 0.3 if gaps else 0.0)


def lines_box(lines: list[Line], size: float, leading: float, font: str, width: float,
              align: str, color: str) -> Box:
    """Place wrapped lines: first baseline at the font's ascent, paragraph gaps kept."""
    items: list[Item] = []
    ys, height = baselines([ln.gap_after for ln in lines], size, leading, font)
    for line, y in zip(lines, ys, strict=True):
        side = "right" if line.rtl and align == "left" else align  # start of an RTL line
        x = {"left": 0.0, "center": (width - line.width) / 2,
             "right": width - line.width}[side]
        items += [Run(x + p.dx, y, p.text, p.font, size, color) for p in line.pieces]
    return Box(height, tuple(items), tuple(y + size * 0.3 for y in ys[:-1]))


def wrapped(text: str, family: str, size: float, width: float, c: Ctx,
            bold: bool = False) -> list[Line]:
    """wrap(), hyphenated in the spec's language where the context asks and lines are
    narrow."""
    if c.hyphenate:
        return wrap_narrow(text, family, size, width, c.lang, bold)
    return wrap(text, family, size, width, bold)


def balanced(text: str, family: str, size: float, width: float,
             bold: bool = False) -> list[Line]:
    """Wrap into as few lines as the width allows, then make them even (no lone last word),
    breaking after a sentence or a clause where that costs no extra line."""
    return [ln for part, w in _plan(text, family, size, width, bold, fonts.sources())
            for ln in wrap(part, family, size, w, bold)]


def balanced_shape(text: str, family: str, size: float, width: float,
                   bold: bool = False) -> tuple[tuple[float, bool], ...]:
    """(width, a paragraph ends here) of each of balanced()'s lines, without making them."""
    return tuple(x for part, w in _plan(text, family, size, width, bold, fonts.sources())
                 for x in shape(part, family, size, w, bold))


def balanced_gaps(text: str, family: str, size: float, width: float,
                  bold: bool = False) -> list[bool]:
    """Whether a paragraph ends at each of balanced()'s lines: as at wrap()'s, since
    balancing keeps each paragraph's line count; so a box's height costs one count."""
    return [gap for _, gap in shape(text, family, size, width, bold)]


@lru_cache(maxsize=4096)
def _plan(text: str, family: str, size: float, width: float, bold: bool,
          sources: object) -> tuple[tuple[str, float], ...]:
    """balanced() as (part of the text, the width it wraps at); `sources` is only a key."""
    count = line_count(text, family, size, width, bold)
    if count < 2 or len(text) > 400:
        return ((text, width),)
    for ends in (".!?…", ";:,—"):  # a sentence's end first, then a clause's
        for at in _phrase_breaks(text, ends):
            a, b = text[:at].rstrip(), text[at:].lstrip()
            try:
                if (line_count(a, family, size, width, bold)
                        + line_count(b, family, size, width, bold) > count):
                    continue
                return (_even(a, family, size, width, bold), _even(b, family, size, width, bold))
            except TooWide:
                continue
    return (_even(text, family, size, width, bold),)


def _phrase_breaks(text: str, ends: str) -> list[int]:
    """Where a line may end after a phrase (its punctuation, then a space), nearest the
    middle first; never inside **bold** or *italic*."""
    out = []
    for m in re.finditer(r"[" + re.escape(ends) + r"][\"'’”»)]*(?=\s+\S)", text):
        head = text[: m.end()]
        rest = text[m.end():]
        if rest[:len(rest) - len(rest.lstrip())].count("\n") > 1:
            continue  # a paragraph ends here anyway, with its own space after it
        if head.count("**") % 2 == 0 and head.replace("**", "").count("*") % 2 == 0:
            out.append(m.end())
    return sorted(out, key=lambda at: abs(at - len(text) / 2))


def _even(text: str, family: str, size: float, width: float, bold: bool) -> tuple[str, float]:
    """The narrowest width (to a thousandth of the column) that keeps the line count."""
    lines = shape(text, family, size, width, bold)
    if len(lines) < 2:
        return text, width
    lo, hi = max(w for w, _ in lines) / 2, width
    for _ in range(10):
        mid = (lo + hi) / 2
        try:
            fits = line_count(text, family, size, mid, bold) <= len(lines)
        except TooWide:
            fits = False
        lo, hi = (lo, mid) if fits else (mid, hi)
    return text, hi


def lettering(text: str, family: str) -> str:
    """The hand-lettered face covers Latin-1 only: a heading that needs more (Vietnamese,
    Greek, Russian) is set wholly in the fallback face rather than letter by letter."""
    return _lettering(text, family, fonts.sources())


@lru_cache(maxsize=4096)
def _lettering(text: str, family: str, sources: object) -> str:
    face = fonts.face(family, bold=True)
    if all(fonts.covers(face, ch) for ch in text if not ch.isspace()):
        return family
    whole = fonts.face(fonts.FALLBACK, bold=True)
    covered = all(fonts.covers(whole, ch) for ch in text if not ch.isspace())
    return fonts.FALLBACK if covered else family


def tag(box: Box, path: str) -> Box:
    return retagged(box, lambda items: tagged(items, path))


def art_size(aspect: float, width: float, c: Ctx) -> tuple[float, float]:
    cap = c.content_h * (c.kind.art_share if aspect >= 2 else c.kind.art_share * 2)
    h = min(width / aspect, cap) * min(1.0, c.fit) * c.art
    return h * aspect, h


def mix(a: str, b: str, t: float) -> str:
    """Colour a moved t of the way to b: opaque tints and shades, no transparency."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def tint(theme: Theme) -> str:
    """The accent washed into the paper, for callout boxes."""
    return mix(theme.paper, theme.accent, 0.18)


def shade(color: str) -> str:
    """A darker tone of a colour, for the folds of a ribbon."""
    return mix(color, "#000000", 0.38)


def place(b: Block, width: float, c: Ctx) -> Box:
    """Lay out any block, by its registered type. A block that reads nothing but its own
    words is laid out once per width and context: fitting a poster tries a dozen type sizes,
    and an edit in the studio or watch changes one block, so the others come from here."""
    t = registry.of(b)
    if not t.pure(b):
        return t.place(b, width, c)
    return _placed(b, width, c)


@lru_cache(maxsize=8192)
def _placed(b: Block, width: float, c: Ctx) -> Box:
    return registry.of(b).place(b, width, c)
