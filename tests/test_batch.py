"""Batch builds over several processes: the same PDFs and the same lines as a serial build."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

from handprint.tools import batch
from tests.conftest import HANDOUTS, ROOT

BROKEN = "title: T\nblocks:\n  - headin: Hello\n"


def jobs(folder, specs):
    return [batch.Job(p, folder / f"{n:02d}-{p.stem}.pdf") for n, p in enumerate(specs)]


def test_parallel_pdfs_are_byte_for_byte_the_serial_ones(tmp_path):
    specs = HANDOUTS[:4]
    serial = list(batch.results(jobs(tmp_path / "serial", specs), processes=1))
    parallel = list(batch.results(jobs(tmp_path / "parallel", specs), processes=2))
    assert [o.path for o in parallel] == specs  # input order
    assert all(o.ok for o in serial + parallel)
    for a, b in zip(jobs(tmp_path / "serial", specs), jobs(tmp_path / "parallel", specs),
                    strict=True):
        assert a.dest.read_bytes() == b.dest.read_bytes(), a.path
    def lines(outcomes, folder):  # less the folder and the time taken
        return [o.out.rsplit("  ", 1)[0].replace(str(folder), "") for o in outcomes]

    assert lines(parallel, tmp_path / "parallel") == lines(serial, tmp_path / "serial")


def test_cli_batch_keeps_order_carries_on_past_a_broken_spec_and_exits_1(tmp_path):
    folder = tmp_path / "handouts"
    folder.mkdir()
    names = []
    for n, src in enumerate(HANDOUTS[:3]):
        names.append(f"{n}-{src.name}")
        shutil.copy(src, folder / names[-1])
    (folder / "1b-broken.yaml").write_text(BROKEN)
    r = subprocess.run([sys.executable, str(ROOT / "render.py")], cwd=tmp_path,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert [ln.split()[0] for ln in lines] == [f"out/{n[:-5]}.pdf" for n in sorted(names)]
    assert "handouts/1b-broken.yaml:3:" in r.stderr
    assert r.stderr.rstrip().endswith("1 of 4 failed: handouts/1b-broken.yaml")
    assert "\r" not in r.stderr  # no progress line when stderr is not a terminal
    assert not (tmp_path / "out" / "1b-broken.pdf").exists()


def test_workers_one_per_core_and_never_more_than_jobs():
    assert batch.workers(1) == 1
    assert 1 <= batch.workers(100) <= (os.cpu_count() or 1)
    assert batch.workers(3) <= 3


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_only_on_a_terminal_and_only_for_long_runs(monkeypatch):
    monkeypatch.setattr(batch, "PROGRESS_AFTER", 0.0)
    tty = Tty()
    bar = batch.Progress(tty)
    bar(3, 10)
    bar.clear()
    assert tty.getvalue() == "\r\x1b[Kbuilt 3 of 10\r\x1b[K"
    plain = io.StringIO()
    batch.Progress(plain)(3, 10)
    assert plain.getvalue() == ""
    monkeypatch.setattr(batch, "PROGRESS_AFTER", 60.0)
    quick = Tty()
    batch.Progress(quick)(1, 2)
    assert quick.getvalue() == ""
