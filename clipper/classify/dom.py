"""How DOM hints change a block's label (HTML input only; the text path never gets here).

The same two-pass classifier decides; the DOM adds evidence between the passes:

1. The article container: the element whose subtree holds the most good text for the
   least other text (readability's idea, scored with our own block qualities).
2. Containers the page marks as furniture, by tag (nav, aside, footer, header) or by
   class/id words (related, share, comment, ad, promo, ticker, ...), make their blocks
   chrome of that kind, unless the container wraps the article itself (a
   ``<div class="post has-comments">`` around the whole story is not a comment box).
3. Link-dense blocks are navigation or teasers.
4. Outside the article container, good-looking text is a teaser or a comment, not body;
   inside it, short paragraphs are judged as body by their neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import ChromeKind
from ..segment import Segment
from .features import Features
from .labels import Labelled, Parameters, Quality

# A list item this much link and this short is a menu entry.
SURE_LINK_DENSITY = 0.99
SURE_LINK_MAX_WEIGHT = 60
# How many blocks before the article container its headline may stand.
HEADLINE_REACH = 12
# Links are this share of a block's text: navigation or a teaser, not prose.
MAX_LINK_DENSITY = 0.5
# Inside the article a linked sentence is still body unless nearly all of it is a link.
MAX_LINK_DENSITY_IN_ARTICLE = 0.8
# Cost of other text against good text when choosing the article container.
JUNK_COST = 0.5
# Every block of other text costs at least this much (a menu of 40 one-word links is not free).
JUNK_BLOCK_COST = 8.0
# How much of a block's weight counts as article text when choosing the container.
TEXT_SHARE = {Quality.GOOD: 1.0, Quality.NEAR: 0.5}
# Unlinked text that is not prose counts for this share of its weight.
PLAIN_TEXT_SHARE = 0.25
# Class words are ignored for finding the article when trusting them leaves this many
# times less text in the best container (the story itself sits in a 'sidebar' wrapper).
WORDS_DISTRUST_RATIO = 3.0
# A marked container holding at least this share of the page's good text is the story's
# own wrapper, whatever its class says.
MAX_FURNITURE_GOOD_SHARE = 0.5

# Class/id words (whole words) that mark furniture, with the chrome kind they imply.
CLASS_WORDS: dict[str, ChromeKind] = {
    "related": ChromeKind.RELATED, "recommended": ChromeKind.RELATED, "recommendations": ChromeKind.RELATED,
    "recirc": ChromeKind.RELATED, "trending": ChromeKind.RELATED, "popular": ChromeKind.RELATED,
    "readmore": ChromeKind.RELATED, "outbrain": ChromeKind.RELATED, "taboola": ChromeKind.RELATED,
    "teaser": ChromeKind.RELATED, "teasers": ChromeKind.RELATED, "morestories": ChromeKind.RELATED,
    "share": ChromeKind.SHARE, "sharing": ChromeKind.SHARE, "social": ChromeKind.SHARE, "sharebar": ChromeKind.SHARE,
    "sharethis": ChromeKind.SHARE, "addthis": ChromeKind.SHARE, "shariff": ChromeKind.SHARE,
    "comment": ChromeKind.COMMENTS, "comments": ChromeKind.COMMENTS, "disqus": ChromeKind.COMMENTS,
    "respond": ChromeKind.COMMENTS, "discussion": ChromeKind.COMMENTS,
    "ad": ChromeKind.ADVERTISEMENT, "ads": ChromeKind.ADVERTISEMENT, "advert": ChromeKind.ADVERTISEMENT,
    "advertisement": ChromeKind.ADVERTISEMENT, "adsense": ChromeKind.ADVERTISEMENT, "adslot": ChromeKind.ADVERTISEMENT,
    "sponsor": ChromeKind.ADVERTISEMENT, "sponsored": ChromeKind.ADVERTISEMENT, "promo": ChromeKind.ADVERTISEMENT,
    "promotion": ChromeKind.ADVERTISEMENT, "banner": ChromeKind.ADVERTISEMENT, "dfp": ChromeKind.ADVERTISEMENT,
    "nav": ChromeKind.NAVIGATION, "navbar": ChromeKind.NAVIGATION, "navigation": ChromeKind.NAVIGATION,
    "menu": ChromeKind.NAVIGATION, "breadcrumb": ChromeKind.NAVIGATION, "breadcrumbs": ChromeKind.NAVIGATION,
    "pagination": ChromeKind.NAVIGATION, "pager": ChromeKind.NAVIGATION, "tags": ChromeKind.NAVIGATION,
    "masthead": ChromeKind.NAVIGATION, "skip": ChromeKind.NAVIGATION,
    "newsletter": ChromeKind.SUBSCRIPTION, "subscribe": ChromeKind.SUBSCRIPTION,
    "subscription": ChromeKind.SUBSCRIPTION, "signup": ChromeKind.SUBSCRIPTION, "paywall": ChromeKind.SUBSCRIPTION,
    "ticker": ChromeKind.TICKER,
    "copyright": ChromeKind.COPYRIGHT, "footer": ChromeKind.OTHER, "sidebar": ChromeKind.OTHER,
    "widget": ChromeKind.OTHER, "aside": ChromeKind.OTHER, "rail": ChromeKind.OTHER, "cookie": ChromeKind.OTHER, "consent": ChromeKind.OTHER,
    "modal": ChromeKind.OTHER, "popup": ChromeKind.OTHER,
}
# Tags of running text: inside the article container a short one is still body.
BODY_TAGS = frozenset({"p", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "pre", "dd", "dt"})
# Sectioning tags that mark furniture.
TAG_KINDS: dict[str, ChromeKind] = {
    "nav": ChromeKind.NAVIGATION, "aside": ChromeKind.OTHER, "footer": ChromeKind.OTHER,
    "figcaption": ChromeKind.CAPTION,
}


@dataclass(frozen=True, slots=True)
class _Mark:
    """The deepest furniture container above a block: its position in the path and its kind."""

    index: int
    kind: ChromeKind
    why: str
    by_tag: bool = False


@lru_cache(maxsize=4096)
def _element_mark(tag: str, words: str) -> tuple[ChromeKind, str, bool] | None:
    kind = TAG_KINDS.get(tag)
    if kind is not None:
        return kind, f"inside <{tag}>", True
    for word in words.split():
        kind = CLASS_WORDS.get(word)
        if kind is not None:
            return kind, f"inside a '{word}' container", False
    return None


def _marks(lab: Labelled, memo: dict[int, list[_Mark]]) -> list[_Mark]:
    """Marked containers above a block, outermost first. Blocks of one container share their
    hint tuples, so the answer is memoised on the tuple's identity for one page."""
    dom = lab.segment.dom
    if dom is None:
        return []
    key = id(dom.class_words)
    found = memo.get(key)
    if found is None:
        found = []
        for i, (tag, words) in enumerate(zip(dom.path, dom.class_words)):
            mark = _element_mark(tag, words)
            if mark is not None:
                found.append(_Mark(i, *mark))
        memo[key] = found
    return found


@dataclass(slots=True)
class _Containers:
    main: int | None  # the article container's id
    wrappers: frozenset[int]  # the article container and the elements around it
    good: dict[int, float]  # good text weight under each element
    good_total: float


def _scores(blocks: list[Labelled], marks: list[list[_Mark]], trust_words: bool) -> dict[int, float]:
    """Per element: its good text gains, other text costs. Marked furniture counts as other text
    (by tag always, by class words when ``trust_words``); comment sections always do, so a long
    discussion cannot pull the container off a short story."""
    score: dict[int, float] = {}
    for lab, m in zip(blocks, marks):
        dom = lab.segment.dom
        if dom is None:
            continue
        weight = lab.features.weight
        marked = any(x.kind is ChromeKind.COMMENTS or x.by_tag or trust_words for x in m)
        if lab.quality is Quality.CHROME or marked:
            gain = -JUNK_COST * (weight + JUNK_BLOCK_COST)
        elif dom.link_density >= MAX_LINK_DENSITY:
            gain = -JUNK_COST * (weight + JUNK_BLOCK_COST) * dom.link_density
        elif lab.quality in TEXT_SHARE:
            gain = TEXT_SHARE[lab.quality] * weight
        else:
            # Unlinked text that is not prose (a table row, a recipe line) is probably still the page's.
            gain = PLAIN_TEXT_SHARE * weight - JUNK_COST * JUNK_BLOCK_COST
        for ident in dom.ancestors:
            score[ident] = score.get(ident, 0.0) + gain
    return score


def _article_container(blocks: list[Labelled], marks: list[list[_Mark]]) -> _Containers:
    """The element that best holds the page's text, trusting class words unless that loses
    most of the text (sticky-column and layout wrappers carry words like 'sidebar')."""
    good: dict[int, float] = {}
    good_total = 0.0
    for lab in blocks:
        text_like = TEXT_SHARE.get(lab.quality, 0.0) * lab.features.weight
        if text_like and lab.segment.dom is not None:
            good_total += text_like
            for ident in lab.segment.dom.ancestors:
                good[ident] = good.get(ident, 0.0) + text_like
    # A <nav> or <aside> holding most of the page was never closed: it is not furniture.
    text: dict[int, float] = {}
    for lab in blocks:
        if lab.segment.dom is not None:
            for ident in lab.segment.dom.ancestors:
                text[ident] = text.get(ident, 0.0) + lab.features.weight
    text_total = sum(lab.features.weight for lab in blocks)
    marks = [
        [x for x in m if not (x.by_tag and _holds_most(text, text_total, blocks[i].segment.dom.ancestors[x.index]))]
        for i, m in enumerate(marks)
    ]
    trusting = _scores(blocks, marks, trust_words=True)
    best = max(trusting.values(), default=0.0)
    score = trusting
    if any(not x.by_tag for m in marks for x in m):
        ignoring = _scores(blocks, marks, trust_words=False)
        if max(ignoring.values(), default=0.0) > WORDS_DISTRUST_RATIO * max(best, 1.0):
            score = ignoring
    main = max(score, key=score.get) if score else None
    if main is not None and score[main] <= 0:
        main = None
    return _Containers(main, _wrappers(main, blocks), good, good_total)


def sure_furniture(segment: Segment, f: Features) -> Labelled | None:
    """A short block that is all link (a menu entry, a teaser headline) is settled before any
    table lookup. Menus are most of a page's blocks; skipping the phrase tables for them
    halves the classifier's cost on HTML. (Not whole <nav>s: a page that never closes its
    <nav> has the article inside it.)"""
    dom = segment.dom
    if dom is None or dom.link_density < SURE_LINK_DENSITY or f.weight >= SURE_LINK_MAX_WEIGHT:
        return None
    kind = ChromeKind.NAVIGATION if segment.bullet else ChromeKind.RELATED
    return Labelled(segment, f, Quality.CHROME, kind=kind, reason="all link")


def apply_dom(blocks: list[Labelled], p: Parameters) -> None:
    """Revise context-free qualities with the DOM's evidence (see the module docstring)."""
    if not any(b.segment.dom is not None for b in blocks):
        return
    memo: dict[int, list[_Mark]] = {}
    marks = [_marks(b, memo) for b in blocks]
    found = _article_container(blocks, marks)
    main = found.main
    inside_at = [i for i, b in enumerate(blocks) if _inside(b, main)]
    # The standfirst often sits between the headline and the article container.
    lead_from = _headline_before(blocks, inside_at[0]) if inside_at else len(blocks)
    lead_to = inside_at[0] if inside_at else 0
    for i, (lab, m) in enumerate(zip(blocks, marks)):
        dom = lab.segment.dom
        if dom is None:
            continue
        inside = _inside(lab, main)
        if lab.quality is Quality.CHROME and not (inside and dom.tag == "tr" and lab.kind is ChromeKind.TICKER):
            continue
        mark = next((x for x in reversed(m) if _is_furniture(x, dom.ancestors[x.index], found)), None)
        if mark is not None:
            _chrome(lab, mark.kind, mark.why)
        elif dom.link_density >= (MAX_LINK_DENSITY_IN_ARTICLE if inside else MAX_LINK_DENSITY):
            kind = ChromeKind.NAVIGATION if lab.features.weight < p.length_low else ChromeKind.RELATED
            _chrome(lab, kind, f"links {dom.link_density:.0%}")
        elif main is not None and not inside:
            if lab.quality in (Quality.GOOD, Quality.NEAR) and not lead_from < i < lead_to:
                _requalify(lab, Quality.BAD, "outside the article container")
        elif inside and lab.quality is not Quality.GOOD and dom.tag == "tr":
            _requalify(lab, Quality.GOOD, "a data table row in the article container")
            lab.kind = None
        elif inside and lab.quality is not Quality.GOOD and dom.tag in BODY_TAGS and lab.features.chars:
            _requalify(lab, Quality.GOOD, f"<{dom.tag}> in the article container")


def _headline_before(blocks: list[Labelled], start: int) -> int:
    """Index of the <h1> closest before ``start`` (within reach of a headline), or ``start``."""
    for i in range(start - 1, max(start - HEADLINE_REACH, 0) - 1, -1):
        dom = blocks[i].segment.dom
        if dom is not None and dom.heading_level == 1:
            return i
    return start


def _holds_most(weights: dict[int, float], total: float, ident: int) -> bool:
    return total > 0 and weights.get(ident, 0.0) >= MAX_FURNITURE_GOOD_SHARE * total


def _inside(lab: Labelled, main: int | None) -> bool:
    return main is not None and lab.segment.dom is not None and main in lab.segment.dom.ancestors


def _is_furniture(mark: _Mark, ident: int, found: _Containers) -> bool:
    """A marked element is furniture unless it wraps the article or holds most of its text
    (sticky-column and layout wrappers carry words like 'sidebar' around the story)."""
    if ident in found.wrappers:
        return False
    if mark.kind is ChromeKind.COMMENTS:
        return True
    return found.good.get(ident, 0.0) < MAX_FURNITURE_GOOD_SHARE * found.good_total


def _wrappers(main: int | None, blocks: list[Labelled]) -> frozenset[int]:
    """The article container and the elements around it."""
    if main is None:
        return frozenset()
    for lab in blocks:
        dom = lab.segment.dom
        if dom is not None and main in dom.ancestors:
            return frozenset(dom.ancestors[: dom.ancestors.index(main) + 1])
    return frozenset()


def _requalify(lab: Labelled, quality: Quality, why: str) -> None:
    lab.extra["revised_from"] = lab.quality
    lab.quality = quality
    lab.reason = why


def _chrome(lab: Labelled, kind: ChromeKind, why: str) -> None:
    lab.quality = Quality.CHROME
    lab.kind = kind
    lab.reason = why
