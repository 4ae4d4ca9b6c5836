"""How a handout is fitted to fewer pages, and how much to cut when it cannot be: the
ladder of tighter settings (space first, then type), and words over, estimated from the
height they take."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from handprint.layout.display import ARTIFACT, Art, Field, Item, Picture, Run
from handprint.spec import registry
from handprint.spec.model import Block

LAST_PAGE_MIN = 1 / 3  # a last page holding less than this share of a page is near-empty
TIGHT_PT = 12.0  # unasked, type tightens no further than handouts' legible least (check)


def ladder(fit: float, floor: float) -> list[tuple[float, float]]:
    """(share of the kind's gaps, type scale), tightest last: space first, then type."""
    steps = [(0.8, fit), (0.6, fit)]
    if floor < fit - 1e-6:
        steps += [(0.6, fit - (fit - floor) * k / 4) for k in range(1, 5)]
    return steps


def largest(lo: float, hi: float, slack: Callable[[float], float], low: float, high: float,
            steps: int = 12) -> float:
    """What `steps` halvings of [lo, hi] settle on (the last point at which slack >= 0, given
    slack(lo) = low >= 0 > slack(hi) = high), with fewer trials: the points a bisection can
    try are a grid (point k follows k's binary digits down from [lo, hi]), and slack, which
    shrinks as type grows, says where on it to look next. Where slack jumps (a line more),
    halving takes over: at most twice a bisection's trials, mostly four."""
    def point(k: int) -> float:
        a, b = lo, hi
        for bit in range(steps - 1, -1, -1):
            mid = (a + b) / 2
            a, b = (mid, b) if k >> bit & 1 else (a, mid)
        return a

    k_lo, k_hi = 0, 1 << steps  # point(k_lo) fits; k_hi (hi itself) does not
    halve = False
    while k_hi - k_lo > 1:
        if halve or not math.isfinite(high) or low == high:
            k = (k_lo + k_hi) // 2
        else:
            k = k_lo + int((k_hi - k_lo) * low / (low - high))
            k = min(max(k, k_lo + 1), k_hi - 1)
        width = k_hi - k_lo
        found = slack(point(k))
        if found >= 0:
            k_lo, low = k, found
        else:
            k_hi, high = k, found
        halve = not halve and (k_hi - k_lo) * 2 > width  # little gained: halve next time
    return point(k_lo)


def bottom(i: Item) -> float:
    if isinstance(i, Run):
        return i.y + i.size * 0.3
    assert isinstance(i, (Art, Picture, Field))
    return i.y + i.height


def used(items: list[Item], top: float) -> float:
    """Height the content takes on a page, from the content area's top."""
    return max((bottom(i) - top for i in items), default=0.0)


def words(blocks: list[Block]) -> int:
    text = " ".join(t for b in registry.every(blocks) for t in registry.texts(b))
    return len(re.findall(r"\w+", text))


def about(n: float) -> str:
    n = max(1, round(n / 10) * 10 if n > 20 else round(n))
    return f"about {n} word{'s' if n != 1 else ''}"


def first_block(items: list[Item], blocks: tuple[Block, ...]) -> Block | None:
    """The block the first tagged item on a page belongs to."""
    for i in items:
        if i.tag and i.tag != ARTIFACT and i.tag[:4].isdigit():
            k = int(i.tag.split(".", 1)[0])
            if k < len(blocks):
                return blocks[k]
    return None
