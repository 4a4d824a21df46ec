"""HTML -> segments carrying DOM hints. The same classifier decides; the DOM only adds evidence.

This first reader walks block-level elements with BeautifulSoup on lxml; see the HTML issue
for the full reader (link density, boilerplate containers, page metadata).
"""

from __future__ import annotations

from .segment import DomHints, Segment

_DROP = ("script", "style", "template", "noscript", "svg", "iframe", "head")
_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th", "dd", "dt",
          "section", "article", "header", "footer", "nav", "aside", "main", "figcaption", "caption", "tr", "ul", "ol",
          "table", "form", "figure", "br", "hr", "title"}


def _with_block_descendants(elements: list) -> set[int]:
    """ids of the elements that contain a block element, in one pass.

    Walking up from each block stops at the first ancestor already marked (its own
    ancestors are marked too), so pages nested thousands deep stay linear.
    """
    marked: set[int] = set()
    for el in elements:
        if el.name not in _BLOCK:
            continue
        parent = el.parent
        while parent is not None and id(parent) not in marked:
            marked.add(id(parent))
            parent = parent.parent
    return marked


def html_to_segments(html: str) -> list[Segment]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP[:-1]):
        tag.decompose()
    segments: list[Segment] = []
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if title:
        segments.append(Segment(title, 1, 1, dom=DomHints(tag="title")))
    elements = (soup.body or soup).find_all(True)
    holders = _with_block_descendants(elements)
    for el in elements:
        if el.name not in _BLOCK or el.name in ("br", "hr"):
            continue
        if id(el) in holders:
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        line = getattr(el, "sourceline", None) or 1
        level = int(el.name[1]) if el.name in ("h1", "h2", "h3", "h4", "h5", "h6") else 0
        segments.append(
            Segment(text, line, line, bullet=el.name == "li", quote=el.name == "blockquote",
                    dom=DomHints(tag=el.name, heading_level=level))
        )
    return segments
