"""Golden pictures: the first page of every shipped handout, small and grey, kept in this folder
(tests/golden/es/good-conflict.png for handouts/es/good-conflict.yaml).

    python -m tests.golden --update                  # every handout
    python -m tests.golden --update es/good-conflict # only those named

A rebuild matches its golden when, both pictures softened by a 3x3 mean, at most MAX_PIXELS
pixels differ by more than TOLERANCE from every pixel within 1 px of the same place in the
other. Measured on the shipped handouts: the page drawn at 4x and shrunk, or shifted half a
pixel, leaves 0 such pixels; one line of text moved by 10 pt (4 px at 30 dpi) leaves 186 or
more (tests/test_golden.py keeps both sides of that).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter

ROOT = Path(__file__).resolve().parents[2]
HANDOUTS = ROOT / "handouts"
GOLDEN = Path(__file__).resolve().parent
FAILURES = ROOT / "tests" / "failures" / "golden"
DPI = 30
TOLERANCE = 40  # grey levels (of 255) past the nearest match within 1 px
MAX_PIXELS = 20  # this many such pixels are still noise; more is a change a person would see
HINT = "python -m tests.golden --update"


def names() -> list[str]:
    """Every shipped handout, as its path under handouts/ without .yaml."""
    return sorted(p.relative_to(HANDOUTS).with_suffix("").as_posix()
                  for p in HANDOUTS.rglob("*.yaml")
                  if p.name != "brand.yaml" and not p.name.endswith(".vars.yaml"))


def golden_path(name: str) -> Path:
    return GOLDEN / f"{name}.png"


def page_image(pdf: bytes, dpi: int = DPI) -> Image.Image:
    """The first page inside its trim box, in grey, as the preview command shows it."""
    from handprint.tools import preview

    doc = pdfium.PdfDocument(pdf)
    try:
        return preview._render(doc[0], dpi / 72).convert("L")
    finally:
        doc.close()


def render(name: str) -> Image.Image:
    """Build handouts/NAME.yaml the one way through and picture its first page."""
    from handprint import pipeline

    built = pipeline.build(HANDOUTS / f"{name}.yaml")
    assert built.pdf is not None
    return page_image(built.pdf)


@dataclass(frozen=True)
class Comparison:
    bad: int  # pixels past TOLERANCE
    diff: Image.Image  # the actual page, faded, with those pixels in red

    @property
    def same(self) -> bool:
        return self.bad <= MAX_PIXELS


def compare(expected: Image.Image, actual: Image.Image) -> Comparison:
    """How far two grey pages differ, allowing each pixel to match anything within 1 px;
    pages of different sizes differ everywhere."""
    if expected.size != actual.size:
        canvas = Image.new("RGB", actual.size, "red")
        return Comparison(actual.width * actual.height, canvas)
    soft_e, soft_a = (im.filter(ImageFilter.BoxBlur(1)) for im in (expected, actual))
    off = ImageChops.lighter(_off(soft_e, soft_a), _off(soft_a, soft_e))
    mask = off.point(lambda v: 255 if v > TOLERANCE else 0)
    bad = mask.histogram()[255]
    faded = Image.blend(actual.convert("RGB"), Image.new("RGB", actual.size, "white"), 0.6)
    faded.paste((220, 0, 0), mask=mask)
    return Comparison(bad, faded)


def _off(a: Image.Image, b: Image.Image) -> Image.Image:
    """How far each pixel of a lies outside the range of b's pixels within 1 px of it."""
    low, high = b.filter(ImageFilter.MinFilter(3)), b.filter(ImageFilter.MaxFilter(3))
    return ImageChops.lighter(ImageChops.subtract(a, high), ImageChops.subtract(low, a))


def save_failure(name: str, actual: Image.Image, diff: Image.Image) -> list[Path]:
    """Keep the actual page and the picture of the difference for a person to look at."""
    out = [FAILURES / f"{name}-actual.png", FAILURES / f"{name}-diff.png"]
    out[0].parent.mkdir(parents=True, exist_ok=True)
    actual.save(out[0], optimize=True)
    diff.save(out[1], optimize=True)
    return out


def update(wanted: list[str]) -> list[Path]:
    """Write the goldens of the names given (all handouts when none); returns what it wrote."""
    known = names()
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise SystemExit(f"no handout named {', '.join(unknown)} (known: {', '.join(known)})")
    written = []
    for name in wanted or known:
        path = golden_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        render(name).save(path, optimize=True)
        written.append(path)
    return written
