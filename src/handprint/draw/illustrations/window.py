"""window: the window of tolerance, a calm wavy line inside a band between two limits."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, closed_shape, rng, wave
from ._parts import finish, line
from .base import Option, U, stroke_width

NAME = "window"
ALIASES = ("window-of-tolerance",)
MEANING = ("The window of tolerance: a calm line moving inside a band; above it is too much "
           "(overwhelmed), below it too little (shut down).")
ALT = "A wavy line moving gently up and down inside a band between two wavy limit lines."
OPTIONS = {
    "leave": Option("none", "the line goes out of the window once and comes back",
                    choices=("none", "above", "below", "both")),
    "shade": Option(True, "a light wash inside the window"),
}
BOX = (1000.0, 420.0)


def limit(seed: int, which: str, y: float, w: float) -> list[tuple[float, float]]:
    r = rng(NAME, f"limit:{which}", seed)
    wv = wave(r, (0.6, 1.3))
    amp = between(r, 0.5, 0.9) * U
    x0, x1 = between(r, 20, 45), between(r, 955, 980)
    return [(x0 + (x1 - x0) * i / 24, y + amp * wv(i / 24)) for i in range(25)]


def draw(seed: int, weight: float = 1.0, leave: str = "none", shade: bool = True) -> Drawing:
    w = stroke_width(weight)
    r = rng(NAME, "band", seed)
    mid = BOX[1] / 2 + between(r, -0.5, 0.5) * U
    half = between(r, 62, 72) + 1.5 * w  # the window stays open for heavy pens
    top = limit(seed, "top", mid + half, w)
    bottom = limit(seed, "bottom", mid - half, w)
    items: list = []
    if shade:
        t = [(x, y - 0.2 * w) for x, y in top[1:-1:2]]
        b = [(x, y + 0.2 * w) for x, y in bottom[-2:0:-2]]
        ends = [((t[-1][0] + b[0][0]) / 2 + 0.3 * w, mid),
                ((b[-1][0] + t[0][0]) / 2 - 0.3 * w, mid)]
        items.append((closed_shape([*t, ends[0], *b, ends[1]], "tint"), None))
    items.append(line(top, w, rng(NAME, "pen:top", seed), kind="limit"))
    items.append(line(bottom, w, rng(NAME, "pen:bottom", seed), kind="limit"))
    # the calm line: a swell whose size and pace drift, always inside the band...
    rc = rng(NAME, "calm", seed)
    drift = wave(rc, (0.5, 1.0))
    cycles = between(rc, 3.2, 4.2)
    phase = math.tau * rc.random()
    room = half - 1.6 * w  # clear of both limits
    out = {"above": [0.55], "below": [0.5], "both": [0.3, 0.72]}.get(leave, [])
    signs = {"above": [1], "below": [-1], "both": [1, -1]}.get(leave, [])
    x0, x1 = between(rc, 80, 110), between(rc, 890, 920)
    pts = []
    for i in range(161):
        u = i / 160
        a = room * (0.55 + 0.2 * drift(u))
        y = mid + a * math.sin(phase + math.tau * cycles * (u + 0.04 * drift(u * 0.7)))
        # ...except where it leaves the window: a bump that carries it out and back
        for c, sign in zip(out, signs, strict=True):
            bump = math.exp(-(((u - c) / 0.085) ** 2))
            y = y * (1 - bump) + bump * (mid + sign * (half + 3.5 * w + 2.5 * U))
        pts.append((x0 + (x1 - x0) * u, y))
    items.append(line(pts[::2], w, rng(NAME, "pen:calm", seed), kind="calm"))
    d = finish(items, BOX, w)
    calm = d.strokes[-1].centre
    s = d.meta["scale"]
    d.meta.update(leave=leave, top=max(y for _, y in calm), bottom=min(y for _, y in calm),
                  limits=(min(y for _, y in d.strokes[0].centre),
                          max(y for _, y in d.strokes[1].centre)), half=half * s)
    return d
