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
from operator import itemgetter, mul
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

_CAPITALISED = lazy_compile(r"\b[A-ZÀ-ÞА-Я]")
_LATIN_WORD = re.compile(r"\b[^\W\d_]+\b")
_SEPARATORS = re.compile(r"[|·•»›>/]|\s[-–]\s")
_LINK_MARKS = re.compile(r"\[[^\]]{0,40}\]|\(\d+\)")
_URLISH = re.compile(r"https?://|www\.|@\w|\.com\b|©")
_COMMA = re.compile(r"[,，、]")


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
        if not caps:
            return 0.0
        words = len(_LATIN_WORD.findall(text))
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
        _URLISH.search(text) is not None,
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
    keys = [" ".join(b.segment.text.casefold().split()) for b in blocks]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return [counts[k] - 1 for k in keys]


def stage1_rows(blocks: list[Labelled], has_stopwords: bool) -> tuple[list[list[float]], list[list[float]]]:
    """(own features, stage-1 rows) for every block; linear in the number of blocks."""
    seen: dict[str, _Shapes] = {}
    own = [_own(b, has_stopwords, seen) for b in blocks]
    runs = _short_runs(blocks)
    repeats = _repeats(blocks)
    n = len(blocks)
    total = sum(b.features.weight for b in blocks) or 1.0
    before = 0.0
    # What a neighbour shows (its fields, then 1.0: present), once per block; the page edge shows zeros.
    absent = (0.0,) * len(_NEIGHBOUR_FIELDS) + (0.0,)
    fields = itemgetter(*_NEIGHBOUR_FIELDS)
    edge = _NEIGHBOUR_EDGE
    shown = [absent] * edge + [(*fields(o), 1.0) for o in own] + [absent] * edge
    rows = []
    last = max(n - 1, 1)
    for i in range(n):
        row = [*own[i], math.log1p(runs[i]), math.log1p(repeats[i]), i / last, before / total,
               1.0 if i < 3 or i >= n - 3 else 0.0]
        before += blocks[i].features.weight
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


def stage2_rows(blocks: list[Labelled], own: list[list[float]], p1: list[float]) -> list[list[float]]:
    n = len(blocks)
    weights = [b.features.weight + 5.0 for b in blocks]
    # Prefix sums keep the wide-window averages linear.
    pw = [0.0]
    ww = [0.0]
    for p, w in zip(p1, weights):
        pw.append(pw[-1] + p * w)
        ww.append(ww[-1] + w)
    run_scores = [max(-MAX_RUN_SCORE, min(MAX_RUN_SCORE, (p - 0.5) * w)) for p, w in zip(p1, weights)]
    start, end = _main_run(run_scores)
    # Each logit once; blocks beyond the page edge read as sure chrome (-3).
    edge = max(abs(o) for o in NEAR_OFFSETS)
    logits = [-3.0] * edge + [_logit(p) for p in p1] + [-3.0] * edge
    # The block's own logit, then its neighbours', read off the window of logits centred on it.
    near = itemgetter(edge, *(edge + off for off in NEAR_OFFSETS))
    rows = []
    for i in range(n):
        lo, hi = max(0, i - WIDE_WINDOW), min(n, i + WIDE_WINDOW + 1)
        inside = start <= i <= end
        distance = 0 if inside or start < 0 else (start - i if i < start else i - end)
        rows.append([*own[i], *near(logits[i : i + 2 * edge + 1]), (pw[hi] - pw[lo]) / max(ww[hi] - ww[lo], 1e-9),
                     1.0 if inside else 0.0, math.log1p(distance)])
    return rows


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


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
        exp = math.exp
        out = []
        for row in rows:
            z = sum(map(mul, row, w)) + b
            # min(30.0, max(-30.0, z)) without the two calls (and as they treat a NaN).
            z = z if z > -30.0 else -30.0
            z = z if z < 30.0 else 30.0
            out.append(1.0 / (1.0 + exp(-z)))
        return out

    @classmethod
    def from_dict(cls, d: dict) -> Logistic:
        return cls(tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["bias"]))

    def to_dict(self) -> dict:
        return {"mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef), "bias": self.bias}


@dataclass(frozen=True, slots=True)
class BlockModel:
    """Stage 1 on block shapes, then one or more stages that re-read the neighbourhood."""

    stages: tuple[Logistic, ...]
    threshold: float = 0.5

    def probabilities(self, blocks: list[Labelled], has_stopwords: bool) -> list[float]:
        if not blocks:
            return []
        own, rows1 = stage1_rows(blocks, has_stopwords)
        p = self.stages[0].predict(rows1)
        for stage in self.stages[1:]:
            p = stage.predict(stage2_rows(blocks, own, p))
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
