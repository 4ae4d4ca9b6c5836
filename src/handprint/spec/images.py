"""Images a spec or a brand kit uses: checked once, where they are named."""

from __future__ import annotations

import math
from pathlib import Path

import yaml

from handprint import ASSETS
from handprint.errors import shown
from handprint.spec import library
from handprint.spec.yamlnodes import Reader

MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_BYTES = 30_000_000


def check_image(r: Reader, node: yaml.Node, folder: Path, rel: str) -> Path | None:
    """The image's real path (symlinks followed), if it is a PNG or JPEG within the limits
    in the spec's library folder (handouts/, or the folder of its brand kit: so a translation
    in handouts/es/ may use ../photo.jpg) or assets/; else None with a problem."""
    from PIL import Image as PILImage

    name = shown(rel)
    try:
        top = library.root(folder)
        path = (folder / rel).resolve()
        inside = any(path.is_relative_to(p.resolve()) for p in (top, ASSETS))
        if inside and not path.is_file():
            r.problem(node, f"image '{name}' not found")
            return None
        size = path.stat().st_size if inside else 0
    except (OSError, ValueError):  # a NUL byte, a name too long for the file system
        r.problem(node, f"image '{name}' is not a file name this computer can use")
        return None
    if not inside:
        r.problem(node, f"image '{name}' is outside the spec's folder ({shown(top.name)}/, "
                        "the folder that holds the specs): a spec may use only images in it "
                        "(or below it) and in assets/")
        return None
    if size > MAX_IMAGE_BYTES:
        r.problem(node, f"image '{name}' is {size / 1e6:.0f} MB; an image may be at most "
                        f"{MAX_IMAGE_BYTES // 1_000_000} MB: save it as a JPEG (in Paint: "
                        f"Save as, JPEG picture), or `convert {_arg(path)} -quality 85 "
                        "smaller.jpg`")
        return None
    try:
        with PILImage.open(path, formats=["PNG", "JPEG"]) as im:
            if im.width * im.height > MAX_IMAGE_PIXELS:
                r.problem(node, f"image '{name}' is {im.width}x{im.height} pixels; an image "
                                f"may have at most {MAX_IMAGE_PIXELS // 1_000_000} million: "
                                + resize_hint(path, im.width, im.height))
                return None
            im.verify()
    except PILImage.DecompressionBombError:
        side = math.isqrt(MAX_IMAGE_PIXELS)
        r.problem(node, f"image '{name}' has far more than {MAX_IMAGE_PIXELS // 1_000_000} "
                        "million pixels: " + resize_hint(path, side, side, fit=False))
        return None
    except Exception:  # Pillow raises many kinds for a broken or unknown file
        kind = _format(path)
        r.problem(node, f"image '{name}' is {kind}; use a PNG or JPEG" if kind else
                        f"image '{name}' is not a readable PNG or JPEG")
        return None
    return path


def largest(width: int, height: int) -> tuple[int, int]:
    """The largest size of this shape that is accepted."""
    scale = math.sqrt(MAX_IMAGE_PIXELS / (width * height))
    w, h = max(1, math.floor(width * scale)), max(1, math.floor(height * scale))
    return w, min(h, MAX_IMAGE_PIXELS // w)


def resize_hint(path: Path, width: int, height: int, fit: bool = True) -> str:
    """How to make a smaller copy: the size to ask for, in Paint and with ImageMagick."""
    w, h = largest(width, height) if fit else (width, height)
    return (f"resize it to at most {w}x{h} pixels, e.g. in Paint: Resize, or `convert "
            f"{_arg(path)} -resize {w}x{h} smaller{path.suffix.lower()}`")


def _arg(path: Path) -> str:
    """The file's name as a shell argument."""
    import shlex

    return shlex.quote(path.name)


def _format(path: Path) -> str | None:
    """The format of an image handprint does not take (GIF, WebP...), if Pillow knows it."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(path) as im:
            return None if im.format in ("PNG", "JPEG") else im.format
    except Exception:
        return None
