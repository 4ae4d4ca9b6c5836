"""PNG previews of built PDFs (pypdfium2), and one contact sheet of many handouts."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from handprint.text.fonts import FONT_DIR

DPI = 100
THUMB = 260  # contact sheet: longest side of a page, pixels
PAD = 24


def pages(pdf_path: Path, dpi: int = DPI, count: int | None = None) -> list[Path]:
    """Write NAME-1.png, NAME-2.png... next to the PDF (trim box, no marks); with count,
    only that many first pages."""
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    try:
        for n in range(len(doc) if count is None else min(count, len(doc))):
            image = _render(doc[n], dpi / 72)
            path = pdf_path.with_name(f"{pdf_path.stem}-{n + 1}.png")
            image.save(path, optimize=True)
            out.append(path)
    finally:
        doc.close()
    return out


def _render(page: pdfium.PdfPage, scale: float) -> Image.Image:
    """The page inside its trim box, as a person will see the printed sheet."""
    x0, y0, x1, y1 = page.get_trimbox()
    mx0, my0, mx1, my1 = page.get_mediabox()
    crop = (x0 - mx0, y0 - my0, mx1 - x1, my1 - y1)  # left, bottom, right, top
    return page.render(scale=scale, crop=crop).to_pil().convert("RGB")


def contact_sheet(items: list[tuple[str, bytes]], columns: int = 4) -> Image.Image:
    """(label, PDF bytes) for each handout -> one image of first pages with their labels."""
    font = ImageFont.truetype(str(FONT_DIR / "ComicNeue-Regular.ttf"), 15)
    cell_w, cell_h = THUMB + PAD, THUMB + PAD + 44
    rows = max(1, -(-len(items) // columns))
    sheet = Image.new("RGB", (columns * cell_w + PAD, rows * cell_h + PAD), "#EEEEEE")
    draw = ImageDraw.Draw(sheet)
    for i, (label, data) in enumerate(items):
        doc = pdfium.PdfDocument(io.BytesIO(data))
        try:
            page = doc[0]
            w, h = page.get_size()
            thumb = _render(page, THUMB / max(w, h))
            count = len(doc)
        finally:
            doc.close()
        x = PAD + (i % columns) * cell_w + (THUMB - thumb.width) // 2
        y = PAD + (i // columns) * cell_h + (THUMB - thumb.height)
        draw.rectangle((x + 3, y + 3, x + thumb.width + 3, y + thumb.height + 3), "#BBBBBB")
        sheet.paste(thumb, (x, y))
        tx, ty = PAD + (i % columns) * cell_w, PAD + (i // columns) * cell_h + THUMB + 6
        draw.text((tx, ty), label, fill="#1E1E1E", font=font)
        more = f"{count} page{'s' if count != 1 else ''}"
        draw.text((tx, ty + 18), more, fill="#666666", font=font)
    return sheet
