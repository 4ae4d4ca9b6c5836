"""Speed benchmark for handprint (speed is measured only here, never by a timed test).

    python bench/bench.py [--runs N] [--quick] [--spec PATH]

1. In process: load, layout and render one spec to PDF bytes, N times after a warm-up.
   Drawings and fonts are cached per process, so these are steady-state numbers.
2. Whole processes: `python render.py build SPEC -o /tmp/...pdf`, N times (cold start).
3. Sweep: every handouts/*.yaml at every size, serially (load + layout + render).
Prints Markdown tables and the machine, ready to paste into the README.
"""

from __future__ import annotations

import argparse
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

from handprint import layout, pdf, spec  # noqa: E402
from handprint.errors import SpecError  # noqa: E402
from handprint.pages import parse_size  # noqa: E402

POSTER = ROOT / "handouts" / "ruptures-poster.yaml"
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


def whole_process(path: Path, runs: int) -> tuple[str, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, str(ROOT / "render.py"), "build", str(path),
               "-o", str(Path(tmp) / "bench.pdf")]
        times = []
        for _ in range(runs):
            done, t = timed(lambda: subprocess.run(cmd, cwd=ROOT, capture_output=True,
                                                   text=True))
            if done.returncode:
                raise RuntimeError(done.stderr.strip())
            times.append(t)
    return ("whole process: render.py build", *ms(times))


def sweep(specs: list[Path], sizes: list[str]) -> tuple[list[str], int, float]:
    """Every spec at every size; returns (failures, pages, seconds)."""
    failed: dict[tuple[str, str], list[str]] = {}  # (spec, message) -> sizes
    pages, seconds = 0, 0.0
    for path in specs:
        for name in sizes:
            size = parse_size(name)
            try:
                doc, t = timed(lambda: layout.layout(spec.load(path), size))  # noqa: B023
                _, t2 = timed(lambda: pdf.render(doc))  # noqa: B023
            except SpecError as e:
                failed.setdefault((path.name, e.problems[0].message), []).append(name)
                continue
            pages += len(doc.pages)
            seconds += t + t2
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
        rows.append(whole_process(args.spec, runs))
    except (SpecError, RuntimeError) as e:
        problems.append(f"{args.spec.name}: {str(e).splitlines()[0]}")
    specs = sorted((ROOT / "handouts").glob("*.yaml"))
    failures, pages, seconds = sweep(specs, sizes)

    print(f"**{args.spec.name}**, {runs} runs after a warm-up\n")
    print("| measure | median ms | p90 ms |\n|---|---:|---:|")
    for name, median, p90 in rows:
        print(f"| {name} | {median:.1f} | {p90:.1f} |")
    rate = f"{pages / seconds:.2f}" if seconds else "n/a"
    print(f"\n| sweep: {len(specs)} specs x {len(sizes)} sizes | pages | seconds | pages/s |")
    print(f"|---|---:|---:|---:|\n| {', '.join(sizes)} | {pages} | {seconds:.2f} | {rate} |")
    print(f"\nMachine: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"{platform.platform()} ({platform.machine()})")
    for line in problems + failures:
        print(f"- failed: {line}")
    return 1 if problems or failures else 0


if __name__ == "__main__":
    sys.exit(main())
