"""Colour management for print: sRGB theme colours and images to CMYK through an ICC profile.

The CMYK profile (assets/icc/, built with ArgyllCMS from FOGRA39 data, zlib licence) is the
one the press file names as its OutputIntent, so what we convert to is what we declare.

Black and greys (r, g and b within NEUTRAL of each other) skip the transform and print on the
K plate alone, at the K that matches their lightness on the profile's K-only curve: the
transform would make #000000 a four-colour black (C88 M75 Y53 K98, 314% ink) that misregisters
on small text. Every other colour is held to MAX_INK total ink.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageCms
from reportlab.lib.colors import CMYKColor
from reportlab.lib.utils import ImageReader

from handprint import ASSETS

PROFILE = ASSETS / "icc" / "handprint-FOGRA39.icc"
CONDITION = "FOGRA39"  # OutputConditionIdentifier: offset, coated paper (ISO 12647-2)
INTENT = ImageCms.Intent.RELATIVE_COLORIMETRIC
NEUTRAL = 6  # r, g, b this close (0..255) is a grey: K only
MAX_INK = 2.9  # total ink (C+M+Y+K) at most 290%: print shops ask for 300% or less


@cache
def _transform() -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"), ImageCms.getOpenProfile(str(PROFILE)), "RGB", "CMYK",
        renderingIntent=INTENT, flags=ImageCms.Flags.BLACKPOINTCOMPENSATION)


@cache
def _k_curve() -> np.ndarray:
    """K (0..255) for each sRGB grey level (0..255): the K-only ink whose lightness on the
    profile matches the grey's, with black mapped to K 100% (black point compensation)."""
    ramp = Image.new("CMYK", (256, 1))
    ramp.putdata([(0, 0, 0, k) for k in range(256)])
    lab = ImageCms.applyTransform(ramp, _to_lab())
    k_light = np.array([_pixel(lab, k)[0] for k in range(256)], np.float64) / 2.55  # falls
    v = np.arange(256) / 255
    lin = np.where(v <= 0.04045, v / 12.92, ((v + 0.055) / 1.055) ** 2.4)
    grey_light = np.where(lin > 0.008856, 116 * np.cbrt(lin) - 16, 903.3 * lin)  # CIE L*
    target = k_light[-1] + (k_light[0] - k_light[-1]) * grey_light / 100
    k = np.interp(target, k_light[::-1], np.arange(256)[::-1].astype(float))
    return np.clip(np.round(k), 0, 255).astype(np.uint8)


def _limit(c: np.ndarray, m: np.ndarray, y: np.ndarray,
           k: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """C, M and Y scaled down (K kept) where the total is over MAX_INK (all 0..1)."""
    cmy = c + m + y
    room = np.maximum(MAX_INK - k, 0)
    scale = np.where(cmy + k > MAX_INK, room / np.maximum(cmy, 1e-9), 1.0)
    return c * scale, m * scale, y * scale


@lru_cache(maxsize=4096)
def cmyk(hex_color: str) -> tuple[float, float, float, float]:
    """'#RRGGBB' (sRGB) -> (c, m, y, k), each 0..1: greys on K alone, other colours through
    the press profile, at most MAX_INK in all."""
    r, g, b = (int(hex_color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    if max(r, g, b) - min(r, g, b) <= NEUTRAL:
        return 0.0, 0.0, 0.0, round(int(_k_curve()[round((r + g + b) / 3)]) / 255, 4)
    pixel = ImageCms.applyTransform(Image.new("RGB", (1, 1), (r, g, b)), _transform())
    c, m, y, k = (np.array(v / 255) for v in _pixel(pixel))
    c, m, y = _limit(c, m, y, k)
    ink = [round(float(v), 4) for v in (c, m, y, k)]
    return ink[0], ink[1], ink[2], ink[3]


def _pixel(im: Image.Image | None, x: int = 0) -> tuple[int, ...]:
    """The bands of pixel (x, 0) of a transformed (multi-band) image."""
    assert im is not None  # applyTransform returns None only when it works in place
    bands = im.getpixel((x, 0))
    assert isinstance(bands, tuple)  # one value per band: never a float for RGB, CMYK, LAB
    return bands


def press_color(hex_color: str) -> CMYKColor:
    """The colour hook pdf.render takes for press output."""
    return CMYKColor(*cmyk(hex_color))


def press_image(path: Path, paper: str = "#FFFFFF") -> ImageReader:
    """The image hook pdf.render takes for press output."""
    return ImageReader(to_cmyk(path, paper))


def to_cmyk(path: Path, paper: str = "#FFFFFF") -> Image.Image:
    """An image file as CMYK pixels. Transparency is flattened onto the paper colour, so the
    press file holds no soft masks; grey pixels go on K alone, and no pixel is over MAX_INK."""
    with Image.open(path) as im:
        if im.mode == "CMYK":
            return im.copy()
        rgba = im.convert("RGBA")
    flat = Image.new("RGBA", rgba.size, paper)
    flat.alpha_composite(rgba)
    rgb = flat.convert("RGB")
    result = ImageCms.applyTransform(rgb, _transform())
    assert result is not None
    return _press_pixels(np.asarray(rgb).astype(int), np.asarray(result) / 255)


def _press_pixels(rgb: np.ndarray, ink: np.ndarray) -> Image.Image:
    """Transformed pixels (0..1) with greys moved to K alone and total ink limited."""
    c, m, y, k = (ink[..., i] for i in range(4))
    c, m, y = _limit(c, m, y, k)
    grey = rgb.max(axis=-1) - rgb.min(axis=-1) <= NEUTRAL
    level = _k_curve()[rgb.sum(axis=-1) // 3] / 255
    out = np.stack([np.where(grey, 0, c), np.where(grey, 0, m), np.where(grey, 0, y),
                    np.where(grey, level, k)], axis=-1)
    return Image.fromarray(np.round(out * 255).astype(np.uint8), "CMYK")


def profile_bytes() -> bytes:
    return PROFILE.read_bytes()


@cache
def _to_lab() -> ImageCms.ImageCmsTransform:
    return ImageCms.buildTransform(
        ImageCms.getOpenProfile(str(PROFILE)), ImageCms.createProfile("LAB"), "CMYK", "LAB",
        renderingIntent=INTENT)


@lru_cache(maxsize=4096)
def looks(ink: tuple[float, float, float, float]) -> tuple[float, float]:
    """A CMYK colour (0..1) on the press profile: its lightness L* (0..100) and chroma."""
    pixel = tuple(round(min(max(v, 0.0), 1.0) * 255) for v in ink)
    lab = ImageCms.applyTransform(Image.new("CMYK", (1, 1), pixel), _to_lab())
    light, a, b = _pixel(lab)
    return light / 2.55, float(np.hypot(a - 128, b - 128))
