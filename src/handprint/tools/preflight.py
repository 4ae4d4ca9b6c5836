"""Preflight: what print shops reject, found in any PDF.

Page boxes and bleed from the page dictionaries; colour, total ink, black text, fonts, image
resolution and line widths by walking the content streams with pikepdf (forms and annotation
appearances too, with the current transformation matrix); text near the trim from pypdfium2's
character boxes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pikepdf
from pikepdf import Name

from handprint.pdf import color
from handprint.spec.units import PER_UNIT

MIN_BLEED = 3 * PER_UNIT["mm"]
SAFE = 3 * PER_UNIT["mm"]  # keep text this far inside the trim
MIN_PPI = 300.0
MIN_LINE = 0.25  # points
EPS = 1e-3
TAC = 3.0  # total ink (C+M+Y+K) limit, 300%: what most print shops ask for
NEUTRAL_CHROMA = 6.0  # a CMYK colour this close to grey on the press profile looks black/grey

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
RGB_SPACES = {"/DeviceRGB", "/RGB", "/CalRGB"}
STROKES = {"S", "s", "b", "B", "b*", "B*"}
SHOW_TEXT = {"Tj", "TJ", "'", '"'}
Ink = tuple[float, float, float, float]


@dataclass(frozen=True)
class Finding:
    page: int  # 1-based; 0 for the whole file
    check: str  # short name: boxes, bleed, rgb, ink, black, font, ppi, trim, hairline
    message: str

    def __str__(self) -> str:
        return f"page {self.page}: {self.message}" if self.page else self.message


def tac_arg(text: str) -> float:
    """`--tac 300%` (or 300) -> 3.0, for the command line."""
    import argparse

    try:
        value = float(text.strip().removesuffix("%"))
    except ValueError:
        value = -1.0
    if not 100 <= value <= 400:
        raise argparse.ArgumentTypeError(f"'{text}' is not a total ink limit: give a "
                                         "percentage from 100% to 400%, like 300%")
    return value / 100


def check_file(path: Path, tac: float = TAC) -> list[Finding]:
    """Every finding in one PDF, grouped: one line per page and kind of problem. `tac` is the
    total ink limit (3.0 is 300%)."""
    with pikepdf.open(path) as doc:
        found = [f for n, page in enumerate(doc.pages, 1) for f in check_page(page, n, tac)]
        form = doc.Root.get("/AcroForm")
        resources = form.get("/DR") if form is not None else None  # its default resources
        form_fonts = resources.get("/Font") if resources is not None else None
        walker = Walker(0, tac)  # form fields are typed in with these fonts
        if form_fonts is not None:
            for key in form_fonts.keys():
                walker.font(form_fonts[key])
        found += [Finding(0, f.check, f"form fields: {f.message}") for f in walker.found]
    found += check_text(path)
    return group(found)


def group(found: list[Finding]) -> list[Finding]:
    out: dict[tuple[int, str], tuple[Finding, int]] = {}
    for f in found:
        first, count = out.get((f.page, f.check), (f, 0))
        out[(f.page, f.check)] = (first, count + 1)
    return [f if n == 1 else Finding(f.page, f.check, f"{f.message} (and {n - 1} more like it)")
            for f, n in sorted(out.values(), key=lambda v: (v[0].page, v[0].check))]


def check_page(page: pikepdf.Page, number: int, tac: float = TAC) -> list[Finding]:
    found: list[Finding] = []
    trim, bleed = page.obj.get("/TrimBox"), page.obj.get("/BleedBox")
    if trim is None:
        found.append(Finding(number, "boxes", "no TrimBox: the printer cannot tell the final "
                                              "size"))
    if bleed is None:
        found.append(Finding(number, "boxes", "no BleedBox"))
    if trim is not None:
        box = bleed if bleed is not None else page.mediabox
        t, b = _box(trim), _box(box)
        least = min(t[0] - b[0], t[1] - b[1], b[2] - t[2], b[3] - t[3])
        if least < MIN_BLEED - EPS:
            found.append(Finding(number, "bleed", f"bleed {least / PER_UNIT['mm']:.1f} mm, "
                                                  "under 3 mm"))
    walker = Walker(number, tac)
    walker.walk(page.obj, page.obj.get("/Resources"), IDENTITY, 0)
    for annot in page.obj.get("/Annots", []):
        ap = annot.get("/AP")
        normal = ap.get("/N") if ap is not None else None
        for stream in _appearances(normal):
            walker.walk(stream, stream.get("/Resources"), IDENTITY, 1)
    return found + walker.found


def _appearances(normal) -> Iterator[pikepdf.Object]:
    if isinstance(normal, pikepdf.Stream):
        yield normal
    elif isinstance(normal, pikepdf.Dictionary):
        for key in normal.keys():
            if isinstance(normal[key], pikepdf.Stream):
                yield normal[key]


def _box(obj) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in obj)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _matrix(values: Iterable) -> Matrix:
    """Six numbers as a matrix; ValueError if there are more or fewer."""
    a, b, c, d, e, f = (float(v) for v in values)
    return a, b, c, d, e, f


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF order: m is the newer, inner matrix)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


@dataclass
class State:
    ctm: Matrix = IDENTITY
    line: float = 1.0
    fill: str = "/DeviceGray"
    stroke: str = "/DeviceGray"
    ink: Ink | None = None  # the CMYK fill colour, for text


@dataclass
class Walker:
    page: int
    tac: float = TAC
    found: list[Finding] = field(default_factory=list)
    fonts_seen: set[tuple[int, int]] = field(default_factory=set)

    def add(self, check: str, message: str) -> None:
        self.found.append(Finding(self.page, check, message))

    def walk(self, stream: pikepdf.Object, resources, ctm: Matrix, depth: int) -> None:
        if depth > 12:
            return
        resources = resources if resources is not None else pikepdf.Dictionary()
        state, stack = State(ctm), []
        for instruction in pikepdf.parse_content_stream(stream):
            operands, name = instruction.operands, str(instruction.operator)
            if name == "q":
                stack.append(replace(state))
            elif name == "Q" and stack:
                state = stack.pop()
            elif name == "cm":
                state.ctm = _mul(_matrix(operands), state.ctm)
            elif name == "w":
                state.line = float(operands[0])
            elif name == "gs":
                gs = _get(resources, "/ExtGState", operands[0])
                if gs is not None and "/LW" in gs:
                    state.line = float(gs.LW)
            elif name in ("rg", "RG"):
                self.add("rgb", f"RGB colour set with '{name}'")
                state.ink = None if name == "rg" else state.ink
            elif name in ("cs", "CS"):
                space = self.space(resources, operands[0])
                if name == "cs":
                    state.fill, state.ink = space, None
                else:
                    state.stroke = space
            elif name in ("k", "K"):
                self.set_ink(state, name, operands)
            elif name == "g":
                state.ink = (0.0, 0.0, 0.0, 1 - float(operands[0]))
            elif name in ("sc", "scn", "SC", "SCN"):
                space = state.fill if name.islower() else state.stroke
                if space == "RGB":
                    self.add("rgb", f"RGB colour set with '{name}' in an RGB colour space")
                elif space in ("/DeviceCMYK", "CMYK"):
                    self.set_ink(state, name, operands)
            elif name in SHOW_TEXT and state.ink is not None:
                self.text_ink(state.ink)
            elif name == "sh":
                sh = _get(resources, "/Shading", operands[0])
                if sh is not None and self.space(resources, sh.get("/ColorSpace")) == "RGB":
                    self.add("rgb", "RGB gradient (shading)")
            elif name in STROKES:
                a, b, c, d = state.ctm[:4]
                width = state.line * math.sqrt(abs(a * d - b * c))
                if width < MIN_LINE - EPS:
                    self.add("hairline", f"line {width:.2f} pt wide, under {MIN_LINE} pt")
            elif name == "Tf":
                self.font(_get(resources, "/Font", operands[0]))
            elif name == "Do":
                xobj = _get(resources, "/XObject", operands[0])
                if xobj is None:
                    continue
                if xobj.get("/Subtype") == Name.Image:
                    self.image(xobj, resources, state.ctm)
                elif xobj.get("/Subtype") == Name.Form:
                    matrix = _matrix(xobj.get("/Matrix", IDENTITY))
                    self.walk(xobj, xobj.get("/Resources", resources),
                              _mul(matrix, state.ctm), depth + 1)
            elif name == "INLINE IMAGE":
                self.image(operands[0].obj, resources, state.ctm)

    def set_ink(self, state: State, name: str, operands) -> None:
        """A CMYK colour: over the total ink limit is a finding; a fill is kept for text."""
        try:
            values = [float(v) for v in operands[:4]]
        except (TypeError, ValueError):
            return
        if len(values) != 4:
            return
        ink: Ink = (values[0], values[1], values[2], values[3])
        if sum(ink) > self.tac + EPS:
            self.add("ink", f"total ink {sum(ink) * 100:.0f}% ({_ink(ink)}), over "
                            f"{self.tac * 100:.0f}%")
        if name.islower():
            state.ink = ink

    def text_ink(self, ink: Ink) -> None:
        """Black or grey text must print on K alone: four-colour black misregisters."""
        if max(ink[:3]) <= 0.01:
            return
        light, chroma = color.looks(ink)
        if chroma < NEUTRAL_CHROMA:
            what = "black" if light < 30 else "grey"
            self.add("black", f"text in four-colour {what} ({_ink(ink)}): {what} text must "
                              "print on K alone (C=M=Y=0), or its letters get coloured fringes")

    def space(self, resources, name) -> str:
        """A colour space operand -> 'RGB' or its own name."""
        if name is None:
            return ""
        obj = name
        if isinstance(name, Name) and str(name) not in RGB_SPACES:
            found = _get(resources, "/ColorSpace", name)
            obj = found if found is not None else name
        if isinstance(obj, Name):
            return "RGB" if str(obj) in RGB_SPACES else str(obj)
        if isinstance(obj, pikepdf.Array) and len(obj):
            kind = str(obj[0])
            if kind in RGB_SPACES:
                return "RGB"
            if kind == "/ICCBased":
                return "RGB" if int(obj[1].get("/N", 0)) == 3 else kind
            if kind in ("/Indexed", "/I") or (kind == "/Pattern" and len(obj) > 1):
                return self.space(resources, obj[1])
            return kind
        return ""

    def image(self, img, resources, ctm: Matrix) -> None:
        space = self.space(resources, img.get("/ColorSpace", img.get("/CS")))
        if space == "RGB":
            self.add("rgb", "RGB image")
        elif space in ("/DeviceCMYK", "/CMYK"):
            most = _image_ink(img)
            if most > self.tac + EPS:
                self.add("ink", f"image with total ink up to {most * 100:.0f}%, over "
                                f"{self.tac * 100:.0f}%")
        width = int(img.get("/Width", img.get("/W", 0)))
        height = int(img.get("/Height", img.get("/H", 0)))
        a, b, c, d = ctm[:4]
        placed_w, placed_h = math.hypot(a, b) / 72, math.hypot(c, d) / 72  # inches
        if width and height and placed_w > 0 and placed_h > 0:
            ppi = min(width / placed_w, height / placed_h)
            if ppi < MIN_PPI - EPS:
                self.add("ppi", f"image {width}x{height} px at {ppi:.0f} ppi, under "
                                f"{MIN_PPI:.0f} ppi at its placed size")

    def font(self, font) -> None:
        if font is None or font.get("/Subtype") == Name.Type3:
            return
        key = font.objgen
        if key in self.fonts_seen and key != (0, 0):
            return
        self.fonts_seen.add(key)
        desc = font.get("/FontDescriptor")
        if font.get("/Subtype") == Name.Type0:
            desc = font.DescendantFonts[0].get("/FontDescriptor")
        if desc is None or not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            self.add("font", f"font {str(font.get('/BaseFont', '?')).lstrip('/')} is not "
                             "embedded")


def _ink(ink: Ink) -> str:
    return " ".join(f"{n}{v * 100:.0f}" for n, v in zip("CMYK", ink, strict=True))


def _image_ink(img) -> float:
    """The most ink (C+M+Y+K, 1.0 = 100%) on any pixel of a CMYK image; 0 if unreadable."""
    try:
        from pikepdf import PdfImage

        pixels = np.asarray(PdfImage(img).as_pil_image(), dtype=float) / 255
    except Exception:
        return 0.0
    if pixels.ndim != 3 or pixels.shape[-1] != 4:
        return 0.0
    if "/Decode" in img and [float(v) for v in img.Decode][:2] == [1.0, 0.0]:
        pixels = 1 - pixels  # an inverted (Adobe) CMYK JPEG
    return float(pixels.sum(axis=-1).max())


def _get(resources, kind: str, name):
    group_ = resources.get(kind) if resources is not None else None
    if group_ is None or name is None:
        return None
    return group_.get(name)


def check_text(path: Path) -> list[Finding]:
    """Characters closer than 3 mm to the trim (or past it, inside the bleed)."""
    import pypdfium2 as pdfium

    found = []
    doc = pdfium.PdfDocument(path)
    try:
        for n in range(len(doc)):
            page = doc[n]
            x0, y0, x1, y1 = page.get_trimbox()
            bx0, by0, bx1, by1 = page.get_bleedbox()
            text = page.get_textpage()
            for i in range(text.count_chars()):
                if text.get_text_range(i, 1).isspace():
                    continue
                x, b, r, t = text.get_charbox(i)
                if r <= x or t <= b or r < bx0 or x > bx1 or t < by0 or b > by1:
                    continue  # empty box, or out in the slug where it is not printed
                room = min(x - x0, b - y0, x1 - r, y1 - t)
                if room < SAFE - EPS:
                    where = "past the trim" if room < 0 else \
                        f"{room / PER_UNIT['mm']:.1f} mm from the trim"
                    found.append(Finding(n + 1, "trim", f"text {where} "
                                         f"('{text.get_text_range(i, 1)}'), keep 3 mm clear"))
    finally:
        doc.close()
    return found
