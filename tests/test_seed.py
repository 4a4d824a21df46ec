"""The first real input must come out exactly (issue: clipper 0.1)."""

from __future__ import annotations

import clipper
from clipper.model import ChromeKind

TITLE = "韓, AI ‘쩐의 전쟁’ 밀렸지만…'소버린 AI'로 미중 전쟁 속 틈새 겨냥"
# Each body paragraph is one input line of the seed: lines 14, 16, ..., 26.
BODY_LINES = range(14, 27, 2)


def test_seed_metadata(seed_bytes):
    article = clipper.parse(seed_bytes, source="seed.txt")
    assert article.title == TITLE
    assert article.published == "2025-02-06T15:54"
    assert article.modified == "2025-02-06T18:13"
    assert article.language == "ko"
    assert article.source.encoding == "utf-8"
    assert article.source.format.value == "text"


def test_seed_body_is_exactly_the_seven_paragraphs(seed_bytes):
    lines = seed_bytes.decode("utf-8").split("\n")
    expected = [lines[n - 1].strip() for n in BODY_LINES]
    article = clipper.parse(seed_bytes)
    assert [b.text for b in article.body] == expected
    assert all(b.type.value == "paragraph" for b in article.body)
    assert article.text == "\n\n".join(expected)


def _kinds_by_line(article) -> dict[int, ChromeKind]:
    out = {}
    for chrome in article.chrome:
        for line in range(chrome.lines[0], chrome.lines[1] + 1):
            out[line] = chrome.kind
    return out


def test_seed_chrome_kinds(seed_bytes):
    article = clipper.parse(seed_bytes, keep_chrome=True)
    kinds = _kinds_by_line(article)
    text_lines = seed_bytes.decode("utf-8").split("\n")

    def kind_of(fragment: str) -> ChromeKind:
        line = next(i for i, t in enumerate(text_lines, 1) if fragment in t)
        return kinds[line]

    for fragment in ("가장작게", "작게", "기본", "크게", "가장크게"):
        assert kind_of(fragment) is ChromeKind.FONT_SIZE
    for fragment in ("좋아요0", "화나요0", "슬퍼요0", "추가취재 원해요0"):
        assert kind_of(fragment) is ChromeKind.REACTIONS
    assert kind_of("주요 뉴스") is ChromeKind.RELATED
    assert kind_of("브라이튼 N40") is ChromeKind.RELATED
    assert kind_of("[경제한줌]") is ChromeKind.RELATED
    for fragment in ("실시간 암호화폐 시세", "비트코인", "152,962,000", "+0.63%", "02.06 장종료", "24시간 변동률"):
        assert kind_of(fragment) is ChromeKind.TICKER
    assert kind_of("입력 2025-02-06") is ChromeKind.DATELINE


def test_seed_every_nonblank_line_accounted_once(seed_bytes):
    from clipper.pipeline import analyse

    analysis = analyse(seed_bytes)
    covered: list[int] = []
    for block in analysis.blocks:
        covered += range(block.segment.first_line, block.segment.last_line + 1)
    nonblank = [i for i, t in enumerate(seed_bytes.decode().split("\n"), 1) if t.strip()]
    assert sorted(covered) == nonblank
