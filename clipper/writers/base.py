"""The writer protocol: a pure function from the model to text, plus a name and a file extension."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..model import Article


@runtime_checkable
class Writer(Protocol):
    name: str
    extension: str  # without the dot: "json", "md"
    # True when records can be concatenated into one stream (jsonl, text); False when one
    # output holds exactly one record (json).
    streamable: bool
    # Optional, for a writer that is not streamable: how several records printed on stdout
    # make one document of its format, as (open, separator, close) around the records with
    # their final newline taken off; json has ('[\n', ',\n', '\n]\n'), a JSON array. A writer
    # without it refuses several inputs unless they go to files (--out).
    # collection: tuple[str, str, str]

    def write(self, article: Article) -> str:
        """The article as text, ending with a newline."""
        ...
