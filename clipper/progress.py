"""What a batch run tells people on stderr: progress while it runs, a summary at the end.

A rich progress bar when stderr is a terminal (rich is imported only then), a plain line
every few seconds when it is a log file or a pipe, nothing but errors with ``-q``.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from .batch import Outcome, Status

# Seconds between two plain progress lines; runs shorter than this print none.
PLAIN_INTERVAL = 5.0
# Reasons listed in the end-of-run summary; the rest are in --report.
MAX_REASONS = 10


def say(message: str, stream: TextIO | None = None) -> None:
    print(f"clipper: {message}", file=stream or sys.stderr, flush=True)


@dataclass(slots=True)
class Tally:
    """Counts by status and failure reason, for the summary line."""

    total: int
    started: float = field(default_factory=time.monotonic)
    counts: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status is Status.FAILED:
            self.reasons[reason_of(outcome.message)] += 1

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def summary(self, interrupted: bool = False) -> list[str]:
        elapsed = time.monotonic() - self.started
        c = self.counts
        line = (
            f"{c[Status.PARSED]:,} parsed, {c[Status.EMPTY]:,} empty body, {c[Status.FAILED]:,} failed, "
            f"{c[Status.SKIPPED]:,} skipped in {elapsed:.1f} s ({self.rate():.0f} files/s)"
        )
        if interrupted:
            line = f"interrupted: {line}; {self.total - self.done:,} not started"
        lines = [line]
        if self.reasons:
            top = ", ".join(f"{reason} ({n:,})" for reason, n in self.reasons.most_common(MAX_REASONS))
            more = len(self.reasons) - MAX_REASONS
            lines.append(f"failures by reason: {top}" + (f", and {more} more reasons" if more > 0 else ""))
        return lines


_NUMBER = re.compile(r"\d[\d,.]*")


def reason_of(message: str) -> str:
    """A failure message without its particulars, so failures group by cause."""
    if message.startswith("cannot write "):
        return "cannot write: " + message.rsplit(": ", 1)[-1]
    return _NUMBER.sub("N", message)


class Quiet:
    """-q: errors only."""

    def start(self, tally: Tally) -> None:
        self.tally = tally

    def update(self, outcome: Outcome) -> None:
        self.tally.add(outcome)

    def say(self, message: str) -> None:
        say(message)

    def close(self) -> None:
        pass


class Plain(Quiet):
    """stderr is not a terminal: one progress line every PLAIN_INTERVAL seconds."""

    def start(self, tally: Tally) -> None:
        super().start(tally)
        self.next_line = time.monotonic() + PLAIN_INTERVAL

    def update(self, outcome: Outcome) -> None:
        super().update(outcome)
        now = time.monotonic()
        if now >= self.next_line:
            self.next_line = now + PLAIN_INTERVAL
            t = self.tally
            rate = t.rate()
            eta = (t.total - t.done) / rate if rate else 0.0
            say(f"{t.done:,}/{t.total:,} files ({t.done / max(t.total, 1):.0%}), {rate:.0f} files/s, ETA {eta:.0f} s")


class Bar(Quiet):
    """stderr is a terminal: a rich progress bar with files/s and ETA; messages print above it."""

    def start(self, tally: Tally) -> None:
        super().start(tally)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("clipper"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.0f} files/s"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
            # Records on stdout stay on stdout (rich would otherwise route them through the bar).
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("parse", total=tally.total, rate=0.0)

    def update(self, outcome: Outcome) -> None:
        super().update(outcome)
        self.progress.update(self.task, advance=1, rate=self.tally.rate())

    def say(self, message: str) -> None:
        self.console.print(f"clipper: {message}", markup=False, highlight=False, soft_wrap=True)

    def close(self) -> None:
        self.progress.stop()


def reporter(quiet: bool, stream: TextIO | None = None) -> Quiet:
    if quiet:
        return Quiet()
    stream = stream or sys.stderr
    return Bar() if stream.isatty() else Plain()
