"""Every shipped handout renders at every named size, both ways round, with every word kept."""

import pytest

from handprint.layout import page as layout
from handprint.layout.display import Art
from handprint.pdf import render as pdf
from handprint.spec import registry
from handprint.spec.pages import NAMED, parse_size
from handprint.spec.registry import texts
from tests import spec_api as spec
from tests.conftest import HANDOUTS, pdf_text, words
from tests.test_layout import assert_inside_and_apart

SIZES = [*NAMED, "18x24in", "24x36in"]


def test_there_are_handouts():
    names = {p.name for p in HANDOUTS}
    assert {"ruptures-poster.yaml", "good-conflict.yaml", "conflict-in-therapy.yaml",
            "bringing-it-up.yaml"} <= names


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", HANDOUTS, ids=lambda p: p.stem)
def test_handout_at_every_size(path, size, orientation):
    s = spec.load(path)
    s = s._replace(orientation=orientation)
    doc = layout.layout(s, size=parse_size(size))
    for page in doc.pages:
        assert_inside_and_apart(doc._replace(pages=(page,)))
        for item in page.items:
            if isinstance(item, Art):
                assert item.x >= 0 and item.x + item.width <= doc.width + 0.01
                assert item.y >= 0 and item.y + item.height <= doc.height + 0.01
    found = pdf_text(pdf.render(doc)).split()
    for block in registry.every(s.blocks):
        for text in texts(block):
            for word in words(text):
                assert word in found, (block.line, word)
