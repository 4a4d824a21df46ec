"""Title and subtitle: the article's headline, not the site name or a '<title>' suffix."""

from __future__ import annotations

import re

from ..markdown_marks import unescape

# Separators between a headline and the site name in <title> and first lines. The site name
# may hold a hyphen inside a word ('Spiegel-Online', 'vse-diety.com'), never a spaced one.
_SUFFIX = re.compile(r"\s+(?:[-|–—:·•»]|::)\s+(?P<site>(?:[^-|–—:·•»]|(?<=\w)-(?=\w)){2,60})$")
MAX_TITLE_CHARS = 300
plain = unescape  # headlines, decks and bylines without Markdown backslash escapes


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """'Headline - Site' -> ('Headline', 'Site'); titles without a suffix come back whole."""
    m = _SUFFIX.search(title)
    if not m or len(title) - len(m.group(0)) < 10:
        return title, None
    site = m.group("site").strip()
    # A long 'suffix' is part of the headline, not a site name.
    if len(site.split()) > 5:
        return title, None
    return title[: m.start()].strip(), site


_NON_WORD = re.compile(r"\W+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def same_headline(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    return bool(na) and bool(nb) and (na == nb or (len(nb) >= 15 and nb in na) or (len(na) >= 15 and na in nb))
