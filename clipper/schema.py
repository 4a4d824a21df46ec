"""The published JSON schema of the record, from pydantic mirrors of the dataclasses in model.py.

Imported only by ``clipper schema`` and ``model.json_schema()``: pydantic takes longer to load
than a page takes to parse. tests/test_schema.py keeps these classes field for field equal
to the records in model.py.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .model import JSON_SCHEMA_DIALECT, LINES_DESCRIPTION, SCHEMA_VERSION, BlockType, ChromeKind, InputFormat, _PROVENANCE

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


def json_schema() -> dict:
    """The published JSON schema of what the JSON and JSON Lines writers emit."""
    schema = Article.model_json_schema(mode="serialization")
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    # Provenance is written only with --keep-chrome (see Article.to_json_dict).
    for part, optional in ((schema, _PROVENANCE), (schema["$defs"]["Block"], ("lines",))):
        part["required"] = [name for name in part["required"] if name not in optional]
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}
