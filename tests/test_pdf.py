"""The PDF as a reader and a print shop see it: text, page boxes, fonts, metadata, pixels."""

import re

import pypdfium2 as pdfium
import pytest

from handprint.pdf import render as pdf
from tests.conftest import build, pdf_text, save_failure, words

POSTER = """\
title: Ruptures poster
kind: poster
size: letter
lang: es
author: A clinic
subject: Repair
theme: {paper: "#F8EDE8", ink: "#1E1E1E", accent: "#D4A017"}
print: {bleed: 0.125in, crop_marks: true}
blocks:
  - heading: rupturas
  - illustration: rupture
    alt: A broken line.
  - text: "Plain paragraphs, with **bold** and *italic*. Ñandú, Łódź, Tiếng Việt."
  - banner: Rupture is inevitable. Repair takes work.
"""


@pytest.fixture
def poster(tmp_spec):
    return build(tmp_spec(POSTER))


def test_every_word_is_in_the_text(poster):
    _, data = poster
    found = pdf_text(data).split()
    for word in words("rupturas Plain paragraphs, with **bold** and *italic*. Ñandú, Łódź, "
                      "Tiếng Việt. Rupture is inevitable. Repair takes work."):
        assert word in found


def test_page_boxes_with_bleed_and_crop_marks(poster):
    _, data = poster
    page = pdfium.PdfDocument(data)[0]
    trim, bleed, media = page.get_trimbox(), page.get_bleedbox(), page.get_mediabox()
    assert trim[2] - trim[0] == pytest.approx(612) and trim[3] - trim[1] == pytest.approx(792)
    assert bleed == pytest.approx((trim[0] - 9, trim[1] - 9, trim[2] + 9, trim[3] + 9))
    room = bleed[0] - media[0]
    assert room >= pdf.MARK_GAP + pdf.MARK_LEN  # crop marks sit outside the bleed
    assert media[2] - bleed[2] == pytest.approx(room)


def test_no_bleed_means_trim_is_the_page(tmp_spec):
    _, data = build(tmp_spec("title: T\nsize: a4\nblocks:\n  - text: hi\n"))
    page = pdfium.PdfDocument(data)[0]
    assert page.get_mediabox() == pytest.approx(page.get_trimbox())
    assert page.get_trimbox() == pytest.approx((0, 0, 595.276, 841.89), abs=1e-3)


def test_fonts_embedded_and_subset(poster):
    _, data = poster
    names = re.findall(rb"/BaseFont /([^\s/>]+)", data)
    assert names, "no fonts"
    assert all(re.match(rb"^[A-Z]{6}\+", n) for n in names), names  # subset tag
    assert not any(b"Helvetica" in n or b"Times" in n for n in names)
    descriptors = len(re.findall(rb"/Type /FontDescriptor", data))
    assert len(re.findall(rb"/FontFile2", data)) == descriptors > 0


def test_metadata(poster):
    _, data = poster
    doc = pdfium.PdfDocument(data)
    meta = doc.get_metadata_dict()
    assert meta["Title"] == "Ruptures poster"
    assert meta["Author"] == "A clinic" and meta["Subject"] == "Repair"
    assert b"/Lang (es)" in data
    assert b"/DisplayDocTitle true" in data


def test_same_input_same_bytes(tmp_spec):
    a = build(tmp_spec(POSTER, "a.yaml"))[1]
    b = build(tmp_spec(POSTER, "a.yaml"))[1]
    assert a == b


def test_art_is_vector(poster):
    _, data = poster
    assert b"/Subtype /Image" not in data


def render(data: bytes, scale: float = 1.0):
    page = pdfium.PdfDocument(data)[0]
    return page.render(scale=scale, crop=(0, 0, 0, 0), may_draw_forms=False).to_pil().convert("RGB")


def test_paper_runs_into_the_bleed_and_marks_sit_outside(poster):
    _, data = poster
    image = render(data)
    page = pdfium.PdfDocument(data)[0]
    media, bleed, trim = page.get_mediabox(), page.get_bleedbox(), page.get_trimbox()
    height = media[3]

    def at(x, y):  # PDF points -> pixel (y up -> y down)
        return image.getpixel((int(x), int(height - y)))

    paper = (0xF8, 0xED, 0xE8)
    checks = {
        "bleed corner is paper": (at(bleed[0] + 2, bleed[1] + 2), paper),
        "inside trim corner is paper": (at(trim[0] + 3, trim[1] + 3), paper),
        "slug corner is white": (at(media[0] + 2, media[1] + 2), (255, 255, 255)),
    }
    mark_x = trim[0] - 9 - pdf.MARK_GAP - pdf.MARK_LEN / 2
    mark = at(mark_x, trim[1])
    for name, (got, want) in checks.items():
        if max(abs(a - b) for a, b in zip(got, want, strict=True)) > 3:
            raise AssertionError(f"{name}: {got} != {want}, see {save_failure(image, 'bleed')}")
    assert sum(mark) < 3 * 160, f"no crop mark at the trim line: {save_failure(image, 'marks')}"


def test_write_is_atomic(tmp_spec, tmp_path, monkeypatch):
    doc, _ = build(tmp_spec(POSTER))
    out = tmp_path / "out" / "p.pdf"
    pdf.write(doc, out)
    before = out.read_bytes()

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(pdf.os, "replace", broken)
    with pytest.raises(OSError):
        pdf.write(doc, out)
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["p.pdf"]


def test_images_are_placed_with_transparency(tmp_path):
    from PIL import Image

    logo = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    for x in range(100):
        for y in range(100):
            logo.putpixel((x, y), (200, 20, 20, 255))  # left half red, right half clear
    logo.save(tmp_path / "logo.png")
    path = tmp_path / "s.yaml"
    path.write_text("title: T\nsize: letter\ntheme: {paper: '#F8EDE8'}\nblocks:\n"
                    "  - image: logo.png\n    alt: A red square.\n")
    doc, data = build(path)
    assert b"/Subtype /Image" in data
    (pic,) = doc.pages[0].items
    image = render(data)
    cy = int(pic.y + pic.height / 2)
    left = image.getpixel((int(pic.x + pic.width * 0.25), cy))
    right = image.getpixel((int(pic.x + pic.width * 0.75), cy))
    if left[0] < 150 or left[1] > 80 or right != (0xF8, 0xED, 0xE8):
        raise AssertionError(f"{left} {right}: see {save_failure(image, 'image')}")
