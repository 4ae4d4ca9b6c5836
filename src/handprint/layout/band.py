"""The clinic's brand band at the foot of a page: logo, name and contact, and a QR code to
the website or booking page with its address printed under it (pure layout)."""

from __future__ import annotations

from functools import cache

from handprint.draw.sketch import Drawing, Path
from handprint.layout.boxes import Box, Ctx
from handprint.layout.display import Art, Item, Picture, Run, edit
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


def band(brand: Brand, width: float, c: Ctx, legible: float = 0.0) -> Box:
    """The band; `legible` (posters) is the least type size read from the viewing distance:
    the band is then set at that size, with the name, the phone and the code's web address
    (the postal address and the website, when booking differs, are for handouts), and a code
    a hand's width across."""
    size = max(c.kind.footer * c.unit * 1.25, 7.0, legible)
    family = c.style.body_font
    regular, bold = fonts.face(family), fonts.face(family, bold=True)
    side = max(QR_SIDE, size * (2.6 if legible else 5))
    items: list[Item] = []
    x = 0.0
    link = brand.link
    url_text = link.split("://", 1)[-1].rstrip("/") if link else ""
    url_size = max(size * 0.8, 6.0, legible)
    right = side if link else 0.0
    under = bool(link) and not legible  # a poster's web address is in its contact line
    if under:  # the address on one line under the code: smaller type, then a wider column
        fit = width / 3 / max(fonts.width(url_text, regular, 1.0), 1e-6)
        url_size = max(min(url_size, fit), 6.0, legible)
        right = max(side, fonts.width(url_text, regular, url_size))
    lines = [(brand.clinic, bold, size * (1.0 if legible else 1.2), True)]
    web = url_text if legible else brand.website  # a poster prints the code's own address
    reach = " · ".join(v for v in (brand.phone, web) if v)
    contact = [t for t in ((None if legible else brand.address), reach) if t]
    lines += [(t, regular, size, False) for t in contact]
    if brand.logo:  # as tall as the code, narrower where the words need the room
        from PIL import Image

        with Image.open(brand.logo) as im:
            aspect = im.width / im.height
        need = max(fonts.width(word, font, s) for text, font, s, _ in lines
                   for word in text.split())
        w = min(side * aspect, width / 4, max(width - right - size * 3 - need, side * 0.4))
        h = w / aspect
        items.append(Picture(0, (side - h) / 2, w, h, brand.logo, f"{brand.clinic} logo",
                             "Div/0.Figure"))
        x = w + size * 1.5
    text_w = width - x - right - size * 1.5
    y = 0.0
    for text, _font, s, heavy in lines:
        for ln in wrap(text, family, s, text_w, bold=heavy):
            y += s * 1.25
            items += [Run(x + p.dx, y, p.text, p.font, s, c.style.ink, "Div/1.P")
                      for p in ln.pieces]
    height = max(y + size * 0.4, side + (url_size * 1.6 if under else 0))
    if link:
        qx = width - right + (right - side) / 2
        items.append(Art(qx, 0, side, side, qr_drawing(link),
                         (("ink", "#000000"), ("paper", "#FFFFFF")),
                         f"QR code that opens {link}", "Div/2.Figure"))
    if under:
        uy = side + url_size * 1.2
        ux = width - right + (right - fonts.width(url_text, regular, url_size)) / 2
        for text, font in fonts.split(url_text, family):
            items.append(Run(ux, uy, text, font, url_size, c.style.ink, "Div/3.P"))
            ux += fonts.width(text, font, url_size)
        height = max(height, uy + url_size * 0.4)
    offset = (height - y - size * 0.4) / 2  # centre the words on the band
    items = [edit(i, y=i.y + offset) if i.tag == "Div/1.P" else i for i in items]
    return Box(height, tuple(items))
