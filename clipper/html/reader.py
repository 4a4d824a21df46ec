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
from dataclasses import dataclass

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
_LISTS = frozenset({"ul", "ol", "menu"})
_CELLS = frozenset({"td", "th"})
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
class _Context:
    """What an element's descendants inherit. Only block elements change it: inline elements
    share their parent's, so most elements cost one small frame."""

    path: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    ids: tuple[int, ...] = ()
    boilerplate: str | None = None
    list_depth: int = 0
    quote: bool = False
    heading: int = 0
    data_table: bool = False


_ROOT_CONTEXT = _Context()


@dataclass(slots=True)
class _Frame:
    """One open element on the walk's stack: its tag, whether it starts and ends a block, what
    its descendants inherit, and for an inline element the nearest block element above it
    (whose hints a block flushed inside it carries). A block element's ``top`` is None, not
    itself: a frame pointing at itself is a reference cycle, which only the cyclic garbage
    collector frees, and a page has thousands of frames."""

    tag: str
    block: bool
    context: _Context
    top: _Frame | None


def _top(parent: _Frame | None) -> _Frame | None:
    """The nearest block element at or above ``parent``."""
    if parent is None:
        return None
    return parent if parent.block else parent.top


class _Walker:
    """The walk's state: the open elements, the text gathered for the current block, and the
    blocks made so far. One walk over the tree's start and end events (see ``read_segments``)."""

    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self.stack: list[_Frame] = []
        self.parts: list[str] = []  # text of the block being gathered
        self.link_chars = 0  # of it, inside <a>
        self.first_line = 0
        self.last_line = 0
        self.cells = 0  # data cells seen in the row being gathered
        self.links = 0  # open <a> elements
        self.pending_br = False
        self.next_id = 0

    def text(self, text: str, line: int) -> None:
        parts = self.parts
        if not parts:
            if text.isspace():
                return
            self.first_line = line
        parts.append(text)
        self.last_line = line + text.count("\n")
        if not text.isspace():
            self.pending_br = False
            if self.links:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        self.pending_br = False
        parts = self.parts
        if not parts:
            return
        link_chars, first_line, last_line = self.link_chars, self.first_line, self.last_line
        self.parts = []
        self.link_chars = self.first_line = self.last_line = self.cells = 0
        text = collapse("".join(parts))
        stack = self.stack
        if not text or not stack:
            return
        top = stack[-1] if stack[-1].block else (stack[-1].top or stack[-1])
        context = top.context
        hints = DomHints(
            tag=top.tag,
            path=context.path,
            class_words=context.words,
            ancestors=context.ids,
            link_density=min(1.0, link_chars / len(text)),
            heading_level=context.heading,
            in_boilerplate_tag=context.boilerplate,
        )
        self.segments.append(
            Segment(
                text,
                first_line or 1,
                max(last_line, first_line) or 1,
                bullet=context.list_depth > 0 and context.heading == 0,
                depth=max(context.list_depth - 1, 0),
                quote=context.quote,
                dom=hints,
            )
        )

    def start(self, el: etree._Element, tag: str) -> None:
        stack = self.stack
        parent = stack[-1] if stack else None
        self.next_id += 1
        if tag == "a":
            self.links += 1
        context = parent.context if parent is not None else _ROOT_CONTEXT
        if tag not in BLOCK_TAGS:
            # Inline: the parent's context, and its block for the hints.
            stack.append(_Frame(tag, False, context, _top(parent)))
            return
        block = True
        path, words, ids = context.path, context.words, context.ids
        boilerplate, list_depth, quote = context.boilerplate, context.list_depth, context.quote
        heading, data_table = context.heading, context.data_table
        changed = False
        if parent is not None and parent.tag != "html" and tag != "body":
            path = path + (tag,)
            words = words + (class_words(el.get("class"), el.get("id")),)
            ids = ids + (self.next_id,)
            changed = True
        if tag in BOILERPLATE_TAGS:
            boilerplate, changed = tag, True
        if tag in _LISTS:
            list_depth, changed = list_depth + 1, True
        elif tag == "blockquote":
            quote, changed = True, True
        elif tag in _HEADINGS:
            heading, changed = _HEADINGS[tag], True
        elif tag == "table":
            data_table, changed = _LAYOUT_XPATH(el) == [], True
        if changed:
            context = _Context(path, words, ids, boilerplate, list_depth, quote, heading, data_table)
        if data_table and tag in _CELLS:
            # A data row is one block; its cells are joined, not split.
            block = False
            if self.cells:
                self.text(CELL_SEPARATOR, el.sourceline or 0)
            self.cells += 1
        if block:
            if self.parts:
                self.flush()
            else:
                self.pending_br = False
            frame = _Frame(tag, True, context, None)
        else:
            frame = _Frame(tag, False, context, _top(parent))
        stack.append(frame)

    def end(self, tag: str) -> None:
        stack = self.stack
        if stack[-1].block:
            if self.parts:
                self.flush()
            else:
                self.pending_br = False
        stack.pop()
        if tag == "a":
            self.links -= 1


def read_segments(root: etree._Element) -> list[Segment]:
    """Walk the parsed page and return its blocks in reading order."""
    # iterwalk does not visit comments: strip them first so the text after them survives.
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    walker = _Walker()
    start, end, add_text = walker.start, walker.end, walker.text
    events = etree.iterwalk(root, events=("start", "end"))
    skip = events.skip_subtree
    skipped_end = False  # the next event closes an element whose subtree we skipped
    for event, el in events:
        if skipped_end:
            skipped_end = False
            tail = el.tail
            if tail:
                add_text(tail, el.sourceline or 0)
            continue
        tag = el.tag
        tag = tag.lower() if isinstance(tag, str) else ""
        if event == "end":
            end(tag)
            tail = el.tail
            if tail:
                add_text(tail, el.sourceline or 0)
            continue
        if tag in DROP_TAGS or not tag or is_hidden(el):
            skip()
            skipped_end = True
        elif tag == "br":
            # One <br> is a line break inside a paragraph; two in a row end it.
            if walker.pending_br:
                walker.flush()
            else:
                add_text(" ", el.sourceline or 0)
                walker.pending_br = True
            skip()
            skipped_end = True
        elif tag == "hr":
            walker.flush()
            skip()
            skipped_end = True
        else:
            start(el, tag)
            text = el.text
            if text:
                add_text(text, el.sourceline or 0)
    walker.flush()
    return walker.segments
