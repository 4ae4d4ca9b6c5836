"""The spec loader: good specs become frozen models, bad ones list every problem with its line."""

import io

import pikepdf
import pypdfium2 as pdfium
import pytest

from handprint import pipeline
from handprint.errors import SpecError
from tests import spec_api as spec

GOOD = """\
title: Test
kind: handout
size: a4
orientation: landscape
lang: pt-BR
theme: {paper: "#f8ede8", ink: "#111111", accent: "#D4A017", heading_font: Comic Neue}
print: {bleed: 3mm, crop_marks: true}
blocks:
  - heading: Hello
    level: 2
  - text: "yes"
    align: right
  - text: no
  - list: [one, two]
    numbered: true
  - quote: Said.
    by: Someone
  - illustration: rupture
    seed: 9
    alt: A broken line.
    weight: 1.5
  - row:
      - text: left
      - text: right
  - spacer: 2
  - banner: On a ribbon.
  - footer: At the foot.
"""


def test_good_spec_is_a_frozen_model(tmp_spec):
    s = spec.load(tmp_spec(GOOD))
    assert s.kind == "handout" and s.orientation == "landscape" and s.lang == "pt-BR"
    assert s.size == pytest.approx((595.28, 841.89), abs=0.01)
    assert s.theme.paper == "#F8EDE8" and s.theme.heading_font == "Comic Neue"
    assert s.print.bleed == pytest.approx(8.504, abs=1e-3) and s.print.crop_marks
    kinds = [type(b).__name__ for b in s.blocks]
    assert kinds == ["Heading", "Text", "Text", "ListBlock", "Quote", "Illustration", "Row",
                     "Spacer", "Banner", "Footer"]
    # YAML would read these as booleans; a spec prints what the person wrote
    assert s.blocks[1].text == "yes" and s.blocks[2].text == "no"
    assert s.blocks[5].seed == 9 and s.blocks[5].weight == 1.5
    assert [b.line for b in s.blocks][:3] == [9, 11, 13]
    with pytest.raises(AttributeError):  # immutable
        s.title = "changed"  # type: ignore[misc]


def test_defaults(tmp_spec):
    """A title and one line of text print as a one-page 18x24 in poster in English, trimmed
    to the page: no bleed, no crop marks."""
    data = pipeline.build(tmp_spec("title: T\nblocks:\n  - text: hi\n")).pdf
    pages = pdfium.PdfDocument(data)
    assert len(pages) == 1
    page = pages[0]
    assert page.get_mediabox() == page.get_trimbox() == page.get_bleedbox()
    assert page.get_mediabox() == pytest.approx((0, 0, 18 * 72, 24 * 72))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert str(pdf.Root.Lang) == "en"


BAD = [
    ("title: T\nkind: postr\nblocks: [{text: a}]\n",
     ["2: kind 'postr' is not one of poster, handout or worksheet (did you mean 'poster'?)"]),
    ("title: T\ntheme: {colr: '#000000'}\nblocks: [{text: a}]\n",
     ["2: unknown key 'colr' in theme"]),
    ("title: T\nblocks:\n  - heading: a\n    levl: 2\n",
     ["4: unknown key 'levl' in this heading block (did you mean 'level'?)"]),
    ("title: T\nblocks:\n  - txt: hello\n",
     ["3: 'txt' is not a block type (did you mean 'text'?)"]),
    ("title: T\nblocks:\n  - illustration: ruptur\n    alt: x\n",
     ["3: unknown illustration 'ruptur' (did you mean 'rupture'?)"]),
    ("title: T\nblocks:\n  - illustration: rupture\n",
     ["3: this illustration needs 'alt'"]),
    ("title: T\ntheme: {ink: blue}\nblocks: [{text: a}]\n",
     ["2: ink 'blue' is not a colour"]),
    ("title: T\nprint: {bleed: 5, crop_marks: maybe}\nblocks: [{text: a}]\n",
     ["2: bleed: '5' is not a length", "2: crop_marks must be true or false"]),
    ("title: T\nprint: {bleed: 2in}\nblocks: [{text: a}]\n", ["2: bleed 2in is too large"]),
    ("title: T\nsize: 18x0in\nblocks: [{text: a}]\n", ["2: size '18x0in': each side"]),
    ("title: T\nsize: huge\nblocks: [{text: a}]\n", ["2: unknown size 'huge'"]),
    ("title: T\nblocks:\n  - text: a\ntitle: U\n", ["4: 'title' is given twice in the spec"]),
    ("blocks: [{text: a}]\n", ["1: missing 'title'"]),
    ("title: T\n", ["1: missing 'blocks'"]),
    ("title: T\nblocks: []\n", ["2: blocks is empty"]),
    ("title: T\nblocks:\n\t- text: a\n", ["3: YAML syntax", "not tabs"]),
    ("title: [unclosed\nblocks: []\n", ["YAML syntax"]),
    ("title: T\nblocks:\n  - heading: Hello\n   level: 2\n",
     ["4: YAML syntax: expected <block end>", "check the spaces at its start"]),
    ("title: T\nblocks:\n  - text: \"She said \"hi\" to me\"\n",
     ["3: YAML syntax:", "a quote mark inside quoted text ends it early"]),
    ("title: T\nblocks:\n  - text: Note: this breaks\n",
     ["3: YAML syntax: mapping values are not allowed here (text holding ': ' must be in "
      "quotes"]),
    ("title: T\nblocks:\n  - text: \"unclosed\n",
     ["3: YAML syntax: found unexpected end of stream (a quote or bracket is opened"]),
    ("title: T\ntheme: {ink: #1E1E1E}\nblocks: [{text: a}]\n",
     ["2: YAML syntax: a colour must be in quotes, like \"#1E1E1E\""]),
    ("- just\n- a list\n", ["1: the spec must be a set of 'key: value' lines"]),
    ("title: T\nblocks:\n  - text: a\n    heading: b\n", ["3: a block has one type"]),
    ("title: T\nblocks:\n  - list: []\n", ["3: list is empty"]),
    ("title: T\nblocks:\n  - row: [{text: a}]\n", ["3: a row holds 2 to 4 blocks"]),
    ("title: T\nblocks:\n  - spacer: big\n", ["3: spacer must be a number from 0 to 20"]),
    ("title: T\nblocks:\n  - heading: a\n    level: 4\n", ["4: level must be a whole number"]),
    ("title: T\nblocks:\n  - illustration: rupture\n    alt: x\n    seed: 1.5\n",
     ["5: seed must be a whole number"]),
    ("title: T\nblocks:\n  - illustration: rupture\n    alt: x\n    colour: '#000000'\n",
     ["5: unknown key 'colour' in this illustration block"]),
    ("title: T\nblocks:\n  - image: ../outside.png\n    alt: x\n",
     ["3: image '../outside.png' is outside the spec's folder"]),
    ("title: T\nblocks:\n  - image: missing.png\n    alt: x\n",
     ["3: image 'missing.png' not found"]),
    ("title: T\nlang: english!\nblocks: [{text: a}]\n", ["2: lang 'english!' is not a language"]),
    ("title: T\nblocks:\n  - text: ''\n", ["3: text is empty"]),
    ("title: ''\nblocks:\n  - text: a\n", ["1: title is empty"]),
    ("title: T\nblocks:\n  - text:\n", ["3: text is empty"]),
    ("title: T\nblocks:\n  - text: [a, b]\n", ["3: text must be text"]),
]


@pytest.mark.parametrize("text,expected", BAD)
def test_bad_specs_name_every_problem_with_its_line(tmp_spec, text, expected):
    path = tmp_spec(text)
    with pytest.raises(SpecError) as info:
        spec.load(path)
    lines = [str(p) for p in info.value.problems]
    for want in expected:
        assert any(line.startswith(f"{path}:") and want in line for line in lines), lines


def test_all_problems_at_once(tmp_spec):
    path = tmp_spec("title: T\nkind: postr\ncolr: x\nblocks:\n  - txt: a\n  - heading: b\n"
                    "    levl: 2\n")
    with pytest.raises(SpecError) as info:
        spec.load(path)
    assert [p.line for p in info.value.problems] == [2, 3, 5, 7]


def test_aliases_cannot_blow_up(tmp_spec):
    """'Billion laughs': each row repeats the one before four times (4^12 blocks)."""
    lines = ["title: T", "blocks:", "  - row: &r0 [{text: a}, {text: b}, {text: c}, {text: d}]"]
    for n in range(1, 13):
        lines.append(f"  - row: &r{n} [" + ", ".join([f"{{row: *r{n - 1}}}"] * 4) + "]")
    with pytest.raises(SpecError, match="the spec is too large"):
        spec.load(tmp_spec("\n".join(lines) + "\n"))


@pytest.mark.parametrize("depth", [40, 3000])
def test_deep_nesting_is_refused(tmp_spec, depth):
    row = "{text: a}"
    for _ in range(depth):
        row = f"{{row: [{row}, {{text: b}}]}}"
    with pytest.raises(SpecError, match="nested more than 32 levels"):
        spec.load(tmp_spec(f"title: T\nblocks: [{row}]\n"))


@pytest.mark.parametrize("content,message", [
    (b"", "is empty"), (b"title: T\x00\x01\x02", "binary file"),
    (b"title: caf\xe9\nblocks: []\n", "is not UTF-8"),
])
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "x.yaml"
    path.write_bytes(content)
    with pytest.raises(SpecError, match=message):
        spec.load(path)


def test_a_folder_is_not_a_spec(tmp_path):
    with pytest.raises(SpecError, match="is a folder"):
        spec.load(tmp_path)


def test_image_checks(tmp_path):
    from PIL import Image

    Image.new("RGB", (40, 20), "red").save(tmp_path / "ok.png")
    (tmp_path / "fake.png").write_text("not an image")
    path = tmp_path / "s.yaml"
    path.write_text("title: T\nblocks:\n  - image: ok.png\n    alt: red\n"
                    "  - image: fake.png\n    alt: x\n")
    with pytest.raises(SpecError) as info:
        spec.load(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:5: image 'fake.png' is not a readable PNG or JPEG"]
