"""`- callout: Words` (`title: Remember`, `icon: anchor`): a hand-drawn box on a tint of the
accent, with an optional bold title and a small drawing beside it (decoration)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from handprint.blocks.common import TEXT, icon_name
from handprint.draw import illustrations, ornaments
from handprint.draw.sketch import Drawing
from handprint.layout.boxes import Box, Ctx, lines_box, shift, tint
from handprint.layout.display import ARTIFACT, Art, Item, tagged
from handprint.spec.fields import block_text
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key
from handprint.text import fonts
from handprint.text.hyphens import wrap_narrow


@dataclass(frozen=True)
class Callout(Block):
    text: str
    title: str = ""
    icon: str = ""  # a drawing's name


def read(r, f: dict, line: int, folder, depth: int) -> Callout | None:
    text = block_text(r, f["callout"], "callout")
    title = block_text(r, f["title"], "title") if "title" in f else ""
    icon = icon_name(r, f)
    if text is None or title is None or icon is None:
        return None
    return Callout(line, text, title, icon)


@cache
def _icon(name: str) -> Drawing:
    return illustrations.draw(name, seed=1, weight=1.6)


def place(b: Callout, width: float, c: Ctx) -> Box:
    size = c.kind.body * c.unit
    pad = size * 1.1
    inner = width - 2 * pad
    family = c.style.body_font
    items: list[Item] = []
    y = pad
    icon_w = 0.0
    if b.icon:  # beside the title, or the text: about two lines of type tall
        d = _icon(b.icon)
        ih = size * (2.2 if b.title else 2.6)
        icon_w = min(ih * d.width / d.height, size * 4.5, inner / 3)  # a wide one: shorter
        ih = icon_w * d.height / d.width
        colors = (("ink", c.style.ink), ("accent", c.style.accent), ("paper", c.style.paper),
                  ("tint", tint(c.style)))
        items.append(Art(pad, pad, icon_w, ih, d, colors, tag=ARTIFACT))
        icon_w += size * 0.7
    else:
        ih = 0.0
    if b.title:
        bold = fonts.face(family, bold=True)
        tsize = size * 1.1
        lines = wrap_narrow(f"**{b.title}**", family, tsize, inner - icon_w, c.lang)
        head = lines_box(lines, tsize, 1.2, bold, inner - icon_w, "left", c.style.ink)
        dy = max(0.0, (ih - head.height) / 2)
        items += tagged(shift(head.items, pad + icon_w, y + dy), "Div/0.P")
        y += max(head.height, ih) + size * 0.4
        icon_w = 0.0  # the text goes under the icon, full width
    body = lines_box(wrap_narrow(b.text, family, size, inner - icon_w, c.lang), size, 1.3,
                     fonts.face(family), inner - icon_w, "left", c.style.ink)
    items += tagged(shift(body.items, pad + icon_w, y), "Div/1.P")
    h = max(y + body.height, pad + ih) + pad
    frame = ornaments.frame(width, h, size * 0.12, f"{c.key}:callout:{b.line}")
    art = Art(0, 0, width, h, frame, (("ink", c.style.ink), ("tint", tint(c.style))),
              tag=ARTIFACT)
    return Box(h, (art, *items))


TYPE = BlockType(
    "callout", "a note in a hand-drawn box on a tint of the accent, with an optional title "
    "and drawing", Callout, read, place,
    (Key("callout", "the words; **bold** and *italic* work", TEXT),
     Key("title", "a short bold title", TEXT, "none"),
     Key("icon", "a drawing's name, drawn small beside the title (decoration)",
         lambda: {"enum": list(illustrations.NAMES)}, "none")),
    example="- callout: Breathe out slowly, **twice as long** as you breathe in.\n"
            "  title: Remember\n  icon: connection",
    texts=lambda b: [b.text] + ([b.title] if b.title else []))
