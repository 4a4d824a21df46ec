"""Why each line was kept or dropped: the analysis as rows, for ``clipper explain``. Pure."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .model import InputFormat
from .pipeline import Analysis


@dataclass(frozen=True, slots=True)
class Row:
    line: int  # 1-based input line (HTML: the element's source line)
    text: str
    label: str  # body, title, subtitle or a chrome kind; "" for a blank line
    reason: str
    block: int  # index of the block the line belongs to; -1 for a blank line

    def as_dict(self) -> dict:
        return asdict(self)


def explain_rows(analysis: Analysis) -> list[Row]:
    """Text input: every input line with its block's label. HTML: one row per block."""
    if analysis.source.format is InputFormat.HTML:
        return [
            Row(b.segment.first_line, b.segment.text, b.name, b.reason, i)
            for i, b in enumerate(analysis.blocks)
        ]
    by_line: dict[int, tuple[int, str, str]] = {}
    for i, b in enumerate(analysis.blocks):
        for line in range(b.segment.first_line, b.segment.last_line + 1):
            by_line[line] = (i, b.name, b.reason)
    rows = []
    for number, text in enumerate(analysis.text.split("\n"), 1):
        block, label, reason = by_line.get(number, (-1, "", ""))
        rows.append(Row(number, text, label, reason, block))
    return rows
