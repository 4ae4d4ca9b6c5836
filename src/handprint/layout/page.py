"""Spec -> Document: sizes from the page, text fitted, blocks stacked (pure: no canvas)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Any

from handprint.errors import Problem, SpecError
from handprint.layout import display, fitting, headings, labels
from handprint.layout.boxes import Box, Ctx, Style, mix, place, retagged, shift
from handprint.layout.display import ARTIFACT, Document, Field, Item, Page, Picture, Run, nested
from handprint.layout.flow import TooTall, paginate
from handprint.spec import registry
from handprint.spec.model import Block, Spec
from handprint.spec.pages import NAMED, orient
from handprint.text import fonts, shaping
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
    f = max(1.3, grow * 0.8)
    h1, h2, h3 = kind.headings
    kind = kind._replace(headings=(h1 * f, h2 * f, h3 * f),
                   body=kind.body * grow, min_body=max(18.0, kind.min_body), gap=kind.gap * 1.5,
                   footer=max(kind.footer, 12.0), banner=kind.banner * grow)
    return s._replace(theme=s.theme._replace(body_font="Noto Sans")), kind


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
            items, fit = _fitted_poster(page, lo, smallest)
            pages = [items]
        else:
            pages, fit = _handout(page, max(1.0, lo), lo)
    except BlockProblem as e:
        raise SpecError([Problem(str(s.path), e.block.line, e.message)]) from None
    pages = headings.retag(pages)
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
        return self._orders[id(b)]

    @cached_property
    def _orders(self) -> dict[int, int]:
        return {id(x): k for k, x in enumerate(self.s.blocks)}


def _fitted_poster(f: Frame, lo: float, smallest: float) -> tuple[list[Item], float]:
    """The poster with its letters legible from its viewing distance (type no smaller,
    space between blocks tightened, then drawings smaller); where even that cannot fit,
    down to the kind's smallest type (and `check` says it is too small)."""
    legible = max(lo, min(legible_fit(f), f.kind.grow))  # within the kind's range
    tries = [(legible, 1.0), (legible, 0.7), (legible, 0.45)]
    tries += [(lo, 1.0)] if legible > lo else []
    for n, (least, share) in enumerate(tries):
        tight = replace(f, kind=f.kind._replace(gap=f.kind.gap * share))
        try:
            return _poster(tight, least, max(f.kind.grow, least),
                           max(smallest, f.kind.body * f.unit * least))
        except SpecError:
            if n == len(tries) - 1:
                raise
    raise AssertionError("unreachable")


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

    def slack(fit: float, art: float = 1.0) -> float:
        try:
            return attempt(fit, art)[2]
        except BlockProblem:
            return -math.inf

    fit, art = hi, 1.0
    high = slack(hi)
    if high < 0:
        low = slack(lo)
        if low >= 0:  # the largest size that fits, to 0.02% of the type size
            fit = fitting.largest(lo, hi, slack, low, high)
        else:
            fit = lo
            art = _largest_art(lambda a: slack(lo, a) >= 0)
            if not art:
                c = f.ctx(lo, 0.4)
                brand = _band(f, c)
                foot = [_placed(b, f.col, c, f.order(b)) for b in feet] + ([brand] if brand
                                                                           else [])
                room = f.avail - sum(bx.height for bx in foot) - (f.kind.gap * c.unit
                                                                  if foot else 0)
                raise SpecError([_overflow(f.s, f.col, c, room, smallest)])
    boxes, foot, spare = attempt(fit, art)
    c = f.ctx(fit, art)
    items = _assemble(flow, boxes, c, f.margin, spare, True)
    y = f.height - f.margin - sum(bx.height for bx in foot)
    for bx in foot:
        items += shift(bx.items, f.margin, y)
        y += bx.height
    return items, fit


def _largest_art(fits: Callable[[float], bool]) -> float:
    """The largest drawing scale, 0.95 down to 0.4 in twentieths, at which the page fits, or
    0. Heights grow with the drawings, so this halves the list rather than walk it."""
    arts = [a / 20 for a in range(19, 7, -1)]
    if not fits(arts[-1]):
        return 0.0
    good, bad = len(arts) - 1, -1  # arts[good] fits; arts[bad] does not (-1: none tried)
    while good - bad > 1:
        mid = (good + bad) // 2
        good, bad = (mid, bad) if fits(arts[mid]) else (good, mid)
    return arts[good]


def distance_ft(s: Spec, width: float, height: float) -> float:
    """How far away a poster is read: the spec's own, else 6 ft for 18x24 in and 10 ft for
    24x36 in, by the short side."""
    if s.viewing_distance:
        return s.viewing_distance / 72 / 12
    short = min(width, height) / 72
    return short / 3 if short <= 18 else 6 + (short - 18) * 2 / 3


def legible_fit(f: Frame) -> float:
    """The least type scale at which a poster's smallest letters are read from its distance
    (what `check` asks: capitals 1 in tall per 10 ft)."""
    needed = distance_ft(f.s, f.width, f.height) * 72 / 10
    c = f.ctx(1.0)
    caps = []
    for b in f.flow():
        try:
            box = place(b, f.col, c)
        except (TooWide, BlockProblem):
            return 0.0
        caps += [fonts.cap_height(i.font, i.size) for i in box.items
                 if isinstance(i, Run) and i.text.strip()]
    return needed / min(caps) * 1.003 if caps else 0.0


def _handout(f: Frame, fit: float, lo: float) -> tuple[list[list[Item]], float]:
    """Pages at the design size; a near-empty last page (or more pages than `fit: {pages}`
    asks) tightens space, then type, to make one page fewer."""
    pages, fill = _flowed(f, f.ctx(fit))
    target = f.s.fit_pages
    if target is None and (len(pages) < 2 or fill >= fitting.LAST_PAGE_MIN):
        return pages, fit
    if target is not None and len(pages) <= target:
        if len(pages) < target:
            raise SpecError([Problem(str(f.s.path), f.s.fit_line, f"fit asks for {target} "
                                     f"pages, but the content fills {len(pages)}: add to it, "
                                     f"or ask for {len(pages)}")])
        return pages, fit
    want = target or len(pages) - 1
    floor = lo if target else max(lo, fitting.TIGHT_PT / (f.kind.body * f.unit))
    tight = pages, fill, f
    for share, scale in fitting.ladder(fit, floor):
        g = replace(f, kind=f.kind._replace(gap=f.kind.gap * share))
        try:
            tight = (*_flowed(g, g.ctx(scale)), g)
        except BlockProblem:
            continue
        if len(tight[0]) <= want:
            return tight[0], scale
    if target is None:
        return pages, fit
    raise SpecError([_too_many(f, *tight, target, floor * f.kind.body * f.unit)])


def _too_many(f: Frame, pages: list[list[Item]], fill: float, g: Frame, target: int,
              points: float) -> Problem:
    """fit: {pages} cannot be met: blame the block where the last page asked for runs out,
    with how much to cut."""
    total = (len(pages) - 1) + fill  # in pages of content
    over = fitting.about(fitting.words(g.flow()) * (total - target) / max(total, 1e-6))
    block = fitting.first_block(pages[target], f.s.blocks)
    line = block.line if block else f.s.fit_line
    return Problem(str(f.s.path), line, f"page {target} runs out at this block, even with "
                   f"text at the smallest size ({points:.3g}pt): fit asks for {target} "
                   f"page{'s' if target > 1 else ''}; {over} too many (shorten the text or "
                   "remove a block)")


def _flowed(f: Frame, c: Ctx) -> tuple[list[list[Item]], float]:
    """Pages with a running header (the title, from page 2) and footer (page N of M), and
    how full the last page is (a share of its content area)."""
    size = max(f.kind.footer * c.unit, 7.0)
    line = size * 1.3
    widest = first_line(labels.page(f.s, 99, 99), f.s.theme.body_font, size, f.col)
    label_w = widest.width + size * 2
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
    full = f.height - f.margin - max(1, len(feet)) * line - f.kind.gap * c.unit
    brand = _band(f, c)
    bottom = full - (brand.height + f.kind.gap * c.unit if brand else 0.0)
    mode = f.s.brand.band if brand and f.s.brand else "none"
    flow = f.flow()
    boxes = [_placed(b, f.col, c, f.order(b)) for b in flow]

    def run(bottoms: Callable[[int], float]) -> list[list[Item]]:
        return paginate(flow, boxes, lambda a, b: _gap(a, b, c), f.left, top, bottoms)

    try:
        if mode == "first":  # the band's room on the pages that carry it, no others
            pages = run(lambda k: bottom if k == 0 else full)
        elif mode == "last":
            pages = run(lambda k: full)
            if top + fitting.used(pages[-1], top) > bottom + 1e-6:
                last = len(pages) - 1  # the band does not fit under it: make room there
                pages = run(lambda k: bottom if k >= last else full)
        else:
            pages = run(lambda k: bottom)
    except TooTall as e:
        raise BlockProblem(e.block, e.message + _words_over(e.block, flow, boxes,
                                                            bottom - top)) from None
    fill = fitting.used(pages[-1], top) / max(bottom - top, 1e-6)
    muted = mix(f.s.theme.ink, f.s.theme.paper, 0.3)
    base = f.height - f.margin
    shows = {"all": range(1, len(pages) + 1), "first": [1], "last": [len(pages)],
             "none": []}[f.s.brand.band if f.s.brand else "none"]
    rtl = shaping.rtl_language(f.s.lang)  # mirrored: the page count at the left

    def start(width: float) -> float:  # where a line of that width starts
        return f.left + f.col - width if rtl else f.left

    for n, items in enumerate(pages, 1):
        label = first_line(labels.page(f.s, n, len(pages)), f.s.theme.body_font, size, f.col)
        x = f.left if rtl else f.left + f.col - label.width
        items += [Run(x + p.dx, base, p.text, p.font, size, muted, ARTIFACT)
                  for p in label.pieces]
        for k, ln in enumerate(feet):
            y = base - (len(feet) - 1 - k) * line
            items += [Run(start(ln.width) + p.dx, y, p.text, p.font, size, muted, ARTIFACT)
                      for p in ln.pieces]
        if n > 1:
            items += [Run(start(head.width) + p.dx, f.margin + size, p.text, p.font, size,
                          muted, ARTIFACT)
                      for p in head.pieces]
        if brand and n in shows:  # read once, where it first shows; a repeat elsewhere
            band_items = shift(brand.items, f.left, bottom + f.kind.gap * c.unit)
            items += band_items if n == shows[0] else display.tagged_as(band_items, ARTIFACT)
    return pages, fill


def _band(f: Frame, c: Ctx) -> Box | None:
    """The clinic's brand band, tagged to be read after everything else."""
    b = f.s.brand
    if not b or b.band == "none":
        return None
    from handprint.layout.band import band

    legible = 0.0
    if f.s.kind == "poster":  # the band obeys the viewing distance like everything else
        needed = distance_ft(f.s, f.width, f.height) * 72 / 10
        legible = needed / (fonts.cap_height(fonts.face(f.s.theme.body_font), 1.0)) + 0.1
    try:
        box = band(b, f.col, c, legible)
    except TooWide as e:
        raise SpecError([Problem(str(b.path), 0, f"the word '{e.word[:40]}' is too wide for "
                                 "the brand band")]) from None
    return Box(box.height, nested(box.items, f"{len(f.s.blocks):04d}."), ())


def _placed(b: Block, col: float, c: Ctx, order: int) -> Box:
    """Place a block, tagging its items under its place in the reading order (a block that
    reads nothing but itself once per column, context and place: the poster's fitting tries
    a dozen sizes, and an edit changes one block)."""
    if registry.of(b).pure(b):
        return _kept(b, col, c, order)
    return _tagged(b, col, c, order)


@lru_cache(maxsize=8192)
def _kept(b: Block, col: float, c: Ctx, order: int) -> Box:
    return _tagged(b, col, c, order)


def _tagged(b: Block, col: float, c: Ctx, order: int) -> Box:
    try:
        box = place(b, col, c)
    except TooWide as e:
        raise BlockProblem(b, getattr(e, "message", None)
                           or f"the word '{e.word[:40]}' is too wide for its column") from None
    return retagged(box, lambda items: nested(items, f"{order:04d}."))


def _words_over(b: Block, flow: list[Block], boxes: list[Box], room: float) -> str:
    """For a block taller than a page: about how many of its words to cut."""
    box = next((bx for x, bx in zip(flow, boxes, strict=True) if x is b), None)
    count = sum(len(t.split()) for t in registry.every_text(b)) if box else 0
    if not box or not count or box.height <= room:
        return ""
    over = max(1, round(count * (1 - room / box.height)))
    return f" (about {over} word{'s' * (over != 1)} too many for one page)"


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
    """Name the block where the page runs out, even at the smallest type, and about how many
    words to cut (from the height the words take)."""
    y = 0.0
    flow = [b for b in s.blocks if registry.of(b).role != "foot"]
    smallest = f"{points:.3g}pt"
    at: Block | None = None
    for n, b in enumerate(flow):
        try:
            bx = place(b, col, c)
        except TooWide as e:
            return Problem(str(s.path), b.line, f"the word '{e.word[:40]}' is too wide for its "
                           f"column even with text at the smallest size ({smallest})")
        y += bx.height + (_gap(flow[n - 1], b, c) if n else 0)
        if y > avail and at is None:
            at = b
    if at is None:
        return Problem(str(s.path), 0, "the content does not fit the page")
    over = fitting.about(fitting.words(flow) * (y - avail) / max(y, 1e-6))
    return Problem(str(s.path), at.line, "the page runs out at this block, even with text at "
                   f"the smallest size ({smallest}): {over} too many; shorten the text, remove "
                   "a block, or choose a larger size")


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
