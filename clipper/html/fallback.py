"""The body a page states in its JSON-LD, for pages whose visible text does not hold it.

Some pages render the story with JavaScript (the HTML holds a shell and a data blob) or show
only a teaser of it; many of them still state the whole text as schema.org ``articleBody``.
When the DOM gave much less body than that, the JSON-LD text is the body: the page's own
statement, the same trust order as for its dates and authors (see metadata/htmlmeta.py).
"""

from __future__ import annotations

import re

from ..classify.features import measure
from ..classify.labels import Label, Labelled, Quality
from ..model import ChromeKind
from ..metadata.title import same_headline
from ..segment import DomHints, Segment
from .reader import collapse

# An articleBody shorter than this is a summary, not the story.
MIN_ARTICLE_BODY_CHARS = 500
# The DOM's body is a fragment of the story when it is less than this share of the articleBody.
MAX_DOM_SHARE = 0.25
_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
_TAG = re.compile(r"<[^>]{0,400}>")


def _paragraphs(article_body: str) -> list[str]:
    """articleBody as paragraphs: its line breaks end them; markup some CMSs leave in is dropped."""
    text = _TAG.sub("\n", article_body) if "<" in article_body else article_body
    return [p for p in (collapse(part) for part in _PARAGRAPH_BREAK.split(text)) if p]


def _under_headline(blocks: list[Labelled], title: str | None) -> int:
    """Where the story goes: under the visible heading that names it (the markup's headline,
    else the first <h1>), so the headline and date line stand above it as on the page; at the
    end when the page shows no such heading."""
    headings = [i for i, b in enumerate(blocks) if b.segment.dom is not None and b.segment.dom.heading_level]
    if title:
        named = [i for i in headings if same_headline(blocks[i].segment.text, title)]
        if named:
            return named[0] + 1
    first_h1 = next((i for i in headings if blocks[i].segment.dom.heading_level == 1), None)
    return len(blocks) if first_h1 is None else first_h1 + 1


def with_article_body(blocks: list[Labelled], article_body: str | None, line: int, title: str | None = None) -> list[Labelled]:
    """The blocks, with the JSON-LD articleBody as the body when the DOM gave much less.
    ``line``: the source line of the JSON-LD script, where the new blocks say they stand;
    ``title``: the markup's headline.

    Body blocks the articleBody repeats (a teaser of the story) give way to it and the story
    takes the place of the first of them; body blocks it does not hold (a deck, a note) stay.
    """
    if not article_body or len(article_body) < MIN_ARTICLE_BODY_CHARS:
        return blocks
    body = [i for i, b in enumerate(blocks) if b.label is Label.BODY]
    if sum(len(blocks[i].segment.text) for i in body) >= MAX_DOM_SHARE * len(article_body):
        return blocks
    paragraphs = _paragraphs(article_body)
    story = _key(" ".join(paragraphs))
    repeated = [i for i in body if _key(blocks[i].segment.text) in story]
    for i in repeated:
        blocks[i].set(Label.CHROME, ChromeKind.OTHER, "a part of the story the page's JSON-LD articleBody states whole")
    added = []
    for text in paragraphs:
        segment = Segment(text, line, line, dom=DomHints(tag="p"))
        added.append(Labelled(segment, measure(segment, frozenset()), Quality.GOOD, Label.BODY, reason="the page's JSON-LD articleBody"))
    kept = [i for i in body if i not in repeated]
    if repeated:
        at = repeated[0]
    elif kept:
        at = kept[-1] + 1
    else:
        at = _under_headline(blocks, title)
    return blocks[:at] + added + blocks[at:]


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))
