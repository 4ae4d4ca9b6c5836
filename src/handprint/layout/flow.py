"""Handouts and worksheets: blocks flow over as many pages as they need.

A heading never ends a page (it goes over with what follows it); text, lists and Q&A may be
cut between lines; anything else moves whole to the next page, and a block taller than a
page is an error naming it.
"""

from __future__ import annotations

from collections.abc import Callable

from handprint.layout.boxes import Box, shift
from handprint.layout.display import Item
from handprint.spec import registry
from handprint.spec.model import Block

MAX_PAGES = 99  # a handout or worksheet; the page label is sized for "Page 99 of 99"


class TooTall(Exception):
    """A block that cannot be paginated, and why."""

    message = "this block is taller than a whole page: make it smaller or split it"

    def __init__(self, block: Block):
        self.block = block


class TooManyPages(TooTall):
    message = (f"the document reaches page {MAX_PAGES + 1} at this block; a handout may have "
               f"at most {MAX_PAGES} pages: split it into several specs")


def cut(box: Box, room: float) -> tuple[Box, Box] | None:
    """Split a box at its lowest break that fits in room, keeping 2+ lines on each side
    where it can (no widows or orphans)."""
    usable = [b for b in box.breaks if b <= room]
    if not usable:
        return None
    k = len(usable) - 1
    if len(box.breaks) >= 3 and k == len(box.breaks) - 1 and k > 0:
        k -= 1  # leave two lines for the next page, not one
    at = usable[k]
    first = tuple(i for i in box.items if i.y < at)
    rest = tuple(i for i in box.items if i.y >= at)
    below = tuple(b - at for b in box.breaks if b > at + 1e-6)
    return Box(at, first), Box(box.height - at, shift(rest, 0, -at), below)


def paginate(blocks: list[Block], boxes: list[Box], gap: Callable[[Block,
             Block], float], left: float, top: float,
             bottoms: float | Callable[[int], float]) -> list[list[Item]]:
    """Blocks onto pages; `bottoms` is where content ends, or that for page k (from 0): a
    page that carries the brand band ends higher."""
    pages: list[list[Item]] = [[]]
    at = bottoms if callable(bottoms) else (lambda k: float(bottoms))  # type: ignore[misc]
    y = top
    prev: Block | None = None
    queue = list(zip(blocks, boxes, strict=True))
    n = 0
    while n < len(queue):
        b, box = queue[n]
        bottom = at(len(pages) - 1)
        if registry.of(b).role == "break":
            if len(pages) == MAX_PAGES:
                raise TooManyPages(b)
            pages.append([])
            y, prev, n = top, None, n + 1
            continue
        space = gap(prev, b) if prev is not None and y > top else 0.0
        need = box.height
        if registry.of(b).keep_with_next and n + 1 < len(queue):  # keep with what follows
            nb, nbox = queue[n + 1]
            first = nbox.breaks[0] if nbox.breaks else nbox.height
            need += gap(b, nb) + first
        fresh = y == top
        if y + space + need <= bottom + 1e-6 or (fresh and box.height <= bottom - top + 1e-6
                                                  and registry.of(b).keep_with_next):
            pages[-1] += shift(box.items, left, y + space)
            y += space + box.height
            prev, n = b, n + 1
            continue
        room = bottom - y - space
        parts = (None if not registry.of(b).cut else
                 box.split(room) if box.split else cut(box, room))
        if parts:
            pages[-1] += shift(parts[0].items, left, y + space)
            queue[n] = (b, parts[1])
        elif fresh:  # a fresh page and it still does not fit
            raise TooTall(b)
        pages.append([])
        y, prev = top, None
        if len(pages) > MAX_PAGES:
            raise TooManyPages(b)
    return pages
