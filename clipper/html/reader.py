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
# The block tags that change more of what their descendants inherit than the path (one set test
# for the other block tags, most of a page).
_MARKING_TAGS = frozenset(BOILERPLATE_TAGS | _LISTS | {"blockquote", "table"} | set(_HEADINGS))
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


# What an element's descendants inherit, as a tuple (made once per block element; a tuple
# is several times cheaper to make than a dataclass): the tags, class/id words and ids of the
# block elements above (below <body>, outermost first), the boilerplate tag it sits in, how
# deep in lists, whether in a quote, its heading level, whether in a data table. Inline
# elements share their parent's.
_Context = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], "str | None", int, bool, int, bool]
_ROOT_CONTEXT: _Context = ((), (), (), None, 0, False, 0, False)

# One open element on the walk's stack, as a tuple: its tag, whether it starts and ends a
# block, what its descendants inherit, and for an inline element the nearest block element's
# frame above it (whose hints a block flushed inside it carries). A block element's top is
# None, not itself: tuples cannot refer to themselves, so the stack makes no reference cycle
# for the cyclic garbage collector to find.
_Frame = tuple[str, bool, _Context, "_Frame | None"]
# The frame of an element whose subtree the walk skips (dropped, hidden, <br>, <hr>): it only
# marks the element's end event, where its tail is read.
_SKIPPED: _Frame = ("", False, _ROOT_CONTEXT, None)


def read_segments(root: etree._Element) -> list[Segment]:
    """Walk the page ``_parse`` made (no comments or processing instructions in it) and
    return its blocks in reading order.

    One loop over the tree's start and end events; the walk's state lives in local
    variables (a page has a few thousand elements, and a method call or an attribute of
    an object per event is most of what the walk would cost)."""
    segments: list[Segment] = []
    stack: list[_Frame] = []
    parts: list[str] = []  # text of the block being gathered
    link_chars = 0  # of it, inside <a>
    first_line = last_line = 0
    cells = 0  # data cells seen in the row being gathered
    links = 0  # open <a> elements
    pending_br = False
    next_id = 0

    def add_text(text: str, line: int) -> None:
        nonlocal first_line, last_line, pending_br, link_chars
        if not parts:
            if text.isspace():
                return
            first_line = line
        parts.append(text)
        last_line = line + text.count("\n")
        if not text.isspace():
            pending_br = False
            if links:
                link_chars += len(text.strip())

    def flush() -> None:
        nonlocal first_line, last_line, pending_br, link_chars, cells
        pending_br = False
        if not parts:
            return
        chars, first, last = link_chars, first_line, last_line
        link_chars = first_line = last_line = cells = 0
        text = collapse("".join(parts))
        parts.clear()
        if not text or not stack:
            return
        frame = stack[-1]
        top = frame if frame[1] else (frame[3] or frame)
        path, words, ids, boilerplate, list_depth, quote, heading, _table = top[2]
        hints = DomHints(top[0], path, words, ids, min(1.0, chars / len(text)), heading, boilerplate)
        bullet = list_depth > 0 and heading == 0
        segments.append(Segment(text, first or 1, max(last, first) or 1, bullet, max(list_depth - 1, 0), 0, quote, hints))

    events = etree.iterwalk(root, events=("start", "end"))
    skip = events.skip_subtree
    push, pop = stack.append, stack.pop
    for event, el in events:
        if event == "end":
            # The closing element's frame says what it was: no need to read its tag again.
            frame = stack[-1]
            if frame[1]:
                if parts:
                    flush()
                else:
                    pending_br = False
            elif frame[0] == "a":
                links -= 1
            pop()
            tail = el.tail
            if tail:
                add_text(tail, el.sourceline or 0)
            continue
        # libxml2's HTML parser lower-cases tag names.
        tag = el.tag
        if tag in DROP_TAGS or is_hidden(el):
            skip()
            push(_SKIPPED)
            continue
        if tag == "br":
            # One <br> is a line break inside a paragraph; two in a row end it.
            if pending_br:
                flush()
            else:
                add_text(" ", el.sourceline or 0)
                pending_br = True
            skip()
            push(_SKIPPED)
            continue
        if tag == "hr":
            flush()
            skip()
            push(_SKIPPED)
            continue
        # An element opens.
        parent = stack[-1] if stack else None
        next_id += 1
        if tag == "a":
            links += 1
        context = parent[2] if parent is not None else _ROOT_CONTEXT
        if tag not in BLOCK_TAGS:
            # Inline: the parent's context, and its block for the hints.
            push((tag, False, context, None if parent is None else parent if parent[1] else parent[3]))
        else:
            path, words, ids, boilerplate, list_depth, quote, heading, data_table = context
            if parent is not None and parent[0] != "html" and tag != "body":
                path = path + (tag,)
                cls, ident = el.get("class"), el.get("id")
                words = words + (class_words(cls, ident) if cls or ident else "",)
                ids = ids + (next_id,)
            if tag in _MARKING_TAGS:
                if tag in BOILERPLATE_TAGS:
                    boilerplate = tag
                if tag in _LISTS:
                    list_depth += 1
                elif tag == "blockquote":
                    quote = True
                elif tag in _HEADINGS:
                    heading = _HEADINGS[tag]
                elif tag == "table":
                    data_table = _LAYOUT_XPATH(el) == []
            context = (path, words, ids, boilerplate, list_depth, quote, heading, data_table)
            if data_table and tag in _CELLS:
                # A data row is one block; its cells are joined, not split.
                if cells:
                    add_text(CELL_SEPARATOR, el.sourceline or 0)
                cells += 1
                push((tag, False, context, None if parent is None else parent if parent[1] else parent[3]))
            else:
                if parts:
                    flush()
                else:
                    pending_br = False
                push((tag, True, context, None))
        text = el.text
        if text:
            add_text(text, el.sourceline or 0)
    flush()
    return segments
