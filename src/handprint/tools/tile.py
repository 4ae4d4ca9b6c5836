"""A poster split over Letter or A4 sheets for an office printer, to trim and tape together.

Each sheet shows one part of the poster at full size, clipped to the printable area less a
gutter for the marks: cut marks at the corners of the printed part; on a sheet with a
neighbour to its right or below, the overlap zone (which that neighbour covers) starts at a
dashed line; alignment triangles in the gutters point at each seam from both sheets, so they
meet tip to tip when the sheets are lined up; a label in the bottom gutter. Page 1 is the
assembly map. The poster page is one form XObject, placed on each sheet with a clip; the words
are drawn by pdf.render (fonts embedded), the poster and the marks added with pikepdf.

Tagged for screen readers: the map's heading and instructions, each sheet's label, and the
poster on each page as a Figure whose alt text names the poster and what it shows (the
poster's own tags are taken out of the placed copy); marks are artifacts.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

from handprint.layout.display import ARTIFACT, Document, Page, Run
from handprint.pdf import render as pdf
from handprint.spec.pages import NAMED, describe
from handprint.spec.units import PER_UNIT
from handprint.text import fonts

MARGIN = 6 * PER_UNIT["mm"]  # home printers do not print closer to the edge
OVERLAP = 10 * PER_UNIT["mm"]
GUTTER = 18.0  # inside the margin, around the poster part: marks and the label
LABEL = 6.5  # label type size
MARK = 7.0  # alignment triangle size
SHEETS = ("letter", "a4")
Figures = list[tuple[int, pikepdf.Object]]  # (page index, its Figure element)


class TileError(ValueError):
    """Options that cannot make a tiling (an overlap wider than a sheet, say)."""


@dataclass(frozen=True)
class Plan:
    poster: tuple[float, float]  # trim, points
    sheet: tuple[float, float]  # as printed: portrait or landscape
    margin: float
    overlap: float
    cols: int
    rows: int

    @property
    def inset(self) -> float:
        return self.margin + GUTTER

    @property
    def region(self) -> tuple[float, float]:
        return self.sheet[0] - 2 * self.inset, self.sheet[1] - 2 * self.inset

    @property
    def step(self) -> tuple[float, float]:
        return self.region[0] - self.overlap, self.region[1] - self.overlap

    def part(self, row: int, col: int) -> tuple[float, float, float, float]:
        """The poster part a sheet shows: x, y (from the top-left), width, height."""
        x, y = col * self.step[0], row * self.step[1]
        return (x, y, min(self.region[0], self.poster[0] - x),
                min(self.region[1], self.poster[1] - y))


def name(row: int, col: int) -> str:
    return f"{_letters(row)}{col + 1}"


def _letters(n: int) -> str:
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def plan(poster: tuple[float, float], sheet: str, overlap: float = OVERLAP,
         margin: float = MARGIN) -> Plan:
    """The fewest sheets, portrait or landscape (portrait on a tie)."""
    w, h = NAMED[sheet]
    best = None
    for size in ((w, h), (h, w)):
        inner = [side - 2 * (margin + GUTTER) for side in size]
        if min(inner) - overlap < 36:
            raise TileError(f"a margin of {margin / PER_UNIT['mm']:.0f} mm and an overlap of "
                            f"{overlap / PER_UNIT['mm']:.0f} mm leave too little of a "
                            f"{sheet} sheet")
        cols, rows = (max(1, math.ceil((p - overlap) / (i - overlap) - 1e-9))
                      for p, i in zip(poster, inner, strict=True))
        if best is None or cols * rows < best.cols * best.rows:
            best = Plan(poster, size, margin, overlap, cols, rows)
    assert best is not None
    return best


def tile(poster_pdf: bytes, title: str, sheet: str, overlap: float = OVERLAP,
         margin: float = MARGIN) -> tuple[bytes, Plan]:
    """Poster PDF (page 1, its TrimBox is the poster) -> the sheets PDF, map first."""
    src = pikepdf.open(io.BytesIO(poster_pdf))
    page = src.pages[0]
    trim = [float(v) for v in page.obj.get("/TrimBox", page.mediabox)]
    tx0, ty0 = min(trim[0], trim[2]), min(trim[1], trim[3])
    size = (abs(trim[2] - trim[0]), abs(trim[3] - trim[1]))
    p = plan(size, sheet, overlap, margin)
    words = Document(p.sheet[0], p.sheet[1], 0.0, False, "#FFFFFF", f"{title}: tiled",
                     "en", "handprint", f"{title} on {p.cols * p.rows} {sheet} sheets",
                     tuple(Page(tuple(items)) for items in _words(p, title, sheet)), flat=True)
    out = pikepdf.open(io.BytesIO(pdf.render(words)))
    form = out.copy_foreign(_untagged(pikepdf.Page(page).as_form_xobject()))
    shows = _shows(src, title)
    figures: Figures = []
    for n, sheet_page in enumerate(out.pages):
        res = sheet_page.obj.Resources
        if "/XObject" not in res:
            res.XObject = Dictionary()
        res.XObject.Poster = form
        placed, marks = (_map_ops(p, tx0, ty0) if n == 0
                         else _sheet_ops(p, *divmod(n - 1, p.cols), tx0, ty0))
        alt = (f"{shows} The grid drawn over it shows the {p.cols * p.rows} sheets." if n == 0
               else f"Part {name(*divmod(n - 1, p.cols))} of the poster {title}.")
        mcid = _figure(out, n, alt, figures)
        # ReportLab leaves its last translation in force: wrap its drawing in q/Q.
        pikepdf.Page(sheet_page).contents_add(out.make_stream(b"q\n"), prepend=True)
        pikepdf.Page(sheet_page).contents_add(out.make_stream(
            f"Q\n/Figure <</MCID {mcid}>> BDC\n{placed}EMC\n"
            f"/Artifact BMC\n{marks}EMC\n".encode()))
    _place_figures(out, figures)
    buf = io.BytesIO()
    out.save(buf, deterministic_id=True)
    return buf.getvalue(), p


def _untagged(form: pikepdf.Object) -> pikepdf.Object:
    """The placed poster without its own marked content: its MCIDs belong to the poster's
    structure tree, not the sheets'. Inside the sheets' Figure it is one picture."""
    ops = [(i.operands, i.operator) for i in pikepdf.parse_content_stream(form)
           if str(i.operator) not in ("BDC", "BMC", "EMC")]
    form.write(pikepdf.unparse_content_stream(ops))
    return form


def _shows(poster: pikepdf.Pdf, title: str) -> str:
    """The poster's alt text: its title, its words in order, and its drawings' alt texts."""
    root = poster.Root.get("/StructTreeRoot")
    alts: list[str] = []

    def visit(elem: pikepdf.Object) -> None:
        if isinstance(elem, pikepdf.Dictionary) and elem.get("/Type") != Name.MCR:
            if "/Alt" in elem:
                alts.append(str(elem.Alt).rstrip(".") + ".")
            kids = elem.get("/K")
            if isinstance(kids, Array):
                for kid in kids:
                    visit(kid)
            elif kids is not None:
                visit(kids)

    if root is not None:
        visit(root)
    return " ".join([f"The poster {title}.", *(f"It shows: {a}" for a in alts[:1]),
                     *alts[1:]])


def _figure(out: pikepdf.Pdf, page: int, alt: str, figures: Figures) -> int:
    """A Figure element for the poster placed on `page`, filed in the page's ParentTree
    entry: returns its MCID (the next free one on the page)."""
    root = out.Root.StructTreeRoot
    nums = root.ParentTree.Nums
    entry = next(nums[k + 1] for k in range(0, len(nums), 2) if int(nums[k]) == page)
    pg = out.pages[page].obj
    elem = out.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Figure, P=root.K[0],
                                        Alt=pikepdf.String(alt),
                                        K=Dictionary(Type=Name.MCR, Pg=pg, MCID=len(entry))))
    entry.append(elem)
    figures.append((page, elem))
    return len(entry) - 1


def _place_figures(out: pikepdf.Pdf, figures: Figures) -> None:
    """Each page's Figure after that page's words in the document's reading order."""
    doc = out.Root.StructTreeRoot.K[0]
    pages = [pg.obj.objgen for pg in out.pages]

    def page_of(elem: pikepdf.Object) -> int:
        kids = elem.K if isinstance(elem.K, Array) else [elem.K]
        return next(pages.index(k.Pg.objgen) for k in kids if "/Pg" in k)

    kids = list(doc.K)
    ordered = []
    for n in range(len(pages)):
        ordered += [k for k in kids if page_of(k) == n]
        ordered += [e for p, e in figures if p == n]
    doc.K = Array(ordered)


def _n(v: float) -> str:
    return f"{v:.3f}".rstrip("0").rstrip(".")


def _placed(clip: tuple[float, float, float, float], scale: float, ex: float, ey: float,
            tx0: float, ty0: float) -> str:
    """The poster, scaled, with its trim's lower-left at (ex, ey) on the sheet, clipped."""
    x, y, w, h = (_n(v) for v in clip)
    return (f"q {x} {y} {w} {h} re W n {_n(scale)} 0 0 {_n(scale)} "
            f"{_n(ex - tx0 * scale)} {_n(ey - ty0 * scale)} cm /Poster Do Q\n")


def _sheet_ops(p: Plan, row: int, col: int, tx0: float, ty0: float) -> tuple[str, str]:
    """Poster part, and marks, in PDF coordinates (y up)."""
    sheet_h = p.sheet[1]
    x, y, w, h = p.part(row, col)
    left, top = p.inset, sheet_h - p.inset  # the part's top-left on the sheet
    bottom, right = top - h, left + w
    placed = _placed((left, bottom, w, h), 1.0, left - x, top - (p.poster[1] - y), tx0, ty0)
    ops = ["q 0 g 0 G 0.5 w\n"]
    gap, reach = 3.0, GUTTER - 4.0  # cut marks: start off the corner, stay in the gutter
    for cx, sx in ((left, -1), (right, 1)):
        for cy, sy in ((bottom, -1), (top, 1)):
            ops.append(f"{_n(cx + sx * gap)} {_n(cy)} m {_n(cx + sx * reach)} {_n(cy)} l S "
                       f"{_n(cx)} {_n(cy + sy * gap)} m {_n(cx)} {_n(cy + sy * reach)} l S\n")
    ops.append("[3 2] 0 d\n")
    if col + 1 < p.cols:  # overlap zone on the right, under the next sheet
        seam_x = left + p.step[0] + 0.25  # its left edge on the seam: covered by the next
        ops.append(f"{_n(seam_x)} {_n(bottom)} m {_n(seam_x)} {_n(top)} l S\n")
    if row + 1 < p.rows:
        seam_y = top - p.step[1] - 0.25
        ops.append(f"{_n(left)} {_n(seam_y)} m {_n(right)} {_n(seam_y)} l S\n")
    ops.append("[] 0 d\n")
    # Alignment triangles, tip on the seam: from this sheet's side of each seam.
    if col + 1 < p.cols:
        ops += [_triangle(left + p.step[0], yy, -1, 0) for yy in _gutter_mids(bottom, top)]
    if col > 0:
        ops += [_triangle(left, yy, 1, 0) for yy in _gutter_mids(bottom, top)]
    if row + 1 < p.rows:
        ops += [_triangle(xx, top - p.step[1], 0, 1) for xx in _gutter_mids(left, right)]
    if row > 0:
        ops += [_triangle(xx, top, 0, -1) for xx in _gutter_mids(left, right)]
    ops.append("Q\n")
    return placed, "".join(ops)


def _gutter_mids(lo: float, hi: float) -> tuple[float, float]:
    """Middle of the two gutters beside a seam: below/above (or left/right of) the part."""
    return lo - GUTTER / 2, hi + GUTTER / 2


def _triangle(tx: float, ty: float, dx: int, dy: int) -> str:
    """A filled triangle with its tip at (tx, ty), its body off in direction (dx, dy)."""
    if dx:
        pts = [(tx, ty), (tx + dx * MARK, ty + MARK / 2), (tx + dx * MARK, ty - MARK / 2)]
    else:
        pts = [(tx, ty), (tx + MARK / 2, ty + dy * MARK), (tx - MARK / 2, ty + dy * MARK)]
    (a, b), (c, d), (e, f) = pts
    return f"{_n(a)} {_n(b)} m {_n(c)} {_n(d)} l {_n(e)} {_n(f)} l h f\n"


def _map_area(p: Plan) -> tuple[float, float, float, float, float]:
    """Where the miniature poster goes on the map page: scale, left, top (y down), w, h."""
    top, bottom = p.inset + 92, p.inset + 8
    avail_w, avail_h = p.sheet[0] - 2 * p.inset - 24, p.sheet[1] - top - bottom
    scale = min(avail_w / p.poster[0], avail_h / p.poster[1])
    w, h = p.poster[0] * scale, p.poster[1] * scale
    return scale, (p.sheet[0] - w) / 2 + 12, top, w, h


def _map_ops(p: Plan, tx0: float, ty0: float) -> tuple[str, str]:
    scale, left, top, w, h = _map_area(p)
    base = p.sheet[1] - top - h
    placed = _placed((left, base, w, h), scale, left, base, tx0, ty0)
    ops = ["q 0 G 0.75 w\n"]
    ops.append(f"{_n(left)} {_n(base)} {_n(w)} {_n(h)} re S\n")
    for c in range(1, p.cols):  # the seams where one sheet's edge lies on the other
        x = left + c * p.step[0] * scale
        ops.append(f"{_n(x)} {_n(base)} m {_n(x)} {_n(base + h)} l S\n")
    for r in range(1, p.rows):
        y = base + h - r * p.step[1] * scale
        ops.append(f"{_n(left)} {_n(y)} m {_n(left + w)} {_n(y)} l S\n")
    ops.append("Q\n")
    return placed, "".join(ops)


def _text(x: float, y: float, text: str, size: float, bold: bool = False,
          align: str = "left", tag: str = ARTIFACT) -> list[Run]:
    """Runs for one line (font fallback per character), x at its left, centre or right."""
    pieces = fonts.split(text, "Comic Neue", bold)
    total = sum(fonts.width(t, f, size) for t, f in pieces)
    x -= {"left": 0.0, "center": total / 2, "right": total}[align]
    runs = []
    for t, f in pieces:
        runs.append(Run(x, y, t, f, size, "#000000", tag))
        x += fonts.width(t, f, size)
    return runs


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        line = f"{lines[-1]} {word}" if lines else word
        if lines and _width(line, size) <= width:
            lines[-1] = line
        else:
            lines.append(word)
    return lines


def _fit(text: str, size: float, width: float) -> str:
    """Cut a label short (with an ellipsis) to fit the width."""
    if _width(text, size) <= width:
        return text
    while text and _width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _width(text: str, size: float) -> float:
    return sum(fonts.width(t, f, size) for t, f in fonts.split(text, "Comic Neue"))


def _words(p: Plan, title: str, sheet: str) -> list[list[Run]]:
    total = p.cols * p.rows
    poster = describe(p.poster)
    pages: list[list[Run]] = []
    scale, left, top, w, h = _map_area(p)
    m = p.inset
    intro = (f"A {poster} poster on {total} {sheet} sheets, {p.cols} across and {p.rows} down. "
             "Print at actual size (100 %, not fit to page). Trim each sheet along its cut "
             "marks: the left edge from column 2 on, the top edge from row B on. Lay each sheet "
             f"over its neighbour's overlap zone (up to the dashed line, "
             f"{p.overlap / PER_UNIT['mm']:.0f} mm) so the alignment triangles meet tip to tip, "
             "and tape it on the back. Trim the outer edges last.")
    width = p.sheet[0] - 2 * m
    words: list[Run] = []
    y = m + 14
    for text, size, bold, tag in [(f"Assembly map: {title}", 13.0, True, "0000.H1")] + [
            (line, 8.5, False, "0001.P") for line in _wrap(intro, 8.5, width)]:
        words += _text(m, y, text, size, bold, tag=tag)
        y += size * 1.5
    for c in range(p.cols):
        x0 = c * p.step[0]
        x1 = min(x0 + p.step[0], p.poster[0]) if c + 1 < p.cols else p.poster[0]
        words += _text(left + (x0 + x1) / 2 * scale, top - 5, str(c + 1), 9, True, "center")
    for r in range(p.rows):
        y0 = r * p.step[1]
        y1 = min(y0 + p.step[1], p.poster[1]) if r + 1 < p.rows else p.poster[1]
        words += _text(left - 5, top + (y0 + y1) / 2 * scale + 3, _letters(r), 9, True,
                       "right")
    pages.append(words)
    for r in range(p.rows):
        for c in range(p.cols):
            label = _fit(f"{name(r, c)}   row {_letters(r)} ({r + 1} of {p.rows}), column {c + 1} "
                     f"of {p.cols}   sheet {r * p.cols + c + 1} of {total}   {title}", LABEL,
                         p.step[0] - 40)
            pages.append(_text(p.inset + 16, p.sheet[1] - p.margin - 5, label, LABEL,
                               tag=f"{len(pages) + 1:04d}.P"))
    return pages


def source(path: Path, size: tuple[float, float] | None, *, brand: Path | None = None,
           values: Path | None = None, sets: tuple[tuple[str, str], ...] = ()
           ) -> tuple[bytes, str]:
    """A spec (laid out at `size`, flat, no bleed, with the brand kit, --vars and --set as
    every command takes them) or a PDF -> (poster PDF bytes, its name)."""
    if path.suffix.lower() == ".pdf":
        if size is not None:
            raise TileError("--size is for a spec; a PDF is tiled at its own size")
        data = path.read_bytes()
        with pikepdf.open(io.BytesIO(data)) as doc:
            title = str(doc.docinfo.get("/Title", "")) or path.stem
        return data, title
    from handprint import pipeline

    built = pipeline.build(path, size=size, bleed=0.0, crop_marks=False, flat=True,
                           brand=brand, values=values, sets=sets)
    assert built.pdf is not None
    return built.pdf, built.doc.title


def safe_title(title: str) -> str:
    """The title as the bundled fonts can write it."""
    try:
        fonts.split(title, "Comic Neue")
        return title
    except fonts.MissingGlyph:
        return "".join(ch for ch in title if ch.isascii())
