from __future__ import annotations

import pytest

from clipper.lexicon import default_lexicon
from clipper.metadata.dates import find_dates, is_dateline


@pytest.mark.parametrize(
    "text,expected",
    [
        ("입력 2025-02-06 15:54 수정 2025-02-06 18:13", [("2025-02-06T15:54", "published"), ("2025-02-06T18:13", "modified")]),
        ("기사입력 2020.11.18. 오후 1:02", [("2020-11-18T13:02", "published")]),
        ("Updated Nov. 19, 2019 8:21 am ET", [("2019-11-19T08:21-05:00", "modified")]),
        ("Published 6 February 2025", [("2025-02-06", "published")]),
        ("6. Februar 2025, 15:54 Uhr", [("2025-02-06T15:54", None)]),
        ("2025年2月6日 15時54分", [("2025-02-06T15:54", None)]),
        ("发布时间：2025-02-06 15:54", [("2025-02-06T15:54", "published")]),
        ("publié le 6 février 2025 à 15h54", [("2025-02-06T15:54", "published")]),
        ("Updated July 4, 2024 10:00 am ET", [("2024-07-04T10:00-04:00", "modified")]),
        ("2025-02-06 15:54 KST", [("2025-02-06T15:54+09:00", None)]),
    ],
)
def test_find_dates(text, expected):
    found = find_dates(text, default_lexicon())
    assert [(d.iso, d.role) for d in found] == expected


def test_impossible_dates_are_not_dates():
    assert find_dates("2025-13-45", default_lexicon()) == []


def test_dateline_vs_prose():
    lex = default_lexicon()
    assert is_dateline("입력 2025-02-06 15:54 수정 2025-02-06 18:13", lex)
    assert not is_dateline("On 6 February 2025 the council met to discuss the long-delayed plan for new bike lanes.", lex)
