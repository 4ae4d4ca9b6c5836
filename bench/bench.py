"""Speed benchmark for handprint (speed is measured only here, never by a timed test).

    python bench/bench.py [--rounds N] [--quick]

Every round edits one word of the spec, a different word each round (and never the same
edit twice), so no side measures a cache of identical input. Sides alternate within a round,
so both see the same machine load.

1. Race, in process: the ruptures poster built by handprint (`pipeline.build`: YAML to PDF
   bytes) against Typst compiling bench/ruptures-poster.typ (the same poster: same words,
   sizes, colours, fonts and drawings; `pip install -e ".[bench]"`), the same word edited
   on both sides. Target: handprint's median at most Typst's.
2. Whole process: `python render.py build` of the edited poster against bench/rl_poster.py,
   plain ReportLab drawing the same poster (the floor for a ReportLab pipeline), and Typst
   (`python -c "import typst; ..."`). Target: at most 1.5x the floor. Python's bytecode
   cache is on, as on a user's machine.
3. Studio: edit a Letter handout, build it in process and render page 1 to a PNG at 100 dpi
   with pypdfium2 (what a live preview does). Target: 150 ms.
4. Sweep: every handouts/*.yaml at every named size, in a fresh process, serially and then
   one process per core. Target: 50 pages/s on 2 cores, parallel faster than serial.
Prints Markdown tables, the machine and the command, ready to paste into the README.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import io
import json
import multiprocessing
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "src"))

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"
HANDOUT = ROOT / "handouts" / "conflict-in-therapy.yaml"
TYPST_DOC = BENCH / "ruptures-poster.typ"
FONTS = ROOT / "src" / "handprint" / "assets" / "fonts"
# The words edited, in the order they are edited: the poster's text and its banner.
POSTER_TEXTS = ["All of these are normal in therapy. Therapy is a safe place to work through "
                "them together, right as they happen.",
                "Rupture is inevitable. Repair takes work."]
HANDOUT_TEXT = ("Many people start therapy expecting the therapist to be the expert who always "
                "knows the right thing to say.")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
SIZES = ["letter", "legal", "tabloid", "a4", "a3", "a2", "a1", "18x24in", "24x36in"]
QUICK_SIZES = ["letter", "a4", "18x24in"]
TARGETS = {"race": 1.0, "floor": 1.5, "studio": 150.0, "sweep": 50.0}


def editor(source: str, texts: list[str]) -> Callable[[int], str]:
    """round -> source with one word of `texts` changed: word n % len(words), a suffix
    that differs every time the same word comes round again."""
    words = [(t, w) for t in texts for w in re.findall(r"[A-Za-z]+", t)]

    def edit(n: int) -> str:
        text, word = words[n % len(words)]
        start = source.index(text.split()[0] + " " + text.split()[1])
        found = re.compile(rf"\b{word}\b").search(source, start)
        assert found, word
        new = word + "abcdefghijklmnopqrstuvwxyz"[(n // len(words)) % 26] * (1 + n // 676)
        return source[:found.start()] + new + source[found.end():]

    return edit


def ms(seconds: list[float]) -> tuple[float, float]:
    """Median and p90 in milliseconds."""
    data = sorted(s * 1000 for s in seconds)
    p90 = statistics.quantiles(data, n=10, method="inclusive")[-1] if len(data) > 1 else data[0]
    return statistics.median(data), p90


def clock(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def race(rounds: int) -> dict[str, list[float]]:
    from handprint import pipeline

    yaml_edit = editor(POSTER.read_text(), POSTER_TEXTS)
    times: dict[str, list[float]] = {"handprint": []}
    try:
        import typst
    except ImportError:
        typst = None
    typ_edit = editor(TYPST_DOC.read_text(), POSTER_TEXTS)

    def ours(n: int) -> object:
        return pipeline.build(POSTER, text=yaml_edit(n)).pdf

    def theirs(n: int) -> object:
        return typst.compile(typ_edit(n).encode(), root=str(BENCH), font_paths=[str(FONTS)],
                             ignore_system_fonts=True)

    sides = [("handprint", ours)] + ([("Typst", theirs)] if typst else [])
    for name, fn in sides:  # warm-up: imports, fonts, drawings; not timed
        fn(10_000)
        times[name] = []
    for n in range(rounds):
        for name, fn in sides if n % 2 else sides[::-1]:
            times[name].append(clock(lambda: fn(n)))  # noqa: B023
    return times


def whole(rounds: int) -> dict[str, list[float]]:
    edit = editor(POSTER.read_text(), POSTER_TEXTS)
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        spec, out = Path(tmp) / POSTER.name, Path(tmp) / "out.pdf"
        typ = BENCH / ".edited-poster.typ"  # Typst reads only files under its root
        typ_edit = editor(TYPST_DOC.read_text(), POSTER_TEXTS)
        sides: dict[str, Callable[[int], list[str]]] = {
            "handprint": lambda n: [sys.executable, str(ROOT / "render.py"), "build",
                                    str(spec), "-o", str(out)],
            "ReportLab": lambda n: [sys.executable, str(BENCH / "rl_poster.py"), str(out)],
        }
        try:
            import typst  # noqa: F401
            sides["Typst"] = lambda n: [
                sys.executable, "-c", f"import typst; typst.compile({str(typ)!r}, root="
                f"{str(BENCH)!r}, font_paths=[{str(FONTS)!r}], ignore_system_fonts=True, "
                f"output={str(out)!r})"]
        except ImportError:
            pass
        for n in range(-1, rounds):  # round -1 warms the bytecode cache, untimed
            spec.write_text(edit(n % 10_000))
            typ.write_text(typ_edit(n % 10_000))
            for name, cmd in sides.items() if n % 2 else list(sides.items())[::-1]:
                start = time.perf_counter()
                done = subprocess.run(cmd(n), cwd=ROOT, capture_output=True, text=True,
                                      env=ENV)
                t = time.perf_counter() - start
                if done.returncode:
                    raise RuntimeError(f"{name}: {done.stderr.strip()}")
                if n >= 0:
                    times.setdefault(name, []).append(t)
        typ.unlink(missing_ok=True)
    return times


def studio(rounds: int) -> list[float]:
    import pypdfium2 as pdfium

    from handprint import pipeline
    from handprint.tools.preview import _render

    edit = editor(HANDOUT.read_text(), [HANDOUT_TEXT])

    def refresh(n: int) -> bytes:
        data = pipeline.build(HANDOUT, text=edit(n)).pdf
        doc = pdfium.PdfDocument(data)
        try:
            image = _render(doc[0], 100 / 72)
        finally:
            doc.close()
        png = io.BytesIO()
        image.save(png, format="PNG", compress_level=1)  # fast, as a live preview wants
        return png.getvalue()

    refresh(10_000)
    return [clock(lambda: refresh(n)) for n in range(rounds)]  # noqa: B023


def one(path: Path, name: str) -> tuple[int, str]:
    """Pages, or the first problem, for one spec at one size."""
    from handprint import pipeline
    from handprint.errors import SpecError
    from handprint.spec.pages import parse_size

    try:
        built = pipeline.build(path, size=parse_size(name))
    except SpecError as e:
        return 0, e.problems[0].message
    return len(built.doc.pages), ""


def sweep_here(sizes: list[str], workers: int) -> dict:
    """Every spec at every size, in this (fresh) process: pages, seconds, failures."""
    from handprint import pipeline  # noqa: F401  (imports before the clock and the fork)

    specs = sorted((ROOT / "handouts").rglob("*.yaml"))
    pairs = [(path, name) for path in specs for name in sizes]
    start = time.perf_counter()
    if workers > 1:
        fork = multiprocessing.get_context("fork") if sys.platform == "linux" else None
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=fork) as pool:
            results = list(pool.map(one, *zip(*pairs, strict=True)))
    else:
        results = [one(path, name) for path, name in pairs]
    seconds = time.perf_counter() - start
    failed = sorted({f"{p.name} @ {s}: {m}" for (p, s), (_, m) in zip(pairs, results,
                                                                        strict=True) if m})
    return {"specs": len(specs), "pages": sum(p for p, _ in results), "seconds": seconds,
            "failed": failed}


def sweep(sizes: list[str], workers: int) -> dict:
    cmd = [sys.executable, __file__, "--sweep-workers", str(workers), "--sizes", ",".join(sizes)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=ENV, check=True)
    return json.loads(done.stdout)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        names = [ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text()
                 .splitlines() if ln.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    return (f"Python {platform.python_version()}, nproc {os.cpu_count()}, {cpu}, "
            f"{platform.platform()}")


def row(name: str, times: list[float], target: str = "") -> str:
    median, p90 = ms(times)
    return f"| {name} | {median:.1f} | {p90:.1f} | {target} |"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=30, help="timed rounds per measure (30)")
    p.add_argument("--quick", action="store_true", help="5 rounds, 3 sizes: a smoke test")
    p.add_argument("--sweep-workers", type=int, help=argparse.SUPPRESS)
    p.add_argument("--sizes", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.sweep_workers:
        print(json.dumps(sweep_here(args.sizes.split(","), args.sweep_workers)))
        return 0
    rounds = min(args.rounds, 5) if args.quick else max(args.rounds, 1)
    sizes = QUICK_SIZES if args.quick else SIZES
    cores = os.cpu_count() or 1
    raced, procs, preview = race(rounds), whole(max(rounds // 2, 3)), studio(rounds)
    sweeps = [sweep(sizes, 1), sweep(sizes, cores)]

    print(f"`python bench/bench.py{' --quick' if args.quick else ''}"
          f"{f' --rounds {args.rounds}' if args.rounds != 30 else ''}`: {rounds} rounds, one "
          f"word edited per round; {machine()}\n")
    print("| measure | median ms | p90 ms | target |\n|---|---:|---:|---|")
    print(row("in process: handprint builds the poster", raced["handprint"]))
    if "Typst" in raced:
        print(row("in process: Typst compiles the poster", raced["Typst"]))
    print(row("whole process: `render.py build` the poster", procs["handprint"]))
    print(row("whole process: plain ReportLab draws the poster", procs["ReportLab"]))
    if "Typst" in procs:
        print(row("whole process: Typst compiles the poster", procs["Typst"]))
    print(row("studio: edit, build, PNG of page 1 at 100 dpi (Letter)", preview,
              f"<= {TARGETS['studio']:.0f}"))
    print("\n| target | ours | against | ratio | limit | met |\n|---|---:|---:|---:|---:|---|")
    checks = [("in process vs Typst", raced["handprint"], raced.get("Typst"), TARGETS["race"]),
              ("whole process vs plain ReportLab", procs["handprint"], procs["ReportLab"],
               TARGETS["floor"])]
    met = True
    for label, ours, theirs, limit in checks:
        if not theirs:
            print(f"| {label} | | (Typst not installed: pip install -e \".[bench]\") | | | |")
            continue
        a, b = ms(ours)[0], ms(theirs)[0]
        met &= a / b <= limit
        print(f"| {label} | {a:.1f} ms | {b:.1f} ms | {a / b:.2f} | {limit} | "
              f"{'yes' if a / b <= limit else 'no'} |")
    studio_ms = ms(preview)[0]
    met &= studio_ms <= TARGETS["studio"]
    print(f"| studio refresh | {studio_ms:.1f} ms | | | {TARGETS['studio']:.0f} ms | "
          f"{'yes' if studio_ms <= TARGETS['studio'] else 'no'} |")
    print(f"\n| sweep: {sweeps[0]['specs']} specs x {len(sizes)} sizes ({', '.join(sizes)}) "
          "| processes | pages | seconds | pages/s |\n|---|---:|---:|---:|---:|")
    for workers, s in zip((1, cores), sweeps, strict=True):
        rate = s["pages"] / s["seconds"]
        print(f"| fresh process, pages built to PDF bytes | {workers} | {s['pages']} | "
              f"{s['seconds']:.2f} | {rate:.1f} |")
    rate = sweeps[1]["pages"] / sweeps[1]["seconds"]
    faster = sweeps[1]["seconds"] < sweeps[0]["seconds"]
    met &= rate >= TARGETS["sweep"] and faster
    print(f"\nSweep target: {TARGETS['sweep']:.0f} pages/s on {cores} cores, parallel faster "
          f"than serial: {'met' if rate >= TARGETS['sweep'] and faster else 'not met'}.")
    for line in sweeps[0]["failed"]:
        print(f"- failed: {line}")
    return 0 if met and not sweeps[0]["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
