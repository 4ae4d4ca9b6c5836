"""Build many specs at once, one process per core, printing results in input order.

Each spec is built by `run` (in a worker process, or in this one for a single spec or a
single core) into an Outcome that holds what a serial build would have printed; the caller
prints outcomes in input order, so the output and the PDFs are the same as a serial build's.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from handprint.errors import SpecError
from handprint.spec.pages import describe

MAX_WORKERS = 8  # past this, start-up and memory cost more than the cores give back
PROGRESS_AFTER = 1.0  # seconds before a progress line shows (on a terminal only)


class Job(NamedTuple):
    path: Path
    dest: Path
    size: tuple[float, float] | None = None
    bleed: float | None = None
    crop_marks: bool | None = None
    flat: bool = False
    large: bool = False
    press: bool = False
    brand: Path | None = None  # else brand.yaml beside the spec, if there is one
    values: Path | None = None  # a --vars file
    sets: tuple[tuple[str, str], ...] = ()  # --set overrides


class Outcome(NamedTuple):
    path: Path
    ok: bool
    out: str = ""  # what goes to stdout
    err: str = ""  # what goes to stderr (warnings, problems)
    pages: int = 0


def run(job: Job) -> Outcome:
    """Build one spec and write its PDF (atomically: a failure keeps the old file)."""
    from handprint import pipeline

    start = time.perf_counter()
    err = io.StringIO()
    try:
        built = pipeline.build(job.path, size=job.size, bleed=job.bleed,
                               crop_marks=job.crop_marks, flat=job.flat, large=job.large,
                               press=job.press, brand=job.brand, values=job.values,
                               sets=job.sets)
        doc = built.doc
        size_bytes = pipeline.write(built, job.dest)
        for where, warning in pipeline.said(built):
            print(f"{where}: warning: {warning}", file=err)
    except SpecError as e:
        print(e, file=err)
        return Outcome(job.path, False, "", err.getvalue())
    except OSError as e:  # disk full, no permission: the earlier PDF is left as it was
        print(f"{job.path}: cannot write {job.dest}: {e.strerror or e}", file=err)
        return Outcome(job.path, False, "", err.getvalue())
    except Exception:
        print(f"{job.path}: internal error in handprint (a bug, not a problem in your spec); "
              "please report it with this spec:", file=err)
        import traceback  # here: only a bug needs it

        traceback.print_exc(limit=-3, file=err)
        return Outcome(job.path, False, "", err.getvalue())
    pages = len(doc.pages)
    out = (f"{job.dest}  {pages} page{'s' if pages != 1 else ''}  "
           f"{describe((doc.width, doc.height))}  {size_bytes / 1024:.0f} KB  "
           f"{time.perf_counter() - start:.2f} s\n")
    return Outcome(job.path, True, out, err.getvalue(), pages)


def workers(jobs: int) -> int:
    """One process per core, no more than there are jobs."""
    return max(1, min(jobs, os.cpu_count() or 1, MAX_WORKERS))


def results(jobs: list[Job], processes: int | None = None,
            progress: Callable[[int, int], None] | None = None) -> Iterator[Outcome]:
    """Outcomes in input order; with several processes, jobs run side by side."""
    processes = workers(len(jobs)) if processes is None else processes
    if processes <= 1:
        for n, job in enumerate(jobs, 1):
            yield run(job)
            if progress:
                progress(n, len(jobs))
        return
    import multiprocessing  # here: a single build needs no pool (30 ms of imports)
    from concurrent.futures import ProcessPoolExecutor, wait

    import handprint.blocks  # noqa: F401  imported once here; forked workers share them
    from handprint.draw import illustrations
    from handprint.layout import page  # noqa: F401
    from handprint.pdf import render  # noqa: F401
    from handprint.spec import registry

    registry.load_all()
    illustrations.load_all()
    fork = multiprocessing.get_context("fork") if sys.platform == "linux" else None
    pool = ProcessPoolExecutor(processes, mp_context=fork)
    try:
        futures = [pool.submit(run, job) for job in jobs]
        for f in futures:
            while progress and not wait([f], timeout=0.25).done:
                progress(sum(g.done() for g in futures), len(jobs))
            yield f.result()
    finally:  # on Ctrl-C: drop the jobs not started; running ones finish their atomic write
        pool.shutdown(wait=True, cancel_futures=True)


class Progress:
    """'built 12 of 40' on one terminal line, rewritten in place; only on a terminal, and
    only once a run has lasted PROGRESS_AFTER seconds."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.on = self.stream.isatty()
        self.start = time.perf_counter()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.on and time.perf_counter() - self.start >= PROGRESS_AFTER:
            self.stream.write(f"\r\x1b[Kbuilt {done} of {total}")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def unsaid(text: str, said: set[str]) -> str:
    """The text without the warnings already written in this run (the brand kit's logo is
    every spec's: it is said once), noting the new ones in `said`."""
    keep = []
    for line in text.splitlines(keepends=True):
        if ": warning: " in line:
            if line in said:
                continue
            said.add(line)
        keep.append(line)
    return "".join(keep)


def build(jobs: list[Job], processes: int | None = None) -> list[Outcome]:
    """Build every job, printing each outcome as a serial build would, in input order."""
    bar = Progress()
    outcomes = []
    said: set[str] = set()
    for outcome in results(jobs, processes, bar):
        bar.clear()
        if err := unsaid(outcome.err, said):
            sys.stderr.write(err)
            sys.stderr.flush()
        if outcome.out:
            sys.stdout.write(outcome.out)
            sys.stdout.flush()
        outcomes.append(outcome)
    bar.clear()
    return outcomes
