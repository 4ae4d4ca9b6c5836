"""Newspaper columns: blocks flow down one column and on into the next; on the last page (or
when it all fits) the columns are balanced to even heights. A heading stays with what follows
it, as on a page."""

from __future__ import annotations

from handprint.layout.boxes import Box, Ctx, shift
from handprint.layout.display import Item
from handprint.layout.flow import cut
from handprint.spec import registry
from handprint.spec.model import Block

Stream = list[tuple[Block, Box]]


def gap(prev: Block, nxt: Block, c: Ctx) -> float:
    after = registry.of(prev).gap_after
    return c.kind.gap * c.unit * (after if after is not None else registry.of(nxt).gap_before)


def fill(stream: Stream, height: float, xs: list[float],
         c: Ctx) -> tuple[list[Item], float, Stream]:
    """Fill the columns (left edges xs) to at most `height`: the items, the tallest column's
    height, and what did not fit."""
    queue = list(stream)
    items: list[Item] = []
    used = 0.0
    for x in xs:
        y, prev = 0.0, None
        while queue:
            b, box = queue[0]
            t = registry.of(b)
            space = gap(prev, b, c) if prev is not None and y > 0 else 0.0
            need = box.height
            if t.keep_with_next and len(queue) > 1:
                nb, nbox = queue[1]
                need += gap(b, nb, c) + (nbox.breaks[0] if nbox.breaks else nbox.height)
            if y + space + need <= height + 1e-6 or (y == 0 and t.keep_with_next
                                                     and box.height <= height):
                items += shift(box.items, x, y + space)
                y += space + box.height
                prev = queue.pop(0)[0]
                continue
            room = height - y - space
            parts = None if not t.cut else box.split(room) if box.split else cut(box, room)
            if parts and not box.split and len(box.breaks) >= 2 and \
                    parts[0].height <= box.breaks[0] + 1e-6:
                parts = None  # one line alone at the foot of a column: take it over
            if parts:
                items += shift(parts[0].items, x, y + space)
                y += space + parts[0].height
                queue[0] = (b, parts[1])
            break
        used = max(used, y)
    return items, used, queue


def balanced(stream: Stream, xs: list[float], c: Ctx) -> float:
    """The least column height at which everything fits."""
    hi = sum(bx.height for _, bx in stream) + sum(
        gap(a, b, c) for (a, _), (b, _) in zip(stream, stream[1:], strict=False))
    lo = hi / len(xs)
    if not fill(stream, lo, xs, c)[2]:
        return lo
    for _ in range(14):
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if not fill(stream, mid, xs, c)[2] else (mid, hi)
    return hi


def flowing(stream: Stream, xs: list[float], c: Ctx) -> Box:
    """The columns as a box: balanced; given less room on a page, it fills that room and
    the rest goes over (balanced again where it ends)."""
    height = balanced(stream, xs, c)
    items, used, _ = fill(stream, height, xs, c)
    first = stream[0][1]
    head = first.breaks[0] if first.breaks else first.height

    def split(room: float) -> tuple[Box, Box] | None:
        part, h, rest = fill(stream, room, xs, c)
        if not part or not rest:
            return None
        return Box(h, tuple(part)), flowing(rest, xs, c)

    return Box(used, tuple(items), (head,), split)
