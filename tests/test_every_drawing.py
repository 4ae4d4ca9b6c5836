"""What every drawing module owes the registry, checked for every registered drawing and each
of its option choices, so a new drawing is covered by adding its module: a meaning, a sample
alt, documented options whose defaults pass; the same seed draws the same geometry; another
seed draws another hand with the same parts."""

from __future__ import annotations

import pytest

from handprint.draw import illustrations as ill
from handprint.draw.illustrations.base import Option
from handprint.layout.display import Art, Document, Page
from handprint.pdf import render as pdf

DRAWINGS = sorted({ill.module(n).NAME for n in ill.NAMES})


def variants(name: str) -> list[dict]:
    """The defaults, then each other choice of each option (a bool flipped)."""
    out: list[dict] = [{}]
    for key, o in ill.OPTIONS[name].items():
        if o.each:
            continue
        if isinstance(o.default, bool):
            out.append({key: not o.default})
        elif o.choices:
            out += [{key: c} for c in o.choices if c != o.default]
    return out


ALL = [(n, v) for n in DRAWINGS for v in variants(n)]


@pytest.mark.parametrize("name", DRAWINGS)
def test_registered_with_meaning_alt_and_documented_options(name):
    module = ill.module(name)
    assert module.MEANING.strip().endswith(".") and len(module.MEANING) <= 200, name
    assert module.ALT.strip().endswith("."), name
    for key, option in ill.OPTIONS[name].items():
        assert isinstance(option, Option) and option.doc, (name, key)
        assert ill.check_option(name, key, option.default) is None, (name, key)


def ink(d) -> set[int]:
    colors = (("ink", "#000000"), ("accent", "#FFFFFF"), ("paper", "#FFFFFF"),
              ("tint", "#FFFFFF"))
    w, h = d.width / 6, d.height / 6  # about 6 units a pixel
    doc = Document(w, h, 0, False, "#FFFFFF", "t", "en", "t", "t",
                   (Page((Art(0, 0, w, h, d, colors, "x", "Figure"),)),))
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(pdf.render(doc))[0].render(scale=1).to_pil().convert("L")
    return {i for i, v in enumerate(image.tobytes()) if v < 128}


@pytest.mark.parametrize("name,opts", ALL, ids=[f"{n}-{v}" for n, v in ALL])
def test_same_seed_same_drawing_other_seed_another_hand(name, opts):
    a, b, c = (ill.draw(name, seed=s, **opts) for s in (7, 7, 8))
    assert a == b  # the same seed: the same geometry, to the last digit
    assert a.paths != c.paths
    assert {s.kind for s in a.strokes} == {s.kind for s in c.strokes}  # the same parts
    ink_a, ink_c = ink(a), ink(c)
    assert len(ink_a & ink_c) / len(ink_a | ink_c) < 0.9  # visibly another sketch
