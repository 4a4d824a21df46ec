"""Inline Markdown marks of Markdown-rendering scrapers (html2text), taken out of the record.

html2text keeps a page's emphasis as Markdown (``**Gurtlänge**``, ``_So geht der Sazerac:_``),
escapes characters that would read as Markdown (``2\\. Choose the Right Pot``, ``\\- Nov 19``)
and writes links and images as ``[text](url)`` and ``![alt](src)``. The classifier reads
the dump as it is (a line of ``[text](url)`` items is a menu), but the record's text is the
article's words: the marks are taken out of what is published. Pure; only Markdown dumps
are touched, so a literal asterisk in a w3m dump or a cookie name such as ``_ga_`` stays.
"""

from __future__ import annotations

import re

# Bold (html2text writes '**', never '__', so Python's '__init__' stays), not a censored word
# ('a**e' has letters on both sides of its asterisks) nor a rule of asterisks.
_BOLD = re.compile(r"(?<![\w*\\])\*\*[ \t]*(?=[^\s*])(.+?)(?<=[^\s*])[ \t]*\*\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])(.+?)(?<=[^\s\\])\1(?![\w*])")
# html2text escapes what would start a list ('2\\. ', '\\- ', '\\+ ') at the start of a line.
_LINE_ESCAPE = re.compile(r"(?m)^\s*(?:\d+\\\.|\\[-+])\s")
# What html2text and other Markdown renderers put a backslash before ('Chris Davies \\- Nov 19').
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"/^:])")
_ESCAPE_SIGN = re.compile(r"\\[\\*_\[\]]")
_HEADING = re.compile(r"(?m)^#{1,6} \S")
# A link's target is a URL or a path; '["default"](function(o)' in a dumped script is not a link.
_TARGET = r"\((?:https?://|//|/|#|\.\.?/|mailto:)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)"
_IMAGE = re.compile(r"!\[[^\]\n]*\]" + _TARGET)
_LINK = re.compile(r"\[([^\]\n]*)\]" + _TARGET)
_SPACES = re.compile(r"(?<=\S)  +(?=\S)")
# A dump is taken as Markdown on html2text's own line escapes, on two bold spans, or on two of:
# bold, escapes, '#' headings, two links.
MIN_BOLD_SPANS = 2
MIN_LINKS = 2
MIN_SIGNS = 2


def is_markdown_dump(text: str) -> bool:
    if _LINE_ESCAPE.search(text):
        return True
    bold = 0
    for _ in _BOLD.finditer(text):
        bold += 1
        if bold >= MIN_BOLD_SPANS:
            return True
    links = 0
    if "](" in text:
        for _ in _LINK.finditer(text):
            links += 1
            if links >= MIN_LINKS:
                break
    signs = (bold > 0) + bool(_ESCAPE_SIGN.search(text)) + bool(_HEADING.search(text)) + (links >= MIN_LINKS)
    return signs >= MIN_SIGNS


def strip_marks(text: str) -> str:
    """The text of a block of a Markdown dump without its inline marks and escapes."""
    if "](" in text:
        text = _SPACES.sub(" ", _LINK.sub(r"\1", _IMAGE.sub("", text)))
    if "*" in text or "_" in text:
        text = _ITALIC.sub(r"\2", _BOLD.sub(r"\1", text))
    return unescape(text).strip()


def unescape(text: str) -> str:
    """Text without Markdown backslash escapes (any dump: a backslash before punctuation is
    rare in prose, and headlines and bylines are read from every renderer)."""
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text
