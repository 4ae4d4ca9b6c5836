"""`- illustration: NAME`: one of the hand-drawn drawings (handprint.draw.illustrations), with
its options, seed, ink, weight and width; `alt` is required, `caption` optional."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from handprint.blocks.common import ALT, CAPTION, TEXT, WIDTH, alt, caption, unknown_drawing, width
from handprint.draw import illustrations
from handprint.layout.boxes import Box, Ctx, art_size, lines_box, shift, tint
from handprint.layout.display import Art, Item, nested, tagged
from handprint.spec.fields import color, number
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.textflow import wrap


@dataclass(frozen=True)
class Illustration(Block):
    name: str
    alt: str
    seed: int = 1
    ink: str | None = None
    weight: float = 1.0
    width: float = 1.0  # share of the column
    options: tuple[tuple[str, object], ...] = ()
    caption: str = ""


def read(r, f: dict, line: int, folder, depth: int) -> Illustration | None:
    node = f["illustration"]
    name = r.text(node, "illustration")
    if name is not None and not illustrations.known(name):
        r.problem(node, unknown_drawing(name, "illustration"))
        name = None
    sample = illustrations.module(name).ALT if name else ""
    text = alt(r, f, node, "illustration", sample)
    seed = number(r, f["seed"], "seed", 0, 10**9, whole=True) if "seed" in f else 1
    ink = color(r, f["ink"], "ink") if "ink" in f else None
    weight = number(r, f["weight"], "weight", 0.5, 3.0) if "weight" in f else 1.0
    share = width(r, f)
    options = []
    for key in illustrations.options(name or ""):
        if key in f:
            value = r.plain(f[key])
            message = illustrations.check_option(name, key, value)  # type: ignore[arg-type]
            if message:
                r.problem(f[key], message)
            else:
                options.append((key, illustrations.frozen(value)))
    words = caption(r, f)
    if name is None or None in (text, seed, weight, share):
        return None
    return Illustration(line, name, text, int(seed), ink, weight, share,  # type: ignore[arg-type]
                        tuple(options), words)


@cache
def drawing(name: str, seed: int, weight: float, options: tuple):
    return illustrations.draw(name, seed=seed, weight=weight, **dict(options))


def place(b: Illustration, width: float, c: Ctx) -> Box:
    d = drawing(b.name, b.seed, b.weight, b.options)
    w, h = art_size(d.width / d.height, width * b.width, c)
    colors = (("ink", b.ink or c.style.ink), ("accent", c.style.accent),
              ("paper", c.style.paper), ("tint", tint(c.style)))
    art = Art((width - w) / 2, 0, w, h, d, colors, b.alt, "Figure")
    return captioned(Box(h, (art,)), b.caption, width, c)


def captioned(box: Box, words: str, width: float, c: Ctx) -> Box:
    """A caption under a figure or table, centred, a little smaller than the body."""
    if not words:
        return box
    size = c.kind.body * c.unit  # body size: handouts need 12 pt (check)
    family = c.style.body_font
    lines = wrap(f"*{words}*", family, size, width)
    under = lines_box(lines, size, 1.25, fonts.face(family), width, "center", c.style.ink)
    gap = size * 0.6
    items: list[Item] = [*nested(box.items, "Div/0."),  # the Figure, then its Caption
                         *tagged(shift(under.items, 0, box.height + gap), "Div/1.Caption")]
    return Box(box.height + gap + under.height, tuple(i for i in items))


def _options(node: yaml.MappingNode) -> list[str]:
    """The named drawing's own options are keys of the block too."""
    for k, v in node.value:
        if getattr(k, "value", None) == "illustration" and isinstance(v, yaml.ScalarNode):
            return list(illustrations.options(str(v.value)))
    return []


def _every_drawing() -> dict:
    return {"enum": list(illustrations.NAMES)}  # imports every drawing: asked by the reference


TYPE = BlockType(
    "illustration", "a hand-drawn drawing (see Drawings below) with its own options",
    Illustration, read, place,
    (Key("illustration", "the drawing's name", _every_drawing), ALT,
     Key("seed", "another whole number draws another sketch", {"type": "integer",
                                                               "minimum": 0}, "1"),
     Key("ink", "the line's colour, \"#RRGGBB\"", TEXT, "the theme's ink"),
     Key("weight", "how heavy the pen is, 0.5 to 3", {"type": "number", "minimum": 0.5,
                                                      "maximum": 3}, "1"),
     WIDTH, CAPTION),
    example="- illustration: rupture\n  seed: 3\n  alt: One line broken in the middle.",
    texts=lambda b: [b.caption] if b.caption else [], extra_keys=_options)
