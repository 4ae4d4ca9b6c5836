"""`band:` in a spec turns the brand band on or off for that spec alone (the studio's switch)."""

from __future__ import annotations

import shutil

import pytest

from handprint import pipeline
from handprint.layout.display import Run
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


@pytest.mark.parametrize("band, carry", [("first", 0), ("last", -1)])
def test_pages_without_the_band_use_its_room(tmp_path, band, carry):
    for name in ("brand.yaml", "logo.png"):
        shutil.copy(ROOT / "docs" / "examples" / name, tmp_path / name)
    words = "Words to read on every page of this handout. " * 90
    blocks = f"  - text: {words}\n" * 3
    spec = f"title: T\nkind: handout\nband: {band}\nblocks:\n{blocks}"
    built = pipeline.build(write_spec(tmp_path, spec), render=False)
    pages = built.doc.pages
    assert len(pages) >= 3

    def lowest_word(page):
        return max(i.y for i in page.items if isinstance(i, Run) and i.text.startswith("Words"))

    def has_band(page):
        return any(isinstance(i, Run) and "Riverside" in i.text for i in page.items)

    assert [has_band(p) for p in pages].count(True) == 1 and has_band(pages[carry])
    middle = lowest_word(pages[1])  # a page without the band: words run lower
    assert middle > lowest_word(pages[carry]) + 36
