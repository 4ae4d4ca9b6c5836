"""Layout: type scales with the page, text shrinks to fit within limits, nothing is lost."""

import pytest

from handprint.errors import SpecError
from handprint.layout import page as layout
from handprint.layout.display import Art, Run
from handprint.spec.pages import NAMED
from handprint.text import fonts
from tests import spec_api as spec

TEXT = "Rupture is inevitable. Repair takes work. " * 3


def runs(doc):
    return [i for i in doc.pages[0].items if isinstance(i, Run)]


def run_box(r: Run) -> tuple[float, float, float, float]:
    w = fonts.width(r.text, r.font, r.size)
    return (r.x, r.y - r.size * 0.8, r.x + w, r.y + r.size * 0.25)


def assert_inside_and_apart(doc):
    boxes = [run_box(r) for r in runs(doc)]
    for x0, y0, x1, y1 in boxes:
        assert 0 <= x0 and x1 <= doc.width + 0.01 and 0 <= y0 and y1 <= doc.height
    for n, a in enumerate(boxes):
        for b in boxes[n + 1:]:
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= 0.01 or overlap_y <= 0.01, (a, b)


def test_type_scales_with_the_page(tmp_spec):
    s = spec.load(tmp_spec("title: T\nblocks:\n  - heading: Hello\n  - text: world\n"))
    small = layout.layout(s, size=NAMED["letter"])
    big = layout.layout(s, size=(24 * 72, 36 * 72))
    ratio = runs(big)[0].size / runs(small)[0].size
    assert ratio == pytest.approx(24 * 72 / 612 * big.scale / small.scale, rel=1e-6)
    assert ratio > 2.5


def test_long_text_shrinks_but_not_below_the_minimum(tmp_spec):
    head = "title: T\nsize: letter\nblocks:\n"
    short = spec.load(tmp_spec(f"{head}  - text: {TEXT}\n"))
    long_ = spec.load(tmp_spec(f"{head}  - text: {TEXT * 9}\n  - text: {TEXT * 9}\n"))
    a, b = layout.layout(short), layout.layout(long_)
    assert a.scale == 1.3  # a roomy poster grows its type
    assert 12 / 20 <= b.scale < 1.0
    assert min(r.size for r in runs(b)) >= 12 - 1e-6
    assert_inside_and_apart(b)


def test_too_much_text_fails_naming_the_block(tmp_spec):
    body = "".join(f"  - text: {TEXT * 9}\n" for _ in range(4))
    path = tmp_spec(f"title: T\nsize: letter\nblocks:\n  - heading: Hi\n{body}")
    with pytest.raises(SpecError) as info:
        layout.layout(spec.load(path))
    (problem,) = info.value.problems
    assert problem.line == 8 and "the page runs out at this block" in problem.message
    assert "12pt" in problem.message


def test_a_word_wider_than_the_page_fails_naming_it(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\nblocks:\n  - text: ok\n  - text: " + "x" * 99 + "\n")
    with pytest.raises(SpecError) as info:
        layout.layout(spec.load(path))
    assert info.value.problems[0].line == 5
    assert "is too wide for its column" in info.value.problems[0].message


def test_missing_glyphs_are_named(tmp_spec, monkeypatch):
    monkeypatch.setattr(fonts, "SYSTEM_FONTS", False)  # as on a machine with no CJK/Thai font
    monkeypatch.setattr(fonts, "FONT_DIRS", [])
    path = tmp_spec("title: T\nblocks:\n  - text: 'Thai ก 😀'\n  - list: [ok, '漢字']\n")
    with pytest.raises(SpecError) as info:
        layout.layout(spec.load(path))
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        f"{path}:3: emoji cannot be printed (U+1F600 '😀') in this text: remove it, or use a "
        "drawing as an icon (an illustration block)",
        f"{path}:3: no font for Thai text (U+0E01 'ก') in this text: install the package "
        "fonts-thai-tlwg-ttf, or any TrueType font for Thai that fontconfig can find",
        f"{path}:4: no font for Chinese text (U+6F22 '漢', U+5B57 '字') in this list: install "
        "the package fonts-wqy-microhei or fonts-droid-fallback, or any TrueType font for "
        "Chinese that fontconfig can find",
    ]


def test_fallback_font_covers_other_scripts(tmp_spec):
    text = "Tiếng Việt, Ελληνικά, Русский, Łódź, Ærø"
    doc = layout.layout(spec.load(tmp_spec(f"title: T\nblocks:\n  - text: {text}\n")))
    placed = "".join(r.text for r in runs(doc))
    assert placed.replace(" ", "") == text.replace(" ", "")
    assert {r.font for r in runs(doc)} == {"ComicNeue-Regular", "NotoSans-Regular"}


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("size", ["letter", "a4", "tabloid", "a1", "18x24in"])
def test_every_block_type_fits_every_size(tmp_spec, size, orientation):
    path = tmp_spec(f"""\
        title: T
        size: {size}
        orientation: {orientation}
        blocks:
          - heading: A heading that is fairly long
          - illustration: rupture
            alt: A broken line.
          - text: "Some **bold** and *italic* words. {TEXT}"
          - list: [one point, another point]
          - quote: A quote in a box.
            by: A person
          - row:
              - text: Left column words.
              - text: Right column words.
          - banner: Rupture is inevitable. Repair takes work.
          - footer: A footer line.
        """)
    doc = layout.layout(spec.load(path))
    assert_inside_and_apart(doc)
    arts = [i for i in doc.pages[0].items if isinstance(i, Art)]
    for a in arts:
        assert 0 <= a.x and a.x + a.width <= doc.width + 0.01
        assert 0 <= a.y and a.y + a.height <= doc.height + 0.01


def test_poster_spreads_short_content_and_pins_the_footer(tmp_spec):
    doc = layout.layout(spec.load(tmp_spec(
        "title: T\nblocks:\n  - heading: Top\n  - text: Middle\n  - footer: Foot\n")))
    heading, middle, foot = runs(doc)
    assert foot.y > doc.height * 0.9
    assert doc.height * 0.2 < middle.y < doc.height * 0.8
    assert doc.scale == pytest.approx(1.3)


def test_layout_is_plain_data(tmp_spec):
    s = spec.load(tmp_spec("title: T\nblocks:\n  - illustration: rupture\n    alt: x\n"))
    assert layout.layout(s) == layout.layout(s)


def test_a_wide_size_stays_wide_unless_told(tmp_spec):
    wide = spec.load(tmp_spec("title: T\nsize: 24x18in\nblocks:\n  - text: a\n"))
    assert (layout.layout(wide).width, layout.layout(wide).height) == (1728, 1296)
    upright = spec.load(tmp_spec("title: T\nsize: 24x18in\norientation: portrait\n"
                                 "blocks:\n  - text: a\n"))
    assert layout.layout(upright).width == 1296


def test_minimum_type_size_holds_on_small_pages(tmp_spec):
    body = "".join(f"  - text: {TEXT * 8}\n" for _ in range(3))
    doc = layout.layout(spec.load(tmp_spec(f"title: T\nkind: handout\nsize: 5x7in\n"
                                           f"blocks:\n{body}")), size=None)
    body_runs = [r for d in doc.pages for r in d.items
                 if isinstance(r, Run) and not r.text.startswith(("Page ", "T"))]
    assert len(doc.pages) > 1 and min(r.size for r in body_runs) >= 10 - 1e-6


def test_headings_are_set_in_the_bold_lettering_face(tmp_spec):
    doc = layout.layout(spec.load(tmp_spec("title: T\nblocks:\n  - heading: Hi\n")))
    assert runs(doc)[0].font == "CabinSketch-Bold"


def test_a_heading_beyond_latin1_is_set_in_one_face(tmp_spec):
    """Cabin Sketch has Latin-1 only: a Vietnamese heading goes wholly to Noto Sans Bold
    rather than mixing faces letter by letter; a Spanish one keeps the lettering."""
    vi = layout.layout(spec.load(tmp_spec("title: T\nblocks:\n  - heading: Tiếng Việt và bạn\n")))
    es = layout.layout(spec.load(tmp_spec("title: T\nblocks:\n  - heading: ¿Qué pasó?\n")))
    assert {r.font for r in runs(vi)} == {"NotoSans-Bold"}
    assert {r.font for r in runs(es)} == {"CabinSketch-Bold"}
