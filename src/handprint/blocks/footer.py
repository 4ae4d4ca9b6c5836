"""`- footer: Words`: small print at the foot of the page (every page of a handout)."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import TEXT
from handprint.layout.boxes import Box, Ctx, lines_box, tag
from handprint.spec.fields import block_text
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.textflow import wrap


@dataclass(frozen=True)
class Footer(Block):
    text: str


def read(r, f: dict, line: int, folder, depth: int) -> Footer | None:
    value = block_text(r, f["footer"], "footer")
    return None if value is None else Footer(line, value)


def place(b: Footer, width: float, c: Ctx) -> Box:
    size = max(c.kind.footer * c.unit, 6.0)
    lines = wrap(b.text, c.style.body_font, size, width)
    return tag(lines_box(lines, size, 1.25, fonts.face(c.style.body_font), width, "center",
                         c.style.ink), "P")


TYPE = BlockType(
    "footer", "small print at the foot of the page (of every page of a handout)", Footer,
    read, place, (Key("footer", "the words", TEXT),),
    example="- footer: Riverside Clinic, 555 0100", in_row=False, role="foot")
