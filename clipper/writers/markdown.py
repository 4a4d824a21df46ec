"""Markdown with YAML front matter; headings, lists, quotes and tables of the body kept."""

from __future__ import annotations

import json
import re

from ..model import CELL_SEPARATOR, Article, Block, BlockType

_SPECIAL_START = re.compile(r"^(\s*)([#>*+\-]|\d+[.)])(\s)")


def _yaml_scalar(value: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: no hand-written escaping.
    return json.dumps(value, ensure_ascii=False)


def _escape(text: str) -> str:
    """Keep a paragraph from turning into a heading, list or quote by accident."""
    return _SPECIAL_START.sub(lambda m: m.group(1) + "\\" + m.group(2) + m.group(3), text)


def front_matter(article: Article) -> str:
    lines = ["---"]
    for key in ("title", "subtitle", "published", "modified", "published_text", "publisher", "language"):
        value = getattr(article, key)
        if value:
            lines.append(f"{key}: {_yaml_scalar(value)}")
    if article.authors:
        lines.append("authors:")
        lines += [f"  - {_yaml_scalar(a)}" for a in article.authors]
    source = article.source
    lines.append("source:")
    if source.path:
        lines.append(f"  path: {_yaml_scalar(source.path)}")
    lines.append(f"  format: {source.format.value}")
    if source.encoding:
        lines.append(f"  encoding: {_yaml_scalar(source.encoding)}")
    lines.append("---")
    return "\n".join(lines)


def _cells(block: Block) -> list[str]:
    return [cell.replace("|", "\\|") for cell in block.text.split(CELL_SEPARATOR)]


def _table(rows: list[list[str]]) -> str:
    """A pipe table; Markdown needs a header row, so the first row is it (as pages mostly do)."""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


class MarkdownWriter:
    name = "markdown"
    extension = "md"
    streamable = True

    def write(self, article: Article) -> str:
        parts = [front_matter(article)]
        if article.title:
            parts.append("# " + article.title)
        # A deck that reads as a paragraph is also the body's first block: printed once, there.
        if article.subtitle and not (article.body and article.body[0].text == article.subtitle):
            parts.append("*" + article.subtitle + "*")
        body = article.body
        # A page that repeats its headline over the story keeps it as the body's first heading:
        # printed once, as the title.
        if article.title and body and body[0].type is BlockType.HEADING and body[0].text == article.title:
            body = body[1:]
        rows: list[list[str]] = []  # the data table being collected
        for block in body:
            if block.type is BlockType.TABLE_ROW:
                rows.append(_cells(block))
                continue
            if rows:
                parts.append(_table(rows))
                rows = []
            if block.type is BlockType.HEADING:
                parts.append("## " + block.text)
            elif block.type is BlockType.LIST_ITEM:
                parts.append("- " + _escape(block.text))
            elif block.type is BlockType.QUOTE:
                parts.append("> " + _escape(block.text))
            else:
                parts.append(_escape(block.text))
        if rows:
            parts.append(_table(rows))
        # Consecutive list items form one list: no blank line between them.
        out: list[str] = []
        for part in parts:
            if out and part.startswith("- ") and out[-1].startswith("- "):
                out[-1] += "\n" + part
            else:
                out.append(part)
        return "\n\n".join(out) + "\n"
