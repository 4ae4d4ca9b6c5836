"""The floor: plain ReportLab drawing the ruptures poster, nothing else.

    python bench/rl_poster.py OUT.pdf

Reads bench/ruptures-poster.json (written by bench/typst_poster.py from our layout: the same
words, sizes, fonts, colours and drawings at the same places), registers the fonts, draws
every run with drawString and every outline as a ReportLab path, and saves (compressed,
invariant). bench/bench.py times it as a whole process beside `render.py build`.
"""

import json
import sys
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
FONTS = HERE.parent / "src" / "handprint" / "assets" / "fonts"


def main(out: str) -> None:
    data = json.loads((HERE / "ruptures-poster.json").read_text())
    for name in data["fonts"]:
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    w, h = data["width"], data["height"]
    c = Canvas(out, pagesize=(w, h), invariant=1, pageCompression=1,
               initialFontName=data["fonts"][0])
    c.setTitle(data["title"])
    c.setFillColor(HexColor(data["paper"]))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    for item in data["items"]:
        if "run" in item:
            x, y, text, font, size, color = item["run"]
            c.setFillColor(HexColor(color))
            c.setFont(font, size)
            c.drawString(x, h - y, text)
            continue
        x, y, width, height, dw, dh = item["art"]
        c.saveState()
        c.translate(x, h - y - height)
        c.scale(width / dw, height / dh)
        for color, ops in item["paths"]:
            c.setFillColor(HexColor(color))
            p = c.beginPath()
            for op in ops:
                if op[0] == "M":
                    p.moveTo(op[1], op[2])
                elif op[0] == "L":
                    p.lineTo(op[1], op[2])
                elif op[0] == "C":
                    p.curveTo(*op[1:7])
                else:
                    p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.restoreState()
    c.showPage()
    c.save()


if __name__ == "__main__":
    main(sys.argv[1])
