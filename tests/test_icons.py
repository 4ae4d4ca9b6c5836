"""Any drawing as an icon: beside a heading, as a list's bullets (and in a callout, tested with
the callout); an empty alt gets a suggestion, never a filled-in text."""

from __future__ import annotations

import pytest

from handprint import pipeline
from handprint.errors import SpecError
from handprint.layout.display import ARTIFACT, Art, Run
from tests.conftest import pdf_text, write_spec

SPEC = """\
title: Icons
kind: handout
blocks:
  - heading: What helps
    icon: anchor
  - list: [Breathe out slowly, Name the feeling, Call a friend]
    icon: star
"""


def test_heading_icon_and_icon_bullets(tmp_path):
    built = pipeline.build(write_spec(tmp_path, SPEC))
    items = built.doc.pages[0].items
    arts = [i for i in items if isinstance(i, Art)]
    assert len(arts) == 4  # one beside the heading, one per bullet
    assert all(a.tag == ARTIFACT for a in arts)  # decorative: the tags say heading and list
    heading = next(i for i in items if isinstance(i, Run) and i.text.startswith("What"))
    assert arts[0].x + arts[0].width < heading.x  # the icon sits before the words
    assert abs((arts[0].y + arts[0].height / 2) - (heading.y - heading.size * 0.35)) < \
        heading.size * 0.5  # and beside them, not above or below
    bullets = arts[1:]
    words = [i for i in items if isinstance(i, Run)
             and i.text.startswith(("Breathe", "Name", "Call"))]
    assert all(abs(a.y + a.height / 2 - (w.y - w.size * 0.35)) < w.size * 0.6
               for a, w in zip(bullets, words, strict=True))
    text = pdf_text(built.pdf)
    assert "•" not in text and "Breathe out slowly" in " ".join(text.split())


def test_unknown_icon_says_did_you_mean(tmp_path):
    with pytest.raises(SpecError) as e:
        pipeline.build(write_spec(tmp_path, SPEC.replace("icon: star", "icon: starr")))
    assert "s.yaml:7: unknown drawing 'starr' (did you mean 'star'?)" in str(e.value)


def test_empty_alt_gets_a_suggestion_not_a_text(tmp_path):
    spec = "title: T\nblocks:\n  - illustration: anchor\n    alt: ''\n"
    with pytest.raises(SpecError) as e:
        pipeline.build(write_spec(tmp_path, spec))
    message = str(e.value)
    assert "s.yaml:4: alt is empty: write what it shows, like 'A simple anchor" in message


def test_checklist_icons_sit_between_box_and_words(tmp_path):
    spec = ("title: T\nkind: worksheet\nblocks:\n  - checklist: [I rested, I ate]\n"
            "    icon: heart\n")
    built = pipeline.build(write_spec(tmp_path, spec))
    items = built.doc.pages[0].items
    arts = [i for i in items if isinstance(i, Art)]
    boxes, icons = arts[0::2], arts[1::2]  # each item: its box, then its icon
    words = [i for i in items if isinstance(i, Run) and i.text.startswith("I")]
    assert len(icons) == 2
    for box, icon, word in zip(boxes, icons, words, strict=True):
        assert box.x + box.width < icon.x < icon.x + icon.width < word.x
