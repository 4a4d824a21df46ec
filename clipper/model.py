"""The document model: what every reader produces and every writer consumes.

Readers (text, HTML) and writers never import each other, only this module.
The record is plain dataclasses: building pydantic models costs more start-up time
than parsing a page (``clipper parse page.txt`` runs in a fresh process). The
published JSON schema (``clipper schema``) comes from the pydantic mirror of these
classes in ``clipper/schema.py``, imported only when the schema is asked for; a test
keeps the two field for field the same. Enums name the fixed sets.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

# 1.1: with --keep-chrome, body blocks carry ``lines`` and the record ``title_lines`` /
# ``subtitle_lines``, so body, headline and chrome together account for every input line.
# 1.2: block type ``table_row`` (one row of a data table, cells joined by " | ").
SCHEMA_VERSION = "1.2"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# Line spans count 1-based lines of the input after line endings are normalised
# (CRLF, CR, form feed and U+2028 each end one line; see decode.normalize_text).
LINES_DESCRIPTION = "first and last 1-based input line"


class BlockType(str, Enum):
    """What a body block is, for writers that keep structure (Markdown)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_ROW = "table_row"  # one row of a data table; ``text`` joins its cells with CELL_SEPARATOR


CELL_SEPARATOR = " | "


class ChromeKind(str, Enum):
    """What a removed block is. A block is labelled by what it is, not by where it sits."""

    FONT_SIZE = "font_size"
    REACTIONS = "reactions"
    RELATED = "related"
    TICKER = "ticker"
    SHARE = "share"
    NAVIGATION = "navigation"
    DATELINE = "dateline"
    BYLINE = "byline"
    COPYRIGHT = "copyright"
    SUBSCRIPTION = "subscription"
    ADVERTISEMENT = "advertisement"
    COMMENTS = "comments"
    CAPTION = "caption"
    OTHER = "other"


class InputFormat(str, Enum):
    TEXT = "text"
    HTML = "html"


class _Record:
    """What the records share: pydantic-style copying and dumping, for callers of the library."""

    __slots__ = ()

    def model_dump(self, mode: str = "json") -> dict:
        """The record as plain data (enums as their values, tuples as lists), in field order."""
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    def model_copy(self, update: dict | None = None) -> Any:
        return dataclasses.replace(self, **(update or {}))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, _Record):
        return value.model_dump()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class Block(_Record):
    """One body block in reading order."""

    type: BlockType = BlockType.PARAGRAPH
    text: str
    lines: tuple[int, int] | None = None  # first and last 1-based input line; only with --keep-chrome


@dataclass(frozen=True, slots=True, kw_only=True)
class Chrome(_Record):
    """One removed block, kept only with ``--keep-chrome``."""

    kind: ChromeKind
    text: str
    lines: tuple[int, int]  # first and last 1-based input line


@dataclass(slots=True, kw_only=True)
class Source(_Record):
    path: str | None = None
    format: InputFormat = InputFormat.TEXT
    encoding: str | None = None


@dataclass(slots=True, kw_only=True)
class Article(_Record):
    """The clean article record."""

    schema_version: str = SCHEMA_VERSION
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None  # ISO 8601; page-local time unless the page states a zone
    modified: str | None = None
    published_text: str | None = None  # a relative or unparsed date as the page wrote it
    authors: list[str] = field(default_factory=list)
    author_emails: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None  # BCP 47 tag, e.g. 'ko'
    body: list[Block] = field(default_factory=list)
    text: str = ""
    source: Source = field(default_factory=Source)
    chrome: list[Chrome] | None = None  # removed blocks; only with --keep-chrome
    title_lines: tuple[int, int] | None = None  # where the title stands; only with --keep-chrome
    subtitle_lines: tuple[int, int] | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The record as plain JSON data; provenance (chrome, line spans) only when it was asked for."""
        data = self.model_dump(mode="json")
        if self.chrome is None:
            for key in _PROVENANCE:
                data.pop(key)
            for block in data["body"]:
                block.pop("lines")
        return data


_PROVENANCE = ("chrome", "title_lines", "subtitle_lines")


def json_schema() -> dict:
    """The published JSON schema of what the JSON and JSON Lines writers emit."""
    from .schema import json_schema as build  # pydantic loads only here

    return build()
