"""Colour management for print: sRGB theme colours and images to CMYK through an ICC profile.

The CMYK profile (assets/icc/, built with ArgyllCMS from FOGRA39 data, zlib licence) is the
one the press file names as its OutputIntent, so what we convert to is what we declare.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor
from reportlab.lib.utils import ImageReader

from handprint import ASSETS

PROFILE = ASSETS / "icc" / "handprint-FOGRA39.icc"
CONDITION = "FOGRA39"  # OutputConditionIdentifier: offset, coated paper (ISO 12647-2)
INTENT = ImageCms.Intent.RELATIVE_COLORIMETRIC


@cache
def _transform() -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"), ImageCms.getOpenProfile(str(PROFILE)), "RGB", "CMYK",
        renderingIntent=INTENT, flags=ImageCms.Flags.BLACKPOINTCOMPENSATION)


@lru_cache(maxsize=4096)
def cmyk(hex_color: str) -> tuple[float, float, float, float]:
    """'#RRGGBB' (sRGB) -> (c, m, y, k), each 0..1, through the press profile."""
    rgb = tuple(int(hex_color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    pixel = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), _transform())
    return tuple(round(v / 255, 4) for v in pixel.getpixel((0, 0)))  # type: ignore[return-value]


def press_color(hex_color: str) -> CMYKColor:
    """The colour hook pdf.render takes for press output."""
    return CMYKColor(*cmyk(hex_color))


def press_image(path: Path, paper: str = "#FFFFFF") -> ImageReader:
    """The image hook pdf.render takes for press output."""
    return ImageReader(to_cmyk(path, paper))


def to_cmyk(path: Path, paper: str = "#FFFFFF") -> Image.Image:
    """An image file as CMYK pixels. Transparency is flattened onto the paper colour, so the
    press file holds no soft masks."""
    with Image.open(path) as im:
        if im.mode == "CMYK":
            return im.copy()
        im = im.convert("RGBA")
    flat = Image.new("RGBA", im.size, paper)
    flat.alpha_composite(im)
    result = ImageCms.applyTransform(flat.convert("RGB"), _transform())
    assert result is not None
    return result


def profile_bytes() -> bytes:
    return PROFILE.read_bytes()
