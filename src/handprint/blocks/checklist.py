"""`- checklist: [...]`: hand-drawn boxes to tick, each also a check box field."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from handprint.blocks.common import FLAG, ICON, TEXT, field_name, icon_art, icon_name
from handprint.draw import ornaments
from handprint.layout.boxes import Box, Ctx
from handprint.layout.display import ARTIFACT, Art, Field, Item, Run
from handprint.spec.fields import block_text, flag
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.textflow import wrap


@dataclass(frozen=True)
class Checklist(Block):
    items: tuple[str, ...]
    name: str
    fillable: bool = True
    icon: str = ""  # a drawing before each item's words, after its box


def read(r, f: dict, line: int, folder, depth: int) -> Checklist | None:
    nodes = r.items(f["checklist"], "checklist", depth)
    items = [block_text(r, n, "a checklist item") for n in nodes]
    fillable = flag(r, f["fillable"], "fillable") if "fillable" in f else True
    name = field_name(r, f, "check", line)
    if not items and isinstance(f["checklist"], yaml.SequenceNode):
        r.problem(f["checklist"], "checklist is empty")
    icon = icon_name(r, f)
    if not items or None in items or fillable is None or name is None or icon is None:
        return None
    return Checklist(line, tuple(items), name, fillable, icon)  # type: ignore[arg-type]


def place(b: Checklist, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    family = c.style.body_font
    side = size * 1.15
    mark = size * 1.05 if b.icon else 0.0  # an icon bullet between the box and the words
    indent = side + size * 0.7 + (mark + size * 0.45 if b.icon else 0.0)
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    asc = fonts.ascent(fonts.face(family), size) * 0.92
    for n, text in enumerate(b.items, 1):
        lines = wrap(text, family, size, width - indent)
        box_top = y + asc - side * 0.85
        d = ornaments.square(side, max(0.6, size * 0.07), f"{c.key}:{b.line}:{n}")
        items.append(Art(0, box_top, side, side, d, (("ink", c.style.ink),), tag=ARTIFACT))
        li = f"L/{n:03d}.LI"
        if b.icon:
            items.append(icon_art(b.icon, side + size * 0.7, y + asc - size * 0.85, mark, c,
                                  widest=1.4))
        if b.fillable:
            items.append(Field(side * 0.1, box_top + side * 0.1, side * 0.8, side * 0.8,
                               f"{b.name}-{n}", text, "check", size, f"{li}/0.Lbl/0.Form"))
        for k, line in enumerate(lines):
            base = y + asc + k * size * 1.3
            items += [Run(indent + p.dx, base, p.text, p.font, size, c.style.ink,
                          f"{li}/1.LBody") for p in line.pieces]
        y += max(len(lines) * size * 1.3, side) + size * 0.5
        breaks.append(y - size * 0.5)
    return Box(y - size * 0.5, tuple(items), tuple(breaks[:-1]))




TYPE = BlockType(
    "checklist", "boxes to tick (and check box fields)", Checklist, read, place,
    (Key("checklist", "the items", {"type": "array", "items": TEXT}),
     Key("name", "the fields' name (letters, digits, - or _)", TEXT, "check-LINE"),
     Key("fillable", "false: printed boxes only", FLAG, "true"),
     Key(ICON.name, "a drawing before each item, after its box, like heart or star",
         ICON.schema, "none")),
    example="- checklist:\n    - I named one feeling\n    - I took three slow breaths",
    texts=lambda b: list(b.items),
    fields=lambda b: [f"{b.name}-{n}" for n in range(1, len(b.items) + 1)])
