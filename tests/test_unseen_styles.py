"""Styles of pages the development sets do not show: each phenomenon on a small page of its own.

The golden cases (tests/cases/) hold whole pages of these styles; these tests pin the rule or
table entry behind each one, so that a failure names the phenomenon that broke.
"""

from __future__ import annotations

import pytest

import clipper
from clipper.lexicon import default_lexicon
from clipper.metadata.authors import parse_byline
from clipper.segment import Segment, join_wrapped, segment
from clipper.signoff import split_signoffs


def _split(text: str) -> list[str]:
    return [s.text for s in split_signoffs([Segment(text, 3, 4)], default_lexicon())]


@pytest.mark.parametrize(
    "text, paragraph, credit",
    [
        ("Aluminium rose 0.8% to $2,640 a ton, while zinc added 1.1%. (Reporting by Pratima Desai; Editing by Susan Fenton)",
         "Aluminium rose 0.8% to $2,640 a ton, while zinc added 1.1%.", "(Reporting by Pratima Desai; Editing by Susan Fenton)"),
        ("The talks are due to resume in Geneva next week, officials said. (Additional reporting by Tom Lee in Seoul; Writing by Ana Ruiz)",
         "The talks are due to resume in Geneva next week, officials said.", "(Additional reporting by Tom Lee in Seoul; Writing by Ana Ruiz)"),
        ("El Gobierno aprobará el plan el próximo martes, según fuentes oficiales. (Con información de EFE)",
         "El Gobierno aprobará el plan el próximo martes, según fuentes oficiales.", "(Con información de EFE)"),
        ("図書館の担当者は「電子と紙、それぞれの良さを生かしたい」と話している。（山田太郎）",
         "図書館の担当者は「電子と紙、それぞれの良さを生かしたい」と話している。", "（山田太郎）"),
    ],
)
def test_a_wire_credit_or_bare_bracketed_name_after_the_last_sentence_is_cut(text, paragraph, credit):
    assert _split(text) == [paragraph, credit]


@pytest.mark.parametrize(
    "text",
    [
        "He said the deal (reporting by several outlets) was close.",  # inside the sentence
        "The report (Reporting by the committee) was published on Monday.",  # no sentence end before it
        "区は両方のサービスを維持する方針だ（東京）と説明した。",  # brackets inside the sentence
    ],
)
def test_brackets_inside_a_sentence_stay(text):
    assert _split(text) == [text]


def test_italian_di_opens_a_byline_only_at_the_line_start():
    lexicon = default_lexicon()
    assert parse_byline("di Marco Bianchi", lexicon).authors == ["Marco Bianchi"]
    assert parse_byline("Il prezzo di Milano", lexicon) is None
    # Indonesian 'di' is 'in': a place after it is no author.
    assert parse_byline("Banjir di Jakarta", lexicon) is None


def test_a_relative_date_line_is_not_joined_to_the_lead():
    text = (
        "Published 9:14 a.m. ET Feb. 20, 2025 | Updated 2 hours ago\n"
        "The city council voted 5-2 on Tuesday night to approve a plan that will add protected bike lanes.\n"
    )
    assert [s.text for s in segment(text)][0] == "Published 9:14 a.m. ET Feb. 20, 2025 | Updated 2 hours ago"


def test_a_wrap_after_a_compound_hyphen_rejoins_the_word():
    assert join_wrapped("copper in LME-", "registered warehouses") == "copper in LME-registered warehouses"
    assert join_wrapped("Reuters -", "Copper prices") == "Reuters - Copper prices"


CONSENT_EN = (
    "We value your privacy\n"
    "We use cookies and similar technologies to improve your experience on our site, personalise content and ads, "
    "provide social media features and analyse our traffic. We also share information about your use of our site "
    "with our social media, advertising and analytics partners.\n"
    "Accept all\nReject all\n"
)


@pytest.mark.parametrize(
    "banner, body",
    [
        (CONSENT_EN, "The harbour festival drew more than 20,000 visitors to the town over the weekend, organisers said, the biggest turnout since the event began in 1998."),
        ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf "
         "unsere Website zu analysieren. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.\nAlle akzeptieren\n",
         "Die geplante Fuß- und Radbrücke zwischen den beiden Stadtteilen soll bis Ende 2027 fertiggestellt werden, teilte die Stadtverwaltung am Mittwoch mit."),
        ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus "
         "preferencias mediante el análisis de sus hábitos de navegación.\nAceptar todo\nRechazar\n",
         "El Ayuntamiento plantará 3.000 árboles en los próximos meses para reducir la temperatura en los barrios más expuestos al calor."),
    ],
)
def test_a_consent_dialog_is_not_the_article(banner, body):
    page = banner + "\nHarbour news\n\n" + body + "\n\n" + body.replace("2027", "2028").replace("1998", "1999") + "\n"
    article = clipper.parse(page, keep_chrome=True)
    assert "ookies" not in article.text
    assert body in article.text


LIST_ARTICLE = """\
# 2025 F1 calendar: all the race dates

By Sam Collins

  * Round 1: Australian Grand Prix, Melbourne – March 16
  * Round 2: Chinese Grand Prix, Shanghai – March 23
  * Round 3: Japanese Grand Prix, Suzuka – April 6
  * Round 4: Bahrain Grand Prix, Sakhir – April 13
  * Round 5: Saudi Arabian Grand Prix, Jeddah – April 20

Share on Facebook | Share on X

© 2025 MotorNews Daily
"""


def test_an_article_that_is_only_a_list_keeps_its_items():
    article = clipper.parse(LIST_ARTICLE)
    assert len(article.body) == 5
    assert article.body[0].text.startswith("Round 1: Australian Grand Prix")


def test_a_menu_is_no_list_article():
    menu = "  * Home\n  * News\n  * Sport\n  * Weather\n  * Contact us\n"
    assert clipper.parse(menu).body == []


def test_hashtags_under_a_post_are_not_its_last_paragraph():
    page = (
        "지난 주말 부산에 다녀왔어요. 해운대 근처 숙소에서 묵었는데 아침 일찍 바닷가를 걸으니 정말 상쾌하더라고요. "
        "겨울 바다는 사람이 적어서 조용히 산책하기 좋았어요. 다음에 부산에 가면 꼭 다시 들르고 싶은 곳이에요.\n"
        "#부산여행 #해운대 #돼지국밥\n"
        "공감 24 댓글 6\n"
    )
    article = clipper.parse(page, keep_chrome=True)
    assert "#부산여행" not in article.text
    assert any(c.kind.value == "navigation" and c.text.startswith("#부산여행") for c in article.chrome)


def test_korean_one_sentence_paragraphs_between_broadcast_markers_are_body():
    page = "\n\n".join([
        "# 폭설에 출근길 곳곳 정체",
        "[앵커]",
        "밤사이 수도권에 최고 15센티미터가 넘는 눈이 내리면서 출근길 곳곳에서 차량 정체가 빚어지고 있습니다.",
        "정부는 지하철과 버스 운행을 늘려 시민 불편을 줄이기로 했습니다.",
        "최민수 기자가 보도합니다.",
        "[리포트]",
        "오늘 아침 서울 도심 도로는 제설 작업이 끝나지 않은 곳이 많아 차량들이 거북이걸음을 했습니다.",
        "기상청은 오늘 오전까지 경기 북부와 강원 영서 지역에 눈이 더 내릴 것으로 내다봤습니다.",
        "서울시는 출근 시간대 지하철 운행을 평소보다 30분 연장하고 시내버스 배차 간격도 줄였습니다.",
        "ⓒ KBS & KBS Media. 무단 전재, 재배포 및 AI학습 이용 금지",
    ])
    article = clipper.parse(page, keep_chrome=True)
    assert "정부는 지하철과 버스 운행을 늘려" in article.text
    assert "[리포트]" not in article.text and "[앵커]" not in article.text


RANKED_BOX = """\
# 大雪で新幹線が一部運休

北陸地方を中心とした大雪の影響で、6日朝から北陸新幹線の一部区間で運転を見合わせている。JR東日本によると、線路上の除雪作業が続いており、運転再開の見通しは立っていないという。

高速道路でも通行止めが相次いでおり、国土交通省は不要不急の外出を控えるよう呼びかけている。

Copyright (C) 2025 北日本新聞社

1

首相、来週にも訪米へ　関税交渉で調整

2

東京都心で初雪観測　平年より遅く
"""


def test_ranked_headlines_after_the_article_are_a_most_read_box():
    article = clipper.parse(RANKED_BOX, keep_chrome=True)
    assert "首相" not in article.text
    assert any(c.kind.value == "related" and "首相" in c.text for c in article.chrome)


def test_numbered_steps_that_end_like_sentences_stay():
    steps = RANKED_BOX.replace("首相、来週にも訪米へ　関税交渉で調整", "線路の除雪を終えた区間から順に運転を再開する。")
    steps = steps.replace("Copyright (C) 2025 北日本新聞社\n\n", "")
    article = clipper.parse(steps)
    assert "運転を再開する。" in article.text


def test_a_wire_credit_standing_alone_is_a_byline_not_a_paragraph():
    from clipper.signoff import is_credit

    lexicon = default_lexicon()
    assert is_credit("(Reporting by Maria Lopez in Madrid; Editing by Mark Potter)", lexicon)
    assert is_credit("(Con información de AFP, EFE y Reuters)", lexicon)
    assert not is_credit("(The figures do not include the last two weeks of March.)", lexicon)
    assert not is_credit("Reporting by Maria Lopez", lexicon)  # no brackets: a byline's job, not this rule's
