"""Metadata from labelled blocks: small functions, the first good answer wins.

``extract`` also relabels what it uses: the headline block becomes TITLE, a deck SUBTITLE,
date lines DATELINE and bylines BYLINE, so nothing is both metadata and body.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import datetime

from ..lazyregex import lazy_compile
from ..classify.features import script_counts
from ..classify.labels import Label, Labelled
from ..lexicon import Lexicon
from ..model import ChromeKind
from .authors import Byline, bare_names, ends_with_joiner, parse_byline
from .dates import FoundDate, find_dates, find_relative, yearless, zone_offset
from .head import Meta, continues_heading, dom_headline, find_headline, head_span, norm, norm_is, paragraph_block, scan, wrapped_tail
from .language import detect_language
from .publisher import from_copyright, may_hold_notice, notice_link
from .title import MAX_TITLE_CHARS, plain, same_headline, split_site_suffix

# How many blocks before the body the headline, date line and byline may stand.
HEAD_WINDOW = 40
# The window of blocks metadata is read from: this many before the body's first block and
# after its last (the whole page's first blocks when no body was found).
SCAN_BEFORE_BODY = 300
SCAN_AFTER_BODY = 100
# A modified time is taken only from a date line this close to the published one.
MODIFIED_NEAR = 3
# Without a headline, bylines are looked for this close to the body's start and end.
FALLBACK_BEFORE = 5
FALLBACK_AFTER_BODY = 4
# How many blocks under the headline a line of bare names is taken as its byline.
NAMES_UNDER_HEADLINE = 2
# A body paragraph at least this long (Latin-letter equivalents) ends the head.
BODY_PARAGRAPH_WEIGHT = 150
# A deck is a sentence or two; it reaches its date line or byline within a few blocks.
MIN_DECK_CHARS = 25  # in Latin-letter equivalents (features.weight)
MAX_DECK_CHARS = 400
DECK_TO_META = 8
# A deck this long (Latin-letter equivalents: two sentences or so) reads as the story's first
# paragraph: it is the subtitle and stays in the body too. A shorter one is only the subtitle.
# Conventions differ (the AEB's bodies leave every deck out, trafilatura's annotators keep
# them); the README (HTML input, *Decks*) has the measurements behind this length.
DECK_IN_BODY_WEIGHT = 150
# Key of Labelled.extra: the deck is also the body's first paragraph.
DECK_IN_BODY = "deck_in_body"
_UNSPACED_END = lazy_compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]{2}")


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
    # The holder a visible copyright notice names: the publisher the page shows, which the
    # HTML markup's brand does not overrule (``htmlmeta.apply_page_meta``).
    holder: str | None = None


def _body_span(blocks: list[Labelled]) -> tuple[int, int]:
    # From both ends: the body's first and last blocks, not every block in between.
    first = next((i for i, b in enumerate(blocks) if b.label is Label.BODY), None)
    if first is None:
        return len(blocks), len(blocks) - 1
    return first, next(i for i in range(len(blocks) - 1, first - 1, -1) if blocks[i].label is Label.BODY)


def _with_zone(iso: str, tz: str | None) -> str:
    """Attach the user's zone (``--tz``) to a time the page gave without one."""
    if tz and "T" in iso and not re.search(r"[+-]\d{2}:\d{2}$", iso):
        return iso + zone_offset(tz, datetime.fromisoformat(iso))
    return iso


def _take_dates(found: tuple[FoundDate, ...] | list[FoundDate], meta: Metadata, tz: str | None) -> bool:
    used = False
    for d in found:
        if d.role == "modified" and meta.modified is None:
            meta.modified, used = _with_zone(d.iso, tz), True
        elif d.role in ("published", None) and meta.published is None:
            meta.published, used = _with_zone(d.iso, tz), True
    return used


def _head_dates(blocks: list[Labelled], metas: list[Meta], span: list[int], meta: Metadata, tz: str | None) -> None:
    """Dates from the date lines around the headline, nearest first. Once the article's date
    line is found, only a labelled modified time close to it, or a published date above the
    headline (a byline row), is added."""
    taken: int | None = None
    title = span[0] - 1 if span else -1
    for i in span:
        if not metas[i].dates:
            continue
        if i < title - 1 and metas[i].byline is None:
            continue  # above the headline only the line right over it or a byline row is its date
        if taken is None:
            found = list(metas[i].dates)
        else:
            found = [
                d for d in metas[i].dates
                if (d.role == "modified" and abs(i - taken) <= MODIFIED_NEAR)
                or (d.role != "modified" and meta.published is None and (i < title or d.role == "published"))
            ]
        if _take_dates(found, meta, tz):
            taken = i if taken is None else taken
            if blocks[i].label is not Label.TITLE and not metas[i].glued:
                blocks[i].set(Label.CHROME, blocks[i].kind if blocks[i].kind is ChromeKind.BYLINE else ChromeKind.DATELINE, "date line")
        if meta.published is not None and meta.modified is not None:
            return


def _sharpen(metas: list[Meta], meta: Metadata, tz: str | None) -> None:
    """A day from the head ('12.12.2019') takes its time from another date line of the page that
    gives the same day with a time ('Créé: 12.12.2019, 07h36')."""
    for name, roles in (("published", (None, "published")), ("modified", ("modified",))):
        value = getattr(meta, name)
        if value is None or "T" in value:
            continue
        for m in metas:
            timed = next((d for d in m.dates if d.has_time and d.role in roles and d.iso[:10] == value), None)
            if timed is not None:
                setattr(meta, name, _with_zone(timed.iso, tz))
                break


def _dates(
    blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, first: int, tz: str | None, month_first: bool, metas: list[Meta]
) -> None:
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
        found = list(metas[i].dates) or find_dates(lab.segment.text, lexicon, month_first=month_first)
        if not found:
            continue
        if lab.kind is not ChromeKind.DATELINE and not (
            lab.kind is ChromeKind.BYLINE or lab.features.weight < 120 or any(d.role for d in found)
        ):
            continue
        used = _take_dates(found, meta, tz)
        if used and lab.kind not in (ChromeKind.DATELINE, ChromeKind.BYLINE) and lab.label is not Label.TITLE and not metas[i].glued:
            lab.set(Label.CHROME, ChromeKind.DATELINE, "date line")
        if meta.published and meta.modified:
            return


def _yearless(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, span: list[int], metas: list[Meta], tz: str | None) -> None:
    """Stamps around the headline without their year ('2/6(木) 10:30配信', '最終更新:2/6(木) 12:02'),
    when another date of the page shows the same day with its year (``dates.yearless``): they
    give the time to a day found without one, or the date when none was found."""
    shown: dict[str, set[int]] = {}
    for m in metas:
        for d in m.dates:
            shown.setdefault(d.iso[5:10], set()).add(int(d.iso[:4]))
    if not shown:
        return
    for i in span:
        if blocks[i].label is Label.BODY or blocks[i].features.weight > MAX_STAMP_WEIGHT or metas[i].dates:
            continue
        found = yearless(blocks[i].segment.text, lexicon, shown)
        if found is None:
            continue
        iso = _with_zone(found.iso, tz)
        if found.role == "modified":
            if meta.modified is None and (meta.published is None or meta.published[:10] <= iso[:10]):
                meta.modified = iso
        elif meta.published is None or meta.published == iso[:10]:
            meta.published = iso
        if meta.published and "T" in meta.published and meta.modified:
            return


# A stamp is a short line (Latin-letter equivalents): a source, a verb, the date.
MAX_STAMP_WEIGHT = 60


def _relative(blocks: list[Labelled], meta: Metadata, first: int, span: list[int]) -> None:
    order = span + list(range(max(0, first - HEAD_WINDOW), min(len(blocks), first + 3)))
    for i in order:
        lab = blocks[i]
        m = find_relative(lab.segment.text)
        if m and lab.label not in (Label.BODY, Label.TITLE) and lab.features.weight < 120:
            meta.published_text = m.group(0)
            lab.set(Label.CHROME, ChromeKind.DATELINE, "relative date")
            return


# Paragraphs under the date line before a bare name that make it the story's (see _authors).
MIN_STORY_BLOCKS = 2


def _take_byline(lab: Labelled, byline: Byline, meta: Metadata, relabel: bool = True) -> None:
    for name in byline.authors:
        if name not in meta.authors:
            meta.authors.append(name)
    for email in byline.emails:
        if email not in meta.author_emails:
            meta.author_emails.append(email)
    if relabel and not byline.lead and lab.label is not Label.TITLE:
        lab.set(Label.CHROME, ChromeKind.BYLINE, "byline")


def _authors(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, first: int, last: int, metas: list[Meta], span: list[int]) -> None:
    # The byline next to the headline names the article's authors; later bylines belong to teasers.
    title = span[0] - 1 if span else -1
    in_body = in_long_body = dated = story = False
    told = 0  # story paragraphs under the date line: not the headline repeated, a deck at most
    headline = norm(blocks[title].segment.text) if title >= 0 else ""
    for pos, i in enumerate(span):
        lab = blocks[i]
        if i > title and lab.label is Label.BODY and lab.features.weight > BODY_PARAGRAPH_WEIGHT:
            in_body = in_long_body = True  # past the head: a bare name here is a subheading or a quote's speaker
        # Story text under the headline's date line, before this block: past the head too
        # ('Kyle Busch' under a photo, two paragraphs after the date line, is its subject).
        # The headline repeated there, and one paragraph (its deck), are still the head.
        in_body = in_body or story
        if dated and i > title and lab.label is Label.BODY and norm(lab.segment.text) not in headline:
            told += 1
        story = story or told >= MIN_STORY_BLOCKS
        dated = dated or (i > title and metas[i].dated)
        byline = metas[i].byline
        if byline is None or not (byline.authors or byline.emails):
            continue
        if byline.bare and (i < title or in_body):
            if story and not in_long_body and not metas[i].glued and byline.authors and _name_alone(lab, byline):
                # A name alone a few blocks under the date line, the story begun above it: the
                # subject of the photo it captions ('Kyle Busch' over the standings table).
                lab.set(Label.CHROME, ChromeKind.CAPTION, "a name alone under the story's first paragraphs: a photo's caption")
            continue
        _take_byline(blocks[i], byline, meta, relabel=not metas[i].glued)
        _names_go_on(blocks, i, lexicon, meta)
        if byline.authors:
            # An email line right under the names belongs to them.
            for j in span[pos + 1 : pos + 3]:
                other = metas[j].byline
                if other is not None and not other.authors and other.emails:
                    _take_byline(blocks[j], other, meta)
            _sign_off_emails(blocks, lexicon, meta, last)
            return
    # Names alone right under the headline (or its deck) are its byline ('Catherine Shu @catherineshu / 2 days').
    for i in range(title + 1, min(len(blocks), title + 1 + NAMES_UNDER_HEADLINE)) if title >= 0 else ():
        names = bare_names(blocks[i].segment.text, lexicon) if blocks[i].label is not Label.BODY else []
        if names:
            _take_byline(blocks[i], Byline(names, [], bare=True), meta)
            _names_go_on(blocks, i, lexicon, meta)
            return
    near = list(range(max(0, first - FALLBACK_BEFORE), min(len(blocks), first + 3)))
    near += list(range(max(0, last - 1), min(len(blocks), last + FALLBACK_AFTER_BODY)))
    seen: set[int] = set()
    for i in near:
        if i in seen:
            continue
        seen.add(i)
        lab = blocks[i]
        if lab.kind in (ChromeKind.RELATED, ChromeKind.TICKER, ChromeKind.COMMENTS):
            continue
        byline = parse_byline(lab.segment.text, lexicon)
        if byline is not None:
            _take_byline(lab, byline, meta)
    if not meta.authors:
        _signed_name(blocks, lexicon, meta, last)
    if not meta.authors:
        _broadcast_sign_off(blocks, lexicon, meta, last)
    if not meta.authors and meta.language == "ja":
        _bracketed_signature(blocks, lexicon, meta, last)


def _name_alone(lab: Labelled, byline: Byline) -> bool:
    return len(byline.authors) == 1 and lab.segment.text.strip() == byline.authors[0]


def _names_go_on(blocks: list[Labelled], i: int, lexicon: Lexicon, meta: Metadata) -> None:
    """A byline cut before its last name ('Isabel Caro, Rocío Latorre y' / 'José Miguel Wilson'):
    the names on the next block finish it."""
    if i + 1 >= len(blocks) or blocks[i + 1].label is Label.BODY or not ends_with_joiner(blocks[i].segment.text):
        return
    names = bare_names(blocks[i + 1].segment.text, lexicon)
    if names:
        _take_byline(blocks[i + 1], Byline(names, [], bare=True), meta)


# Tools that follow a signature under the article ('Võ Hải' / 'Chia sẻ'): share, reactions,
# comments, subscription buttons, or the page's end.
_AFTER_SIGNATURE = (ChromeKind.SHARE, ChromeKind.REACTIONS, ChromeKind.COMMENTS, ChromeKind.SUBSCRIPTION)


def _signed_name(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, last: int) -> None:
    """A name alone right under the article's last paragraph and right over its share or
    comment tools is its author's signature, as Vietnamese and some Latin-American papers sign."""
    i = last + 1
    if not 0 <= last < i < len(blocks) or blocks[i].label is Label.BODY:
        return
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if nxt is not None and nxt.kind not in _AFTER_SIGNATURE:
        return
    names = bare_names(blocks[i].segment.text, lexicon)
    if names and blocks[i].segment.text.strip() == " ".join(names[0].split()) and len(names) == 1:
        _take_byline(blocks[i], Byline(names, [], bare=True), meta)


@lru_cache(maxsize=4)
def _sign_off_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    return tuple(lazy_compile(p) for t in lexicon.languages.values() for p in t.byline_sign_offs)


# A broadcast report's sign-off stands in the story's last blocks or right under them.
SIGN_OFF_BEFORE_END = 2
SIGN_OFF_AFTER_END = 2


def _broadcast_sign_off(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, last: int) -> None:
    """'MBC뉴스 이지은입니다.' closing the report (``[bylines] sign_offs``): its reporter is the author."""
    patterns = _sign_off_patterns(lexicon)
    if not patterns or not 0 <= last < len(blocks):
        return
    for lab in blocks[max(0, last - SIGN_OFF_BEFORE_END) : last + 1 + SIGN_OFF_AFTER_END]:
        if lab.kind in (ChromeKind.RELATED, ChromeKind.TICKER, ChromeKind.COMMENTS):
            continue
        text = lab.segment.text.rstrip()
        for pattern in patterns:
            m = pattern.search(text)
            if m is not None and m.group("name") not in _ui_words(lexicon):
                meta.authors.append(m.group("name"))
                return


@lru_cache(maxsize=4)
def _ui_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for t in lexicon.languages.values() for w in t.byline_ui)


# Japanese papers sign the story with the reporter's bare name in full-width brackets under
# its last sentence ('…と話している。（山田太郎）', cut off by ``signoff``): kanji names.
_BRACKETED_NAMES = lazy_compile(r"^（(?P<names>[\u4e00-\u9fff々]{2,4}(?:[、・][\u4e00-\u9fff々]{2,4}){0,3})）$")


def _bracketed_signature(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, last: int) -> None:
    """The signature is the body's last block (a short line the scorer kept) or the one under it."""
    if not 0 <= last < len(blocks):
        return
    for i in (last, last + 1):
        m = _BRACKETED_NAMES.match(blocks[i].segment.text.strip()) if i < len(blocks) else None
        if m is not None:
            break
    else:
        return
    ui = {w.casefold() for t in lexicon.languages.values() for w in t.byline_ui}
    names = [n for n in re.split(r"[、・]", m.group("names")) if n.casefold() not in ui]
    if names:
        _take_byline(blocks[i], Byline(names, [], bare=True), meta)


def _sign_off_emails(blocks: list[Labelled], lexicon: Lexicon, meta: Metadata, last: int) -> None:
    """'박서연 기자 syp@hani.co.kr' under the body: the email of an author the head named."""
    for lab in blocks[max(0, last - 1) : last + FALLBACK_AFTER_BODY]:
        if lab.label in (Label.BODY, Label.TITLE) or lab.kind in (ChromeKind.RELATED, ChromeKind.TICKER, ChromeKind.COMMENTS):
            continue
        byline = parse_byline(lab.segment.text, lexicon)
        if byline is None or not byline.emails:
            continue
        if not byline.authors or set(byline.authors) <= set(meta.authors):
            for email in byline.emails:
                if email not in meta.author_emails:
                    meta.author_emails.append(email)
            lab.set(Label.CHROME, ChromeKind.BYLINE, "sign-off byline")


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
        elif lab.features.chars:  # a rule of asterisks or a U+FFFD says nothing: passed over
            group.insert(0, i)
            if len(group) > MAX_HEAD_GROUP:
                group.pop()
        i -= 1
    return group


def _title(
    blocks: list[Labelled], meta: Metadata, first: int, metas: list[Meta], lexicon: Lexicon, page_title: str | None = None
) -> int | None:
    """Choose the headline (and a deck under it); returns the headline's index."""
    if not blocks:
        return None
    chosen = dom_headline(blocks, first, page_title, lexicon)
    if chosen is None:
        chosen = find_headline(blocks, metas, lexicon, first)
        if chosen is not None and paragraph_block(blocks[chosen]):
            chosen = None  # an HTML body paragraph stays body; the markup's headline stands in
    if chosen is None:
        return _title_group(blocks, meta, first, metas, lexicon)
    text = blocks[chosen].segment.text
    site = None
    if chosen == 0:
        text, site = split_site_suffix(text)
    title_end = chosen  # the headline's last block: its wrapped tail, when it has one
    span = (blocks[chosen].segment.first_line, blocks[chosen].segment.last_line)
    # A headline cut from a glued line has no wrapped tail: its line holds other parts.
    cut = blocks[chosen].segment.dom is None and any(
        0 <= j < len(blocks) and (blocks[j].segment.first_line, blocks[j].segment.last_line) == span
        for j in (chosen - 1, chosen + 1)
    )
    if not cut and chosen + 1 < len(blocks) and (continues_heading(blocks, chosen + 1) or wrapped_tail(blocks, chosen + 1, metas)):
        tail = blocks[chosen + 1].segment.text
        # Han, kana and Hangul wrap without a space; other scripts wrap at one.
        text = f"{text}{tail}" if _UNSPACED_END.match(text[-1] + tail[0]) else f"{text} {tail}"
        blocks[chosen + 1].set(Label.TITLE, None, "the headline's wrapped last line")
        title_end = chosen + 1
    kicker = _kicker(blocks, chosen, lexicon) if blocks[chosen].segment.dom is None else []
    if kicker:
        text = " ".join(blocks[k].segment.text for k in kicker).replace(" :", ":") + " " + text
        for k in kicker:
            blocks[k].set(Label.TITLE, None, "the headline's kicker, on its own line")
    meta.title = plain(text)
    if site and meta.publisher is None:
        meta.publisher = site
    headline_kind = blocks[chosen].kind
    blocks[chosen].set(Label.TITLE, None, "headline")
    top = blocks[0]
    if chosen != 0 and top.segment.first_line <= 2 and top.label is not Label.BODY:
        page_title, site = split_site_suffix(top.segment.text)
        if site and same_headline(page_title, text):
            # The page's <title> first ('Headline | Site'): the site is the publisher.
            meta.publisher = meta.publisher or site
            top.set(Label.CHROME, ChromeKind.OTHER, "page <title>: the headline with the site name")
    key = norm(blocks[chosen].segment.text)
    for i, lab in enumerate(blocks):
        if not chosen <= i <= title_end and lab.label is not Label.BODY and norm_is(lab.segment.text, key):
            lab.set(Label.CHROME, ChromeKind.OTHER, "the headline repeated")
    # A headline the classifier read as one of a run of teasers ('Schlagzeilen') has its deck in that run too.
    deck_kinds = (None, ChromeKind.OTHER, ChromeKind.RELATED) if headline_kind is ChromeKind.RELATED else (None, ChromeKind.OTHER)
    _deck(blocks, meta, title_end, metas, key, deck_kinds)
    return chosen


# A kicker over a headline ('Klimaschutz: Bohren, bis es heiß wird') is a word or a few.
MAX_KICKER_CHARS = 40
MAX_KICKER_WORDS = 4


def _kicker(blocks: list[Labelled], chosen: int, lexicon: Lexicon) -> list[int]:
    """The kicker of a headline that a scraper put on its own line, with or without its colon
    ('Klimaschutz' / ':' / 'Bohren, bis es heiß wird'), line by line right over the headline."""
    def adjacent(a: int, b: int) -> bool:
        return a >= 0 and blocks[a].segment.last_line + 1 == blocks[b].segment.first_line

    k = chosen - 1
    if not adjacent(k, chosen):
        return []
    colon = blocks[k].segment.text.strip()
    if colon in (":", "："):
        if not adjacent(k - 1, k):
            return []
        k, pieces = k - 1, [k - 1, k]
    elif colon.endswith((":", "：")):
        pieces = [k]
    else:
        return []
    word = blocks[k].segment.text.strip(" :：")
    if (
        not word or len(word) > MAX_KICKER_CHARS or len(word.split()) > MAX_KICKER_WORDS or blocks[k].label is Label.BODY
        or blocks[k].segment.bullet or lexicon.match_exact(word) or not word[0].isupper() and word[0].isalpha()
    ):
        return []
    return pieces


def _deck(
    blocks: list[Labelled], meta: Metadata, chosen: int, metas: list[Meta], key: str,
    kinds: tuple[ChromeKind | None, ...] = (None, ChromeKind.OTHER),
) -> None:
    """A deck stands right under the headline, before its date line or byline."""
    j = chosen + 1
    while j < len(blocks) and norm(blocks[j].segment.text) == key:
        j += 1
    if j >= len(blocks) or (metas[j].any and metas[j].tail is None):
        return
    lab = blocks[j]
    text = lab.segment.text
    if metas[j].tail is not None:
        # The deck with its date line glued under it: the deck is the text above that line.
        deck = text[: -len(metas[j].tail)].strip()
        if MIN_DECK_CHARS <= len(deck) <= MAX_DECK_CHARS and lab.kind in (None, ChromeKind.OTHER):
            meta.subtitle = plain(deck)
            lab.set(Label.SUBTITLE, None, "deck under the headline, its date line glued under it")
        return
    if lab.segment.bullet or lab.kind not in kinds or not (MIN_DECK_CHARS <= lab.features.weight and len(text) <= MAX_DECK_CHARS):
        return
    for k in range(j + 1, min(len(blocks), j + 1 + DECK_TO_META)):
        if metas[k].any or blocks[k].kind is ChromeKind.BYLINE or blocks[k].kind is ChromeKind.DATELINE:
            meta.subtitle = plain(text)
            lab.set(Label.SUBTITLE, None, "deck under the headline")
            _paragraph_deck(lab)
            return
        if blocks[k].label is Label.BODY:
            return


def _paragraph_deck(lab: Labelled) -> None:
    if lab.features.weight >= DECK_IN_BODY_WEIGHT:
        lab.extra[DECK_IN_BODY] = True


# A breadcrumb's items: 'Home > Society > <headline>'.
_CRUMB_SEPARATOR = lazy_compile(r"\s+[>›»/]\s+")
MIN_CRUMBS = 3
# A section's name is a word or two ('Politik', '사건/사고', 'Wirtschaft und Finanzen'); a headline says more.
MIN_CRUMB_HEADLINE_CHARS = 15
MIN_CRUMB_HEADLINE_WORDS = 4
# The breadcrumb stands over the date line: this many blocks at most.
CRUMB_TO_DATE = 3


def _breadcrumb_headline(blocks: list[Labelled], first: int, metas: list[Meta], lexicon: Lexicon) -> int | None:
    """A page whose headline the scraper lost but for the breadcrumb's last item ('홈 > 사회 >
    경기 화성 물류창고서 불…') right over the date line: that item is the headline."""
    for i in range(min(first, len(blocks)) - 1, max(-1, first - 1 - HEAD_WINDOW), -1):
        if blocks[i].label is Label.BODY:
            continue
        crumbs = _CRUMB_SEPARATOR.split(blocks[i].segment.text.strip())
        if len(crumbs) < MIN_CRUMBS:
            continue
        last = crumbs[-1].strip()
        dated = any(metas[j].dated for j in range(i + 1, min(len(blocks), i + 1 + CRUMB_TO_DATE)))
        if dated and len(last) >= MIN_CRUMB_HEADLINE_CHARS and len(last.split()) >= MIN_CRUMB_HEADLINE_WORDS and lexicon.match_exact(last) is None:
            return i
        return None
    return None


def _title_group(blocks: list[Labelled], meta: Metadata, first: int, metas: list[Meta], lexicon: Lexicon) -> int | None:
    top = blocks[0]
    page_title, site = split_site_suffix(top.segment.text) if top.segment.first_line <= 2 else ("", None)
    group = _headline_group(blocks, first)
    if group and group[0] == 0 and len(group) > 1 and same_headline(blocks[1].segment.text, page_title):
        group = group[1:]
    if not group:
        crumb = _breadcrumb_headline(blocks, first, metas, lexicon)
        if crumb is not None:
            meta.title = plain(_CRUMB_SEPARATOR.split(blocks[crumb].segment.text.strip())[-1].strip())
            blocks[crumb].set(Label.TITLE, None, "the breadcrumb's last item: the headline of a page without one")
            return crumb
    if not group:
        # The first line stands in for a headline only when it is not a known piece of chrome
        # (a page of menus has no title, not the title "Home"), and says something: a line
        # without a letter or digit ('***', the U+FFFD of undecodable bytes) is no title.
        usable = top.label is not Label.BODY and top.kind in (None, ChromeKind.OTHER) and top.features.chars > 0
        group = [0] if usable and len(top.segment.text) <= MAX_TITLE_CHARS else []
    if not group:
        return None
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
        _paragraph_deck(deck)
    if chosen != 0 and page_title and top.label is not Label.BODY and same_headline(top.segment.text, text):
        top.set(Label.CHROME, ChromeKind.OTHER, "page <title>: the headline with the site name")
    return chosen


def _main_script(text: str) -> str | None:
    counts = script_counts(text)
    return max(counts, key=counts.get) if counts else None


# A scraper that puts every element on its own line cuts the notice from its holder ('© 2019' /
# 'The New York Times Company', 'Copyright ©2019' / 'Dow Jones & Company, Inc. All Rights
# Reserved.'): the lines after a notice without a name are read with it, this many at most,
# each as short as a name.
MAX_NOTICE_PIECES = 2
MAX_NOTICE_PIECE_CHARS = 80


_ROW_PARTS = lazy_compile(r"\s+[|｜]\s+")
# A notice that names no one: the mark, the word, years ('©', '© 2019', 'Copyright ©2019').
_BARE_NOTICE = lazy_compile(r"^(?:\s|copyright|©|ⓒ|\(c\)|(?:19|20)\d\d|[-–.,:])+$", re.I)


def _copyright_name(blocks: list[Labelled], i: int, lexicon: Lexicon) -> str | None:
    text = blocks[i].segment.text
    name = from_copyright(text)
    if name is not None or not _BARE_NOTICE.match(text):
        return name
    for piece in blocks[i + 1 : i + 1 + MAX_NOTICE_PIECES]:
        words = piece.segment.text.strip()
        if len(words) > MAX_NOTICE_PIECE_CHARS or piece.label is Label.BODY or lexicon.match_exact(words):
            return None
        if not words[0].isalnum() or piece.segment.bullet:
            return None  # the holder's name starts the line: not '/ Datenschutz', '• Theme'
        text = f"{text} {piece.segment.text}"
        name = from_copyright(text)
        if name is not None:
            return name
    return None


def _publisher(blocks: list[Labelled], meta: Metadata, body_text: str, lexicon: Lexicon, last: int) -> None:
    """The name of the page's last copyright line; on a page not written in Latin letters, the
    last that names it in the page's own script ('<저작권자(c) 연합뉴스 …>' under the story
    rather than the site-wide 'Copyright (c) Yonhap News Agency' under it). ``last``: the
    body's last block."""
    names = []
    for i in range(len(blocks) - 1, -1, -1):
        if blocks[i].kind is ChromeKind.COPYRIGHT:
            name = _copyright_name(blocks, i, lexicon)
        else:
            # Under the story only: over it, a '©' line is a photo's credit.
            name = _footer_notice(blocks[i]) if i > last else None
        if name:
            names.append(name)
    if not names:
        return
    scripts = [_main_script(n) for n in names]
    # The body's script (a count over all of it) matters only when a name is in another than Latin.
    script = _main_script(body_text) if any(s not in (None, "latin") for s in scripts) else None
    own = [n for n, s in zip(names, scripts) if script not in (None, "latin") and s == script]
    meta.publisher = meta.holder = (own or names)[0]


def _footer_notice(lab: Labelled) -> str | None:
    """The holder of a notice under the story that the classifier read as a menu: a footer link
    ('Copyright © 2019 MediaNews Group, Inc.' linking to the legal page) or one part of a row
    ('Nachrichten vom 19.10.2019 | © Example GmbH | <headline>')."""
    if lab.kind not in (ChromeKind.NAVIGATION, ChromeKind.OTHER) or not may_hold_notice(lab.segment.text):
        return None
    return next((from_copyright(part) for part in _ROW_PARTS.split(lab.segment.text) if notice_link(part)), None)


# A section label right over the headline ('新浪新闻', 'Politik') that the scorer read as a
# short body line: at most this many blocks above the headline, this light (Latin-letter
# equivalents), and no sentence. The story starts under its headline.
MAX_KICKER_DISTANCE = 2
MAX_KICKER_WEIGHT = 30


def _kicker_above(blocks: list[Labelled], title: int) -> None:
    if not any(b.label is Label.BODY for b in blocks[title + 1 :]):
        return
    for lab in blocks[max(0, title - MAX_KICKER_DISTANCE) : title]:
        f = lab.features
        if lab.label is Label.BODY and f.weight <= MAX_KICKER_WEIGHT and not f.sentence_ends and lab.segment.dom is None:
            lab.set(Label.CHROME, ChromeKind.OTHER, lab.reason + "; a label over the headline")


_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
# A blog's nickname: one word of Hangul (and digits), or a lower-case handle ('camping_fox').
_NICKNAME = lazy_compile(r"^(?:[가-힣][가-힣0-9_]{1,11}|[a-z][a-z0-9_.]{2,19})$")


def _name_over_dateline(blocks: list[Labelled], title: int, lexicon: Lexicon, meta: Metadata, metas: list[Meta]) -> None:
    """A short line between the headline and its date line ('코딩하는곰' / '2025. 1. 27. 14:05',
    'Jenna Morales' / 'Published …') is the head's byline, not the story's first words: the story
    starts under its date line. A name there is the author when the head named none."""
    for i in range(title + 1, min(len(blocks) - 1, title + 1 + MAX_KICKER_DISTANCE)):
        lab, nxt = blocks[i], blocks[i + 1]
        f = lab.features
        if nxt.kind is not ChromeKind.DATELINE or lab.segment.dom is not None:
            continue
        if f.weight > MAX_KICKER_WEIGHT or f.sentence_ends or lab.segment.bullet or lab.label is Label.TITLE:
            return
        if not any(b.label is Label.BODY for b in blocks[i + 2 :]):
            return
        if lab.label is Label.BODY or lab.kind in (None, ChromeKind.OTHER):
            lab.set(Label.CHROME, ChromeKind.BYLINE, lab.reason + "; a line between the headline and its date line")
        text = lab.segment.text.strip()
        names = bare_names(text, lexicon) if lab.kind is ChromeKind.BYLINE else []
        if lab.kind is ChromeKind.BYLINE and not names and lexicon.match_exact(text) is None:
            if _HANGUL_NAME.match(text):
                names = [text]  # a Korean reporter's name alone ('이지은'): no capital letters to go by
            elif _NICKNAME.match(text) and not any(d.role for d in metas[i + 1].dates):
                names = [text]  # a blogger's nickname ('캠핑하는여우') over the post's bare date
        if not meta.authors and len(names) == 1 and names[0] == text:
            meta.authors.append(names[0])
        return


def extract(
    blocks: list[Labelled], lexicon: Lexicon, *, tz: str | None = None, page_title: str | None = None, page_language: str | None = None
) -> Metadata:
    """``page_title``, ``page_language``: the headline (og:title, JSON-LD, <title>) and the
    language (JSON-LD, <html lang>) an HTML page's markup states."""
    meta = Metadata()
    first, last = _body_span(blocks)
    body_text = "\n".join(b.segment.text for b in blocks if b.label is Label.BODY)
    meta.language = detect_language(body_text or "\n".join(b.segment.text for b in blocks), page_language, lexicon)
    # Slash dates read month first only on American-English pages.
    month_first = (meta.language or "").startswith("en")
    _publisher(blocks, meta, body_text, lexicon, last)
    # Headline, date line and byline stand near the body: read only that window, so a page of
    # a hundred thousand lines costs no more here than a normal one.
    lo = max(0, first - SCAN_BEFORE_BODY) if first < len(blocks) else 0
    hi = min(len(blocks), last + SCAN_AFTER_BODY if first < len(blocks) else SCAN_BEFORE_BODY + SCAN_AFTER_BODY)
    if lo > 0 or hi < len(blocks):
        blocks, first, last = blocks[lo:hi], first - lo, last - lo
    metas = scan(blocks, lexicon, month_first)
    title = _title(blocks, meta, first, metas, lexicon, page_title)
    span = head_span(title, first, blocks)
    _head_dates(blocks, metas, span, meta, tz)
    _sharpen(metas, meta, tz)
    if meta.published is None or "T" not in meta.published or meta.modified is None:
        _yearless(blocks, lexicon, meta, span, metas, tz)
    if meta.published is None and meta.modified is None:
        _dates(blocks, lexicon, meta, first, tz, month_first, metas)
    if meta.published is None:
        _relative(blocks, meta, first, span)
    _authors(blocks, lexicon, meta, first, last, metas, span)
    if title is not None:
        _kicker_above(blocks, title)
        _name_over_dateline(blocks, title, lexicon, meta, metas)
    # A deck later read as a date line or byline is that, not also the subtitle: one role per block.
    if meta.subtitle is not None and not any(b.label is Label.SUBTITLE for b in blocks):
        meta.subtitle = None
    for lab in blocks:
        if lab.label is Label.SUBTITLE and lab.extra.get(DECK_IN_BODY):
            lab.set(Label.BODY, None, lab.reason + "; a paragraph, so also the body's first")
    return meta


__all__ = ["Metadata", "extract"]
