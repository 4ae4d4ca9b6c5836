"""PDFs are written with the permissions any new file gets (the umask), not mkstemp's 0600."""

import os
import stat

import pytest

from handprint.pdf import render as pdf


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_saved_pdf_respects_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        pdf.save(b"%PDF-1.4\n", tmp_path / "out" / "a.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "out" / "a.pdf").st_mode) == mode
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.pdf"]  # no temporary left
