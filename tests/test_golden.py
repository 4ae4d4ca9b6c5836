"""Golden pictures of every shipped handout's first page: a change a person would see fails,
keeps the pictures in tests/failures/golden/ and names the command that accepts the change."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageDraw

from handprint import pipeline
from handprint.layout.display import Run
from handprint.pdf import render as pdf
from tests import golden
from tests.conftest import HANDOUTS
from tests.golden import __main__ as golden_cli

PX = golden.DPI / 72  # pixels per point


@pytest.mark.parametrize("name", golden.names())
def test_first_page_matches_its_golden(name):
    path = golden.golden_path(name)
    hint = f"{golden.HINT} {name}"
    assert path.is_file(), f"handouts/{name}.yaml has no golden picture; write it with: {hint}"
    actual = golden.render(name)
    with Image.open(path) as im:
        expected = im.convert("L")
    result = golden.compare(expected, actual)
    if not result.same:
        saved = golden.save_failure(name, actual, result.diff)
        pytest.fail(f"handouts/{name}.yaml: the first page changed ({result.bad} pixels); "
                    f"look at {' and '.join(map(str, saved))}; if the change is right: {hint}")


def test_every_golden_belongs_to_a_handout():
    names = set(golden.names())
    assert names == {str(p.relative_to(golden.HANDOUTS).with_suffix("").as_posix())
                     for p in HANDOUTS}
    stale = sorted(p.relative_to(golden.GOLDEN).with_suffix("").as_posix()
                   for p in golden.GOLDEN.rglob("*.png"))
    assert [n for n in stale if n not in names] == []


# --- the comparison, on pages drawn here ------------------------------------------------


def page(dx: float = 0.0, dy: float = 0.0, noise: int = 0) -> Image.Image:
    """A letter page at the golden dpi: a heading and a paragraph, drawn at 4x and shrunk as a
    renderer anti-aliases; dx, dy move the heading (points), noise adds grey noise of that sigma."""
    k = 4 * PX
    big = Image.new("L", (round(612 * k), round(792 * k)), 242)
    draw = ImageDraw.Draw(big)
    x, y = (54 + dx) * k, (60 + dy) * k
    for i in range(12):  # heading letters, 18 pt tall
        draw.rectangle((x + i * 14 * k, y, x + (i * 14 + 9) * k, y + 18 * k), fill=30)
    for line in range(6):  # body text: thin dark strokes in lines 15 pt apart
        top = (110 + 15 * line) * k
        for i in range(60):
            draw.rectangle((54 * k + i * 8 * k, top, 54 * k + (i * 8 + 1.2) * k, top + 9 * k),
                           fill=40)
    small = big.resize((round(612 * PX), round(792 * PX)), Image.Resampling.BOX)
    if noise:  # gaussian, centred on 128: added less 128
        small = ImageChops.add(small, Image.effect_noise(small.size, noise), 1.0, -128)
    return small


def test_the_same_page_matches():
    assert golden.compare(page(), page()).bad == 0


@pytest.mark.parametrize("nudge", [(0.5 / PX, 0.0), (0.0, 0.5 / PX), (0.4 / PX, 0.4 / PX)])
def test_anti_aliasing_and_sub_pixel_nudges_match(nudge):
    assert golden.compare(page(), page(*nudge)).same


def test_grey_noise_matches():
    assert golden.compare(page(), page(noise=6)).same


@pytest.mark.parametrize("move", [(0, 10), (0, -10), (10, 0), (7, 7)])
def test_a_block_moved_10pt_fails(move):
    result = golden.compare(page(), page(*move))
    assert not result.same and result.bad > 5 * golden.MAX_PIXELS
    assert result.diff.size == page().size and result.diff.mode == "RGB"
    assert (220, 0, 0) in {c for _, c in result.diff.getcolors(1 << 16) or []}


def test_a_page_of_another_size_fails():
    other = page().resize((200, 300))
    assert not golden.compare(page(), other).same


# --- the comparison, on a shipped handout -------------------------------------------------


def test_a_line_of_a_handout_moved_10pt_fails():
    """One line of text of the smallest page moved 10 pt down: the comparison sees it."""
    built = pipeline.build(golden.HANDOUTS / "bringing-it-up.yaml")
    assert built.pdf is not None
    with Image.open(golden.golden_path("bringing-it-up")) as im:
        expected = im.convert("L")
    assert golden.compare(expected, golden.page_image(built.pdf)).bad == 0
    first, *rest = built.doc.pages
    runs = [i for i in first.items if isinstance(i, Run)]
    line = runs[3].y
    items = tuple(i._replace(y=i.y + 10) if isinstance(i, Run) and i.y == line
                  else i for i in first.items)
    moved = built.doc._replace(pages=(first._replace(items=items), *rest))
    result = golden.compare(expected, golden.page_image(pdf.render(moved)))
    assert result.bad > 5 * golden.MAX_PIXELS


# --- the tools around it -------------------------------------------------------------------


def test_update_writes_only_the_names_given(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(golden, "GOLDEN", tmp_path)
    assert golden_cli.main(["--update", "es/bringing-it-up"]) == 0
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.png")] == [
        "es/bringing-it-up.png"]
    assert "wrote" in capsys.readouterr().out and "es/bringing-it-up.png" in str(
        next(tmp_path.rglob("*.png")))
    with pytest.raises(SystemExit, match="no handout named nope"):
        golden_cli.main(["--update", "nope"])


def test_a_failure_keeps_the_pictures(tmp_path, monkeypatch):
    monkeypatch.setattr(golden, "FAILURES", tmp_path)
    result = golden.compare(page(), page(0, 10))
    saved = golden.save_failure("es/x", page(0, 10), result.diff)
    assert [p.relative_to(tmp_path).as_posix() for p in saved] == ["es/x-actual.png",
                                                                   "es/x-diff.png"]
    assert all(p.is_file() for p in saved)
