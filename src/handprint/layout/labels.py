"""Running labels (the page count at the foot of a handout's pages) in the spec's language;
a spec's `labels:` words them for any other."""

from __future__ import annotations

from handprint.spec.model import Spec

PAGE = {
    "en": "Page {n} of {total}",
    "es": "Página {n} de {total}",
    "fr": "Page {n} sur {total}",
    "de": "Seite {n} von {total}",
    "pt": "Página {n} de {total}",
    "it": "Pagina {n} di {total}",
    "ar": "صفحة {n} من {total}",
    "he": "עמוד {n} מתוך {total}",
}


def page_label(s: Spec) -> str:
    """The page label's pattern, with {n} and {total}."""
    own = dict(s.labels)
    if "page" in own:
        return own["page"]
    return PAGE.get(s.lang.split("-")[0].lower(), PAGE["en"])


def page(s: Spec, n: int, total: int) -> str:
    return page_label(s).replace("{n}", str(n)).replace("{total}", str(total))
