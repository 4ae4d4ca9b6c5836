"""`- spacer: 2`: empty room, in the kind's gaps."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.layout.boxes import Box, Ctx
from handprint.spec.fields import number
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key


@dataclass(frozen=True)
class Spacer(Block):
    size: float = 1.0  # in gaps


def read(r, f: dict, line: int, folder, depth: int) -> Spacer | None:
    size = number(r, f["spacer"], "spacer", 0, 20)
    return None if size is None else Spacer(line, size)


def place(b: Spacer, width: float, c: Ctx) -> Box:
    return Box(b.size * c.kind.gap * c.unit, ())


TYPE = BlockType(
    "spacer", "empty room", Spacer, read, place,
    (Key("spacer", "how much, in gaps (0 to 20)", {"type": "number", "minimum": 0,
                                                   "maximum": 20}),),
    example="- spacer: 2", texts=lambda b: [])
