"""`- page_break: true`: the next block starts a new page (handouts and worksheets)."""

from __future__ import annotations

from dataclasses import dataclass

from handprint.layout.boxes import Box, Ctx
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key


@dataclass(frozen=True)
class PageBreak(Block):
    pass


def read(r, f: dict, line: int, folder, depth: int) -> PageBreak | None:
    if r.value(f["page_break"]) is not True:
        r.problem(f["page_break"], "write page_break: true")
        return None
    return PageBreak(line)


def place(b: PageBreak, width: float, c: Ctx) -> Box:
    return Box(0.0, ())


TYPE = BlockType(
    "page_break", "start a new page (handouts and worksheets)", PageBreak, read, place,
    (Key("page_break", "write true", {"const": True}),),
    example="- page_break: true", texts=lambda b: [], in_row=False, role="break",
    kinds=("handout", "worksheet"))
