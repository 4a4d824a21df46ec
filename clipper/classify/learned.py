"""A small learned scorer for body vs chrome: two stacked logistic regressions over block shapes.

Stage 1 reads one block and its near neighbours: length, stopword density, sentence
punctuation, digits and symbols, capitalised-word share (menus are Title Case), separator
and link-marker shapes the renderers leave, bullets, headings, lexicon chrome hits, the
jusText class of pass 1, and the length of the run of short items the block sits in.
Stage 2 adds what stage 1 thinks of the neighbourhood: the probabilities of the blocks
around, the weighted body share of a wider window, and whether the block lies in the
page's best-scoring contiguous run (an article is mostly one coherent run).

Only shapes are read, never words of a page: the weights cannot memorise pages. The
weights are trained by ``scripts/train_classifier.py`` from the development sets and
shipped in ``weights.json`` (a few hundred numbers).
"""

from __future__ import annotations

import json
import math
import re
import string
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate, repeat
from operator import add, itemgetter, mul
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple


from ..lazyregex import lazy_compile
from ..packagedata import package_file
from .labels import Labelled, Quality

# Runs of blocks shorter than this (Latin-letter equivalents) are menus, headline lists, tickers.
SHORT_ITEM_WEIGHT = 60.0
# Window (blocks each side) over which stage 2 averages the body share of the neighbourhood.
WIDE_WINDOW = 8
# Offsets whose stage-1 probability stage 2 reads directly.
NEAR_OFFSETS = (-3, -2, -1, 1, 2, 3)
# Stage-1 logits are clipped so that one block cannot dominate the run search.
MAX_RUN_SCORE = 600.0

# A capital opening a word (r"\b[A-ZÀ-ÞА-Я]"). Written capital first, so that the regex engine
# skips to the next capital instead of trying a boundary at every character: a capital letter
# opens a word when no word character precedes it. The class's one non-letter, '×', is found
# where a word character precedes it (what the boundary means before a non-word character).
_CAPITALISED = lazy_compile(r"[A-ZÀ-ÖØ-ÞА-Я](?<!\w[A-ZÀ-ÖØ-ÞА-Я])")
_TIMES_AFTER_WORD = lazy_compile(r"(?<=\w)×")
# A word is a run of word characters with no digit or '_' in it (what r"\b[^\W\d_]+\b"
# finds): the runs are listed, and only those that are not all letters are searched.
_WORD_RUN = lazy_compile(r"\w+")
_DIGIT_OR_UNDERSCORE = lazy_compile(r"[\d_]")
_SEPARATORS = re.compile(r"[|·•»›>/]|\s[-–]\s")
_LINK_MARKS = re.compile(r"\[[^\]]{0,40}\]|\(\d+\)")
_URLISH = re.compile(r"https?://|www\.|@\w|\.com\b|©")


# The one-character separators and commas, counted with str.count (one C pass per character)
# where the regexes would list every match: a dash, the only start of a longer separator,
# sends the block to _SEPARATORS.
_SEPARATOR_CHARS = "|·•»›>/"


def _separators(text: str) -> int:
    if "-" in text or "–" in text:
        return len(_SEPARATORS.findall(text))
    if text.isascii():
        return text.count("|") + text.count(">") + text.count("/")
    return sum(map(text.count, _SEPARATOR_CHARS))


def _urlish(text: str) -> bool:
    # Each match of _URLISH contains one of these: most texts need no regex search.
    if "://" in text or "www." in text or "@" in text or ".com" in text or "©" in text:
        return _URLISH.search(text) is not None
    return False


def _commas(text: str) -> int:
    return text.count(",") if text.isascii() else text.count(",") + text.count("，") + text.count("、")


# ASCII text's words by bytes.translate (several times faster than the two regex passes):
# letters become 'a' or 'A', the other word characters (digits, '_') '0', the rest spaces. In
# ASCII, \w is exactly those characters, so a capital opening a word is ' A', and a word of
# letters only is a run with no '0' in it.
def _ascii_shape_table() -> bytes:
    table = bytearray(b" " * 256)
    for chars, shape in ((string.ascii_lowercase, "a"), (string.ascii_uppercase, "A"), (string.digits + "_", "0")):
        for ch in chars:
            table[ord(ch)] = ord(shape)
    return bytes(table)


_ASCII_SHAPE = _ascii_shape_table()


def _capitalised(text: str) -> float:
    """Share of the Latin/Cyrillic words that open with a capital (menus are Title Case). The
    words are listed only when there is a capital to count: lower-case text costs one pass."""
    if text.isascii():
        shape = text.encode("ascii").translate(_ASCII_SHAPE)
        caps = shape.count(b" A") + shape.startswith(b"A")
        if not caps:
            return 0.0
        words = len(shape.split()) - len(shape.translate(None, b"aA").split())
    else:
        caps = len(_CAPITALISED.findall(text))
        if "×" in text:
            caps += len(_TIMES_AFTER_WORD.findall(text))
        if not caps:
            return 0.0
        runs = _WORD_RUN.findall(text)
        words = len(runs) - sum(1 for run in runs if not run.isalpha() and _DIGIT_OR_UNDERSCORE.search(run))
    if not words:
        return 0.0
    share = caps / words
    return share if share < 1.5 else 1.5


_log1p = math.log1p


class _Shapes(NamedTuple):
    """What a block's text alone says (its marks and punctuation), read once per distinct text
    of a page: menus and teaser lists repeat their entries."""

    capitalised: float
    separators: int
    link_marks: int
    urlish: bool
    commas: int
    starts_lower: bool
    ends_colon: bool


def _shapes(text: str, script: str) -> _Shapes:
    stripped = text.strip()
    return _Shapes(
        _capitalised(text) if script == "latin" or script == "cyrillic" else 0.0,
        _separators(text),
        len(_LINK_MARKS.findall(text)) if "[" in text or "(" in text else 0,
        _urlish(text),
        _commas(text),
        stripped[:1].islower(),
        stripped.endswith(":"),
    )


def _own(lab: Labelled, has_stopwords: bool, seen: dict[str, _Shapes]) -> list[float]:
    """What one block says about itself. ``seen``: the shapes of the page's texts read so far."""
    f = lab.features
    seg = lab.segment
    text = seg.text
    shapes = seen.get(text)
    if shapes is None:
        shapes = seen[text] = _shapes(text, f.script)
    words = f.words if f.words > 1 else 1
    capitalised = shapes.capitalised
    q = lab.quality
    weight = f.weight
    log_weight = _log1p(weight)
    stopwords = f.stopword_density if has_stopwords else 0.0
    ends = 1.0 if f.ends_sentence else 0.0
    bullet = 1.0 if seg.bullet else 0.0
    sentence_ends = f.sentence_ends
    symbols = f.symbol_count / words
    separators = shapes.separators / words
    link_marks = shapes.link_marks / words
    commas = shapes.commas / words
    dom = seg.dom
    return [
        log_weight,
        _log1p(f.words),
        stopwords,
        0.0 if has_stopwords else 1.0,
        _log1p(sentence_ends),
        sentence_ends / (1.0 + weight / 80.0),
        ends,
        f.digit_share,
        symbols if symbols < 1.0 else 1.0,
        capitalised,
        separators if separators < 1.0 else 1.0,
        link_marks if link_marks < 1.0 else 1.0,
        1.0 if shapes.urlish else 0.0,
        commas if commas < 1.0 else 1.0,
        bullet,
        1.0 if seg.heading or (dom is not None and dom.heading_level) else 0.0,
        1.0 if seg.quote else 0.0,
        1.0 if shapes.starts_lower else 0.0,
        1.0 if shapes.ends_colon else 0.0,
        _log1p(seg.last_line - seg.first_line),
        1.0 if f.unspaced else 0.0,
        1.0 if q is Quality.CHROME else 0.0,
        1.0 if "chrome_heading" in lab.extra else 0.0,
        1.0 if q is Quality.GOOD else 0.0,
        1.0 if q is Quality.NEAR else 0.0,
        1.0 if q is Quality.SHORT else 0.0,
        # Interactions a linear model cannot form itself: long AND prose-like.
        log_weight * stopwords,
        log_weight * ends,
        log_weight * capitalised,
        log_weight * bullet,
    ]


OWN_NAMES = (
    "log_weight", "log_words", "stopword_density", "no_stopword_table", "log_sentence_ends",
    "sentence_density", "ends_sentence", "digit_share", "symbol_share", "capitalised_share",
    "separator_share", "link_mark_share", "url_or_handle", "comma_share", "bullet", "heading",
    "quote", "starts_lower", "ends_colon", "log_extra_lines", "unspaced", "lexicon_chrome",
    "chrome_heading", "q_good", "q_near", "q_short", "length_x_stopwords", "length_x_sentence_end",
    "length_x_capitalised", "length_x_bullet",
)
# Of a neighbour, stage 1 reads only these (indexes into OWN_NAMES).
_NEIGHBOUR_FIELDS = (0, 2, 6, 9, 14, 21, 23)
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
_NEIGHBOUR_EDGE = max(map(abs, _NEIGHBOUR_OFFSETS))


def _short_runs(blocks: list[Labelled]) -> list[int]:
    """For each block, the length of the run of short blocks it belongs to (0 if it is not short)."""
    out = [0] * len(blocks)
    i = 0
    while i < len(blocks):
        if blocks[i].features.weight >= SHORT_ITEM_WEIGHT:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].features.weight < SHORT_ITEM_WEIGHT:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def _repeats(blocks: list[Labelled]) -> list[int]:
    """How often each block's text occurs on the page: menus and teasers repeat, paragraphs do not."""
    # Each distinct text is folded once (menus repeat theirs). Space is the only printable
    # whitespace, and case folding a printable character gives none: a printable text without
    # runs of spaces or spaces at its ends needs no split and join.
    key_of: dict[str, str] = {}
    keys = []
    for b in blocks:
        text = b.segment.text
        key = key_of.get(text)
        if key is None:
            if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
                key = key_of[text] = text.casefold()
            else:
                key = key_of[text] = " ".join(text.casefold().split())
        keys.append(key)
    counts = Counter(keys)
    return [counts[k] - 1 for k in keys]


CONTEXT_NAMES = ("log_short_run", "log_repeats", "position", "weight_before", "page_edge")
# What a neighbour shows (its fields, then 1.0: present); the page edge shows zeros.
_SHOWN_WIDTH = len(_NEIGHBOUR_FIELDS) + 1


def _context(blocks: list[Labelled]) -> list[list[float]]:
    """Where each block sits on the page: the stage-1 values after its own, one column (a
    value per block) per name of CONTEXT_NAMES."""
    log1p = math.log1p
    n = len(blocks)
    total = sum(b.features.weight for b in blocks) or 1.0
    last = max(n - 1, 1)
    before = []
    weight = 0.0
    for b in blocks:
        before.append(weight / total)
        weight += b.features.weight
    return [
        list(map(log1p, _short_runs(blocks))),
        list(map(log1p, _repeats(blocks))),
        [i / last for i in range(n)],
        before,
        [1.0 if i < 3 or i >= n - 3 else 0.0 for i in range(n)],
    ]


def _shown(own: list[list[float]]) -> list[tuple[float, ...]]:
    """What each block shows its neighbours, padded with the page edge's zeros on both sides."""
    absent = (0.0,) * _SHOWN_WIDTH
    fields = itemgetter(*_NEIGHBOUR_FIELDS)
    return [absent] * _NEIGHBOUR_EDGE + [(*fields(o), 1.0) for o in own] + [absent] * _NEIGHBOUR_EDGE


def stage1_rows(blocks: list[Labelled], has_stopwords: bool) -> tuple[list[list[float]], list[list[float]]]:
    """(own features, stage-1 rows) for every block; linear in the number of blocks.
    A row: own features, CONTEXT_NAMES, then what each neighbour of _NEIGHBOUR_OFFSETS shows."""
    seen: dict[str, _Shapes] = {}
    own = [_own(b, has_stopwords, seen) for b in blocks]
    shown = _shown(own)
    edge = _NEIGHBOUR_EDGE
    rows = []
    for i, context in enumerate(zip(*_context(blocks))):
        row = [*own[i], *context]
        for off in _NEIGHBOUR_OFFSETS:
            row += shown[edge + i + off]
        rows.append(row)
    return own, rows


def _main_run(scores: list[float]) -> tuple[int, int]:
    """The contiguous stretch with the highest total score (Kadane); (-1, -1) when none is positive."""
    best, best_span = 0.0, (-1, -1)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


# Blocks beyond the page edge read as sure chrome to stage 2.
_EDGE_LOGIT = -3.0
_NEAR_EDGE = max(abs(o) for o in NEAR_OFFSETS)


def _neighbourhood(blocks: list[Labelled], p1: list[float]) -> tuple[list[float], list[list[float]]]:
    """What stage 2 reads besides a block's own features: the logits of the page padded with
    _NEAR_EDGE edge logits on both sides, and the columns (a value per block) of the wide-window
    body share, inside the main run, and the log distance to it."""
    n = len(blocks)
    weights = [b.features.weight + 5.0 for b in blocks]
    # Prefix sums keep the wide-window averages linear. Padded with their end values, so that
    # the sums over block i's window (cut at the page's ends) run from [i] to [i + span].
    pw = list(accumulate(map(mul, p1, weights), initial=0.0))
    ww = list(accumulate(weights, initial=0.0))
    pw = [0.0] * WIDE_WINDOW + pw + [pw[-1]] * WIDE_WINDOW
    ww = [0.0] * WIDE_WINDOW + ww + [ww[-1]] * WIDE_WINDOW
    span = 2 * WIDE_WINDOW + 1
    shares = [(p_hi - p_lo) / max(w_hi - w_lo, 1e-9) for p_hi, p_lo, w_hi, w_lo in zip(pw[span:], pw, ww[span:], ww)]
    run_scores = [max(-MAX_RUN_SCORE, min(MAX_RUN_SCORE, (p - 0.5) * w)) for p, w in zip(p1, weights)]
    start, end = _main_run(run_scores)
    if start < 0:
        inside = distance = [0.0] * n
    else:
        length = end - start + 1
        inside = [0.0] * start + [1.0] * length + [0.0] * (n - end - 1)
        distance = [math.log1p(start - i) for i in range(start)] + [0.0] * length + [math.log1p(i - end) for i in range(end + 1, n)]
    edge = [_EDGE_LOGIT] * _NEAR_EDGE
    return edge + _logits(p1) + edge, [shares, inside, distance]


def stage2_rows(blocks: list[Labelled], own: list[list[float]], p1: list[float]) -> list[list[float]]:
    """A row: own features, the block's own stage-1 logit, its NEAR_OFFSETS neighbours' logits,
    then the wide-window share, inside-the-main-run and the log distance to it."""
    logits, tails = _neighbourhood(blocks, p1)
    tails = zip(*tails)
    edge = _NEAR_EDGE
    # The block's own logit, then its neighbours', read off the window of logits centred on it.
    near = itemgetter(edge, *(edge + off for off in NEAR_OFFSETS))
    return [[*own[i], *near(logits[i : i + 2 * edge + 1]), *tail] for i, tail in enumerate(tails)]


def _logits(ps: list[float]) -> list[float]:
    """log(p / (1 - p)) of each p clipped to [1e-4, 1 - 1e-4] (the clipping inlined: no call per block)."""
    log = math.log
    out = []
    for p in ps:
        p = p if p > 1e-4 else 1e-4
        p = p if p < 1 - 1e-4 else 1 - 1e-4
        out.append(log(p / (1 - p)))
    return out


def _sigmoids(zs: list[float]) -> list[float]:
    exp = math.exp
    out = []
    for z in zs:
        # min(30.0, max(-30.0, z)) without the two calls (and as they treat a NaN).
        z = z if z > -30.0 else -30.0
        z = z if z < 30.0 else 30.0
        out.append(1.0 / (1.0 + exp(-z)))
    return out


@lru_cache(maxsize=16)
def _folded(model: Logistic) -> tuple[tuple[float, ...], float]:
    """The standardisation folded into the weights, once per model: a dot product per block.
    Plain Python: a few dozen weights do not pay for numpy's import at start-up."""
    w = tuple(c / s for c, s in zip(model.coef, model.scale))
    return w, model.bias - sum(map(mul, w, model.mean))


@dataclass(frozen=True, slots=True)
class Logistic:
    """One standardised logistic regression: p = sigmoid(bias + sum(coef * (x - mean) / scale))."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    bias: float

    def predict(self, rows: list[list[float]]) -> list[float]:
        w, b = _folded(self)
        return _sigmoids([sum(map(mul, row, w)) + b for row in rows])

    @classmethod
    def from_dict(cls, d: dict) -> Logistic:
        return cls(tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["bias"]))

    def to_dict(self) -> dict:
        return {"mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef), "bias": self.bias}


# The fast path of BlockModel.probabilities. A stage is linear, so a row's dot product splits by
# its parts: the own features' once per block, the neighbours' and the logits' as one dot with a
# window of the padded page (the block itself weighted 0 where the row does not read it). No row
# is built: the same sums as predict(rows) in another order (equal to ~1e-12).
#
# The long dot products go through math.dist, which adds its squares in C without a Python
# float per term (three times faster than sum(map(mul, ...)) on a few dozen terms):
# x·w = (|x|² + |w|² - |x - w|²) / 2, with |x|² once per block for every stage. The features
# and weights are small numbers (|w| about 10), so this loses nothing the ~1e-12 above does not.
_dist = math.dist
_hypot = math.hypot


class _Weights(NamedTuple):
    """A weight vector and its squared norm (for the dot product through math.dist)."""

    w: tuple[float, ...]
    norm2: float


def _weights(w: tuple[float, ...]) -> _Weights:
    return _Weights(w, _hypot(*w) ** 2)


def _window_weights(w: tuple[float, ...], offsets: tuple[int, ...], edge: int, width: int) -> tuple[float, ...]:
    """``w`` (``width`` weights per offset, in ``offsets`` order) laid over offsets -edge..edge."""
    out = [0.0] * ((2 * edge + 1) * width)
    for k, off in enumerate(offsets):
        out[(edge + off) * width : (edge + off + 1) * width] = w[k * width : (k + 1) * width]
    return tuple(out)


@lru_cache(maxsize=16)
def _stage1_weights(model: Logistic) -> tuple[_Weights, tuple[float, ...], _Weights, float]:
    """(own, context, neighbour-window) weights and the bias of a stage-1 model."""
    w, b = _folded(model)
    n_own, n_context = len(OWN_NAMES), len(CONTEXT_NAMES)
    window = _window_weights(w[n_own + n_context :], _NEIGHBOUR_OFFSETS, _NEIGHBOUR_EDGE, _SHOWN_WIDTH)
    return _weights(w[:n_own]), w[n_own : n_own + n_context], _weights(window), b


@lru_cache(maxsize=16)
def _stage2_weights(model: Logistic) -> tuple[_Weights, tuple[float, ...], tuple[float, ...], float]:
    """(own, logit-window, tail) weights and the bias of a later-stage model."""
    w, b = _folded(model)
    n_own, n_near = len(OWN_NAMES), 1 + len(NEAR_OFFSETS)
    window = _window_weights(w[n_own : n_own + n_near], (0, *NEAR_OFFSETS), _NEAR_EDGE, 1)
    return _weights(w[:n_own]), window, w[n_own + n_near :], b


def _weighted_sums(columns: list[list[float]], weights: tuple[float, ...]) -> Iterator[float]:
    """sum(weights[k] * columns[k][i]) for each block i: the short dot products of every block at
    once, by map's C loops (a sum(map(mul, ...)) per block costs a call per block)."""
    total = map(mul, columns[0], repeat(weights[0]))
    for column, w in zip(columns[1:], weights[1:]):
        total = map(add, total, map(mul, column, repeat(w)))
    return total


def _stage1_scores(model: Logistic, blocks: list[Labelled], own: list[list[float]], own2: list[float]) -> list[float]:
    """``own2``: the squared norm of each block's own features."""
    (w_own, own_norm2), w_context, (w_window, window_norm2), b = _stage1_weights(model)
    # Every block's neighbour fields in one flat list: a block's window is one slice of it.
    flat = [x for fields in _shown(own) for x in fields]
    span = len(w_window)
    step = _SHOWN_WIDTH
    out = []
    for i, (o, o2, context) in enumerate(zip(own, own2, _weighted_sums(_context(blocks), w_context))):
        window = flat[i * step : i * step + span]
        out.append(
            (o2 + own_norm2 - _dist(o, w_own) ** 2 + _hypot(*window) ** 2 + window_norm2 - _dist(window, w_window) ** 2) * 0.5
            + context + b
        )
    return out


def _stage2_scores(model: Logistic, blocks: list[Labelled], own: list[list[float]], own2: list[float], p: list[float]) -> list[float]:
    """``own2``: the squared norm of each block's own features; ``p``: the last stage's probabilities."""
    (w_own, own_norm2), w_window, w_tail, b = _stage2_weights(model)
    logits, tails = _neighbourhood(blocks, p)
    n = len(own)
    # The logits at each offset of the window, then the tail's columns.
    columns = [logits[k : k + n] for k in range(len(w_window))] + tails
    return [
        (o2 + own_norm2 - _dist(o, w_own) ** 2) * 0.5 + x + b
        for o, o2, x in zip(own, own2, _weighted_sums(columns, w_window + w_tail))
    ]


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Stage 1 on block shapes, then one or more stages that re-read the neighbourhood."""

    stages: tuple[Logistic, ...]
    threshold: float = 0.5

    def probabilities(self, blocks: list[Labelled], has_stopwords: bool) -> list[float]:
        if not blocks:
            return []
        # Equal to predicting stage1_rows, then stage2_rows per later stage (what training reads).
        seen: dict[str, _Shapes] = {}
        own = [_own(b, has_stopwords, seen) for b in blocks]
        own2 = [_hypot(*o) ** 2 for o in own]
        p = _sigmoids(_stage1_scores(self.stages[0], blocks, own, own2))
        for stage in self.stages[1:]:
            p = _sigmoids(_stage2_scores(stage, blocks, own, own2, p))
        return p

    @classmethod
    def from_dict(cls, d: dict) -> BlockModel:
        return cls(tuple(Logistic.from_dict(s) for s in d["stages"]), float(d.get("threshold", 0.5)))

    def to_dict(self) -> dict:
        return {"stages": [s.to_dict() for s in self.stages], "threshold": self.threshold}


# The shipped weights: one set fitted on the text dumps, one on the HTML pages (whose blocks
# come from the DOM walk and its rules, so their shapes differ: held out by site, the HTML
# weights score aeb-dev's HTML 0.972 where the text weights score 0.959). Both are written by
# scripts/train_classifier.py (--train-on text / html).
WEIGHTS = {False: "weights.json", True: "weights_html.json"}


@lru_cache(maxsize=2)
def default_model(html: bool = False) -> BlockModel | None:
    """The shipped weights for text or HTML input; HTML falls back to the text weights when the
    package has no HTML weights; None when it has none at all (the rule path is used then)."""
    entry = package_file("classify", WEIGHTS[html])
    if not entry.is_file():
        return default_model() if html else None
    return BlockModel.from_dict(json.loads(entry.read_text(encoding="utf-8")))
