"""python -m tests.golden --update [NAME...]: rewrite golden pictures (all when no NAME)."""

from __future__ import annotations

import argparse
import sys

from tests import golden


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__)
    parser.add_argument("--update", action="store_true", required=True,
                        help="write the golden pictures")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help="handouts to update, e.g. es/good-conflict (default: all)")
    args = parser.parse_args(argv)
    for path in golden.update([n.removesuffix(".yaml").removeprefix("handouts/")
                               for n in args.names]):
        shown = path.relative_to(golden.ROOT) if path.is_relative_to(golden.ROOT) else path
        print(f"wrote {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
