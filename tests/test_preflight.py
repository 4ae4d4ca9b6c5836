"""Preflight finds what print shops reject, in PDFs made here on purpose, and passes ours."""

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from handprint import cli
from handprint.spec.units import PER_UNIT
from handprint.text import fonts
from handprint.tools import preflight

MM = PER_UNIT["mm"]


def make(path, draw, boxes=True, bleed=9.0):
    """A 200x200 pt trim, drawn by `draw(canvas)` with the trim's lower-left at (0, 0)."""
    off = bleed + 20
    c = Canvas(str(path), pagesize=(200 + 2 * off, 200 + 2 * off),
               initialFontName=fonts.face("Comic Neue"))  # else a stray Helvetica
    if boxes:
        c.setTrimBox((off, off, off + 200, off + 200))
        c.setBleedBox((off - bleed, off - bleed, off + 200 + bleed, off + 200 + bleed))
    c.translate(off, off)
    draw(c)
    c.showPage()
    c.save()
    return path


def checks(path):
    return {f.check for f in preflight.check_file(path)}


def test_a_clean_cmyk_page_passes(tmp_path):
    def draw(c):
        c.setFillColorCMYK(0, 0.5, 1, 0)
        c.rect(-9, -9, 218, 218, stroke=0, fill=1)
        c.setStrokeColorCMYK(0, 0, 0, 1)
        c.setLineWidth(0.25)
        c.line(20, 20, 180, 20)
    assert preflight.check_file(make(tmp_path / "ok.pdf", draw)) == []


def test_missing_boxes(tmp_path):
    assert "boxes" in checks(make(tmp_path / "a.pdf", lambda c: None, boxes=False))


def test_small_bleed(tmp_path):
    found = preflight.check_file(make(tmp_path / "a.pdf", lambda c: None, bleed=1 * MM))
    assert [str(f) for f in found] == ["page 1: bleed 1.0 mm, under 3 mm"]


@pytest.mark.parametrize("draw", [
    lambda c: c.setFillColorRGB(1, 0, 0) or c.rect(10, 10, 5, 5, fill=1),
    lambda c: c.setStrokeColorRGB(0, 0, 1) or c.line(10, 10, 50, 50),
    lambda c: c._code.append("/DeviceRGB cs 1 0 0 sc 10 10 5 5 re f"),
], ids=["rg", "RG", "cs-sc"])
def test_rgb_colour(tmp_path, draw):
    assert checks(make(tmp_path / "a.pdf", draw)) == {"rgb"}


def test_rgb_image_at_low_resolution(tmp_path):
    img = ImageReader(Image.new("RGB", (100, 100), (200, 30, 30)))
    found = preflight.check_file(make(tmp_path / "a.pdf",
                                      lambda c: c.drawImage(img, 20, 20, 72, 72)))
    assert {f.check for f in found} == {"rgb", "ppi"}
    assert any("100 ppi" in f.message for f in found)


def test_enough_resolution_inside_a_form(tmp_path):
    img = ImageReader(Image.new("CMYK", (300, 300), (0, 0, 0, 255)))

    def draw(c):
        c.beginForm("f")
        c.drawImage(img, 0, 0, 144, 144)  # 150 ppi in the form...
        c.endForm()
        c.saveState()
        c.scale(0.5, 0.5)  # ...placed at half size: 300 ppi
        c.doForm("f")
        c.restoreState()
    assert checks(make(tmp_path / "a.pdf", draw)) == set()


def test_unembedded_font_and_text_near_the_trim(tmp_path):
    def draw(c):
        c.setFillColorCMYK(0, 0, 0, 1)
        c.setFont("Helvetica", 10)
        c.drawString(4, 100, "Edge")
    found = preflight.check_file(make(tmp_path / "a.pdf", draw))
    assert {f.check for f in found} == {"font", "trim"}
    assert any("Helvetica" in f.message for f in found)


def test_hairlines_count_the_scale(tmp_path):
    def draw(c):
        c.setStrokeColorCMYK(0, 0, 0, 1)
        c.setLineWidth(1)
        c.scale(0.1, 0.1)  # 1 pt drawn at a tenth: 0.1 pt
        c.line(200, 200, 1500, 200)
    found = preflight.check_file(make(tmp_path / "a.pdf", draw))
    assert [f.check for f in found] == ["hairline"]
    assert "0.10 pt" in found[0].message


def test_cli_exit_codes(tmp_path, capsys):
    bad = make(tmp_path / "bad.pdf", lambda c: c.setFillColorRGB(1, 0, 0), bleed=0)
    assert cli.main(["preflight", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.pdf: page 1: bleed 0.0 mm, under 3 mm" in out
    assert cli.main(["preflight", str(tmp_path / "missing.pdf")]) == 2
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf")
    assert cli.main(["preflight", str(junk)]) == 1
    assert "cannot read" in capsys.readouterr().out
