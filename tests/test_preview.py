"""Previews: PNG pages next to the PDFs, and one contact sheet of every handout."""

import os

from PIL import Image

from handprint import cli
from tests.conftest import ROOT

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"


def dark_share(grey: Image.Image) -> float:
    """The share of pixels darker than mid grey."""
    counts = grey.histogram()
    return sum(counts[:128]) / sum(counts)


def test_preview_writes_pngs_at_the_asked_dpi(tmp_path, capsys):
    assert cli.main(["preview", str(POSTER), "--dpi", "20", "-o", str(tmp_path)]) == 0
    png = tmp_path / "ruptures-poster-1.png"
    assert (tmp_path / "ruptures-poster.pdf").is_file() and png.is_file()
    with Image.open(png) as im:
        assert im.size == (360, 480)  # 18x24 in at 20 dpi, trimmed
        grey = im.convert("L")
    # the poster is drawn: dark ink in every quarter of the page, on mostly light paper
    for top in range(0, 480, 120):
        assert dark_share(grey.crop((0, top, 360, top + 120))) > 0.01, top
    assert dark_share(grey) < 0.3
    assert str(png) in capsys.readouterr().out


def test_preview_reports_a_bad_spec(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: T\nblocks:\n  - colr: x\n")
    assert cli.main(["preview", str(bad), "-o", str(tmp_path)]) == 1
    assert "bad.yaml:3" in capsys.readouterr().err


def test_contact_sheet_of_every_handout(tmp_path, capsys):
    (tmp_path / "handouts").symlink_to(ROOT / "handouts")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert cli.main(["sheet"]) == 0
    finally:
        os.chdir(cwd)
    with Image.open(tmp_path / "out" / "contact-sheet.png") as im:
        assert im.width > 1000 and im.height > 300
    assert "handouts" in capsys.readouterr().out
