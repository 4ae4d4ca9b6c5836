"""Newspaper columns: read down the first column then the second, over pages, balanced on
the last; a heading stays with what follows it."""

from handprint.layout.display import Run
from tests.conftest import ROOT, build, pdf_text
from tests.test_tagging import tree

PARA = ("Your body speeds up and your thoughts spin, and small things can feel like "
        "emergencies when you are tired.")


def spec(n: int) -> str:
    body = "\n".join(f"      - text: Part {k}. {PARA}" for k in range(n))
    return (f"title: Cols\nkind: handout\nblocks:\n  - columns: 2\n    blocks:\n"
            f"      - heading: Above\n        level: 2\n{body}\n  - text: After them.\n")


def columns_of(doc, page=0):
    runs = [i for i in doc.pages[page].items if isinstance(i, Run) and i.text.startswith("Part")]
    mid = doc.width / 2
    return [r for r in runs if r.x < mid], [r for r in runs if r.x >= mid]


def test_columns_read_in_order_and_balance(tmp_spec):
    doc, data = build(tmp_spec(spec(6)))
    assert len(doc.pages) == 1
    text = " ".join(pdf_text(data).split())
    found = [text.index(f"Part {k}.") for k in range(6)]
    assert found == sorted(found) and text.index("After them.") > found[-1]
    left, right = columns_of(doc)
    assert left and right
    items = [i for i in doc.pages[0].items if isinstance(i, Run) and i.tag and
             i.tag != "Artifact" and "After" not in i.text and i.tag.startswith("0000")]
    xs = doc.width / 2
    bottoms = [max(i.y for i in items if (i.x < xs) == side) for side in (True, False)]
    assert abs(bottoms[0] - bottoms[1]) < 60  # even, within a few lines


def test_columns_flow_over_pages_and_balance_on_the_last(tmp_spec):
    doc, data = build(tmp_spec(spec(30)))
    assert len(doc.pages) >= 2
    text = " ".join(pdf_text(data).split())
    found = [text.index(f"Part {k}.") for k in range(30)]
    assert found == sorted(found)
    for page in range(len(doc.pages)):
        left, right = columns_of(doc, page)
        assert left and right, page
    _, root = tree(data)
    div = root.K[0].K[0]
    assert str(div.S) == "/Div" and str(div.K[0].S) == "/H1"  # the first heading is H1


def test_heading_stays_with_what_follows(tmp_spec):
    doc, _ = build(tmp_spec(spec(30)))
    for page in doc.pages:
        heads = [i for i in page.items if isinstance(i, Run) and "Above" in i.text]
        for h in heads:
            below = [i for i in page.items if isinstance(i, Run) and abs(i.x - h.x) < 5
                     and i.y > h.y]
            assert below


def test_shipped_window_of_tolerance(tmp_path):
    for path in (ROOT / "handouts" / "window-of-tolerance.yaml",
                 ROOT / "handouts" / "es" / "window-of-tolerance.yaml"):
        doc, data = build(path)
        assert len(doc.pages) == 1
        _, root = tree(data)
        roles = [str(k.S) for k in root.K[0].K]
        assert roles[:5] == ["/H1", "/P", "/Div", "/Div", "/Div"]
