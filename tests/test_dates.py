from __future__ import annotations

import re
from re import _constants as re_constants, _parser as re_parser

import pytest

from clipper.lexicon import default_lexicon
from clipper.metadata.dates import RELATIVE, find_dates, find_relative, is_dateline


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
        # A 24-hour time without a colon before the date, marked as a time by its zone.
        ("Updated 1909 GMT (0309 HKT) November 18, 2019", [("2019-11-18T19:09+00:00", "modified")]),
        ("Aktualisiert 0815 MEZ 3. März 2020", [("2020-03-03T08:15+01:00", "modified")]),
        ("Since 2019 at November 18, 2019", [("2019-11-18", None)]),
        # A weekday between the day and the year, as some blog engines write it.
        ("Dec 28 Sat 2013 00:28", [("2013-12-28T00:28", None)]),
        # Thai: Buddhist-Era years (2568 = 2025), dotted month abbreviations glued to the year.
        ("วันพุธที่ 5 ก.พ. พ.ศ. 2568 เวลา 10:30 น.", [("2025-02-05T10:30", None)]),
        ("21 ม.ค.2561 เวลาประมาณ 12.00 น.", [("2018-01-21", None)]),
        ("เผยแพร่: 5 กุมภาพันธ์ 2568 | อัปเดต: 6 ก.พ. 2568 09:15 น.", [("2025-02-05", "published"), ("2025-02-06T09:15", "modified")]),
        # A number that only looks like a BE year is not a date without a month.
        ("มีผู้เข้าร่วม 2568 คน", []),
    ],
)
def test_find_dates(text, expected):
    found = find_dates(text, default_lexicon())
    assert [(d.iso, d.role) for d in found] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Brunch's full stop after the day; English ordinals before the month.
        ("by 여름밤산책자 Feb 11. 2025", "2025-02-11"),
        ("6th February 2025", "2025-02-06"),
        # Words between the date and its time, from the tables' time_joiners.
        ("Pubblicato il 6 febbraio 2025 alle 15:54", "2025-02-06T15:54"),
        ("06 febbraio 2025 ore 15:54", "2025-02-06T15:54"),
        ("6 февраля 2025 в 15:54", "2025-02-06T15:54"),
        ("6 февраля 2025 года, 15:54", "2025-02-06T15:54"),
        ("6 Şubat 2025 saat 15:54", "2025-02-06T15:54"),
        ("Ngày 11/02/2025 lúc 14:30", "2025-02-11T14:30"),
        ("February 11, 2025 / 2:30 PM", "2025-02-11T14:30"),
        # Months of the Polish, Turkish and Vietnamese tables.
        ("6 lutego 2025, 15:54", "2025-02-06T15:54"),
        ("11 Şubat 2025 14:30", "2025-02-11T14:30"),
        ("Ngày 6 tháng 2 năm 2025", "2025-02-06"),
    ],
)
def test_dates_in_other_shapes(text, expected):
    assert find_dates(text, default_lexicon())[0].iso == expected


def test_impossible_dates_are_not_dates():
    assert find_dates("2025-13-45", default_lexicon()) == []


def test_dateline_vs_prose():
    lex = default_lexicon()
    assert is_dateline("입력 2025-02-06 15:54 수정 2025-02-06 18:13", lex)
    assert not is_dateline("On 6 February 2025 the council met to discuss the long-delayed plan for new bike lanes.", lex)


@pytest.mark.parametrize(
    "text,month_first,expected",
    [
        ("By Tess Bonn - 11/19/19 06:56 AM EST", True, [("2019-11-19T06:56-05:00", None)]),
        ("03/05/2022 22:46", False, [("2022-05-03T22:46", None)]),
        ("03/05/2022 22:46", True, [("2022-03-05T22:46", None)]),
        ("Published 7:07 PM EST Nov 19, 2019", True, [("2019-11-19T19:07-05:00", "published")]),
        ("November 18, 2019 | 4:10pm", True, [("2019-11-18T16:10", None)]),
        ("19.10.2019 12.09", False, [("2019-10-19T12:09", None)]),
        (
            "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT",
            False,
            [("2019-11-18T18:54+00:00", None), ("2019-11-18T18:56+00:00", "modified")],
        ),
        ("Опубликовано 6 февраля 2025, 15:54 (МСК)", False, [("2025-02-06T15:54+03:00", "published")]),
        ("19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr", False,
         [("2019-10-19T19:08", None), ("2019-10-19T19:08", "modified")]),
    ],
)
def test_find_dates_orders_and_zones(text, month_first, expected):
    found = find_dates(text, default_lexicon(), month_first=month_first)
    assert [(d.iso, d.role) for d in found] == expected


def test_a_label_in_prose_does_not_make_a_date_line():
    text = "Les entreprises ont enregistré 365 000 déplacements entre le 21 juin et le 15 novembre 2019."
    assert not is_dateline(text, default_lexicon())


def test_east_asian_stamps_with_two_digit_years_and_bracketed_times():
    lexicon = default_lexicon()
    found = find_dates("25.05.21 10:32 l 최종 업데이트 25.05.21 11:40", lexicon)
    assert [(d.iso, d.role) for d in found] == [("2025-05-21T10:32", None), ("2025-05-21T11:40", "modified")]
    assert find_dates("21.05.25 10:32 Uhr", lexicon) == []  # day first in Europe: not read
    assert [d.iso for d in find_dates("입력 2025.07.10 (21:14)", lexicon)] == ["2025-07-10T21:14"]


_YAHOO_STYLE = """Yahoo!ニュース
トップ
ランキング
新電力の契約数、初めて2000万件を突破　価格競争が激化
2/6(木) 10:30配信
経済産業省は6日、大手電力以外の「新電力」の契約数が初めて2000万件を超えたと発表した。電力小売りの全面自由化から8年が経ち、家庭向けでも価格やサービスを競う動きが広がっている。
一方で、燃料価格の高騰を受けて事業から撤退する新電力も相次いでおり、利用者の保護が課題となっている。
最終更新:2/6(木) 12:02
"""


@pytest.mark.parametrize(
    "credit,published,modified",
    [
        ("みなと新聞 2025年2月6日", "2025-02-06T10:30", "2025-02-06T12:02"),  # the page shows the day's year
        ("みなと新聞 2024年2月6日", "2024-02-06", None),  # 6 Feb 2024 was a Tuesday, not (木): not that day
        ("みなと新聞 2025年1月30日", "2025-01-30", None),  # another day: the stamps get no year
        ("", None, None),  # no year anywhere: left out, never guessed
    ],
)
def test_yearless_stamp_takes_the_year_the_page_shows(credit, published, modified):
    import clipper

    article = clipper.parse(_YAHOO_STYLE + credit)
    assert (article.published, article.modified) == (published, modified)


def test_korean_yearless_stamp():
    import clipper

    body = "\n\n".join(f"{n}번째 문단입니다. 시의회는 목요일 회의를 열고 내년도 예산안을 논의했으며 학교와 도로 예산이 포함됐다." for n in range(1, 4))
    page = f"뉴스 홈\n\n시의회, 예산안 표결 연기\n\n2/6(목) 10:30\n\n김민수 기자\n\n{body}\n\n2025.02.06 한빛뉴스"
    assert clipper.parse(page).published == "2025-02-06T10:30"


@pytest.mark.parametrize(
    "text",
    ["3 hours ago", "Updated 12 mins ago", "YESTERDAY", "yeſterday at 5", "Juſt now", "JUST NOW", "３時間前",
     "٣ days ago", "hace ３ días", "vor 2 Stunden", "il y a 4 jours", "há 5 dias", "5 минут назад", "2시간 전",
     "Home", "Sports · World", "just  now", "a day ago", "", "The minister spoke for hours"],
)
def test_find_relative_is_the_relative_regex(text):
    a, b = RELATIVE.search(text), find_relative(text)
    assert (a is None) == (b is None)
    assert a is None or a.span() == b.span()


def _alternatives(pattern: re.Pattern[str]) -> list:
    parsed = re_parser.parse(pattern.pattern, pattern.flags)
    (op, av), = list(parsed)
    assert op is re_constants.BRANCH
    return av[1]


def _holds_digit(items) -> bool:
    for op, av in items:
        if op is re_constants.IN and (re_constants.CATEGORY, re_constants.CATEGORY_DIGIT) in av:
            return True
        if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT) and av[0] >= 1 and _holds_digit(av[2]):
            return True
        if op is re_constants.SUBPATTERN and _holds_digit(av[3]):
            return True
    return False


def test_every_relative_form_without_a_digit_is_one_find_relative_looks_for():
    # find_relative skips texts with no digit and neither of these words: a form added to
    # RELATIVE without a digit must be added there too.
    literal_forms = {"yesterday", "just now"}
    for alternative in _alternatives(RELATIVE):
        if _holds_digit(alternative):
            continue
        text = "".join(chr(av) for op, av in alternative if op is re_constants.LITERAL)
        assert text in literal_forms, f"RELATIVE has a form without a digit: {alternative}"
