"""`- image: photo.jpg`: a PNG or JPEG from the spec's folder, placed as it is (never
resampled); `alt` is required, `caption` optional."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handprint.blocks.common import ALT, CAPTION, TEXT, WIDTH, alt, caption, width
from handprint.blocks.illustration import captioned
from handprint.layout.boxes import Box, Ctx, art_size
from handprint.layout.display import Picture
from handprint.spec.images import check_image
from handprint.spec.model import Block
from handprint.spec.registry import BlockType, Key


@dataclass(frozen=True)
class Image(Block):
    path: Path
    alt: str
    width: float = 1.0
    caption: str = ""


def read(r, f: dict, line: int, folder, depth: int) -> Image | None:
    node = f["image"]
    text = alt(r, f, node, "image")
    share = width(r, f)
    rel = r.text(node, "image")
    path = check_image(r, node, folder, rel) if rel is not None else None
    words = caption(r, f)
    if text is None or share is None or path is None:
        return None
    return Image(line, path, text, share, words)


def place(b: Image, width: float, c: Ctx) -> Box:
    from PIL import Image as PILImage

    with PILImage.open(b.path) as im:
        aspect = im.width / im.height
    w, h = art_size(aspect, width * b.width, c)
    box = Box(h, (Picture((width - w) / 2, 0, w, h, b.path, b.alt, "Figure"),))
    return captioned(box, b.caption, width, c)


TYPE = BlockType(
    "image", "a photo or picture (PNG or JPEG) from the spec's folder", Image, read, place,
    (Key("image", "the file, beside the spec (or below it)", TEXT), ALT, WIDTH, CAPTION),
    example="- image: our-room.jpg\n  alt: The clinic's waiting room.",
    texts=lambda b: [b.caption] if b.caption else [], pure=lambda b: False)
