"""Caches make builds after an edit faster, never different: a warm build after an edit writes
the bytes a fresh process writes for the edited spec."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from handprint import pipeline
from handprint.draw import drawcache, illustrations
from handprint.layout import boxes
from handprint.pdf import deflate
from handprint.text import fonts, textflow

from .conftest import HANDOUTS, ROOT

EDITS = {  # spec -> (a word in it, what it becomes)
    "ruptures-poster.yaml": ("safe place", "safe room"),
    "conflict-in-therapy.yaml": ("therapy", "therapies"),
    "good-conflict.yaml": ("conflict", "conflicts"),
}
COLD = """
import sys
from pathlib import Path
sys.path.insert(0, {src!r})
from handprint import pipeline
path = Path({path!r})
sys.stdout.buffer.write(pipeline.build(path, text=path.read_text()).pdf)
"""


def cold_build(path: Path, cache: str = "off") -> bytes:
    """The PDF a fresh process writes (by default keeping no drawings on disk either)."""
    code = COLD.format(src=str(ROOT / "src"), path=str(path))
    env = {**os.environ, "HANDPRINT_CACHE": cache}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                          env=env)
    return done.stdout


@pytest.mark.parametrize("name", sorted(EDITS))
def test_warm_build_after_an_edit_is_the_cold_build(name, tmp_path):
    path = next(p for p in HANDOUTS if p.name == name and p.parent.name == "handouts")
    before, after = EDITS[name]
    text = path.read_text()
    assert before in text
    pipeline.build(path, text=text)  # A: fills the caches
    edited = tmp_path / name
    edited.write_text(text.replace(before, after, 1))
    warm = pipeline.build(edited).pdf
    assert warm == cold_build(edited)
    assert pipeline.build(path, text=text).pdf != warm  # the edit shows


TEXTS = ["All of these are normal in therapy. Therapy is a safe place to work through them "
         "together, right as they happen.",
         "Short\n\nparagraphs, **bold** and *italic*\nbroken by hand.",
         "Разрывы неизбежны. Ремонт требует работы, Tiếng Việt có dấu.",
         "مرحبا بكم في العلاج 12 34 معا"]


PIECES = ["therapy", "a", "safe", "**bold words**", "*italic*", "\\*", "—", "(it)", "12,5",
          "Разрывы", "Tiếng", "مرحبا", "العلاج", "שלום", "裂痕与修复。", "「慢来」，", "\n", "\n\n",
          " ", "\t"]
LETTERS = "aeiouxyzAÉñçü0123456789 .,;:!?'\"()[]-*\\\nبسمשלЖж中的。"
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(LETTERS, max_size=14)),
                 max_size=30).map(" ".join)


def outcome(count):
    """The number, or the kind of problem a user is told about."""
    try:
        return count()
    except (textflow.TooWide, fonts.MissingGlyph) as problem:
        return type(problem).__name__


@given(text=texts, family=st.sampled_from(sorted(fonts.FAMILIES)), size=st.floats(6, 36),
       width=st.floats(10, 700), bold=st.booleans())
@example(text=TEXTS[0], family="Comic Neue", size=12.5, width=200.0, bold=False)
@example(text=TEXTS[1], family="Comic Neue", size=9.0, width=60.0, bold=True)
@example(text="汉字 no font has", family="Noto Sans", size=12.0, width=300.0, bold=False)
@settings(max_examples=300, deadline=None)
def test_line_count_is_the_number_of_wrapped_lines(text, family, size, width, bold):
    with pytest.MonkeyPatch.context() as patch:  # Chinese from tests/fonts: any machine
        patch.setattr(fonts, "FONT_DIRS", [ROOT / "tests" / "fonts"])
        patch.setattr(fonts, "SYSTEM_FONTS", False)
        lines = outcome(lambda: len(textflow.wrap(text, family, size, width, bold)))
        assert outcome(lambda: textflow.line_count(text, family, size, width, bold)) == lines


@given(text=texts, family=st.sampled_from(sorted(fonts.FAMILIES)), size=st.floats(6, 36),
       width=st.floats(10, 700), bold=st.booleans())
@example(text=TEXTS[1], family="Comic Neue", size=9.0, width=60.0, bold=True)
@example(text=TEXTS[3], family="Noto Sans", size=12.0, width=90.0, bold=False)
@example(text="It ends here.\n\nAnd the next one goes on a bit longer, over two lines.",
         family="Comic Neue", size=12.0, width=200.0, bold=False)
@settings(max_examples=300, deadline=None)
def test_shapes_are_the_wrapped_and_balanced_lines_widths_and_gaps(text, family, size, width,
                                                                     bold):
    """Fitting reads heights and widths from shape() and balanced_shape() at every size it
    tries, and makes the lines only at the size it keeps: both must be what the lines are."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fonts, "FONT_DIRS", [ROOT / "tests" / "fonts"])
        patch.setattr(fonts, "SYSTEM_FONTS", False)

        def widths(lines):
            return tuple((ln.width, ln.gap_after) for ln in lines)
        assert outcome(lambda: textflow.shape(text, family, size, width, bold)) == outcome(
            lambda: widths(textflow.wrap(text, family, size, width, bold)))
        assert outcome(lambda: boxes.balanced_shape(text, family, size, width, bold)) == (
            outcome(lambda: widths(boxes.balanced(text, family, size, width, bold))))
        assert outcome(lambda: boxes.balanced_gaps(text, family, size, width, bold)) == (
            outcome(lambda: [g for _, g in widths(boxes.balanced(text, family, size, width,
                                                                 bold))]))


def test_a_later_box_makes_its_items_once_at_the_height_it_said():
    made = []

    def make():
        made.append(1)
        return boxes.Box(12.0, (), (3.0,))
    box = boxes.retagged(boxes.Box.later(12.0, make), lambda items: items)
    assert box.height == 12.0 and not made  # fitting reads heights only
    assert box.breaks == (3.0,) and box.items == () and made == [1]
    assert box.items == () and made == [1]
    wrong = boxes.Box.later(11.0, make)
    with pytest.raises(AssertionError):
        wrong.made()


def test_wrap_hands_out_its_own_list():
    lines = textflow.wrap(TEXTS[0], "Comic Neue", 12.0, 200.0)
    lines.clear()
    assert textflow.wrap(TEXTS[0], "Comic Neue", 12.0, 200.0)


def test_pieced_streams_are_plain_zlib_and_the_same_every_time():
    page = (ROOT / "bench" / "ruptures-poster.typ").read_bytes() * 40
    data = page.replace(b"\n", b"\nf\n", 200).replace(b")\n", b")\nEMC\n")
    out = deflate.compress(data)
    assert zlib.decompress(out) == data
    assert len(deflate.pieces(data)) > 3 and b"".join(deflate.pieces(data)) == data
    deflate._deflated.cache_clear()
    assert deflate.compress(data) == out
    assert zlib.decompress(deflate.compress(b"")) == b""


def test_drawings_kept_on_disk_read_back_equal_and_build_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("HANDPRINT_CACHE", str(tmp_path / "cache"))
    drawn = illustrations.draw("rupture", seed=3)
    assert list((tmp_path / "cache").glob("*.drawing"))
    assert illustrations.draw("rupture", seed=3) == drawn  # read back from disk
    poster = next(p for p in HANDOUTS if p.name == "ruptures-poster.yaml")
    cache = str(tmp_path / "cache")
    first, second = cold_build(poster, cache), cold_build(poster, cache)
    assert first == second == cold_build(poster)


def test_a_broken_cache_file_is_drawn_again(tmp_path, monkeypatch):
    monkeypatch.setenv("HANDPRINT_CACHE", str(tmp_path))
    drawn = illustrations.draw("repair", seed=4)
    for f in tmp_path.glob("*.drawing"):
        f.write_bytes(b"not marshal data")
    assert illustrations.draw("repair", seed=4) == drawn
    monkeypatch.setenv("HANDPRINT_CACHE", "off")
    assert drawcache.folder() is None
