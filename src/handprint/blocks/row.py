"""`- row: [blocks]`: 2 to 4 blocks side by side, with optional relative `widths`."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.layout.boxes import Box, Ctx, shift
from handprint.layout.boxes import place as place_block
from handprint.layout.display import Item, nested
from handprint.spec import registry
from handprint.spec.fields import number
from handprint.spec.model import Block
from handprint.spec.read import read_block
from handprint.spec.registry import BlockType, Key
from handprint.text import shaping


@dataclass(frozen=True)
class Row(Block):
    blocks: tuple[Block, ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal


def read(r, f: dict, line: int, folder, depth: int) -> Row | None:
    children = r.items(f["row"], "row", depth)
    if not 2 <= len(children) <= 4:
        r.problem(f["row"], "a row holds 2 to 4 blocks side by side")
        return None
    blocks = [read_block(r, c, folder, depth + 1) for c in children]
    for b in blocks:
        if b is not None and not registry.of(b).in_row:
            cannot = [t.key for t in registry.BLOCKS.values() if not t.in_row]
            r.problem(f["row"], f"a row cannot hold a {', '.join(cannot[:-1])} or {cannot[-1]}")
            return None
    widths: list[float | None] = [1.0] * len(children)
    if "widths" in f:
        nodes = r.items(f["widths"], "widths", depth)
        widths = [number(r, n, "each of widths", 0.2, 5) for n in nodes]
        if len(nodes) != len(children):
            r.problem(f["widths"], f"widths has {len(nodes)} numbers for {len(children)} blocks")
            return None
    if any(b is None for b in blocks) or None in widths:
        return None
    return Row(line, tuple(blocks), tuple(widths))  # type: ignore[arg-type]


def place(b: Row, width: float, c: Ctx) -> Box:
    gap = c.kind.gap * c.unit * 1.5
    shares = b.widths or (1.0,) * len(b.blocks)
    room = width - gap * (len(b.blocks) - 1)
    cols = [room * share / sum(shares) for share in shares]
    boxes = [place_block(child, col, c) for child, col in zip(b.blocks, cols, strict=True)]
    h = max(bx.height for bx in boxes)

    rtl = shaping.rtl_language(c.lang)  # the first block where reading starts

    def make() -> Box:
        items: list[Item] = []
        x = 0.0
        for n, (col, bx) in enumerate(zip(cols, boxes, strict=True)):
            left = width - x - col if rtl else x
            items += nested(shift(bx.items, left, (h - bx.height) / 2), f"Div/{n}.")
            x += col + gap
        return Box(h, tuple(items))
    return Box.later(h, make)


TYPE = BlockType(
    "row", "2 to 4 blocks side by side", Row, read, place,
    (Key("row", "the blocks, as a list like blocks", {"type": "array", "minItems": 2,
                                                      "maxItems": 4}),
     Key("widths", "relative widths, one number per block", {"type": "array",
                                                             "items": {"type": "number"}},
         "equal")),
    example="- row:\n    - illustration: repair\n      alt: A mended line.\n"
            "    - text: Repair takes work.",
    texts=lambda b: [], children=lambda b: b.blocks,
    fields=lambda b: [n for child in b.blocks for n in registry.field_names(child)],
    in_row=False, pure=lambda b: all(registry.of(c).pure(c) for c in b.blocks))
