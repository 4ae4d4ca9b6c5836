"""Tiled posters: the sheets, trimmed and overlapped, rebuild the poster at full size."""

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from handprint import cli
from handprint.layout import page as layout
from handprint.pdf import render as pdf
from handprint.spec.pages import NAMED
from handprint.tools import tile
from tests import spec_api as spec
from tests.conftest import ROOT, pdf_text, save_failure

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"
DPI = 30


def poster_pdf(size=(1728.0, 2592.0)) -> bytes:
    return pdf.render(layout.layout(spec.load(POSTER), size, 0.0, False, True))


def test_plan_picks_the_fewest_sheets():
    p = tile.plan((1728, 2592), "letter")
    assert (p.cols, p.rows, p.sheet) == (3, 5, (792.0, 612.0))  # landscape: 15, not 16
    for r in range(p.rows):  # the parts cover the poster, each overlapping the next
        for c in range(p.cols):
            x, y, w, h = p.part(r, c)
            assert w > 0 and h > 0
    x, y, w, h = p.part(p.rows - 1, p.cols - 1)
    assert (x + w, y + h) == pytest.approx((1728, 2592))
    assert p.step[0] == pytest.approx(p.region[0] - p.overlap)


def test_overlap_too_wide_is_a_usage_error(capsys):
    assert cli.main(["tile", str(POSTER), "--overlap", "9in"]) == 2
    assert "too little" in capsys.readouterr().err


def stitch(sheets: bytes, p: tile.Plan) -> Image.Image:
    """Paste each sheet's printed part where it belongs, in row order, later ones on top:
    what trimming and taping does."""
    k = DPI / 72
    doc = pdfium.PdfDocument(sheets)
    out = Image.new("RGB", (round(p.poster[0] * k), round(p.poster[1] * k)), "white")
    for n in range(1, len(doc)):
        r, c = divmod(n - 1, p.cols)
        x, y, w, h = p.part(r, c)
        sheet = doc[n].render(scale=k).to_pil().convert("RGB")
        box = (round(p.inset * k), round(p.inset * k), round((p.inset + w) * k),
               round((p.inset + h) * k))
        out.paste(sheet.crop(box), (round(x * k), round(y * k)))
    return out


@pytest.mark.parametrize("sheet", ["letter", "a4"])
def test_stitched_sheets_rebuild_the_poster(sheet):
    data = poster_pdf()
    sheets, p = tile.tile(data, "Ruptures", sheet)
    doc = pdfium.PdfDocument(sheets)
    assert len(doc) == 1 + p.cols * p.rows
    for n in range(len(doc)):  # actual size: every page is exactly the sheet
        assert tuple(sorted(doc[n].get_size())) == pytest.approx(NAMED[sheet], abs=0.01)
    built = np.asarray(stitch(sheets, p), dtype=float)
    want = np.asarray(pdfium.PdfDocument(data)[0].render(scale=DPI / 72).to_pil()
                      .convert("RGB").resize((built.shape[1], built.shape[0])), dtype=float)
    # Each sheet lands a fraction of a pixel off the poster's grid: allow one pixel of shift.
    diff = np.min([np.abs(built - np.roll(want, (dy, dx), axis=(0, 1))).max(axis=2)
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1)], axis=0)
    k = DPI / 72  # and a pixel either side of each seam, where rounding shows a sliver
    for c in range(1, p.cols):
        x = round(c * p.step[0] * k)
        diff[:, x - 1:x + 2] = 0
    for r in range(1, p.rows):
        y = round(r * p.step[1] * k)
        diff[y - 1:y + 2] = 0
    if diff.mean() >= 1.5 or (diff > 128).mean() >= 0.003:
        save_failure(Image.fromarray(diff.astype("uint8")), f"tile-{sheet}")
    assert diff.mean() < 1.5  # antialiasing at edges a fraction of a pixel apart
    assert (diff > 128).mean() < 0.003  # no missing or doubled strip at a seam


def test_marks_and_labels_stay_inside_the_printable_margin():
    sheets, p = tile.tile(poster_pdf(), "Ruptures", "letter")
    k = 72 / 72
    doc = pdfium.PdfDocument(sheets)
    edge = int(p.margin * k) - 1
    for n in range(len(doc)):
        img = np.asarray(doc[n].render(scale=k).to_pil().convert("L"))
        border = np.concatenate([img[:edge].ravel(), img[-edge:].ravel(),
                                 img[:, :edge].ravel(), img[:, -edge:].ravel()])
        assert border.min() == 255, f"page {n + 1} prints in the margin"


def test_every_sheet_is_labelled():
    sheets, p = tile.tile(poster_pdf(), "Ruptures poster", "a4")
    pages = pdf_text(sheets).split("\n")
    total = p.cols * p.rows
    text = pdf_text(sheets)
    assert "Assembly map: Ruptures poster" in text
    for n in range(total):
        r, c = divmod(n, p.cols)
        assert f"{tile.name(r, c)}" in text
        assert f"sheet {n + 1} of {total}" in text
    assert pages


def test_cli_tiles_a_spec_or_a_pdf(tmp_path, capsys):
    out = tmp_path / "t.pdf"
    assert cli.main(["tile", str(POSTER), "--sheet", "a4", "--size", "18x24in",
                     "-o", str(out)]) == 0
    assert "a4 sheets" in capsys.readouterr().out
    poster = tmp_path / "p.pdf"
    assert cli.main(["build", str(POSTER), "--bleed", "3mm", "--crop-marks",
                     "-o", str(poster)]) == 0
    assert cli.main(["tile", str(poster), "-o", str(tmp_path / "u.pdf")]) == 0
    assert cli.main(["tile", str(poster), "--size", "a2"]) == 2
    assert cli.main(["tile", str(tmp_path / "nothing.yaml")]) == 2


def test_sheet_marks_are_artifacts_for_screen_readers(tmp_path):
    """Cut marks, overlap lines, triangles and the placed poster are decoration here (the
    poster's own PDF is the accessible one): the pdfua checker finds nothing untagged."""
    import pdfua

    data, _ = tile.tile(poster_pdf(), "Ruptures", "letter")
    (tmp_path / "t.pdf").write_bytes(data)
    report = pdfua.validate(str(tmp_path / "t.pdf"))
    assert report.exit_code == 0, [(f.rule_id, f.message) for f in report.findings]
