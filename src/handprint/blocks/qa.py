"""`- qa: [{q: ..., a: ...}]`: questions in bold, each answer under its question."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from handprint.blocks.common import TEXT
from handprint.layout.boxes import Box, Ctx, lines_box, shift
from handprint.layout.display import Item, tagged
from handprint.spec.fields import block_text
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.textflow import wrap


@dataclass(frozen=True)
class QA(Block):
    pairs: tuple[tuple[str, str], ...]  # (question, answer)


def read(r, f: dict, line: int, folder, depth: int) -> QA | None:
    pairs = []
    for node in r.items(f["qa"], "qa", depth):
        got = dict(r.mapping(node, "a question and answer", ["q", "a"], depth + 1))
        if isinstance(node, yaml.MappingNode) and not {"q", "a"} <= set(got):
            r.problem(node, "each entry of qa needs 'q' (the question) and 'a' (the answer)")
            continue
        q, a = (block_text(r, got[k], k) for k in ("q", "a")) if got else (None, None)
        pairs.append((q, a))
    if not pairs and isinstance(f["qa"], yaml.SequenceNode):
        r.problem(f["qa"], "qa is empty")
    if not pairs or any(None in p for p in pairs):
        return None
    return QA(line, tuple(pairs))  # type: ignore[arg-type]


def place(b: QA, width: float, c: Ctx) -> Box:
    """Questions in bold, each answer under its question; a page may cut between lines."""
    size = c.kind.body * c.unit
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    for q, a in b.pairs:
        for text, bold, after in ((q, True, size * 0.35), (a, False, size * 0.9)):
            family = c.style.body_font
            body = lines_box(wrap(text, family, size, width, bold), size, 1.3,
                             fonts.face(family, bold), width, "left", c.style.ink)
            items += tagged(shift(body.items, 0, y), f"Div/{len(breaks):03d}.Div/{int(not bold)}.P")
            if not bold:  # never part a question from the first lines of its answer
                breaks += [y + br for br in body.breaks]
            y += body.height + after
        breaks.append(y - size * 0.9)
    return Box(y - size * 0.9, tuple(items), tuple(breaks[:-1]))


TYPE = BlockType(
    "qa", "questions and answers; a page may break between pairs", QA, read, place,
    (Key("qa", "a list of {q: question, a: answer}", {
        "type": "array", "items": {"type": "object", "required": ["q", "a"],
                                   "additionalProperties": False,
                                   "properties": {"q": TEXT, "a": TEXT}}}),),
    example="- qa:\n    - q: Is conflict bad?\n      a: No. How it is handled matters.",
    texts=lambda b: [t for pair in b.pairs for t in pair])
