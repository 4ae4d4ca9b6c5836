"""The registry of hand-drawn illustrations: every module in this folder is one drawing.

A drawing module provides (written once, here):
    NAME: str                      # what a spec writes: `illustration: NAME`
    MEANING: str                   # the metaphor, one plain sentence, for the reference
    ALT: str                       # a sample alt text (check suggests it; never filled in)
    OPTIONS: dict[str, Option]     # its own options, with types, defaults, ranges, choices
    draw(seed: int, weight: float, **options) -> sketch.Drawing   # pure geometry

Adding a drawing is adding a module; nothing else is edited. Modules whose name starts
with "_" and base.py are helpers, not drawings.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from .. import drawcache
from ..sketch import Drawing
from .base import Option

WEIGHT_RANGE = (0.5, 3.0)
HELPERS = {"base"}


def _discover() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name in HELPERS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for attr in ("NAME", "MEANING", "ALT", "OPTIONS", "draw"):
            if not hasattr(module, attr):
                raise RuntimeError(f"drawing module {info.name} has no {attr}")
        names = [module.NAME, *getattr(module, "ALIASES", ())]
        for name in names:
            if name in found:
                raise RuntimeError(f"two drawings are called {name!r}")
            found[name] = module
    return found


_MODULES = _discover()
NAMES: tuple[str, ...] = tuple(_MODULES)
OPTIONS: dict[str, dict[str, Option]] = {n: dict(m.OPTIONS) for n, m in _MODULES.items()}


def module(name: str) -> ModuleType:
    return _MODULES[name]


def check_option(name: str, key: str, value: object) -> str | None:
    """A plain error message for a bad option value, or None if it is fine."""
    if name not in _MODULES:
        return f"unknown illustration {name!r} (known: {', '.join(NAMES)})"
    if key == "weight":
        return _number(key, value, float, *WEIGHT_RANGE)
    if key == "seed":
        return None if isinstance(value, int) and not isinstance(value, bool) else (
            "seed must be a whole number")
    known = OPTIONS[name]
    if key not in known:
        opts = ", ".join(sorted(known)) or "none"
        return f"{name} has no option {key!r} (options: {opts})"
    return check_value(key, known[key], value)


def check_value(key: str, option: Option, value: object) -> str | None:
    default = option.default
    if option.each:  # a list of mappings, each checked key by key
        if not isinstance(value, list | tuple) or not value:
            return f"{key} must be a list, like - {{{next(iter(dict(option.each)))}: ...}}"
        if option.high is not None and len(value) > option.high:
            return f"{key} holds at most {option.high:g}"
        each = dict(option.each)
        for entry in value:
            if not isinstance(entry, dict | tuple):
                return f"each of {key} must be a mapping like {{{', '.join(each)}}}"
            for k, v in dict(entry).items():
                if k not in each:
                    from difflib import get_close_matches

                    near = get_close_matches(str(k), list(each), 1)
                    hint = f" (did you mean '{near[0]}'?)" if near else ""
                    return f"unknown key '{k}' in {key}{hint}: use {', '.join(each)}"
                message = check_value(k, each[k], v)
                if message:
                    return message
        return None
    if isinstance(default, bool):
        return None if isinstance(value, bool) else f"{key} must be true or false"
    if isinstance(default, str):
        if not isinstance(value, str) or (option.choices and value not in option.choices):
            from difflib import get_close_matches

            near = get_close_matches(str(value), list(option.choices), 1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            return f"{key} must be one of {', '.join(option.choices)}{hint}"
        return None
    return _number(key, value, type(default), option.low, option.high)


def _number(key: str, value: object, kind: type, low: float | None,
            high: float | None) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{key} must be a number"
    if kind is int and not float(value).is_integer():
        return f"{key} must be a whole number"
    if low is not None and high is not None and not low <= value <= high:
        return f"{key} must be between {low:g} and {high:g}"
    return None


def frozen(value: object) -> object:
    """An option value made hashable (lists -> tuples, mappings -> sorted pairs)."""
    if isinstance(value, dict):
        return tuple(sorted((k, frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    return value


def _thawed(option: Option, value: object) -> object:
    if option.each and isinstance(value, tuple):
        return [dict(v) if isinstance(v, tuple) else v for v in value]
    return value


def draw(name: str, *, seed: int, weight: float = 1.0, **options: object) -> Drawing:
    """Draw illustration `name`; raises ValueError on a bad name or option."""
    for key, value in [("seed", seed), ("weight", weight), *options.items()]:
        error = check_option(name, key, value)
        if error:
            raise ValueError(error)
    known = OPTIONS[name]
    given = {k: _thawed(known[k], v) for k, v in options.items()}
    cache_key = (name, seed, float(weight), repr(sorted(options.items())))
    return drawcache.kept(cache_key, lambda: _MODULES[name].draw(seed, float(weight), **given))
