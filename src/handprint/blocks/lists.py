"""`- list: [...]`: bullets (or numbers with `numbered: true`); a point may have points of its
own (`- text: ...` with `items: [...]`); a page may cut between items."""

from __future__ import annotations

from dataclasses import dataclass, replace

import yaml

from handprint.blocks.common import FLAG, ICON, TEXT, icon_art, icon_name
from handprint.layout.boxes import Box, Ctx, lines_box, shift, wrapped
from handprint.layout.display import Item, Run, nested, tagged
from handprint.spec.fields import block_text, flag
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.spec.yamlnodes import colon_hint
from handprint.text import fonts


@dataclass(frozen=True)
class ListBlock(Block):
    items: tuple[str, ...]
    numbered: bool = False
    subs: tuple[ListBlock | None, ...] = ()  # each item's own points (`items:`), or None
    icon: str = ""  # a drawing as the bullet of the first level


DEPTH = 3  # levels of points


def read(r, f: dict, line: int, folder, depth: int) -> ListBlock | None:
    numbered = flag(r, f["numbered"], "numbered") if "numbered" in f else False
    icon = icon_name(r, f)
    found = _points(r, f["list"], "list", line, depth, 1)
    if found is None or numbered is None or icon is None:
        return None
    return replace(found, numbered=numbered, icon=icon)


def _points(r, node: yaml.Node, what: str, line: int, depth: int,
            level: int) -> ListBlock | None:
    """A list's points: text, or `text:` with its own `items:` (nested lists)."""
    items: list[str | None] = []
    subs: list[ListBlock | None] = []
    ok = True
    for n in r.items(node, what, depth):
        sub = None
        if isinstance(n, yaml.MappingNode) and (not colon_hint(n) or _keyed(n)):
            parts = dict(r.mapping(n, "a list item with points", ["text", "items"], depth + 1))
            if "text" not in parts:
                r.problem(n, "a list item with points needs 'text:' and 'items:', like "
                             "'- text: A point' then '  items: [One, Two]'")
                ok = False
                continue
            items.append(block_text(r, parts["text"], "a list item"))
            if "items" in parts:
                if level >= DEPTH:
                    r.problem(parts["items"], f"lists go {DEPTH} levels deep at most")
                    ok = False
                    continue
                sub = _points(r, parts["items"], "items", line, depth + 2, level + 1)
                ok = ok and sub is not None
        else:
            items.append(block_text(r, n, "a list item"))
        subs.append(sub)
    if not items and isinstance(node, yaml.SequenceNode):
        r.problem(node, f"{what} is empty")
    if any(i is None for i in items) or not items or not ok:
        return None
    return ListBlock(line, tuple(items), False,  # type: ignore[arg-type]
                     tuple(subs) if any(subs) else ())


def _keyed(n: yaml.MappingNode) -> bool:
    return any(getattr(k, "value", None) in ("text", "items") for k, _ in n.value)


def _marks(b: ListBlock, level: int, numbered: bool) -> list[str]:
    n = len(b.items)
    if numbered:
        return [f"{k}." if level == 1 else f"{chr(96 + (k - 1) % 26 + 1)}."
                for k in range(1, n + 1)]
    return ["•" if level == 1 else "–"] * n


def _placed(b: ListBlock, width: float, c: Ctx, level: int, numbered: bool) -> Box:
    size = c.kind.body * c.unit
    font = fonts.face(c.style.body_font)
    marks = _marks(b, level, numbered)
    icon = b.icon if level == 1 and not numbered else ""
    bullet = size * 1.05  # an icon bullet: a little taller than the x-height
    indent = (bullet if icon else max(fonts.width(m, font, size) for m in marks)) + size * 0.6
    items: list[Item] = []
    breaks: list[float] = []
    y = 0.0
    subs = b.subs or (None,) * len(b.items)
    for mark, item, sub in zip(marks, b.items, subs, strict=True):
        body = lines_box(wrapped(item, c.style.body_font, size, width - indent, c), size, 1.3, font,
                         width - indent, "left", c.style.ink)
        first = body.items[0].y if body.items else 0.0
        mx = indent - size * 0.6 - fonts.width(mark, font, size)
        li = f"L/{len(breaks):03d}.LI"
        if icon:  # decorative: the list's structure says it is a list
            items.append(icon_art(icon, 0.0, y + first - size * 0.85, bullet, c, widest=1.4))
        else:
            items.append(Run(mx, y + first, mark, font, size, c.style.ink, f"{li}/0.Lbl"))
        items += tagged(shift(body.items, indent, y), f"{li}/1.LBody")
        breaks += [y + br for br in body.breaks]
        y += body.height
        if sub is not None:  # its points, under its text, indented
            y += size * 0.3
            breaks.append(y - size * 0.3)
            inner = _placed(sub, width - indent, c, level + 1, numbered)
            items += nested(shift(inner.items, indent, y), f"{li}/1.LBody/1.")
            breaks += [y + br for br in inner.breaks]
            y += inner.height
        y += size * 0.45
        breaks.append(y - size * 0.45)
    return Box(y - size * 0.45, tuple(items), tuple(breaks[:-1]))


def place(b: ListBlock, width: float, c: Ctx) -> Box:
    box = _placed(b, width, c, 1, b.numbered)
    if c.kind.align == "center":  # on a poster the list sits as a block in the middle
        runs = [i for i in box.items if isinstance(i, Run)]
        used = max(fonts.width(i.text, i.font, i.size) + i.x for i in runs)
        return Box(box.height, shift(box.items, (width - used) / 2, 0), box.breaks)
    return box


def _texts(b: ListBlock) -> list[str]:
    return [t for item, sub in zip(b.items, b.subs or (None,) * len(b.items), strict=True)
            for t in [item, *(_texts(sub) if sub else [])]]


TYPE = BlockType(
    "list", "a list of points; a page may break between them", ListBlock, read, place,
    (Key("list", "the points, one per line starting with '- '; a point with points of its "
         "own is `- text: ...` with `items: [...]`",
         {"type": "array", "items": {"anyOf": [TEXT, {
             "type": "object", "required": ["text"], "additionalProperties": False,
             "properties": {"text": TEXT, "items": {"type": "array"}}}]}}),
     Key("numbered", "1. 2. 3. instead of bullets", FLAG, "false"),
     Key(ICON.name, "a drawing as every bullet, like star or check", ICON.schema, "•")),
    example="- list:\n    - Notice what you feel\n    - text: Name it\n"
            "      items: [Sad, Angry, Scared]",
    texts=_texts)
