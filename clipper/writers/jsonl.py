"""JSON Lines: one compact object per line, so many articles stream into one file or pipe."""

from __future__ import annotations

import json

from ..model import Article


class JsonLinesWriter:
    name = "jsonl"
    extension = "jsonl"
    streamable = True

    def write(self, article: Article) -> str:
        return json.dumps(article.to_json_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
