"""`- banner: Words`: hand-lettered on a gold ribbon."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import TEXT
from handprint.draw import ornaments
from handprint.layout.boxes import (
    Box,
    Ctx,
    balanced,
    balanced_shape,
    baselines,
    lettering,
    lines_box,
    shade,
    shift,
)
from handprint.layout.display import ARTIFACT, Art, tagged
from handprint.spec.fields import block_text
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts


@dataclass(frozen=True)
class Banner(Block):
    text: str


def read(r, f: dict, line: int, folder, depth: int) -> Banner | None:
    value = block_text(r, f["banner"], "banner")
    return None if value is None else Banner(line, value)


def place(b: Banner, width: float, c: Ctx) -> Box:
    size = c.kind.banner * c.unit
    family = lettering(b.text, c.style.heading_font)
    font = fonts.face(family, bold=True)
    tail = size * 1.6
    room = width - 2 * tail - size
    shape = balanced_shape(b.text, family, size, room, bold=True)
    band_w = max(w for w, _ in shape) + size * 1.6
    band_h = baselines([gap for _, gap in shape], size, 1.1, font)[1] + size * 0.9
    ribbon_w, ribbon_h = ornaments.ribbon_size(band_w, band_h, tail)
    total_w = band_w + 2 * tail
    h = ribbon_h / ribbon_w * total_w

    def make() -> Box:
        lines = balanced(b.text, family, size, room, bold=True)
        body = lines_box(lines, size, 1.1, font, max(ln.width for ln in lines), "center",
                         c.style.ink)
        ribbon = ornaments.ribbon(band_w, band_h, tail, size * 0.1, f"{c.key}:banner:{b.line}")
        colors = (("ink", c.style.ink), ("accent", c.style.accent),
                  ("shade", shade(c.style.accent)))
        x0 = (width - total_w) / 2
        art = Art(x0, 0, total_w, h, ribbon, colors, tag=ARTIFACT)
        text_items = tagged(shift(body.items, x0 + tail + size * 0.8,
                                  (h - body.height) / 2 - h * 0.08), "P")
        return Box(h, (art, *text_items))
    return Box.later(h, make)


TYPE = BlockType(
    "banner", "a slogan on a hand-drawn ribbon in the accent colour", Banner, read, place,
    (Key("banner", "the words", TEXT),),
    example="- banner: Rupture is inevitable. Repair takes work.",
    in_row=False, gap_before=1.4)
