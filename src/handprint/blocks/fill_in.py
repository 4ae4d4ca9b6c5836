"""`- fill_in: I want to talk about {topic}.`: a sentence with {name} blanks, each a ruled
blank for a pen and, unless the PDF is flat, a text field on it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handprint.blocks.common import HAND, NAME, TEXT, rule
from handprint.layout.boxes import Box, Ctx
from handprint.layout.display import Field, Item, Run
from handprint.spec.fields import block_text, length
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts, placeholders
from handprint.text.textflow import wrap

DEFAULT_BLANK = 1.6 * 72


@dataclass(frozen=True)
class FillIn(Block):
    text: str  # with {name} blanks
    blanks: tuple[tuple[str, float], ...] = ()  # name -> width in points, when set


def read(r, f: dict, line: int, folder, depth: int) -> FillIn | None:
    text = block_text(r, f["fill_in"], "fill_in", blanks=True)
    if text is None:
        return None
    names = placeholders.names(text)
    if not names:
        bad = re.findall(r"\{([^{}]*)\}", placeholders.TOKEN.sub("", text))
        if bad:
            r.problem(f["fill_in"], f"blank '{{{bad[0]}}}' needs a simple name: letters, "
                                    "digits, - or _, starting with a letter")
        else:
            r.problem(f["fill_in"], "fill_in has no blanks: mark each one with braces, like "
                                    "{topic}")
        return None
    for name in names:
        if not NAME.match(name):
            r.problem(f["fill_in"], f"blank '{{{name}}}' needs a simple name: letters, digits, "
                                    "- or _, starting with a letter")
    widths: list[tuple[str, float]] = []
    for key, node in (r.mapping(f["blanks"], "blanks", names, depth + 1)
                      if "blanks" in f else ()):
        width = length(r, node, f"blank {key}", 7 * 72.0)
        if width is not None:
            widths.append((key, width))
    return FillIn(line, text, tuple(widths))


def _blank(m: re.Match) -> str:
    return "___" if m.group(1) else m.group(0)[0]


def place(b: FillIn, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    widths = dict(b.blanks)
    names = placeholders.names(b.text)
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
                items.append(rule(p.dx, y + size * 0.25, p.width, c, key))
                tip = f"{p.blank}: " + placeholders.TOKEN.sub(_blank, b.text)[:120]
                items.append(Field(p.dx, y - step * 0.72, p.width, step * 0.72 + size * 0.2,
                                   p.blank, tip, "text", size, f"P/{len(items):03d}.Form"))
            else:
                items.append(Run(p.dx, y, p.text, p.font, size, c.style.ink, "P"))
        breaks.append(y + size * 0.4)
        y += step
    return Box(y - step + size * 0.4, tuple(items), tuple(breaks[:-1]))


TYPE = BlockType(
    "fill_in", "a sentence with {name} blanks to write in (and fields to type in)", FillIn,
    read, place,
    (Key("fill_in", "the sentence; each {name} is a blank; {{ and }} print braces", TEXT),
     Key("blanks", "widths of some blanks, like {topic: 3in}", {"type": "object"}, "1.6in")),
    example="- fill_in: On {day} I would like to talk about {topic}.",
    texts=lambda b: [placeholders.literal(placeholders.TOKEN.sub(
        lambda m: "" if m.group(1) else m.group(0), b.text))],
    fields=lambda b: placeholders.names(b.text), kinds=("worksheet", "handout"))
