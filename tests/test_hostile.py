"""Broken and hostile input: every spec gives a PDF holding every word, or a SpecError naming
the file and line. Never another exception, a hang, a half-written file or a lost word."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handprint.errors import SpecError
from handprint.layout import page as layout
from handprint.pdf import render as pdf
from handprint.spec import images as specblocks
from handprint.spec import registry
from handprint.text.textflow import spans
from tests import spec_api as spec
from tests.conftest import pdf_text

FAST = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def outcome(path: Path) -> bytes | SpecError:
    """The PDF, or the SpecError; any other exception fails the test."""
    try:
        s = spec.load(path)
        return pdf.render(layout.layout(s))
    except SpecError as e:
        return e


def _tokens(text: str) -> list[str]:
    """Words, split at anything that is white space or invisible, in NFC. Hyphens are left
    out: a PDF reader joins 'A-' at a line's end with the next line's first word."""
    text = unicodedata.normalize("NFC", text).replace("-", "")
    return [w for w in re.split(r"[\s\u0000-\u001f\u00ad\u200b-\u200f\u2028-\u202f"
                                r"\u205f-\u206f\ufeff]+", text) if w]


def printed_words(s: spec.Spec) -> Counter[str]:
    """The words the spec asks to print, as a reader should find them: markup taken out the
    way the renderer takes it out, blanks of fill-ins left out."""
    words: Counter[str] = Counter()
    for b in registry.every(s.blocks):
        for text in registry.texts(b):
            words.update(_tokens(" ".join(part for part, _, _ in spans(text))))
    return words


def assert_every_word(path: Path, data: bytes) -> None:
    """Every word is in the PDF's text, and every character as many times as it is printed.
    (A PDF reader may join words of separate lines, '0' and '0' into '00', so words are
    looked for within the text with its white space taken out.)"""
    words = printed_words(spec.load(path))
    text = "".join(_tokens(pdf_text(data)))
    lost = [w for w in words if w not in text]
    assert not lost, f"words missing from the PDF: {lost[:10]}"
    chars = Counter("".join(words.elements())) - Counter(text)
    assert not chars, f"characters missing from the PDF: {chars}"


def assert_named(e: SpecError, path: Path) -> None:
    assert e.problems
    for p in e.problems:
        assert p.file == str(path) and p.message, p


def check(path: Path) -> bytes | SpecError:
    result = outcome(path)
    if isinstance(result, SpecError):
        assert_named(result, path)
    else:
        assert_every_word(path, result)
    return result


# Text: mostly what the fonts have, with the awkward cases mixed in.
LETTERS = "abcxyzABCXYZ0189éüñßçøÆœĐảệẫΑβγΩжЖщЯ.,;:!?'\"()-–—…«»№€£$%&/@#+=<>[]|~^_`"
AWKWARD = ("\u0301\u0308\u0323"  # combining marks
           "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width and soft hyphen
           "\u00a0\u2009\u3000\t\n"  # other spaces and breaks
           "\x00\x01\x1b\x7f\x85"  # control characters
           "\U0001f600\u2713\u0e01\u4e2d\u05d0"  # emoji, symbols, other scripts
           "*\\{}")
WORD = st.text(st.sampled_from(LETTERS), min_size=1, max_size=12)
TEXT = st.one_of(
    st.lists(WORD, min_size=1, max_size=30).map(" ".join),
    st.lists(st.one_of(WORD, WORD.map("**{}**".format), WORD.map("*{}*".format)), min_size=1,
             max_size=20).map(" ".join),
    st.text(st.sampled_from(LETTERS + " " * 10 + AWKWARD), min_size=1, max_size=80),
    st.text(min_size=1, max_size=40),  # any Unicode at all
    st.builds(lambda w, n: (w + " ") * n, WORD, st.integers(1, 400)),  # many words
    st.integers(30, 400).map(lambda n: "W" * n),  # a very long word
)
ANY = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                st.just([]), st.just({}), st.just([1, "a"]))


def _block(kind: str, value, **options):
    return {kind: value, **{k: v for k, v in options.items() if v is not _SKIP}}


_SKIP = object()


def specs(wild: bool) -> st.SearchStrategy:
    """Whole specs with any text; with wild, options and values may be anything at all."""

    def opt(valid):
        return st.one_of(st.just(_SKIP), valid, *[ANY] * wild)

    def value(valid):
        return st.one_of(valid, *[ANY] * wild)

    simple = st.one_of(
        st.builds(_block, st.just("heading"), TEXT, level=opt(st.integers(1, 3)),
                  align=opt(st.sampled_from(spec.ALIGNS))),
        st.builds(_block, st.just("text"), TEXT, align=opt(st.sampled_from(spec.ALIGNS)),
                  lettered=opt(st.booleans())),
        st.builds(_block, st.just("list"), st.lists(TEXT, min_size=1, max_size=5),
                  numbered=opt(st.booleans())),
        st.builds(_block, st.just("quote"), TEXT, by=opt(TEXT)),
        st.builds(_block, st.just("spacer"), value(st.floats(0, 20))),
        st.builds(_block, st.just("illustration"), st.sampled_from(["rupture", "repair", "ghost"]),
                  alt=TEXT, seed=opt(st.integers(0, 10**9)), weight=opt(st.floats(0.5, 3)),
                  width=opt(st.floats(0.1, 1)), ink=opt(st.just("#7A1F1F"))),
        st.builds(_block, st.just("qa"), st.lists(st.fixed_dictionaries({"q": TEXT, "a": TEXT}),
                                                  min_size=1, max_size=3)),
        st.builds(_block, st.just("fill_in"), st.builds("{} {{topic}} {}".format, TEXT, TEXT)),
        st.builds(_block, st.just("checklist"), st.lists(TEXT, min_size=1, max_size=4),
                  fillable=opt(st.booleans())),
        st.builds(_block, st.just("lines"), value(st.integers(1, 12))),
        st.builds(_block, st.just("page_break"), value(st.just(True))),
    )
    blocks = st.one_of(
        simple,
        st.builds(_block, st.just("banner"), TEXT),
        st.builds(_block, st.just("footer"), TEXT),
        st.builds(_block, st.just("row"), st.lists(simple, min_size=2, max_size=4)),
    )

    def pick(valid: list, wrong: list):
        return st.sampled_from(valid + wrong * wild)

    return st.fixed_dictionaries(
        {"title": TEXT, "blocks": st.lists(blocks, min_size=1, max_size=6)},
        optional={
            "kind": value(st.sampled_from(spec.KINDS)),
            "size": pick(["letter", "a4", "a1", "18x24in", "4x6in", "1x1in", "200x1in"],
                         ["0x0in", "-5x5in", "100m", "12x12", "1000x1000in"]),
            "orientation": pick(["portrait", "landscape"], ["sideways"]),
            "lang": pick(["en", "pt-BR", "ar"], ["x", "english!"]),
            "author": TEXT, "subject": TEXT,
            "theme": st.fixed_dictionaries({}, optional={
                "paper": pick(["#FFFFFF", "#f6dce1"], ["#123", "red", "#GGGGGG"]),
                "ink": value(st.just("#000000")),
                "body_font": pick(spec.FONTS, ["Arial"]),
                "heading_font": pick(spec.FONTS, ["Arial"])}),
            "print": st.fixed_dictionaries({}, optional={
                "bleed": pick(["0.125in", "3mm", "0in"], ["-1in", "1in", "0", 5]),
                "crop_marks": value(st.booleans())})})


def dump(tmp_path: Path, doc: object, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8",
                    errors="surrogatepass")
    return path


@FAST
@given(specs(wild=False))
def test_any_text_renders_every_word_or_names_the_place(tmp_path, doc):
    result = check(dump(tmp_path, doc))
    if isinstance(result, SpecError):  # a valid YAML mapping: every problem has its line
        assert all(p.line > 0 for p in result.problems), result


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.builds(_block, st.sampled_from(["text", "heading", "list", "quote"]),
                          st.lists(WORD, min_size=1, max_size=80).map(" ".join)),
                min_size=1, max_size=60),
       st.sampled_from(spec.KINDS), st.sampled_from(["letter", "a4", "18x24in"]))
def test_plain_words_are_never_lost(tmp_path, blocks, kind, size):
    """Renderable text in any amount: a PDF with every word, or a page that runs out."""
    blocks = [{**b, "list": [b["list"]]} if "list" in b else b for b in blocks]
    result = check(dump(tmp_path, {"title": "T", "kind": kind, "size": size,
                                   "blocks": blocks}))
    if isinstance(result, SpecError):
        assert kind == "poster" and "runs out" in str(result), result


KEYS = st.sampled_from(["title", "blocks", "kind", "size", "theme", "print", "text", "heading",
                        "row", "list", "alt", "image", "level", "seed", "<<", "x"])
YAML_VALUES = st.recursive(
    st.one_of(ANY, TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.one_of(KEYS, st.text(max_size=5)), inner,
                                            max_size=4)),
    max_leaves=25)


@FAST
@given(st.one_of(YAML_VALUES, st.fixed_dictionaries({"title": TEXT, "blocks": YAML_VALUES})))
def test_any_yaml_document(tmp_path, doc):
    check(dump(tmp_path, doc))


YAML_BITS = st.sampled_from(["title: T\n", "blocks:\n", "  - text: a\n", "- ", ": ", "{", "}",
                             "[", "]", "&a ", "*a ", "!!str ", "!x ", "<<: ", "---\n", "...\n",
                             "'", '"', "\t", "\n", "  ", "#", "|", ">", "%YAML 1.1\n", "\\", "?"])


@FAST
@given(st.one_of(st.binary(max_size=200),
                 st.lists(YAML_BITS, max_size=30).map("".join).map(str.encode),
                 st.text(max_size=100).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_bytes(tmp_path, raw):
    path = tmp_path / "s.yaml"
    path.write_bytes(raw)
    check(path)


# Regular tests for what the property tests found, and for the limits.

def build_text(tmp_path: Path, text: str) -> bytes | SpecError:
    path = tmp_path / "s.yaml"
    path.write_text(text, "utf-8")
    return check(path)


def test_braces_in_plain_text_are_printed(tmp_path):
    """Found by the property test: '{name}' outside fill_in lost its braces. Now '{name}'
    is a placeholder (an error when nothing fills it) and '{{name}}' prints braces."""
    data = build_text(tmp_path, 'title: T\nblocks:\n  - text: "Hello {{name}}"\n')
    assert "{name}" in pdf_text(data)
    e = build_text(tmp_path, 'title: T\nblocks:\n  - text: "Hello {name}"\n')
    assert isinstance(e, SpecError) and "unknown placeholder '{name}'" in str(e)


@pytest.mark.parametrize("value", ['"\\u200b"', '"****"', '"** **"'])
@pytest.mark.parametrize("kind", ["banner", "heading", "text", "footer"])
def test_text_with_nothing_to_print_is_empty(tmp_path, kind, value):
    """Found: a banner of only markup or zero-width spaces crashed with max() of nothing."""
    e = build_text(tmp_path, f"title: T\nblocks:\n  - {kind}: {value}\n  - text: a\n")
    assert isinstance(e, SpecError)
    assert str(e.problems[0]).endswith(f":3: {kind} is empty (it holds only markup or "
                                       "invisible characters)")


def test_running_header_and_footer_never_crash(tmp_path):
    """Found: a title with a 300-letter word, or a footer with one, crashed a handout."""
    data = build_text(tmp_path, f"title: {'W' * 300}\nkind: handout\nblocks:\n"
                                "  - text: a\n  - page_break: true\n  - text: b\n")
    assert "W" * 20 in pdf_text(data) and "…" in pdf_text(data)
    e = build_text(tmp_path, f"title: T\nkind: handout\nblocks:\n  - footer: {'W' * 300}\n")
    assert isinstance(e, SpecError) and "s.yaml:4: the word 'WWWW" in str(e)


def test_a_title_character_no_font_has(tmp_path):
    e = build_text(tmp_path, 'title: "Hi \\U0001F600"\nkind: handout\nblocks:\n  - text: a\n')
    assert isinstance(e, SpecError)
    assert str(e).endswith("s.yaml:1: emoji cannot be printed (U+1F600 '😀'): remove it, or "
                           "use a drawing as an icon (an illustration block) (in the title, "
                           "printed at the top of each page after the first)")


def test_most_blocks(tmp_path):
    blocks = "".join(f"  - text: block {n}\n" for n in range(spec.MAX_BLOCKS))
    data = build_text(tmp_path, f"title: T\nkind: handout\nblocks:\n{blocks}")
    assert isinstance(data, bytes)
    e = build_text(tmp_path, f"title: T\nkind: handout\nblocks:\n{blocks}  - text: one more\n")
    assert isinstance(e, SpecError)
    assert str(e).endswith("s.yaml:4: 301 blocks; a spec may have at most 300")


def test_most_pages(tmp_path):
    blocks = "  - text: a\n  - page_break: true\n" * 99
    e = build_text(tmp_path, f"title: T\nkind: handout\nblocks:\n{blocks}  - text: b\n")
    assert isinstance(e, SpecError)
    assert str(e).endswith("s.yaml:201: the document reaches page 100 at this block; a "
                           "handout may have at most 99 pages: split it into several specs")


def test_most_pages_by_flowing_text(tmp_path):
    text = " ".join(["word"] * 900)
    blocks = f"  - text: {text}\n" * 60
    e = build_text(tmp_path, f"title: T\nkind: handout\nsize: 4x6in\nblocks:\n{blocks}")
    assert isinstance(e, SpecError) and "reaches page 100" in str(e)


def test_total_text_counts_alias_repeats(tmp_path):
    """5,000 characters written once, repeated 100 times with aliases: over 300,000."""
    text = "word " * 999 + "word"
    blocks = f"  - text: &t {text}\n" + "  - text: *t\n" * 99
    e = build_text(tmp_path, f"title: T\nkind: handout\nblocks:\n{blocks}")
    assert isinstance(e, SpecError)
    assert [str(p) for p in e.problems] == [
        f"{tmp_path / 's.yaml'}:4: the spec has more than 300,000 characters of text "
        "(counting repeats made with YAML aliases); split it into several specs"]


# The corpus: tests/broken/*.yaml and the exact problems each must give.

BROKEN = Path(__file__).parent / "broken"


def test_every_broken_spec_gives_its_exact_messages(monkeypatch):
    monkeypatch.chdir(BROKEN)
    expected = [ln for ln in (BROKEN / "expected.txt").read_text("utf-8").splitlines()
                if ln and not ln.startswith("#")]
    got = []
    for path in sorted(Path().glob("*.yaml")):
        with pytest.raises(SpecError) as info:
            spec.load(path)
        got += [str(p) for p in info.value.problems]
    assert got == expected


# Generated cases: too big to commit, or made of links and folders.

def load_error(path: Path) -> list[str]:
    with pytest.raises(SpecError) as info:
        layout.layout(spec.load(path))
    return [str(p) for p in info.value.problems]


def test_a_folder_given_as_a_spec(tmp_path):
    assert load_error(tmp_path) == [f"{tmp_path}: is a folder, not a spec file"]


def test_a_50_mb_text_value_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "big.yaml"
    with path.open("w") as f:
        f.write("title: T\nblocks:\n  - text: ")
        for _ in range(50):
            f.write("word " * 200_000)
    assert load_error(path) == [f"{path}: is 50,000,027 bytes; a spec may be at most "
                                "1,000,000 bytes"]


def test_a_long_text_under_the_file_limit(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("title: T\nblocks:\n  - text: " + "word " * 100_000 + "\n")
    assert load_error(path) == [f"{path}:3: text is 499,999 characters long; one text may "
                                "have at most 5,000"]


def test_billion_laughs_within_the_file_limit(tmp_path):
    """Nine levels of ten aliases: a billion strings if expanded. Nothing is expanded that
    is not read, and the problems are few."""
    lines = ["title: T", "x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x{n}: &x{n} [" + ", ".join([f"*x{n - 1}"] * 10) + "]" for n in range(1, 10)]
    lines += ["blocks:", "  - list: *x9"]
    path = tmp_path / "s.yaml"
    path.write_text("\n".join(lines) + "\n")
    errors = load_error(path)
    assert f"{path}:2: unknown key 'x0' in the spec" in errors
    assert f"{path}:10: a list item must be text" in errors and len(errors) < 20


def test_very_deep_nesting(tmp_path):
    """100,000 brackets: deeper than Python can recurse, so the limit is found at once."""
    path = tmp_path / "s.yaml"
    path.write_text("title: T\nblocks: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert load_error(path) == [f"{path}:2: nested more than 32 levels deep"]


def png(path: Path, width: int, height: int) -> Path:
    """A small PNG file whose header claims width x height pixels."""
    import struct
    import zlib

    from PIL import Image

    Image.new("RGB", (2, 2), "red").save(path)
    data = bytearray(path.read_bytes())
    ihdr = data[12:29]  # chunk type and data of IHDR, the first chunk
    ihdr[4:12] = struct.pack(">II", width, height)
    data[12:33] = ihdr + struct.pack(">I", zlib.crc32(ihdr))
    path.write_bytes(bytes(data))
    return path


def image_spec(folder: Path, rel: str) -> Path:
    path = folder / "s.yaml"
    path.write_text(f"title: T\nblocks:\n  - image: {rel}\n    alt: a picture\n")
    return path


@pytest.mark.parametrize("size,message", [
    ((8001, 5000), "is 8001x5000 pixels; an image may have at most 40 million: resize it to "
                   "at most 8000x4999 pixels, e.g. in Paint: Resize, or `convert bomb.png "
                   "-resize 8000x4999 smaller.png`"),
    ((100_000, 100_000), "has far more than 40 million pixels: resize it to at most 6324x6324 "
                         "pixels, e.g. in Paint: Resize, or `convert bomb.png -resize "
                         "6324x6324 smaller.png`"),
])
def test_decompression_bombs(tmp_path, size, message):
    png(tmp_path / "bomb.png", *size)
    path = image_spec(tmp_path, "bomb.png")
    assert load_error(path) == [f"{path}:3: image 'bomb.png' {message}"]


def test_an_image_over_the_byte_limit(tmp_path):
    with (tmp_path / "big.png").open("wb") as f:
        f.truncate(specblocks.MAX_IMAGE_BYTES + 1)
    path = image_spec(tmp_path, "big.png")
    assert load_error(path) == [f"{path}:3: image 'big.png' is 30 MB; an image may be at most "
                                "30 MB: save it as a JPEG (in Paint: Save as, JPEG picture), "
                                "or `convert big.png -quality 85 smaller.jpg`"]


def test_a_gif_is_named(tmp_path):
    from PIL import Image

    Image.new("RGB", (4, 4)).save(tmp_path / "a.gif")
    path = image_spec(tmp_path, "a.gif")
    assert load_error(path) == [f"{path}:3: image 'a.gif' is GIF; use a PNG or JPEG"]


def test_image_names_no_file_system_takes(tmp_path):
    path = image_spec(tmp_path, "a" * 5000 + ".png")
    assert load_error(path) == [f"{path}:3: image '{'a' * 39}…' is not a file name this "
                                "computer can use"]
    path = image_spec(tmp_path, '"a\\0.png"')
    assert load_error(path) == [f"{path}:3: image holds U+0000, a control character that "
                                "cannot be printed: delete it"]


def test_symlinks_cannot_leave_the_spec_folder(tmp_path):
    outside = png(tmp_path / "secret.png", 2, 2)
    folder = tmp_path / "specs"
    (folder / "pics").mkdir(parents=True)
    (folder / "pics" / "link.png").symlink_to(outside)
    (folder / "up").symlink_to(tmp_path)
    path = image_spec(folder, "pics/link.png")
    assert load_error(path) == [f"{path}:3: image 'pics/link.png' is outside the spec's "
                                "folder (specs/, the folder that holds the specs): a spec may "
                                "use only images in it (or below it) and in assets/"]
    path = image_spec(folder, "up/secret.png")
    assert "is outside the spec's folder" in load_error(path)[0]
    (folder / "pics" / "ok.png").symlink_to(png(folder / "real.png", 2, 2))
    assert isinstance(check(image_spec(folder, "pics/ok.png")), bytes)


def test_a_pipe_is_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.yaml")
    assert load_error(tmp_path / "pipe.yaml") == [
        f"{tmp_path / 'pipe.yaml'}: is not a regular file (a device or pipe?)"]


# Output is all or nothing; a batch carries on and reports every failure.

GOOD = "title: T\nblocks:\n  - heading: Hello\n  - text: world\n"


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


def test_a_failed_build_leaves_the_earlier_pdf(tmp_path, capsys):
    from handprint import cli

    src, out = tmp_path / "s.yaml", tmp_path / "out" / "s.pdf"
    src.write_text(GOOD)
    assert cli.main(["build", str(src), "-o", str(out)]) == 0
    before = out.read_bytes()
    src.write_text("title: T\nblocks:\n  - text: [broken\n")
    assert cli.main(["build", str(src), "-o", str(out)]) == 1
    assert out.read_bytes() == before and not leftovers(tmp_path)


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_a_failed_or_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch, where,
                                                                capsys):
    import os

    from handprint import cli

    src, out = tmp_path / "s.yaml", tmp_path / "s.pdf"
    src.write_text(GOOD)
    out.write_bytes(b"earlier")
    fail = OSError(28, "No space left on device") if where == "fsync" else KeyboardInterrupt()

    def broken(*args):
        raise fail
    monkeypatch.setattr(os, where, broken)
    code = cli.main(["build", str(src), "-o", str(out)])
    assert code == (1 if where == "fsync" else 130)
    assert out.read_bytes() == b"earlier" and not leftovers(tmp_path)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert ("cannot write" in err) if where == "fsync" else err.startswith("handprint: interr")


def test_a_batch_carries_on_and_lists_every_failure(tmp_path, capsys):
    from handprint import cli

    names = ["a", "b", "c", "d"]
    for n in names:
        (tmp_path / f"{n}.yaml").write_text(GOOD if n in "ac" else "title: T\n")
    code = cli.main(["build", *(str(tmp_path / f"{n}.yaml") for n in names),
                     "-o", str(tmp_path / "out")])
    assert code == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.pdf", "c.pdf"]
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == f"2 of 4 failed: {tmp_path / 'b.yaml'}, {tmp_path / 'd.yaml'}"


def test_an_interrupted_batch_leaves_finished_pdfs_complete(tmp_path):
    """SIGTERM (as Ctrl-C would) part-way through: exit 130, a short message, every PDF that
    exists is whole, no temporary file."""
    import signal
    import subprocess
    import sys

    import pypdfium2 as pdfium

    from tests.conftest import ROOT

    specs = []
    for n in range(40):
        specs.append(tmp_path / f"s{n:02d}.yaml")
        specs[-1].write_text(GOOD)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, str(ROOT / "render.py"), "build", *map(str, specs),
                             "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    proc.stdout.readline()  # the first PDF is done
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.startswith("handprint: interrupted") and "Traceback" not in err
    done = list(out.glob("*.pdf"))
    assert 1 <= len(done) < 40 and not leftovers(tmp_path)
    for p in done:
        assert len(pdfium.PdfDocument(p)) == 1
