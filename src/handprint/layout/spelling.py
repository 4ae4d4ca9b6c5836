"""Spelling for `check`: words no dictionary knows, with a suggestion, in the spec's language.

pyspellchecker's bundled dictionaries work offline and give the suggestions, but they lack
many everyday inflected forms (Spanish "puede", "qué", "personas"), so a word is also known when
wordfreq (bundled frequency lists from many sources) says people write it often: common enough
to be a word, while rare typos ("therpay") stay unknown. A clinic's own words
(names, terms) go in `words.txt`, one a line, beside the spec or in the folder above it (where
brand.yaml goes, so translations share it); both files are read when both exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path

from spellchecker import SpellChecker
from wordfreq import zipf_frequency

WORDS_FILE = "words.txt"
LANGUAGES = {"en", "es", "fr", "it", "pt", "de", "ru", "ar", "lv", "eu", "nl", "fa"}
# Not words: {placeholders} and fill-in blanks, web and mail addresses, anything with a digit.
_SKIP = re.compile(r"\{[^{}]*\}|\b(?:https?://|www\.)\S+|\S+@\S+|\b\S+\.(?:com|org|net|edu|"
                   r"gov|example|[a-z]{2})(?:/\S*)?\b|\S*\d\S*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MAX_PER_BLOCK = 8
COMMON = 3.2  # wordfreq's Zipf scale: 3 is once per million words; "teh" is 3.0


def findings(spec, texts_by_block: Mapping[int, Iterable[str]]) -> list[tuple[int, str]]:
    """(line, message) for each word the dictionary does not know, per block (keyed by the
    block's line). Words in the clinic's words.txt, and the brand kit's own words, pass."""
    lang = spec.lang.split("-")[0].lower()
    if lang not in LANGUAGES:
        return [(0, f"spelling not checked for {spec.lang}: there is no dictionary for it")]
    known = clinic_words(Path(spec.path))
    if spec.brand is not None:
        known |= {w.lower() for v in spec.brand.values().values() for w in words(v)}
    out: list[tuple[int, str]] = []
    for line, texts in texts_by_block.items():
        shown: dict[str, str] = {}
        for t in texts:  # in reading order, once each
            for w, fix in _unknown(t, lang):
                if w.lower() not in known:
                    shown.setdefault(w, fix)
        for w, fix in list(shown.items())[:MAX_PER_BLOCK]:
            out.append((line, f"'{w}' is not in the {lang} dictionary{fix}; "
                              f"if it is right, add it to {WORDS_FILE} (beside the spec or in "
                              "the folder above)"))
    return out


@lru_cache(maxsize=4096)
def _unknown(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The words of one text the dictionary does not know, with a suggestion each: kept per
    text, so an edit (in the studio, or watch) checks only the text that changed."""
    checker = _checker(lang)
    found = [w for w in words(text) if not _acronym(w)]
    unknown = {w for w in checker.unknown([w.lower() for w in found])
               if zipf_frequency(w, lang) < COMMON and not _with_clitic(checker, w, lang)}
    out: dict[str, str] = {}
    for w in found:
        if w.lower() in unknown and w not in out:
            out[w] = _suggest(checker, w)
    return tuple(out.items())


def words(text: str) -> list[str]:
    """The words of a text to check: markup, placeholders, addresses and numbers left out."""
    text = _SKIP.sub(" ", text.replace("**", " ").replace("*", " "))
    return [w.replace("’", "'") for w in _WORD.findall(text) if len(w) > 1]


def clinic_words(spec_path: Path) -> set[str]:
    """The clinic's word list(s): words.txt beside the spec and in the folder above."""
    out: set[str] = set()
    for folder in (spec_path.parent, spec_path.parent.parent):
        out |= _read_words(folder / WORDS_FILE)
    return out


def _read_words(path: Path) -> set[str]:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return set()
    lines = (ln.split("#", 1)[0].strip() for ln in text.splitlines())
    return {w.lower().replace("’", "'") for ln in lines for w in ln.split()}


# Letters that join the word after them in writing: Arabic "and", "so", "by", "for", "as",
# "the"; Hebrew "and", "the", "in", "to", "from", "that", "as".
CLITICS = {"ar": ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"),
           "he": ("וה", "שה", "ה", "ו", "ב", "ל", "מ", "ש", "כ")}


def _with_clitic(checker: SpellChecker, word: str, lang: str) -> bool:
    """A word the dictionary knows once a joined prefix ("and", "the") is taken off."""
    for prefix in CLITICS.get(lang, ()):
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) > 1 and (
                not checker.unknown([rest]) or zipf_frequency(rest, lang) >= COMMON
                or not checker.unknown(["ال" + rest] if lang == "ar" else [])):
            return True
    return False


def _acronym(word: str) -> bool:
    return word.isupper() and len(word) <= 5  # CBT, DBT, EMDR


def _suggest(checker: SpellChecker, word: str) -> str:
    checker.distance = 2 if len(word) <= 7 else 1  # two edits on a long word take seconds
    fix = checker.correction(word.lower())
    if not fix or fix == word.lower():
        return ""
    if word[:1].isupper():
        fix = fix[:1].upper() + fix[1:]
    return f" (did you mean '{fix}'?)"


@cache
def _checker(lang: str) -> SpellChecker:
    return SpellChecker(language=lang)
