"""The document model: what every reader produces and every writer consumes.

Readers (text, HTML) and writers never import each other, only this module.
Pydantic models are what is validated, serialised and published (the JSON
schema printed by ``clipper schema``); enums name the fixed sets.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class BlockType(str, Enum):
    """What a body block is, for writers that keep structure (Markdown)."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


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


class Block(BaseModel):
    """One body block in reading order."""

    model_config = ConfigDict(frozen=True)

    type: BlockType = BlockType.PARAGRAPH
    text: str


class Chrome(BaseModel):
    """One removed block, kept only with ``--keep-chrome``."""

    model_config = ConfigDict(frozen=True)

    kind: ChromeKind
    text: str
    lines: tuple[int, int] = Field(description="first and last 1-based input line")


class Source(BaseModel):
    path: str | None = None
    format: InputFormat = InputFormat.TEXT
    encoding: str | None = None


class Article(BaseModel):
    """The clean article record."""

    schema_version: str = SCHEMA_VERSION
    title: str | None = None
    subtitle: str | None = None
    published: str | None = Field(None, description="ISO 8601; page-local time unless the page states a zone")
    modified: str | None = None
    published_text: str | None = Field(None, description="a relative or unparsed date as the page wrote it")
    authors: list[str] = Field(default_factory=list)
    author_emails: list[str] = Field(default_factory=list)
    publisher: str | None = None
    language: str | None = Field(None, description="BCP 47 tag, e.g. 'ko'")
    body: list[Block] = Field(default_factory=list)
    text: str = ""
    source: Source = Field(default_factory=Source)
    chrome: list[Chrome] | None = None
    warnings: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The record as plain JSON data; ``chrome`` only when it was asked for."""
        data = self.model_dump(mode="json")
        if self.chrome is None:
            data.pop("chrome")
        return data
