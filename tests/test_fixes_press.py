"""--press prints black and greys on K alone and keeps total ink under 300%; preflight finds
four-colour black text and total ink over a limit."""

import argparse
import io
import shutil
import subprocess

import pikepdf
import pytest
from PIL import Image

from handprint import cli
from handprint.pdf import color
from handprint.text import fonts
from handprint.tools import preflight
from tests.conftest import ROOT

WORKSHEET = sorted((ROOT / "handouts").glob("*.yaml"))[0]
KIT = ROOT / "docs" / "examples" / "brand.yaml"


def test_black_and_greys_are_k_only():
    assert color.cmyk("#000000") == (0, 0, 0, 1)
    c, m, y, k = color.cmyk("#1E1E1E")  # the default ink
    assert (c, m, y) == (0, 0, 0) and 0.85 < k < 1
    greys = [color.cmyk(f"#{v:02X}{v:02X}{v:02X}") for v in range(0, 256, 17)]
    assert all(g[:3] == (0, 0, 0) for g in greys)
    ks = [g[3] for g in greys]
    assert ks == sorted(ks, reverse=True) and ks[-1] == 0  # darker grey, more K; white none
    assert color.cmyk("#7F7F81")[:3] == (0, 0, 0)  # near-neutral counts as grey


def test_colours_stay_under_300_percent_ink():
    for hex_color in ("#3B2A1A", "#202040", "#400000", "#003300", "#D4A017", "#F8EDE8"):
        assert sum(color.cmyk(hex_color)) <= 3.0
    assert color.cmyk("#D4A017")[2] > 0.8  # colours still go through the profile


def test_image_greys_are_k_only_and_dark_colours_limited(tmp_path):
    im = Image.new("RGB", (3, 1))
    im.putdata([(0, 0, 0), (128, 128, 128), (40, 10, 60)])
    im.save(tmp_path / "i.png")
    out = color.to_cmyk(tmp_path / "i.png")
    ink = [out.getpixel((x, 0)) for x in range(3)]
    assert ink[0] == (0, 0, 0, 255) and ink[1][:3] == (0, 0, 0)
    assert sum(ink[2]) <= 3.0 * 255 + 2 and max(ink[2][:3]) > 100  # colour, not K alone


def _inks(page: pikepdf.Page) -> list[tuple[float, ...]]:
    found = []

    def walk(stream, resources):
        for operands, op in pikepdf.parse_content_stream(stream):
            if str(op) in ("k", "K"):
                found.append(tuple(round(float(v), 4) for v in operands))
            elif str(op) == "Do":
                xobj = resources.XObject[operands[0]]
                if xobj.Subtype == "/Form":
                    walk(xobj, xobj.get("/Resources", resources))
    walk(page.obj, page.Resources)
    return found


def test_branded_press_file_prints_text_and_qr_code_on_k(tmp_path):
    dest = tmp_path / "w.pdf"
    assert cli.main(["build", str(WORKSHEET), "--press", "--brand", str(KIT),
                     "-o", str(dest)]) == 0
    with pikepdf.open(dest) as p:
        inks = set(_inks(p.pages[0]))
    assert (0, 0, 0, 1) in inks  # the QR code's modules and the crop marks
    assert (0, 0, 0, color.cmyk("#1E1E1E")[3]) in inks  # the text
    assert all(sum(i) <= 3.0 for i in inks)
    assert not [i for i in inks if min(i[:3]) > 0 and i[3] > 0.8]  # no rich black at all
    assert preflight.check_file(dest) == []


@pytest.mark.skipif(not shutil.which("gs"), reason="Ghostscript not installed")
def test_ghostscript_sees_no_cyan_in_a_black_and_white_page(tmp_spec, tmp_path):
    path = tmp_spec('title: T\nsize: letter\ntheme: {paper: "#FFFFFF", ink: "#000000"}\n'
                    "blocks:\n  - heading: Black words\n  - text: Small black text.\n")
    dest = tmp_path / "bw.pdf"
    assert cli.main(["build", str(path), "--press", "-o", str(dest)]) == 0
    out = subprocess.run(["gs", "-q", "-o", "-", "-sDEVICE=ink_cov", "-r72", str(dest)],
                         capture_output=True, text=True, check=True).stdout.split()
    c, m, y, k = (float(v) for v in out[:4])
    assert c == m == y == 0 and k > 0


def make(path, draw):
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=(258, 258), initialFontName=fonts.face("Comic Neue"))
    c.setTrimBox((29, 29, 229, 229))
    c.setBleedBox((20, 20, 238, 238))
    c.translate(29, 29)
    draw(c)
    c.showPage()
    c.save()
    return path


def test_preflight_finds_four_colour_black_text_and_total_ink(tmp_path):
    def draw(c):
        c.setFillColorCMYK(0.88, 0.75, 0.53, 0.98)  # what the profile makes of #000000
        c.drawString(20, 100, "Small black text")
    found = [str(f) for f in preflight.check_file(make(tmp_path / "a.pdf", draw))]
    assert "page 1: total ink 314% (C88 M75 Y53 K98), over 300%" in found
    assert any("text in four-colour black (C88 M75 Y53 K98)" in f and "K alone" in f
               for f in found)


def test_preflight_passes_coloured_text_and_k_black(tmp_path):
    def draw(c):
        c.setFillColorCMYK(0, 0, 0, 1)
        c.drawString(20, 100, "Black")
        c.setFillColorCMYK(0.21, 0.47, 0.64, 0.87)  # a dark brown: colour, not black
        c.drawString(20, 120, "Brown")
    assert preflight.check_file(make(tmp_path / "a.pdf", draw)) == []


def test_preflight_tac_limit(tmp_path):
    def draw(c):
        c.setFillColorCMYK(0.5, 0.5, 0.5, 0.8)  # 230%
        c.rect(0, 0, 50, 50, fill=1, stroke=0)
    path = make(tmp_path / "a.pdf", draw)
    assert preflight.check_file(path) == []
    assert [f.check for f in preflight.check_file(path, tac=preflight.tac_arg("220%"))] == ["ink"]
    assert preflight.tac_arg("300%") == preflight.tac_arg("300") == 3.0
    with pytest.raises(argparse.ArgumentTypeError, match="from 100% to 400%"):
        preflight.tac_arg("lots")


def test_preflight_finds_a_cmyk_image_over_the_limit(tmp_path):
    img = Image.new("CMYK", (20, 20), (255, 255, 255, 255))  # 400%
    data = io.BytesIO()
    img.save(data, "TIFF")
    data.seek(0)

    def draw(c):
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(Image.open(data)), 0, 0, 4, 4)
    found = preflight.check_file(make(tmp_path / "a.pdf", draw))
    assert [str(f) for f in found if f.check == "ink"] == [
        "page 1: image with total ink up to 400%, over 300%"]
