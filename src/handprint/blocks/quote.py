"""`- quote: Words` (`by: Someone`): in a hand-drawn frame on a tint of the accent."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import TEXT
from handprint.draw import ornaments
from handprint.layout.boxes import Box, Ctx, lines_box, shift, tint
from handprint.layout.display import ARTIFACT, Art, tagged
from handprint.spec.fields import block_text
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.textflow import wrap


@dataclass(frozen=True)
class Quote(Block):
    text: str
    by: str | None = None


def read(r, f: dict, line: int, folder, depth: int) -> Quote | None:
    value = block_text(r, f["quote"], "quote")
    by = block_text(r, f["by"], "by") if "by" in f else None
    return None if value is None else Quote(line, value, by)


def place(b: Quote, width: float, c: Ctx) -> Box:
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


TYPE = BlockType(
    "quote", "a quotation in a hand-drawn frame", Quote, read, place,
    (Key("quote", "the words", TEXT), Key("by", "who said it", TEXT, "none")),
    example="- quote: Repair takes work.\n  by: A client",
    texts=lambda b: [b.text] + ([b.by] if b.by else []))
