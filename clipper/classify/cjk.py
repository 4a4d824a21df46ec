"""Shapes of Chinese, Japanese and Korean news pages that the language tables cannot list.

Pass 1 (``classify.first_pass``) calls them after the tables have named what they know:

1. Teaser lists of cut-off headlines: portals and blogs shorten the headlines of other
   stories to fit a box ('江苏最大规模作弊案27人获刑 涉案考生达50...') or stamp them with their
   source and time ('… ロイター 3/9(木) 15:47'). A run of such items, with the whole headlines
   between them, is a list of links, not the article.
2. Unheaded headline lists right below an article: short lines with no full stop after the
   last punctuated paragraph ('区内のバス路線、来月から一部変更'), unless the article resumes.
3. Time stamps without a year ('3/9(木) 18:45配信', '03-09 15:47'): Japanese and Chinese
   portals stamp articles and teasers this way; the metadata's date patterns need a year.
4. Labels a renderer cut from their values ('来源：' / '青年日报'), breadcrumb trails
   ('新闻 > 国际 > 正文'), image names w3m prints for screenshots ('[20180816_1001]').
5. A photo credit glued to several sentences of prose ('[사진=연합뉴스] 정부가 …했다. …')
   does not make the paragraph chrome (``context_free``), a how-to's screenshots are not
   a teaser grid (``revise.visible``), and an article of one-sentence paragraphs, none of
   them long, still anchors a body (``revise.apply_model``).
6. After the scorer (``classify``): a broadcast transcript or a column of one-sentence
   paragraphs, each too short to be judged alone, is body where its run of full sentences
   reaches the body (``sentence_runs``).
"""

from __future__ import annotations

import re

from ..model import ChromeKind
from .features import Features
from .labels import Labelled, Parameters, Quality, listed_runs

# Scripts whose pages these shapes are read on.
CJK_SCRIPTS = frozenset({"han", "kana", "hangul"})

# A headline cut to fit its box ends in an ellipsis right after a word, not after a sentence.
_CUT_OFF = re.compile(r"[^\s.。…!?！？](?:\.{2,}|…+|‥+)\s*[)）]?\s*$")
# Cut-off headlines at most this many blocks apart belong to one list ...
TEASER_MAX_GAP = 4
# ... and a list has at least this many of them: one ellipsis can end a sentence of a blog.
TEASER_MIN_CUT = 2
# The whole headlines of the same list, before and after the cut-off ones, at most this many.
TEASER_MAX_EXTEND = 6


def _cut_off(lab: Labelled, p: Parameters) -> bool:
    """A cut-off headline, or a headline followed by its source and a time stamp without a
    year, as portals list other stories ('… ロイター 3/9(木) 15:47')."""
    f = lab.features
    if f.script not in CJK_SCRIPTS or f.weight >= p.max_heading_weight or lab.quality is Quality.CHROME:
        return False
    text = lab.segment.text.rstrip()
    if _CUT_OFF.search(text):
        return True
    m = _YEARLESS_STAMP.search(text)
    return m is not None and m.end() == len(text)


def _headline_like(lab: Labelled, p: Parameters) -> bool:
    """Another item of the same list: short, no sentence end, not named chrome, not a heading."""
    f = lab.features
    return (
        lab.quality is not Quality.CHROME
        and lab.quality is not Quality.GOOD
        and not f.ends_sentence
        and f.weight < p.max_heading_weight
        and not lab.segment.heading
    )


def _mark(lab: Labelled, reason: str) -> None:
    lab.quality = Quality.CHROME
    lab.kind = ChromeKind.RELATED
    lab.reason = reason


def cut_off_headlines(blocks: list[Labelled], p: Parameters) -> None:
    """Runs of cut-off headlines, and the whole headlines listed with them, are teasers."""
    cut = [i for i, b in enumerate(blocks) if _cut_off(b, p)]
    # A sentence between them: cut-off lines inside prose, not a list.
    for chain in listed_runs(cut, TEASER_MAX_GAP, TEASER_MIN_CUT, lambda i: _headline_like(blocks[i], p)):
        first, last = chain[0], chain[-1]
        while first > 0 and chain[0] - first < TEASER_MAX_EXTEND and _headline_like(blocks[first - 1], p):
            first -= 1
        while last + 1 < len(blocks) and last - chain[-1] < TEASER_MAX_EXTEND and _headline_like(blocks[last + 1], p):
            last += 1
        for lab in blocks[first : last + 1]:
            _mark(lab, "in a list of cut-off headlines")


# Month/day and a time, no year: '3/9(木) 18:45', '03-09 15:47', '3月9日(木) 18時45分'.
_YEARLESS_STAMP = re.compile(
    r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日)(?![\d/.-])"
    r"\s*(?:[(（][月火水木金土日월화수목금토일一二三四五六天]{1,3}[)）])?\s*\d{1,2}\s*[:：時时]\s*\d{2}(?:\s*分)?"
)
# Letters a stamp may carry besides the date: a source and a verb ('CNET Japan … 配信', '최종수정').
MAX_STAMP_EXTRA_LETTERS = 12
_LETTER = re.compile(r"[^\W\d_]")


def is_yearless_stamp(text: str) -> bool:
    m = _YEARLESS_STAMP.search(text)
    if m is None:
        return False
    rest = text[: m.start()] + text[m.end() :]
    return len(_LETTER.findall(rest)) <= MAX_STAMP_EXTRA_LETTERS


def _label_with_colon(lab: Labelled) -> bool:
    return (
        lab.quality is Quality.CHROME
        and lab.kind in (ChromeKind.NAVIGATION, ChromeKind.BYLINE, ChromeKind.DATELINE)
        and lab.segment.text.rstrip().endswith((":", "："))
    )


def label_values(blocks: list[Labelled], p: Parameters) -> None:
    """A label a renderer cut from its value ('来源：' / '青年日报', '作者：' / '春春'): the short
    value on the next line is the same chrome as its label."""
    for lab, nxt in zip(blocks, blocks[1:]):
        f = nxt.features
        if (
            _label_with_colon(lab)
            and f.script in CJK_SCRIPTS
            and nxt.quality is not Quality.CHROME
            and f.weight < p.length_low
            and not f.ends_sentence
        ):
            nxt.quality = Quality.CHROME
            nxt.kind = lab.kind
            nxt.reason = f"the value of the label '{lab.segment.text.strip()[:20]}' before it"


def illustrations(blocks: list[Labelled], markers: set[int]) -> set[int]:
    """The image markers taken for a teaser grid that illustrate an article instead, on a CJK
    page: most of them are followed by a sentence ('…をタップします。'), not by a card's
    headline. A how-to blog puts a screenshot between every two steps."""
    if not markers or not cjk_page(blocks):
        return set()
    # The next block that is not chrome, for every position: one backward pass.
    following: list[Labelled | None] = [None] * (len(blocks) + 1)
    for j in range(len(blocks) - 1, -1, -1):
        following[j] = following[j + 1] if blocks[j].quality is Quality.CHROME else blocks[j]
    followed = 0
    for i in markers:
        nxt = following[i + 1]
        if nxt is None:
            continue
        f = nxt.features
        if f.script in CJK_SCRIPTS and f.ends_sentence and not nxt.segment.bullet:
            followed += 1
    return set(markers) if followed >= ILLUSTRATED_SHARE * len(markers) else set()


# Share of the markers followed by a sentence that makes them an article's pictures.
ILLUSTRATED_SHARE = 0.5


def has_cjk(blocks: list[Labelled]) -> bool:
    """Some block is in a CJK script. Every shape of this module needs one: on other pages
    (most pages) the classifier skips its passes, which would change nothing there."""
    return any(b.features.script in CJK_SCRIPTS for b in blocks)


def cjk_page(blocks: list[Labelled]) -> bool:
    """Most of the page's text (by weight) is Han, kana or Hangul."""
    total = sum(b.features.weight for b in blocks)
    cjk = sum(b.features.weight for b in blocks if b.features.script in CJK_SCRIPTS)
    return total > 0 and cjk > CJK_PAGE_SHARE * total


# Share of a page's text in CJK scripts above which the page is read as a CJK page.
CJK_PAGE_SHARE = 0.5


# An image's name without its extension, as w3m prints an image's alt text ('[20180816_1001]',
# '[IMG_3886]'): digits and an underscore, no spaces. Its digits make it look like a quote row.
_IMAGE_NAME = re.compile(r"^\s*\[(?=[^\]]*\d)(?=[^\]]*_)[\w\-.~]{4,80}\]\s*$")


def image_names(blocks: list[Labelled]) -> None:
    """On a CJK page, bracketed image names are photos the article runs on around (captions),
    not quote rows: a how-to's screenshots between its steps."""
    if not cjk_page(blocks):
        return
    for lab in blocks:
        if _IMAGE_NAME.match(lab.segment.text):
            lab.quality = Quality.CHROME
            lab.kind = ChromeKind.CAPTION
            lab.reason = "an image's name"


# A CJK block with at least this many sentences is prose: paragraphs a headless loader glued
# into one line, with a photo credit or a copyright notice glued to its start or end
# ('[사진=연합뉴스] 정부가 …했다. …'). Losing the paragraphs costs more than keeping the credit.
MIN_GLUED_SENTENCES = 3


# Full-width stops: Chinese and Japanese run the next sentence on without a space, which the
# features' sentence count (a stop before a space or the end) does not see.
_FULL_STOP = re.compile(r"[。！？]+")


def glued_to_prose(text: str, f: Features, p: Parameters) -> bool:
    if f.script not in CJK_SCRIPTS or f.weight < p.length_high:
        return False
    return max(f.sentence_ends, len(_FULL_STOP.findall(text))) >= MIN_GLUED_SENTENCES


# A breadcrumb trail: three or more short parts between '>' signs ('新闻 > 国际 > 正文'), the
# sign also doubled ('首页 >> 本地新闻 >> 正文').
_BREADCRUMB = re.compile(r"^[^>＞»›<]{1,40}(?:\s*(?:>|＞|»|›|&gt;){1,2}\s*[^>＞»›<]{1,40}){2,}\s*[>＞»›]{0,2}\s*$")


def breadcrumbs(blocks: list[Labelled], p: Parameters) -> None:
    """Breadcrumb trails above CJK articles; parts the tables do not know ('腾讯科技 > 要闻')."""
    for lab in blocks:
        f = lab.features
        if (
            lab.quality is not Quality.CHROME
            and f.script in CJK_SCRIPTS
            and f.weight < p.max_heading_weight
            and not f.ends_sentence
            and _BREADCRUMB.match(lab.segment.text.strip())
        ):
            lab.quality = Quality.CHROME
            lab.kind = ChromeKind.NAVIGATION
            lab.reason = "a breadcrumb trail"


# A list of other stories' headlines after a CJK article, with no heading the tables know:
# at least this many short lines in a row, none with a full stop inside ...
HEADLINE_LIST_MIN = 3
# ... each at most this long (Latin-letter equivalents: about 45 Han characters) ...
HEADLINE_MAX_WEIGHT = 140
# ... right after a paragraph of at least this many sentences (chrome such as a byline or
# share buttons may stand between, at most this many blocks) ...
PARAGRAPH_MIN_SENTENCES = 2
HEADLINE_LIST_MAX_SKIP = 3
# ... not announced by a colon, and the article does not resume after it (either way it is
# the article's own list).


def _sentences(lab: Labelled) -> int:
    return max(lab.features.sentence_ends, len(_FULL_STOP.findall(lab.segment.text)))


def _punctuated_paragraph(lab: Labelled, p: Parameters) -> bool:
    f = lab.features
    return (
        lab.quality is not Quality.CHROME
        and f.script in CJK_SCRIPTS
        and f.weight >= p.length_low
        and _sentences(lab) >= PARAGRAPH_MIN_SENTENCES
    )


def _list_headline(lab: Labelled) -> bool:
    f = lab.features
    text = lab.segment.text.strip()
    return (
        lab.quality is not Quality.CHROME
        and f.script in CJK_SCRIPTS
        and 0 < f.weight <= HEADLINE_MAX_WEIGHT
        and "。" not in text
        and not (f.script == "hangul" and f.ends_sentence)
        and not lab.segment.heading
    )


def headline_lists(blocks: list[Labelled], p: Parameters) -> None:
    """Unheaded lists of headlines below a CJK article are teasers (related stories)."""
    n = len(blocks)
    i = 0
    while i < n:
        if not _punctuated_paragraph(blocks[i], p):
            i += 1
            continue
        start = i + 1
        skipped = 0
        while start < n and blocks[start].quality is Quality.CHROME and skipped < HEADLINE_LIST_MAX_SKIP:
            start += 1
            skipped += 1
        end = start
        while end < n and _list_headline(blocks[end]):
            end += 1
        if end - start < HEADLINE_LIST_MIN:
            i += 1
            continue
        after = end
        while after < n and blocks[after].quality is Quality.CHROME:
            after += 1
        resumes = blocks[after] if after < n else None
        introduced = any(b.segment.text.rstrip().endswith((":", "：")) for b in (blocks[i], blocks[start]))
        if introduced or (resumes is not None and _punctuated_paragraph(resumes, p)):
            i = end
            continue
        for lab in blocks[start:end]:
            _mark(lab, "in a list of headlines below the article")
        i = end


# A CJK article of one-sentence paragraphs ('平年より5日早く、昨年より10日早い。') may have no
# block as long as length_low; at least this many chosen sentences, together at least
# length_high long, anchor it all the same. A menu or a price list has no full stops.
ANCHOR_MIN_SENTENCES = 3


def sentences_anchor(chosen: list[Labelled], p: Parameters) -> bool:
    ended = [
        b for b in chosen
        if b.features.script in CJK_SCRIPTS and (b.features.ends_sentence or b.segment.text.rstrip().endswith("。"))
    ]
    return len(ended) >= ANCHOR_MIN_SENTENCES and sum(b.features.weight for b in ended) >= p.length_high


# A broadcast transcript or a column of one-sentence paragraphs ('… 통제됐습니다.' / '[리포트]' /
# '서울 강남구의 한 지하차도 입구입니다.'): every line is short, so the scorer doubts each, but a
# run of full sentences that reaches the body is the body. A line ends a sentence only with a
# real stop here: headlines of teaser lists end in '…했다' without one.
_STOPPED = re.compile(r"[.。!?！？][\"'”’」』)]?\s*$")
# The run may step over one short line that is no sentence: a speaker or segment marker
# ('[앵커]', '[인터뷰] 김정호/운전자'), which stays out of the body.
MAX_RUN_GAP = 1
# A sentence of the run has at least this many Latin-letter equivalents (a dozen Hangul).
MIN_RUN_SENTENCE_WEIGHT = 25


def _run_sentence(lab: Labelled, p: Parameters) -> bool:
    f = lab.features
    return (
        lab.quality is Quality.BAD
        and f.script in CJK_SCRIPTS
        and MIN_RUN_SENTENCE_WEIGHT <= f.weight
        and f.digit_share < p.max_digit_share
        and not lab.segment.bullet
        and not lab.segment.heading
        and bool(_STOPPED.search(lab.segment.text))
    )


def _run_gap(lab: Labelled, p: Parameters) -> bool:
    # A marker the tables already named ('[리포트]': chrome of no particular kind) is as much a
    # gap as one they did not.
    marker = lab.quality is Quality.BAD or (lab.quality is Quality.CHROME and lab.kind is ChromeKind.OTHER)
    return marker and lab.features.weight < p.length_low and not _STOPPED.search(lab.segment.text)


def sentence_runs(blocks: list[Labelled], p: Parameters) -> None:
    """Runs of short CJK sentences next to the body, up and down from it, are body."""
    if not cjk_page(blocks):
        return
    good = [i for i, b in enumerate(blocks) if b.quality is Quality.GOOD]
    if not good:
        return
    # Inside the body too: a one-sentence paragraph between two of its paragraphs ('정부는 … 줄이기로
    # 했습니다.' / '최민수 기자가 보도합니다.' / '[리포트]') is body when only such sentences and
    # markers stand between them.
    for a, b in zip(good, good[1:]):
        between = blocks[a + 1 : b]
        if between and all(_run_sentence(x, p) or _run_gap(x, p) for x in between) and any(_run_sentence(x, p) for x in between):
            for lab in between:
                if _run_sentence(lab, p):
                    lab.quality = Quality.GOOD
                    lab.reason += "; one of a run of sentences inside the body"
    for start, step in ((good[0], -1), (good[-1], 1)):
        k, gap = start + step, 0
        while 0 <= k < len(blocks):
            lab = blocks[k]
            if _run_sentence(lab, p):
                lab.quality = Quality.GOOD
                lab.reason += "; one of a run of sentences next to the body"
                gap = 0
            elif _run_gap(lab, p) and gap < MAX_RUN_GAP:
                gap += 1
            else:
                break
            k += step
