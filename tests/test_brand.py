"""Make it yours: --vars placeholders, --set overrides, and the clinic's brand kit."""

from pathlib import Path

import pytest
from PIL import Image

from handprint.errors import SpecError
from handprint.layout import page as layout
from handprint.layout.band import qr_drawing
from handprint.layout.display import Art, Picture, Run
from handprint.spec import brand
from handprint.spec.overrides import load_values, parse_set
from handprint.spec.read import options_for
from tests import spec_api as spec
from tests.conftest import pdf_text

SPEC = """\
title: Welcome to {clinic}
kind: handout
blocks:
  - heading: Hello
    id: greeting
  - text: "Ask {therapist} about it. Braces: {{like this}}."
  - fill_in: "On {day}, call {clinic}."
"""


def options(tmp_path, sets=(), values=None, kit=None):
    vfile = None
    if values is not None:
        vfile = tmp_path / "vars.yaml"
        vfile.write_text(values)
    return options_for(tmp_path / "s.yaml", kit, vfile, tuple(sets))


def test_placeholders_are_filled_and_blanks_kept(tmp_spec, tmp_path):
    path = tmp_spec(SPEC)
    opts = options(tmp_path, values="clinic: Riverside\ntherapist: Dr. Ames\n")
    s = spec.load(path, opts)
    assert s.title == "Welcome to Riverside"
    assert s.blocks[1].text == "Ask Dr. Ames about it. Braces: {like this}."
    assert s.blocks[2].text == "On {day}, call Riverside."  # {day} stays a blank


def test_unknown_placeholder_names_it(tmp_spec, tmp_path):
    path = tmp_spec(SPEC)
    with pytest.raises(SpecError) as info:
        spec.load(path, options(tmp_path, values="clinic: Riverside\n"))
    assert [str(p) for p in info.value.problems] == [
        f"{path}:6: unknown placeholder '{{therapist}}' in text: give it a value with --vars, "
        "or write {{ and }} for braces"]


def test_set_by_number_by_id_and_nested(tmp_spec, tmp_path):
    path = tmp_spec(SPEC)
    sets = [parse_set("blocks.greeting.heading=Welcome"), parse_set("blocks.2.text=New words."),
            parse_set("theme.ink=#223344"), parse_set("title=Plain title")]
    s = spec.load(path, options(tmp_path, sets, "clinic: R\n"))
    assert s.blocks[0].text == "Welcome" and s.blocks[1].text == "New words."
    assert s.title == "Plain title"
    assert s.theme.ink == "#223344"


@pytest.mark.parametrize("path,message", [
    ("blocks.9.text", "--set blocks.9.text: blocks has no item 9 (it has 3, counted from 1)"),
    ("blocks.nope.text", "--set blocks.nope.text: blocks has no block with id 'nope'"),
    ("theme.inks.x", "--set theme.inks.x: there is no 'inks' in theme"),
    ("size.x", "--set size.x: there is no 'size' in the spec"),
    ("title.x", "--set title.x: title is text, so it has no 'x'"),
])
def test_set_paths_that_lead_nowhere(tmp_spec, tmp_path, path, message):
    with pytest.raises(SpecError) as info:
        spec.load(tmp_spec(SPEC), options(tmp_path, [(path, "x")], "clinic: R\ntherapist: T\n"))
    assert message in str(info.value)


def test_set_values_are_checked_like_the_spec(tmp_spec, tmp_path):
    with pytest.raises(SpecError, match="ink 'blue' is not a colour"):
        spec.load(tmp_spec(SPEC), options(tmp_path, [("theme.ink", "blue")],
                                          "clinic: R\ntherapist: T\n"))
    with pytest.raises(ValueError, match="write PATH=TEXT"):
        parse_set("no equals sign")


def test_bad_vars_file(tmp_path):
    (tmp_path / "v.yaml").write_text("- a list\n")
    with pytest.raises(SpecError, match="must be 'name: text' lines"):
        load_values(tmp_path / "v.yaml")


@pytest.fixture
def kit(tmp_path) -> Path:
    logo = Image.new("RGBA", (1200, 600), (0, 0, 0, 0))
    for x in range(600):
        for y in range(0, 600, 3):
            logo.putpixel((x, y), (30, 110, 90, 255))
    logo.save(tmp_path / "logo.png")
    (tmp_path / "brand.yaml").write_text(
        "clinic: Riverside Clinic\naddress: 12 River Road\nphone: 555 0100\n"
        "website: https://riverside.example\nbooking: https://riverside.example/book\n"
        "logo: logo.png\ncolors: {accent: '#C8553D', paper: '#FFF8F0'}\n"
        "fonts: {body: Noto Sans}\n")
    return tmp_path / "brand.yaml"


def test_brand_is_found_next_to_the_spec_and_overrides_the_theme(tmp_spec, tmp_path, kit):
    path = tmp_spec("title: T\nkind: handout\ntheme: {accent: '#000000'}\n"
                    "blocks:\n  - text: Call {clinic} on {phone}.\n")
    s = spec.load(path, options_for(path))
    assert s.brand and s.brand.clinic == "Riverside Clinic"
    assert (s.theme.accent, s.theme.paper, s.theme.body_font) == ("#C8553D", "#FFF8F0",
                                                                   "Noto Sans")
    assert s.blocks[0].text == "Call Riverside Clinic on 555 0100."


@pytest.mark.parametrize("kind", ["poster", "handout"])
def test_band_on_every_page_with_logo_qr_and_address(tmp_spec, kit, kind):
    path = tmp_spec(f"title: T\nkind: {kind}\nsize: letter\nblocks:\n  - text: "
                    + "Words to read. " * (300 if kind == "handout" else 3) + "\n")
    s = spec.load(path, options_for(path))
    doc = layout.layout(s)
    from handprint.pdf import render as pdf

    data = pdf.render(doc)
    assert len(doc.pages) >= (2 if kind == "handout" else 1)
    for n, page in enumerate(doc.pages):
        pics = [i for i in page.items if isinstance(i, Picture)]
        qrs = [i for i in page.items if isinstance(i, Art) and "QR code" in i.alt]
        texts = " ".join(r.text for r in page.items if isinstance(r, Run))
        assert pics and qrs and "Riverside Clinic" in texts and "riverside.example/book" in texts
        assert qrs[0].width >= 0.8 * 72 - 0.01  # big enough to scan
        assert all(i.y + i.height <= doc.height for i in pics + qrs)
        assert (qrs[0].tag == "Artifact") == (n > 0)  # read once
    assert "riverside.example/book" in pdf_text(data)


def test_qr_code_holds_the_link():
    import segno

    d = qr_drawing("https://riverside.example/book")
    matrix = segno.make("https://riverside.example/book", error="m", micro=False).matrix
    n = len(matrix)
    dark = {(x, y) for p in d.paths[1:] for x in range(int(p.ops[0][1]), int(p.ops[1][1]))
            for y in [int(p.ops[0][2])]}
    assert dark == {(c + 4, n + 4 - r - 1) for r, row in enumerate(matrix)
                    for c, v in enumerate(row) if v}


def test_low_resolution_logo_warns(tmp_path):
    Image.new("RGB", (100, 50), "green").save(tmp_path / "logo.png")
    (tmp_path / "brand.yaml").write_text("clinic: C\nlogo: logo.png\n")
    (tmp_path / "s.yaml").write_text("title: T\nkind: handout\nblocks:\n  - text: hi\n")
    s = spec.load(tmp_path / "s.yaml", options_for(tmp_path / "s.yaml"))
    (warning,) = layout.layout(s).warnings
    assert warning.startswith("logo.png would print at") and "under 300" in warning


@pytest.mark.parametrize("text,message", [
    ("address: x\n", "needs at least 'clinic'"),
    ("clinic: C\nwebsite: riverside.example\n", "website must be a web address"),
    ("clinic: C\nlogo: logo.txt\n", "image 'logo.txt' is not a readable PNG or JPEG"),
    ("clinic: C\ncolors: {ink: red}\n", "ink 'red' is not a colour"),
    ("clinic: C\nfonts: {body: Papyrus}\n", "body font 'Papyrus' is not one of"),
    ("clinic: C\nfax: 1\n", "unknown key 'fax' in the brand file"),
])
def test_brand_file_errors(tmp_path, text, message):
    (tmp_path / "logo.txt").write_text("not an image")
    (tmp_path / "brand.yaml").write_text(text)
    with pytest.raises(SpecError, match=message):
        brand.load(tmp_path / "brand.yaml")
