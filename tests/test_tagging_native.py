"""The structure tree is written by ReportLab while it draws: a normal build imports no PDF
library, gives the same bytes every run, and the tree (read back with pikepdf) is whole."""

import hashlib
import subprocess
import sys

import pikepdf
import pytest

from tests.conftest import ROOT, build

BUILD = """\
import hashlib, sys
from pathlib import Path
from handprint import pipeline
data = pipeline.build(Path(sys.argv[1])).pdf
print(hashlib.sha256(data).hexdigest())
print(sorted(m for m in ("pikepdf", "lxml") if m in sys.modules))
"""
WORKSHEET = ROOT / "handouts" / "bringing-it-up.yaml"


def run_build(path):
    out = subprocess.run([sys.executable, "-c", BUILD, str(path)], capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(ROOT / "src"),
                                                     "PATH": "/usr/bin:/bin"})
    digest, imported = out.stdout.split("\n")[:2]
    return digest, imported


def test_a_build_imports_no_pdf_library_and_repeats_byte_for_byte():
    first, imported = run_build(WORKSHEET)
    assert imported == "[]"  # pikepdf and lxml cost about 50 ms of start-up
    assert run_build(WORKSHEET)[0] == first
    _, data = build(WORKSHEET)
    assert hashlib.sha256(data).hexdigest() == first


def test_tree_objects_are_whole():
    _, data = build(WORKSHEET)
    pdf = pikepdf.open(__import__("io").BytesIO(data))
    assert not pdf.check_pdf_syntax()  # qpdf's own structural check finds nothing
    root = pdf.Root.StructTreeRoot
    assert root.K[0].S == pikepdf.Name.Document and root.K[0].P.objgen == root.objgen
    nums = list(root.ParentTree.Nums)
    pairs = dict(zip(nums[::2], nums[1::2], strict=True))
    for n, page in enumerate(pdf.pages):  # each page's MCIDs point back at their element
        assert int(page.obj.StructParents) == n
        for mcid, elem in enumerate(pairs[n]):
            assert any(k.get("/MCID") == mcid and k.Pg.objgen == page.obj.objgen
                       for k in elem.K if isinstance(k, pikepdf.Dictionary))
    assert int(root.ParentTreeNextKey) == max(pairs) + 1
    meta = pdf.open_metadata()
    assert meta["pdfuaid:part"] == "1" and meta["dc:title"] == pdf.docinfo.Title


@pytest.mark.parametrize("title", ["Ruptures & <repair>", "القطيعة والإصلاح"])
def test_titles_survive_in_the_metadata(tmp_spec, title):
    _, data = build(tmp_spec(f"title: '{title}'\nkind: handout\nblocks:\n  - text: Hi.\n"))
    meta = pikepdf.open(__import__("io").BytesIO(data)).open_metadata()
    assert meta["dc:title"] == title
