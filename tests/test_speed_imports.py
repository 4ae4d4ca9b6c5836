"""A single build imports only what it needs, and registers only the fonts it draws with."""

from __future__ import annotations

import json
import subprocess
import sys

from handprint.text import fonts

from .conftest import ROOT

PROBE = """
import json, runpy, sys
sys.argv = ["render.py", "build", {spec!r}, "-o", {out!r}]
try:
    runpy.run_path({render!r}, run_name="__main__")
except SystemExit:
    pass
from reportlab.pdfbase import pdfmetrics
print(json.dumps({{"modules": sorted(sys.modules), "fonts": pdfmetrics.getRegisteredFontNames()}}))
"""


def probe(tmp_path) -> dict:
    code = PROBE.format(spec=str(ROOT / "handouts" / "ruptures-poster.yaml"),
                        out=str(tmp_path / "p.pdf"), render=str(ROOT / "render.py"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.splitlines()[-1])


def test_one_build_imports_no_pool_server_or_preview_code(tmp_path):
    found = probe(tmp_path)
    assert (tmp_path / "p.pdf").exists()
    unused = {"multiprocessing", "concurrent.futures", "segno", "watchfiles", "pypdfium2",
              "numpy"}
    assert unused.isdisjoint(found["modules"])
    # a Latin poster is drawn in its theme's faces: Noto Sans is asked, never loaded
    assert not [f for f in found["fonts"] if f.startswith("Noto")]


def test_cmap_reader_agrees_with_reportlab_on_every_bundled_font():
    for path in sorted(fonts.FONT_DIR.glob("*.ttf")):
        assert fonts.cmap_chars(path.read_bytes()) == fonts._register(path.stem), path.name


def test_one_build_imports_only_the_blocks_and_drawings_its_spec_names(tmp_path):
    found = probe(tmp_path)["modules"]
    blocks = {m.rpartition(".")[2] for m in found if m.startswith("handprint.blocks.")}
    assert {"banner", "heading", "illustration", "text"} <= blocks  # what the poster uses
    assert not {"table", "columns", "row", "checklist", "fill_in", "qa"} & blocks
    drawings = {m.rpartition(".")[2] for m in found
                if m.startswith("handprint.draw.illustrations.")}
    own = {d for d in drawings if not d.startswith("_") and d != "base"}
    assert own == {"rupture", "disagreement", "misunderstanding", "repair"}


LAZY = """
import json, sys
import handprint.blocks
from handprint.draw import illustrations
from handprint.spec import read
from handprint.errors import SpecError
from pathlib import Path
out = {}
try:
    read.parse("title: T\\nblocks:\\n  - heding: Hi\\n", Path("s.yaml"))
except SpecError as e:
    out["typo"] = str(e)
out["blocks"] = sorted(m for m in sys.modules if m.startswith("handprint.blocks."))
out["own"] = illustrations.module("feelings-scale").NAME
out["one"] = sorted(m for m in sys.modules if m.startswith("handprint.draw.illustrations."))
out["alias"] = illustrations.module("pair").NAME  # an alias: every drawing is imported
out["names"] = list(illustrations.NAMES)
print(json.dumps(out))
"""


def test_names_and_aliases_work_in_a_fresh_process():
    done = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    out = json.loads(done.stdout.splitlines()[-1])
    assert "'heding' is not a block type (did you mean 'heading'?)" in out["typo"]
    assert out["blocks"] == []  # the did-you-mean needs only the keys
    assert out["own"] == "feelings-scale"
    one = [m.rpartition(".")[2] for m in out["one"]]
    assert [m for m in one if not m.startswith("_") and m != "base"] == ["feelings_scale"]
    assert out["alias"] == "people"
    assert {"pair", "people", "feelings-scale", "rupture"} <= set(out["names"])
