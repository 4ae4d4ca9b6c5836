"""A clinic's day, images: a translation may use the photo one folder up (inside the library
folder, never outside it), a photo too large says how large it may be and how to make one,
and the logo's resolution warning shows on check as on build, once per run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from handprint import cli
from handprint.errors import SpecError
from handprint.spec.images import MAX_IMAGE_PIXELS
from tests import spec_api as spec

PHOTO_SPEC = "title: T\nkind: handout\nlang: es\nblocks:\n  - image: {rel}\n    alt: Una foto.\n"


def photo(path: Path, size: tuple[int, int] = (600, 400)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("L", size, 200).save(path)
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(SpecError) as e:
        spec.load(path)
    return [str(p) for p in e.value.problems]


@pytest.fixture
def library(tmp_path, monkeypatch):
    (tmp_path / "handouts" / "es").mkdir(parents=True)
    photo(tmp_path / "handouts" / "photo.jpg")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "handouts"


def test_a_translation_uses_the_photo_one_folder_up(library, capsys):
    (library / "es" / "x.yaml").write_text(PHOTO_SPEC.format(rel="../photo.jpg"))
    assert cli.main(["check", "handouts/es/x.yaml"]) == 0, capsys.readouterr().err


def test_a_library_is_also_the_folder_of_the_brand_kit(tmp_path):
    clinic = tmp_path / "clinic"
    photo(clinic / "photo.jpg")
    (clinic / "brand.yaml").write_text("clinic: Lakeside\n")
    (clinic / "es").mkdir()
    (clinic / "es" / "x.yaml").write_text(PHOTO_SPEC.format(rel="../photo.jpg"))
    assert spec.load(clinic / "es" / "x.yaml").blocks[0].path == (clinic / "photo.jpg")


def test_never_outside_the_library(library, tmp_path, capsys):
    photo(tmp_path / "private.jpg")
    (library / "es" / "x.yaml").write_text(PHOTO_SPEC.format(rel="../../private.jpg"))
    assert cli.main(["check", "handouts/es/x.yaml"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("handouts/es/x.yaml:5: image '../../private.jpg' is outside the "
                          "spec's folder (handouts/, the folder that holds the specs)")
    assert "Traceback" not in err


def test_a_spec_outside_any_library_keeps_to_its_own_folder(tmp_path):
    photo(tmp_path / "photo.jpg")
    path = tmp_path / "specs" / "x.yaml"
    path.parent.mkdir()
    path.write_text(PHOTO_SPEC.format(rel="../photo.jpg"))
    assert problems(path) == [f"{path}:5: image '../photo.jpg' is outside the spec's folder "
                              "(specs/, the folder that holds the specs): a spec may use only "
                              "images in it (or below it) and in assets/"]


def test_a_photo_too_large_says_the_largest_size_and_how_to_make_it(library):
    photo(library / "big.jpg", (8001, 5000))
    path = library / "es" / "x.yaml"
    path.write_text(PHOTO_SPEC.format(rel="../big.jpg"))
    assert problems(path) == [
        f"{path}:5: image '../big.jpg' is 8001x5000 pixels; an image may have at most 40 "
        "million: resize it to at most 8000x4999 pixels, e.g. in Paint: Resize, or `convert "
        "big.jpg -resize 8000x4999 smaller.jpg`"]
    assert 8000 * 4999 <= MAX_IMAGE_PIXELS
    photo(library / "big.jpg", (8000, 4999))  # what it said: now accepted
    assert spec.load(path).blocks[0].path.name == "big.jpg"


LOGO_SPEC = "title: {t}\nkind: handout\nblocks:\n  - text: Hello.\n"


@pytest.fixture
def branded(library):
    photo(library / "logo.png", (40, 40))
    (library / "brand.yaml").write_text("clinic: Lakeside\nlogo: logo.png\n")
    for name in ("a", "b", "c"):
        (library / f"{name}.yaml").write_text(LOGO_SPEC.format(t=name))
    return library


def logo_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if "logo.png would print at" in line]


@pytest.mark.parametrize("command", ["check", "build"])
def test_the_logo_warning_shows_once_per_run_on_the_brand_kit(branded, capsys, command):
    assert cli.main([command, "handouts"]) == 0
    found = logo_lines(capsys.readouterr().err)
    assert len(found) == 1, found
    assert found[0].startswith("handouts/brand.yaml: warning: logo.png would print at ")
    assert "use a larger image" in found[0]
