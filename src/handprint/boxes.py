"""Each block laid out in a column: a Box of items relative to its own top-left (pure)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from . import fonts, illustrations, ornaments, spec
from .display import ARTIFACT, Art, Item, Picture, Run, nested, tagged
from .textflow import Line, TooWide, line_count, wrap


@dataclass(frozen=True)
class Style:
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


@dataclass(frozen=True)
class Ctx:
    style: spec.Theme
    kind: Style
    unit: float  # page scale (short side / Letter width) times the fit scale
    fit: float  # the fit scale alone
    art: float  # extra shrink for drawings when type is already at its smallest
    content_h: float
    key: str  # seeds ornaments: spec name


@dataclass(frozen=True)
class Box:
    height: float
    items: tuple[Item, ...]
    breaks: tuple[float, ...] = ()  # where a page may cut it: every item above is whole


def shift(items: tuple[Item, ...] | list[Item], dx: float, dy: float) -> tuple[Item, ...]:
    return tuple(replace(i, x=i.x + dx, y=i.y + dy) for i in items)


def lines_box(lines: list[Line], size: float, leading: float, font: str, width: float,
              align: str, color: str) -> Box:
    """Place wrapped lines: first baseline at the font's ascent, paragraph gaps kept."""
    items: list[Item] = []
    top = fonts.ascent(font, size) * 0.92
    y = top
    step = size * leading
    breaks: list[float] = []
    for line in lines:
        side = "right" if line.rtl and align == "left" else align  # start of an RTL line
        x = {"left": 0.0, "center": (width - line.width) / 2,
             "right": width - line.width}[side]
        items += [Run(x + p.dx, y, p.text, p.font, size, color) for p in line.pieces]
        breaks.append(y + size * 0.3)
        y += step * (1.6 if line.gap_after else 1.0)
    height = y - step + size * 0.3 if lines else 0.0
    return Box(height, tuple(items), tuple(breaks[:-1]))


def balanced(text: str, family: str, size: float, width: float,
             bold: bool = False) -> list[Line]:
    """Wrap into as few lines as the width allows, then make them even (no lone last word)."""
    lines = wrap(text, family, size, width, bold)
    if len(lines) < 2 or len(text) > 400:
        return lines
    lo, hi = max(ln.width for ln in lines) / 2, width
    for _ in range(10):
        mid = (lo + hi) / 2
        try:
            fits = line_count(text, family, size, mid, bold) <= len(lines)
        except TooWide:
            fits = False
        lo, hi = (lo, mid) if fits else (mid, hi)
    return wrap(text, family, size, hi, bold)


def lettering(text: str, family: str) -> str:
    """The hand-lettered face covers Latin-1 only: a heading that needs more (Vietnamese,
    Greek, Russian) is set wholly in the fallback face rather than letter by letter."""
    face = fonts.face(family, bold=True)
    if all(fonts.covers(face, ch) for ch in text if not ch.isspace()):
        return family
    whole = fonts.face(fonts.FALLBACK, bold=True)
    covered = all(fonts.covers(whole, ch) for ch in text if not ch.isspace())
    return fonts.FALLBACK if covered else family


def tag(box: Box, path: str) -> Box:
    return Box(box.height, tagged(box.items, path), box.breaks)


def heading(b: spec.Heading, width: float, c: Ctx) -> Box:
    size = c.kind.headings[b.level - 1] * c.unit
    family = lettering(b.text, c.style.heading_font)
    font = fonts.face(family, bold=True)
    lines = balanced(b.text, family, size, width, bold=True)
    box = lines_box(lines, size, 1.12, font, width, b.align or c.kind.align, c.style.ink)
    return tag(box, f"H{b.level}")


def text(b: spec.Text, width: float, c: Ctx) -> Box:
    family = lettering(b.text, c.style.heading_font) if b.lettered else c.style.body_font
    size = c.kind.body * c.unit * (1.5 if b.lettered else 1.0)
    align = b.align or c.kind.align
    lines = (balanced if align == "center" else wrap)(b.text, family, size, width)
    return tag(lines_box(lines, size, 1.3, fonts.face(family), width, align, c.style.ink), "P")


def list_block(b: spec.ListBlock, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    font = fonts.face(c.style.body_font)
    marks = [f"{n}." if b.numbered else "•" for n in range(1, len(b.items) + 1)]
    indent = max(fonts.width(m, font, size) for m in marks) + size * 0.6
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    for mark, item in zip(marks, b.items, strict=True):
        body = lines_box(wrap(item, c.style.body_font, size, width - indent), size, 1.3, font,
                         width - indent, "left", c.style.ink)
        first = body.items[0].y if body.items else 0.0
        mx = indent - size * 0.6 - fonts.width(mark, font, size)
        li = f"L/{len(breaks):03d}.LI"
        items.append(Run(mx, y + first, mark, font, size, c.style.ink, f"{li}/0.Lbl"))
        items += tagged(shift(body.items, indent, y), f"{li}/1.LBody")
        breaks += [y + br for br in body.breaks]
        y += body.height + size * 0.45
        breaks.append(y - size * 0.45)
    if c.kind.align == "center":  # on a poster the list sits as a block in the middle
        used = max(fonts.width(i.text, i.font, i.size) + i.x for i in items if isinstance(i, Run))
        items = list(shift(items, (width - used) / 2, 0))
    return Box(y - size * 0.45, tuple(items), tuple(breaks[:-1]))


def quote(b: spec.Quote, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    pad = size * 1.1
    inner = width - 2 * pad
    font = fonts.face(c.style.body_font)
    body = lines_box(wrap(b.text, c.style.body_font, size, inner), size, 1.3, font, inner,
                     "left", c.style.ink)
    items = list(tagged(shift(body.items, pad, pad), "BlockQuote/0.P"))
    h = body.height + 2 * pad
    if b.by:
        by = lines_box(wrap("— *" + b.by + "*", c.style.body_font, size, inner), size,
                       1.3, font, inner, "right", c.style.ink)
        items += tagged(shift(by.items, pad, h - pad + size * 0.3), "BlockQuote/1.P")
        h += by.height + size * 0.3
    frame = ornaments.frame(width, h, size * 0.12, f"{c.key}:quote:{b.line}")
    art = Art(0, 0, width, h, frame, (("ink", c.style.ink), ("tint", tint(c.style))),
              tag=ARTIFACT)
    return Box(h, (art, *items))


def banner(b: spec.Banner, width: float, c: Ctx) -> Box:
    size = c.kind.banner * c.unit
    family = lettering(b.text, c.style.heading_font)
    font = fonts.face(family, bold=True)
    tail = size * 1.6
    lines = balanced(b.text, family, size, width - 2 * tail - size, bold=True)
    body = lines_box(lines, size, 1.1, font, max(ln.width for ln in lines), "center",
                     c.style.ink)
    band_w = max(ln.width for ln in lines) + size * 1.6
    band_h = body.height + size * 0.9
    ribbon = ornaments.ribbon(band_w, band_h, tail, size * 0.1, f"{c.key}:banner:{b.line}")
    colors = (("ink", c.style.ink), ("accent", c.style.accent), ("shade", shade(c.style.accent)))
    total_w = band_w + 2 * tail
    x0 = (width - total_w) / 2
    h = ribbon.height / ribbon.width * total_w
    art = Art(x0, 0, total_w, h, ribbon, colors, tag=ARTIFACT)
    text_items = tagged(shift(body.items, x0 + tail + size * 0.8,
                              (h - body.height) / 2 - h * 0.08), "P")
    return Box(h, (art, *text_items))


@cache
def _drawing(name: str, seed: int, weight: float, options: tuple):
    return illustrations.draw(name, seed=seed, weight=weight, **dict(options))


def art_size(aspect: float, width: float, c: Ctx) -> tuple[float, float]:
    cap = c.content_h * (c.kind.art_share if aspect >= 2 else c.kind.art_share * 2)
    h = min(width / aspect, cap) * min(1.0, c.fit) * c.art
    return h * aspect, h


def illustration(b: spec.Illustration, width: float, c: Ctx) -> Box:
    d = _drawing(b.name, b.seed, b.weight, b.options)
    w, h = art_size(d.width / d.height, width * b.width, c)
    colors = (("ink", b.ink or c.style.ink), ("accent", c.style.accent),
              ("paper", c.style.paper), ("tint", tint(c.style)))
    return Box(h, (Art((width - w) / 2, 0, w, h, d, colors, b.alt, "Figure"),))


def image(b: spec.Image, width: float, c: Ctx) -> Box:
    from PIL import Image as PILImage

    with PILImage.open(b.path) as im:
        aspect = im.width / im.height
    w, h = art_size(aspect, width * b.width, c)
    return Box(h, (Picture((width - w) / 2, 0, w, h, b.path, b.alt, "Figure"),))


def spacer(b: spec.Spacer, width: float, c: Ctx) -> Box:
    return Box(b.size * c.kind.gap * c.unit, ())


def footer(b: spec.Footer, width: float, c: Ctx) -> Box:
    size = max(c.kind.footer * c.unit, 6.0)
    lines = wrap(b.text, c.style.body_font, size, width)
    return tag(lines_box(lines, size, 1.25, fonts.face(c.style.body_font), width, "center",
                         c.style.ink), "P")


def row(b: spec.Row, width: float, c: Ctx) -> Box:
    gap = c.kind.gap * c.unit * 1.5
    shares = b.widths or (1.0,) * len(b.blocks)
    room = width - gap * (len(b.blocks) - 1)
    cols = [room * share / sum(shares) for share in shares]
    boxes = [place(child, col, c) for child, col in zip(b.blocks, cols, strict=True)]
    h = max(bx.height for bx in boxes)
    items: list[Item] = []
    x = 0.0
    for n, (col, bx) in enumerate(zip(cols, boxes, strict=True)):
        items += nested(shift(bx.items, x, (h - bx.height) / 2), f"Div/{n}.")
        x += col + gap
    return Box(h, tuple(items))


def mix(a: str, b: str, t: float) -> str:
    """Colour a moved t of the way to b: opaque tints and shades, no transparency."""
    ca = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb, strict=True))


def qa(b: spec.QA, width: float, c: Ctx) -> Box:
    """Questions in bold, each answer under its question; a page may cut between lines."""
    size = c.kind.body * c.unit
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    for q, a in b.pairs:
        for text, bold, after in ((q, True, size * 0.35), (a, False, size * 0.9)):
            family = c.style.body_font
            body = lines_box(wrap(text, family, size, width, bold), size, 1.3,
                             fonts.face(family, bold), width, "left", c.style.ink)
            items += tagged(shift(body.items, 0, y), f"Div/{len(breaks):03d}.Div/{int(not bold)}.P")
            if not bold:  # never part a question from the first lines of its answer
                breaks += [y + br for br in body.breaks]
            y += body.height + after
        breaks.append(y - size * 0.9)
    return Box(y - size * 0.9, tuple(items), tuple(breaks[:-1]))


def tint(theme: spec.Theme) -> str:
    """The accent washed into the paper, for callout boxes."""
    return mix(theme.paper, theme.accent, 0.18)


def shade(color: str) -> str:
    """A darker tone of a colour, for the folds of a ribbon."""
    return mix(color, "#000000", 0.38)


PLACERS = {
    spec.Heading: heading, spec.Text: text, spec.ListBlock: list_block, spec.Quote: quote,
    spec.Banner: banner, spec.Illustration: illustration, spec.Image: image,
    spec.Spacer: spacer, spec.Footer: footer, spec.Row: row, spec.QA: qa,
    spec.PageBreak: lambda b, width, c: Box(0.0, ()),
}


def place(b: spec.Block, width: float, c: Ctx) -> Box:
    """Lay out any block; worksheet blocks are added to PLACERS by formboxes.py."""
    return PLACERS[type(b)](b, width, c)  # type: ignore[operator]
