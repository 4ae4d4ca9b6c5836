"""`- list: [...]`: bullets (or numbers with `numbered: true`); a page may cut between
items."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import FLAG, TEXT
from handprint.layout.boxes import Box, Ctx, lines_box, shift
from handprint.layout.display import Item, Run, tagged
from handprint.spec.fields import block_text, flag
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.textflow import wrap


@dataclass(frozen=True)
class ListBlock(Block):
    items: tuple[str, ...]
    numbered: bool = False


def read(r, f: dict, line: int, folder, depth: int) -> ListBlock | None:
    import yaml

    items = [block_text(r, n, "a list item") for n in r.items(f["list"], "list", depth)]
    numbered = flag(r, f["numbered"], "numbered") if "numbered" in f else False
    if not items and isinstance(f["list"], yaml.SequenceNode):
        r.problem(f["list"], "list is empty")
    if any(i is None for i in items) or not items:
        return None
    return ListBlock(line, tuple(items), bool(numbered))  # type: ignore[arg-type]


def place(b: ListBlock, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    font = fonts.face(c.style.body_font)
    marks = [f"{n}." if b.numbered else "•" for n in range(1, len(b.items) + 1)]
    indent = max(fonts.width(m, font, size) for m in marks) + size * 0.6
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    for mark, item in zip(marks, b.items, strict=True):
        body = lines_box(wrap(item, c.style.body_font, size, width - indent), size, 1.3, font,
                         width - indent, "left", c.style.ink)
        first = body.items[0].y if body.items else 0.0
        mx = indent - size * 0.6 - fonts.width(mark, font, size)
        li = f"L/{len(breaks):03d}.LI"
        items.append(Run(mx, y + first, mark, font, size, c.style.ink, f"{li}/0.Lbl"))
        items += tagged(shift(body.items, indent, y), f"{li}/1.LBody")
        breaks += [y + br for br in body.breaks]
        y += body.height + size * 0.45
        breaks.append(y - size * 0.45)
    if c.kind.align == "center":  # on a poster the list sits as a block in the middle
        used = max(fonts.width(i.text, i.font, i.size) + i.x for i in items if isinstance(i, Run))
        items = list(shift(items, (width - used) / 2, 0))
    return Box(y - size * 0.45, tuple(items), tuple(breaks[:-1]))


TYPE = BlockType(
    "list", "a list of points; a page may break between them", ListBlock, read, place,
    (Key("list", "the points, one per line starting with '- '", {"type": "array",
                                                                   "items": TEXT}),
     Key("numbered", "1. 2. 3. instead of bullets", FLAG, "false")),
    example="- list:\n    - Notice what you feel\n    - Name it",
    texts=lambda b: list(b.items))
