"""text -> blocks: blank-line groups, bullets, headings, quotes; soft-wrapped lines re-joined.

Text-mode renderers leave different shapes: w3m and lynx wrap at a fixed width
(80 columns), html2text at 78 with Markdown marks, BeautifulSoup and inscriptis
put each element on its own line. A segment is one visual block of the page.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Bullet shapes the common renderers leave: w3m (• ◦ □ ▪), lynx (* + o), html2text (* -),
# browser copies (· ▶ ►), numbered lists. Renderers indent 'o' and numbered items; at the
# start of a line '6. Februar 2025' is a date, not a list.
_BULLET = re.compile(
    r"^(?P<indent>\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\-–—]|(?<=\s)o(?=\s)|(?<=\s)\d{1,3}[.)](?=\s))\s+(?P<rest>.*)$"
)
_HEADING = re.compile(r"^\s*(?P<marks>#{1,6})\s+(?P<rest>.+?)\s*#*\s*$")
_QUOTE = re.compile(r"^\s*>\s?(?P<rest>.*)$")
# A line at least this share of the document's wrap width was probably wrapped by the renderer.
WRAP_FILL = 0.80
# Renderers that wrap do so between these widths; wider documents are not wrapped.
MIN_WRAP_WIDTH = 60
MAX_WRAP_WIDTH = 100
# Share of lines that must sit near the widest line before we believe the page was wrapped.
MIN_WRAPPED_SHARE = 0.08


@dataclass(slots=True)
class DomHints:
    """Evidence an HTML reader adds to a block; the text path leaves it empty."""

    tag: str = ""
    path: tuple[str, ...] = ()
    class_words: tuple[str, ...] = ()
    link_density: float = 0.0
    heading_level: int = 0
    in_boilerplate_tag: str | None = None  # nav/aside/footer/header when inside one


@dataclass(slots=True)
class Segment:
    """One visual block of the input with its 1-based line span."""

    text: str
    first_line: int
    last_line: int
    bullet: bool = False
    depth: int = 0
    heading: int = 0
    quote: bool = False
    dom: DomHints | None = None
    raw_lines: list[str] = field(default_factory=list)


def char_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8192)
def _extra_width(ch: str) -> int:
    return char_width(ch) - 1


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: wide and full-width characters take two."""
    if text.isascii():
        return len(text)
    # Only non-ASCII characters can be wide; look each up once per process (this runs per line).
    return len(text) + sum(map(_extra_width, _NON_ASCII.findall(text)))


def is_cjk(ch: str) -> bool:
    """Han, kana and full-width punctuation: scripts written without spaces between words."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x30FF  # CJK punctuation, hiragana, katakana
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFF00 <= o <= 0xFF60
    )


def join_wrapped(left: str, right: str) -> str:
    """Re-join a line the renderer wrapped: no space inside unspaced scripts, else one space."""
    left = left.rstrip()
    right = right.strip()
    if not left:
        return right
    if not right:
        return left
    if is_cjk(left[-1]) and is_cjk(right[0]):
        return left + right
    return left + " " + right


def wrap_width(lines: list[str]) -> int | None:
    """The column width the renderer wrapped at, or None when the text was not wrapped."""
    widths = sorted(display_width(line.rstrip()) for line in lines if line.strip())
    if len(widths) < 5:
        return None
    # The widest lines of a wrapped dump pile up just under the wrap column.
    top = widths[int(len(widths) * 0.98) - 1] if len(widths) >= 50 else widths[-1]
    if not (MIN_WRAP_WIDTH <= top <= MAX_WRAP_WIDTH):
        return None
    near = sum(1 for w in widths if w >= top * 0.9)
    if near / len(widths) < MIN_WRAPPED_SHARE:
        return None
    return top


def _first_word_width(line: str) -> int:
    stripped = line.strip()
    if not stripped:
        return 0
    if is_cjk(stripped[0]):
        return 2
    return display_width(stripped.split(None, 1)[0])


def _classify_line(line: str) -> tuple[str, dict]:
    m = _HEADING.match(line)
    if m:
        return "heading", {"level": len(m.group("marks")), "text": m.group("rest")}
    m = _BULLET.match(line)
    if m and m.group("rest").strip():
        return "bullet", {"indent": len(m.group("indent").expandtabs()), "text": m.group("rest")}
    m = _QUOTE.match(line)
    if m and line.lstrip().startswith(">"):
        return "quote", {"text": m.group("rest")}
    return "plain", {"text": line.strip(), "indent": len(line) - len(line.lstrip())}


def segment(text: str) -> list[Segment]:
    """Split normalised text into segments in reading order."""
    lines = text.split("\n")
    width = wrap_width(lines)
    segments: list[Segment] = []
    current: Segment | None = None
    prev_line = ""
    bullet_indents: list[int] = []

    def close() -> None:
        nonlocal current
        if current is not None and current.text.strip():
            current.text = current.text.strip()
            segments.append(current)
        current = None

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if not line.strip():
            close()
            prev_line = ""
            continue
        kind, info = _classify_line(line)
        if kind == "heading":
            close()
            segments.append(Segment(info["text"], number, number, heading=info["level"], raw_lines=[raw]))
            prev_line = ""
            continue
        if kind == "bullet":
            close()
            indent = info["indent"]
            while bullet_indents and bullet_indents[-1] > indent:
                bullet_indents.pop()
            if not bullet_indents or bullet_indents[-1] < indent:
                bullet_indents.append(indent)
            current = Segment(info["text"], number, number, bullet=True, depth=len(bullet_indents) - 1, raw_lines=[raw])
            prev_line = line
            continue
        if kind == "quote":
            if current is not None and current.quote and _continues(prev_line, line, width):
                current.text = join_wrapped(current.text, info["text"])
                current.last_line = number
                current.raw_lines.append(raw)
            else:
                close()
                current = Segment(info["text"], number, number, quote=True, raw_lines=[raw])
            prev_line = line
            continue
        # A plain line continues the open block only when the previous line was wrapped.
        if current is not None and not current.quote and _continues(prev_line, line, width):
            current.text = join_wrapped(current.text, info["text"])
            current.last_line = number
            current.raw_lines.append(raw)
        else:
            close()
            bullet_indents.clear()
            current = Segment(info["text"], number, number, raw_lines=[raw])
        prev_line = line
    close()
    return segments


def _continues(prev_line: str, line: str, width: int | None) -> bool:
    """Was ``prev_line`` broken by the renderer's wrapping, so that ``line`` continues it?"""
    if not prev_line or width is None:
        return False
    prev_width = display_width(prev_line.rstrip())
    return prev_width + 1 + _first_word_width(line) > width * WRAP_FILL and prev_width >= width * 0.6
