"""The clinic's brand band at the foot of a page: logo, name and contact, and a QR code to
the website or booking page with its address printed under it (pure layout)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from handprint.draw.sketch import Drawing, Path
from handprint.layout.boxes import Box, Ctx
from handprint.layout.display import Art, Item, Picture, Run
from handprint.spec.model import Brand
from handprint.text import fonts
from handprint.text.textflow import wrap

QR_SIDE = 0.8 * 72  # smallest QR code phones read reliably from print: about 2 cm


@cache
def qr_drawing(url: str) -> Drawing:
    """The QR code as square paths, one per run of dark modules, with a 4-module quiet zone."""
    import segno  # imported here: only branded pages need it

    matrix = segno.make(url, error="m", micro=False).matrix
    n = len(matrix)
    paths = [Path((("M", 0, 0), ("L", n + 8, 0), ("L", n + 8, n + 8), ("L", 0, n + 8), ("Z",)),
                  "paper")]
    for r, row in enumerate(matrix):
        y = n + 4 - r - 1  # y up
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            x0, x1 = start + 4, c + 4
            paths.append(Path((("M", x0, y), ("L", x1, y), ("L", x1, y + 1), ("L", x0, y + 1),
                               ("Z",)), "ink"))
    return Drawing(n + 8.0, n + 8.0, 1.0, tuple(paths))


def band(brand: Brand, width: float, c: Ctx) -> Box:
    size = max(c.kind.footer * c.unit * 1.25, 7.0)
    family = c.style.body_font
    regular, bold = fonts.face(family), fonts.face(family, bold=True)
    side = max(QR_SIDE, size * 5)
    items: list[Item] = []
    x = 0.0
    if brand.logo:
        from PIL import Image

        with Image.open(brand.logo) as im:
            aspect = im.width / im.height
        h = side
        w = min(h * aspect, width / 4)
        h = w / aspect
        items.append(Picture(0, (side - h) / 2, w, h, brand.logo, f"{brand.clinic} logo",
                             "Div/0.Figure"))
        x = w + size * 1.5
    link = brand.link
    url_text = link.split("://", 1)[-1].rstrip("/") if link else ""
    url_size = max(size * 0.8, 6.0)
    right = side if link else 0.0
    if link:  # the address on one line under the code: smaller type, then a wider column
        fit = width / 3 / max(fonts.width(url_text, regular, 1.0), 1e-6)
        url_size = max(min(url_size, fit), 6.0)
        right = max(side, fonts.width(url_text, regular, url_size))
    text_w = width - x - right - size * 1.5
    lines = [(brand.clinic, bold, size * 1.2, True)]
    contact = [t for t in (brand.address, " · ".join(v for v in (brand.phone, brand.website)
                                                      if v)) if t]
    lines += [(t, regular, size, False) for t in contact]
    y = 0.0
    for text, _font, s, heavy in lines:
        for ln in wrap(text, family, s, text_w, bold=heavy):
            y += s * 1.25
            items += [Run(x + p.dx, y, p.text, p.font, s, c.style.ink, "Div/1.P")
                      for p in ln.pieces]
    height = max(y + size * 0.4, side + (url_size * 1.6 if link else 0))
    if link:
        qx = width - right + (right - side) / 2
        items.append(Art(qx, 0, side, side, qr_drawing(link),
                         (("ink", "#000000"), ("paper", "#FFFFFF")),
                         f"QR code that opens {link}", "Div/2.Figure"))
        uy = side + url_size * 1.2
        ux = width - right + (right - fonts.width(url_text, regular, url_size)) / 2
        for text, font in fonts.split(url_text, family):
            items.append(Run(ux, uy, text, font, url_size, c.style.ink, "Div/3.P"))
            ux += fonts.width(text, font, url_size)
        height = max(height, uy + url_size * 0.4)
    offset = (height - y - size * 0.4) / 2  # centre the words on the band
    items = [replace(i, y=i.y + offset) if i.tag == "Div/1.P" else i for i in items]
    return Box(height, tuple(items))
