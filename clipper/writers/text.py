"""Plain text: the title, then the body paragraphs separated by blank lines."""

from __future__ import annotations

from ..model import Article


class TextWriter:
    name = "text"
    extension = "txt"
    streamable = True

    def write(self, article: Article) -> str:
        parts = [article.title] if article.title else []
        if article.text:
            parts.append(article.text)
        return "\n\n".join(parts) + "\n"
