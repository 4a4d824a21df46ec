"""HTML input: the page parsed once, turned into blocks with DOM hints and page metadata."""

from __future__ import annotations

from dataclasses import dataclass

from ..metadata.htmlmeta import PageMeta, page_metadata
from ..segment import Segment
from .reader import read_segments

__all__ = ["HtmlPage", "html_to_segments", "read_html"]


@dataclass(slots=True)
class HtmlPage:
    segments: list[Segment]
    meta: PageMeta


def _parse(html: str):
    from lxml import html as lxml_html

    # lxml refuses str input that still carries an XML encoding declaration; the text is decoded already.
    if html.lstrip().startswith("<?xml"):
        html = html[html.index("?>") + 2 :]
    return lxml_html.document_fromstring(html)


def read_html(html: str) -> HtmlPage:
    root = _parse(html)
    meta = page_metadata(root)
    return HtmlPage(read_segments(root), meta)


def html_to_segments(html: str) -> list[Segment]:
    return read_segments(_parse(html))
