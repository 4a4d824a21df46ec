from __future__ import annotations

import pytest

from clipper.lexicon import default_lexicon
from clipper.metadata.authors import parse_byline


@pytest.mark.parametrize(
    "text,names,emails",
    [
        ("홍길동 기자 hong@example.com", ["홍길동"], ["hong@example.com"]),
        ("홍길동·김철수 기자", ["홍길동", "김철수"], []),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], []),
        ("By Jane Doe, Reuters", ["Jane Doe"], []),
        ("Von Max Mustermann", ["Max Mustermann"], []),
        ("記者 山田太郎", ["山田太郎"], []),
    ],
)
def test_bylines(text, names, emails):
    byline = parse_byline(text, default_lexicon())
    assert byline is not None
    assert byline.authors == names
    assert byline.emails == emails


@pytest.mark.parametrize("text", ["Email the author", "Follow", "기자 구독", "By the way, this is a sentence about something."])
def test_ui_text_is_not_a_byline(text):
    byline = parse_byline(text, default_lexicon())
    assert byline is None or byline.authors == []
