"""HTML input: the page parsed once, turned into blocks with DOM hints and page metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..metadata.htmlmeta import PageMeta, page_metadata
from ..segment import Segment
from .reader import read_segments

__all__ = ["HtmlPage", "html_to_segments", "read_html"]


@dataclass(slots=True)
class HtmlPage:
    segments: list[Segment]
    meta: PageMeta


# Tags kept when a page nests too deep for libxml2 (2,048 levels): the rest are removed so
# the text survives; such pages are broken or hostile, and their structure is noise anyway.
_FLAT_KEEP = r"(?:html|head|body|title|meta|script|style|template|p|br|h[1-6])\b"
_FLATTEN = re.compile(rf"<(?!/?{_FLAT_KEEP})/?[a-zA-Z][^>]*>")


# collect_ids=False: libxml2 need not file every id attribute in a hash table that nothing
# here looks up (about 6% of the parse). Comments and processing instructions are never page
# text: left out at parse time, the text around them joins as if stripped afterwards, and the
# reader's walk meets only elements.
_PARSER_OPTIONS = {"huge_tree": True, "collect_ids": False, "remove_comments": True, "remove_pis": True}


def _parse(html: str):
    # Plain lxml.etree elements: lxml.html's element classes cost a Python call per element
    # the walk touches, and nothing here uses their extra methods. Same parser, same tree.
    from lxml import etree

    # lxml refuses str input that still carries an XML encoding declaration; the text is decoded already.
    if html.lstrip().startswith("<?xml"):
        html = html[html.index("?>") + 2 :]
    parser = etree.HTMLParser(**_PARSER_OPTIONS)
    root = etree.fromstring(html, parser)
    if root is None:
        # Markup with no document in it (only a comment, only a doctype): a page with no text.
        return etree.fromstring("<html><body></body></html>", etree.HTMLParser())
    last = parser.error_log.last_error
    if last is not None and "Excessive depth" in last.message:
        root = etree.fromstring(_FLATTEN.sub(" ", html), etree.HTMLParser(**_PARSER_OPTIONS))
    return root


def read_html(html: str) -> HtmlPage:
    root = _parse(html)
    meta = page_metadata(root)
    return HtmlPage(read_segments(root), meta)


def html_to_segments(html: str) -> list[Segment]:
    return read_segments(_parse(html))
