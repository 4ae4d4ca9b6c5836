"""`- heading: Text` (level 1-3): hand-lettered, balanced lines, never ends a page."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import ALIGN, ICON, TEXT, align, icon_art, icon_name
from handprint.layout.boxes import (
    Box,
    Ctx,
    balanced,
    balanced_gaps,
    baselines,
    lettering,
    lines_box,
    shift,
    tag,
)
from handprint.spec.fields import block_text, number
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts


@dataclass(frozen=True)
class Heading(Block):
    text: str
    level: int = 1
    align: str | None = None
    icon: str = ""  # a drawing beside it


def read(r, f: dict, line: int, folder, depth: int) -> Heading | None:
    text = block_text(r, f["heading"], "heading")
    level = number(r, f["level"], "level", 1, 3, whole=True) if "level" in f else 1
    where = align(r, f)
    icon = icon_name(r, f)
    if text is None or level is None or icon is None:
        return None
    return Heading(line, text, int(level), where, icon)


def place(b: Heading, width: float, c: Ctx) -> Box:
    size = c.kind.headings[b.level - 1] * c.unit
    family = lettering(b.text, c.style.heading_font)
    font = fonts.face(family, bold=True)
    room = size * 1.5 if b.icon else 0.0  # the icon: a cap height and a half, and a gap
    gaps = balanced_gaps(b.text, family, size, width - room, bold=True)
    return Box.later(baselines(gaps, size, 1.12, font)[1], lambda: _made(b, width, c))


def _made(b: Heading, width: float, c: Ctx) -> Box:
    size = c.kind.headings[b.level - 1] * c.unit
    family = lettering(b.text, c.style.heading_font)
    font = fonts.face(family, bold=True)
    where = b.align or c.kind.align
    room = size * 1.5 if b.icon else 0.0
    lines = balanced(b.text, family, size, width - room, bold=True)
    box = tag(lines_box(lines, size, 1.12, font, width - room, where, c.style.ink),
              f"H{b.level}")
    if not b.icon:
        return box
    dx = {"left": room, "center": room / 2, "right": 0.0}[where]
    items = shift(box.items, dx, 0)
    first = [i for i in items if i.y == items[0].y]
    x0 = min(i.x for i in first) - room
    cap = size * 0.72
    art = icon_art(b.icon, x0, first[0].y - cap * 1.1, cap * 1.3, c, widest=1.6)
    return Box(box.height, (art, *items), box.breaks)


TYPE = BlockType(
    "heading", "a hand-lettered heading; it never ends a page", Heading, read, place,
    (Key("heading", "the words", TEXT),
     Key("level", "1 (largest) to 3", {"type": "integer", "minimum": 1, "maximum": 3}, "1"),
     ALIGN, ICON),
    example="- heading: What helps\n  level: 2\n  icon: anchor",
    keep_with_next=True, cut=False, gap_before=1.4, gap_after=0.45)
