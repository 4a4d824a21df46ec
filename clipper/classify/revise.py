"""Pass 2: labels revised by neighbours.

1. Runs under a chrome heading ('Most read', '관련 뉴스', '실시간 시세') take its kind.
2. Short rows between quote rows are part of the ticker.
3. jusText's rule for short and near-good blocks: judged by the nearest sure neighbours.
4. The article is one coherent run: the best-scoring contiguous stretch of blocks is the
   body; good-looking blocks far outside it (teasers, comments) are not.
"""

from __future__ import annotations

import re

from ..model import BlockType, ChromeKind
from .context_free import is_count, is_list_number
from .cjk import CJK_SCRIPTS, illustrations, sentences_anchor
from .labels import HEADING_RUN, Label, Labelled, Parameters, Quality, index_runs, listed_runs

_SURE = (Quality.GOOD, Quality.BAD, Quality.CHROME)


def _is_chrome(lab: Labelled) -> bool:
    return lab.quality is Quality.CHROME


# A block of at least this many words that ends a sentence is prose, not a list item.
MIN_PROSE_WORDS = 12


def _prose_sentence(lab: Labelled) -> bool:
    f = lab.features
    return f.ends_sentence and f.words >= MIN_PROSE_WORDS and not lab.segment.bullet and not f.unspaced


def heading_runs(blocks: list[Labelled], p: Parameters) -> None:
    i = 0
    while i < len(blocks):
        kind = blocks[i].extra.get("chrome_heading")
        if kind is None:
            i += 1
            continue
        head = blocks[i]
        j = i + 1
        while j < len(blocks):
            lab = blocks[j]
            if lab.extra.get("chrome_heading") is not None or lab.quality is Quality.GOOD:
                break
            if lab.features.weight > p.chrome_run_item_weight:
                break
            if lab.segment.heading:
                break  # a new section heading ends the list
            if _prose_sentence(lab) or _statement(lab, p):
                # Items under 'Related' are headlines; a paragraph of sentences is the article again.
                break
            if _is_chrome(lab) and lab.kind not in (None, ChromeKind.OTHER, ChromeKind.NAVIGATION, ChromeKind.TICKER):
                break
            if _is_chrome(lab) and lab.kind is ChromeKind.TICKER and kind is not ChromeKind.TICKER:
                break
            lab.quality = Quality.CHROME
            lab.kind = kind
            lab.reason = f"under the heading '{head.segment.text[:40]}'"
            # Runs are read up to the next good block, and may take in the article's head
            # when a scraper leaves its items unmarked: metadata still looks there for the headline.
            lab.extra[HEADING_RUN] = True
            j += 1
        i = j


def _numbered_step(lab: Labelled, rows: tuple[Labelled, Labelled], p: Parameters) -> bool:
    """A sentence between two list numbers ('2.' / 'Misture rapidamente e junte o ovo.' /
    '3.') is a step of a numbered list, not a name in a ticker."""
    f = lab.features
    return (
        all(is_list_number(r.segment.text) for r in rows)
        and f.ends_sentence
        and f.stopword_density >= p.stopwords_low
    )


# The name over a ticker's first quote ('KOSPI' / '2,531.07' / '▼ 12.44'): a word or two
# (Latin-letter equivalents), with no sentence end. In a sentence a renderer broke at its links
# ('Japan's' / 'Nikkei 225' / '( N225)' / 'declined 0.3%') no quote row follows the name.
MAX_TICKER_NAME_WEIGHT = 16


def _ticker_name(lab: Labelled) -> bool:
    f = lab.features
    return (
        lab.quality in (Quality.SHORT, Quality.BAD)
        and 0 < f.weight <= MAX_TICKER_NAME_WEIGHT
        and not f.sentence_ends
        and not lab.segment.bullet
        and not lab.segment.heading
        and not lab.segment.text.rstrip().endswith((":", "："))  # a label over its value ('Alkoholgehalt:')
    )


# A quote moves: an arrow or a signed figure ('▼ 12.44', '+0.71%'); a phone number, or a
# table's figure under its column header ('Zinssatz' / '3.5%', 'Fat' / '198g'), does not.
_QUOTE_MOVE = re.compile(r"[▲▼△▽↑↓]|(?:^|\s)[+\-−]\s?\d")


def ticker_runs(blocks: list[Labelled], p: Parameters) -> None:
    """Names and column headers between quote rows belong to the ticker, and so does the name
    right over the first of two quote rows."""
    rows = [i for i, b in enumerate(blocks) if b.kind is ChromeKind.TICKER and _is_chrome(b)]
    for k in range(len(rows) - 1):
        a = rows[k]
        # The first row of a quote (no row just above), with a second row close under it.
        opens = k == 0 or rows[k - 1] < a - 2
        moves = any(_QUOTE_MOVE.search(blocks[r].segment.text) for r in (a, rows[k + 1]))
        if opens and rows[k + 1] - a <= 2 and a > 0 and moves and _ticker_name(blocks[a - 1]):
            name = blocks[a - 1]
            name.quality, name.kind, name.reason = Quality.CHROME, ChromeKind.TICKER, "the name over a quote row"
    for a, b in zip(rows, rows[1:]):
        if b - a > 4:
            continue
        between = blocks[a + 1 : b]
        if any(_numbered_step(x, (blocks[a], blocks[b]), p) for x in between):
            continue
        if all(x.quality in (Quality.SHORT, Quality.BAD, Quality.CHROME) and x.features.weight < p.length_low for x in between):
            for x in between:
                x.quality = Quality.CHROME
                x.kind = ChromeKind.TICKER
                x.reason = "between quote rows"


# Kinds whose buttons carry counters on their own line ('좋아요' / '0', 'Comments' / '12').
_COUNTED = (ChromeKind.REACTIONS, ChromeKind.COMMENTS, ChromeKind.SHARE, ChromeKind.SUBSCRIPTION)


def counters(blocks: list[Labelled]) -> None:
    """A bare count next to a reaction, comment or share button is part of that widget."""
    for i, lab in enumerate(blocks):
        if _is_chrome(lab) or not lab.features.digit_share or not is_count(lab.segment.text):
            continue  # (a count has digits: the regex runs only on blocks with some)
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and _is_chrome(blocks[j]) and blocks[j].kind in _COUNTED:
                lab.quality = Quality.CHROME
                lab.kind = blocks[j].kind
                lab.reason = f"count of the {blocks[j].kind.value} button beside it"
                break


def promote_near(blocks: list[Labelled]) -> None:
    """A short article may have no block long enough to be sure of: then near-good is good."""
    if any(b.quality is Quality.GOOD for b in blocks):
        return
    for b in blocks:
        if b.quality is Quality.NEAR:
            b.quality = Quality.GOOD
            b.reason += "; no longer block on the page"


def _nearest_sure(blocks: list[Labelled], step: int) -> list[Quality]:
    """For each block, the class of the nearest sure block before it (step -1) or after it
    (step 1); chrome counts as bad, and so does the page edge. One pass, so that a page of
    a million short lines stays linear."""
    nearest = [Quality.BAD] * len(blocks)
    seen = Quality.BAD
    order = range(len(blocks)) if step < 0 else range(len(blocks) - 1, -1, -1)
    for i in order:
        nearest[i] = seen
        q = blocks[i].quality
        if q in _SURE:
            seen = Quality.BAD if q is Quality.CHROME else q
    return nearest


# A statement of at least this many words, as long as a short paragraph, that ends with a full
# stop is prose too, in languages of long words ('Ekonomistler, bir sonraki toplantıda da benzer
# büyüklükte bir indirim yapılabileceğini öngörüyor.' has 11): a teaser's headline ends with none.
MIN_STATEMENT_WORDS = 8
_FULL_STOPS = (".", "।")


# In an unspaced script a statement is a sentence at least this long (Latin-letter equivalents,
# some 35 Han characters): a related headline ends with no full stop, and a teaser's one-line
# summary is shorter.
MIN_UNSPACED_STATEMENT = 100


def _statement(lab: Labelled, p: Parameters) -> bool:
    f = lab.features
    if f.unspaced:
        return f.weight >= MIN_UNSPACED_STATEMENT and not lab.segment.bullet and lab.segment.text.rstrip().endswith("。")
    return (
        f.words >= MIN_STATEMENT_WORDS
        and f.weight >= p.length_low
        and not f.unspaced
        and not lab.segment.bullet
        and lab.segment.text.rstrip().endswith(_FULL_STOPS)
    )


def _sentence_like(lab: Labelled) -> bool:
    f = lab.features
    return f.ends_sentence and f.words >= 4 and not lab.segment.bullet and f.digit_share < 0.2


def _touches_good(blocks: list[Labelled], i: int) -> bool:
    return any(0 <= j < len(blocks) and blocks[j].quality is Quality.GOOD for j in (i - 1, i + 1))


def justext_revision(blocks: list[Labelled]) -> None:
    """Short and near-good blocks take the class of their sure neighbours (jusText, simplified)."""
    decided: list[Quality] = []
    before, after = _nearest_sure(blocks, -1), _nearest_sure(blocks, 1)
    for i, lab in enumerate(blocks):
        q = lab.quality
        if q in _SURE:
            decided.append(q)
            continue
        prev, nxt = before[i], after[i]
        if prev is Quality.GOOD and nxt is Quality.GOOD:
            decided.append(Quality.GOOD)
        elif q is Quality.NEAR and (prev is Quality.GOOD or nxt is Quality.GOOD):
            decided.append(Quality.GOOD)
        elif _sentence_like(lab) and _touches_good(blocks, i):
            # A closing one-sentence paragraph: short, but a sentence right next to the body.
            decided.append(Quality.GOOD)
        else:
            decided.append(Quality.BAD)
    for lab, q in zip(blocks, decided):
        if lab.quality is not q:
            lab.extra["revised_from"] = lab.quality
            lab.quality = q


# Scores for the run search: good text counts by its length, everything else costs.
MAX_GOOD_SCORE = 1000.0
BAD_COST_PER_WEIGHT = 0.3
BAD_BASE_COST = 15.0
CHROME_COST = 25.0


def _score(lab: Labelled) -> float:
    if lab.quality is Quality.GOOD:
        return min(lab.features.weight, MAX_GOOD_SCORE)
    if lab.quality is Quality.CHROME:
        return -CHROME_COST
    return -(BAD_BASE_COST + BAD_COST_PER_WEIGHT * min(lab.features.weight, 400))


def main_run(blocks: list[Labelled]) -> tuple[int, int] | None:
    """The contiguous stretch with the highest total score (Kadane), or None when nothing is good."""
    best = (0.0, -1, -1)
    total, start = 0.0, 0
    for i, lab in enumerate(blocks):
        if total <= 0:
            total, start = 0.0, i
        total += _score(lab)
        if total > best[0]:
            best = (total, start, i)
    if best[1] < 0:
        return None
    return best[1], best[2]


# Chrome the article runs on around: an image's file name or marker, a photo caption, an
# 'Advertisement' label. Neighbourhood evidence looks through them, so that a paragraph after
# a photo is judged by the paragraph before it and the article is not cut in two.
_SEE_THROUGH = (ChromeKind.CAPTION, ChromeKind.ADVERTISEMENT)


def dumped(blocks: list[Labelled]) -> bool:
    """Some block comes from a text dump, not from HTML. The shapes that the DOM settles on an
    HTML page (comment_section, sentence_fragments, teaser_bullets, cut_off_teasers, and the
    captions and image markers ``visible`` looks through) are looked for only in dumps: on a
    page without one their passes would change nothing."""
    return any(lab.segment.dom is None for lab in blocks)


def see_through(lab: Labelled) -> bool:
    # Text input only: in HTML the DOM already groups the article's paragraphs.
    return lab.quality is Quality.CHROME and lab.kind in _SEE_THROUGH and "chrome_heading" not in lab.extra and lab.segment.dom is None


# A grid of teaser cards: an image marker before every card (headline and dek), at most
# this many blocks apart, at least this many markers in a row, each followed by the card's
# text. Looking through them would make the cards one long run of prose. A photo blog's
# pictures are as dense, but somewhere two follow each other with no text between (a
# gallery, or a photo and its caption): those stay looked through.
CARD_MAX_GAP = 3
CARD_MIN_MARKERS = 3


def _card_markers(candidates: list[int]) -> set[int]:
    grid: set[int] = set()
    for chain in index_runs(candidates, CARD_MAX_GAP):
        if len(chain) >= CARD_MIN_MARKERS and all(b - a > 1 for a, b in zip(chain, chain[1:])):
            grid.update(chain)
    return grid


def visible(blocks: list[Labelled]) -> list[Labelled]:
    """The blocks the learned scorer reads as each other's neighbours: image markers and
    captions are looked through, unless they mark the cards of a teaser grid."""
    through = [see_through(b) for b in blocks]
    grid = _card_markers([i for i, t in enumerate(through) if t])
    grid -= illustrations(blocks, grid)
    return [b for i, (b, t) in enumerate(zip(blocks, through)) if not t or i in grid]


def apply_model(blocks: list[Labelled], probabilities: list[float], threshold: float, p: Parameters) -> None:
    """The learned scorer decides every block the lexicon did not already name as chrome.

    A page with no block long enough to be judged alone (a price list, a menu: short items
    only) has no body, however prose-like its neighbourhoods.
    """
    for lab, prob in zip(blocks, probabilities):
        lab.extra["p_body"] = prob
        if lab.quality is Quality.CHROME:
            continue
        lab.extra["revised_from"] = lab.quality
        lab.quality = Quality.GOOD if prob >= threshold else Quality.BAD
        lab.reason = f"{lab.reason}; model p(body)={prob:.2f}"
    chosen = [lab for lab in blocks if lab.quality is Quality.GOOD]
    longest = max((lab.features.weight for lab in blocks if lab.quality is not Quality.CHROME), default=0.0)
    if chosen and longest < p.length_low and not sentences_anchor(chosen, p):
        for lab in chosen:
            lab.quality = Quality.BAD
            lab.reason += "; no block on the page is long enough to anchor an article"


# A comment thread: short comment widgets ('Reply', '3 hours ago', 'Responder') or date lines
# (each comment is stamped) recurring at most this many blocks apart, at least this many
# times. Author names, ratings and the comments' own sentences between them are the thread,
# however prose-like.
THREAD_MAX_GAP = 8
THREAD_MIN_MARKERS = 3


def _comment_marker(lab: Labelled, p: Parameters) -> bool:
    return (
        lab.quality is Quality.CHROME
        and lab.kind in (ChromeKind.COMMENTS, ChromeKind.DATELINE)
        and "chrome_heading" not in lab.extra
        and lab.features.weight < p.length_low
    )


def comment_threads(blocks: list[Labelled], p: Parameters) -> None:
    """Comments below the article read like body paragraphs; the widgets around them do not."""
    # Only below an article: widgets after the first block long enough to be sure of (the
    # date line and toolbar above the article are not a thread).
    anchor = next((i for i, b in enumerate(blocks) if b.quality is Quality.GOOD and b.features.weight >= p.length_high), None)
    if anchor is None:
        return
    markers = [i for i in range(anchor + 1, len(blocks)) if _comment_marker(blocks[i], p)]
    for cluster in index_runs(markers, THREAD_MAX_GAP):
        if len(cluster) < THREAD_MIN_MARKERS:
            continue
        first, last = cluster[0], cluster[-1]
        gaps = sorted(b - a for a, b in zip(cluster, cluster[1:]))
        end = last
        # The last comment's text follows its last widget, as far as one comment reaches.
        for j in range(last + 1, min(len(blocks), last + 1 + gaps[len(gaps) // 2])):
            lab = blocks[j]
            if lab.quality is Quality.CHROME and lab.kind is not ChromeKind.COMMENTS:
                break
            end = j
        # Comments are the smaller part of a page: a 'thread' holding more prose than came
        # before it is the article between its date lines (a list page, a press release).
        inside = sum(b.features.weight for b in blocks[first : end + 1] if b.quality is Quality.GOOD)
        before = sum(b.features.weight for b in blocks[:first] if b.quality is Quality.GOOD)
        if inside > before:
            continue
        for lab in blocks[first : end + 1]:
            if lab.quality is not Quality.CHROME:
                lab.quality = Quality.CHROME
                lab.kind = ChromeKind.COMMENTS
                lab.reason = f"{lab.reason}; in a comment thread"


# A list inside the article: at most this many items, between two body paragraphs.
MAX_INNER_LIST = 15
# A sentence that introduces a list ('The kit includes:') has a few words; 'IFRAME:' does not.
MIN_INTRO_WORDS = 5


def lists_inside_body(blocks: list[Labelled], p: Parameters) -> None:
    """Items of a list the article introduces ('You will need:', then bullets) and continues
    after are part of it, however short: the paragraphs on both sides vouch for them."""
    n = len(blocks)
    i = 0
    while i < n:
        head = blocks[i]
        if head.quality is not Quality.GOOD or head.segment.bullet:
            i += 1
            continue
        # The run: list items (bullets the tables did not name) or blocks the scorer doubted.
        j = i + 1
        while j < n and j - i - 1 < MAX_INNER_LIST and _inner_list_item(blocks[j], p):
            if j > i + 1 and blocks[j - 1].segment.bullet and not blocks[j].segment.bullet and _sentence_like(blocks[j]):
                break  # a sentence after the bullets is the article again
            j += 1
        run = blocks[i + 1 : j]
        if not run or j >= n or not any(b.quality is Quality.BAD for b in run):
            i = max(j, i + 1)
            continue
        intro = head.segment.text.rstrip().endswith(":") and head.features.words >= MIN_INTRO_WORDS
        after = blocks[j]
        # After an announced list, a paragraph that reads as prose (pass 1) resumes the
        # article, even when the scorer took the list for a menu and doubted it.
        resumes = after.quality is Quality.GOOD or (
            intro and after.quality is Quality.BAD and _resumes_after_list(after)
        )
        if resumes and (intro or all(b.segment.bullet for b in run)):
            for lab in run:
                if lab.quality is Quality.BAD:
                    lab.quality = Quality.GOOD
                    lab.reason += "; an item of a list inside the article"
            if after.quality is not Quality.GOOD:
                after.quality = Quality.GOOD
                after.reason += "; the article resumes after its list"
        i = j


def _announces_list(lab: Labelled) -> bool:
    return lab.segment.text.rstrip().endswith(":") and lab.features.words >= MIN_INTRO_WORDS and not lab.segment.bullet


def _inner_list_item(lab: Labelled, p: Parameters) -> bool:
    """A bullet the tables did not name, or a short block the scorer doubted; a sentence that
    announces the next list ('Ask yourself these questions:') is the article again."""
    if lab.quality not in (Quality.BAD, Quality.GOOD):
        return False
    if lab.segment.bullet:
        return True
    if lab.features.weight >= p.length_low or _announces_list(lab):
        return False
    # A short line the scorer kept is an item too ('1. Fill the jars'), unless it is a sentence.
    return lab.quality is Quality.BAD or not _sentence_like(lab)


def _resumes_after_list(lab: Labelled) -> bool:
    """After an announced list, a block that reads as prose (pass 1), a sentence, or the
    sentence that announces the next list continues the article."""
    return (
        lab.extra.get("revised_from") in (Quality.GOOD, Quality.NEAR)
        or _sentence_like(lab)
        or _announces_list(lab)
    )


def _separates(lab: Labelled) -> bool:
    """Chrome that ends the article (a copyright line, share buttons, a comment widget) rather
    than chrome it runs on around (a photo, an advertisement label)."""
    return lab.quality is Quality.CHROME and not see_through(lab) and lab.kind not in _SEE_THROUGH


def _unordered_item(lab: Labelled) -> bool:
    """A bullet ('•', '*', '-'), not a numbered step ('1. Fill the canner …')."""
    raw = lab.segment.raw_lines[0].lstrip() if lab.segment.raw_lines else ""
    return lab.segment.bullet and not raw[:1].isdigit()


def teaser_bullets(blocks: list[Labelled], p: Parameters) -> None:
    """Bulleted headlines after the article's last paragraph, past the chrome that ends it
    ('Copyright …', 'Share:'), are teasers for other stories, however question-like
    ('… 背后有哪些原因？'): an article's own list comes before its end, not after its footer."""
    last = max(
        (i for i, b in enumerate(blocks) if b.quality is Quality.GOOD and not b.segment.bullet and b.features.weight >= p.length_low),
        default=None,
    )
    if last is None:
        return
    ended = False
    for lab in blocks[last + 1 :]:
        if lab.segment.dom is not None:
            return  # HTML: the DOM already says where the article ends
        ended = ended or _separates(lab)
        if ended and lab.quality is Quality.GOOD and _unordered_item(lab) and lab.features.weight < p.max_heading_weight:
            lab.quality = Quality.BAD
            lab.reason += "; a bulleted headline after the article's end"


# A teaser grid lists other stories with an excerpt cut to fit its card ('… The AirPods Pro
# features Active Noise Cancellat...', 'Darán bendición a vehículos este sábad...'). At least
# this many cut-off blocks ...
MIN_CUT_TEASERS = 3
# ... at most this many blocks apart (a card: headline, excerpt, date line, byline) are one
# grid; an article's own ellipses ('… und dann…') are one or two, with sentences between.
MAX_TEASER_GAP = 3
# The cut: an ellipsis after a word, with or without a space ('Cancellat...', 'for which ...'),
# not after a sentence's end.
_TEASER_CUT = re.compile(r"[^\s.!?…]\s?(?:\.{2,}|…+)\s*[)\]]?\s*$")


def _card_part(lab: Labelled, p: Parameters) -> bool:
    """What a card holds besides its excerpt: a headline, a date, a byline, a 'Read more'."""
    return lab.quality is Quality.CHROME or _heading_like(lab, p)


def cut_off_teasers(blocks: list[Labelled], p: Parameters) -> None:
    """Runs of excerpts cut off with an ellipsis, and the card headlines between and just
    before them, are teasers for other stories (unspaced scripts: cjk.cut_off_headlines).
    A page that is nothing but such a list (a press portal's or a blog's index) keeps it:
    there the list is what the page has to say."""
    cut = [
        i
        for i, b in enumerate(blocks)
        if b.features.script not in CJK_SCRIPTS and b.segment.dom is None and _TEASER_CUT.search(b.segment.text.rstrip())
    ]
    grids: list[range] = []
    # A sentence between the excerpts: an article's own ellipses, not a grid.
    for chain in listed_runs(cut, MAX_TEASER_GAP, MIN_CUT_TEASERS, lambda i: _card_part(blocks[i], p)):
        first, last = chain[0], chain[-1]
        # The first card's headline (and at most one more card part) above its excerpt.
        while first > 0 and chain[0] - first < MAX_TEASER_GAP - 1:
            above = blocks[first - 1]
            if _is_chrome(above) or not _heading_like(above, p):
                break
            first -= 1
        grids.append(range(first, last + 1))
    inside = {i for grid in grids for i in grid}
    if not inside:
        return
    if sum(b.features.weight for i, b in enumerate(blocks) if b.quality is Quality.GOOD and i not in inside) < THIN_BODY_WEIGHT:
        return
    for i in sorted(inside):
        lab = blocks[i]
        if lab.quality is not Quality.CHROME:
            lab.quality = Quality.CHROME
            lab.kind = ChromeKind.RELATED
            lab.reason += "; in a grid of cut-off teasers"


def closing_sentence(blocks: list[Labelled]) -> None:
    """The article's last paragraph is often one short sentence ('교육부는 … 입장이다.'): a
    sentence right after the body that ends it (chrome or nothing follows) belongs to it."""
    for i in range(1, len(blocks)):
        lab = blocks[i]
        if lab.quality is not Quality.BAD or blocks[i - 1].quality is not Quality.GOOD or not _sentence_like(lab):
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None or nxt.quality is Quality.CHROME:
            lab.quality = Quality.GOOD
            lab.reason += "; the sentence that closes the article"


def _heading_like(lab: Labelled, p: Parameters) -> bool:
    return not lab.features.ends_sentence and lab.features.weight < p.max_heading_weight


def headline_above_body(blocks: list[Labelled], p: Parameters) -> None:
    """The headline sits just above the body, cut off from it by a date line, byline or toolbar;
    it is the title (metadata picks it up), not the first body paragraph."""
    first = next((i for i, b in enumerate(blocks) if b.quality is Quality.GOOD), None)
    if first is None or not _heading_like(blocks[first], p):
        return
    nxt = first + 1
    if nxt < len(blocks) and blocks[nxt].quality is Quality.CHROME:
        lab = blocks[first]
        lab.quality = Quality.BAD
        lab.reason += "; headline above the body"


def one_column(blocks: list[Labelled]) -> None:
    """Of a side-by-side stretch, the body is one column: the other is the sidebar (and the
    body stays in the order of the input)."""
    stretches: dict[tuple[int, int], list[Labelled]] = {}
    for lab in blocks:
        if lab.segment.column and lab.label is Label.BODY:
            stretches.setdefault((lab.segment.first_line, lab.segment.last_line), []).append(lab)
    for labs in stretches.values():
        weight = {1: 0.0, 2: 0.0}
        for lab in labs:
            weight[lab.segment.column] += lab.features.weight
        if weight[1] and weight[2]:
            side = 1 if weight[1] < weight[2] else 2
            for lab in labs:
                if lab.segment.column == side:
                    lab.set(Label.CHROME, ChromeKind.OTHER, "the other column of a side-by-side layout")


def finalise(blocks: list[Labelled], p: Parameters, use_run: bool = True) -> None:
    """Labels from qualities; with ``use_run``, good blocks outside the main run are chrome."""
    run = main_run(blocks) if use_run else (0, len(blocks) - 1)
    for i, lab in enumerate(blocks):
        inside = run is not None and run[0] <= i <= run[1]
        if lab.quality is Quality.CHROME:
            lab.set(Label.CHROME, lab.kind or ChromeKind.OTHER, lab.reason)
        elif lab.quality is Quality.GOOD and not lab.features.chars:
            # No letter or digit: the bullets of an icon-only share list, a '.' cut off after
            # a link, a rule of asterisks. Whatever its neighbours, it says nothing.
            lab.set(Label.CHROME, ChromeKind.OTHER, f"{lab.reason}; no letters or digits")
        elif lab.quality is Quality.GOOD and inside:
            lab.set(Label.BODY, None, lab.reason or "body")
        elif lab.quality is Quality.GOOD:
            lab.set(Label.CHROME, ChromeKind.OTHER, "good text outside the article's main run")
        else:
            kind = ChromeKind.NAVIGATION if lab.segment.bullet and lab.features.weight < p.length_low else ChromeKind.OTHER
            lab.set(Label.CHROME, kind, lab.reason or "not prose")
        seg = lab.segment
        if seg.heading or (seg.dom and seg.dom.heading_level):
            lab.block_type = BlockType.HEADING
        elif seg.quote:
            lab.block_type = BlockType.QUOTE
        elif seg.dom is not None and seg.dom.tag == "tr":
            # Only a data table's row is a block of its own: a layout table's cells are.
            lab.block_type = BlockType.TABLE_ROW
        elif seg.bullet:
            lab.block_type = BlockType.LIST_ITEM
        elif (
            lab.label is Label.BODY
            and seg.dom is None  # HTML says which blocks are headings
            and not lab.features.ends_sentence
            and lab.features.weight < p.max_heading_weight
            and lab.extra.get("revised_from") in (Quality.SHORT, Quality.NEAR)
        ):
            lab.block_type = BlockType.HEADING
    one_column(blocks)


# A page whose body came out thinner than this (Latin-letter equivalents) has lost its article
# to the scorer's doubt (a short post above a long list, a paywalled teaser): an empty body
# is the costliest answer, so the most body-like stretch of prose is taken after all.
THIN_BODY_WEIGHT = 100
# The stretch is made of prose-like blocks the scorer gave at least this much; below it, a
# block is chrome however it reads (a cookie notice, a link list).
RESCUE_MIN_P = 0.15
# A candidate block has at least this many words: a sentence, not a menu entry.
RESCUE_MIN_WORDS = 8
# Two candidates this many blocks apart (or closer) belong to one stretch.
RESCUE_MAX_GAP = 2


# Scripts that mark no sentence end (Thai separates clauses by spaces only): there a block as
# long as a paragraph the scorer is sure of is prose however it ends.
_UNPUNCTUATED_SCRIPTS = ("thai",)


def _rescue_candidate(lab: Labelled, p: Parameters, has_stopwords: bool) -> bool:
    f = lab.features
    # Without a stopword table for the page's language (Korean, Vietnamese, …) sentence ends
    # are the sign of prose, as they are in unspaced scripts.
    if has_stopwords and not f.unspaced:
        prose = f.stopword_density >= p.stopwords_low
    else:
        prose = f.sentence_ends > 0 or (f.script in _UNPUNCTUATED_SCRIPTS and f.weight >= p.length_high)
    return (
        lab.quality is Quality.BAD
        and lab.extra.get("p_body", 0.0) >= RESCUE_MIN_P
        and f.words >= RESCUE_MIN_WORDS
        and prose
        and not lab.segment.bullet
        and f.digit_share < p.max_digit_share
    )


def thin_body(blocks: list[Labelled], p: Parameters, has_stopwords: bool = True) -> None:
    """When (almost) nothing is body, the best-scoring stretch of prose-like blocks is.
    ``has_stopwords``: the page's language has a stopword table in use."""
    if sum(b.features.weight for b in blocks if b.quality is Quality.GOOD) >= THIN_BODY_WEIGHT:
        return
    candidates = [i for i, b in enumerate(blocks) if _rescue_candidate(b, p, has_stopwords)]
    if not candidates:
        return
    best = max(
        index_runs(candidates, RESCUE_MAX_GAP + 1),
        key=lambda chain: sum(blocks[i].extra["p_body"] * blocks[i].features.weight for i in chain),
    )
    for i in best:
        lab = blocks[i]
        lab.quality = Quality.GOOD
        lab.reason += "; the most body-like prose of a page with no body"


# An article that is only a list (a race calendar, a list of dates or winners) has no
# paragraph, and every item is too short to be sure of: when nothing else is body, the longest
# run of at least MIN_LIST_ARTICLE_ITEMS bulleted items of at least MIN_LIST_ITEM_WORDS words
# each is. A menu's items are a word or two; items that are links ('[text](url)', lynx's
# '[12]text') are teasers or a menu, and items under a chrome heading are chrome already.
MIN_LIST_ARTICLE_ITEMS = 4
MIN_LIST_ITEM_WORDS = 4
_LINKED_ITEM = re.compile(r"\]\(|^\s*\[\d{1,4}\]")


def _list_article_item(lab: Labelled) -> bool:
    return (
        lab.quality is Quality.BAD
        and lab.segment.bullet
        and lab.features.words >= MIN_LIST_ITEM_WORDS
        and not _LINKED_ITEM.search(lab.segment.text)
        and HEADING_RUN not in lab.extra
    )


def list_article(blocks: list[Labelled]) -> None:
    if any(b.quality is Quality.GOOD for b in blocks):
        return
    best: list[Labelled] = []
    run: list[Labelled] = []
    for lab in [*blocks, None]:
        if lab is not None and _list_article_item(lab):
            run.append(lab)
            continue
        if len(run) >= MIN_LIST_ARTICLE_ITEMS and sum(b.features.weight for b in run) > sum(b.features.weight for b in best):
            best = run
        run = []
    for lab in best:
        lab.quality = Quality.GOOD
        lab.reason += "; an item of the list that is the whole article"


# A ranking box a renderer printed one cell per line: '1' / headline / '2' / headline … At
# least this many ranks counting up from 1, each followed by a line that is no sentence (a
# recipe's '1' / 'Mix the flour and sugar.' is a step, and its steps end like sentences).
MIN_RANKS = 2


def _rank(lab: Labelled) -> int | None:
    text = lab.segment.text.strip()
    return int(text) if text.isdigit() and is_count(text) else None


def _ranked_headline(lab: Labelled, p: Parameters) -> bool:
    f = lab.features
    text = lab.segment.text.rstrip()
    return (
        lab.quality is not Quality.CHROME
        and 0 < f.weight < p.max_heading_weight
        and not f.ends_sentence
        and not text.endswith(("。", ".", "!", "?", "！", "？"))
    )


def rank_lists(blocks: list[Labelled], p: Parameters) -> None:
    """Ranked headlines ('1' / '首相、来週にも訪米へ' / '2' / …) past the chrome that ends the
    article are a 'most read' box; an article's own ranking comes before its end."""
    last = max((i for i, b in enumerate(blocks) if b.quality is Quality.GOOD and b.features.weight >= p.length_low), default=None)
    if last is None:
        return
    i = next((k for k in range(last + 1, len(blocks)) if _separates(blocks[k])), len(blocks))
    while i < len(blocks) - 1:
        if _rank(blocks[i]) != 1:
            i += 1
            continue
        j, want = i, 1
        while j + 1 < len(blocks) and _rank(blocks[j]) == want and _ranked_headline(blocks[j + 1], p):
            j, want = j + 2, want + 1
        if want - 1 >= MIN_RANKS:
            for lab in blocks[i:j]:
                lab.quality, lab.kind = Quality.CHROME, ChromeKind.RELATED
                lab.reason += "; in a ranked list of headlines"
        i = max(j, i + 1)


def _named_comments(lab: Labelled) -> bool:
    """A block a comments pattern named ('12 thoughts on “…”', 'Anna says:'), not a bare button."""
    return lab.quality is Quality.CHROME and lab.kind is ChromeKind.COMMENTS and lab.reason == "comments pattern"


def comment_section(blocks: list[Labelled], p: Parameters) -> None:
    """A blog's comment section starts with its header ('142 Antworten zu „…“') and runs to the
    page's end: comments signed only with a name and a date read like body paragraphs, and
    there may be too few widgets between them for a thread (see comment_threads)."""
    before = 0.0
    for i, lab in enumerate(blocks):
        if lab.segment.dom is not None:
            return  # HTML: the DOM says where the article ends
        if lab.quality is Quality.GOOD:
            before += lab.features.weight
            continue
        if before < p.length_high or not _named_comments(lab) or not lab.segment.text.lstrip()[:1].isdigit():
            continue
        # The header is followed by a comment's own marks: an author line or a date stamp.
        if not any(_comment_marker(b, p) for b in blocks[i + 1 : i + 1 + THREAD_MAX_GAP]):
            continue
        for later in blocks[i + 1 :]:
            if later.quality is Quality.GOOD:
                later.quality = Quality.CHROME
                later.kind = ChromeKind.COMMENTS
                later.reason = f"{later.reason}; in the comment section"
        return


# A recipe's ingredient rows ('200 g Zucker', '1 TL Zimt', '½ cup sugar'): short rows that
# start with a quantity, at least this many, and this share of the run's rows.
MIN_INGREDIENT_ROWS = 3
MIN_QUANTITY_SHARE = 0.6
# The preparation (body) starts at most this many blocks after the last row ('Zubereitung:',
# 'Method' in between).
MAX_ROWS_TO_BODY = 2


def _starts_with_quantity(text: str) -> bool:
    head = text.lstrip("•*-–· \t")[:1]
    return bool(head) and (head.isdigit() or head in "½⅓⅔¼¾⅛")


def _row(lab: Labelled, p: Parameters) -> bool:
    f = lab.features
    # Letters as well as the quantity: a bare number or a bullet sign alone is no ingredient.
    return lab.quality is Quality.BAD and 0 < f.weight < p.length_low and not f.ends_sentence and f.chars and f.digit_share < 1


def _ingredients_start(blocks: list[Labelled], i: int, j: int) -> int | None:
    """Where the ingredient list of the short rows ``blocks[i:j]`` begins (a menu may run into
    it from above), or None when the rows are not one."""
    quantities, start = 0, None
    for k in range(j - 1, i - 1, -1):  # the longest tail dense in quantities
        if _starts_with_quantity(blocks[k].segment.text):
            quantities += 1
            if quantities >= MIN_INGREDIENT_ROWS and quantities >= MIN_QUANTITY_SHARE * (j - k):
                start = k
    if start is not None and start > i and blocks[start - 1].segment.text.rstrip().endswith(":"):
        start -= 1  # its heading ('Zutaten:', 'Ingredients:')
    return start


def ingredient_rows(blocks: list[Labelled], p: Parameters) -> None:
    """The list of ingredients just above a recipe's steps is part of the recipe, however
    much it looks like a column of numbers: the rows start with quantities."""
    n = len(blocks)
    i = 0
    while i < n:
        if not _row(blocks[i], p):
            i += 1
            continue
        j = i
        while j < n and _row(blocks[j], p):
            j += 1
        start = _ingredients_start(blocks, i, j)
        nxt = next((k for k in range(j, min(n, j + MAX_ROWS_TO_BODY + 1)) if blocks[k].quality is Quality.GOOD), None)
        if start is not None and nxt is not None:
            for lab in blocks[start:nxt]:
                if lab.quality is Quality.BAD:
                    lab.quality = Quality.GOOD
                    lab.reason += "; an ingredient row above the recipe's steps"
        i = j


# A dump that breaks lines at inline elements (BeautifulSoup) or a renderer's odd wrap leaves
# one sentence on several adjacent lines the segmenter kept apart: 'LVMH (LVMHF)' / ', the
# conglomerate led by' / 'Bernard Arnault' / '.'. A line that ends on a lower-case word after
# at least this many words was cut mid-sentence.
MIN_CUT_SENTENCE_WORDS = 8
_DANGLING = (",", "-", "–", "(", "„", "“", "‘", "«")
_CLOSING = (",", ".", ";", ":", "!", "?", ")", "]", "%", "’", "”", "»")
# A few lower-case words after a finished sentence are a widget's label ('zurück nach oben',
# 'mehr erfahren', 'twittern'), not the sentence going on: a new sentence starts in capitals.
MAX_WIDGET_WORDS = 4
_SENTENCE_END = (".", "!", "?")


def _continues(prev: Labelled, nxt: Labelled, prev_inside: bool) -> bool:
    """Whether ``nxt`` goes on with the sentence ``prev`` left open (the two on adjacent lines)."""
    if nxt.segment.first_line != prev.segment.last_line + 1 or prev.segment.bullet or nxt.segment.bullet:
        return False
    left, right = prev.segment.text.rstrip(), nxt.segment.text.lstrip()
    if not left or not right:
        return False
    if right[0].islower() and left.endswith(_SENTENCE_END) and nxt.features.words <= MAX_WIDGET_WORDS:
        return False
    if right[0].islower() or right.startswith(_CLOSING) or left.endswith(_DANGLING):
        return True
    # A line cut after a lower-case word: a long one, or a piece that itself continued a sentence
    # and stopped on a short function word ('… led by').
    short_word = len(left.rsplit(None, 1)[-1]) <= 3
    return left[-1].islower() and (prev.features.words >= MIN_CUT_SENTENCE_WORDS or (prev_inside and short_word))


def sentence_fragments(blocks: list[Labelled]) -> None:
    """The pieces of one sentence share its fate: when most of it is body, all of it is."""
    n = len(blocks)
    i = 0
    while i < n:
        j = i + 1
        while j < n and blocks[j - 1].quality is not Quality.CHROME and blocks[j].quality is not Quality.CHROME and _continues(
            blocks[j - 1], blocks[j], j - 1 > i
        ):
            j += 1
        group = blocks[i:j]
        if len(group) > 1 and blocks[i].segment.dom is None:
            good = sum(b.features.weight for b in group if b.quality is Quality.GOOD)
            if good * 2 >= sum(b.features.weight for b in group):
                for lab in group:
                    if lab.quality is Quality.BAD:
                        lab.quality = Quality.GOOD
                        lab.reason += "; the rest of a sentence that is body"
        i = j


# The lead paragraph under the date line reads like the body but sits among header chrome,
# and the scorer doubts it. It stands at most this many short blocks (a caption, a photo
# credit) above the body's first paragraph; at most this many paragraphs are taken back.
MAX_LEAD_GAP = 3
MAX_LEAD_PARAGRAPHS = 2


# A teaser for another story is cut off with an ellipsis ('… up to 12 hours of listening...').
_CUT_OFF = ("...", "…", "[…]", "[...]")


def _lead_candidate(lab: Labelled) -> bool:
    return (
        lab.quality is Quality.BAD
        and lab.extra.get("revised_from") in (Quality.GOOD, Quality.NEAR)
        and (_prose_sentence(lab) or (lab.features.words >= 2 * MIN_PROSE_WORDS and not lab.segment.bullet))
        and not lab.segment.text.rstrip().endswith(_CUT_OFF)
    )


def lead_paragraph(blocks: list[Labelled], p: Parameters) -> None:
    """Prose just above the body's first paragraph is the article's lead."""
    for _ in range(MAX_LEAD_PARAGRAPHS):
        first = next((i for i, b in enumerate(blocks) if b.quality is Quality.GOOD), None)
        if first is None:
            return
        gap = 0
        k = first - 1
        while k >= 0 and gap <= MAX_LEAD_GAP:
            lab = blocks[k]
            if _lead_candidate(lab):
                lab.quality = Quality.GOOD
                lab.reason += "; the lead paragraph above the body"
                break
            if see_through(lab) or _header_mark(lab) or (lab.quality is Quality.BAD and lab.features.weight < p.length_low):
                gap += 0 if see_through(lab) else 1
                k -= 1
                continue
            return
        else:
            return


def _header_mark(lab: Labelled) -> bool:
    """The date line, byline and share row a page puts between its lead and the rest."""
    return lab.quality is Quality.CHROME and lab.kind in (ChromeKind.DATELINE, ChromeKind.BYLINE, ChromeKind.SHARE)


def tail_paragraph(blocks: list[Labelled], p: Parameters) -> None:
    """Prose just below the body's last paragraph goes on with the article."""
    for _ in range(MAX_LEAD_PARAGRAPHS):
        last = max((i for i, b in enumerate(blocks) if b.quality is Quality.GOOD), default=None)
        if last is None:
            return
        gap = 0
        k = last + 1
        while k < len(blocks) and gap <= 1:
            lab = blocks[k]
            if _lead_candidate(lab):
                lab.quality = Quality.GOOD
                lab.reason += "; the paragraph after the body"
                break
            if see_through(lab) or (lab.quality is Quality.BAD and lab.features.weight < p.length_low):
                gap += 0 if see_through(lab) else 1
                k += 1
                continue
            return
        else:
            return


# A menu a renderer printed one entry per line ('即時' / '要聞' / '娛樂' / … / '房市'): the
# tables know some entries, the scorer may read the others as short body lines. A run of at
# least MIN_MENU_RUN short blocks without a sentence end, of which at least MENU_KNOWN_SHARE
# are navigation phrases, is navigation throughout. An ingredient or bullet list in the story
# holds no menu words.
MIN_MENU_RUN = 4
MENU_KNOWN_SHARE = 1 / 3
MAX_MENU_ITEM_WEIGHT = 20  # Latin-letter equivalents: a word or two


def _menu_item(lab: Labelled) -> bool:
    f = lab.features
    return 0 < f.weight <= MAX_MENU_ITEM_WEIGHT and not f.sentence_ends and not lab.segment.heading and (
        lab.quality is not Quality.CHROME or lab.kind is ChromeKind.NAVIGATION
    )


def menu_runs(blocks: list[Labelled]) -> None:
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and _menu_item(blocks[j]):
            j += 1
        if j - i < MIN_MENU_RUN:  # too short a run (most blocks start none)
            i = max(j, i + 1)
            continue
        run = blocks[i:j]
        known = sum(1 for lab in run if lab.kind is ChromeKind.NAVIGATION)
        if len(run) >= MIN_MENU_RUN and known >= MENU_KNOWN_SHARE * len(run):
            for lab in run:
                if lab.quality is not Quality.CHROME:
                    lab.quality, lab.kind = Quality.CHROME, ChromeKind.NAVIGATION
                    lab.set(Label.CHROME, ChromeKind.NAVIGATION, f"{lab.reason}; in a run of menu entries")
        i = max(j, i + 1)


# Topic tags a renderer printed one per line under the story ('颱風' / '豪雨' / '氣象署',
# 'Москва' / 'Метро'): a run of at least MIN_TAG_RUN words after a paragraph that ends a
# sentence, with chrome or the page's end after it, is no part of the story.
MIN_TAG_RUN = 2
MAX_TAG_WEIGHT = 15  # Latin-letter equivalents: a word, or four Han characters


def _tag_like(lab: Labelled) -> bool:
    f = lab.features
    seg = lab.segment
    return 0 < f.weight <= MAX_TAG_WEIGHT and not f.sentence_ends and not seg.bullet and not seg.heading and not seg.quote


def tag_runs(blocks: list[Labelled]) -> None:
    for i, lab in enumerate(blocks):
        if lab.quality is not Quality.GOOD or not lab.features.ends_sentence:
            continue
        j = i + 1
        while j < len(blocks) and _tag_like(blocks[j]):
            j += 1
        run = blocks[i + 1 : j]
        if len(run) >= MIN_TAG_RUN and (j == len(blocks) or blocks[j].quality is Quality.CHROME):
            for tag in run:
                if tag.quality is not Quality.CHROME:
                    tag.quality = Quality.BAD
                    tag.reason += "; a tag under the story"


# A 'Read also' box inside the article ('Baca juga: …', 'Czytaj także:' over two headlines, 'اقرأ
# أيضا' over a list) breaks the body, which goes on under it. The box is at most this many
# blocks of related links, their heading and what a page runs on around (captions, ads, a list
# box's screen-reader labels); the paragraph under it must read as prose on its own. A box at
# the article's end is followed by other chrome, not by prose.
MAX_INSERT_BLOCKS = 8
# The resumed paragraph: pass 1 read it as prose, and the scorer gave it at least this much (a
# teaser's summary or an author blurb under a related list scores lower).
MIN_RESUME_P = 0.1
_INSERT_KINDS = (ChromeKind.RELATED, ChromeKind.NAVIGATION)


def _insert_part(lab: Labelled) -> bool:
    return lab.quality is Quality.CHROME and (lab.kind in _INSERT_KINDS or lab.kind in _SEE_THROUGH or see_through(lab))


def body_after_insert(blocks: list[Labelled], p: Parameters) -> None:
    """A prose paragraph right under a 'Read also' box that interrupts the body goes on with it."""
    n = len(blocks)
    for i in range(n - 2):
        head = blocks[i + 1]
        # The box opens with its heading or a 'Baca juga: …' line, not with a tag row.
        if blocks[i].quality is not Quality.GOOD or not _insert_part(head):
            continue
        if head.extra.get("chrome_heading") is None and head.kind is not ChromeKind.RELATED:
            continue
        k = i + 1
        while k < n and k - i <= MAX_INSERT_BLOCKS and _insert_part(blocks[k]):
            k += 1
        if k >= n or k - i > MAX_INSERT_BLOCKS or not any(blocks[j].kind in _INSERT_KINDS for j in range(i + 1, k)):
            continue
        lab = blocks[k]
        if (
            lab.quality is Quality.BAD
            and lab.extra.get("revised_from") in (Quality.GOOD, Quality.NEAR)
            and lab.extra.get("p_body", 0.0) >= MIN_RESUME_P
            and (_prose_sentence(lab) or _statement(lab, p) or (lab.features.unspaced and _sentence_like(lab)))
            and not lab.segment.text.rstrip().endswith(_CUT_OFF)
        ):
            lab.quality = Quality.GOOD
            lab.reason += "; the article goes on under a 'read also' box"



# A section heading inside the article ('## 원인', '## किसानों के लिए राहत'): a heading the
# renderer marked (Markdown '#'), short, between two body paragraphs.
def inner_headings(blocks: list[Labelled], p: Parameters) -> None:
    """A marked heading with body right above and right below it is the article's subheading."""
    for i in range(1, len(blocks) - 1):
        lab = blocks[i]
        if (
            lab.segment.heading >= 2
            and lab.quality is Quality.BAD
            and lab.features.weight < p.max_heading_weight
            and blocks[i - 1].quality is Quality.GOOD
            and blocks[i + 1].quality is Quality.GOOD
        ):
            lab.quality = Quality.GOOD
            lab.reason += "; a section heading inside the article"


# A photo caption over its credit line ('… 공을 차고 있다.' / 'ⓒ 윤다솜', a caption glued to the
# deck over '최서진 기자'), above the article: the credit is a short line the tables call a
# byline or a notice, and the article's body starts right under it. A credit at most this long
# (Latin-letter equivalents) names a photographer or an agency, not a publisher's notice.
MAX_CREDIT_WEIGHT = 30
_CREDIT_KINDS = (ChromeKind.BYLINE, ChromeKind.COPYRIGHT)
_CREDIT_LINE_KINDS = (*_CREDIT_KINDS, ChromeKind.CAPTION)  # with a wire photo's bracketed credit


def _bracketed_credit_under(lab: Labelled, credit: Labelled, p: Parameters) -> bool:
    """A caption line over a wire photo's credit that the tables name ('서울 지하철 개찰구' /
    '[연합뉴스 자료사진]'), anywhere in the article: the line is short and ends no sentence. An
    image's file name ('[20250302_0002]', mostly digits) is no credit."""
    return (
        credit.quality is Quality.CHROME
        and credit.kind is ChromeKind.CAPTION
        and credit.features.weight <= MAX_CREDIT_WEIGHT
        and credit.features.digit_share < 0.5
        and lab.quality is not Quality.CHROME
        and lab.features.weight < p.length_low
        and not lab.features.ends_sentence
        and not lab.segment.heading
        and not lab.segment.bullet
    )


def caption_over_credit(blocks: list[Labelled], p: Parameters) -> None:
    """A short block between header chrome and a photo credit that the body follows is a caption."""
    for i in range(1, len(blocks) - 2):
        credit = blocks[i + 1]
        # Both shapes need a short credit under the line: most blocks are none.
        if credit.quality is not Quality.CHROME or credit.kind not in _CREDIT_LINE_KINDS or credit.features.weight > MAX_CREDIT_WEIGHT:
            continue
        lab, after = blocks[i], blocks[i + 2]
        if _bracketed_credit_under(lab, credit, p):
            lab.set(Label.CHROME, ChromeKind.CAPTION, lab.reason + "; a caption over its photo credit")
            lab.quality = Quality.CHROME
            continue
        if (
            credit.quality is Quality.CHROME
            and credit.kind in _CREDIT_KINDS
            and credit.features.weight <= MAX_CREDIT_WEIGHT
            and after.quality is Quality.GOOD
            and lab.quality in (Quality.GOOD, Quality.BAD)
            and lab.features.weight < p.length_high
            and not lab.segment.heading
            and blocks[i - 1].quality is not Quality.GOOD
        ):
            lab.set(Label.CHROME, ChromeKind.CAPTION, lab.reason + "; a caption over its photo credit")
            lab.quality = Quality.CHROME
