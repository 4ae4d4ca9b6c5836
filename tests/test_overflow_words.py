"""A block taller than a handout page says about how many of its words to cut."""

from __future__ import annotations

import re

import pytest

from handprint import pipeline
from handprint.errors import SpecError
from tests.conftest import write_spec


def test_a_callout_taller_than_a_page_names_the_words_to_cut(tmp_path):
    words = " ".join(["Words that go on and on in a box."] * 140)
    spec = f'title: T\nkind: handout\nblocks:\n  - text: Before\n  - callout: "{words}"\n'
    with pytest.raises(SpecError) as e:
        pipeline.build(write_spec(tmp_path, spec))
    message = str(e.value)
    assert "s.yaml:5: this block is taller than a whole page" in message
    over = int(re.search(r"about (\d+) words too many for one page", message).group(1))
    assert 300 < over < 1120  # less than all of it, a good part of it
    fits = " ".join(words.split()[: 1120 - over - 40])  # cut that much (and a little): it fits
    pipeline.build(write_spec(tmp_path, spec.replace(words, fits)), render=False)
