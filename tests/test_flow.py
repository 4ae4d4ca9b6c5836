"""Handouts flow over pages: running header and footer, no stranded headings, nothing cut."""

import pytest

from handprint.errors import SpecError
from handprint.layout import page as layout
from handprint.layout.display import Art, Run
from handprint.text import fonts
from tests import spec_api as spec
from tests.conftest import build, pdf_text, words

PARA = ("Ruptures happen in every relationship, and therapy is a safe place to practise "
        "repairing them. ") * 6


def handout(blocks: str, size: str = "letter") -> str:
    return f"title: My handout\nkind: handout\nsize: {size}\nblocks:\n{blocks}"


def runs(page):
    return [i for i in page.items if isinstance(i, Run)]


@pytest.mark.parametrize("size", ["letter", "a4"])
def test_long_handout_flows_with_header_and_page_numbers(tmp_spec, size):
    blocks = "".join(f"  - heading: Part {n}\n    level: 2\n  - text: {PARA}\n"
                     for n in range(1, 9))
    doc, data = build(tmp_spec(handout(blocks + "  - footer: Our clinic, 555 0100\n", size)))
    assert len(doc.pages) >= 2
    total = len(doc.pages)
    for n, page in enumerate(doc.pages, 1):
        texts = [r.text for r in runs(page)]
        assert f"Page {n} of {total}" in texts
        assert any("Our clinic" in t for t in texts)
        assert ("My handout" in texts) == (n > 1)  # running header from page 2
        for r in runs(page):  # everything inside the page
            assert 0 <= r.y <= doc.height and r.x + fonts.width(r.text, r.font, r.size) <= doc.width
    found = pdf_text(data).split()
    for word in words(PARA):
        assert word in found
    assert pdf_text(data).count("Part ") == 8


def test_a_heading_never_ends_a_page(tmp_spec):
    # fill the first page almost to the foot, so the heading would land last
    for filler in range(520, 640, 4):
        blocks = f"  - text: {'word ' * filler}\n  - heading: Stranded?\n  - text: {PARA}\n"
        doc = layout.layout(spec.load(tmp_spec(handout(blocks))))
        for page in doc.pages:
            body = [r for r in runs(page) if not r.text.startswith(("Page ", "My handout"))]
            last = max(body, key=lambda r: r.y)
            assert last.font != "CabinSketch-Bold", f"heading at page foot ({filler})"


def test_text_is_cut_between_lines_not_lost(tmp_spec):
    doc, data = build(tmp_spec(handout(f"  - text: {PARA * 8}\n")))
    assert len(doc.pages) >= 2
    n = len(words(PARA * 8))
    assert len([w for w in pdf_text(data).split() if w not in ("Page", "of", "My", "handout")
                and not w.isdigit()]) == n


def test_page_break(tmp_spec):
    doc = layout.layout(spec.load(tmp_spec(handout(
        "  - text: one\n  - page_break: true\n  - text: two\n"))))
    assert len(doc.pages) == 2
    assert "two" in [r.text for r in runs(doc.pages[1])]


def test_a_block_taller_than_a_page_is_named(tmp_spec):
    path = tmp_spec(handout("  - text: hi\n  - lines: 40\n"))
    with pytest.raises(SpecError) as info:
        layout.layout(spec.load(path))
    assert str(info.value.problems[0]) == (
        f"{path}:6: this block is taller than a whole page: make it smaller or split it")


def test_qa_block(tmp_spec):
    doc, data = build(tmp_spec(handout(
        "  - qa:\n      - q: Is conflict bad?\n        a: Not at all.\n"
        "      - q: What matters?\n        a: How it is handled.\n")))
    text = pdf_text(data)
    assert text.index("Is conflict bad?") < text.index("Not at all.") < text.index("What matters?")
    bold = {r.text.strip() for r in runs(doc.pages[0]) if r.font == "ComicNeue-Bold"}
    assert {"Is conflict bad?", "What matters?"} <= bold


def test_illustration_between_text(tmp_spec):
    doc = layout.layout(spec.load(tmp_spec(handout(
        "  - text: before\n  - illustration: connection\n    alt: two lines\n"
        "  - text: after\n"))))
    items = doc.pages[0].items
    art = next(i for i in items if isinstance(i, Art))
    before = next(r for r in runs(doc.pages[0]) if r.text == "before")
    after = next(r for r in runs(doc.pages[0]) if r.text == "after")
    assert before.y < art.y and art.y + art.height < after.y - after.size * 0.8
