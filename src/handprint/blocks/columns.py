"""`- columns: 2` with `blocks: [...]`: the blocks flow through 2 or 3 newspaper columns, on
over pages, balanced where they end; narrow lines hyphenate in the spec's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handprint.layout.boxes import Box, Ctx, retagged
from handprint.layout.boxes import place as place_block
from handprint.layout.columns import flowing
from handprint.layout.display import Item, nested
from handprint.spec import registry
from handprint.spec.fields import number
from handprint.spec.model import Block
from handprint.spec.read import read_block
from handprint.spec.registry import BlockType, Key
from handprint.text import shaping


@dataclass(frozen=True)
class Columns(Block):
    count: int
    blocks: tuple[Block, ...]


def read(r, f: dict, line: int, folder, depth: int) -> Columns | None:
    count = number(r, f["columns"], "columns", 2, 3, whole=True)
    if "blocks" not in f:
        r.problem(f["columns"], "columns needs 'blocks': the blocks to flow through them, "
                                "as a list like blocks")
        return None
    nodes = r.items(f["blocks"], "blocks", depth + 1)
    if not nodes:
        r.problem(f["blocks"], "columns has no blocks")
        return None
    blocks = [read_block(r, n, folder, depth + 2) for n in nodes]
    for b in blocks:
        if b is not None and (not registry.of(b).in_row or isinstance(b, Columns)):
            cannot = [t.key for t in registry.BLOCKS.values()
                      if not t.in_row or t.key == "columns"]
            r.problem(f["blocks"], f"columns cannot hold a {', '.join(cannot[:-1])} or "
                                   f"{cannot[-1]}")
            return None
    if count is None or any(b is None for b in blocks):
        return None
    return Columns(line, int(count), tuple(blocks))  # type: ignore[arg-type]


def _under(k: int) -> Callable[[tuple[Item, ...]], tuple[Item, ...]]:
    """Tag a column's k-th block under its own Div."""
    return lambda items: nested(items, f"Div/{k:03d}.")


def place(b: Columns, width: float, c: Ctx) -> Box:
    gap = c.kind.gap * c.unit * 1.8
    col = (width - gap * (b.count - 1)) / b.count
    xs = [k * (col + gap) for k in range(b.count)]
    if shaping.rtl_language(c.lang):  # the first column where reading starts
        xs = [width - x - col for x in xs]
    inner = c._replace(hyphenate=True)
    stream = [(child, retagged(place_block(child, col, inner), _under(k)))
              for k, child in enumerate(b.blocks)]
    return flowing(stream, xs, c)


TYPE = BlockType(
    "columns", "2 or 3 newspaper columns the blocks flow through, balanced where they end",
    Columns, read, place,
    (Key("columns", "how many: 2 or 3", {"type": "integer", "minimum": 2, "maximum": 3}),
     Key("blocks", "the blocks, as a list like blocks", {"type": "array", "minItems": 1})),
    example="- columns: 2\n  blocks:\n    - heading: Too much\n      level: 2\n"
            "    - text: Racing heart, shouting, panic.\n    - heading: Too little\n"
            "      level: 2\n    - text: Numb, flat, far away.",
    texts=lambda b: [], children=lambda b: b.blocks,
    pure=lambda b: all(registry.of(c).pure(c) for c in b.blocks),
    fields=lambda b: [n for child in b.blocks for n in registry.field_names(child)],
    in_row=False)
