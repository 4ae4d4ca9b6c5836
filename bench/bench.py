"""Speed benchmark for handprint (speed is measured only here, never by a timed test).

    python bench/bench.py [--runs N] [--quick] [--spec PATH]

1. In process: load, layout and render one spec to PDF bytes, N times after a warm-up.
   Drawings and fonts are cached per process, so these are steady-state numbers. Beside it,
   Typst (`pip install -e ".[bench]"`) compiling bench/ruptures-poster.typ, the same poster
   (bench/typst_poster.py wrote it from our layout), with `typst.compile` after a warm-up.
2. Whole processes: `python render.py build SPEC -o /tmp/...pdf`, N times (cold start), and
   `python -c "import typst; typst.compile(...)"` (the package ships no CLI). Both run with
   Python's bytecode cache on, as on a user's machine, even where PYTHONDONTWRITEBYTECODE is
   set here.
3. Sweep: every handouts/*.yaml at every size (load + layout + render), serially, then in
   one process per core; pages per second of wall time.
Prints Markdown tables and the machine, ready to paste into the README.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from handprint.errors import SpecError  # noqa: E402
from handprint.layout import page as layout  # noqa: E402
from handprint.pdf import render as pdf  # noqa: E402
from handprint.spec import read as spec  # noqa: E402
from handprint.spec.pages import parse_size  # noqa: E402

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"
TYPST_DOC = ROOT / "bench" / "ruptures-poster.typ"
FONTS = ROOT / "assets" / "fonts"
TYPST_CALL = (f"import typst; typst.compile({str(TYPST_DOC)!r}, font_paths=[{str(FONTS)!r}], "
              "ignore_system_fonts=True)")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
SIZES = ["letter", "legal", "tabloid", "a4", "a3", "a2", "a1", "18x24in", "24x36in"]
QUICK_SIZES = ["letter", "a4", "18x24in"]
T = TypeVar("T")


def ms(seconds: list[float]) -> tuple[float, float]:
    """Median and p90 in milliseconds."""
    data = sorted(s * 1000 for s in seconds)
    p90 = statistics.quantiles(data, n=10, method="inclusive")[-1] if len(data) > 1 else data[0]
    return statistics.median(data), p90


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def in_process(path: Path, runs: int) -> list[tuple[str, float, float]]:
    pdf.render(layout.layout(spec.load(path)))  # warm-up: imports, fonts, drawings
    stages: dict[str, list[float]] = {"load": [], "layout": [], "render": [], "total": []}
    for _ in range(runs):
        s, t_load = timed(lambda: spec.load(path))
        doc, t_layout = timed(lambda: layout.layout(s))  # noqa: B023
        _, t_render = timed(lambda: pdf.render(doc))  # noqa: B023
        for key, t in zip(stages, (t_load, t_layout, t_render, t_load + t_layout + t_render),
                          strict=True):
            stages[key].append(t)
    return [(f"in process: {k}", *ms(v)) for k, v in stages.items()]


def typst_in_process(runs: int) -> tuple[str, float, float] | None:
    try:
        import typst
    except ImportError:
        return None

    def compile_once() -> bytes:
        return typst.compile(str(TYPST_DOC), font_paths=[str(FONTS)], ignore_system_fonts=True)

    compile_once()  # warm-up
    return ("Typst in process: typst.compile", *ms([timed(compile_once)[1] for _ in range(runs)]))


def processes(cmd: list[str], runs: int) -> list[float]:
    subprocess.run(cmd, cwd=ROOT, capture_output=True, env=ENV)  # warm the bytecode cache
    times = []
    for _ in range(runs):
        done, t = timed(lambda: subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                                               env=ENV))
        if done.returncode:
            raise RuntimeError(done.stderr.strip())
        times.append(t)
    return times


def whole_process(path: Path, runs: int) -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, str(ROOT / "render.py"), "build", str(path),
               "-o", str(Path(tmp) / "bench.pdf")]
        rows = [("whole process: render.py build", *ms(processes(cmd, runs)))]
    try:
        import typst  # noqa: F401
    except ImportError:
        return rows
    rows.append(("Typst whole process: python -c typst.compile",
                 *ms(processes([sys.executable, "-c", TYPST_CALL], runs))))
    return rows


def one(path: Path, name: str) -> tuple[int, str]:
    """Pages, or the first problem, for one spec at one size."""
    try:
        doc = layout.layout(spec.load(path), parse_size(name))
        pdf.render(doc)
    except SpecError as e:
        return 0, e.problems[0].message
    return len(doc.pages), ""


def sweep(specs: list[Path], sizes: list[str], workers: int) -> tuple[list[str], int, float]:
    """Every spec at every size; returns (failures, pages, wall seconds)."""
    pairs = [(path, name) for path in specs for name in sizes]
    start = time.perf_counter()
    if workers > 1:
        fork = multiprocessing.get_context("fork") if sys.platform == "linux" else None
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=fork) as pool:
            results = list(pool.map(one, *zip(*pairs, strict=True)))
    else:
        results = [one(path, name) for path, name in pairs]
    seconds = time.perf_counter() - start
    failed: dict[tuple[str, str], list[str]] = {}  # (spec, message) -> sizes
    for (path, name), (_, message) in zip(pairs, results, strict=True):
        if message:
            failed.setdefault((path.name, message), []).append(name)
    pages = sum(p for p, _ in results)
    return [f"{f} @ {', '.join(s)}: {m}" for (f, m), s in failed.items()], pages, seconds


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=20, help="timed runs per measure (default 20)")
    p.add_argument("--quick", action="store_true", help="3 runs, 3 sizes: a smoke test")
    p.add_argument("--spec", type=Path, default=POSTER, help="spec for parts 1 and 2")
    args = p.parse_args()
    runs = min(args.runs, 3) if args.quick else max(args.runs, 1)
    sizes = QUICK_SIZES if args.quick else SIZES
    rows: list[tuple[str, float, float]] = []
    problems: list[str] = []
    try:
        rows += in_process(args.spec, runs)
        rows += [r for r in [typst_in_process(runs)] if r]
        rows += whole_process(args.spec, runs)
    except (SpecError, RuntimeError) as e:
        problems.append(f"{args.spec.name}: {str(e).splitlines()[0]}")
    specs = sorted((ROOT / "handouts").rglob("*.yaml"))
    cores = os.cpu_count() or 1
    sweeps = [(1, *sweep(specs, sizes, 1)), (cores, *sweep(specs, sizes, cores))]

    print(f"**{args.spec.name}**, {runs} runs after a warm-up\n")
    print("| measure | median ms | p90 ms |\n|---|---:|---:|")
    for name, median, p90 in rows:
        print(f"| {name} | {median:.1f} | {p90:.1f} |")
    medians = {name: median for name, median, _ in rows}
    targets = [("in process", "in process: total", "Typst in process: typst.compile", 1.0),
               ("whole process", "whole process: render.py build",
                "Typst whole process: python -c typst.compile", 1.5)]
    if any(typst in medians for _, _, typst, _ in targets):
        print("\n| vs Typst | handprint ms | Typst ms | ratio | target | met |")
        print("|---|---:|---:|---:|---:|---|")
        for label, ours, typst, target in targets:
            if ours in medians and typst in medians:
                ratio = medians[ours] / medians[typst]
                print(f"| {label} | {medians[ours]:.1f} | {medians[typst]:.1f} | {ratio:.2f} | "
                      f"<= {target} | {'yes' if ratio <= target else 'no'} |")
    else:
        print("\n(Typst not installed: pip install -e \".[bench]\" for the comparison)")
    print(f"\n| sweep: {len(specs)} specs x {len(sizes)} sizes | processes | pages | seconds "
          "| pages/s |\n|---|---:|---:|---:|---:|")
    for workers, _, pages, seconds in sweeps:
        rate = f"{pages / seconds:.2f}" if seconds else "n/a"
        print(f"| {', '.join(sizes)} | {workers} | {pages} | {seconds:.2f} | {rate} |")
    print(f"\nMachine: Python {platform.python_version()}, {cores} CPUs, "
          f"{platform.platform()} ({platform.machine()})")
    failures = sweeps[0][1]
    for line in problems + failures:
        print(f"- failed: {line}")
    return 1 if problems or failures else 0


if __name__ == "__main__":
    sys.exit(main())
