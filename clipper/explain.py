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
    # True for a further part of lines cut into several blocks (a glued line split at sentence
    # ends, a paragraph whose sign-off was cut off): the row shows that part's own text and label,
    # after the input lines, which carry the first part's label.
    part: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def explain_rows(analysis: Analysis) -> list[Row]:
    """Text input: every input line with its block's label, and one more row for each further
    part of lines split into several blocks. HTML: one row per block."""
    if analysis.source.format is InputFormat.HTML:
        return [
            Row(b.segment.first_line, b.segment.text, b.name, b.reason, i)
            for i, b in enumerate(analysis.blocks)
        ]
    first: dict[int, tuple[int, str, str]] = {}  # line -> the first block covering it
    parts: dict[int, list[int]] = {}  # last line of a split span -> its further blocks
    for i, b in enumerate(analysis.blocks):
        seg = b.segment
        if seg.first_line in first and first[seg.first_line][0] != i:
            lead = analysis.blocks[first[seg.first_line][0]].segment
            if (lead.first_line, lead.last_line) == (seg.first_line, seg.last_line):
                parts.setdefault(seg.last_line, []).append(i)
                continue
        for line in range(seg.first_line, seg.last_line + 1):
            first.setdefault(line, (i, b.name, b.reason))
    rows = []
    for number, text in enumerate(analysis.text.split("\n"), 1):
        block, label, reason = first.get(number, (-1, "", ""))
        rows.append(Row(number, text, label, reason, block))
        for i in parts.get(number, ()):
            b = analysis.blocks[i]
            rows.append(Row(number, b.segment.text, b.name, b.reason, i, part=True))
    return rows
