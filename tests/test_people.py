"""The people drawing: options, determinism, budget, skin tones that print, the poster."""

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handprint.draw import illustrations as ill
from handprint.draw.illustrations._figure import (
    CLOTHES,
    EXPRESSIONS,
    FACE_PEN,
    HAIR_COLOURS,
    HAIRS,
    POSES,
    SKINS,
)
from handprint.draw.illustrations.people import DEFAULT
from handprint.draw.sketch import count_cubics, op_points
from handprint.layout.display import Art
from handprint.pdf import color
from handprint.spec.pages import parse_size
from tests.conftest import ROOT, build, pdf_text
from tests.test_art_pixels import enclosed_regions

INK = "#1E1E1E"
POSTER = [
    {"skin": "dark", "hair": "short", "expression": "warm", "pose": "reaching",
     "facing": "right", "clothes": "blue"},
    {"skin": "dark", "hair": "long", "expression": "frustrated", "pose": "turned-away",
     "facing": "right", "clothes": "rose"},
]
figure = st.fixed_dictionaries({}, optional={
    "skin": st.sampled_from(list(SKINS)), "hair": st.sampled_from(HAIRS),
    "hair_colour": st.sampled_from(list(HAIR_COLOURS)),
    "expression": st.sampled_from(EXPRESSIONS), "pose": st.sampled_from(POSES),
    "facing": st.sampled_from(["left", "right"]), "clothes": st.sampled_from(list(CLOTHES))})


def ink_bytes(d) -> bytes:
    return repr([(p.role, p.ops) for p in d.paths]).encode()


def test_registered_with_alias_and_default_pair():
    assert ill.module("people") is ill.module("pair")
    d = ill.draw("people", seed=1)
    assert d.meta["figures"] == 2
    assert [f["facing"] for f in DEFAULT] == ["right", "left"]  # facing each other


def test_same_seed_same_drawing_other_seed_differs():
    a = ill.draw("people", seed=5, figures=POSTER)
    assert ink_bytes(a) == ink_bytes(ill.draw("people", seed=5, figures=POSTER))
    assert ink_bytes(a) != ink_bytes(ill.draw("people", seed=6, figures=POSTER))


@pytest.mark.parametrize("value, message", [
    ([{"skin": "darkk"}], "skin must be one of very-light, light, light-medium, medium, "
                          "medium-dark, dark, very-dark, deepest (did you mean 'dark'?)"),
    ([{"hiar": "long"}], "unknown key 'hiar' in figures (did you mean 'hair'?)"),
    ([{"pose": "hug"}], "(did you mean 'hugging'?)"),
    ([{"expression": "angy"}], "(did you mean 'angry'?)"),
    ([{}] * 5, "figures holds at most 4"),
    ("two people", "figures must be a list"),
    (["dark"], "each of figures must be a mapping"),
])
def test_option_messages(value, message):
    got = ill.check_option("people", "figures", value)
    assert got is not None and message in got, got


def test_spec_reports_a_bad_skin_at_its_line(tmp_path):
    from handprint.spec import read as spec
    from tests.conftest import write_spec

    path = write_spec(tmp_path, """\
        title: t
        blocks:
          - illustration: people
            alt: Two people.
            figures:
              - {skin: medum}
        """)
    with pytest.raises(Exception) as caught:
        spec.load(path)
    text = str(caught.value)
    assert ":6" in text and "did you mean 'medium'" in text, text


@given(figs=st.lists(figure, min_size=1, max_size=4), seed=st.integers(0, 2**31 - 1))
@settings(max_examples=60, deadline=None)
def test_every_combination_draws_inside_its_box_within_budget(figs, seed):
    d = ill.draw("people", seed=seed, figures=figs)
    assert count_cubics(d) <= 1500
    for p in d.paths:
        assert p.role in ("ink", "accent", "paper", "tint") or p.role.startswith("#")
        for x, y in op_points(p.ops):
            assert -0.01 <= x <= d.width + 0.01 and -0.01 <= y <= d.height + 0.01


@pytest.mark.parametrize("pose", POSES)
@pytest.mark.parametrize("hair", HAIRS)
def test_each_pose_and_hair_in_a_row_of_four(pose, hair):
    figs = [{"pose": pose, "hair": hair, "expression": EXPRESSIONS[i]} for i in range(4)]
    d = ill.draw("people", seed=3, figures=figs)
    assert count_cubics(d) <= 1500
    assert d.meta["poses"] == [pose] * 4


def luminance(hex_colour: str) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("skin", list(SKINS))
def test_ink_line_shows_on_every_skin_and_prints(skin):
    fill, rim = SKINS[skin]
    # the outline always meets either the skin or the lighter rim kept inside it
    assert contrast(rim or fill, INK) >= 2.5, skin
    # the face's marks show: ink on the lighter tones, a light pen on the darkest
    assert contrast(FACE_PEN.get(skin, INK), fill) >= 1.8, skin
    assert sum(color.cmyk(fill)) <= 3.0 and sum(color.cmyk(rim or fill)) <= 3.0  # total ink


def test_skin_tones_run_light_to_dark():
    tones = [luminance(fill) for fill, _ in SKINS.values()]
    assert tones == sorted(tones, reverse=True) and len(tones) >= 6


def render_grey(figs, seed):
    import pypdfium2 as pdfium

    from handprint.layout.display import Art, Document, Page
    from handprint.pdf import render as pdf

    d = ill.draw("people", seed=seed, figures=figs)
    colors = (("ink", "#000000"), ("accent", "#000000"), ("paper", "#FFFFFF"),
              ("tint", "#FFFFFF"))
    doc = Document(d.width + 20, d.height + 20, 0, False, "#FFFFFF", "p", "en", "t", "t",
                   (Page((Art(10, 10, d.width, d.height, d, colors, "x", "Figure"),)),))
    page = pdfium.PdfDocument(pdf.render(doc))[0]
    return page.render(scale=1).to_pil().convert("L"), d.w


@pytest.mark.parametrize("seed", [1, 3, 4, 5, 6])
@pytest.mark.parametrize("name, figs", [("poster", POSTER), ("default", list(DEFAULT))])
def test_no_pinholes(name, figs, seed):
    image, w = render_grey(figs, seed)
    holes = [s for s in enclosed_regions(image) if s < w * w]
    assert not holes, f"{name} seed {seed}: pinholes of {holes} px (w = {w:.0f} px)"


POSTERS = [ROOT / "handouts" / "repair-takes-work.yaml",
           ROOT / "handouts" / "es" / "repair-takes-work.yaml"]


@pytest.mark.parametrize("size", ["18x24in", "24x36in", "letter"])
@pytest.mark.parametrize("path", POSTERS, ids=lambda p: p.parent.name)
def test_poster_builds_and_reads(path: Path, size):
    doc, data = build(path, size=parse_size(size))
    assert len(doc.pages) == 1
    text = " ".join(pdf_text(data).split())
    banner = ("Rupture is inevitable. Repair takes work." if path.parent.name == "handouts"
              else "Las rupturas son inevitables. Reparar requiere esfuerzo.")
    assert banner.split()[0] in text and banner.split()[-1] in text
    for word in banner.split():
        assert word in text, word
    art = [i for p in doc.pages for i in p.items if isinstance(i, Art) and i.tag.endswith("Figure")]
    assert len(art) == 1 and ("shoulder" in art[0].alt or "hombro" in art[0].alt)
    assert art[0].drawing.meta["poses"] == ["reaching", "turned-away"]
    assert math.isclose(art[0].width / art[0].height,
                        art[0].drawing.width / art[0].drawing.height, rel_tol=1e-6)
