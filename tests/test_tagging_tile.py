"""Tiled posters are tagged: instructions and labels as text, the poster on each page as a
Figure whose alt text says what it shows, nothing tagged hidden inside an artifact."""

import io

import pdfua
import pikepdf

from handprint.layout import page as layout
from handprint.pdf import render as pdf
from handprint.tools import tile
from tests import spec_api as spec
from tests.conftest import ROOT

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"


def sheets() -> tuple[bytes, tile.Plan]:
    doc = layout.layout(spec.load(POSTER), (1728.0, 2592.0), 0.0, False, True)
    return tile.tile(pdf.render(doc), "Ruptures", "letter")


def test_tree_has_the_words_and_the_poster_as_figures():
    data, p = sheets()
    out = pikepdf.open(io.BytesIO(data))
    doc = out.Root.StructTreeRoot.K[0]
    roles = [str(k.S)[1:] for k in doc.K]
    assert roles == ["H1", "P", "Figure"] + ["P", "Figure"] * (p.cols * p.rows)
    alt = str(doc.K[2].Alt)
    assert alt.startswith("The poster Ruptures.")
    assert "A single line broken in the middle." in alt  # the poster's own drawings' alt
    assert str(doc.K[4].Alt) == "Part A1 of the poster Ruptures."


def test_placed_poster_carries_no_tags_of_its_own_and_pdfua_finds_nothing(tmp_path):
    data, _ = sheets()
    out = pikepdf.open(io.BytesIO(data))
    form = out.pages[0].obj.Resources.XObject.Poster
    ops = {str(op) for _, op in pikepdf.parse_content_stream(form)}
    assert not ops & {"BDC", "BMC", "EMC"}
    nums = out.Root.StructTreeRoot.ParentTree.Nums
    for n, page in enumerate(out.pages):  # every MCID on a page has its element
        mcids = [int(o[1].MCID) for o, op in pikepdf.parse_content_stream(page)
                 if str(op) == "BDC" and isinstance(o[1], pikepdf.Dictionary)]
        entry = next(nums[k + 1] for k in range(0, len(nums), 2) if int(nums[k]) == n)
        assert sorted(mcids) == list(range(len(entry)))
    (tmp_path / "t.pdf").write_bytes(data)
    report = pdfua.validate(str(tmp_path / "t.pdf"))
    assert report.exit_code == 0 and not report.findings
