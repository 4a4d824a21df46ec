"""A reporter's sign-off at the end of the last paragraph is cut into a block of its own."""

from __future__ import annotations

import pytest

import clipper
from clipper.lexicon import default_lexicon
from clipper.segment import Segment
from clipper.signoff import split_signoffs


def _split(text: str) -> list[str]:
    return [s.text for s in split_signoffs([Segment(text, 3, 4)], default_lexicon())]


@pytest.mark.parametrize(
    "text, paragraph, signoff",
    [
        ('시 관계자는 "가로수 빈 구간을 계속 채워 나가겠다"고 말했다. 이수진 기자', '시 관계자는 "가로수 빈 구간을 계속 채워 나가겠다"고 말했다.', "이수진 기자"),
        ("국토부는 올해 약 15만 명이 새로 혜택을 받을 것으로 내다봤다. 이지은 기자 jieun@seoul.co.kr",
         "국토부는 올해 약 15만 명이 새로 혜택을 받을 것으로 내다봤다.", "이지은 기자 jieun@seoul.co.kr"),
        ("두 기관은 다음 달 공동 조사를 시작한다고 밝혔다. 김철수·박영희 기자", "두 기관은 다음 달 공동 조사를 시작한다고 밝혔다.", "김철수·박영희 기자"),
        ("市民可通过官方小程序查询各公园开放时间。（记者 张丽）", "市民可通过官方小程序查询各公园开放时间。", "（记者 张丽）"),
        ("JR東海の担当者は「安全を最優先に運行している」と述べた。（山田太郎記者）", "JR東海の担当者は「安全を最優先に運行している」と述べた。", "（山田太郎記者）"),
    ],
)
def test_a_trailing_signoff_is_cut(text, paragraph, signoff):
    assert _split(text) == [paragraph, signoff]


@pytest.mark.parametrize(
    "text",
    [
        "서울시는 내년부터 심야 자율주행 버스 노선을 다섯 개로 늘린다고 14일 밝혔다.",
        "이수진 기자",  # a byline alone: nothing before it to cut from
        "사진 김철수 기자",  # no sentence before the name
        "입력 2025.07.15 06:00 수정 2025.07.15 09:41 이수진 기자",  # a date, not a sentence, before it
        "이번 조사에는 현장 기자 200명이 참여했다.",  # the reporter word inside the sentence
    ],
)
def test_no_signoff_no_cut(text):
    assert _split(text) == [text]


def test_both_parts_keep_the_line_span():
    parts = split_signoffs([Segment("공사 관계자는 \"효과를 기대한다\"고 말했다. 김민호 기자", 7, 9)], default_lexicon())
    assert [(p.first_line, p.last_line) for p in parts] == [(7, 9), (7, 9)]


def test_the_signoff_names_the_author_and_leaves_the_body():
    page = (
        "지하철 2호선 신형 전동차 연내 20편성 추가 투입\n"
        "등록 2025-09-03 11:20\n"
        "서울교통공사가 노후 전동차를 대체할 신형 전동차 20편성을 올해 안에 2호선에 추가로 투입한다고 3일 밝혔다. "
        "새 전동차에는 객실마다 공기질 측정 장치와 실시간 혼잡도 안내 화면이 달린다. "
        "공사 관계자는 \"출퇴근 시간대 배차 간격을 줄이는 효과도 기대한다\"고 말했다. 김민호 기자\n"
        "ⓒ 한겨레신문사 무단전재 및 재배포 금지\n"
    )
    article = clipper.parse(page)
    assert article.authors == ["김민호"]
    assert article.text.endswith("기대한다\"고 말했다.")


def test_an_ascii_reporter_word_of_a_rules_table_still_cuts_ascii_text():
    # The built-in reporter words are all non-ASCII, so ASCII paragraphs skip the regex; a
    # table that adds an ASCII one gets its sign-offs cut all the same.
    from clipper.lexicon import build, builtin_tables

    text = "The council approved the new budget on Tuesday. John Smith reporter"
    assert _split(text) == [text]
    lexicon = build([*builtin_tables(), {"language": "xx", "bylines": {"suffixes": ["reporter"]}}])
    parts = [s.text for s in split_signoffs([Segment(text, 1, 1)], lexicon)]
    assert parts == ["The council approved the new budget on Tuesday.", "John Smith reporter"]


def test_a_wire_credit_is_cut_only_before_its_closing_bracket():
    text = "Prices rose 1.1% in March. (Reporting by Jane Doe; Editing by John Roe)"
    assert _split(text) == ["Prices rose 1.1% in March.", "(Reporting by Jane Doe; Editing by John Roe)"]
    assert _split(text + " \n") == ["Prices rose 1.1% in March.", "(Reporting by Jane Doe; Editing by John Roe)"]
    assert _split(text + " More") == [text + " More"]
