"""The article's head: the headline and the date lines and bylines that stand around it.

Pages carry many headlines (related stories, teasers, menus) and many dates (today's date in
the masthead, tickers, teaser dates). What marks the article's own is where they stand: the
headline sits just above its date line or byline and just before the body, and is often
repeated (breadcrumb, share bar, the page's <title>). Date lines and bylines are then taken
from around that headline before anywhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..classify.labels import Label, Labelled
from ..lexicon import Lexicon
from ..model import ChromeKind
from .authors import Byline, bare_names, parse_byline
from .dates import FoundDate, find_dates, is_dateline

# A headline is a line of a few words, not a paragraph and not a label.
MIN_HEADLINE_CHARS = 12
MIN_HEADLINE_CHARS_UNSPACED = 6  # Han/kana/Hangul carry more per character
MAX_HEADLINE_CHARS = 250
MIN_HEADLINE_WORDS = 3
# How far (in blocks) a date line or byline may stand from its headline.
META_AFTER = 9
META_BEFORE = 2
# Where the head's date lines and bylines are looked for around the headline.
HEAD_SPAN_BEFORE = 3
HEAD_SPAN_AFTER = 16
# A date line is short; longer blocks with dates are prose.
MAX_META_CHARS = 200
# Scores of the headline evidence.
SCORE_META_NEAR = 5.0
SCORE_REPEATED = 2.0
SCORE_BODY_NEXT = 1.5
SCORE_NEAR_BODY = 2.0
SCORE_RELATED = 2.0
# Of two headline-like lines in a row, the first is the headline unless it is much shorter.
DECK_RATIO = 0.8
# A timestamp in a line this short is a date line, whatever else the line holds (names, a place).
MAX_TIMESTAMP_LINE = 100
NEAR_BODY_SPAN = 12  # blocks over which closeness to the body start fades out
# The body's first block may be a stray paragraph above the headline: look a little past it.
HEAD_PAST_BODY = 12

_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Image names, form fields, links, truncated teasers, w3m's refresh notice and photo credits are not headlines.
_NOT_HEADLINE = re.compile(
    r"^\s*[\[<(☆□○•◦▪■*]|\[\s*\]|\[\s{3,}|\(required\)|https?://|www\.|[:：…]\s*$|\.\.\.\s*$|^\W*$|^refresh \(\d+ sec\)"
    r"|\s/\s.*\s/\s|(?:\s[>›»]\s.*){2}|\b(?:afp|reuters|getty images|ap photo|efe|dpa)\s*$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")


@dataclass(frozen=True, slots=True)
class Meta:
    """What one block near the head says about the article."""

    dates: tuple[FoundDate, ...] = ()
    byline: Byline | None = None

    @property
    def any(self) -> bool:
        return bool(self.dates) or self.byline is not None


def norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _meta_dates(lab: Labelled, lexicon: Lexicon, month_first: bool) -> tuple[FoundDate, ...]:
    text = lab.segment.text
    if len(text) > MAX_META_CHARS:
        return ()
    found = find_dates(text, lexicon, month_first=month_first)
    if not found:
        return ()
    if is_dateline(text, lexicon, month_first=month_first) or any(d.role for d in found):
        return tuple(found)
    if lab.kind in (ChromeKind.DATELINE, ChromeKind.BYLINE):
        return tuple(found)
    if len(text) <= MAX_TIMESTAMP_LINE and any(d.has_time for d in found):
        return tuple(found)
    return ()


def scan(blocks: list[Labelled], lexicon: Lexicon, month_first: bool) -> list[Meta]:
    """Date lines and bylines, block by block (ticker, related and comment rows say nothing)."""
    metas: list[Meta] = []
    for lab in blocks:
        if lab.kind in (ChromeKind.TICKER, ChromeKind.RELATED, ChromeKind.COMMENTS) or len(lab.segment.text) > MAX_META_CHARS:
            metas.append(Meta())
            continue
        dates = _meta_dates(lab, lexicon, month_first)
        byline = parse_byline(lab.segment.text, lexicon)
        metas.append(Meta(dates, byline))
    # A bare name ('Jeanne Corriveau') is a byline only next to a date line.
    for i, lab in enumerate(blocks):
        if metas[i].byline is not None or len(lab.segment.text) > MAX_META_CHARS:
            continue
        near_date = any(metas[j].dates for j in range(max(0, i - 2), min(len(blocks), i + 3)))
        if near_date:
            names = bare_names(lab.segment.text, lexicon)
            if names:
                metas[i] = Meta(metas[i].dates, Byline(names, []))
    return metas


def _headline_like(lab: Labelled, lexicon: Lexicon) -> bool:
    text = lab.segment.text
    if lab.segment.bullet or lab.kind not in (None, ChromeKind.OTHER, ChromeKind.RELATED):
        return False
    if _NOT_HEADLINE.search(text) or text.count("|") >= 2 or lexicon.match_exact(text):
        return False
    unspaced = len(_UNSPACED.findall(text)) > len(text) / 3
    if len(text) > MAX_HEADLINE_CHARS:
        return False
    if unspaced:
        if len(text) < MIN_HEADLINE_CHARS_UNSPACED:
            return False
    elif len(text) < MIN_HEADLINE_CHARS or len(text.split()) < MIN_HEADLINE_WORDS:
        return False
    first = next((c for c in text if c.isalpha()), "")
    if first and first.islower():
        return False
    # A headline is one or two sentences at most and rarely ends with a full stop.
    return len(_SENTENCE_END.findall(text)) <= 1 and not text.rstrip().endswith((".", "。"))


def _repeated(i: int, blocks: list[Labelled], keys: list[str]) -> bool:
    key = keys[i]
    if len(key) < 8:
        return False
    for j, other in enumerate(keys):
        if j == i or not other:
            continue
        if other == key or (len(other) > len(key) and (other.endswith(" " + key) or other.startswith(key + " "))):
            return True
    return False


def find_headline(blocks: list[Labelled], metas: list[Meta], lexicon: Lexicon, first: int) -> int | None:
    """The index of the article's headline, or None."""
    keys = [norm(b.segment.text) if len(b.segment.text) <= MAX_HEADLINE_CHARS * 2 else "" for b in blocks]
    limit = min(len(blocks), first + HEAD_PAST_BODY) if first < len(blocks) else len(blocks)
    best: tuple[float, int] | None = None
    for i in range(limit):
        lab = blocks[i]
        if metas[i].any or not _headline_like(lab, lexicon):
            continue
        score = 0.0
        after = range(i + 1, min(len(blocks), i + 1 + META_AFTER))
        before = range(max(0, i - META_BEFORE), i)
        near = [j - i for j in after if metas[j].any] + [i - j for j in before if metas[j].dates]
        if near:
            # The closer the date line or byline, the surer the headline.
            score += SCORE_META_NEAR * (1 - (min(near) - 1) / (META_AFTER + 1))
        if _repeated(i, blocks, keys):
            score += SCORE_REPEATED
        nxt = next((j for j in after if blocks[j].label is Label.BODY or not blocks[j].kind), None)
        if nxt is not None and blocks[nxt].label is Label.BODY:
            score += SCORE_BODY_NEXT
        if first < len(blocks) and i <= first:
            score += max(0.0, SCORE_NEAR_BODY * (1 - (first - i) / NEAR_BODY_SPAN))
        if lab.label is Label.BODY:
            score -= SCORE_BODY_NEXT  # a body paragraph is rarely the headline
        if lab.kind is ChromeKind.RELATED:
            score -= SCORE_RELATED  # the classifier saw a teaser; only a date line next to it says otherwise
        if best is None or score >= best[0]:
            best = (score, i)
    if not best or best[0] <= 0:
        return None
    chosen = best[1]
    # Two headline-like lines in a row are a headline and its deck; more are a list of teasers.
    run = chosen
    while run > 0 and not metas[run - 1].any and _headline_like(blocks[run - 1], lexicon):
        run -= 1
    # A deck is rarely longer than its headline ('Continue reading the main story' is no headline).
    if chosen - run == 1 and len(blocks[run].segment.text) >= DECK_RATIO * len(blocks[chosen].segment.text):
        return run
    return chosen


def head_span(title: int | None, first: int, n: int) -> list[int]:
    """Blocks to read date lines and bylines from, nearest after the headline first."""
    anchor = title if title is not None else min(first, n) - 1
    if anchor < 0:
        return []
    after = list(range(anchor + 1, min(n, anchor + 1 + HEAD_SPAN_AFTER)))
    before = list(range(anchor - 1, max(-1, anchor - 1 - HEAD_SPAN_BEFORE), -1))
    return after + before
