"""`- lines: 4`: ruled lines for handwriting (9 mm apart) and one multi-line field over them."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.blocks.common import FLAG, HAND, TEXT, field_name, rule
from handprint.layout.boxes import Box, Ctx
from handprint.layout.display import Field, Item
from handprint.spec.fields import block_text, flag, number
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key

MAX_LINES = 40


@dataclass(frozen=True)
class Lines(Block):
    count: int
    name: str
    label: str
    fillable: bool = True


def read(r, f: dict, line: int, folder, depth: int) -> Lines | None:
    count = number(r, f["lines"], "lines", 1, MAX_LINES, whole=True)
    label = block_text(r, f["label"], "label") if "label" in f else "Write here"
    fillable = flag(r, f["fillable"], "fillable") if "fillable" in f else True
    name = field_name(r, f, "lines", line)
    if None in (count, label, fillable, name):
        return None
    return Lines(line, int(count), name, label, fillable)  # type: ignore[arg-type]


def place(b: Lines, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    items: list[Item] = []
    for n in range(1, b.count + 1):
        items.append(rule(0, n * HAND, width, c, f"{c.key}:{b.line}:{n}"))
    if b.fillable:
        items.append(Field(0, HAND * 0.15, width, HAND * (b.count - 0.15), b.name, b.label,
                           "multiline", size, "Form"))
    return Box(b.count * HAND + size * 0.3, tuple(items))


TYPE = BlockType(
    "lines", "ruled lines to write on, with one field to type in", Lines, read, place,
    (Key("lines", f"how many (1 to {MAX_LINES})", {"type": "integer", "minimum": 1,
                                                  "maximum": MAX_LINES}),
     Key("name", "the field's name (letters, digits, - or _)", TEXT, "lines-LINE"),
     Key("label", "the field's tooltip", TEXT, "Write here"),
     Key("fillable", "false: printed lines only", FLAG, "true")),
    example="- lines: 4\n  label: What I want to say", texts=lambda b: [],
    fields=lambda b: [b.name], kinds=("worksheet", "handout"))
