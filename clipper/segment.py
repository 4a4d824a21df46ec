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
from typing import Callable

# Bullet shapes the common renderers leave: w3m (• ◦ □ ▪), lynx (* + o), html2text (* -),
# browser copies (· ▶ ►), numbered lists. Renderers indent 'o' and numbered items; at the
# start of a line '6. Februar 2025' is a date, not a list, and so is an indented one before a
# year ('   12. März 2025, 14:35 Uhr', as lynx indents every line).
_BULLET = re.compile(
    r"^(?P<indent>\s*)(?P<mark>[•◦▪▫■□●○◆◇▶►▸‣∙·*+\-–—]|(?<=\s)o(?=\s)|(?<=\s)\d{1,3}[.)](?=\s)(?!\s+[^\W\d_]+\.?\s+(?:19|20)\d{2}\b))\s+(?P<rest>.*)$"
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
# The widest lines of a wrapped dump end mid-sentence: more than this share ending a sentence
# means one paragraph per line, not wrapping.
MAX_SENTENCE_END_SHARE = 0.6
_PARAGRAPH_ENDS = (".", "!", "?", "。", "！", "？", ".\"", ".”", "。」", "」", "』", "!”", "?”")
# Unwrapped dumps (BeautifulSoup's get_text("\n")) break lines at every inline element:
# "Radon-\nSituation", "pass rusher\nMyles Garrett\n. Cleveland". A line that starts in
# lower case or with closing punctuation continues the line before it; so does a line after
# one that stopped on a comma, a hyphen, an opening quote or, when long, a short lower-case
# function word ('... suspensions for' / 'Browns'). Titles and menu items end otherwise.
_OPEN_END = re.compile(r"[\w,\-–(„“‘«]$")
_DANGLING_END = re.compile(r"[,\-–(„“‘«]$")
_SHORT_LOWER_WORD_END = re.compile(r"(?:^|\s)[^\W\d_]{1,3}$")
_CLOSING_PUNCT = re.compile(r"^[,.;:!?)\]}%’”»]")
# The second half of a compound whose first half was a link or an abbreviation element
# ('Radon' / '-Situation', 'KI' / '-Systemen'): a hyphen glued to a letter goes on with the
# word before it, without a space.
_HYPHEN_GLUED = re.compile(r"^[-‐‑][^\W\d_]")
# A footnote reference ('[1]', '[12]', '[a]') is a superscript link: alone on its line it
# belongs to the sentence before it, whatever that ended on ('Geoffrey Hinton' / '.' / '[1]').
_REFERENCE_MARK = re.compile(r"^\[(?:\d{1,3}|[a-z])\]$")
# A relative time ends a date line on the short word 'ago' ('Updated 2 hours ago', '3h ago').
_RELATIVE_END = re.compile(r"(?:\b\d+\s*[^\W\d_]+|\b(?:an?|one)\s+[^\W\d_]+)\s+ago$", re.I)
# Only a line at least this long that ends on a short word is taken as cut mid-sentence.
MIN_CUT_LINE = 40
# A link's text alone on a line between the two halves of its sentence ('Penny is a villager
# who lives in' / 'Pelican Town' / '. She is one of'): a short line with no sentence end, after
# a block stopped on a lower-case word ('in', 'die', 'meinen') and before a line that goes on
# in lower case or with closing punctuation. Menu items and titles mostly end on capitalised
# words, and menus run item after item in capitals. A sentence-case heading ('Early life')
# ends on a lower-case word too: a block shorter than MIN_SANDWICH_WORDS words must stop on
# a short function word ('is a', 'und die') to be taken as cut.
MAX_SANDWICH_WORDS = 6
MIN_SANDWICH_WORDS = 3
MAX_FUNCTION_WORD = 3
# The sentence may go on with an aside: 'Herein a heavy-tailed' / 'Student t-distribution' / '(with one degree'.
_ASIDE_START = re.compile(r"^\([a-zà-ÿ]")
# Between the two halves of a sentence, a linked name may be followed by its bracketed
# note in capitals ('… gegen' / 'Denis Shapovalov' / '(Kanada) gewann …').
_NOTE_START = re.compile(r"^\([^\W\d_][^()]{0,30}\)\s+[a-zà-ÿ]")
_SENTENCE_END = re.compile(r"[.!?:;]$")
# 'by Jane Doe' / 'by 코딩하는곰' / 'di Giulia Ferri 12 giugno 2025' on its own line under a
# headline is the byline (a short word, then names, maybe a date), not the rest of the
# headline; a sentence cut before its 'by' stops on a lower-case word ('written' / 'by …').
# Sentence-case headlines end on lower-case words too ('… prevista a dicembre' / 'di Giulia
# Ferri 12 giugno 2025'): after one, only a byline that ends with its date is taken.
_BY_LINE = re.compile(
    r"^(?:by\s+\S+(?:\s+\S+){0,3}"
    r"|[a-zà-ÿ]{2,3}\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}(?P<date>,?\s+\d[\w .:,]{0,30})?)$"
)
_LOWER_WORD_END = re.compile(r"(?:^|\s)[a-zà-ÿ]+$")


# Some scrapers glue subtitle, photo caption and paragraphs into one line with no separator:
# "...the plan.Photo: Reuters.The council voted..." or "...밝혔다.사진=연합뉴스". A sentence end
# right after a lower-case word (or Hangul) and directly followed by a capital or Hangul,
# without a space, is such a seam; abbreviations ("U.S.") have no lower-case word before.
_GLUED_SEAM = re.compile(
    r"(?<=[a-zà-ÿа-я가-힣]{2}[.!?])(?=[A-ZÀ-ÞА-Я가-힣])|(?<=[a-zà-ÿа-я가-힣]{2}[.!?][\"”’])(?=[A-ZÀ-ÞА-Я가-힣])"
    # A Korean sentence end before a figure ('…확인됐다.4일 …'): Korean puts a space there.
    r"|(?<=[가-힣]다\.)(?=\d)"
)
# A photo caption's credit glued between the caption and the next paragraph ('… 응급실 입구.
# 최서진 기자경남의 한 …', '… 입구. 김포시 제공경남의 …'): the credit is cut out on both sides, so
# that the caption stands over its credit. Not when 기자/제공 begins a longer word or takes a
# particle ('기자회견', '기자는', '제공했다'): that is a sentence.
_CREDIT_SEAM = re.compile(
    r"(?<=[가-힣]\.) (?=[가-힣]{2,4} (?:기자|제공)(?![회단실협증들가는의를에와도로이은하했한할해된돼받])[가-힣])"
    r"|(?:(?<=\. [가-힣]{2} 기자)|(?<=\. [가-힣]{3} 기자)|(?<=\. [가-힣]{4} 기자)"
    r"|(?<=\. [가-힣]{2} 제공)|(?<=\. [가-힣]{3} 제공)|(?<=\. [가-힣]{4} 제공))"
    r"(?![회단실협증들가는의를에와도로이은하했한할해된돼받])(?=[가-힣])"
)
# The same in Latin script: a caption's 'Foto: name/agency' credit glued to the lead ('… beras.
# Foto: Grandyos Zafna/detikcomJakarta - Harga …'): the agency's lower-case name runs into the
# capital that opens the paragraph.
_PHOTO_CREDIT_SEAM = re.compile(r"(?i:foto|photo|bild|imagem|imagen)\s*:\s*[^.:/\n]{3,40}/\s*[a-z][a-z.]{2,20}(?=[A-Z][a-z])")
# The credit stands near the line's start, under the deck: at most this many characters in.
MAX_CREDIT_OFFSET = 200
# Korean wire copy opens with '(서울=연합뉴스) 기자 이름 =': a scraper that glues the deck to
# the first paragraph leaves it right after the deck's last character, with no space.
_WIRE_LEAD_SEAM = re.compile(r"(?<=\S)(?=\([가-힣]{1,8}\s?=\s?[^()\s][^()]{0,20}\))")
# The wire lead stands at the start of the article, after at most a deck of this many characters.
MAX_WIRE_LEAD_OFFSET = 200
# Only lines at least this long are checked for seams: short ones are headlines or UI.
MIN_GLUED_LINE = 200
# A loader that takes a page's textContent glues the items of a menu into one word
# ('MarketsTechMediaSuccessPerspectivesVideos'): a lower-case letter directly followed by a
# capitalised word is a seam between two elements. One such seam may be a brand ('PlayStation',
# 'YouTube'); at least MIN_MENU_SEAMS of them each within MAX_MENU_ITEM characters of the next
# are a glued run of items, cut at every seam.
_CAMEL_SEAM = re.compile(r"(?<=[A-Za-zÀ-ÿ][a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
MIN_MENU_SEAMS = 3
MAX_MENU_ITEM = 30
# ... and such runs are cut where the stretch they span makes at least this share of their
# piece of the line; inside prose only a run of at least MIN_LONE_MENU_SEAMS seams is cut
# ('FacebookTwitterCommentsPrintEmailBy Jonathan …'), not a code name of four words.
MIN_MENU_SHARE = 0.5
MIN_LONE_MENU_SEAMS = 5
# Glued words have few digits; an encoded blob of this length has many.
MIN_BLOB_CHARS = 60
MAX_WORD_DIGIT_SHARE = 0.05
# An item is words of letters ('Tech', 'Middle East', 'Risk & Compliance'); random tokens in
# URLs ('GsJ%2FkcS4E0CvJMA7y') have such seams too, between digits and signs.
# Items are capitalised words, maybe with short words between them ('Terms of Use').
# A word has a vowel; the letters of an encoded blob ('PGRpdiBjbGFzcz0…') mostly come without.
_MENU_ITEM = re.compile(
    r"(?=[^ ]*[AEIOUaeiouÀ-ÆÈ-ÏÒ-ÖØ-Ýà-æè-ïò-öø-ý])[A-ZÀ-Þ][^\W\d_]*"
    r"(?:(?:(?: [a-zà-ÿ]{1,4})? | & |-)[A-ZÀ-Þ][^\W\d_]*|['’][^\W\d_]+)*$"
)
# In a whole page glued into one line, the indentation between two elements survives as a
# run of spaces ('… 60fps.            MSPU…'); people type at most two spaces after a sentence.
# Only lines at least MIN_PAGE_LINE long are taken as a glued page.
_LAYOUT_GAP = re.compile(r"[ \t]{3,}")
MIN_PAGE_LINE = 1000
# A script or JSON left in a dump is no glued page nor menu: its braces, semicolons, equals signs and
# quotes make more than this share of its characters.
_CODE_SIGN = re.compile(r'[{};=<>"\\]')
MAX_CODE_SHARE = 0.01


@dataclass(slots=True)
class DomHints:
    """Evidence an HTML reader adds to a block; the text path leaves it empty."""

    tag: str = ""
    path: tuple[str, ...] = ()  # enclosing element tags below <body>, outermost first
    class_words: tuple[str, ...] = ()  # per element of ``path``: its class/id words, space-joined
    ancestors: tuple[int, ...] = ()  # per element of ``path``: an id, to group blocks by container
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
    column: int = 0  # 1 or 2 inside a side-by-side stretch (left, right), else 0


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
    if left[-1] == "-" and len(left) > 1 and left[-2].isalnum() and right[0].isalnum():
        # A wrap after a compound's hyphen ('LME-' / 'registered'): one word again.
        return left + right
    return left + " " + right


def wrap_width(lines: list[str], measure: Callable[[str], int] = display_width) -> int | None:
    """The column width the renderer wrapped at, or None when the text was not wrapped.
    ``measure``: how the renderer counts a line (w3m and lynx in terminal columns)."""
    measured = [(measure(line), line) for line in (raw.rstrip() for raw in lines) if line.strip()]
    widths = sorted(w for w, _ in measured)
    if len(widths) < 5:
        return None
    # The widest lines of a wrapped dump pile up just under the wrap column.
    top = widths[int(len(widths) * 0.98) - 1] if len(widths) >= 50 else widths[-1]
    if not (MIN_WRAP_WIDTH <= top <= MAX_WRAP_WIDTH):
        return None
    wide = [line for w, line in measured if w >= top * 0.9]
    if len(wide) / len(widths) < MIN_WRAPPED_SHARE:
        return None
    # A wrap column rarely falls just after a sentence end; one paragraph per line always does
    # ('…使っています。' / '…ポイントです。' under each other are paragraphs, not a wrap).
    if sum(1 for line in wide if line.endswith(_PARAGRAPH_ENDS)) > MAX_SENTENCE_END_SHARE * len(wide):
        return None
    return top


# A dump that separates its paragraphs by blank lines has at least this many blank lines per
# line of text.
MIN_BLANK_SHARE = 0.25


def _blank_separated(lines: list[str]) -> bool:
    blank = sum(1 for line in lines if not line.strip())
    return blank >= MIN_BLANK_SHARE * (len(lines) - blank)


def _first_word_width(line: str, measure: Callable[[str], int] = display_width) -> int:
    stripped = line.strip()
    if not stripped:
        return 0
    if is_cjk(stripped[0]):
        return measure(stripped[0])
    return measure(stripped.split(None, 1)[0])


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


# Text renderers lay out a table side by side: w3m prints the article's cell and a sidebar
# cell on the same lines, a run of spaces between them ('At least 106 protesters     *Kim
# Kardashian'). A line splits into two columns at one run of at least this many spaces...
COLUMN_GAP = 4
_COLUMN_GAP = re.compile(r"(?<=\S) {%d,}(?=\S)" % COLUMN_GAP)
# ...when the right cell starts at the same column (give or take this much) on at least
# MIN_COLUMN_LINES lines no more than MAX_COLUMN_BREAK lines apart, and each side is at least
# MIN_COLUMN_WIDTH wide. Data tables have more than two columns and are left alone.
COLUMN_SLACK = 2
MIN_COLUMN_LINES = 3
MAX_COLUMN_BREAK = 3
MIN_COLUMN_WIDTH = 12
# A narrow sidebar cut off at the page edge leaves as little as a word on the right.
MIN_RIGHT_CELL = 2
# One of the two columns is running text: its median part is at least this wide. Two columns
# of short cells are a key/value table, which reads row by row.
MIN_PROSE_COLUMN = 30


def _column_start(line: str) -> int | None:
    """The display column where a line's right cell starts, or None without exactly one gap."""
    gaps = _COLUMN_GAP.findall(line.strip())
    if len(gaps) != 1:
        return None
    m = _COLUMN_GAP.search(line)
    left = line[: m.start()]
    right = line[m.end() :]
    if display_width(left.strip()) < MIN_COLUMN_WIDTH or display_width(right.strip()) < MIN_RIGHT_CELL:
        return None
    return display_width(line[: m.end()])


def _split_at_column(line: str, column: int) -> tuple[str, str]:
    """The parts of ``line`` left and right of a display column (cut at the gap nearest it)."""
    best = None
    for m in _COLUMN_GAP.finditer(line):
        start = display_width(line[: m.end()])
        if abs(start - column) <= COLUMN_SLACK and (best is None or abs(start - column) < abs(best[0] - column)):
            best = (start, m)
    if best is not None:
        return line[: best[1].start()], line[best[1].end() :]
    indent = display_width(line) - display_width(line.lstrip())
    if indent >= column - COLUMN_SLACK:
        return "", line.strip()
    return line, ""


def column_regions(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first, last, column) of each two-column stretch, 0-based line indexes, inclusive."""
    starts = [(i, c) for i, c in ((i, _column_start(line)) for i, line in enumerate(lines)) if c is not None]
    regions: list[tuple[int, int, int]] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) < MIN_COLUMN_LINES:
            return
        first, last, column = run[0][0], run[-1][0], run[0][1]
        parts = [_split_at_column(lines[i], column) for i, _ in run]
        for side in (0, 1):
            widths = sorted(display_width(p[side].strip()) for p in parts)
            if widths[len(widths) // 2] >= MIN_PROSE_COLUMN:
                regions.append((first, last, column))
                return

    for i, c in starts:
        if run and i - run[-1][0] <= MAX_COLUMN_BREAK and abs(c - run[0][1]) <= COLUMN_SLACK:
            run.append((i, c))
        else:
            flush()
            run = [(i, c)]
    flush()
    return regions


def segment(text: str) -> list[Segment]:
    """Split normalised text into segments in reading order; a two-column stretch of a wrapped
    dump gives its left column's blocks, then its right column's, all with the stretch's span
    (like the parts of a glued line, they come from the same lines)."""
    lines = text.split("\n")
    width = wrap_width(lines)
    measure: Callable[[str], int] = display_width
    # html2text wraps at a count of characters however wide they are: 78 Hangul syllables
    # fill 156 terminal columns. It leaves a blank line after every paragraph; a dump of one
    # paragraph per line with no blank lines (BeautifulSoup) is not wrapped, however alike its
    # lines' lengths.
    if width is None and _blank_separated(lines) and (by_chars := wrap_width(lines, len)) is not None:
        width, measure = by_chars, len
    regions = column_regions(lines)
    if not regions:
        return _segment_lines(list(enumerate(lines, start=1)), width, measure)
    segments: list[Segment] = []
    done = 0
    for first, last, column in regions:
        segments += _segment_lines(list(enumerate(lines[done:first], start=done + 1)), width, measure)
        parts = [_split_at_column(line, column) for line in lines[first : last + 1]]
        for side in (0, 1):
            stream = [(first + 1 + k, part[side]) for k, part in enumerate(parts)]
            side_width = max((display_width(p.rstrip()) for _, p in stream), default=0)
            for seg in _segment_lines(stream, side_width if side_width >= MIN_COLUMN_WIDTH else None):
                seg.first_line, seg.last_line = first + 1, last + 1
                seg.raw_lines = lines[first : last + 1]
                seg.column = side + 1
                segments.append(seg)
        done = last + 1
    segments += _segment_lines(list(enumerate(lines[done:], start=done + 1)), width, measure)
    return segments


def _segment_lines(
    numbered: list[tuple[int, str]], width: int | None, measure: Callable[[str], int] = display_width
) -> list[Segment]:
    """The segments of a run of (line number, line) pairs, wrapped at ``width`` (or not)."""
    segments: list[Segment] = []
    current: Segment | None = None
    prev_line = ""
    bullet_indents: list[int] = []

    def close() -> None:
        nonlocal current
        if current is not None and current.text.strip():
            current.text = current.text.strip()
            segments.extend(split_glued(current))
        current = None

    # An unwrapped dump's blank line inside a sentence (see _blank_cut): the open block is
    # held until the next line shows whether the sentence goes on.
    held = False
    for k, (number, raw) in enumerate(numbered):
        line = raw.rstrip()
        if not line.strip():
            if width is None and current is not None and _open_sentence(current):
                held = True
            else:
                close()
            prev_line = ""
            continue
        if held:
            held = False
            if _blank_cut(line):
                current.text = join_inline(current.text, line.strip())
                current.last_line = number
                current.raw_lines.append(raw)
                prev_line = line
                continue
            close()
        kind, info = _classify_line(line)
        if kind == "heading":
            close()
            segments.append(Segment(info["text"], number, number, heading=info["level"], raw_lines=[raw]))
            prev_line = ""
            continue
        if kind == "bullet" and width is None and current is not None and _dash_aside(current, prev_line, line, _next_line(numbered, k)):
            current.text = join_wrapped(current.text, line.strip())
            current.last_line = number
            current.raw_lines.append(raw)
            prev_line = line
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
            if current is not None and current.quote and _continues(prev_line, line, width, measure):
                current.text = join_wrapped(current.text, info["text"])
                current.last_line = number
                current.raw_lines.append(raw)
            else:
                close()
                current = Segment(info["text"], number, number, quote=True, raw_lines=[raw])
            prev_line = line
            continue
        # A plain line continues the open block only when the previous line was wrapped,
        # or, in unwrapped dumps, when the renderer cut it at an inline element.
        if current is not None and not current.quote and (
            _continues(prev_line, line, width, measure)
            or (
                width is None
                and not current.bullet
                and (
                    _inline_cut(prev_line, line, current.text)
                    or (_link_between(current.text, line, _next_line(numbered, k)) and not _names_run(numbered, k))
                    or _reference_after(current.text, line)
                    or _aside_after(current.text, line)
                )
            )
        ):
            current.text = join_inline(current.text, info["text"]) if width is None else join_wrapped(current.text, info["text"])
            current.last_line = number
            current.raw_lines.append(raw)
        else:
            close()
            bullet_indents.clear()
            current = Segment(info["text"], number, number, raw_lines=[raw])
        prev_line = line
    close()
    return segments


# A headless loader glues the sign-off and the copyright notice to the last paragraph
# ('… 밝혔다. 정유진 기자 yjin@… ⓒ 세계일보, 무단전재 및 재배포 금지'): the notice, with the
# words between it and the last sentence's end (a reporter's name and address), is cut off
# when it stands at most this far after that end and makes the line's last part.
MAX_NOTICE_LEAD = 80
MAX_NOTICE_TAIL = 160
# The notice, or a sign-off that ends the line with the reporter's address ('… 말했다. 이수진
# 기자 sujin@…').
_NOTICE = re.compile(r"[©ⓒ]|\(c\)|copyright|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$", re.I)
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_])[.!?。][\"'”’]?\s+")


def _notice_tail(text: str) -> int | None:
    """Where a copyright notice glued to the end of a paragraph starts (with its sign-off)."""
    notice = _NOTICE.search(text, max(0, len(text) - MAX_NOTICE_TAIL))
    if notice is None:
        return None
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, notice.start() - MAX_NOTICE_LEAD), notice.start())]
    return stops[-1] if stops else None


def split_glued(seg: Segment) -> list[Segment]:
    """A line glued from several blocks, cut at its seams; each part keeps the line span."""
    if len(seg.text) < MIN_GLUED_LINE or seg.heading:
        return [seg]
    lead = _WIRE_LEAD_SEAM.search(seg.text, 0, MAX_WIRE_LEAD_OFFSET)
    tail = _notice_tail(seg.text)
    glued_page = len(seg.raw_lines) <= 1 and len(seg.text) >= MIN_PAGE_LINE and _LAYOUT_GAP.search(seg.text) is not None
    camel = _menu_runs(seg.text) != []
    if (glued_page or camel) and len(_CODE_SIGN.findall(seg.text)) > MAX_CODE_SHARE * len(seg.text):
        glued_page = camel = False  # a script or JSON, not a glued page
    if not lead and tail is None and not glued_page and not camel and not _GLUED_SEAM.search(seg.text):
        return [seg]
    head, text = (seg.text[: lead.start()], seg.text[lead.start() :]) if lead else ("", seg.text)
    notice = ""
    if tail is not None and tail > len(head):
        text, notice = seg.text[len(head) : tail], seg.text[tail:]
    pieces = _GLUED_SEAM.split(text)
    if len(pieces) > 1 and _CREDIT_SEAM.search(pieces[0], 0, MAX_CREDIT_OFFSET) is not None:
        pieces[:1] = _CREDIT_SEAM.split(pieces[0])
    if len(pieces) > 1 and (photo := _PHOTO_CREDIT_SEAM.search(pieces[0], 0, MAX_CREDIT_OFFSET)) is not None:
        pieces[:1] = [pieces[0][: photo.end()], pieces[0][photo.end() :]]
    parts = ([head.strip()] if head.strip() else []) + [p.strip() for p in pieces if p.strip()]
    parts += [notice.strip()] if notice.strip() else []
    if glued_page or camel:
        parts = [piece for part in parts for piece in _cut_items(part, glued_page)]
    return [
        Segment(p, seg.first_line, seg.last_line, bullet=seg.bullet, depth=seg.depth, quote=seg.quote, raw_lines=seg.raw_lines)
        for p in parts
    ]


def _menu_runs(text: str) -> list[list[int]]:
    """The seams of each run of menu items glued into one word (see _CAMEL_SEAM)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for m in _CAMEL_SEAM.finditer(text):
        if run and (m.start() - run[-1] > MAX_MENU_ITEM or not _MENU_ITEM.match(text, run[-1], m.start())):
            if len(run) >= MIN_MENU_SEAMS:
                runs.append(run)
            run = []
        run.append(m.start())
    if len(run) >= MIN_MENU_SEAMS:
        runs.append(run)
    return runs


def _cut(text: str, cuts: list[int]) -> list[str]:
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return [p for p in pieces if p]


def _cut_items(text: str, glued_page: bool) -> list[str]:
    """A part of a glued line cut, in a glued page, at its layout gaps, and then each piece that
    is mostly a glued run of menu items at the items' seams."""
    pieces = _cut(text, [m.start() for m in _LAYOUT_GAP.finditer(text)]) if glued_page else [text]
    out: list[str] = []
    for piece in pieces:
        runs = [run for run in _menu_runs(piece) if not _in_blob(piece, run[0])]
        if runs and _runs_span(piece, runs) < MIN_MENU_SHARE * len(piece):
            runs = [run for run in runs if len(run) >= MIN_LONE_MENU_SEAMS]
        out += _cut(piece, [c for run in runs for c in run]) if runs else [piece]
    return out


def _in_blob(text: str, at: int) -> bool:
    """The seam sits in a long run of letters and digits without a space: an encoded blob
    ('…CwgYXVmIElocmVtIEVuZGdlci…'), not glued words."""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    token = text[start : end if end >= 0 else len(text)]
    return len(token) > MIN_BLOB_CHARS and sum(ch.isdigit() for ch in token) > MAX_WORD_DIGIT_SHARE * len(token)


def _runs_span(text: str, runs: list[list[int]]) -> int:
    """The length of the stretch from the glued word that opens the first run to the one that
    closes the last (an identifier such as 'SafeBrowsingProtectionLevel' makes little of a
    sentence; a glued menu, most of its line)."""
    start = text.rfind(" ", 0, runs[0][0]) + 1
    end = text.find(" ", runs[-1][-1])
    return (end if end >= 0 else len(text)) - start


def _open_quote(text: str) -> bool:
    """A straight double quote opened and not yet closed: the quotation goes on."""
    return text.count('"') % 2 == 1


def _open_low_quote(text: str) -> bool:
    """A German quotation opened with '„' and not yet closed with '“': the '“' that starts the
    next line closes it."""
    return text.count("„") > text.count("“")


# A quotation set in its own element leaves its marks on lines of their own in an unwrapped dump
# ('점주는' / '“' / '… 없다' / '”' / '며', '，' / '「' / '新站…' / '」' / '。'): such a mark, and the
# lines on both sides of it, are one sentence.
_OPEN_MARKS = frozenset("“‘„「『")
_CLOSE_MARKS = frozenset("”’」』")
_CJK_CLOSING = frozenset("。，、！？")


def _lone_mark_cut(prev: str, nxt: str) -> bool:
    """Is one of two unwrapped lines a quotation mark (or CJK stop) alone, joining them?"""
    if nxt in _OPEN_MARKS or nxt in _CLOSE_MARKS or nxt in _CJK_CLOSING or prev in _OPEN_MARKS:
        return True
    # After a closing mark the sentence goes on ('며', '고 말했다.', '– mówi …', '。'), unless
    # a new sentence starts with a capital.
    return prev in _CLOSE_MARKS and not nxt[0].isupper()


def _inline_cut(prev_line: str, line: str, block: str = "") -> bool:
    """Was ``line`` split from ``prev_line`` at an inline element (unwrapped dumps only)?
    ``block``: the text of the open block so far, for a quotation the cut left open
    ('한 관계자는 "' / '… 크다' / '"고 말했다.')."""
    if not prev_line:
        return False
    prev = prev_line.strip()
    if (len(prev) == 1 or len(line.strip()) == 1) and _lone_mark_cut(prev, line.strip()):
        return True
    if prev.endswith('"') and _open_quote(prev) or line.lstrip().startswith('"') and _open_quote(block or prev):
        return True
    if line.lstrip().startswith("“") and _open_low_quote(block or prev):
        return True
    if not _OPEN_END.search(prev):
        return False
    nxt = line.strip()
    by_line = _BY_LINE.match(nxt)
    if by_line and (by_line.group("date") or not _LOWER_WORD_END.search(prev)):
        return False
    if _lower_start(nxt) or _CLOSING_PUNCT.match(nxt) or _DANGLING_END.search(prev) or _HYPHEN_GLUED.match(nxt):
        return True
    tail = _SHORT_LOWER_WORD_END.search(prev)
    if _RELATIVE_END.search(prev):
        return False  # a date line ('… | Updated 2 hours ago'), not a sentence cut at 'ago'
    return len(prev) >= MIN_CUT_LINE and tail is not None and tail.group().strip().islower()


# BeautifulSoup keeps the line breaks of the HTML source inside a paragraph, and a blank line
# where the source had one ('… enable you to modify the behavior of existing' / '' /
# 'functions without changing …'): after a block of at least MIN_SANDWICH_WORDS words that
# stopped on a lower-case word, a comma or a dash, a plain line in lower case goes on with the
# sentence. Headlines stop on capitalised words or, in sentence case, are followed by a byline
# or a date, which are not taken.
_OPEN_SENTENCE_END = re.compile(r"(?:(?:^|\s)[a-zà-ÿß]+|[,(]|\s[-–—])$")


# A relative time under a headline has its number within its first words.
MAX_TIME_WORDS = 3


def _open_sentence(block: Segment) -> bool:
    """Does the open block stop mid-sentence, so that a blank line after it may be a source break?"""
    return (
        not block.bullet
        and not block.quote
        and len(block.text.split()) >= MIN_SANDWICH_WORDS
        and _OPEN_SENTENCE_END.search(block.text.rstrip()) is not None
    )


def _blank_cut(line: str) -> bool:
    """Does ``line``, after a blank line, go on with the sentence the held block stopped in?"""
    nxt = line.strip()
    if _classify_line(line)[0] != "plain" or not _lower_start(nxt) or _BY_LINE.match(nxt):
        return False
    # A widget's lower-case label under a teaser ('see also', 'mehr') is no sentence's rest.
    if len(nxt.split()) < MIN_SANDWICH_WORDS:
        return False
    # 'vor 3 Stunden', 'il y a 2 heures': a teaser's time under its headline.
    return not any(ch.isdigit() for ch in " ".join(nxt.split()[:MAX_TIME_WORDS]))


def _lower_start(text: str) -> bool:
    """Starts with a lower-case letter: 'ⓒ' and other circled letters count as lower case in
    Unicode but open a copyright notice, not the rest of a sentence."""
    return text[0].islower() and text[0].isalpha()


def _next_line(numbered: list[tuple[int, str]], k: int) -> str:
    """The line right after the ``k``-th one ("" at the end)."""
    return numbered[k + 1][1] if k + 1 < len(numbered) else ""


# A byline's names, each a link on its own line, with a lone comma or conjunction between them
# ('Isabel Caro' / ',' / 'Rocío Latorre' / 'y' / 'José Miguel Wilson'): a list under the
# headline, not a link inside its sentence.
_NAME_SEPARATOR = re.compile(r"^\s*(?:[,、&·]|[^\W\d_]{1,3})\s*$")
_NAME_WORD = re.compile(r"^(?:[^\W\d_]{1,3}|[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*\.?(?:-[A-ZÀ-Þ][^\W\d_]*)?)$")


def _name_line(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper()


def _names_run(numbered: list[tuple[int, str]], k: int) -> bool:
    """Line ``k`` is a name, and a lone separator and another name follow it."""
    rest = [numbered[j][1] for j in range(k, min(len(numbered), k + 3))]
    return len(rest) == 3 and _name_line(rest[0]) and bool(_NAME_SEPARATOR.match(rest[1])) and _name_line(rest[2])


def _link_between(block: str, line: str, after: str) -> bool:
    """Is ``line`` an inline element's text cut out of the middle of a sentence (unwrapped dumps)?"""
    nxt = after.strip()
    words = block.split()
    if not nxt or not words or not words[-1][-1].isalpha() or not words[-1][0].islower():
        return False
    if len(words) < MIN_SANDWICH_WORDS and len(words[-1]) > MAX_FUNCTION_WORD:
        return False
    if len(line.split()) > MAX_SANDWICH_WORDS or _SENTENCE_END.search(line.rstrip()):
        return False
    if _classify_line(after)[0] != "plain":
        return False
    return _lower_start(nxt) or bool(_CLOSING_PUNCT.match(nxt) or _ASIDE_START.match(nxt) or _HYPHEN_GLUED.match(nxt) or _NOTE_START.match(nxt))


def _reference_after(block: str, line: str) -> bool:
    """Is ``line`` a footnote mark of the sentence that ``block`` ends with? (A count badge
    after a one-word menu item, 'Inbox' / '[3]', is not.)"""
    return bool(_REFERENCE_MARK.match(line.strip())) and len(block.split()) >= MIN_SANDWICH_WORDS


def _aside_after(block: str, line: str) -> bool:
    """Does ``line`` open a lower-case aside inside the sentence ``block`` stopped in ('...
    Student t-distribution' / '(with one degree of freedom)')? A form label's note ('E-Mail' /
    '(wird nicht veröffentlicht)') follows a word or two, not a sentence."""
    return (
        bool(_ASIDE_START.match(line.strip()) or _NOTE_START.match(line.strip()))
        and _OPEN_END.search(block) is not None
        and len(block.split()) >= MIN_SANDWICH_WORDS
    )


# A dash and a lower-case word ('– man verzichtet auf …', '— those in the highest quartile
# —', '– mówiła.') go on with the sentence cut before an inline element ('<strong>Tubeless
# heisst also schlauchlos</strong> – man …'); a list typed with dashes has more than one.
_DASH_ITEM = re.compile(r"^\s*[-–—]\s+[^\W\d_]")


def _dash_aside(block: Segment, prev_line: str, line: str, after: str) -> bool:
    """Is the dash line ``line`` the rest of the sentence the open ``block`` stopped in
    (unwrapped dumps only)?"""
    if block.bullet or block.quote or not prev_line.strip() or not any(ch.isalpha() for ch in prev_line):
        return False
    m = _DASH_ITEM.match(line)
    if m is None or not m.group()[-1].islower():
        return False
    return _DASH_ITEM.match(after) is None and not _SENTENCE_END.search(prev_line.rstrip())


# Opening brackets and quotation marks that take no space after them: 'Inhaltsverzeichnis (' /
# 'PDF' / ')' is '(PDF)', 'Die „' / 'Toilet Map' is 'Die „Toilet Map'. French guillemets are
# left out: their text stands a (no-break) space inside them.
_OPENING_MARKS = ("(", "[", "„", "¿", "¡")


def _opens_quote(left: str) -> bool:
    """Does ``left`` end with a mark that opens a bracket or quotation? '“' opens an English
    quotation but closes a German one ('„Krone“'): it opens unless a '„' before it is unclosed."""
    if left.endswith(_OPENING_MARKS):
        return True
    return left.endswith("“") and left.count("„") <= left[:-1].count("“")


def join_inline(left: str, right: str) -> str:
    """Join a line cut at an inline element: no space before closing punctuation, after an
    opening bracket or quotation mark, nor inside the quotation marks of a quote cut at its
    edges."""
    right = right.strip()
    left = left.rstrip()
    # An opening mark that stands alone at the block's end (after a space, or the whole block)
    # opens the quotation that follows; German closes with '“' after a word ('„Offshore“').
    if left[-1:] in _OPEN_MARKS and (len(left) == 1 or left[-2].isspace()) or right in _CLOSE_MARKS or right in _CJK_CLOSING:
        return left + right
    if left[-1:] in _CLOSE_MARKS and "\uac00" <= right[0] <= "\ud7a3":
        return left + right  # a Korean ending after the quotation ('…없다”며')
    if _CLOSING_PUNCT.match(right) or _REFERENCE_MARK.match(right) or _open_quote(left) and (left.endswith('"') or right.startswith('"')):
        return left + right
    if right and left and _opens_quote(left):
        return left + right
    if right.startswith("“") and _open_low_quote(left):
        return left + right  # the German closing quotation mark of a quote cut before it
    if left[-1:].isalnum() and _HYPHEN_GLUED.match(right):
        return left + right
    return join_wrapped(left, right)


def _continues(prev_line: str, line: str, width: int | None, measure: Callable[[str], int] = display_width) -> bool:
    """Was ``prev_line`` broken by the renderer's wrapping, so that ``line`` continues it?"""
    if not prev_line or width is None:
        return False
    prev_width = measure(prev_line.rstrip())
    return prev_width + 1 + _first_word_width(line, measure) > width * WRAP_FILL and prev_width >= width * 0.6
