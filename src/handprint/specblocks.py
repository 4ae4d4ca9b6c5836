"""The blocks of a spec: one reader per block type, all problems collected."""

from __future__ import annotations

from pathlib import Path

import yaml

from . import illustrations, spec, specforms
from .errors import shown
from .yamlnodes import Reader, expected, suggest

ASSETS = Path(__file__).resolve().parents[2] / "assets"
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_BYTES = 30_000_000
COMMON: list[str] = ["id"]  # a name for --set: blocks.NAME.text=...
KEYS: dict[str, list[str]] = {
    "heading": ["level", "align"],
    "text": ["align", "lettered"],
    "list": ["numbered"],
    "quote": ["by"],
    "banner": [],
    "illustration": ["alt", "seed", "ink", "weight", "width"],
    "image": ["alt", "width"],
    "row": ["widths"],
    "spacer": [],
    "footer": [],
}
TYPES = list(KEYS)


def read_blocks(r: Reader, node: yaml.Node, folder: Path, depth: int = 2) -> tuple | None:
    children = r.items(node, "blocks", depth)
    if len(children) > spec.MAX_BLOCKS:
        r.problem(node, f"{len(children)} blocks; a spec may have at most {spec.MAX_BLOCKS}")
        return None
    if not children and isinstance(node, yaml.SequenceNode):
        r.problem(node, "blocks is empty: add at least one block")
    blocks = [read_block(r, child, folder, depth + 1) for child in children]
    return tuple(b for b in blocks if b is not None)


def read_block(r: Reader, node: yaml.Node, folder: Path, depth: int) -> spec.Block | None:
    if not isinstance(node, yaml.MappingNode):
        r.problem(node, f"a block must start with its type, like '- text: ...' "
                        f"(one of {expected(TYPES)})")
        return None
    keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
    kinds = [k for k in keys if k in KEYS]
    if len(kinds) != 1:
        if kinds:
            r.problem(node, f"a block has one type; this one has {expected(kinds)}")
        else:
            guess = suggest(keys[0], TYPES) if keys else ""
            r.problem(node, f"block has no type{guess}: start it with one of {expected(TYPES)}")
        return None
    kind = kinds[0]
    extra = list(illustrations.OPTIONS.get(_name(node), {})) if kind == "illustration" else []
    allowed = [kind, *KEYS[kind], *COMMON, *extra]
    fields = dict(r.mapping(node, f"this {kind} block", allowed, depth))
    if kind not in fields:
        return None
    return READERS[kind](r, fields, node.start_mark.line + 1, folder, depth)


def _name(node: yaml.MappingNode) -> str:
    for k, v in node.value:
        if getattr(k, "value", None) == "illustration" and isinstance(v, yaml.ScalarNode):
            return str(v.value)
    return ""


def _align(r: Reader, f: dict) -> str | None:
    return spec.choice(r, f["align"], "align", spec.ALIGNS) if "align" in f else None


def heading(r: Reader, f: dict, line: int, folder: Path, depth: int):
    text = spec.block_text(r, f["heading"], "heading")
    level = spec.number(r, f["level"], "level", 1, 3, whole=True) if "level" in f else 1
    align = _align(r, f)
    if text is None or level is None:
        return None
    return spec.Heading(line, text, int(level), align)


def text(r: Reader, f: dict, line: int, folder: Path, depth: int):
    value = spec.block_text(r, f["text"], "text")
    lettered = spec.flag(r, f["lettered"], "lettered") if "lettered" in f else False
    align = _align(r, f)
    return None if value is None else spec.Text(line, value, align, bool(lettered))


def list_block(r: Reader, f: dict, line: int, folder: Path, depth: int):
    items = [spec.block_text(r, n, "a list item") for n in r.items(f["list"], "list", depth)]
    numbered = spec.flag(r, f["numbered"], "numbered") if "numbered" in f else False
    if not items and isinstance(f["list"], yaml.SequenceNode):
        r.problem(f["list"], "list is empty")
    if any(i is None for i in items) or not items:
        return None
    return spec.ListBlock(line, tuple(items), bool(numbered))  # type: ignore[arg-type]


def quote(r: Reader, f: dict, line: int, folder: Path, depth: int):
    value = spec.block_text(r, f["quote"], "quote")
    by = spec.block_text(r, f["by"], "by") if "by" in f else None
    return None if value is None else spec.Quote(line, value, by)


def simple(cls, key: str):
    def read(r: Reader, f: dict, line: int, folder: Path, depth: int):
        value = spec.block_text(r, f[key], key)
        return None if value is None else cls(line, value)
    return read


def _width(r: Reader, f: dict) -> float | None:
    return spec.number(r, f["width"], "width", 0.1, 1.0) if "width" in f else 1.0


def _alt(r: Reader, f: dict, node: yaml.Node, kind: str) -> str | None:
    if "alt" not in f:
        r.problem(node, f"this {kind} needs 'alt': a sentence saying what it shows, "
                        "for people who use screen readers")
        return None
    return spec.block_text(r, f["alt"], "alt")


def illustration(r: Reader, f: dict, line: int, folder: Path, depth: int):
    node = f["illustration"]
    name = r.text(node, "illustration")
    if name is not None and name not in illustrations.NAMES:
        names = list(illustrations.NAMES)
        r.problem(node, f"unknown illustration '{name}'{suggest(name, names)}: "
                        f"choose {expected(names)}")
        name = None
    alt = _alt(r, f, node, "illustration")
    seed = spec.number(r, f["seed"], "seed", 0, 10**9, whole=True) if "seed" in f else 1
    ink = spec.color(r, f["ink"], "ink") if "ink" in f else None
    weight = spec.number(r, f["weight"], "weight", 0.5, 3.0) if "weight" in f else 1.0
    width = _width(r, f)
    options = []
    for key in illustrations.OPTIONS.get(name or "", {}):
        if key in f:
            value = r.plain(f[key])
            message = illustrations.check_option(name, key, value)  # type: ignore[arg-type]
            if message:
                r.problem(f[key], message)
            else:
                options.append((key, illustrations.frozen(value)))
    if None in (name, alt, seed, weight, width):
        return None
    return spec.Illustration(line, name, alt, int(seed), ink, weight, width, tuple(options))


def image(r: Reader, f: dict, line: int, folder: Path, depth: int):
    node = f["image"]
    alt = _alt(r, f, node, "image")
    width = _width(r, f)
    rel = r.text(node, "image")
    path = check_image(r, node, folder, rel) if rel is not None else None
    if None in (alt, width, path):
        return None
    return spec.Image(line, path, alt, width)


def check_image(r: Reader, node: yaml.Node, folder: Path, rel: str) -> Path | None:
    """The image's real path (symlinks followed), if it is a PNG or JPEG within the limits
    in the spec's folder tree or assets/; else None with a problem."""
    from PIL import Image as PILImage

    name = shown(rel)
    try:
        path = (folder / rel).resolve()
        inside = any(path.is_relative_to(p.resolve()) for p in (folder, ASSETS))
        if inside and not path.is_file():
            r.problem(node, f"image '{name}' not found")
            return None
        size = path.stat().st_size if inside else 0
    except (OSError, ValueError):  # a NUL byte, a name too long for the file system
        r.problem(node, f"image '{name}' is not a file name this computer can use")
        return None
    if not inside:
        r.problem(node, f"image '{name}' is outside the spec's folder: a spec may use only "
                        "images in its own folder (or below it) and in assets/")
        return None
    if size > MAX_IMAGE_BYTES:
        r.problem(node, f"image '{name}' is {size / 1e6:.0f} MB; an image may be at most "
                        f"{MAX_IMAGE_BYTES // 1_000_000} MB")
        return None
    try:
        with PILImage.open(path, formats=["PNG", "JPEG"]) as im:
            if im.width * im.height > MAX_IMAGE_PIXELS:
                r.problem(node, f"image '{name}' is {im.width}x{im.height} pixels; an image "
                                f"may have at most {MAX_IMAGE_PIXELS // 1_000_000} million")
                return None
            im.verify()
    except PILImage.DecompressionBombError:
        r.problem(node, f"image '{name}' has far more than {MAX_IMAGE_PIXELS // 1_000_000} "
                        "million pixels")
        return None
    except Exception:  # Pillow raises many kinds for a broken or unknown file
        kind = _format(path)
        r.problem(node, f"image '{name}' is {kind}; use a PNG or JPEG" if kind else
                        f"image '{name}' is not a readable PNG or JPEG")
        return None
    return path


def _format(path: Path) -> str | None:
    """The format of an image handprint does not take (GIF, WebP...), if Pillow knows it."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(path) as im:
            return None if im.format in ("PNG", "JPEG") else im.format
    except Exception:
        return None


def row(r: Reader, f: dict, line: int, folder: Path, depth: int):
    children = r.items(f["row"], "row", depth)
    if not 2 <= len(children) <= 4:
        r.problem(f["row"], "a row holds 2 to 4 blocks side by side")
        return None
    blocks = [read_block(r, c, folder, depth + 1) for c in children]
    for b in blocks:
        if isinstance(b, spec.Row | spec.Banner | spec.Footer | spec.PageBreak):
            r.problem(f["row"], "a row cannot hold a row, banner, footer or page_break")
            return None
    widths: list[float | None] = [1.0] * len(children)
    if "widths" in f:
        nodes = r.items(f["widths"], "widths", depth)
        widths = [spec.number(r, n, "each of widths", 0.2, 5) for n in nodes]
        if len(nodes) != len(children):
            r.problem(f["widths"], f"widths has {len(nodes)} numbers for {len(children)} blocks")
            return None
    if any(b is None for b in blocks) or None in widths:
        return None
    return spec.Row(line, tuple(blocks), tuple(widths))  # type: ignore[arg-type]


def spacer(r: Reader, f: dict, line: int, folder: Path, depth: int):
    size = spec.number(r, f["spacer"], "spacer", 0, 20)
    return None if size is None else spec.Spacer(line, size)


READERS = {
    "heading": heading,
    "text": text,
    "list": list_block,
    "quote": quote,
    "banner": simple(spec.Banner, "banner"),
    "illustration": illustration,
    "image": image,
    "row": row,
    "spacer": spacer,
    "footer": simple(spec.Footer, "footer"),
}
KEYS.update(specforms.KEYS)
READERS.update(specforms.READERS)
TYPES[:] = list(KEYS)
