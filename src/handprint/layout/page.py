"""Spec -> Document: sizes from the page, text fitted, blocks stacked (pure: no canvas)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from handprint.errors import Problem, SpecError
from handprint.layout.boxes import Box, Ctx, Style, mix, place, retagged, shift
from handprint.layout.display import ARTIFACT, Document, Field, Item, Page, Picture, Run, nested
from handprint.layout.flow import TooTall, paginate
from handprint.spec import registry
from handprint.spec.model import Block, Spec
from handprint.spec.pages import NAMED, orient
from handprint.text import fonts
from handprint.text.textflow import TooWide, first_line, wrap

LETTER_W = 612.0
KIND_STYLES = {
    "poster": Style(headings=(60, 46, 32), body=22, banner=34, footer=9, margin=40, gap=16,
                    min_body=12, align="center", grow=1.3, art_share=0.15),
    "handout": Style(headings=(26, 18, 15), body=12.5, banner=16, footer=8, margin=54, gap=10,
                     min_body=10, align="left", grow=1.0, art_share=0.22, measure=30),
}
KIND_STYLES["worksheet"] = KIND_STYLES["handout"]
DEFAULT_SIZE = {"poster": (18 * 72.0, 24 * 72.0), "handout": NAMED["letter"],
                "worksheet": NAMED["letter"]}


class BlockProblem(Exception):
    def __init__(self, block: Block, message: str):
        self.block, self.message = block, message
        super().__init__(message)


def large_print(s: Spec, kind: Style) -> tuple[Spec, Style]:
    """Large-print rules: 18 pt body at the least, bigger headings, more room, a sans-serif
    body face."""
    grow = max(1.0, 18 / kind.body)
    kind = replace(kind, headings=tuple(h * max(1.3, grow * 0.8) for h in kind.headings),
                   body=kind.body * grow, min_body=max(18.0, kind.min_body), gap=kind.gap * 1.5,
                   footer=max(kind.footer, 12.0), banner=kind.banner * grow)
    return replace(s, theme=replace(s.theme, body_font="Noto Sans")), kind


def layout(s: Spec, size: tuple[float, float] | None = None,
           bleed: float | None = None, crop_marks: bool | None = None,
           flat: bool = False, large: bool = False) -> Document:
    """Lay a spec out at the given (or its own) size: a poster on one page, fitted; a handout
    or worksheet over as many pages as it needs. Raise SpecError rather than lose anything."""
    kind = KIND_STYLES[s.kind]
    if large:
        s, kind = large_print(s, kind)
    problems = check_glyphs(s)
    if problems:
        raise SpecError(problems)
    width, height = size or s.size or DEFAULT_SIZE[s.kind]
    if s.orientation:  # else a WxH size stays as written
        width, height = orient((width, height), s.orientation)
    unit = min(width, height) / LETTER_W
    smallest = kind.min_body * max(unit, 1.0)  # never below the kind's minimum, in points
    lo = smallest / (kind.body * unit)  # above 1 on pages smaller than the design
    page = Frame(s, kind, width, height, unit)
    try:
        if s.kind == "poster":
            items, fit = _poster(page, lo, max(kind.grow, lo), smallest)
            pages = [items]
        else:
            fit = max(1.0, lo)
            pages = _flowed(page, page.ctx(fit))
    except BlockProblem as e:
        raise SpecError([Problem(str(s.path), e.block.line, e.message)]) from None
    has_fields = any(isinstance(i, Field) for p in pages for i in p)
    warnings = () if flat or not has_fields else field_font_warning(s.lang)
    warnings += image_warnings(pages)
    return Document(width, height, s.print.bleed if bleed is None else bleed,
                    s.print.crop_marks if crop_marks is None else crop_marks,
                    s.theme.paper, s.title, s.lang, s.author, s.subject or s.title,
                    tuple(Page(tuple(p)) for p in pages), fit, flat, warnings)


MIN_PPI = 300


def image_warnings(pages: list[list[Item]]) -> tuple[str, ...]:
    """Pictures that would print under 300 pixels per inch. handprint never resamples an
    image: it is placed as it is, so a small one prints soft."""
    from PIL import Image

    out: dict[str, str] = {}
    for item in (i for p in pages for i in p if isinstance(i, Picture)):
        with Image.open(item.path) as im:
            ppi = im.width / (item.width / 72)
        if ppi < MIN_PPI - 0.5 and item.path.name not in out:
            out[item.path.name] = (f"{item.path.name} would print at {ppi:.0f} ppi, under "
                                   f"{MIN_PPI}: it may look soft; use a larger image (at least "
                                   f"{item.width / 72 * MIN_PPI:.0f} pixels wide at this size)")
    return tuple(out.values())


# Languages written in Latin-1 (WinAnsi), which PDF form fields' standard font can show.
LATIN1_LANGS = {"en", "es", "fr", "de", "it", "pt", "nl", "da", "sv", "no", "nb", "nn", "fi",
                "is", "ga", "ca", "eu", "gl", "af", "sq", "id", "ms", "sw", "tl", "oc", "lb"}


def field_font_warning(lang: str) -> tuple[str, ...]:
    """Form fields can only use a PDF viewer's standard Latin font (ReportLab cannot embed a
    font for them). Say so where the language needs more than Latin-1."""
    if lang.split("-")[0].lower() in LATIN1_LANGS:
        return ()
    return (f"the fillable fields use the PDF viewer's standard font, which cannot show every "
            f"letter of '{lang}': typed text may look wrong. The printed blanks are fine; "
            "use --flat for a copy without fields.",)


@dataclass(frozen=True)
class Frame:
    """The page a spec is laid out on, and its measures."""

    s: Spec
    kind: Style
    width: float
    height: float
    unit: float

    @property
    def margin(self) -> float:
        return self.kind.margin * self.unit

    @property
    def col(self) -> float:
        return min(self.width - 2 * self.margin, self.kind.measure * self.kind.body * self.unit)

    @property
    def left(self) -> float:
        """The column's left edge: centred when the measure makes it narrower."""
        return (self.width - self.col) / 2

    @property
    def avail(self) -> float:
        return self.height - 2 * self.margin

    def ctx(self, fit: float, art: float = 1.0) -> Ctx:
        return Ctx(self.s.theme, self.kind, self.unit * fit, fit, art, self.avail,
                   self.s.path.stem, self.s.lang)

    def flow(self) -> list[Block]:
        return [b for b in self.s.blocks if registry.of(b).role != "foot"]

    def feet(self) -> list[Any]:
        return [b for b in self.s.blocks if registry.of(b).role == "foot"]

    def order(self, b: Block) -> int:
        return next(k for k, x in enumerate(self.s.blocks) if x is b)


def _poster(f: Frame, lo: float, hi: float, smallest: float) -> tuple[list[Item], float]:
    """One page: the largest type scale (within limits) at which everything fits."""
    flow, feet = f.flow(), f.feet()
    for b in flow:
        if registry.of(b).role == "break":
            raise BlockProblem(b, "a poster is one page: page_break works in handouts and "
                                  "worksheets")

    def attempt(fit: float, art: float = 1.0):
        c = f.ctx(fit, art)
        foot = [_placed(b, f.col, c, f.order(b)) for b in feet]
        brand = _band(f, c)
        foot = [brand, *foot] if brand else foot
        foot_h = sum(bx.height for bx in foot) + (f.kind.gap * c.unit if foot else 0)
        boxes: list[Box] = []
        used = foot_h
        for b in flow:  # stop once the page is full: this size has failed
            boxes.append(_placed(b, f.col, c, f.order(b)))
            used += boxes[-1].height
            if used > f.avail:
                return boxes, foot, f.avail - used
        return boxes, foot, f.avail - foot_h - _stack_height(flow, boxes, c)

    def fits(fit: float, art: float = 1.0) -> bool:
        try:
            return attempt(fit, art)[2] >= 0
        except BlockProblem:
            return False

    fit, art = hi, 1.0
    if not fits(hi):
        if fits(lo):
            for _ in range(12):  # binary search: to 0.02% of the type size
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if fits(mid) else (lo, mid)
            fit = lo
        else:
            fit = lo
            art = next((a / 20 for a in range(19, 7, -1) if fits(lo, a / 20)), 0.0)
            if not art:
                raise SpecError([_overflow(f.s, f.col, f.ctx(lo, 0.4), f.avail, smallest)])
    boxes, foot, slack = attempt(fit, art)
    c = f.ctx(fit, art)
    items = _assemble(flow, boxes, c, f.margin, slack, True)
    y = f.height - f.margin - sum(bx.height for bx in foot)
    for bx in foot:
        items += shift(bx.items, f.margin, y)
        y += bx.height
    return items, fit


def _flowed(f: Frame, c: Ctx) -> list[list[Item]]:
    """Pages with a running header (the title, from page 2) and footer (page N of M)."""
    size = max(f.kind.footer * c.unit, 7.0)
    font = fonts.face(f.s.theme.body_font)
    line = size * 1.3
    label_w = fonts.width("Page 99 of 99", font, size) + size * 2
    feet = []
    for b in f.feet():
        try:
            feet += wrap(b.text, f.s.theme.body_font, size, f.col - label_w)
        except TooWide as e:
            raise BlockProblem(b, f"the word '{e.word[:40]}' is too wide for the footer") from None
    try:
        head = first_line(f.s.title, f.s.theme.body_font, size, f.col)
    except fonts.MissingGlyph as e:
        raise SpecError([Problem(str(f.s.path), f.s.title_line, f"{e} (in the title, printed at "
                                 "the top of each page after the first)")]) from None
    top = f.margin + line + f.kind.gap * c.unit
    bottom = f.height - f.margin - max(1, len(feet)) * line - f.kind.gap * c.unit
    brand = _band(f, c)
    if brand:
        bottom -= brand.height + f.kind.gap * c.unit
    flow = f.flow()
    boxes = [_placed(b, f.col, c, f.order(b)) for b in flow]
    try:
        pages = paginate(flow, boxes, lambda a, b: _gap(a, b, c), f.left, top, bottom)
    except TooTall as e:
        raise BlockProblem(e.block, e.message) from None
    muted = mix(f.s.theme.ink, f.s.theme.paper, 0.3)
    base = f.height - f.margin
    for n, items in enumerate(pages, 1):
        label = f"Page {n} of {len(pages)}"
        lw = fonts.width(label, font, size)
        items.append(Run(f.left + f.col - lw, base, label, font, size, muted, ARTIFACT))
        for k, ln in enumerate(feet):
            y = base - (len(feet) - 1 - k) * line
            items += [Run(f.left + p.dx, y, p.text, p.font, size, muted, ARTIFACT)
                      for p in ln.pieces]
        if n > 1:
            items += [Run(f.left + p.dx, f.margin + size, p.text, p.font, size, muted,
                          ARTIFACT)
                      for p in head.pieces]
        if brand:  # read once, on the first page; a repeat elsewhere
            band_items = shift(brand.items, f.left, bottom + f.kind.gap * c.unit)
            items += band_items if n == 1 else retag(band_items, ARTIFACT)
    return pages


def _band(f: Frame, c: Ctx) -> Box | None:
    """The clinic's brand band, tagged to be read after everything else."""
    b = f.s.brand
    if not b or not b.band:
        return None
    from handprint.layout.band import band

    try:
        box = band(b, f.col, c)
    except TooWide as e:
        raise SpecError([Problem(str(b.path), 0, f"the word '{e.word[:40]}' is too wide for "
                                 "the brand band")]) from None
    return Box(box.height, nested(box.items, f"{len(f.s.blocks):04d}."), ())


def retag(items: list[Item] | tuple[Item, ...], tag: str) -> tuple[Item, ...]:
    return tuple(replace(i, tag=tag) for i in items)


def _placed(b: Block, col: float, c: Ctx, order: int) -> Box:
    """Place a block, tagging its items under its place in the reading order."""
    try:
        box = place(b, col, c)
    except TooWide as e:
        raise BlockProblem(b, getattr(e, "message", None)
                           or f"the word '{e.word[:40]}' is too wide for its column") from None
    return retagged(box, lambda items: nested(items, f"{order:04d}."))


def _gap(prev: Block, nxt: Block, c: Ctx) -> float:
    g = c.kind.gap * c.unit
    after = registry.of(prev).gap_after
    return g * (after if after is not None else registry.of(nxt).gap_before)


def _stack_height(flow: list[Block], boxes: list[Box], c: Ctx) -> float:
    gaps = sum(_gap(a, b, c) for a, b in zip(flow, flow[1:], strict=False))
    return sum(bx.height for bx in boxes) + gaps


def _assemble(flow: list[Block], boxes: list[Box], c: Ctx, margin: float, slack: float,
              spread: bool) -> list[Item]:
    """Stack the boxes; on a poster, share spare room between gaps, then centre."""
    extra = 0.0
    if spread and len(flow) > 1:
        extra = min(slack / (len(flow) + 1), c.kind.gap * c.unit * 2.5)
    top = margin + ((slack - extra * (len(flow) - 1)) / 2 if spread else 0.0)
    items: list[Item] = []
    y = top
    for n, (b, bx) in enumerate(zip(flow, boxes, strict=True)):
        if n:
            y += _gap(flow[n - 1], b, c) + extra
        items += shift(bx.items, margin, y)
        y += bx.height
    return items


def _overflow(s: Spec, col: float, c: Ctx, avail: float, points: float) -> Problem:
    """Name the block where the page runs out, even at the smallest type."""
    y = 0.0
    flow = [b for b in s.blocks if registry.of(b).role != "foot"]
    smallest = f"{points:.3g}pt"
    for n, b in enumerate(flow):
        try:
            bx = place(b, col, c)
        except TooWide as e:
            return Problem(str(s.path), b.line, f"the word '{e.word[:40]}' is too wide for its "
                           f"column even with text at the smallest size ({smallest})")
        y += bx.height + (_gap(flow[n - 1], b, c) if n else 0)
        if y > avail:
            return Problem(str(s.path), b.line, "the page runs out at this block, even with "
                           f"text at the smallest size ({smallest}): shorten the text, remove "
                           "a block, or choose a larger size")
    return Problem(str(s.path), 0, "the content does not fit the page")


def check_glyphs(s: Spec) -> list[Problem]:
    """Per block, what no font can draw: one problem per language (or per character of no
    known script)."""
    problems = []
    primaries = [fonts.face(s.theme.body_font), fonts.face(s.theme.heading_font, bold=True)]
    for b in registry.every(s.blocks):
        missing: list[str] = []
        for text in registry.texts(b):
            for ch in text:
                if ch in fonts.LAYOUT_CHARS or ch in missing or fonts.has_font(ch):
                    continue
                if not all(fonts.covers(f, ch) for f in primaries):
                    missing.append(ch)
        where = f"in this {registry.of(b).key.replace('_', ' ')}"
        problems += [Problem(str(s.path), b.line, m) for m in fonts.missing_messages(missing,
                                                                                      where)]
    return problems
