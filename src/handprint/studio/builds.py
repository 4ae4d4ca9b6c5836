"""Builds for the studio, all through handprint.pipeline.build: page previews, problems in
the command line's words (each tied to the block it belongs to), thumbnails, downloads."""

from __future__ import annotations

import base64
import io
import sys
import tempfile
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageOps

from handprint import pipeline
from handprint.errors import SpecError, printable
from handprint.layout import legibility
from handprint.spec.library import BRAND_FILE
from handprint.spec.pages import describe

from . import yamldoc

PREVIEW_WIDTH = 620  # pixels, for the longest page side
THUMB = 180
MAX_PREVIEW_PAGES = 12
# ReportLab and PDFium keep global state and are not thread-safe (PDFium crashes when two
# threads use it at once): every build and every page rendering holds this lock.
_lock = threading.RLock()


@dataclass
class Result:
    pages: list[bytes]  # PNGs
    problems: list[dict]
    ok: bool  # built (warnings allowed)
    count: int = 0  # pages in the PDF
    kind: str = ""
    size: str = ""


def brand_file(folder: Path, path: Path) -> Path | None:
    """The brand kit inside FOLDER for this spec: beside it, else at the top of FOLDER."""
    for where in (path.parent, folder):
        if (where / BRAND_FILE).is_file() and where.resolve().is_relative_to(folder.resolve()):
            return where / BRAND_FILE
    return None


def build(folder: Path, path: Path, text: str, *, use_brand: bool = True,
          **options) -> pipeline.Built:
    kit = brand_file(folder, path) if use_brand else None
    with _lock:
        return pipeline.build(path, text=text, brand=kit, **options)


def check(folder: Path, path: Path, text: str, width: int = PREVIEW_WIDTH,
          most: int = MAX_PREVIEW_PAGES, use_brand: bool = True) -> Result:
    """Build and render pages; problems carry line, message, their CLI wording, and anchor
    (the block or top-level key they belong to)."""
    shown = _shown(folder, path)
    try:
        built = build(folder, path, text, use_brand=use_brand)
    except SpecError as e:
        problems = [_problem(shown, p.line, p.message, "error") for p in e.problems]
        return Result([], _anchored(text, problems), False)
    except Exception:
        traceback.print_exc(limit=-3, file=sys.stderr)
        message = "internal error in handprint (a bug, not a problem in your spec)"
        return Result([], [_problem(shown, 0, message, "error")], False)
    problems = [_problem(shown, 0, w, "warning") for w in built.warnings]
    for f in legibility.findings(built.spec, built.doc):
        problems.append(_problem(shown, f.line, f.message, "warning"))
    assert built.pdf is not None
    pages, count = pngs(built.pdf, width, most)
    kind = built.spec.kind
    size = describe((built.doc.width, built.doc.height))
    return Result(pages, _anchored(text, problems), True, count, kind, size)


def _shown(folder: Path, path: Path) -> str:
    try:
        return str(Path(folder.name) / path.relative_to(folder))
    except ValueError:
        return path.name


def _problem(shown: str, line: int, message: str, level: str) -> dict:
    where = f"{shown}:{line}" if line else shown
    word = "warning: " if level == "warning" else ""
    return {"line": line, "message": printable(message), "level": level,
            "text": printable(f"{where}: {word}{message}"), "anchor": "top"}


def _anchored(text: str, problems: list[dict]) -> list[dict]:
    try:
        marks = yamldoc.block_lines(yamldoc.load(text))
    except yamldoc.YamlProblem:
        return problems
    for p in problems:
        if p["line"]:
            p["anchor"] = yamldoc.owner(marks, p["line"])
    return problems


def pngs(pdf: bytes, width: int, most: int) -> tuple[list[bytes], int]:
    with _lock:
        return _pngs(pdf, width, most)


def _pngs(pdf: bytes, width: int, most: int) -> tuple[list[bytes], int]:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for n in range(min(len(doc), most)):
            page = doc[n]
            w, h = page.get_size()
            image = page.render(scale=width / max(w, h)).to_pil().convert("RGB")
            out.append(_png(image))
        return out, len(doc)
    finally:
        doc.close()


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", optimize=False, compress_level=3)
    return buf.getvalue()


def data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode()


_drawings: dict[tuple[str, int], bytes] = {}
# Drawing thumbnails are built as if from here: two empty folders, so no brand kit is found.
_SCRATCH = Path(tempfile.mkdtemp(prefix="handprint-studio-")) / "drawings"


def drawing(name: str, seed: int, folder: Path) -> bytes:
    """A thumbnail of one drawing: a tiny spec holding it, built, trimmed to the ink."""
    key = (name, seed)
    if key not in _drawings:
        text = (f"title: {name}\nkind: poster\nsize: 4x2in\nblocks:\n"
                f"  - illustration: {name}\n    alt: {name}\n    seed: {seed}\n")
        built = build(folder, _SCRATCH / "drawing.yaml", text, use_brand=False)
        assert built.pdf is not None
        with _lock:
            doc = pdfium.PdfDocument(built.pdf)
            try:
                image = doc[0].render(scale=2).to_pil().convert("RGB")
            finally:
                doc.close()
        box = ImageOps.invert(image.convert("L")).getbbox()
        if box:
            image = ImageOps.expand(image.crop(box), border=6, fill="white")
        image.thumbnail((THUMB, THUMB))
        _drawings[key] = _png(image)
    return _drawings[key]
