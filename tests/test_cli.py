"""The command line contract: outputs, exit codes 0/1/2, and no traceback for a user's mistake."""

import shutil
import subprocess
import sys

import pypdfium2 as pdfium
import pytest

from tests.conftest import ROOT

GOOD = "title: T\nblocks:\n  - heading: Hello\n  - text: world\n"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, str(ROOT / "render.py"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path):
    (tmp_path / "handouts" / "es").mkdir(parents=True)
    (tmp_path / "handouts" / "a.yaml").write_text(GOOD)
    (tmp_path / "handouts" / "es" / "b.yaml").write_text(GOOD.replace("world", "mundo"))
    return tmp_path


def test_no_command_builds_every_handout_keeping_folders(project):
    r = run(cwd=project)
    assert r.returncode == 0, r.stderr
    assert (project / "out" / "a.pdf").is_file() and (project / "out" / "es" / "b.pdf").is_file()
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("out/a.pdf  1 page  18x24in  ") and lines[0].endswith(" s")


def test_build_with_options(project):
    r = run("build", "handouts/a.yaml", "-o", "x/poster.pdf", "--size", "a4", "--bleed", "3mm",
            "--crop-marks", cwd=project)
    assert r.returncode == 0, r.stderr
    page = pdfium.PdfDocument(project / "x" / "poster.pdf")[0]
    trim, bleed = page.get_trimbox(), page.get_bleedbox()
    assert trim[2] - trim[0] == pytest.approx(595.276, abs=1e-3)
    assert trim[0] - bleed[0] == pytest.approx(8.504, abs=1e-3)
    assert page.get_mediabox()[0] < bleed[0]


def test_output_folder_for_several_specs(project):
    r = run("build", "handouts/a.yaml", "handouts/es/b.yaml", "-o", "folder", cwd=project)
    assert r.returncode == 0, r.stderr
    assert (project / "folder" / "a.pdf").is_file()
    assert (project / "folder" / "es" / "b.pdf").is_file()


def test_a_broken_spec_is_a_message_and_exit_1(project):
    (project / "handouts" / "bad.yaml").write_text("title: T\ncolr: x\nblocks:\n  - txt: a\n")
    r = run(cwd=project)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "handouts/bad.yaml:2: unknown key 'colr' in the spec" in r.stderr
    assert "handouts/bad.yaml:4: 'txt' is not a block type (did you mean 'text'?)" in r.stderr
    assert (project / "out" / "a.pdf").is_file()  # the batch carried on
    assert "1 of 3 failed" in r.stderr


def test_check_writes_nothing(project):
    r = run("check", "handouts/a.yaml", cwd=project)
    assert r.returncode == 0 and r.stdout.startswith("handouts/a.yaml: ")
    assert not (project / "out").exists()


@pytest.mark.parametrize("args", [
    ["build"], ["frobnicate"], ["build", "handouts/a.yaml", "--size", "huge"],
    ["build", "handouts/a.yaml", "--bleed", "5"],
    ["build", "handouts/a.yaml", "handouts/es/b.yaml", "-o", "one.pdf"],
])
def test_wrong_usage_is_exit_2(project, args):
    r = run(*args, cwd=project)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr


def test_no_handouts_folder_is_usage(tmp_path):
    r = run(cwd=tmp_path)
    assert r.returncode == 2 and "no specs found" in r.stderr


def test_missing_spec_file(project):
    r = run("build", "nope.yaml", cwd=project)
    assert r.returncode == 1 and "nope.yaml: cannot read" in r.stderr


def test_console_script_is_installed():
    exe = shutil.which("handprint")
    assert exe, "pip install -e . should install the 'handprint' command"
    r = subprocess.run([exe, "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "build" in r.stdout


def test_lang_builds_one_language(project):
    r = run("--lang", "es", cwd=project)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith("out/es/b.pdf")
    assert not (project / "out" / "a.pdf").exists()
    r = run("--lang", "en", cwd=project)
    assert r.stdout.splitlines()[0].startswith("out/a.pdf") and len(r.stdout.splitlines()) == 1
    r = run("--lang", "fr", cwd=project)
    assert r.returncode == 2 and "handouts/fr/" in r.stderr
    for command in ("check", "build"):  # a language with no specs is said, not skipped
        r = run(command, "handouts", "--lang", "fr", cwd=project)
        assert r.returncode == 2 and "no specs in language 'fr'" in r.stderr, r.stderr
        assert "en, es" in r.stderr


def test_shipped_translations_say_their_language():
    import pikepdf

    from tests.conftest import HANDOUTS, build

    spanish = [p for p in HANDOUTS if p.parent.name == "es"]
    assert {p.name for p in spanish} == {p.name for p in HANDOUTS if p.parent.name == "handouts"}
    for path in spanish:
        _, data = build(path)
        assert str(pikepdf.open(__import__("io").BytesIO(data)).Root.Lang) == "es"


def test_brand_vars_and_set_on_the_command_line(project):
    (project / "kit").mkdir()
    (project / "kit" / "clinic.yaml").write_text("clinic: Hillside\nphone: 555 0199\n")
    (project / "v.yaml").write_text("who: Dr. Lee\n")
    (project / "handouts" / "c.yaml").write_text(
        "title: T\nkind: handout\nblocks:\n  - text: Ask {who} at {clinic}.\n    id: ask\n")
    r = run("build", "handouts/c.yaml", "--brand", "kit/clinic.yaml", "--vars", "v.yaml",
            "--set", "title=Changed", "-o", "c.pdf", cwd=project)
    assert r.returncode == 0, r.stderr
    data = (project / "c.pdf").read_bytes()
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert "Ask Dr. Lee at Hillside." in text and "555 0199" in text
    assert pdfium.PdfDocument(data).get_metadata_dict()["Title"] == "Changed"
    r = run("check", "handouts/c.yaml", "--set", "blocks.ask.text={nobody}", cwd=project)
    assert r.returncode == 1
    assert "handouts/c.yaml:4: unknown placeholder '{nobody}' in text" in r.stderr
    r = run("build", "handouts/c.yaml", "--vars", "missing.yaml", cwd=project)
    assert r.returncode == 2 and "--vars missing.yaml: no such file" in r.stderr


def test_brand_file_beside_the_specs_is_used_not_built(project):
    (project / "handouts" / "brand.yaml").write_text("clinic: Lakeside\n")
    r = run(cwd=project)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 2  # brand.yaml is not a spec
    text = pdfium.PdfDocument(project / "out" / "es" / "b.pdf")[0].get_textpage()
    assert "Lakeside" in text.get_text_range()
