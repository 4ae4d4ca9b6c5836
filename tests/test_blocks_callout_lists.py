"""Callouts and nested lists: read back in order from real PDFs, tagged, with errors at their
line."""

import pytest

from handprint.errors import SpecError
from handprint.layout.display import ARTIFACT, Art
from tests.conftest import build, pdf_text
from tests.test_tagging import element_text, mcid_texts, outline, tree

SPEC = """\
title: Notes
kind: handout
blocks:
  - heading: Notes
  - callout: Breathe out slowly, **twice** as long.
    title: Remember
    icon: connection
  - list:
      - First point
      - text: A point with sub-points
        items: [One, Two]
      - Last point
"""


def test_callout_title_then_text_and_its_icon_is_decoration(tmp_spec):
    doc, data = build(tmp_spec(SPEC))
    text = " ".join(pdf_text(data).split())
    assert "Remember Breathe out slowly, twice as long." in text
    pdf, root = tree(data)
    div = root.K[0].K[1]
    assert str(div.S) == "/Div" and [str(k.S) for k in div.K] == ["/P", "/P"]
    assert "/Figure" not in [f"/{r}" for _, r, _ in outline(root.K[0])]
    pages, texts = [p.obj for p in pdf.pages], mcid_texts(data)
    assert element_text(div, pages, texts) == "Remember Breathe out slowly, twice as long."
    arts = [i for i in doc.pages[0].items if isinstance(i, Art)]
    assert len(arts) == 2 and all(a.tag == ARTIFACT for a in arts)  # frame and icon


def test_unknown_icon_suggests_a_drawing(tmp_spec):
    path = tmp_spec("title: T\nkind: handout\nblocks:\n  - callout: Hi there.\n"
                    "    icon: repiar\n")
    with pytest.raises(SpecError) as info:
        build(path)
    assert str(info.value.problems[0]).startswith(f"{path}:5: unknown drawing 'repiar' (did "
                                                  "you mean 'repair'?)")


def test_nested_list_reads_in_order_and_nests_its_tags(tmp_spec):
    _, data = build(tmp_spec(SPEC))
    text = " ".join(pdf_text(data).split())
    assert "• First point • A point with sub-points – One – Two • Last point" in text
    pdf, root = tree(data)
    lst = root.K[0].K[2]
    assert str(lst.S) == "/L" and len(lst.K) == 3
    body = lst.K[1].K[1]
    assert str(body.S) == "/LBody"
    inner = [k for k in body.K if hasattr(k, "get") and k.get("/S") is not None]
    assert [str(k.S) for k in inner] == ["/L"] and len(inner[0].K) == 2
    pages, texts = [p.obj for p in pdf.pages], mcid_texts(data)
    assert element_text(body, pages, texts) == "A point with sub-points – One – Two"


def test_plain_items_still_work_and_text_needs_a_value(tmp_spec):
    ok = tmp_spec("title: T\nkind: handout\nblocks:\n  - list: [a b, c d]\n", "ok.yaml")
    build(ok)
    bad = tmp_spec("title: T\nkind: handout\nblocks:\n  - list:\n      - items: [x]\n")
    with pytest.raises(SpecError) as info:
        build(bad)
    assert str(info.value.problems[0]).startswith(f"{bad}:5: a list item with points needs "
                                                  "'text:'")
