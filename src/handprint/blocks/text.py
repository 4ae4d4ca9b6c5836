"""`- text: Words`: a paragraph, with **bold** and *italic*; `lettered: true` sets it in the
hand-lettered face at a larger size."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import ALIGN, FLAG, TEXT, align
from handprint.layout.boxes import (
    Box,
    Ctx,
    balanced,
    balanced_gaps,
    baselines,
    lettering,
    lines_box,
    tag,
    wrapped,
)
from handprint.spec.fields import block_text, flag
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts


@dataclass(frozen=True)
class Text(Block):
    text: str
    align: str | None = None
    lettered: bool = False  # set in the hand-lettered heading face


def read(r, f: dict, line: int, folder, depth: int) -> Text | None:
    value = block_text(r, f["text"], "text")
    lettered = flag(r, f["lettered"], "lettered") if "lettered" in f else False
    where = align(r, f)
    return None if value is None else Text(line, value, where, bool(lettered))


def place(b: Text, width: float, c: Ctx) -> Box:
    family = lettering(b.text, c.style.heading_font) if b.lettered else c.style.body_font
    size = c.kind.body * c.unit * (1.5 if b.lettered else 1.0)
    where = b.align or c.kind.align
    font = fonts.face(family)
    if where != "center":
        lines = wrapped(b.text, family, size, width, c)
        return tag(lines_box(lines, size, 1.3, font, width, where, c.style.ink), "P")
    gaps = balanced_gaps(b.text, family, size, width)

    def make() -> Box:
        lines = balanced(b.text, family, size, width)
        return tag(lines_box(lines, size, 1.3, font, width, where, c.style.ink), "P")
    return Box.later(baselines(gaps, size, 1.3, font)[1], make)


TYPE = BlockType(
    "text", "a paragraph; **bold**, *italic*, a blank line starts a new paragraph", Text, read,
    place,
    (Key("text", "the words", TEXT), ALIGN,
     Key("lettered", "set in the hand-lettered face, larger", FLAG, "false")),
    example='- text: "Plain words, with **bold** and *italic*."')
