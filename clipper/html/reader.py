"""HTML -> segments carrying DOM hints, in one walk over the lxml tree.

The page becomes the same blocks the text path makes (one per paragraph, heading, list
item, quote or table row); each block carries where it sat in the DOM (tag path, class/id
words, container ids, link density, heading level). The classifier decides; the DOM only
adds evidence.

We parse with lxml.html directly rather than through BeautifulSoup: it is the same lxml
parser, keeps every element's source line (Chrome.lines points at the page's own lines)
and builds the tree several times faster than bs4, which matters for batches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..model import CELL_SEPARATOR
from ..segment import DomHints, Segment
from .hints import BOILERPLATE_TAGS, class_words, is_hidden

# Elements whose content is never page text. <noscript> stays: blog engines put the
# post there for readers without scripts, and lxml parses it as ordinary markup.
DROP_TAGS = frozenset({
    "script", "style", "template", "svg", "iframe", "head", "title", "button", "select",
    "option", "textarea", "input", "canvas", "object", "embed", "video", "audio", "map", "math", "link", "meta",
})
# Elements that start and end a block; everything else is inline and joins its block's text.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
    "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "legend", "address", "details", "summary",
    "hr", "center", "menu", "body", "html", "hgroup", "noframes", "frameset", "frame",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A table whose cells hold these is a layout table: its cells are containers, not data.
_LAYOUT_XPATH = etree.XPath(".//*[self::table or self::p or self::div or self::ul or self::ol or self::blockquote]")

_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60"
# Browsers show a line break between two CJK characters as nothing, not as a space.
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t]*\n\s*(?=[{_CJK}])")


def collapse(text: str) -> str:
    """HTML whitespace rules: runs of whitespace are one space; CJK line breaks vanish."""
    if not text.isascii() and "\n" in text:
        text = _CJK_BREAK.sub("", text)
    return " ".join(text.split())


@dataclass(slots=True)
class _Frame:
    """One open element on the walk's stack, with what its descendants inherit."""

    tag: str
    block: bool
    path: tuple[str, ...]
    words: tuple[str, ...]
    ids: tuple[int, ...]
    boilerplate: str | None
    list_depth: int
    quote: bool
    heading: int
    data_table: bool


@dataclass(slots=True)
class _Buffer:
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    first_line: int = 0
    last_line: int = 0
    cells: int = 0


class _Walker:
    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.buf = _Buffer()
        self.stack: list[_Frame] = []
        self.links = 0  # open <a> elements
        self.pending_br = False
        self.next_id = 0

    def text(self, text: str | None, line: int) -> None:
        if not text:
            return
        buf = self.buf
        if not buf.parts:
            if text.isspace():
                return
            buf.first_line = line
        buf.parts.append(text)
        buf.last_line = line + text.count("\n")
        if not text.isspace():
            self.pending_br = False
            if self.links:
                buf.link_chars += len(text.strip())

    def flush(self) -> None:
        buf = self.buf
        self.pending_br = False
        if not buf.parts:
            return
        self.buf = _Buffer()
        text = collapse("".join(buf.parts))
        if not text or not self.stack:
            return
        top = next((f for f in reversed(self.stack) if f.block), self.stack[-1])
        chars = len(text)
        hints = DomHints(
            tag=top.tag,
            path=top.path,
            class_words=top.words,
            ancestors=top.ids,
            link_density=min(1.0, buf.link_chars / chars),
            heading_level=top.heading,
            in_boilerplate_tag=top.boilerplate,
        )
        self.segments.append(
            Segment(
                text,
                buf.first_line or 1,
                max(buf.last_line, buf.first_line) or 1,
                bullet=top.list_depth > 0 and top.heading == 0,
                depth=max(top.list_depth - 1, 0),
                quote=top.quote,
                dom=hints,
            )
        )

    def start(self, el: etree._Element, tag: str) -> None:
        parent = self.stack[-1] if self.stack else None
        block = tag in BLOCK_TAGS
        if tag == "a":
            self.links += 1
        words = class_words(el.get("class"), el.get("id")) if tag not in ("html", "body") else ""
        below_body = parent is not None and parent.tag != "html"
        self.next_id += 1
        if parent is None:
            path, wtuple, ids = (), (), ()
            boilerplate, list_depth, quote, heading, data_table = None, 0, False, 0, False
        else:
            path, wtuple, ids = parent.path, parent.words, parent.ids
            boilerplate, list_depth, quote = parent.boilerplate, parent.list_depth, parent.quote
            heading, data_table = parent.heading, parent.data_table
        if block and below_body and tag != "body":
            path = path + (tag,)
            wtuple = wtuple + (words,)
            ids = ids + (self.next_id,)
        if tag in BOILERPLATE_TAGS:
            boilerplate = tag
        if tag in ("ul", "ol", "menu"):
            list_depth += 1
        elif tag == "blockquote":
            quote = True
        elif tag in _HEADINGS:
            heading = _HEADINGS[tag]
        elif tag == "table":
            data_table = _LAYOUT_XPATH(el) == []
        if data_table and tag in ("td", "th"):
            # A data row is one block; its cells are joined, not split.
            block = False
            if self.buf.cells:
                self.text(CELL_SEPARATOR, el.sourceline or 0)
            self.buf.cells += 1
        if block:
            self.flush()
        self.stack.append(_Frame(tag, block, path, wtuple, ids, boilerplate, list_depth, quote, heading, data_table))

    def end(self, tag: str) -> None:
        frame = self.stack[-1]
        if frame.block:
            self.flush()
        self.stack.pop()
        if tag == "a":
            self.links -= 1


def read_segments(root: etree._Element) -> list[Segment]:
    """Walk the parsed page and return its blocks in reading order."""
    # iterwalk does not visit comments: strip them first so the text after them survives.
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    walker = _Walker()
    events = etree.iterwalk(root, events=("start", "end"))
    skipped_end = False  # the next event closes an element whose subtree we skipped
    for event, el in events:
        line = el.sourceline or 0
        if skipped_end:
            skipped_end = False
            walker.text(el.tail, line)
            continue
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "end":
            walker.end(tag)
            walker.text(el.tail, line)
            continue
        if tag in DROP_TAGS or not tag or is_hidden(el):
            events.skip_subtree()
            skipped_end = True
        elif tag == "br":
            # One <br> is a line break inside a paragraph; two in a row end it.
            if walker.pending_br:
                walker.flush()
            else:
                walker.text(" ", line)
                walker.pending_br = True
            events.skip_subtree()
            skipped_end = True
        elif tag == "hr":
            walker.flush()
            events.skip_subtree()
            skipped_end = True
        else:
            walker.start(el, tag)
            walker.text(el.text, line)
    walker.flush()
    return walker.segments
