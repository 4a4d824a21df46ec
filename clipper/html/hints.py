"""What an element says about itself: class/id words, hidden-ness, boilerplate tags."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

# Sectioning elements whose content is page furniture rather than the article
# (HTML's own semantics; the classifier still decides with the text).
BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "header"})

# A word: a run of ASCII letters and digits with a letter in it (a run of digits alone is no word).
_WORD = re.compile(r"[0-9]*[A-Za-z][A-Za-z0-9]*")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# An inline style that hides the element from readers.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class/id strings longer than this are utility-class soup; their first part is enough.
MAX_CLASS_CHARS = 400


def _words(value: str) -> str:
    # A camel-case seam lies between two letters, so inside one token: marking every seam of
    # the string with a space and splitting once gives the parts token by token would. Most
    # class names have no capital, and so no seam to look for.
    value = value[:MAX_CLASS_CHARS]
    if not value.islower():
        value = _CAMEL.sub(" ", value)
    # The parts are ASCII letters and digits: lowering them joined lowers each.
    return " ".join(_WORD.findall(value)).lower()


@lru_cache(maxsize=8192)
def class_words(cls: str | None, ident: str | None) -> str:
    """'article-body relatedNews' + 'main' -> 'article body related news main'."""
    if cls and ident:
        return _words(cls + " " + ident)
    if cls or ident:
        return _words(cls or ident or "")
    return ""


def is_hidden(el: etree._Element) -> bool:
    """Hidden by the page itself: the hidden attribute, aria-hidden, or an inline style."""
    # Three lookups on the element cost less than making its attribute mapping to ask it.
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style) is not None:
        return True
    return el.get("hidden") is not None or el.get("aria-hidden") == "true"
