"""`- heading: Text` (level 1-3): hand-lettered, balanced lines, never ends a page."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import ALIGN, TEXT, align
from handprint.layout.boxes import Box, Ctx, balanced, lettering, lines_box, tag
from handprint.spec.fields import block_text, number
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts


@dataclass(frozen=True)
class Heading(Block):
    text: str
    level: int = 1
    align: str | None = None


def read(r, f: dict, line: int, folder, depth: int) -> Heading | None:
    text = block_text(r, f["heading"], "heading")
    level = number(r, f["level"], "level", 1, 3, whole=True) if "level" in f else 1
    where = align(r, f)
    if text is None or level is None:
        return None
    return Heading(line, text, int(level), where)


def place(b: Heading, width: float, c: Ctx) -> Box:
    size = c.kind.headings[b.level - 1] * c.unit
    family = lettering(b.text, c.style.heading_font)
    font = fonts.face(family, bold=True)
    lines = balanced(b.text, family, size, width, bold=True)
    box = lines_box(lines, size, 1.12, font, width, b.align or c.kind.align, c.style.ink)
    return tag(box, f"H{b.level}")


TYPE = BlockType(
    "heading", "a hand-lettered heading; it never ends a page", Heading, read, place,
    (Key("heading", "the words", TEXT),
     Key("level", "1 (largest) to 3", {"type": "integer", "minimum": 1, "maximum": 3}, "1"),
     ALIGN),
    example="- heading: What helps\n  level: 2",
    keep_with_next=True, cut=False, gap_before=1.4, gap_after=0.45)
