"""Time and peak memory of the worst inputs handprint accepts or refuses.

    python bench/hostile.py            # every case, each in a fresh process
    python bench/hostile.py CASE       # one case, in this process

Each case writes its spec (and image) into a temporary folder, then loads, lays out and
renders it as `build` would, without writing the PDF. Peak memory is the process's maximum
resident set size (so it includes Python, ReportLab and the fonts: about 60 MB for a
one-word poster). Prints a Markdown table, ready to paste into the README.
"""

from __future__ import annotations

import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from handprint.errors import SpecError  # noqa: E402
from handprint.layout.page import page as layout  # noqa: E402
from handprint.pdf.render import render as pdf  # noqa: E402
from handprint.spec.read import read as spec  # noqa: E402

WORDS = " ".join(["Repair"] * 800)  # 5,599 characters: over the one-text limit
TEXT = " ".join(["Repair"] * 700)  # 4,899 characters


def one_word(d: Path) -> Path:
    return spec_file(d, "title: T\nblocks:\n  - text: word\n")


def value_50mb(d: Path) -> Path:
    path = d / "s.yaml"
    with path.open("w") as f:
        f.write("title: T\nblocks:\n  - text: ")
        for _ in range(50):
            f.write("word " * 200_000)
    return path


def billion_laughs(d: Path) -> Path:
    lines = ["title: T", "x0: &x0 [{text: lol}, {text: lol}, {text: lol}, {text: lol}]"]
    lines += [f"x{n}: &x{n} [" + ", ".join([f"{{row: *x{n - 1}}}"] * 4) + "]"
              for n in range(1, 16)]
    lines += ["blocks: *x15"]
    return spec_file(d, "\n".join(lines) + "\n")


def alias_text(d: Path) -> Path:
    """One 4,899-character text repeated 17,940 times with aliases (88 million characters if
    expanded), in fewer than 20,000 values."""
    items = ", ".join(["*t"] * 60)
    blocks = f"  - text: &t {TEXT}\n" + f"  - list: [{items}]\n" * 299
    return spec_file(d, f"title: T\nkind: handout\nblocks:\n{blocks}")


def nesting(d: Path) -> Path:
    return spec_file(d, "title: T\nblocks: " + "[" * 300_000 + "]" * 300_000 + "\n")


def poster_300(d: Path) -> Path:
    """300 blocks of 4,899 characters on one poster: every fit attempt fails."""
    return spec_file(d, "title: T\nblocks:\n" + f"  - text: {TEXT}\n" * 61)


def poster_300_short(d: Path) -> Path:
    blocks = "".join(f"  - text: Block {n} says **something**\n" for n in range(300))
    return spec_file(d, f"title: T\nsize: 200x200in\nblocks:\n{blocks}")


def handout_most_text(d: Path) -> Path:
    """Just under the total-text limit (300,000 characters) in a handout: 61 pages."""
    return spec_file(d, "title: T\nkind: handout\nblocks:\n" + f"  - text: {TEXT}\n" * 61)


def handout_too_many_pages(d: Path) -> Path:
    return spec_file(d, "title: T\nkind: handout\nsize: 4x6in\nblocks:\n"
                        + f"  - text: {TEXT}\n" * 61)


def largest_jpeg(d: Path) -> Path:
    """A noisy 8000 x 5000 JPEG: 40 million pixels, the limit, and about 30 MB."""
    import numpy as np
    from PIL import Image

    pixels = np.random.default_rng(1).integers(0, 256, (5000, 8000, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(d / "big.jpg", quality=80)
    return spec_file(d, "title: T\nblocks:\n  - image: big.jpg\n    alt: noise\n")


def largest_png(d: Path) -> Path:
    """An 8000 x 5000 RGBA PNG (drawn with transparency: the most work for ReportLab)."""
    from PIL import Image

    Image.linear_gradient("L").resize((8000, 5000)).convert("RGBA").save(d / "big.png")
    return spec_file(d, "title: T\nblocks:\n  - image: big.png\n    alt: a gradient\n")


def image_bomb(d: Path) -> Path:
    import struct
    import zlib

    from PIL import Image

    Image.new("RGB", (2, 2)).save(d / "bomb.png")
    data = bytearray((d / "bomb.png").read_bytes())
    ihdr = data[12:29]
    ihdr[4:12] = struct.pack(">II", 100_000, 100_000)
    data[12:33] = ihdr + struct.pack(">I", zlib.crc32(ihdr))
    (d / "bomb.png").write_bytes(bytes(data))
    return spec_file(d, "title: T\nblocks:\n  - image: bomb.png\n    alt: a bomb\n")


def spec_file(d: Path, text: str) -> Path:
    path = d / "s.yaml"
    path.write_text(text, "utf-8")
    return path


CASES: dict[str, Callable[[Path], Path]] = {
    "one word (baseline)": one_word,
    "50 MB text value": value_50mb,
    "billion laughs (4^15 rows)": billion_laughs,
    "one text aliased 17,940 times": alias_text,
    "300,000 nested brackets": nesting,
    "poster, 61 blocks of 4,900 characters": poster_300,
    "poster, 300 short blocks": poster_300_short,
    "handout, 300,000 characters": handout_most_text,
    "handout over 99 pages": handout_too_many_pages,
    "8000x5000 JPEG, 30 MB (largest image)": largest_jpeg,
    "8000x5000 RGBA PNG (largest image)": largest_png,
    "PNG claiming 100000x100000": image_bomb,
}


def run(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = CASES[name](Path(tmp))
        start = time.perf_counter()
        try:
            data = pdf.render(layout.layout(spec.load(path)))
            result = f"PDF, {len(data) / 1e6:.1f} MB"
        except SpecError as e:
            first = e.problems[0].message
            result = f"refused: {first[:70]}" + ("…" if len(first) > 70 else "")
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    print(f"| {name} | {seconds:.2f} s | {peak:.0f} MB | {result} |")


def main() -> None:
    if len(sys.argv) > 1:
        run(" ".join(sys.argv[1:]))
        return
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}\n")
    print("| case | time | peak memory | result |\n|---|---|---|---|")
    for name in CASES:
        subprocess.run([sys.executable, __file__, name], check=True)


if __name__ == "__main__":
    main()
