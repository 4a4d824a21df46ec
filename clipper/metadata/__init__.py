"""Metadata from labelled blocks: small functions, the first good answer wins.

``extract`` also relabels what it uses: the headline block becomes TITLE, a deck SUBTITLE,
date lines DATELINE and bylines BYLINE, so nothing is both metadata and body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from ..classify.labels import Label, Labelled
from ..lexicon import Lexicon
from ..model import ChromeKind
from .authors import parse_byline
from .dates import find_dates, zone_offset
from .language import detect_language
from .publisher import from_copyright
from .title import MAX_TITLE_CHARS, same_headline, split_site_suffix

# How many blocks before the body the headline, date line and byline may stand.
HEAD_WINDOW = 40
# Relative dates, kept as written when there is no reference time.
_RELATIVE = re.compile(
    r"\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\d+\s*(?:초|분|시간|일|주|개월)\s*전"
    r"|\d+\s*(?:秒|分|分钟|小时|時間|天|日|周|週間)前|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen)|il y a\s+\d+\s+\w+"
    r"|hace\s+\d+\s+\w+|há\s+\d+\s+\w+|\d+\s+(?:минут|час|дн)\w*\s+назад|\byesterday\b|\bjust now\b",
    re.I,
)


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    modified: str | None = None
    published_text: str | None = None
    authors: list[str] = field(default_factory=list)
    author_emails: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None


def _body_span(blocks: list[Labelled]) -> tuple[int, int]:
    idx = [i for i, b in enumerate(blocks) if b.label is Label.BODY]
    return (idx[0], idx[-1]) if idx else (len(blocks), len(blocks) - 1)


def _with_zone(iso: str, tz: str | None) -> str:
    """Attach the user's zone (``--tz``) to a time the page gave without one."""
    if tz and "T" in iso and not re.search(r"[+-]\d{2}:\d{2}$", iso):
        return iso + zone_offset(tz, datetime.fromisoformat(iso))
    return iso


def _dates(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, first: int, tz: str | None) -> None:
    # Date lines near the head first, then any other non-body block; never ticker or related rows.
    order = sorted(
        (i for i, b in enumerate(blocks) if b.label is not Label.BODY and b.kind not in (ChromeKind.TICKER, ChromeKind.RELATED)),
        key=lambda i: (blocks[i].kind is not ChromeKind.DATELINE, abs(i - first)),
    )
    for i in order:
        lab = blocks[i]
        if lab.kind not in (ChromeKind.DATELINE, ChromeKind.BYLINE) and i > first + 3 and meta.published:
            continue
        if lab.kind is not ChromeKind.DATELINE and lab.kind is not ChromeKind.BYLINE and abs(i - first) > HEAD_WINDOW:
            continue
        found = find_dates(lab.segment.text, lexicon)
        if not found:
            continue
        if lab.kind is not ChromeKind.DATELINE and not (
            lab.kind is ChromeKind.BYLINE or lab.features.weight < 120 or any(d.role for d in found)
        ):
            continue
        used = False
        for d in found:
            if d.role == "modified" and meta.modified is None:
                meta.modified, used = _with_zone(d.iso, tz), True
            elif d.role in ("published", None) and meta.published is None:
                meta.published, used = _with_zone(d.iso, tz), True
        if used and lab.kind not in (ChromeKind.DATELINE, ChromeKind.BYLINE):
            lab.set(Label.CHROME, ChromeKind.DATELINE, "date line")
        if meta.published and meta.modified:
            return
    if meta.published is None:
        for lab in blocks[max(0, first - HEAD_WINDOW) : first + 3]:
            m = _RELATIVE.search(lab.segment.text)
            if m and lab.label is not Label.BODY and lab.features.weight < 120:
                meta.published_text = m.group(0)
                lab.set(Label.CHROME, ChromeKind.DATELINE, "relative date")
                break


def _authors(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, first: int, last: int) -> None:
    near = list(range(max(0, first - HEAD_WINDOW), min(len(blocks), first + 3)))
    near += list(range(max(0, last - 2), min(len(blocks), last + 6)))
    seen: set[int] = set()
    for i in near:
        if i in seen:
            continue
        seen.add(i)
        lab = blocks[i]
        if lab.kind in (ChromeKind.RELATED, ChromeKind.TICKER, ChromeKind.COMMENTS):
            continue
        byline = parse_byline(lab.segment.text, lexicon)
        if byline is None:
            continue
        for name in byline.authors:
            if name not in meta.authors:
                meta.authors.append(name)
        for email in byline.emails:
            if email not in meta.author_emails:
                meta.author_emails.append(email)
        lab.set(Label.CHROME, ChromeKind.BYLINE, "byline")


# Blocks that sit between a headline and the body without ending the headline group.
_HEAD_METADATA = (
    ChromeKind.DATELINE, ChromeKind.BYLINE, ChromeKind.FONT_SIZE, ChromeKind.SHARE, ChromeKind.REACTIONS,
    ChromeKind.SUBSCRIPTION, ChromeKind.CAPTION, ChromeKind.ADVERTISEMENT,
)
# A headline group holds the headline and at most a deck.
MAX_HEAD_GROUP = 2


def _headline_group(blocks: list[Labelled], first: int) -> list[int]:
    """The text blocks just above the body, past date lines, bylines and toolbars."""
    group: list[int] = []
    i = min(first, len(blocks)) - 1
    while i >= 0 and first - i <= HEAD_WINDOW:
        lab = blocks[i]
        if lab.kind in _HEAD_METADATA:
            if group:
                break
        elif lab.label is Label.BODY or lab.kind not in (None, ChromeKind.OTHER) or lab.segment.bullet:
            break
        elif len(lab.segment.text) > MAX_TITLE_CHARS:
            break
        else:
            group.insert(0, i)
            if len(group) > MAX_HEAD_GROUP:
                group.pop()
        i -= 1
    return group


def _title(blocks: list[Labelled], meta: Metadata, first: int) -> None:
    if not blocks:
        return
    top = blocks[0]
    page_title, site = split_site_suffix(top.segment.text) if top.segment.first_line <= 2 else ("", None)
    group = _headline_group(blocks, first)
    if group and group[0] == 0 and len(group) > 1 and same_headline(blocks[1].segment.text, page_title):
        group = group[1:]
    if not group:
        # The first line stands in for a headline only when it is not a known piece of chrome
        # (a page of menus has no title, not the title "Home").
        plain = top.label is not Label.BODY and top.kind in (None, ChromeKind.OTHER)
        group = [0] if plain and len(top.segment.text) <= MAX_TITLE_CHARS else []
    if not group:
        return
    chosen = group[0]
    text = blocks[chosen].segment.text
    if chosen == 0:
        text, site = split_site_suffix(text)
    meta.title = text
    if site and meta.publisher is None:
        meta.publisher = site
    blocks[chosen].set(Label.TITLE, None, "headline")
    if len(group) > 1:
        deck = blocks[group[1]]
        meta.subtitle = deck.segment.text
        deck.set(Label.SUBTITLE, None, "deck under the headline")
    if chosen != 0 and page_title and top.label is not Label.BODY and same_headline(top.segment.text, text):
        top.set(Label.CHROME, ChromeKind.OTHER, "page <title>: the headline with the site name")


def _publisher(blocks: list[Labelled], meta: Metadata) -> None:
    for lab in reversed(blocks):
        if lab.kind is ChromeKind.COPYRIGHT:
            name = from_copyright(lab.segment.text)
            if name:
                meta.publisher = name
                return


def extract(blocks: list[Labelled], lexicon: Lexicon, *, tz: str | None = None) -> Metadata:
    meta = Metadata()
    first, last = _body_span(blocks)
    _dates(blocks, lexicon, meta, first, tz)
    _authors(blocks, lexicon, meta, first, last)
    _publisher(blocks, meta)
    _title(blocks, meta, first)
    body_text = "\n".join(b.segment.text for b in blocks if b.label is Label.BODY)
    meta.language = detect_language(body_text or "\n".join(b.segment.text for b in blocks))
    return meta


__all__ = ["Metadata", "extract"]
