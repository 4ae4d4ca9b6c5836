"""Worksheet blocks: fill-in sentences, ruled lines, checklists. Each blank is printed (a rule
or a box) and, unless the document is flat, also a form field placed on it."""

from __future__ import annotations

from . import boxes, fonts, ornaments, spec
from .boxes import Box, Ctx, mix
from .display import ARTIFACT, Art, Field, Item, Run
from .specforms import BLANK
from .textflow import wrap

HAND = 9 * 72 / 25.4  # handwriting line spacing: 9 mm
DEFAULT_BLANK = 1.6 * 72


def _rule(x: float, y: float, width: float, c: Ctx, key: str) -> Art:
    w = max(0.6, 0.5 * c.unit)
    d = ornaments.rule(width, w, key)
    color = mix(c.style.ink, c.style.paper, 0.35)
    return Art(x, y - d.height / 2, width, d.height, d, (("rule", color),), tag=ARTIFACT)


def fill_in(b: spec.FillIn, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    widths = dict(b.blanks)
    names = BLANK.findall(b.text)
    blanks = {n: min(widths.get(n, DEFAULT_BLANK * c.unit), width) for n in names}
    family = c.style.body_font
    step = max(size * 1.3, HAND)
    top = fonts.ascent(fonts.face(family), size) + step - size * 1.3
    items: list[Item] = []
    breaks: list[float] = []
    y = top
    for line in wrap(b.text, family, size, width, blanks=blanks):
        for p in line.pieces:
            if p.blank:
                key = f"{c.key}:{b.line}:{p.blank}"
                items.append(_rule(p.dx, y + size * 0.25, p.width, c, key))
                tip = f"{p.blank}: " + BLANK.sub("___", b.text)[:120]
                items.append(Field(p.dx, y - step * 0.72, p.width, step * 0.72 + size * 0.2,
                                   p.blank, tip, "text", size, f"P/{len(items):03d}.Form"))
            else:
                items.append(Run(p.dx, y, p.text, p.font, size, c.style.ink, "P"))
        breaks.append(y + size * 0.4)
        y += step
    return Box(y - step + size * 0.4, tuple(items), tuple(breaks[:-1]))


def lines(b: spec.Lines, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    items: list[Item] = []
    for n in range(1, b.count + 1):
        items.append(_rule(0, n * HAND, width, c, f"{c.key}:{b.line}:{n}"))
    if b.fillable:
        items.append(Field(0, HAND * 0.15, width, HAND * (b.count - 0.15), b.name, b.label,
                           "multiline", size, "Form"))
    return Box(b.count * HAND + size * 0.3, tuple(items))


def checklist(b: spec.Checklist, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    family = c.style.body_font
    side = size * 1.15
    indent = side + size * 0.7
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    asc = fonts.ascent(fonts.face(family), size) * 0.92
    for n, text in enumerate(b.items, 1):
        lines = wrap(text, family, size, width - indent)
        box_top = y + asc - side * 0.85
        d = ornaments.square(side, max(0.6, size * 0.07), f"{c.key}:{b.line}:{n}")
        items.append(Art(0, box_top, side, side, d, (("ink", c.style.ink),), tag=ARTIFACT))
        li = f"L/{n:03d}.LI"
        if b.fillable:
            items.append(Field(side * 0.1, box_top + side * 0.1, side * 0.8, side * 0.8,
                               f"{b.name}-{n}", text, "check", size, f"{li}/0.Lbl/0.Form"))
        for k, line in enumerate(lines):
            base = y + asc + k * size * 1.3
            items += [Run(indent + p.dx, base, p.text, p.font, size, c.style.ink,
                          f"{li}/1.LBody") for p in line.pieces]
        y += max(len(lines) * size * 1.3, side) + size * 0.5
        breaks.append(y - size * 0.5)
    return Box(y - size * 0.5, tuple(items), tuple(breaks[:-1]))


boxes.PLACERS.update({spec.FillIn: fill_in, spec.Lines: lines, spec.Checklist: checklist})
