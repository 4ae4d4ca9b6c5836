"""Registry of the hand-drawn illustrations.

draw(name, seed=..., weight=..., **options) returns a handprint.sketch.Drawing.
"""

from __future__ import annotations

from ..sketch import Drawing
from . import connection, disagreement, ghost, misunderstanding, repair, rupture

_MODULES = {m.NAME: m for m in (rupture, disagreement, misunderstanding, repair, connection, ghost)}

NAMES: tuple[str, ...] = tuple(_MODULES)
OPTIONS: dict[str, dict[str, int | float | bool]] = {
    name: dict(m.OPTIONS) for name, m in _MODULES.items()
}
WEIGHT_RANGE = (0.5, 3.0)


def check_option(name: str, key: str, value: object) -> str | None:
    """A human error message for a bad option value, or None if it is fine."""
    if name not in _MODULES:
        return f"unknown illustration {name!r} (known: {', '.join(NAMES)})"
    if key == "weight":
        return _check_number(key, value, float, WEIGHT_RANGE)
    if key == "seed":
        if isinstance(value, bool) or not isinstance(value, int):
            return "seed must be a whole number"
        return None
    known = OPTIONS[name]
    if key not in known:
        opts = ", ".join(sorted(known)) or "none"
        return f"{name} has no option {key!r} (options: {opts})"
    default = known[key]
    if isinstance(default, bool):
        return None if isinstance(value, bool) else f"{key} must be true or false"
    return _check_number(key, value, type(default), _MODULES[name].RANGES.get(key))


def _check_number(key: str, value: object, kind: type, span: tuple | None) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"{key} must be a number"
    if kind is int and not isinstance(value, int):
        return f"{key} must be a whole number"
    if span and not span[0] <= value <= span[1]:
        return f"{key} must be between {span[0]:g} and {span[1]:g}"
    return None


def draw(name: str, *, seed: int, weight: float = 1.0, **options: int | float | bool) -> Drawing:
    """Draw illustration `name`; raises ValueError on a bad name or option."""
    for key, value in [("seed", seed), ("weight", weight), *options.items()]:
        error = check_option(name, key, value)
        if error:
            raise ValueError(error)
    return _MODULES[name].draw(seed, float(weight), **options)
