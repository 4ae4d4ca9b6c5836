"""Pages in a right-to-left language are mirrored where order is read: a row's first block
and a newspaper layout's first column sit at the right, the page count at the left, the
footer and the running title at the right; screen readers still get the spec's order."""

from __future__ import annotations

import pytest

from handprint.layout.display import Run
from tests.conftest import build

SPEC = """\
title: {title}
kind: handout
lang: {lang}
blocks:
  - heading: {title}
  - columns: 2
    blocks:
      - text: "{long}"
      - text: "{long}"
  - row:
      - text: "{first}"
      - text: "{second}"
  - page_break: true
  - text: "{second}"
  - footer: "{first}"
"""
WORDS = {"he": ("עמוד", "ראשון בשורה", "שני בשורה"), "en": ("Page", "first here", "second")}
LONG = {"he": "מילים רבות בטור אחד " * 12, "en": "many words in one column " * 12}


def runs(doc, page: int, tag: str) -> list[Run]:
    return [i for i in doc.pages[page].items if isinstance(i, Run) and tag in i.tag]


@pytest.mark.parametrize("lang", ["he", "en"])
def test_right_to_left_pages_are_mirrored(tmp_spec, lang):
    title, first, second = WORDS[lang]
    doc, _ = build(tmp_spec(SPEC.format(lang=lang, title=title, first=first, second=second,
                                        long=LONG[lang])))
    mid = doc.width / 2
    rtl = lang == "he"
    # the row: Div/0 is the first block, in reading order, at the right in Hebrew
    one, two = runs(doc, 0, "Div/0."), runs(doc, 0, "Div/1.")
    assert one and two
    assert (min(r.x for r in one) > max(r.x for r in two)) == rtl
    assert (max(r.x for r in one) < min(r.x for r in two)) != rtl
    # the page count (an artifact at the foot) at the left in Hebrew, the footer opposite
    foot = [i for i in doc.pages[1].items if isinstance(i, Run) and i.tag == "Artifact"
            and i.y > doc.height * 0.8]
    words = [r for r in foot if r.text.strip() and r.text.strip() in first]
    count = [r for r in foot if r.text.strip() and r not in words]
    assert count and words
    assert (max(r.x for r in count) < mid) == rtl
    assert (min(r.x for r in words) > mid) == rtl
    # the running title on page 2, at the right in Hebrew
    head = [i for i in doc.pages[1].items if isinstance(i, Run) and i.tag == "Artifact"
            and i.y < doc.height * 0.2]
    assert head and (min(r.x for r in head) > mid) == rtl


def test_right_to_left_columns_start_at_the_right(tmp_spec):
    doc, _ = build(tmp_spec(SPEC.format(lang="he", title="עמוד", first="ראשון", second="שני",
                                        long=LONG["he"])))
    cols = [[r for r in runs(doc, 0, f"Div/{k:03d}.")] for k in (0, 1)]
    assert cols[0] and cols[1]
    assert min(r.x for r in cols[0]) > max(r.x for r in cols[1])
