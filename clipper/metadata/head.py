"""The article's head: the headline and the date lines and bylines that stand around it.

Pages carry many headlines (related stories, teasers, menus) and many dates (today's date in
the masthead, tickers, teaser dates). What marks the article's own is where they stand: the
headline sits just above its date line or byline and just before the body, and is often
repeated (breadcrumb, share bar, the page's <title>). Date lines and bylines are then taken
from around that headline before anywhere else.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, replace
from functools import lru_cache

from ..classify.labels import HEADING_RUN, Label, Labelled
from ..lexicon import Lexicon, phrase_key
from ..model import ChromeKind
from ..segment import MAX_WRAP_WIDTH, char_width, display_width, wrap_width
from .authors import Byline, bare_names, looks_like_name, parse_byline
from .dates import CLOCK, FoundDate, _role_labels, find_dates, find_relative, is_dateline, may_hold_date
from .title import same_headline, split_site_suffix

# A headline is a line of a few words, not a paragraph and not a label.
MIN_HEADLINE_CHARS = 12
MIN_HEADLINE_CHARS_UNSPACED = 6  # Han/kana/Hangul carry more per character
MAX_HEADLINE_CHARS = 250
MIN_HEADLINE_WORDS = 2
# How far (in blocks) a date line or byline may stand from its headline.
META_AFTER = 9
# How many blocks (menus and share buttons included) are searched for them.
META_SCAN = 30
# A deck is a paragraph or two of at most this many Latin-letter equivalents.
MAX_DECK_BLOCKS = 2
MAX_DECK_WEIGHT = 400
# The head is near the top: blocks past this many are not searched (bounds the work on huge dumps).
MAX_HEAD_BLOCKS = 3000
META_ABOVE_WEIGHT = 0.5
# Blogs (Naver, Tistory, Ameba) put the post's date line over its title, under the blog's name
# and category. A date line with no headline-like block, byline or other date line right above
# it (past toolbars) belongs to the headline-like line directly under it (nothing between:
# a list heading such as 'More On:' starts teasers), as fully as one under a headline.
META_ABOVE_UNOWNED_WEIGHT = 1.0
DATE_PAIR_GAP = 3
# A bare name is a byline when a date line stands within this many text blocks of it.
NAMES_TO_DATE = 4
META_BEFORE = 2
# Where the head's date lines and bylines are looked for around the headline.
HEAD_SPAN_BEFORE = 3
HEAD_SPAN_AFTER = 16
# Pieces of a date line broken at every tag: short, and at most this many.
MAX_STITCHED_CHARS = 40
MAX_STITCHED_PIECES = 3
# A piece that only carries a time or a connector: 'at', '|', '18.54 GMT', '9:24 pm ET'.
_CLOCK_PIECE = re.compile(r"^\s*(?:at|um|à|às|a las|\||-|–|,)?\s*(?:\d{1,2}[:.h]\d{2}\s*[a-zA-Z.]{0,5}\s*[A-Z]{0,4})?\s*$")
# A date line is short; longer blocks with dates are prose.
MAX_META_CHARS = 200
# Scores of the headline evidence.
SCORE_META_NEAR = 5.0
SCORE_REPEATED = 2.0
SCORE_BODY_NEXT = 1.5
SCORE_NEAR_BODY = 2.0
SCORE_RELATED = 2.0
SCORE_LENGTH = 1.5
SCORE_PAGE_TITLE = 3.0
FULL_HEADLINE_WEIGHT = 50  # Latin-letter equivalents of a headline of six or seven words
# Of two headline-like lines in a row, the first is the headline unless it is much shorter.
DECK_RATIO = 0.7
DECK_LONGER = 1.5
# Teasers in a list are of a kind: similar lengths (a kicker above a headline is much shorter).
TEASER_RATIO = 0.5
MIN_LONG_DECK_WEIGHT = 60  # Latin-letter equivalents: a deck is a sentence (a Korean one of 40 syllables weighs 64)
# A timestamp in a line this short is a date line, whatever else the line holds (names, a place).
MAX_TIMESTAMP_LINE = 100
MIN_REPEATED_CHARS = 20
MIN_REPEATED_UNSPACED = 10
NEAR_BODY_SPAN = 12  # blocks over which closeness to the body start fades out
# The body's first block may be a stray paragraph above the headline: look a little past it.
HEAD_PAST_BODY = 12
# ... or, where the stray blocks are one-line notices (a scraper that puts every element on its
# own line: 'Vielen Dank für Ihre Anmeldung.' ×10 over the headline), until this much body
# (Latin-letter equivalents, two paragraphs or so) has gone by.
HEAD_PAST_BODY_WEIGHT = 600
# ... and never further than this many blocks (a page of short posts has little body weight).
MAX_HEAD_PAST_BODY = 40

_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Image names, form fields, links, truncated teasers, w3m's refresh notice and photo credits are
# not headlines; a short tag in brackets before the words ('[사설] …', '[단독] …') is a headline's.
_NOT_HEADLINE = re.compile(
    r"^\s*(?![\[(][^\]\)\x00-\x7f]{1,8}[\])]\s*\S)[\[<(☆□○•◦▪■*]|\[\s*\]|\[\s{3,}|\(required\)|https?://|www\.|[:：…]\s*$|\.\.\.\s*$|^\W*$|^refresh \(\d+ sec\)"
    r"|\s/\s.*\s/\s|(?:\s[>›»]\s.*){2}|\b(?:afp|reuters|getty images|ap photo|efe|dpa)\s*$",
    re.I,
)
# A blog's category path ('개발/파이썬', 'Reise/Asien'): names joined by slashes with no
# space, which a headline does not look like.
_CATEGORY_PATH = re.compile(r"^\s*[^\W\d_][^\s/]{0,15}(?:/[^\W\d_][^\s/]{0,15}){1,3}\s*$")
# Menu entries a renderer glued without spaces ('AméricaMéxicoVenezuela', 'FacebookTwitterGoogle'):
# a lower-case run then a capital inside a word, twice or more ('iPhone', 'McDonald' have one).
_GLUED_WORDS = re.compile(r"[a-zà-ÿ]{3,}[A-ZÀ-Þ]")
MIN_GLUED_WORDS = 2
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
# A full stop after a word inside the line: two sentences (a caption, 'Created with Sketch. Santé …').
_INNER_SENTENCE = re.compile(r"[^\W\d_]{4,}\.\s+[^\W\d_]")
# Tags: 'La République en marche, Justice, Emmanuel Macron'.
MIN_TAGS = 3
MAX_TAG_WORDS = 4


def _is_tag_list(text: str) -> bool:
    parts = [p.strip() for p in text.split(",")]
    return len(parts) >= MIN_TAGS and all(
        p and p[0].isupper() and len(p.split()) <= MAX_TAG_WORDS and not _SENTENCE_END.search(p) for p in parts
    )


@dataclass(frozen=True, slots=True)
class Meta:
    """What one block near the head says about the article."""

    dates: tuple[FoundDate, ...] = ()
    byline: Byline | None = None
    relative: bool = False  # '3 hours ago', 'Hace 13 horas'
    # The date line is the block's last line, glued under a paragraph by a renderer that left no
    # blank line ('… EU-Austritts' / 'Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr'):
    # the block is still its paragraph (a deck), not a date line.
    tail: str | None = None
    # The date line is the block's first line, a paragraph glued under it (lynx leaves no blank
    # line between a <div> and the <p> after it: 'Monday November 18, 2019 7:45 am PST by Joe
    # Rossignol' / 'Following the 16-inch MacBook Pro, …'): the block is still that paragraph.
    lead: str | None = None

    @property
    def glued(self) -> bool:
        """The date line shares its block with a paragraph, which stays what it is."""
        return self.tail is not None or self.lead is not None

    @property
    def dated(self) -> bool:
        return bool(self.dates) or self.relative

    @property
    def any(self) -> bool:
        return self.dated or (self.byline is not None and not self.byline.lead)


# What a block that says nothing about the article gets: one shared value (Meta is frozen).
_NO_META = Meta()


_NON_WORD = re.compile(r"\W+")


def norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def norm_is(text: str, key: str) -> bool:
    """``norm(text) == key``, told at once for most texts: norm keeps the words of the
    case-folded text, so a text without the key's first word among them is not it."""
    return key.partition(" ")[0] in text.casefold() and norm(text) == key


def _stitched(blocks: list[Labelled], i: int, lexicon: Lexicon) -> str:
    """A date line some renderers break at every tag ('Updated' | 'Nov 13, 2019', 'Nov 18, 2019 at' |
    '9:24 pm ET'): the block joined with the short pieces that follow it, when they belong to it."""
    text = blocks[i].segment.text
    if len(text) > MAX_STITCHED_CHARS:
        return text
    if _is_month(text, lexicon):
        return _month_first_pieces(blocks, i, lexicon)
    label_only = _is_label(text, lexicon)
    dated = bool(find_dates(text, lexicon))
    if not (label_only or dated):
        return text
    pieces = [text]
    for j in range(i + 1, min(len(blocks), i + 1 + MAX_STITCHED_PIECES)):
        piece = blocks[j].segment.text
        if len(piece) > MAX_STITCHED_CHARS:
            break
        if dated and (_is_label(piece, lexicon) or not (CLOCK.search(piece) or _CLOCK_PIECE.match(piece))):
            break  # a label after a dated piece names the next date ('입력' | date | '수정' | date)
        pieces.append(piece)
        if not dated:
            dated = bool(find_dates(" ".join(pieces), lexicon))
            if dated and not label_only:
                break
    return " ".join(pieces)


# A date cut at every tag, a month name first ('Dec' / '28' / 'Sat' / '2013' / '00:28'): this
# many pieces after the month at most, each this short.
MAX_CUT_DATE_PIECES = 4
MAX_CUT_DATE_PIECE_CHARS = 6


@lru_cache(maxsize=4)
def _month_names(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(name for table in lexicon.languages.values() for name in table.months if name.isalpha())


def _is_month(text: str, lexicon: Lexicon) -> bool:
    return text.strip(" .,").casefold() in _month_names(lexicon)


def _month_first_pieces(blocks: list[Labelled], i: int, lexicon: Lexicon) -> str:
    """The month and the short pieces under it, when together they make a date; else the month."""
    pieces = [blocks[i].segment.text]
    for j in range(i + 1, min(len(blocks), i + 1 + MAX_CUT_DATE_PIECES)):
        piece = blocks[j].segment.text.strip()
        if len(piece) > MAX_CUT_DATE_PIECE_CHARS or blocks[j].segment.first_line != blocks[j - 1].segment.last_line + 1:
            break
        pieces.append(piece)
    while len(pieces) > 1:
        joined = " ".join(pieces)
        if find_dates(joined, lexicon):
            return joined
        pieces.pop()
    return pieces[0]


def _opens_cut_date(text: str, lexicon: Lexicon) -> bool:
    """A month name or a date label alone: the pieces after it may complete a date (_stitched)."""
    return _is_month(text, lexicon) or _is_label(text, lexicon)


def _is_label(text: str, lexicon: Lexicon) -> bool:
    key = text.strip(" :：|·-–—").casefold()
    return bool(key) and key in _date_label_set(lexicon)


@lru_cache(maxsize=4)
def _date_label_set(lexicon: Lexicon) -> frozenset[str]:
    """Every table's date labels, case-folded: one set lookup per block instead of a scan of all tables."""
    return frozenset(label for label, _role in _role_labels(lexicon))


def _meta_dates(lab: Labelled, lexicon: Lexicon, month_first: bool, text: str | None = None) -> tuple[FoundDate, ...]:
    text = lab.segment.text if text is None else text
    if len(text) > MAX_META_CHARS:
        return ()
    found = find_dates(text, lexicon, month_first=month_first)
    if not found:
        return ()
    if is_dateline(text, lexicon, month_first=month_first):
        return tuple(found)
    if lab.kind in (ChromeKind.DATELINE, ChromeKind.BYLINE):
        return tuple(found)
    if len(text) <= MAX_TIMESTAMP_LINE and any(d.has_time for d in found):
        return tuple(found)
    return ()


def _tail_meta(lab: Labelled, lexicon: Lexicon, month_first: bool) -> Meta:
    """The date line (and the names on it) a renderer glued under a paragraph as its last line."""
    lines = lab.segment.raw_lines
    if len(lines) < 2 or lab.label is Label.BODY and lab.features.weight > 2 * MAX_META_CHARS:
        return _NO_META
    last = lines[-1].strip()
    if not last or len(last) > MAX_TIMESTAMP_LINE or not lab.segment.text.endswith(last):
        return _NO_META
    found = find_dates(last, lexicon, month_first=month_first)
    # A timestamp, not a day: captions under photos end with days ('… the White House November 1, 2019').
    if not any(d.has_time for d in found) or not is_dateline(last, lexicon, month_first=month_first) and not bare_names(last, lexicon):
        return _NO_META
    names = bare_names(last, lexicon)
    return Meta(tuple(found), Byline(names, [], bare=True) if names else None, tail=last)


def _lead_meta(lab: Labelled, lexicon: Lexicon, month_first: bool) -> Meta:
    """The date line (and the byline on it) a renderer glued over a paragraph as its first line."""
    lines = lab.segment.raw_lines
    if len(lines) < 2 or lab.segment.column:
        return _NO_META
    first = lines[0].strip()
    if not first or len(first) > MAX_TIMESTAMP_LINE or not lab.segment.text.startswith(first):
        return _NO_META
    found = find_dates(first, lexicon, month_first=month_first)
    if not any(d.has_time for d in found):
        return _NO_META  # a timestamp, not a day a sentence names
    byline = parse_byline(first, lexicon)
    if not is_dateline(first, lexicon, month_first=month_first) and (byline is None or not byline.authors):
        return _NO_META
    return Meta(tuple(found), byline, lead=first)


def _glued_meta(lab: Labelled, lexicon: Lexicon, month_first: bool) -> Meta:
    meta = _tail_meta(lab, lexicon, month_first)
    return meta if meta is not _NO_META else _lead_meta(lab, lexicon, month_first)


def _stamp_row(lab: Labelled, lexicon: Lexicon, month_first: bool) -> bool:
    """A row of digits and signs that is a timestamp ('-' / '11/19/19 06:56 AM EST' cut by a
    scraper that puts each element on its own line), not a quote row: a date with a time and
    next to nothing else."""
    text = lab.segment.text
    if len(text) > MAX_TIMESTAMP_LINE or not is_dateline(text, lexicon, month_first=month_first):
        return False
    return any(d.has_time for d in find_dates(text, lexicon, month_first=month_first))


def _labelled_stamp(lab: Labelled, lexicon: Lexicon, month_first: bool) -> bool:
    """A date line whose label is also a comment button's word ('등록 2025.02.11 14:21:06':
    '등록' is 'post' under a comment box): a timestamp its label names, not a comment row."""
    return _stamp_row(lab, lexicon, month_first) and any(d.role for d in find_dates(lab.segment.text, lexicon, month_first=month_first))


def _may_hold_names(lab: Labelled) -> bool:
    """Menus and teaser lists hold capitalised phrases that are not bylines ('Revista Vea')."""
    kind = lab.kind  # identity tests: 'in' on a tuple of str enums falls back to string comparison
    return kind is None or kind is ChromeKind.OTHER or kind is ChromeKind.BYLINE or kind is ChromeKind.DATELINE or kind is ChromeKind.RELATED


_UNREAD = Byline()  # a text not yet read as a byline (None: read, and no byline)


def scan(blocks: list[Labelled], lexicon: Lexicon, month_first: bool) -> list[Meta]:
    """Date lines and bylines, block by block. Ticker and comment rows say nothing; teaser rows
    are read too, because the classifier may take the article's own head for a teaser run (the
    headline decides which date line is the article's)."""
    metas: list[Meta] = []
    limit = min(len(blocks), MAX_HEAD_BLOCKS + META_SCAN)
    # Menus and teaser lists repeat their entries: each distinct text is read as a byline once.
    bylines: dict[str, Byline | None] = {}
    for lab in blocks[:limit]:
        if lab.kind is ChromeKind.COMMENTS and not _labelled_stamp(lab, lexicon, month_first) or lab.kind is ChromeKind.TICKER and not _stamp_row(lab, lexicon, month_first):
            metas.append(_NO_META)
            continue
        text = lab.segment.text
        if len(text) > MAX_META_CHARS:
            metas.append(_glued_meta(lab, lexicon, month_first))
            continue
        byline = bylines.get(text, _UNREAD)
        if byline is _UNREAD:
            byline = bylines[text] = parse_byline(text, lexicon)
        if not may_hold_date(text) and not (len(text) <= MAX_STITCHED_CHARS and _opens_cut_date(text, lexicon)):
            # Most blocks: no date in the text, nor in pieces after it that _stitched would join.
            dates: tuple[FoundDate, ...] = ()
        else:
            dates = _meta_dates(lab, lexicon, month_first, _stitched(blocks, len(metas), lexicon))
            if not dates and byline is not None and byline.authors:
                # 'Accueil | Par Loïc Le Clerc | 30 septembre 2018': a byline row carries the date.
                dates = tuple(find_dates(text, lexicon, month_first=month_first))
            if not dates and byline is None and _may_hold_names(lab):
                # 'Patricio Candia | Palma de Mallorca | 08/01/2014': names and a date in one row.
                found = find_dates(text, lexicon, month_first=month_first)
                names = bare_names(text, lexicon) if found else []
                if names:
                    dates, byline = tuple(found), Byline(names, [], bare=True)
            if dates and byline is None:
                byline = _names_before_row(blocks, len(metas), lexicon)
        relative = not dates and len(text) <= MAX_TIMESTAMP_LINE and bool(find_relative(text))
        if not (dates or byline or relative):
            metas.append(_glued_meta(lab, lexicon, month_first))
            continue
        metas.append(Meta(dates, byline, relative))
    _labels_on_own_line(blocks, metas, lexicon)
    # A bare name ('Jeanne Corriveau') is a byline only near a date line, or right after a lone 'By'.
    prefixes = _lone_prefixes(lexicon)
    dated = [j for j, m in enumerate(metas) if m.dated]
    # carried[k]: blocks before k that carry text, so that a gap is one subtraction.
    carried = list(accumulate(map(_carries_text, blocks[:limit]), initial=0))

    def gap(a: int, b: int) -> int:  # _gap(blocks, a, b)
        return 1 + max(0, carried[b] - carried[a + 1])

    for i, lab in enumerate(blocks[:limit]):
        if metas[i].byline is not None or len(lab.segment.text) > MAX_META_CHARS or not _may_hold_names(lab):
            continue
        after_prefix = i > 0 and blocks[i - 1].segment.text.strip().casefold() in prefixes
        near = dated[bisect_left(dated, i - META_SCAN) : bisect_right(dated, i + META_SCAN)]
        if not (near or after_prefix) or continues_heading(blocks, i):
            continue  # most blocks: no date line within reach, no lone 'By' above
        near_date = any(gap(min(i, j), max(i, j)) <= NAMES_TO_DATE for j in near)
        if near_date or after_prefix:
            names = bare_names(lab.segment.text, lexicon)
            if names:
                # After its 'Par' / 'By' the line is a byline, only cut in two by the scraper.
                metas[i] = replace(metas[i], byline=Byline(names, [], bare=not after_prefix))
    return metas + [_NO_META] * (len(blocks) - len(metas))


# What opens the rest of a byline row a scraper cut after the names ('Patricio Candia' / '| Palma de Mallorca | 08/01/2014').
_ROW_GOES_ON = re.compile(r"^\s*[|·•/–—-]\s")


def _names_before_row(blocks: list[Labelled], i: int, lexicon: Lexicon) -> Byline | None:
    """The names that open a date row cut after them: the line right above holds only names."""
    if i == 0 or not _ROW_GOES_ON.match(blocks[i].segment.text):
        return None
    prev = blocks[i - 1]
    if prev.segment.last_line + 1 != blocks[i].segment.first_line or len(prev.segment.text) > MAX_META_CHARS:
        return None
    names = bare_names(prev.segment.text, lexicon)
    return Byline(names, [], bare=True) if names else None


def _labels_on_own_line(blocks: list[Labelled], metas: list[Meta], lexicon: Lexicon) -> None:
    """'입력' / '2024.08.13. 오전 11:42' / '수정' / '…': a scraper that puts each element on its
    own line separates the label from its date; the label still names the date's role."""
    labels = dict(_role_labels(lexicon))
    for i in range(1, len(metas)):
        if not metas[i].dates or metas[i].dates[0].role is not None:
            continue
        role = labels.get(blocks[i - 1].segment.text.strip(" :：|").casefold())
        if role is None:
            continue
        first, *rest = metas[i].dates
        metas[i] = replace(metas[i], dates=(replace(first, role=role), *rest))
        label = blocks[i - 1]
        if label.label is not Label.BODY:
            label.set(Label.CHROME, ChromeKind.DATELINE, "date label on its own line")


@lru_cache(maxsize=4)
def _lone_prefixes(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(p.casefold() for t in lexicon.languages.values() for p in t.byline_prefixes)


# A ranked list of teasers glued into one line ('1 Mayor signs budget … 2 Subway delays … 3 …').
_RANKED_ROW = re.compile(r"^\s*1[.)]?\s+\S.*?\s2[.)]?\s+\S.*?\s3[.)]?\s+\S")


def _headline_like(lab: Labelled, lexicon: Lexicon) -> bool:
    text = lab.segment.text
    listed = lab.kind is ChromeKind.NAVIGATION and HEADING_RUN in lab.extra  # an item of 'Temas', 'Etiquetas'
    if lab.segment.bullet or lab.kind not in (None, ChromeKind.OTHER, ChromeKind.RELATED) and not listed or "chrome_heading" in lab.extra:
        return False  # a heading the tables know introduces a list ('많이 본 뉴스'): no headline
    if len(text) > MAX_HEADLINE_CHARS or len(text) < MIN_HEADLINE_CHARS_UNSPACED:
        return False
    if _NOT_HEADLINE.search(text) or text.count("|") >= 2 or _CATEGORY_PATH.match(text):
        return False
    if len(_UNSPACED.findall(text)) > len(text) / 3:
        if len(text) < MIN_HEADLINE_CHARS_UNSPACED:
            return False
    elif len(text) < MIN_HEADLINE_CHARS or len(text.split()) < MIN_HEADLINE_WORDS:
        return False
    if len(text) <= MAX_TIMESTAMP_LINE and (CLOCK.search(text) or find_relative(text) or find_dates(text, lexicon)):
        return False  # 'Online seit heute, 12.09 Uhr': a date line the date parser cannot place
    if _RANKED_ROW.match(text):
        return False  # a numbered 'Most read' list glued into one paragraph
    if _INNER_SENTENCE.search(text) or _is_tag_list(text) or len(_GLUED_WORDS.findall(text)) >= MIN_GLUED_WORDS:
        return False
    if looks_like_name(text):
        return False  # a name ('Sarah E. Needleman') or a masthead ('The Wall Street Journal')
    if text[0].isalpha() and text[0].islower():
        return False
    # A headline is one or two sentences at most and rarely ends with a full stop.
    if len(_SENTENCE_END.findall(text)) > 1 or text.rstrip().endswith((".", "。", "।")):
        return False
    # UI phrases, alone or glued into one line, last: the costliest test.
    return not (lexicon.match_exact(text) or _glued_phrases(text, lexicon) or _menu_row(text, lexicon))


# A headless loader glues the menu into one line ('Reuters World Business Markets
# Sustainability Legal …'): this many words or more, half of them menu words, is a menu, however
# few of its words the tables know; a title-case headline is shorter or says other things.
MIN_MENU_ROW_WORDS = 8
MENU_ROW_KNOWN_SHARE = 0.5


def _menu_row(text: str, lexicon: Lexicon) -> bool:
    words = phrase_key(text).split()
    if len(words) < MIN_MENU_ROW_WORDS:
        return False
    return sum(1 for w in words if w in lexicon.exact) >= MENU_ROW_KNOWN_SHARE * len(words)


# The longest UI phrase, in words, looked for inside a glued run of them.
MAX_PHRASE_WORDS = 5


def _glued_phrases(text: str, lexicon: Lexicon) -> bool:
    """UI phrases a renderer glued without separators ('Compartir en Facebook Compartir en
    Twitter'): the words split, left to right, into phrases of the tables, two or more."""
    words = phrase_key(text).split()
    if len(words) < 2 or len(words) > MAX_PHRASE_WORDS * 4:
        return False
    # fewest[k]: the fewest phrases covering words[:k] (None when they cannot be covered).
    fewest: list[int | None] = [0] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - MAX_PHRASE_WORDS), end):
            if fewest[start] is not None and " ".join(words[start:end]) in lexicon.exact:
                count = fewest[start] + 1
                if fewest[end] is None or count < fewest[end]:
                    fewest[end] = count
    return fewest[-1] is not None and fewest[-1] >= 2


@dataclass(frozen=True, slots=True)
class _Repeats:
    """Every block key's count, and the keys sorted forwards and backwards: built once per
    page, so asking whether a block repeats elsewhere costs a lookup and two binary searches,
    not a page scan (nor a set of every word-bounded start and end of every block)."""

    counts: Counter[str]
    starts: list[str]  # the keys, sorted
    ends: list[str]  # the keys reversed, sorted


def _repeats(keys: list[str]) -> _Repeats:
    present = [k for k in keys if k]
    return _Repeats(Counter(present), sorted(set(present)), sorted({k[::-1] for k in present}))


def _has_longer(sorted_keys: list[str], prefix: str) -> bool:
    """Some key starts with ``prefix`` and goes on."""
    i = bisect_left(sorted_keys, prefix)
    return i < len(sorted_keys) and sorted_keys[i].startswith(prefix)


def _repeatable(key: str) -> bool:
    """Long enough for a repetition to say 'headline': short labels ('Politik', 'Советы
    хозяйке') repeat in every menu; headlines repeat rarely."""
    return len(key) >= (MIN_REPEATED_UNSPACED if _UNSPACED.search(key) else MIN_REPEATED_CHARS)


def _repeated(i: int, keys: list[str], repeats: _Repeats) -> bool:
    key = keys[i]
    if not _repeatable(key):
        return False
    # The same text elsewhere, or a longer block that starts or ends with it ('Headline - Site').
    return repeats.counts[key] > 1 or _has_longer(repeats.starts, key + " ") or _has_longer(repeats.ends, key[::-1] + " ")


def _any_body(blocks: list[Labelled], a: int, b: int) -> bool:
    return any(blocks[k].label is Label.BODY for k in range(a + 1, b))


def _body_between(blocks: list[Labelled], a: int, b: int) -> bool:
    """More body than a deck stands between a and b: a sign-off under the body ('홍길동 기자
    hong@…') is not the head's byline, but a headline whose deck the classifier read as body
    still owns the byline under that deck."""
    between = [blocks[k] for k in range(a + 1, b) if blocks[k].label is Label.BODY]
    return len(between) > MAX_DECK_BLOCKS or sum(lab.features.weight for lab in between) > MAX_DECK_WEIGHT


def _carries_text(lab: Labelled) -> bool:
    return lab.kind in (None, ChromeKind.OTHER) or lab.label is Label.BODY


def _gap(blocks: list[Labelled], a: int, b: int) -> int:
    """Blocks between a and b (a < b) that carry text: share buttons and menus do not count."""
    return 1 + sum(1 for k in range(a + 1, b) if _carries_text(blocks[k]))


# A wrapped Markdown heading's second line is short ('# NASA … of Jupiter's' / 'Moon Europa').
MAX_HEADING_TAIL_CHARS = 60


def continues_heading(blocks: list[Labelled], i: int) -> bool:
    """Block i is the rest of a Markdown heading the renderer wrapped onto the next line."""
    if i == 0:
        return False
    prev, seg = blocks[i - 1].segment, blocks[i].segment
    return (
        prev.heading > 0 and seg.heading == 0 and not seg.bullet
        and seg.first_line == prev.last_line + 1 and len(seg.text) <= MAX_HEADING_TAIL_CHARS
        # a whole line, not one part of a line a scraper glued from several blocks
        and (i + 1 >= len(blocks) or blocks[i + 1].segment.first_line > seg.last_line)
    )


# A text renderer wraps lines at about 80 columns; a line this wide may go on on the next line.
MIN_WRAPPED_COLUMNS = 70


def wrapped_tail(blocks: list[Labelled], i: int, metas: list[Meta]) -> bool:
    """Block i is the end of the line above it, which the renderer wrapped at its width
    ('…アプリ「フリーWi-Fiプロテクショ' / 'ン」'): the line above is as wide as a wrapped line, this
    one short and directly under it, and neither a date line nor a byline."""
    if i == 0 or i >= len(blocks) or metas[i].any:
        return False
    prev, seg = blocks[i - 1].segment, blocks[i].segment
    return (
        prev.first_line == prev.last_line and seg.first_line == prev.last_line + 1 and not seg.bullet and seg.heading == 0
        and len(seg.text) <= MAX_HEADING_TAIL_CHARS and not _SENTENCE_END.search(prev.text[-2:] + " ")
        and sum(char_width(c) for c in prev.text) >= MIN_WRAPPED_COLUMNS
        and (i + 1 >= len(blocks) or blocks[i + 1].segment.first_line > seg.last_line)
        and wrapped_dump(blocks)
    )


# Of the lines wide enough to have been wrapped, more than this share run past any wrap width in
# a dump of whole elements (BeautifulSoup: 878 of 1066 dev pages; w3m: 6 of 1066).
MAX_WRAPPED_LONG_SHARE = 0.5


def wrapped_dump(blocks: list[Labelled]) -> bool:
    """Did the renderer wrap its lines at a width (w3m, lynx, html2text)? BeautifulSoup and
    inscriptis put each element on its own line, however long: there a short line under a
    long headline is the next element (its deck), not the headline's wrapped end."""
    lines: list[str] = []
    seen: set[int] = set()
    for lab in blocks:
        if lab.segment.first_line not in seen:  # the parts of a glued line share its lines
            seen.add(lab.segment.first_line)
            lines += lab.segment.raw_lines
    if wrap_width(lines) is not None or wrap_width(lines, len) is not None:
        return True
    widths = [display_width(line.rstrip()) for line in lines]
    wide = sum(1 for w in widths if w >= MIN_WRAPPED_COLUMNS)
    return sum(1 for w in widths if w > MAX_WRAP_WIDTH) <= MAX_WRAPPED_LONG_SHARE * wide


def _page_title(blocks: list[Labelled]) -> str | None:
    """The page's <title> when the dump starts with it ('Headline | Site'), without the site name."""
    if not blocks or blocks[0].segment.first_line > 2 or blocks[0].label is Label.BODY:
        return None
    text, _site = split_site_suffix(blocks[0].segment.text)
    return text if len(text) >= MIN_HEADLINE_CHARS else None


# Headlines of one list of teasers: this many or more in a row, of similar lengths.
MIN_TEASER_RUN = 3


def _in_teaser_list(blocks: list[Labelled], keys: list[str], like: list[bool], i: int) -> bool:
    """Block i stands in a run of headline-like lines of similar length (a 'More on' list),
    not alone over its deck and date line as an article's headline does. The last of the run
    with its byline or date line right under it is the article's headline after all."""
    def in_run(k: int) -> bool:
        # A teaser's headline the renderer wrapped ('## Two patients … scramble to' / 'prevent
        # outbreak') goes on on the next line: that line is part of the run, not its end.
        return like[k] or continues_heading(blocks, k)

    lo = hi = i
    while lo > 0 and in_run(lo - 1):
        lo -= 1
    while hi + 1 < len(like) and in_run(hi + 1):
        hi += 1
    items = [k for k in range(lo, hi + 1) if like[k] and not continues_heading(blocks, k)]
    if len(items) < MIN_TEASER_RUN:
        return False
    size = len(blocks[i].segment.text)
    similar = {
        keys[k] for k in items
        if TEASER_RATIO * size <= len(blocks[k].segment.text) <= size / TEASER_RATIO
    }
    return len(similar) >= MIN_TEASER_RUN


def _prompt(lab: Labelled, lexicon: Lexicon) -> bool:
    """A heading that introduces teasers ('See also', 'Lesen Sie auch', '관련기사', 'More On:')."""
    text = lab.segment.text.strip().strip("#").strip()
    return lab.kind is ChromeKind.RELATED and (lexicon.match_heading(text) is ChromeKind.RELATED or text.endswith((":", "：")))


def _prompted(blocks: list[Labelled], i: int, lexicon: Lexicon) -> bool:
    """Block i is a teaser's headline: right under a prompt heading, or under the topic line such a
    prompt names ('More On:' / 'plague' / '## <teaser>'). The article's headline has no prompt."""
    if i < 1:
        return False
    above = blocks[i - 1]
    if _prompt(above, lexicon):
        return True
    return i >= 2 and above.kind is ChromeKind.RELATED and above.features.weight < MIN_REPEATED_CHARS and _prompt(blocks[i - 2], lexicon)


def _owned(blocks: list[Labelled], metas: list[Meta], like: list[bool], j: int) -> bool:
    """Does a headline-like block, or a byline or another date line, stand right above date
    line j (past the blocks _gap does not count)? A byline over the date line means the head
    (headline, byline, date) is above it; a blog's date line stands alone over the title."""
    k = j - 1
    while k >= 0 and not (blocks[k].kind in (None, ChromeKind.OTHER) or blocks[k].label is Label.BODY or metas[k].any):
        k -= 1
    if k >= 0 and (like[k] or metas[k].any):
        return True
    # A second date line a little higher ('03/05/2022' … 'Actualizado al 03/05/2022'): a news
    # head's published and updated pair, not a blog post's one date.
    return any(metas[m].dated and _gap(blocks, m, j) <= DATE_PAIR_GAP for m in range(max(0, j - META_SCAN), j))


def _past_body(blocks: list[Labelled], first: int) -> int:
    """Where the search for the headline stops past the body's first block (see HEAD_PAST_BODY)."""
    end, weight = first + HEAD_PAST_BODY, 0.0
    for k in range(first, min(len(blocks), first + MAX_HEAD_PAST_BODY)):
        if k >= end and weight >= HEAD_PAST_BODY_WEIGHT:
            return k
        if blocks[k].label is Label.BODY:
            weight += blocks[k].features.weight
    return min(len(blocks), first + MAX_HEAD_PAST_BODY)


def headline_scores(blocks: list[Labelled], metas: list[Meta], lexicon: Lexicon, first: int) -> list[tuple[float, int]]:
    """(score, index) of every headline-like block before the body (and a little past its start)."""
    limit = min(len(blocks), _past_body(blocks, first), MAX_HEAD_BLOCKS)
    keys = [norm(b.segment.text) if len(b.segment.text) <= MAX_HEADLINE_CHARS * 2 else "" for b in blocks]
    repeats = _repeats(keys)
    scores: list[tuple[float, int]] = []
    page_title = _page_title(blocks)
    titled = [i for i in range(1, limit) if page_title and same_headline(blocks[i].segment.text, page_title)]
    reach = min(len(blocks), limit + META_SCAN)
    like = [not metas[k].any and _headline_like(blocks[k], lexicon) for k in range(reach)]
    # next_like[k]: the first headline-like block at k or after it (reach when none).
    next_like = [reach] * (reach + 2)
    for k in range(reach - 1, -1, -1):
        next_like[k] = k if like[k] else next_like[k + 1]
    # Short labels the page also shows as navigation or a label's value ('ベランダ菜園' under
    # 'カテゴリー' and after 'テーマ：') name a section, not this article.
    labels = {keys[k] for k in range(reach) if blocks[k].kind is ChromeKind.NAVIGATION and keys[k] and not _repeatable(keys[k])}
    for i in range(limit):
        lab = blocks[i]
        if not like[i] or continues_heading(blocks, i) or keys[i] in labels:
            continue
        score = 0.0
        after = range(i + 1, min(len(blocks), i + 1 + META_SCAN))
        before = range(max(0, i - META_SCAN), i)
        # The closer the date line or byline, the surer the headline; one above it counts less
        # (most pages put them under the headline).
        # A sign-off under the body ('홍길동 기자 hong@…') is not the head's byline. Past a
        # little body (a deck read as body), the date line belongs to the nearest headline
        # above it: another headline-like line in that body (not the deck right under this
        # block) claims it.
        near = [
            (_gap(blocks, i, j), 1.0)
            for j in after
            if metas[j].any and not _body_between(blocks, i, j)
            and (next_like[min(i + 2, reach)] >= j or not _any_body(blocks, i, j))
        ]
        near += [
            (d, META_ABOVE_UNOWNED_WEIGHT if j == i - 1 and not _owned(blocks, metas, like, j) else META_ABOVE_WEIGHT)
            for j in before if metas[j].dated for d in (_gap(blocks, j, i),)
        ]
        weights = [w * (1 - (d - 1) / (META_AFTER + 1)) for d, w in near if d <= META_AFTER]
        if weights:
            score += SCORE_META_NEAR * max(weights)
        # Headlines say something: a kicker or a section label ('Opinion', 'Новости красоты') is shorter.
        score += SCORE_LENGTH * min(1.0, lab.features.weight / FULL_HEADLINE_WEIGHT)
        if _repeated(i, keys, repeats):
            score += SCORE_REPEATED
        if i in titled:
            score += SCORE_PAGE_TITLE  # the page's <title> names it
        elif i == 0 and page_title and any(_headline_like(blocks[j], lexicon) for j in titled):
            score -= SCORE_PAGE_TITLE  # the <title> itself, when the headline stands below it
        nxt = next((j for j in after if blocks[j].label is Label.BODY or not blocks[j].kind), None)
        if nxt is not None and blocks[nxt].label is Label.BODY:
            score += SCORE_BODY_NEXT
        if first < len(blocks) and i <= first:
            score += max(0.0, SCORE_NEAR_BODY * (1 - (first - i) / NEAR_BODY_SPAN))
        if lab.label is Label.BODY:
            score -= SCORE_BODY_NEXT  # a body paragraph is rarely the headline
        listed = not (i + 1 < len(metas) and metas[i + 1].any) and _in_teaser_list(blocks, keys, like, i)
        if lab.kind is ChromeKind.RELATED or listed or _prompted(blocks, i, lexicon):
            score -= SCORE_RELATED  # a teaser; only a date line next to it says otherwise
        scores.append((score, i))
    return scores


_SEPARATED = re.compile(r"\s[|｜]\s")


def find_headline(blocks: list[Labelled], metas: list[Meta], lexicon: Lexicon, first: int) -> int | None:
    """The index of the article's headline, or None."""
    scores = headline_scores(blocks, metas, lexicon, first)
    # Ties go to the later block: nearer the body.
    best = max(scores, default=None)
    if not best or best[0] <= 0:
        return None
    chosen = _fuller_below(blocks, metas, lexicon, best[1])
    prev = chosen - 1
    if prev < 0 or metas[prev].any or not _headline_like(blocks[prev], lexicon):
        return chosen
    if _SEPARATED.search(blocks[prev].segment.text):
        return chosen  # a site name and its slogan, or the <title> with the site: not a headline over its deck
    if blocks[prev].kind is ChromeKind.NAVIGATION:
        return chosen  # the last item of a list of tags ('Temas', 'Etiquetas'), not a headline over its deck
    above = prev - 1
    teasers = (
        above >= 0 and not metas[above].any and _headline_like(blocks[above], lexicon)
        and len(blocks[above].segment.text) >= TEASER_RATIO * len(blocks[prev].segment.text)
        # a masthead row ('ZDNet Korea   로그인 | 회원가입') is no teaser
        and not _SEPARATED.search(blocks[above].segment.text)
    )
    if teasers:
        return chosen  # a list of teasers above the headline
    # A Markdown heading over one of a lower level ('# Headline' / '## Deck') is the headline.
    if 0 < blocks[prev].segment.heading < blocks[chosen].segment.heading:
        return prev
    # A much longer line under a headline is its deck.
    longer = len(blocks[chosen].segment.text) >= DECK_LONGER * len(blocks[prev].segment.text)
    if longer and blocks[chosen].features.weight >= MIN_LONG_DECK_WEIGHT:
        return prev
    # Two headline-like lines in a row are a headline and its deck, unless the first is much
    # shorter ('Continue reading the main story' above the headline).
    if len(blocks[prev].segment.text) >= DECK_RATIO * len(blocks[chosen].segment.text):
        return prev
    return chosen


# A body line that names the chosen headline is its fuller form only if not much longer: a
# breadcrumb drops a kicker or a question, a sentence of the body says a good deal more.
MAX_FULLER_BODY_RATIO = 2.0


def _fuller_below(blocks: list[Labelled], metas: list[Meta], lexicon: Lexicon, chosen: int) -> int:
    """A breadcrumb's last item or a share bar shortens the headline ('Niederlage für Johnson: …'
    over its date line, then 'Tag der Abstimmung: Niederlage für Johnson: … - wie geht es jetzt
    weiter?'): a headline-like line a few blocks below that holds the chosen one whole and says
    more is the headline itself. Not inside a toolbar: 'Share All sharing options for: <headline>'
    is a share button's label."""
    key = norm(blocks[chosen].segment.text)
    for j in range(chosen + 1, min(len(blocks), chosen + 1 + META_AFTER)):
        other = norm(blocks[j].segment.text)
        if (
            len(other) > len(key) and f" {key} " in f" {other} " and not metas[j].any and _headline_like(blocks[j], lexicon)
            and (blocks[j].label is not Label.BODY or len(other) <= MAX_FULLER_BODY_RATIO * len(key))
        ):
            if not any(blocks[k].kind in _TOOLBAR for k in (j - 1, j + 1) if k < len(blocks)):
                return j
    return chosen


# Toolbars between a headline and its byline ('Click to share on Reddit', '•') do not push
# the byline out of reach; the span still ends this many blocks after the headline at most.
MAX_HEAD_SPAN_AFTER = 48


def head_span(title: int | None, first: int, blocks: list[Labelled]) -> list[int]:
    """Blocks to read date lines and bylines from, nearest after the headline first. After the
    headline, HEAD_SPAN_AFTER blocks that carry text are read; menus and share buttons between
    them are read too but not counted."""
    n = len(blocks)
    anchor = title if title is not None else min(first, n) - 1
    if anchor < 0:
        return []
    after: list[int] = []
    counted = 0
    for k in range(anchor + 1, min(n, anchor + 1 + MAX_HEAD_SPAN_AFTER)):
        if counted >= HEAD_SPAN_AFTER:
            break
        after.append(k)
        if blocks[k].label is not Label.CHROME or blocks[k].kind not in _TOOLBAR:
            counted += 1
    before = list(range(anchor - 1, max(-1, anchor - 1 - HEAD_SPAN_BEFORE), -1))
    return after + before


_TOOLBAR = frozenset({ChromeKind.NAVIGATION, ChromeKind.SHARE, ChromeKind.SUBSCRIPTION, ChromeKind.ADVERTISEMENT, ChromeKind.FONT_SIZE, ChromeKind.REACTIONS})


# HTML: the page names its headline twice, in its markup (og:title, JSON-LD headline, <title>
# without the site name) and as a visible heading. Where the two agree, that heading is the
# headline; where nothing agrees, the <h1> nearest the body is. A paragraph is never taken:
# the generic scoring above, made for text dumps, can pick a lead sentence under a short <h1>.
# How far before the body's first block the headline's <h1> may stand (toolbars, pictures and
# captions sit between them).
DOM_HEADLINE_BEFORE = 40
# Elements of running text: a block of one of these is a paragraph, not a headline.
PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "blockquote", "pre", "td"})
# A heading that is mostly link is a site logo or a teaser.
MAX_HEADLINE_LINK_DENSITY = 0.5
# Chrome kinds a headline block may carry (the classifier often calls a lone short <h1> 'other').
_HEADLINE_KINDS = frozenset({None, ChromeKind.OTHER, ChromeKind.RELATED})


def _dom_candidate(lab: Labelled, any_kind: bool = False) -> bool:
    """A block that may be the headline; ``any_kind`` when it will also have to say the markup's
    headline, which outweighs the container it sits in (an <h1> inside a 'tags' wrapper)."""
    dom = lab.segment.dom
    return (
        dom is not None and (any_kind or lab.kind in _HEADLINE_KINDS) and not lab.segment.bullet
        and dom.link_density < MAX_HEADLINE_LINK_DENSITY and len(lab.segment.text) <= MAX_HEADLINE_CHARS
    )


def dom_headline(blocks: list[Labelled], first: int, page_title: str | None, lexicon: Lexicon) -> int | None:
    """The headline of an HTML page (see above), or None to let the generic scoring choose."""
    if not blocks or blocks[0].segment.dom is None:
        return None
    lo = max(0, min(first, len(blocks)) - DOM_HEADLINE_BEFORE)
    hi = min(len(blocks), first + HEAD_PAST_BODY)
    # Nearest the body first: above it, then a little past its start.
    order = list(range(min(first, len(blocks)) - 1, lo - 1, -1)) + list(range(first, hi))
    if page_title:
        key = norm(page_title)
        headings = [i for i in order if _dom_candidate(blocks[i], any_kind=True) and blocks[i].segment.dom.heading_level]
        same = [i for i in headings if _names_page_title(blocks[i].segment.text, page_title)]
        # Any element whose text is exactly the markup's headline ('<div class="title">').
        same += [
            i for i in order if _dom_candidate(blocks[i]) and i not in headings
            and (
                norm_is(blocks[i].segment.text, key) or _starts_title(blocks[i].segment.text, page_title)
            )
        ]
        if same:
            return same[0]
    for i in order:
        lab = blocks[i]
        if _dom_candidate(lab) and lab.segment.dom.heading_level == 1 and _sized_headline(lab.segment.text, lexicon):
            return i
    return None


# A heading that holds the markup's headline, or is held by it, says most of it: a section
# heading inside the story ('Il Climate Clock') is a small part of the headline.
MIN_TITLE_SHARE = 0.6


# What stands between a headline and the section or site names after it in a <title>
# ('Headline_Section_Site', 'Headline（CNET Japan）', 'Headline @ Blog :: Portal').
_TITLE_PARTS = "_|-–—:·•»｜／（(【[@"


def _names_page_title(text: str, page_title: str) -> bool:
    a, b = norm(text), norm(page_title)
    if same_headline(text, page_title) and min(len(a), len(b)) >= MIN_TITLE_SHARE * max(len(a), len(b)):
        return True
    return _starts_title(text, page_title)


def _starts_title(text: str, page_title: str) -> bool:
    """The <title> is this text, then section or site names after a separator."""
    head, title = text.strip(), page_title.strip()
    if not title.startswith(head):
        return False  # the cheap test first: most blocks are not the title's start
    rest = title[len(head):].lstrip()
    return bool(rest) and rest[0] in _TITLE_PARTS and len(norm(head)) >= MIN_REPEATED_UNSPACED


def _sized_headline(text: str, lexicon: Lexicon) -> bool:
    """Long enough to name an article and not a UI phrase ('Menü', 'Nachrichten')."""
    unspaced = len(_UNSPACED.findall(text)) > len(text) / 3
    return len(text) >= (MIN_HEADLINE_CHARS_UNSPACED if unspaced else MIN_HEADLINE_CHARS_UNSPACED + 2) and not lexicon.match_exact(text)


def paragraph_block(lab: Labelled) -> bool:
    """A body paragraph of an HTML page: its text stays in the body, whatever its shape."""
    dom = lab.segment.dom
    return dom is not None and lab.label is Label.BODY and dom.tag in PARAGRAPH_TAGS
