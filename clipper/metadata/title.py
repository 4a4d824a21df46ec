"""Title and subtitle: the article's headline, not the site name or a '<title>' suffix."""

from __future__ import annotations

import re

from ..lazyregex import lazy_compile

# Separators between a headline and the site name in <title> and first lines. The site name
# may hold a hyphen inside a word ('Spiegel-Online', 'vse-diety.com'), never a spaced one.
_SUFFIX = re.compile(r"\s+(?:[-|–—:·•»]|::)\s+(?P<site>(?:[^-|–—:·•»]|(?<=\w)-(?=\w)){2,60})$")
MAX_TITLE_CHARS = 300
# html2text and other Markdown renderers escape punctuation ('Chris Davies \\- Nov 19').
_MD_ESCAPE = lazy_compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def plain(text: str) -> str:
    """Text without Markdown backslash escapes."""
    return _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text


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


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def same_headline(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    return bool(na) and bool(nb) and (na == nb or (len(nb) >= 15 and nb in na) or (len(na) >= 15 and na in nb))
