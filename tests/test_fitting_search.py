"""The poster's type-size search tries fewer sizes than halving does, and lands where halving
lands: the same float, so a poster looks exactly as it did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from handprint.layout import fitting


def halved(lo: float, hi: float, fits) -> float:
    """What the search replaced: twelve halvings."""
    for _ in range(12):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


@given(lo=st.floats(0.3, 2.0), span=st.floats(0.01, 2.0), at=st.floats(0.0, 1.0),
       jumps=st.lists(st.tuples(st.floats(0.0, 1.0), st.floats(0.0, 50.0)), max_size=8),
       room=st.floats(100.0, 2000.0))
@settings(max_examples=400, deadline=None)
def test_the_search_lands_where_halving_lands(lo, span, at, jumps, room):
    hi = lo + span
    # a page's slack: shrinking as type grows, with steps where a line more is needed
    def slack(s: float) -> float:
        t = (s - lo) / span
        return room * (at - t) - sum(h for x, h in jumps if t > x)
    low, high = slack(lo), slack(hi)
    if not low >= 0 > high:
        return
    tried: list[float] = []

    def counted(s: float) -> float:
        tried.append(s)
        return slack(s)
    assert fitting.largest(lo, hi, counted, low, high) == halved(lo, hi, lambda s: slack(s) >= 0)
    assert len(tried) <= 24


def test_a_smooth_page_takes_a_few_tries():
    tried: list[float] = []

    def slack(s: float) -> float:
        tried.append(s)
        return 500 - 400 * s
    got = fitting.largest(1.0, 1.3, slack, 100.0, -20.0)
    assert got == halved(1.0, 1.3, lambda s: 500 - 400 * s >= 0)
    assert len(tried) <= 4
