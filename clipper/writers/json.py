"""JSON: one object per article, pretty-printed, non-ASCII kept as is."""

from __future__ import annotations

import json

from ..model import Article


class JsonWriter:
    name = "json"
    extension = "json"
    streamable = False
    # Several inputs on stdout: one JSON array of the records (a valid JSON document).
    collection = ("[\n", ",\n", "\n]\n")

    def write(self, article: Article) -> str:
        return json.dumps(article.to_json_dict(), ensure_ascii=False, indent=2) + "\n"
