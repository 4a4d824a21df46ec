"""The labels the classifier gives and the thresholds it uses, named once with their reason."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from ..model import BlockType, ChromeKind
from ..segment import Segment
from .features import Features


class Label(str, Enum):
    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"
    CHROME = "chrome"


class Quality(str, Enum):
    """jusText's context-free classes, before neighbours are looked at."""

    GOOD = "good"  # long, sentence-like text
    NEAR = "near"  # text-like but not long enough to be sure
    SHORT = "short"  # too short to judge alone
    BAD = "bad"  # not prose: lists of names, numbers, UI
    CHROME = "chrome"  # a known chrome phrase or shape


@dataclass(frozen=True, slots=True)
class Parameters:
    """Classifier thresholds, in Latin-letter-equivalent lengths (see features.SCRIPT_WEIGHT)."""

    length_low: float = 70  # shorter blocks cannot be judged alone (jusText LENGTH_LOW)
    length_high: float = 200  # longer sentence-like blocks are body on their own (jusText LENGTH_HIGH)
    stopwords_low: float = 0.22  # below this, Latin-script text is not running prose
    stopwords_high: float = 0.30  # above this (and long), it certainly is
    max_digit_share: float = 0.35  # more digits than this is a table or a ticker, not prose
    ticker_digit_share: float = 0.5  # a short block mostly digits and signs is a quote row
    max_heading_weight: float = 160  # longer blocks are not headings
    chrome_run_item_weight: float = 260  # items under a 'Related' heading are at most this long
    max_gap_blocks: int = 6  # bad blocks the article may span between two good runs


DEFAULT_PARAMETERS = Parameters()


# Key of Labelled.extra: the block was made chrome as an item under a chrome heading
# (revise.heading_runs); metadata still looks there for a headline the run took in.
HEADING_RUN = "heading_run"


@dataclass(slots=True)
class Labelled:
    """A segment with its label, the chrome kind when it is chrome, and the main reason."""

    segment: Segment
    features: Features
    quality: Quality
    label: Label = Label.CHROME
    kind: ChromeKind | None = None
    reason: str = ""
    block_type: BlockType = BlockType.PARAGRAPH
    extra: dict = field(default_factory=dict)

    def set(self, label: Label, kind: ChromeKind | None, reason: str) -> None:
        self.label = label
        self.kind = kind if label is Label.CHROME else None
        self.reason = reason

    @property
    def name(self) -> str:
        """What ``clipper explain`` shows: body, title, subtitle or the chrome kind."""
        if self.label is Label.CHROME:
            return (self.kind or ChromeKind.OTHER).value
        return self.label.value


def index_runs(indices: list[int], max_gap: int) -> list[list[int]]:
    """Ascending block indices grouped into runs whose neighbours stand at most ``max_gap`` apart."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i - runs[-1][-1] <= max_gap:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def listed_runs(marked: list[int], max_gap: int, min_len: int, between: Callable[[int], bool]) -> Iterator[list[int]]:
    """Runs of ``index_runs`` with at least ``min_len`` members whose unmarked blocks in between
    all pass ``between``: a list's items with only list parts between them (one sentence between
    cut-off lines means prose, not a list). Lazy: a run is checked after the caller has relabelled
    the runs before it."""
    for run in index_runs(marked, max_gap):
        members = set(run)
        if len(run) >= min_len and all(i in members or between(i) for i in range(run[0], run[-1] + 1)):
            yield run
