"""The document model: what every reader produces and every writer consumes.

Readers (text, HTML) and writers never import each other, only this module.
Pydantic models are what is validated, serialised and published (the JSON
schema printed by ``clipper schema``); enums name the fixed sets.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

# 1.1: with --keep-chrome, body blocks carry ``lines`` and the record ``title_lines`` /
# ``subtitle_lines``, so body, headline and chrome together account for every input line.
SCHEMA_VERSION = "1.1"
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

    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_serialization_defaults_required=True)

    type: BlockType = BlockType.PARAGRAPH
    text: str
    lines: tuple[int, int] | None = Field(None, description=LINES_DESCRIPTION + "; only with --keep-chrome")


class Chrome(BaseModel):
    """One removed block, kept only with ``--keep-chrome``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ChromeKind
    text: str
    lines: tuple[int, int] = Field(description=LINES_DESCRIPTION)


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)

    path: str | None = None
    format: InputFormat = InputFormat.TEXT
    encoding: str | None = None


class Article(BaseModel):
    """The clean article record."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)

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
    chrome: list[Chrome] | None = Field(None, description="removed blocks; only with --keep-chrome")
    title_lines: tuple[int, int] | None = Field(None, description="where the title stands; only with --keep-chrome")
    subtitle_lines: tuple[int, int] | None = Field(None, description="where the subtitle stands; only with --keep-chrome")
    warnings: list[str] = Field(default_factory=list)

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
    schema = Article.model_json_schema(mode="serialization")
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    # Provenance is written only with --keep-chrome (see Article.to_json_dict).
    for part, optional in ((schema, _PROVENANCE), (schema["$defs"]["Block"], ("lines",))):
        part["required"] = [name for name in part["required"] if name not in optional]
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}
