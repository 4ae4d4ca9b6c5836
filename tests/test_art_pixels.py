"""The drawings as printed: filled without pinholes where strokes cross or loop (the notes'
bar: no paper region smaller than w x w enclosed by ink)."""

from collections import deque

import pypdfium2 as pdfium
import pytest

from handprint.draw import illustrations
from handprint.layout.display import Art, Document, Page
from handprint.pdf import render as pdf
from tests.conftest import save_failure

PX_PER_UNIT = 1.0  # the wide drawings are 1000 units: 1000 px, strokes about 14 px


def render(name: str, seed: int):
    d = illustrations.draw(name, seed=seed)
    w, h = d.width * PX_PER_UNIT, d.height * PX_PER_UNIT
    colors = (("ink", "#000000"), ("accent", "#000000"), ("paper", "#FFFFFF"),
              ("tint", "#FFFFFF"))  # washes are paper-light: pinholes are about the ink
    doc = Document(w + 20, h + 20, 0, False, "#FFFFFF", name, "en", "t", "t",
                   (Page((Art(10, 10, w, h, d, colors, "x", "Figure"),)),))
    page = pdfium.PdfDocument(pdf.render(doc))[0]
    return page.render(scale=1).to_pil().convert("L"), d.w * PX_PER_UNIT


def enclosed_regions(image) -> list[int]:
    """Sizes of the paper regions that do not reach the image's edge."""
    width, height = image.size
    ink = image.point(lambda v: 255 if v < 128 else 0).tobytes()
    seen = bytearray(width * height)
    sizes = []
    for start in range(width * height):
        if ink[start] or seen[start]:
            continue
        queue, size, edge = deque([start]), 0, False
        seen[start] = 1
        while queue:
            i = queue.popleft()
            size += 1
            x, y = i % width, i // width
            edge |= x in (0, width - 1) or y in (0, height - 1)
            for j in (i - 1 if x else -1, i + 1 if x < width - 1 else -1,
                      i - width, i + width):
                if 0 <= j < width * height and not ink[j] and not seen[j]:
                    seen[j] = 1
                    queue.append(j)
        if not edge:
            sizes.append(size)
    return sizes


@pytest.mark.parametrize("seed", range(1, 9))
@pytest.mark.parametrize("name", [n for n in illustrations.NAMES  # each drawing once
                                  if illustrations.module(n).NAME == n])
def test_no_pinholes(name, seed):
    image, w = render(name, seed)
    holes = [s for s in enclosed_regions(image) if s < w * w]
    if holes:
        raise AssertionError(f"{name} seed {seed}: pinholes of {holes} px "
                             f"(w = {w:.0f} px): see {save_failure(image, f'{name}-{seed}')}")
