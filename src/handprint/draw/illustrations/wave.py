"""wave: a feeling as a wave that rises, peaks, curls over and settles back to calm."""

from __future__ import annotations

import math

from ..sketch import Drawing, between, rng, wave
from ._parts import finish, line, mark
from .base import Option, U, stroke_width

NAME = "wave"
ALIASES = ("feeling-wave",)
MEANING = ("A feeling is like a wave: it builds, peaks and passes; you can ride it out "
           "without acting on it.")
ALT = "A calm line that swells into one big wave, curls over at the top, and settles back to calm."
OPTIONS = {
    "size": Option(1.0, "how big the wave gets (0.5 small, 1 big)", 0.5, 1.0),
    "curl": Option(True, "the crest curls over, like a breaking wave"),
    "ripples": Option(True, "a few small ripple marks on the calm water"),
}
BOX = (1000.0, 400.0)


def draw(seed: int, weight: float = 1.0, size: float = 1.0, curl: bool = True,
         ripples: bool = True) -> Drawing:
    w = stroke_width(weight)
    r = rng(NAME, "shape", seed)
    base = 80 + between(r, -0.5, 0.5) * U
    tall = size * between(r, 250, 280)
    calm = wave(rng(NAME, "calm", seed), (2.0, 3.5))
    x0, x1 = between(r, 20, 45), between(r, 955, 980)
    xp = x0 + (x1 - x0) * between(r, 0.42, 0.5)  # the crest
    rise, fall = between(r, 190, 230) * (0.6 + 0.4 * size), between(r, 150, 180)

    def height(x: float) -> float:
        k = (x - xp) / (rise if x < xp else fall)
        swell = math.exp(-1.7 * k * k)
        return base + tall * swell + 0.9 * U * calm((x - x0) / (x1 - x0)) * (1 - swell) ** 4

    items = []
    rad = (0.28 * tall + 0.8 * w) if curl else 0.0
    if curl:  # up the back, over the top, rolling forward into a curl
        back = [(x0 + (xp - x0) * i / 40, height(x0 + (xp - x0) * i / 40)) for i in range(41)]
        c = (xp, back[-1][1] - rad)
        turn = math.radians(between(r, 235, 265))
        spiral = [(c[0] + rad * (1 - 0.5 * t) * math.cos(math.pi / 2 - turn * t),
                   c[1] + rad * (1 - 0.5 * t) * math.sin(math.pi / 2 - turn * t))
                  for t in (i / 14 for i in range(1, 15))]
        items.append(line(back[::2] + spiral, w, rng(NAME, "pen:back", seed), kind="wave",
                          taper=(3.5, 2.0)))
        # the front falls away from under the curl and runs out into calm water
        a = math.radians(between(r, -25, -15))
        start = (c[0] + 0.9 * rad * math.cos(a), c[1] + 0.9 * rad * math.sin(a))
        xs = [start[0] + (x1 - start[0]) * (i / 50) ** 1.3 for i in range(51)]
        drop = [(x, height(x) - (height(start[0]) - start[1]) * max(0.0, 1 - (x - start[0]) / fall)
                 ** 2) for x in xs]
        items.append(line(drop[::2], w, rng(NAME, "pen:front", seed), kind="wave",
                          taper=(0.8, 3.5), tip=(0.8, 0.3)))
    else:
        pts = [(x0 + (x1 - x0) * i / 80, height(x0 + (x1 - x0) * i / 80)) for i in range(81)]
        items.append(line(pts[::2], w, rng(NAME, "pen:wave", seed), kind="wave",
                          taper=(3.5, 3.5)))
    if ripples:  # calm water before and after
        rr = rng(NAME, "ripples", seed)
        spots = [(x0 + between(rr, 20, 50), 3.2), (xp - rise - between(rr, 0, 40), 2.6),
                 (x1 - between(rr, 120, 200), 3.0)]
        for i, (at, down) in enumerate(spots):
            length = between(rr, 3.5, 5.0) * w
            y = height(at) - down * w - between(rr, 0.0, 1.0) * U
            marks = [(at + length * t / 4, y + 0.3 * w * math.sin(math.pi * t / 4))
                     for t in range(5)]
            items.append(mark(marks, 0.8 * w, rng(NAME, f"ripple:{i}", seed), kind="ripple"))
    d = finish(items, BOX, w)
    waves = [s for s in d.strokes if s.kind == "wave"]
    pts = [p for s in waves for p in s.centre]
    ys = [y for _, y in pts]
    d.meta.update(start=waves[0].centre[0][1], end=waves[-1].centre[-1][1], peak=max(ys),
                  peak_at=pts[ys.index(max(ys))][0], curl=curl)
    return d
