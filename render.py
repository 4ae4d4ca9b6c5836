"""Build handouts: `python render.py` (all of handouts/ into out/), or see --help."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from handprint.cli import command  # noqa: E402

if __name__ == "__main__":
    sys.exit(command())
