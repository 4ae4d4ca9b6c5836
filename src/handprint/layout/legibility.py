"""Legibility findings for `check`: contrast, size for the viewing distance, reading level,
long sentences and words, spelling, line length, long all-caps and italic runs. Reads the spec,
the display list and the clinic's word list (spelling.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from handprint.layout import spelling
from handprint.layout.display import ARTIFACT, Art, Document, Run
from handprint.layout.page import distance_ft
from handprint.spec import registry
from handprint.spec.model import Spec
from handprint.spec.registry import texts
from handprint.text import fonts

MAX_GRADE = 8.0
MIN_WORDS_FOR_LEVEL = 100  # readability formulas mean little on fewer words
MAX_LINE_CHARS = 75
MIN_HANDOUT_PT = 12.0
MAX_SENTENCE_WORDS = 25
MAX_SYLLABLES = 5
MAX_LETTERS = 14
FORMULAS = {"en": "Flesch-Kincaid", "es": "Fernández-Huerta"}
_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass(frozen=True)
class Finding:
    line: int  # the block's line in the spec; 0 for the whole document
    message: str
    note: bool = False  # says what was not checked: shown, never an error with --strict


def luminance(color: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def viewing_distance_ft(s: Spec, doc: Document) -> float:
    """The spec's own, else 6 ft for 18x24 in and 10 ft for 24x36 in, by the short side."""
    return distance_ft(s, doc.width, doc.height)


def syllables(word: str) -> int:
    w = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups) - (1 if w.endswith("e") and not w.endswith(("le", "ee")) and groups else 0)
    return max(1, n)


def syllables_es(word: str) -> int:
    """Spanish: vowel groups, where two strong vowels side by side are two syllables."""
    w = word.lower()
    groups = re.findall(r"[aeiouáéíóúü]+", w)
    hiatus = sum(len(re.findall(r"[aeoáéó](?=[aeoáéó])", g)) for g in groups)
    return max(1, len(groups) + hiatus)


def fernandez_huerta(text: str) -> float:
    """Spanish readability, 0-100: 60 and up reads at about grade 8 or below."""
    sentences = [t for t in _SENTENCE.findall(text) if _WORD.search(t)]
    words = _WORD.findall(text)
    if not words or not sentences:
        return 100.0
    p = 100 * sum(syllables_es(w) for w in words) / len(words)
    f = 100 * len(sentences) / len(words)
    return 206.84 - 0.60 * p - 1.02 * f


def grade(text: str) -> tuple[float, list[str], list[str]]:
    """Flesch-Kincaid grade, the longest sentences and the hardest words."""
    sentences = [t.strip() for t in _SENTENCE.findall(text) if _WORD.search(t)]
    words = _WORD.findall(text)
    if not words or not sentences:
        return 0.0, [], []
    syl = sum(syllables(w) for w in words)
    fk = 0.39 * len(words) / len(sentences) + 11.8 * syl / len(words) - 15.59
    longest = sorted(sentences, key=lambda t: -len(_WORD.findall(t)))[:3]
    hard = sorted({w.lower() for w in words if syllables(w) >= 4},
                  key=lambda w: (-syllables(w), w))
    return fk, longest, hard[:8]


def _order(tag: str) -> int:
    return int(tag.split(".", 1)[0])


def _block_line(s: Spec, tag: str) -> int:
    if not tag or tag == ARTIFACT:
        return 0
    k = _order(tag)
    return s.blocks[k].line if k < len(s.blocks) else 0


def findings(s: Spec, doc: Document) -> list[Finding]:
    out: list[Finding] = []
    caps_needed = viewing_distance_ft(s, doc) / 10 * 72  # cap height, points
    seen: set[tuple[int, str]] = set()

    def add(line: int, message: str) -> None:
        if (line, message) not in seen:
            seen.add((line, message))
            out.append(Finding(line, message, " not checked for " in message))

    for page in doc.pages:
        backs = [(i, dict(i.colors)) for i in page.items if isinstance(i, Art) and
                 i.tag == ARTIFACT and ("tint" in dict(i.colors) or "accent" in dict(i.colors))]
        lines: dict[tuple[str, float], str] = {}
        for run in (i for i in page.items if isinstance(i, Run)):
            line = _block_line(s, run.tag)
            if not line:
                continue
            back = doc.paper
            for art, colors in backs:
                if art.x <= run.x <= art.x + art.width and art.y <= run.y <= art.y + art.height:
                    back = colors.get("tint", colors.get("accent", doc.paper))
            large = run.size >= 18 or (run.size >= 14 and "Bold" in run.font)
            ratio = contrast(run.color, back)
            if ratio < (3.0 if large else 4.5):
                add(line, f"text contrast is {ratio:.1f}:1 against its background; WCAG asks "
                          f"for {3 if large else 4.5}:1")
            cap = fonts.cap_height(run.font, run.size)
            k = _order(run.tag)  # footers are small print; the brand band is not
            footer = k < len(s.blocks) and registry.of(s.blocks[k]).role == "foot"
            if s.kind == "poster" and not footer and cap < caps_needed - 0.05:
                add(line, f"letters are {cap / 72:.2f} in tall; read from "
                          f"{viewing_distance_ft(s, doc):.3g} ft they should be at least "
                          f"{caps_needed / 72:.2f} in (1 in per 10 ft)")
            if s.kind != "poster" and run.size < MIN_HANDOUT_PT and "Bold" not in run.font:
                add(line, f"body text is {run.size:.1f} pt; handouts need at least 12 pt")
            key = (run.tag, round(run.y, 1))
            lines[key] = lines.get(key, "") + run.text
        for (tag, _), text in lines.items():
            if s.kind != "poster" and len(text.strip()) > MAX_LINE_CHARS:
                add(_block_line(s, tag), f"lines run to {len(text.strip())} characters; "
                                         f"keep them under {MAX_LINE_CHARS}")
    for line, message in spelling.findings(s, texts_by_block(s, alt=True)):
        add(line, message)
    lang = s.lang.split("-")[0].lower()
    for line, block_texts in texts_by_block(s).items():
        for message in long_sentences_and_words(block_texts, lang, spelling.clinic_words(s.path)):
            add(line, message)
    everything = []
    for b in registry.every(s.blocks):
        for t in texts(b):
            everything.append(t)
            for caps in re.findall(r"(?:\b[A-Z]{2,}\b[\s,.!?]+){4,}", t + " "):
                add(b.line, f"'{caps.strip()[:40]}' is in capitals; long runs of capitals are "
                            "hard to read")
            for italic in re.findall(r"(?<!\*)\*([^*]+)\*(?!\*)", t):
                if len(italic.split()) > 12:
                    add(b.line, "a long passage is in italics; keep italics to a few words")
    prose = " ".join(t.replace("*", "").rstrip() + ("" if t.rstrip()[-1:] in ".!?:" else ".")
                     for t in everything)  # a heading or label is a sentence of its own
    fk, longest, hard = grade(prose)
    detail = "; ".join(f'"{t[:70]}"' for t in longest)
    tail = f"Longest sentences: {detail}. Hardest words: {', '.join(hard) or 'none'}"
    if lang not in FORMULAS and everything:
        add(0, f"reading level not checked for {s.lang}: there is no readability formula for "
               "it here; ask a native speaker to read it for plain language")
    elif len(_WORD.findall(prose)) < MIN_WORDS_FOR_LEVEL:
        pass
    elif lang == "en" and fk > MAX_GRADE:
        add(0, f"reading level is grade {fk:.1f} (aim for {MAX_GRADE:g} or below). {tail}")
    elif lang == "es" and (score := fernandez_huerta(prose)) < 60:
        add(0, f"reading ease is {score:.0f} on the Fernández-Huerta scale (aim for 60 or "
               f"more, about grade 8). {tail}")
    return out


def texts_by_block(s: Spec, alt: bool = False) -> dict[int, list[str]]:
    """The printed words per block line, the title included (and with `alt`, the words people
    hear: alt text); the blocks of a row under their own lines."""
    out: dict[int, list[str]] = {s.title_line: [s.title]} if s.title_line else {}
    for b in registry.every(s.blocks):
        spoken = getattr(b, "alt", None)
        said = [spoken] if alt and isinstance(spoken, str) else []
        out.setdefault(b.line, []).extend(texts(b) + said)
    return out


def long_sentences_and_words(texts: list[str], lang: str, known: set[str]) -> list[str]:
    """Sentences over MAX_SENTENCE_WORDS words and words over MAX_SYLLABLES syllables (or
    MAX_LETTERS letters), in one block: said even for a short text. Words in the clinic's
    word list are its own terms, and pass."""
    out = []
    count = {"en": syllables, "es": syllables_es}.get(lang)
    for t in texts:
        for sentence in _SENTENCE.findall(t.replace("*", "")):
            n = len(_WORD.findall(sentence))
            if n > MAX_SENTENCE_WORDS:
                start = sentence.strip()[:50].rstrip()
                out.append(f"a sentence of {n} words (\"{start}...\"): split it; aim for "
                           f"{MAX_SENTENCE_WORDS} or fewer")
    long: dict[str, str] = {}
    for t in texts:
        for w in re.findall(r"[^\W\d_]+", t):
            if w.lower() in known or w in long:
                continue
            if count and count(w) > MAX_SYLLABLES:
                long[w] = f"{count(w)} syllables"
            elif len(w) > MAX_LETTERS:
                long[w] = f"{len(w)} letters"
    if long:
        listed = ", ".join(f"'{w}' ({why})" for w, why in list(long.items())[:5])
        out.append(f"long words: {listed}; a shorter, everyday word is easier on the eye")
    return out
