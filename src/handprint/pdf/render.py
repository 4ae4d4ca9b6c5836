"""Document -> PDF bytes. The only module that touches the ReportLab canvas."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, transparent
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import FILL_NON_ZERO, PATH_OPS, Canvas

from handprint.draw.sketch import Path as Outline
from handprint.layout.display import ARTIFACT, Art, Document, Field, Item, Picture, Run
from handprint.pdf import tagging
from handprint.pdf.deflate import FLATE
from handprint.text import fonts, shaping

MARK_LEN = 18.0  # crop mark length, points
MARK_GAP = 4.5  # space between the bleed edge and a crop mark
MARK_WIDTH = 0.3
rl_config.useA85 = 0  # images uncompressed by ASCII85: 25% smaller files
ColorHook = Callable[[str], Color]  # '#RRGGBB' -> a ReportLab colour (press: CMYK)
ImageHook = Callable[[Path], Any]  # image file -> what drawImage takes (press: CMYK pixels)


@lru_cache(maxsize=1024)
def hex_color(value: str) -> Color:
    """'#RRGGBB' as a ReportLab colour, made once per colour."""
    return HexColor(value)


@lru_cache(maxsize=8192)
def _run_marks(text: str, font: str) -> tuple[str, str]:
    """A run's glyphs as drawn, and its marked content's /ActualText entry (if it needs one)."""
    drawn = fonts.drawn(text, font)
    return drawn, tagging.actual_text(text, shaping.read_back(drawn, font),
                                      shaping.has_rtl(text))


def render(doc: Document, color: ColorHook = hex_color, image: ImageHook = str) -> bytes:
    slug = MARK_GAP + MARK_LEN + 4.5 if doc.crop_marks else 0.0
    off = slug + doc.bleed  # trim's lower-left corner on the sheet
    sheet = (doc.width + 2 * off, doc.height + 2 * off)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=sheet, invariant=1, pageCompression=0, lang=doc.lang,
               initialFontName=fonts.face("Comic Neue"), initialFontSize=10)
    # Every stream ReportLab leaves unfiltered (pages, font subsets, their ToUnicode maps) is
    # compressed in remembered pieces: an edit recompresses only what it changed.
    c._doc.defaultStreamFilters = [FLATE]
    c.setTitle(doc.title)
    c.setAuthor(doc.author)
    c.setSubject(doc.subject)
    c.setCreator("handprint")
    c.setViewerPreference("DisplayDocTitle", "true")
    tree = tagging.Tree(c)
    for page in doc.pages:
        c.setTrimBox((off, off, off + doc.width, off + doc.height))
        c.setBleedBox((slug, slug, sheet[0] - slug, sheet[1] - slug))
        c.addLiteral("/Artifact BMC")
        c.setFillColor(color(doc.paper))
        c.rect(slug, slug, sheet[0] - 2 * slug, sheet[1] - 2 * slug, stroke=0, fill=1)
        if doc.crop_marks:
            _crop_marks(c, off, doc, color)
        c.addLiteral("EMC")
        c.translate(off, off + doc.height)  # y down from the trim's top-left, like layout
        for n in draw_order(page.items):
            item = page.items[n]
            if isinstance(item, Field):
                if not doc.flat:
                    _field(c, item, off, doc)
                    tree.field(item.tag, n)
                continue
            drawn, extra = _run_marks(item.text, item.font) if isinstance(item, Run) else ("", "")
            if item.tag in ("", ARTIFACT):
                c.addLiteral("/Artifact BMC")
            else:
                role = item.tag.rsplit("/", 1)[-1].split(".", 1)[-1]
                alt = item.alt if isinstance(item, Art | Picture) else ""
                c.addLiteral(f"/{role} <</MCID {tree.mark(item.tag, n, alt)}{extra}>> BDC")
            if isinstance(item, Run):
                c.setFillColor(color(item.color))
                c.setFont(item.font, item.size)
                c.drawString(item.x, -item.y, drawn)
            elif isinstance(item, Art):
                _art(c, item, color)
            elif isinstance(item, Picture):
                c.drawImage(image(item.path), item.x, -item.y - item.height, item.width,
                            item.height, mask="auto")
            c.addLiteral("EMC")
        c.showPage()
        tree.end_page()
    tree.finish(doc.title)
    c.save()
    return buf.getvalue()


def draw_order(items: tuple[Item, ...]) -> list[int]:
    """Items in layout's order (reading order, which the structure tree keeps), except that
    the words of one line (runs in a row with one tag and baseline) are drawn left to right:
    text extractors that go by drawing order (pdfium, pdf.js) then read a right-to-left line
    right. Left-to-right lines are listed left to right already."""
    order: list[int] = []
    n = 0
    while n < len(items):
        end = n + 1
        first = items[n]
        if isinstance(first, Run):
            while (end < len(items) and isinstance(items[end], Run)
                   and items[end].tag == first.tag and items[end].y == first.y):
                end += 1
        order += sorted(range(n, end), key=lambda k: items[k].x)
        n = end
    return order


def _art(c: Canvas, a: Art, color: ColorHook) -> None:
    d = a.drawing
    colors = dict(a.colors)
    c.saveState()
    c.translate(a.x, -a.y - a.height)
    c.scale(a.width / d.width, a.height / d.height)
    for path in d.paths:
        fill = path.role if path.role.startswith("#") else colors.get(
            path.role, colors.get("ink", "#000000"))  # a "#RRGGBB" role is its own colour
        c.setFillColor(color(fill))
        c.addLiteral(_path_code(path))
        c.addLiteral(PATH_OPS[0, 1, FILL_NON_ZERO])  # fill, non-zero winding
    c.restoreState()


@lru_cache(maxsize=4096)
def _path_code(path: Outline) -> str:
    """A path's operators as one string, as ReportLab's path object writes them (this is
    its byte-for-byte output, made in one go; drawings are cached, so their code is too)."""
    code = []
    for op in path.ops:
        if op[0] == "M":
            code.append(f"{fp_str(op[1], op[2])} m")
        elif op[0] == "C":
            code.append(f"{fp_str(*op[1:7])} c")
        elif op[0] == "L":
            code.append(f"{fp_str(op[1], op[2])} l")
        else:
            code.append("h")
    return " ".join(["n", *code]) if code else ""


def _field(c: Canvas, f: Field, off: float, doc: Document) -> None:
    """A form field over its printed blank. AcroForm works in page coordinates, so undo the
    canvas translation by hand. Fields are see-through: the printed rule shows."""
    x, y = off + f.x, off + doc.height - f.y - f.height
    style = {"borderWidth": 0, "fillColor": transparent, "borderColor": transparent,
             "textColor": HexColor("#1E1E1E")}
    if f.kind == "check":
        c.acroForm.checkbox(name=f.name, tooltip=f.tooltip, x=x, y=y, size=f.width,
                            buttonStyle="check", relative=False, **style)
    else:
        flags = "multiline" if f.kind == "multiline" else ""
        c.acroForm.textfield(name=f.name, tooltip=f.tooltip, x=x, y=y, width=f.width,
                             height=f.height, value="", fontName="Helvetica",
                             fontSize=min(f.size, 12.0), fieldFlags=flags, relative=False,
                             maxlen=None, **style)  # no MaxLen: write as much as needed


def _crop_marks(c: Canvas, off: float, doc: Document, color: ColorHook) -> None:
    """Marks on the trim lines, outside the bleed, at each corner."""
    c.setStrokeColor(color("#000000"))
    c.setLineWidth(MARK_WIDTH)
    near, far = doc.bleed + MARK_GAP, doc.bleed + MARK_GAP + MARK_LEN
    for x, sx in ((off, -1), (off + doc.width, 1)):
        for y, sy in ((off, -1), (off + doc.height, 1)):
            c.line(x + sx * near, y, x + sx * far, y)
            c.line(x, y + sy * near, x, y + sy * far)


def write(doc: Document, path: Path) -> int:
    """Render and write atomically (temp file, then rename). Returns the byte count."""
    return save(render(doc), path)


def save(data: bytes, path: Path) -> int:
    """Write bytes atomically (temp file, then rename). Returns the byte count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600, made what any new file gets
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(data)


def _umask() -> int:
    """The process umask (reading it means setting it; put straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
