"""--press: CMYK through the bundled profile, an OutputIntent, PDF/X XMP, bleed and marks."""

import io

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from handprint import cli
from handprint.layout import page as layout
from handprint.pdf import color, press
from handprint.spec.pages import NAMED
from handprint.tools import preflight
from tests import spec_api as spec
from tests.conftest import HANDOUTS, ROOT

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"
SIZES = [*NAMED, "18x24in", "24x36in"]


def press_pdf(path, size=None, bleed=None, crop_marks=None):
    s = spec.load(path)
    doc = layout.layout(s, size, *press.settings(s.print.bleed, bleed, crop_marks), True)
    return doc, press.render(doc)


def test_colours_go_through_the_profile():
    assert color.cmyk("#FFFFFF") == (0, 0, 0, 0)
    c, m, y, k = color.cmyk("#1E1E1E")
    assert k > 0.8 and c == m == y == 0  # black text on K alone (test_fixes_press.py)
    c, m, y, k = color.cmyk("#D4A017")  # the accent yellow
    assert y > 0.8 and c < 0.1


def test_press_file_is_pdfx4_style(tmp_path):
    doc, data = press_pdf(POSTER, size=(1728, 2592))
    with pikepdf.open(io.BytesIO(data)) as p:
        assert p.pdf_version >= "1.6"
        (intent,) = p.Root.OutputIntents
        assert intent.S == "/GTS_PDFX" and str(intent.OutputConditionIdentifier) == "FOGRA39"
        profile = intent.DestOutputProfile
        assert profile.N == 4 and profile.read_bytes() == color.PROFILE.read_bytes()
        meta = p.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert str(p.docinfo.GTS_PDFXVersion) == "PDF/X-4"
        assert p.docinfo.Trapped == "/False"
        page = p.pages[0]
        trim = [float(v) for v in page.TrimBox]
        bleed = [float(v) for v in page.BleedBox]
        assert trim[2] - trim[0] == pytest.approx(1728)
        assert trim[0] - bleed[0] == pytest.approx(9)  # 0.125 in by default
        assert float(page.MediaBox[2]) > bleed[2]  # room for crop marks
        assert "/AcroForm" not in p.Root
        text = page.Contents.read_bytes() if isinstance(page.Contents, pikepdf.Stream) else b""
        assert b" k\n" in text or b" K\n" in text
    path = tmp_path / "p.pdf"
    path.write_bytes(data)
    assert preflight.check_file(path) == []


def test_same_spec_same_bytes():
    assert press_pdf(POSTER)[1] == press_pdf(POSTER)[1]


@pytest.mark.parametrize("size", SIZES)
def test_press_output_passes_preflight_at_every_size(tmp_path, size):
    dest = tmp_path / f"{size}.pdf"
    assert cli.main(["build", str(POSTER), "--size", size, "--press", "-o", str(dest)]) == 0
    assert preflight.check_file(dest) == []


@pytest.mark.parametrize("path", HANDOUTS, ids=lambda p: p.stem)
def test_every_handout_passes_preflight_with_press(tmp_path, path):
    dest = tmp_path / "h.pdf"
    assert cli.main(["build", str(path), "--press", "-o", str(dest)]) == 0
    assert preflight.check_file(dest) == []


def test_images_become_cmyk_without_transparency(tmp_spec, tmp_path):
    picture = Image.new("RGBA", (1500, 1500), (30, 120, 200, 255))
    picture.paste((0, 0, 0, 0), (0, 0, 700, 700))  # a transparent corner
    picture.save(tmp_path / "logo.png")
    path = tmp_spec("title: T\nsize: letter\nblocks:\n  - image: logo.png\n"
                    "    alt: A blue square.\n    width: 0.3\n")
    _, data = press_pdf(path)
    with pikepdf.open(io.BytesIO(data)) as p:
        images = list(p.pages[0].get_images().values())
        assert images and all(x.ColorSpace == "/DeviceCMYK" and "/SMask" not in x
                               for x in images)
    dest = tmp_path / "out.pdf"
    dest.write_bytes(data)
    assert preflight.check_file(dest) == []
    rgb = pdfium.PdfDocument(data)[0].render(scale=0.5).to_pil().convert("RGB")
    r, g, b = max(rgb.getcolors(1 << 20), key=lambda c: c[0] * (c[1] != (255, 255, 255)))[1]
    assert b > r + 100 and abs(g - 120) < 30  # still blue: CMYK not inverted


def test_press_refuses_a_bleed_under_3mm(capsys):
    assert cli.main(["build", str(POSTER), "--press", "--bleed", "1mm", "-o", "x.pdf"]) == 2
    assert "3mm" in capsys.readouterr().err


def test_press_keeps_a_large_enough_spec_bleed():
    assert press.settings(18.0, None, None) == (18.0, True)
    assert press.settings(2.0, None, None) == (9.0, True)  # 0.125 in
    assert press.settings(0.0, 12.0, False) == (12.0, False)
