"""`band:` in a spec turns the brand band on or off for that spec alone (the studio's switch)."""

from __future__ import annotations

import shutil

from handprint import pipeline
from tests.conftest import ROOT, pdf_text, write_spec


def test_band_none_in_the_spec_wins_over_the_kit(tmp_path):
    for name in ("brand.yaml", "logo.png"):
        shutil.copy(ROOT / "docs" / "examples" / name, tmp_path / name)
    body = "title: T\nkind: handout\n{band}blocks:\n  - text: Hello\n"
    on = pipeline.build(write_spec(tmp_path, body.format(band=""), "on.yaml"))
    off = pipeline.build(write_spec(tmp_path, body.format(band="band: none\n"), "off.yaml"))
    first = pipeline.build(write_spec(tmp_path, body.format(band="band: first\n"), "f.yaml"))
    assert "Riverside Counselling Clinic" in pdf_text(on.pdf)
    assert "Riverside Counselling Clinic" in pdf_text(first.pdf)
    assert "Riverside Counselling Clinic" not in pdf_text(off.pdf)
    assert off.spec.brand is not None and off.spec.brand.band == "none"
