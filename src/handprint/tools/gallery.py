"""`python render.py gallery [-o OUT.pdf]`: every drawing on a contact sheet, with its name,
its options and a sample alt text, drawn through the same display list and PDF stage as any
handout."""

from __future__ import annotations

import sys
from pathlib import Path

from handprint.draw import illustrations
from handprint.layout.display import ARTIFACT, Art, Document, Item, Page, Run
from handprint.pdf import render as pdf
from handprint.text import fonts
from handprint.text.textflow import wrap

PAGE = (612.0, 792.0)  # Letter
COLS, ROWS = 3, 4
MARGIN = 36.0
INK, PAPER, ACCENT = "#1E1E1E", "#FFFFFF", "#D4A017"
TINT = "#F8EDD0"


def _cell(name: str, x: float, y: float, w: float, h: float) -> list[Item]:
    module = illustrations.module(name)
    d = illustrations.draw(name, seed=1)
    art_h = h * 0.52
    scale = min((w - 12) / d.width, art_h / d.height)
    aw, ah = d.width * scale, d.height * scale
    colors = (("ink", INK), ("accent", ACCENT), ("paper", PAPER), ("tint", TINT))
    items: list[Item] = [Art(x + (w - aw) / 2, y + (art_h - ah) / 2, aw, ah, d, colors,
                             module.ALT, "Figure")]
    bold = fonts.face("Comic Neue", bold=True)
    ty = y + art_h + 14
    items.append(Run(x, ty, name, bold, 11, INK, "P"))
    opts = ", ".join(_option(k, o) for k, o in illustrations.OPTIONS[name].items())
    for text, size in ((module.MEANING, 7.5), (f"options: {opts or 'none'}", 6.5),
                       (f"alt: {module.ALT}", 6.5)):
        for line in wrap(text, "Comic Neue", size, w)[:4]:
            ty += size * 1.25
            if ty > y + h:
                return items
            items += [Run(x + p.dx, ty, p.text, p.font, size, INK, "P") for p in line.pieces]
        ty += 2
    return items


def _option(key: str, o: illustrations.Option) -> str:
    if o.each:
        return f"{key} (a list: {', '.join(k for k, _ in o.each)})"
    if o.choices:
        return f"{key}: {' | '.join(o.choices)}"
    if isinstance(o.default, bool):
        return f"{key}: true | false"
    return f"{key}: {o.low:g}-{o.high:g}" if o.low is not None and o.high is not None else key


def document() -> Document:
    names = [n for n in illustrations.NAMES if illustrations.module(n).NAME == n]
    w = (PAGE[0] - 2 * MARGIN) / COLS
    h = (PAGE[1] - 2 * MARGIN - 30) / ROWS
    pages = []
    per = COLS * ROWS
    for start in range(0, len(names), per):
        head = f"handprint drawings ({start // per + 1} of {-(-len(names) // per)})"
        items: list[Item] = [Run(MARGIN, MARGIN + 14, head, fonts.face("Cabin Sketch", True),
                                 18, INK, ARTIFACT)]
        for k, name in enumerate(names[start:start + per]):
            x = MARGIN + (k % COLS) * w
            y = MARGIN + 30 + (k // COLS) * h
            items += _cell(name, x + 6, y + 6, w - 12, h - 12)
        pages.append(Page(tuple(items)))
    return Document(PAGE[0], PAGE[1], 0.0, False, PAPER, "handprint drawings", "en",
                    "handprint", "Every drawing with its options", tuple(pages))


def main(out: Path) -> int:
    """The gallery PDF, and beside it a PNG of its pages side by side (docs/gallery.png)."""
    data = pdf.render(document())
    size = pdf.save(data, out)
    picture(data).save(out.with_suffix(".png"), optimize=True)
    count = len({illustrations.module(n).NAME for n in illustrations.NAMES})
    print(f"{out}  {count} drawings  {size / 1024:.0f} KB  (and {out.with_suffix('.png')})",
          file=sys.stdout)
    return 0


def picture(data: bytes, dpi: int = 56):
    import io

    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(io.BytesIO(data))
    try:
        pages = [doc[n].render(scale=dpi / 72).to_pil().convert("RGB") for n in range(len(doc))]
    finally:
        doc.close()
    sheet = Image.new("RGB", (sum(p.width for p in pages), max(p.height for p in pages)), "white")
    x = 0
    for p in pages:
        sheet.paste(p, (x, 0))
        x += p.width
    return sheet
