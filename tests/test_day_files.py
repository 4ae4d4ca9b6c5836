"""A clinic's day, files and commands: folders work in every command, side files are skipped,
and a spec's output lands at the same path whichever command builds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from handprint import cli
from handprint.tools import watch

GOOD = "title: T\nkind: handout\nblocks:\n  - heading: Hello\n  - text: world\n"


@pytest.fixture
def library(tmp_path, monkeypatch):
    """handouts/ with a brand kit, a --vars file, a translation and a new-handouts folder."""
    h = tmp_path / "handouts"
    for sub in ("es", "new"):
        (h / sub).mkdir(parents=True)
    (h / "a.yaml").write_text(GOOD)
    (h / "es" / "a.yaml").write_text(GOOD.replace("world", "mundo") + "lang: es\n")
    (h / "new" / "x.yaml").write_text(GOOD)
    (h / "brand.yaml").write_text("clinic: Lakeside\n")
    (h / "a.vars.yaml").write_text("who: Dr. Lee\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def outputs(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "out").rglob("*.pdf"))


def test_check_a_folder(library, capsys):
    assert cli.main(["check", "handouts"]) == 0
    io = capsys.readouterr()
    assert [line.split(":")[0] for line in io.out.splitlines()] == [
        "handouts/a.yaml", "handouts/es/a.yaml", "handouts/new/x.yaml"]
    assert "brand.yaml" not in io.out + io.err and "vars" not in io.out + io.err


def test_check_every_yaml_of_a_folder_skips_brand_and_vars_files(library, capsys):
    """`check handouts/*.yaml`, as the shell expands it."""
    named = sorted(str(p.relative_to(library)) for p in (library / "handouts").glob("*.yaml"))
    assert "handouts/brand.yaml" in named and "handouts/a.vars.yaml" in named
    assert cli.main(["check", *named]) == 0
    io = capsys.readouterr()
    assert io.out.splitlines()[0].startswith("handouts/a.yaml: ")
    assert len(io.out.splitlines()) == 1
    assert "brand.yaml" not in io.out + io.err and "vars" not in io.out + io.err


def test_build_a_folder_mirrors_it(library, capsys):
    assert cli.main(["build", "handouts"]) == 0
    assert outputs(library) == ["out/a.pdf", "out/es/a.pdf", "out/new/x.pdf"]


def test_preview_one_translation_into_its_language_folder(library, capsys):
    assert cli.main(["preview", "handouts/es/a.yaml", "-o", "out/es", "--dpi", "20"]) == 0
    assert outputs(library) == ["out/es/a.pdf"]
    assert (library / "out" / "es" / "a-1.png").is_file()


def test_preview_a_folder(library, capsys):
    assert cli.main(["preview", "handouts/es", "--dpi", "20"]) == 0
    assert outputs(library) == ["out/es/a.pdf"]
    assert capsys.readouterr().out.splitlines()[-1] == "out/es/a-1.png"


@pytest.mark.parametrize("args", [
    [], ["build", "handouts"], ["build", "handouts/new"], ["build", "handouts/new/x.yaml"],
    ["preview", "handouts/new", "--dpi", "20"], ["preview", "handouts/new/x.yaml", "--dpi", "20"],
])
def test_every_command_writes_a_spec_to_the_same_path(library, capsys, args):
    assert cli.main(args) == 0
    assert "out/new/x.pdf" in outputs(library)


@pytest.mark.parametrize("source", ["handouts/new", "handouts/new/x.yaml", "handouts"])
def test_watch_writes_where_the_batch_writes(library, source):
    w = watch.Watcher(Path(source))
    assert w.dest(Path("handouts/new/x.yaml")) == Path("out/new/x.pdf")


def test_a_translation_keeps_its_folder_in_a_library_not_named_handouts(library, capsys):
    """A clinic's folder with its brand kit is a library too: the Spanish handout must not
    overwrite the English one of the same name."""
    (library / "handouts").rename(library / "clinic")
    assert cli.main(["build", "clinic/a.yaml"]) == 0
    assert cli.main(["build", "clinic/es/a.yaml"]) == 0
    assert watch.Watcher(Path("clinic/es")).dest(Path("clinic/es/a.yaml")) == Path(
        "out/es/a.pdf")
    assert outputs(library) == ["out/a.pdf", "out/es/a.pdf"]
    capsys.readouterr()
    assert cli.main(["check", "clinic/a.yaml", "clinic/es/a.yaml", "--lang", "es"]) == 0
    assert [line.split(":")[0] for line in capsys.readouterr().out.splitlines()] == [
        "clinic/es/a.yaml"]
    assert cli.main(["check", "clinic/es/a.yaml", "--lang", "es"]) == 0
    assert capsys.readouterr().out.startswith("clinic/es/a.yaml: ")


def test_built_from_inside_the_library_a_translation_keeps_its_folder(library, monkeypatch,
                                                                        capsys):
    monkeypatch.chdir(library / "handouts")
    assert cli.main(["build", "es/a.yaml"]) == 0
    assert cli.main(["build", "es"]) == 0
    assert outputs(library / "handouts") == ["out/es/a.pdf"]


def test_tiles_of_two_sizes_are_two_files(library, capsys):
    poster = "title: P\nblocks:\n  - heading: Hello\n  - text: world\n"
    (library / "handouts" / "p.yaml").write_text(poster)
    assert cli.main(["tile", "handouts/p.yaml"]) == 0
    assert cli.main(["tile", "handouts/p.yaml", "--size", "tabloid"]) == 0
    assert outputs(library) == ["out/p-18x24in-tiled-letter.pdf",
                                "out/p-tabloid-tiled-letter.pdf"]


@pytest.mark.parametrize("name", ["handouts", "clinic"])
def test_a_translation_with_its_own_brand_kit_stays_in_its_library(library, name, capsys):
    """es/brand.yaml (the kit in Spanish) does not make es/ a library of its own: the Spanish
    handout still goes to out/es/ (not over the English one) and may use the library's
    pictures one folder up."""
    from PIL import Image

    (library / "handouts").rename(library / name)
    (library / name / "es" / "brand.yaml").write_text("clinic: Clínica Lakeside\n")
    Image.new("RGB", (900, 600), "#88AACC").save(library / name / "photo.png")
    (library / name / "es" / "a.yaml").write_text(
        GOOD.replace("world", "mundo") + "  - image: ../photo.png\n    alt: Un lago.\n"
        "lang: es\n")
    assert cli.main(["build", f"{name}/es/a.yaml"]) == 0, capsys.readouterr().err
    assert cli.main(["build", f"{name}/a.yaml"]) == 0
    assert outputs(library) == ["out/a.pdf", "out/es/a.pdf"]
    capsys.readouterr()
    assert cli.main(["check", f"{name}/es/a.yaml", "--lang", "es"]) == 0
    assert capsys.readouterr().out.startswith(f"{name}/es/a.yaml: ")
